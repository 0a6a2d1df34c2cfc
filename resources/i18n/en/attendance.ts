<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="99"/>
        <source>Anwesend</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="99"/>
        <source>Organisation / Funktion</source>
        <translation>Organisation / Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="100"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_table.py" line="121"/>
        <source>Leertaste: anwesend an/aus</source>
        <translation>Space: present on/off</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="383"/>
        <source>Gremium einladen</source>
        <translation>Invite committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="187"/>
        <source>Alle Mitglieder des gewählten Gremiums einladen (Personen und die Ansprechpersonen der Mitgliedsorganisationen); wer schon auf der Liste steht, bleibt wie er ist.</source>
        <translation>Invite all members of the chosen committee (persons and the contact persons of member organisations); anyone already on the list stays as they are.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="416"/>
        <location filename="../../../app/ui/attendance_tab.py" line="446"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="193"/>
        <source>Finden: Namen tippen – ↑/↓ wählen, Enter trägt als anwesend ein (in der Liste hakt die Leertaste ab)</source>
        <translation>Find: type a name – ↑/↓ choose, Enter records as present (in the list, Space ticks)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="179"/>
        <location filename="../../../app/ui/attendance_tab.py" line="183"/>
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="184"/>
        <source>Person &amp;hinzufügen …</source>
        <translation>&amp;Add person …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="185"/>
        <source>Gremium zum Einladen</source>
        <translation>Network to invite</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="186"/>
        <source>Gremium &amp;einladen</source>
        <translation>&amp;Invite network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="190"/>
        <source>Spontan &amp;dazugekommen …</source>
        <translation>&amp;Walk-in …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="191"/>
        <source>Ent&amp;fernen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="192"/>
        <source>Die gewählten Einträge von der Liste nehmen (Entf)</source>
        <translation>Take the selected entries off the list (Del)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="195"/>
        <source>Finden</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="197"/>
        <source>Teilnahmeliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="198"/>
        <source>Leertaste: anwesend an/aus, Buchstaben: finden, Entf: entfernen</source>
        <translation>Space: present on/off, letters: find, Del: remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="199"/>
        <source>Nach E&amp;xcel exportieren …</source>
        <translation>E&amp;xport to Excel …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="200"/>
        <source>Anmeldeliste &amp;importieren …</source>
        <translation>&amp;Import registration list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="201"/>
        <source>Eine Anmeldeliste (Excel/CSV) für diesen Termin einlesen</source>
        <translation>Read a registration list (Excel/CSV) for this appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="203"/>
        <source>Teilnahmeliste drucken oder als PDF speichern (Strg+P)</source>
        <translation>Print the sign-in sheet or save it as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="205"/>
        <location filename="../../../app/ui/attendance_tab.py" line="238"/>
        <source>— Gremium wählen —</source>
        <translation>— choose a committee —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="252"/>
        <source>Gesamt: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="282"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="289"/>
        <source>Niemand gefunden.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="292"/>
        <location filename="../../../app/ui/attendance_tab.py" line="401"/>
        <source>%1 ist als anwesend eingetragen.</source>
        <translation>%1 is recorded as present.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="311"/>
        <source>Niemand passt zu „%1“.</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="368"/>
        <source>Personen hinzufügen</source>
        <translation>Add persons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/attendance_tab.py" line="373"/>
        <source>%n Person(en) eingeladen.</source>
        <translation>
            <numerusform>%n person invited.</numerusform>
            <numerusform>%n people invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/attendance_tab.py" line="386"/>
        <source>%n Person(en) aus „%1“ eingeladen.</source>
        <translation>
            <numerusform>%n person from “%1” invited.</numerusform>
            <numerusform>%n people from “%1” invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/attendance_tab.py" line="415"/>
        <source>%n Einträge von der Liste entfernen?</source>
        <translation>
            <numerusform>Remove %n entry from the list?</numerusform>
            <numerusform>Remove %n entries from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/attendance_tab.py" line="424"/>
        <source>%n Eintrag/Einträge entfernt.</source>
        <translation>
            <numerusform>%n entry removed.</numerusform>
            <numerusform>%n entries removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="378"/>
        <source>Bitte zuerst ein Gremium wählen.</source>
        <translation>Please choose a committee first.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="202"/>
        <source>&amp;Teilnahmeliste drucken …</source>
        <translation>&amp;Print sign-in sheet …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="389"/>
        <source>Alle Mitglieder von „%1“ stehen schon auf der Liste.</source>
        <translation>All members of “%1” are already on the list.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="414"/>
        <source>„%1“ von der Liste entfernen?</source>
        <translation>Remove “%1” from the list?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="439"/>
        <source>Status setzen</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="442"/>
        <source>Rolle setzen</source>
        <translation>Set role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="456"/>
        <source>Teilnahme nach Excel exportieren</source>
        <translation>Export attendance to Excel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="457"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="473"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="473"/>
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="476"/>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="35"/>
        <source>Personen hinzufügen</source>
        <translation>Add persons</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="39"/>
        <source>Name, Organisation oder E-Mail tippen …</source>
        <translation>Type a name, organisation or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="40"/>
        <source>Person suchen</source>
        <translation>Find person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="43"/>
        <source>Gefundene Personen</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="45"/>
        <source>Mehrere auswählen mit Strg/Umschalt. Enter fügt die Auswahl hinzu.</source>
        <translation>Select several with Ctrl/Shift. Enter adds the selection.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="48"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="49"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="76"/>
        <source>(schon auf der Liste)</source>
        <translation>(already on the list)</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="53"/>
        <source>Die PDF-Datei konnte nicht gelesen werden.</source>
        <translation>The PDF file could not be read.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="61"/>
        <source>Der Drucker ist nicht bereit.</source>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="89"/>
        <location filename="../../../app/ui/signin_dialog.py" line="257"/>
        <source>Teilnahmeliste drucken</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="99"/>
        <source>Termine auf der Liste</source>
        <translation>Appointments on the sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="105"/>
        <source>(%1 Namen)</source>
        <translation>(%1 names)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="111"/>
        <source>Termine am %1 – jeder angehakte bekommt eigene Seiten in derselben PDF</source>
        <translation>Appointments on %1 – each ticked one gets its own pages in the same PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="115"/>
        <source>&amp;E-Mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="116"/>
        <source>&amp;Ort und Land (Nachweis für EU-geförderte Projekte)</source>
        <translation>T&amp;own and country (evidence for EU-funded projects)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="117"/>
        <source>Einwilligung zu &amp;Fotos (ja/nein zum Ankreuzen)</source>
        <translation>Consent to &amp;photos (yes/no to tick)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="126"/>
        <source>Lee&amp;re Liste ohne vorgedruckte Namen</source>
        <translation>Blank sheet without p&amp;reprinted names</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="134"/>
        <source>&amp;Leerzeilen für Nachzügler</source>
        <translation>B&amp;lank rows for latecomers</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="136"/>
        <source>&amp;Papier</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="137"/>
        <source>Sprac&amp;he der Liste</source>
        <translation>Lan&amp;guage of the sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="142"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="144"/>
        <source>Als PDF &amp;speichern …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/signin_dialog.py" line="265"/>
        <source>%n Seite(n) an den Drucker geschickt.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="118"/>
        <source>Zusätzliche Spalten</source>
        <translation>Additional columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="125"/>
        <source> Zeilen</source>
        <translation> lines</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="128"/>
        <source>Hochformat</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="129"/>
        <source>Querformat</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="145"/>
        <source>PDF öff&amp;nen</source>
        <translation>Open P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="146"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="204"/>
        <source>Bitte mindestens einen Termin anhaken.</source>
        <translation>Please tick at least one appointment.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="212"/>
        <source>Teilnahmeliste wird erstellt …</source>
        <translation>Creating the sign-in sheet …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="227"/>
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="233"/>
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="195"/>
        <location filename="../../../app/ui/signin_dialog.py" line="236"/>
        <source>Teilnahmeliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="269"/>
        <source>Teilnahmeliste als PDF speichern</source>
        <translation>Save sign-in sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="270"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="275"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="285"/>
        <source>Kein PDF-Programm gefunden. Die Datei liegt hier: %1</source>
        <translation>No PDF viewer found. The file is here: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="288"/>
        <source>Geöffnet: %1</source>
        <translation>Opened: %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="95"/>
        <source>Spontan dazugekommen</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="115"/>
        <source>&amp;Vorname</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="116"/>
        <source>&amp;Nachname *</source>
        <translation>&amp;Last name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="117"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="118"/>
        <source>&amp;Funktion</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="121"/>
        <source>Eine neue Organisation wird mit diesem Namen angelegt.</source>
        <translation>A new organisation is created with this name.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="125"/>
        <source>Als anwesend eintragen</source>
        <translation>Record as present</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_dialogs.py" line="126"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
