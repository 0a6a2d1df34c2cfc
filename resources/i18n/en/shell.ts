<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../../app/ui/tables.py" line="210"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>AppointmentsArea</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="176"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="177"/>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="178"/>
        <source>&amp;Kalender</source>
        <translation>&amp;Calendar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../app/ui/errors.py" line="53"/>
        <source>Brücke</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/errors.py" line="57"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../../app/ui/errors.py" line="58"/>
        <source>Bei dieser Aktion ist ein unerwarteter Fehler aufgetreten (%1). Das Programm läuft weiter; nicht gespeicherte Eingaben in offenen Fenstern bleiben erhalten.</source>
        <translation>An unexpected error occurred during this action (%1). The program keeps running; unsaved input in open windows is kept.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/errors.py" line="61"/>
        <source>Die technischen Einzelheiten stehen ohne persönliche Daten in der Protokolldatei:
%1</source>
        <translation>The technical details, without personal data, are in the log file:
%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="255"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="304"/>
        <location filename="../../../app/ui/main_window.py" line="509"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="305"/>
        <location filename="../../../app/ui/main_window.py" line="512"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="306"/>
        <location filename="../../../app/ui/main_window.py" line="509"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="307"/>
        <location filename="../../../app/ui/main_window.py" line="510"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="308"/>
        <location filename="../../../app/ui/main_window.py" line="510"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="309"/>
        <location filename="../../../app/ui/main_window.py" line="511"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="310"/>
        <location filename="../../../app/ui/main_window.py" line="511"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="311"/>
        <location filename="../../../app/ui/main_window.py" line="512"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="390"/>
        <location filename="../../../app/ui/main_window.py" line="523"/>
        <source>%1 – Brücke</source>
        <translation>%1 – Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="468"/>
        <source>Über Brücke</source>
        <translation>About Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="469"/>
        <source>Brücke %1

Das Büro der Integrationsbeauftragten: Kontakte, Netzwerkpartner, Gremien, Termine, Teilnahmelisten und Tätigkeitsbericht – offline in einer Datei:
%2</source>
        <translation>Brücke %1

The office of the integration commissioner: contacts, network partners, committees, appointments, attendance lists and the activity report – offline in one file:
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="497"/>
        <source>Büro der Integrationsbeauftragten</source>
        <translation>Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="498"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="499"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="500"/>
        <source>In der &amp;Liste suchen</source>
        <translation>Search in the &amp;list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="505"/>
        <source>Ü&amp;ber Brücke …</source>
        <translation>A&amp;bout Brücke …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="506"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="507"/>
        <source>A&amp;ktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="502"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="256"/>
        <source>Bereiche des Programms; Strg+1 bis Strg+%1 wechseln</source>
        <translation>Areas of the program; Ctrl+1 to Ctrl+%1 switch</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="503"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="504"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="524"/>
        <source>Brücke – Büro der Integrationsbeauftragten</source>
        <translation>Brücke – Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="541"/>
        <source>Nicht gefunden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="542"/>
        <source>Dieser Eintrag existiert nicht mehr.</source>
        <translation>This record no longer exists.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../../app/ui/search_box.py" line="57"/>
        <source>Alles durchsuchen: Kontakte, Organisationen, Gremien, Termine (Strg+F)</source>
        <translation>Search everything: contacts, organisations, networks, appointments (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="59"/>
        <source>Alles durchsuchen</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="60"/>
        <source>Treffer aus Kontakten, Organisationen, Gremien und Terminen; Pfeiltasten wählen, Enter öffnet</source>
        <translation>Hits from contacts, organisations, networks and appointments; arrow keys choose, Enter opens</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="62"/>
        <source>Suchtreffer</source>
        <translation>Search hits</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="85"/>
        <source>Nichts gefunden</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../../app/ui/tables.py" line="62"/>
        <location filename="../../../app/ui/tables.py" line="70"/>
        <location filename="../../../app/ui/tables.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="63"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="64"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="65"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="66"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="67"/>
        <location filename="../../../app/ui/tables.py" line="73"/>
        <location filename="../../../app/ui/tables.py" line="92"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="71"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="72"/>
        <source>Bereich</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="74"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="75"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="76"/>
        <source>Gremien</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="80"/>
        <location filename="../../../app/ui/tables.py" line="89"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="81"/>
        <source>Rhythmus</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="82"/>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="83"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="84"/>
        <source>Letzte Sitzung</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="87"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="88"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="91"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="94"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="93"/>
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
</context>
</TS>
