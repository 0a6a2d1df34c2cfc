<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="100"/>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="101"/>
        <source>Excel-Arbeitsmappe (.xlsx, .xlsm) oder CSV-Datei, wie Partner sie schicken.</source>
        <translation>Excel workbook (.xlsx, .xlsm) or CSV file, as partners send them.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="104"/>
        <source>Kontakte mit Organisationen (Partnerliste)</source>
        <translation>Contacts with organisations (partner list)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="105"/>
        <source>Termine (Terminliste)</source>
        <translation>Appointments (list of dates)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="106"/>
        <source>Teilnahmeliste eines Termins (Anmeldeliste)</source>
        <translation>Attendance of one appointment (registration list)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="109"/>
        <source>Art der Liste:</source>
        <translation>Kind of list:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="112"/>
        <source>Datei auswählen oder hierher ziehen …</source>
        <translation>Choose a file or drag it here …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="115"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="119"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="121"/>
        <source>Termin:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="132"/>
        <source>Vorlage speichern …</source>
        <translation>Save template …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="133"/>
        <source>Leere Liste mit den Spalten, die der Import erkennt</source>
        <translation>Empty list with the columns the import recognises</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="154"/>
        <source>Liste öffnen</source>
        <translation>Open list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="155"/>
        <source>Tabellen (*.xlsx *.xlsm *.csv);;Alle Dateien (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="160"/>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="161"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="68"/>
        <source>Liste importieren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="86"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="90"/>
        <location filename="../../../app/ui/import_wizard.py" line="92"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="93"/>
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="680"/>
        <source>Liste importieren …</source>
        <translation>Import list …</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="234"/>
        <source>Kopfzeile und Spalten</source>
        <translation>Header row and columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="235"/>
        <source>Die Kopfzeile wurde erkannt; Titelzeilen und Notizen darüber werden übersprungen. Bitte prüfen, welche Spalte wohin gehört.</source>
        <translation>The header row was detected; title rows and notes above it are skipped. Please check which column goes where.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="239"/>
        <source>Kopfzeile ist Zeile:</source>
        <translation>Header is row:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="245"/>
        <source>Zuordnung für Dateien mit diesen Spalten merken</source>
        <translation>Remember this mapping for files with these columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="265"/>
        <source>Name (wird geteilt)</source>
        <translation>Name (split)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="265"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="265"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="266"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="266"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="266"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="267"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="267"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="267"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="268"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="268"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="268"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="269"/>
        <location filename="../../../app/ui/import_wizard.py" line="272"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="269"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="269"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="270"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="270"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="270"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="271"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="271"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="271"/>
        <source>von (Uhrzeit)</source>
        <translation>from (time)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="272"/>
        <source>bis (Uhrzeit)</source>
        <translation>until (time)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="272"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="273"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="273"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="273"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="274"/>
        <source>Erwartete Teilnehmende</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="277"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="299"/>
        <source>Zuordnung wie beim letzten Mal</source>
        <translation>Mapping as last time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="307"/>
        <source>(ohne Titel)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="310"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="370"/>
        <source>neu anlegen</source>
        <translation>create</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="370"/>
        <source>aktualisieren</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="371"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="371"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="376"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="376"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="376"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="376"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="407"/>
        <source>Vorschau – noch ist nichts gespeichert</source>
        <translation>Preview – nothing has been saved yet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="408"/>
        <source>Jede Zeile mit dem, was geschehen wird. Für Duplikate bitte wählen; fehlerhafte Zeilen werden nicht übernommen.</source>
        <translation>Every row with what will happen to it. Please decide for duplicates; rows with errors are not imported.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="416"/>
        <source>Alle Duplikate:</source>
        <translation>All duplicates:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="418"/>
        <source>vorhandene aktualisieren</source>
        <translation>update existing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="419"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="420"/>
        <source>trotzdem neu anlegen</source>
        <translation>create anyway</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="424"/>
        <source>Markierte Zeilen:</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="426"/>
        <source>Aktualisieren</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="426"/>
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="427"/>
        <source>Neu anlegen</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="433"/>
        <source>nur Zeilen mit Hinweis</source>
        <translation>only rows with a note</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="436"/>
        <source>Fehlerhafte Zeilen speichern …</source>
        <translation>Save rejected rows …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="457"/>
        <source>Die Liste wird geprüft …</source>
        <translation>Checking the list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="466"/>
        <source>Prüfung fehlgeschlagen.</source>
        <translation>Check failed.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="469"/>
        <source>Liste wird geprüft</source>
        <translation>Checking list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="483"/>
        <source>%1 neu, %2 aktualisieren, %3 überspringen, %4 mit Fehlern</source>
        <translation>%1 new, %2 to update, %3 to skip, %4 with errors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="487"/>
        <source>dazu %1 neue Organisationen</source>
        <translation>plus %1 new organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="522"/>
        <location filename="../../../app/ui/import_wizard.py" line="526"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="522"/>
        <source>Es gibt keine Zeile zu übernehmen.</source>
        <translation>There is no row to import.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="527"/>
        <source>%1 Zeilen haben Fehler und werden nicht übernommen. Die übrigen Zeilen jetzt importieren?</source>
        <translation>%1 rows have errors and will not be imported. Import the remaining rows now?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="546"/>
        <source>Import wird gespeichert</source>
        <translation>Saving import</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="608"/>
        <source>Fehlerhafte Zeilen speichern</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="609"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="615"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="555"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="561"/>
        <source>Fehlerhafte Zeilen als Excel-Datei speichern …</source>
        <translation>Save rejected rows as Excel file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="563"/>
        <location filename="../../../app/ui/import_wizard.py" line="589"/>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="575"/>
        <source>Import Nr. %1 gespeichert: %2 neu angelegt, %3 aktualisiert, %4 übersprungen, %5 mit Fehlern.</source>
        <translation>Import no. %1 saved: %2 created, %3 updated, %4 skipped, %5 with errors.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="579"/>
        <source>Dazu %1 neue Organisationen.</source>
        <translation>Plus %1 new organisations.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="581"/>
        <source>Sicherung vor dem Import: %1</source>
        <translation>Backup before the import: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="590"/>
        <source>Alle Änderungen dieses Imports zurücknehmen?</source>
        <translation>Revert all changes of this import?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="599"/>
        <source>Der Import wurde rückgängig gemacht.</source>
        <translation>The import has been undone.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="192"/>
        <source>Tabellenblatt wählen</source>
        <translation>Choose worksheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="193"/>
        <source>Welches Blatt der Arbeitsmappe enthält die Liste?</source>
        <translation>Which sheet of the workbook holds the list?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="206"/>
        <source>%1 (etwa %2 Zeilen)</source>
        <translation>%1 (about %2 rows)</translation>
    </message>
</context>
</TS>
