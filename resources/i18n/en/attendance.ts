<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="129" />
        <source>Anwesend</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="129" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="129" />
        <source>Organisation / Funktion</source>
        <translation>Organisation / Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="130" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="151" />
        <source>Leertaste: anwesend an/aus</source>
        <translation>Space: present on/off</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="428" />
        <source>Person hinzufügen …</source>
        <translation>Add person …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="432" />
        <location filename="../../../app/ui/attendance_tab.py" line="692" />
        <source>Gremium einladen</source>
        <translation>Invite committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="433" />
        <source>Alle Mitglieder des gewählten Gremiums einladen (Personen und die Ansprechpersonen der Mitgliedsorganisationen); wer schon auf der Liste steht, bleibt wie er ist.</source>
        <translation>Invite all members of the chosen committee (persons and the contact persons of member organisations); anyone already on the list stays as they are.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="436" />
        <source>Spontan dazugekommen …</source>
        <translation>Walk-in …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="437" />
        <location filename="../../../app/ui/attendance_tab.py" line="725" />
        <location filename="../../../app/ui/attendance_tab.py" line="755" />
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="450" />
        <source>Finden: Namen tippen – ↑/↓ wählen, Enter trägt als anwesend ein (in der Liste hakt die Leertaste ab)</source>
        <translation>Find: type a name – ↑/↓ choose, Enter records as present (in the list, Space ticks)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="478" />
        <source>Nach Excel exportieren …</source>
        <translation>Export to Excel …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="481" />
        <source>Teilnahmeliste drucken …</source>
        <translation>Print sign-in sheet …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="421" />
        <location filename="../../../app/ui/attendance_tab.py" line="510" />
        <source>Teilnahme</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="479" />
        <source>Anmeldeliste importieren …</source>
        <translation>Import registration list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="480" />
        <source>Eine Anmeldeliste (Excel/CSV) für diesen Termin einlesen</source>
        <translation>Read a registration list (Excel/CSV) for this appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="547" />
        <source>— Gremium wählen —</source>
        <translation>— choose a committee —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="560" />
        <source>Gesamt: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="590" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="597" />
        <source>Niemand gefunden.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="600" />
        <location filename="../../../app/ui/attendance_tab.py" line="710" />
        <source>%1 ist als anwesend eingetragen.</source>
        <translation>%1 is recorded as present.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="619" />
        <source>Niemand passt zu „%1“.</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="677" />
        <source>Personen hinzufügen</source>
        <translation>Add persons</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="682" />
        <source>%1 Person(en) eingeladen.</source>
        <translation>%1 person(s) invited.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="687" />
        <source>Bitte zuerst ein Gremium wählen.</source>
        <translation>Please choose a committee first.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="695" />
        <source>%1 Person(en) aus „%2“ eingeladen.</source>
        <translation>%1 person(s) from “%2” invited.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="698" />
        <source>Alle Mitglieder von „%1“ stehen schon auf der Liste.</source>
        <translation>All members of “%1” are already on the list.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="723" />
        <source>„%1“ von der Liste entfernen?</source>
        <translation>Remove “%1” from the list?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="724" />
        <source>%1 Einträge von der Liste entfernen?</source>
        <translation>Remove %1 entries from the list?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="733" />
        <source>%1 Eintrag/Einträge entfernt.</source>
        <translation>%1 entry/entries removed.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="748" />
        <source>Status setzen</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="751" />
        <source>Rolle setzen</source>
        <translation>Set role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="765" />
        <source>Teilnahme nach Excel exportieren</source>
        <translation>Export attendance to Excel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="766" />
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="783" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="783" />
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="786" />
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="312" />
        <source>Personen hinzufügen</source>
        <translation>Add persons</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="316" />
        <source>Name, Organisation oder E-Mail tippen …</source>
        <translation>Type a name, organisation or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="320" />
        <source>Mehrere auswählen mit Strg/Umschalt. Enter fügt die Auswahl hinzu.</source>
        <translation>Select several with Ctrl/Shift. Enter adds the selection.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="323" />
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="324" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="350" />
        <source>(schon auf der Liste)</source>
        <translation>(already on the list)</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="53" />
        <source>Die PDF-Datei konnte nicht gelesen werden.</source>
        <translation>The PDF file could not be read.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="61" />
        <source>Der Drucker ist nicht bereit.</source>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="88" />
        <location filename="../../../app/ui/signin_dialog.py" line="254" />
        <source>Teilnahmeliste drucken</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="103" />
        <source>(%1 Namen)</source>
        <translation>(%1 names)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="109" />
        <source>Termine am %1 – jeder angehakte bekommt eigene Seiten in derselben PDF</source>
        <translation>Appointments on %1 – each ticked one gets its own pages in the same PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="113" />
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="114" />
        <source>Ort und Land (Nachweis für EU-geförderte Projekte)</source>
        <translation>Town and country (proof for EU-funded projects)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="115" />
        <source>Einwilligung zu Fotos (ja/nein zum Ankreuzen)</source>
        <translation>Consent to photos (tick yes/no)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="116" />
        <source>Zusätzliche Spalten</source>
        <translation>Additional columns</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="123" />
        <source> Zeilen</source>
        <translation> lines</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="124" />
        <source>Leere Liste ohne vorgedruckte Namen</source>
        <translation>Blank sheet without printed names</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="126" />
        <source>Hochformat</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="127" />
        <source>Querformat</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="132" />
        <source>Leerzeilen für Nachzügler</source>
        <translation>Blank lines for walk-ins</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="134" />
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="135" />
        <source>Sprache der Liste</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="140" />
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="142" />
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="143" />
        <source>PDF öffnen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="144" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="192" />
        <source>Teilnehmerliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="201" />
        <source>Bitte mindestens einen Termin anhaken.</source>
        <translation>Please tick at least one appointment.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="209" />
        <source>Teilnahmeliste wird erstellt …</source>
        <translation>Creating the sign-in sheet …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="224" />
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="230" />
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="233" />
        <source>Teilnahmeliste</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="262" />
        <source>%1 Seite(n) an den Drucker geschickt.</source>
        <translation>%1 page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="266" />
        <source>Teilnahmeliste als PDF speichern</source>
        <translation>Save sign-in sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="267" />
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="272" />
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="282" />
        <source>Kein PDF-Programm gefunden. Die Datei liegt hier: %1</source>
        <translation>No PDF viewer found. The file is here: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/signin_dialog.py" line="285" />
        <source>Geöffnet: %1</source>
        <translation>Opened: %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="369" />
        <source>Spontan dazugekommen</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="390" />
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="391" />
        <source>Nachname *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="392" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="393" />
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="395" />
        <source>Eine neue Organisation wird mit diesem Namen angelegt.</source>
        <translation>A new organisation is created with this name.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="399" />
        <source>Als anwesend eintragen</source>
        <translation>Record as present</translation>
    </message>
    <message>
        <location filename="../../../app/ui/attendance_tab.py" line="400" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>