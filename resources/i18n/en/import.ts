<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="182"/>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="188"/>
        <source>Kontakte mit Organisationen (Partnerliste)</source>
        <translation>Contacts with organisations (partner list)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="189"/>
        <source>Termine (Terminliste)</source>
        <translation>Appointments (list of dates)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="190"/>
        <source>Teilnahmeliste eines Termins (Anmeldeliste)</source>
        <translation>Attendance of one appointment (registration list)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="193"/>
        <source>Art der Liste:</source>
        <translation>Kind of list:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="196"/>
        <source>Datei auswählen oder hierher ziehen …</source>
        <translation>Choose a file or drag it here …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="199"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="203"/>
        <location filename="../../../app/ui/import_wizard.py" line="204"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="206"/>
        <source>Termin:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="216"/>
        <source>Vorlage speichern …</source>
        <translation>Save template …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="217"/>
        <source>Leere Liste mit den Spalten, die der Import erkennt</source>
        <translation>Empty list with the columns the import recognises</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="277"/>
        <source>Es gibt noch keine Termine. Eine Teilnahmeliste gehört zu einem Termin: bitte zuerst den Termin anlegen oder die Termine importieren.</source>
        <translation>There are no appointments yet. An attendance list belongs to an appointment: please create the appointment or import the appointments first.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="285"/>
        <source>Kalender und Adressbücher (%1)</source>
        <translation>Calendars and address books (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="287"/>
        <source>Liste öffnen</source>
        <translation>Open list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="281"/>
        <source>Tabellen (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="183"/>
        <source>Excel-Arbeitsmappe (.xlsx, .xls), OpenDocument-Tabelle (.ods) oder CSV-Datei – auch Exporte aus Outlook, Google Kontakte und Thunderbird. Ein Kalender (.ics) oder Adressbuch (.vcf) öffnet seine eigene Vorschau.</source>
        <translation>Excel workbook (.xlsx, .xls), OpenDocument spreadsheet (.ods) or CSV file – including exports from Outlook, Google Contacts and Thunderbird. A calendar (.ics) or address book (.vcf) opens its own preview.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="292"/>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="293"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="72"/>
        <source>Liste importieren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="96"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="101"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="101"/>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="165"/>
        <source>Die Datei enthält Termine (Kalender-Export oder Terminliste): sie wird als Termine importiert, nicht als Kontakte.</source>
        <translation>The file holds appointments (a calendar export or a list of dates): it is imported as appointments, not as contacts.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="167"/>
        <source>Die Datei enthält Kontakte (Adressbuch-Export oder Partnerliste): sie wird als Kontakte importiert, nicht als Termine.</source>
        <translation>The file holds contacts (an address book export or a partner list): it is imported as contacts, not as appointments.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="469"/>
        <location filename="../../../app/ui/import_wizard.py" line="172"/>
        <location filename="../../../app/ui/import_wizard.py" line="174"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="175"/>
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="538"/>
        <source>Liste importieren …</source>
        <translation>Import list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="461"/>
        <source>Fehlerhafte Zeilen speichern</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="463"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="46"/>
        <source>Kopfzeile und Spalten</source>
        <translation>Header row and columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="47"/>
        <source>Die Kopfzeile wurde erkannt; Titelzeilen und Notizen darüber werden übersprungen. Bitte prüfen, welche Spalte wohin gehört.</source>
        <translation>The header row was detected; title rows and notes above it are skipped. Please check which column goes where.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="51"/>
        <source>Kopfzeile ist Zeile:</source>
        <translation>Header is row:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="59"/>
        <source>Zuordnung für Dateien mit diesen Spalten merken</source>
        <translation>Remember this mapping for files with these columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="72"/>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="72"/>
        <source>Beispielwerte</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="73"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="97"/>
        <source>Name (wird geteilt)</source>
        <translation>Name (split)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="97"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="97"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="98"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="98"/>
        <source>Weitere Vornamen</source>
        <translation>Middle names</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="99"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="99"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="100"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="100"/>
        <source>Abteilung (in die Notizen)</source>
        <translation>Department (into the notes)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="101"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="101"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="101"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="102"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="102"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="102"/>
        <source>Adresszusatz</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="103"/>
        <location filename="../../../app/ui/import_mapping.py" line="109"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="103"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="103"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="104"/>
        <source>Webseite (Organisation, sonst Notizen)</source>
        <translation>Web page (organisation, else notes)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="105"/>
        <source>Telefon Assistenz (in die Notizen)</source>
        <translation>Assistant&apos;s phone (into the notes)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="106"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="106"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="107"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="113"/>
        <source>Postfach</source>
        <translation>PO box</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="114"/>
        <source>Eingeladene (Anzahl)</source>
        <translation>Invitees (number)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="147"/>
        <source>Erkannt: %1 – die Spalten sind Feld für Feld zugeordnet; private Termine und Abwesenheiten werden übersprungen.</source>
        <translation>Recognised: %1 – the columns are mapped field by field; private appointments and absences are skipped.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="149"/>
        <source>Erkannt: %1 – die Spalten sind Feld für Feld zugeordnet; geschäftliche Angaben gehen vor privaten.</source>
        <translation>Recognised: %1 – the columns are mapped field by field; business details come before private ones.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="178"/>
        <source>Notizen („%1: …“)</source>
        <translation>Notes (“%1: …”)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="182"/>
        <source>Spalte %1 „%2“ übernehmen als</source>
        <translation>Import column %1 “%2” as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="183"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="145"/>
        <source>Kein bekanntes Exportformat erkannt – zugeordnet nach Spaltentiteln und Werten.</source>
        <translation>No known export format recognised – mapped by column titles and values.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="107"/>
        <source>von (Uhrzeit)</source>
        <translation>from (time)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="107"/>
        <source>Datum (Beginn)</source>
        <translation>Date (start)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="108"/>
        <source>bis (Uhrzeit)</source>
        <translation>until (time)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="108"/>
        <source>Enddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="108"/>
        <source>Ganztägig</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="109"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="109"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="110"/>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="110"/>
        <source>Vertraulichkeit</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="111"/>
        <source>Anzeigen als (frei/abwesend)</source>
        <translation>Show as (free/away)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="111"/>
        <source>Online-Link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="112"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="112"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="112"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="113"/>
        <source>Erwartete Teilnehmende</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="117"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="153"/>
        <source>Zuordnung wie beim letzten Mal</source>
        <translation>Mapping as last time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_mapping.py" line="175"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="76"/>
        <source>neu anlegen</source>
        <translation>create</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="76"/>
        <source>aktualisieren</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="77"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="77"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="83"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="83"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="83"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="85"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="86"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="89"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="168"/>
        <source>Vorschau – noch ist nichts gespeichert</source>
        <translation>Preview – nothing has been saved yet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="169"/>
        <source>Jede Zeile mit dem, was geschehen wird. Für Duplikate bitte wählen; eine Zelle rechts lässt sich per Doppelklick berichtigen. Fehlerhafte Zeilen werden nicht übernommen.</source>
        <translation>Every row with what will happen to it. Please choose for duplicates; double-click a cell on the right to correct it. Rows with errors are not imported.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="179"/>
        <source>Alle Duplikate:</source>
        <translation>All duplicates:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="183"/>
        <source>vorhandene aktualisieren</source>
        <translation>update existing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="184"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="185"/>
        <source>trotzdem neu anlegen</source>
        <translation>create anyway</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="189"/>
        <source>Markierte Zeilen:</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="191"/>
        <source>Aktualisieren</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="191"/>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="192"/>
        <source>Neu anlegen</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="200"/>
        <source>nur Zeilen mit Hinweis</source>
        <translation>only rows with a note</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="204"/>
        <source>Fehlerhafte Zeilen speichern …</source>
        <translation>Save rejected rows …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="225"/>
        <source>Kategorien → Art des Termins (wird gemerkt)</source>
        <translation>Categories → kind of appointment (remembered)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="229"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="229"/>
        <source>wird zu</source>
        <translation>becomes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="248"/>
        <source>Die Liste wird geprüft …</source>
        <translation>Checking the list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="274"/>
        <source>Prüfung fehlgeschlagen.</source>
        <translation>Check failed.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="277"/>
        <source>Liste wird geprüft</source>
        <translation>Checking list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="297"/>
        <source>Prüfung abgebrochen – mit „Weiter“ beginnt sie neu.</source>
        <translation>Check cancelled – “Next” starts it again.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="324"/>
        <source>– keine Vorgabe –</source>
        <translation>– no rule –</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="327"/>
        <source>privat – nicht übernehmen</source>
        <translation>private – do not import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="330"/>
        <source>Kategorie „%1“ wird zu</source>
        <translation>Category “%1” becomes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="366"/>
        <source>%1 neu, %2 aktualisieren, %3 überspringen, %4 mit Fehlern</source>
        <translation>%1 new, %2 to update, %3 to skip, %4 with errors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="370"/>
        <source>dazu 1 neue Organisation</source>
        <translation>plus 1 new organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="371"/>
        <source>dazu %1 neue Organisationen</source>
        <translation>plus %1 new organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="373"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="414"/>
        <location filename="../../../app/ui/import_preview.py" line="418"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="414"/>
        <source>Es gibt keine Zeile zu übernehmen.</source>
        <translation>There is no row to import.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="419"/>
        <source>1 Zeile hat Fehler und wird nicht übernommen. Die übrigen Zeilen jetzt importieren?</source>
        <translation>1 row has errors and will not be imported. Import the remaining rows now?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="421"/>
        <source>%1 Zeilen haben Fehler und werden nicht übernommen. Die übrigen Zeilen jetzt importieren?</source>
        <translation>%1 rows have errors and will not be imported. Import the remaining rows now?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="440"/>
        <source>Import abgebrochen – nichts gespeichert. „Importieren“ beginnt ihn neu.</source>
        <translation>Import cancelled – nothing saved. “Import” starts it again.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_preview.py" line="453"/>
        <source>Import wird gespeichert</source>
        <translation>Saving import</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="388"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="394"/>
        <source>Fehlerhafte Zeilen als Excel-Datei speichern …</source>
        <translation>Save rejected rows as Excel file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="396"/>
        <location filename="../../../app/ui/import_wizard.py" line="423"/>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="408"/>
        <source>Import Nr. %1 gespeichert: %2 neu angelegt, %3 aktualisiert, %4 übersprungen, %5 mit Fehlern.</source>
        <translation>Import no. %1 saved: %2 created, %3 updated, %4 skipped, %5 with errors.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="412"/>
        <source>Dazu 1 neue Organisation.</source>
        <translation>Plus 1 new organisation.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="413"/>
        <source>Dazu %1 neue Organisationen.</source>
        <translation>Plus %1 new organisations.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="415"/>
        <source>Sicherung vor dem Import: %1</source>
        <translation>Backup before the import: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="424"/>
        <source>Alle Änderungen dieses Imports zurücknehmen?</source>
        <translation>Revert all changes of this import?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="433"/>
        <source>Der Import wurde rückgängig gemacht.</source>
        <translation>The import has been undone.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="339"/>
        <source>Tabellenblatt wählen</source>
        <translation>Choose worksheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="340"/>
        <source>Welches Blatt der Arbeitsmappe enthält die Liste?</source>
        <translation>Which sheet of the workbook holds the list?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="354"/>
        <source>%1 (etwa %2 Zeilen)</source>
        <translation>%1 (about %2 rows)</translation>
    </message>
</context>
</TS>
