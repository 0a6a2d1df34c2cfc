<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../../app/ui/tables.py" line="201"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>AppointmentsArea</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="138"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="139"/>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="140"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../../app/ui/labels.py" line="28"/>
        <source>Kommunale Verwaltung</source>
        <translation>Municipal administration</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="29"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="30"/>
        <source>Kita</source>
        <translation>Day-care centre</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="31"/>
        <source>Beratungsprojekt</source>
        <translation>Counselling project</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="32"/>
        <source>Polizei/Sicherheitsbehörde</source>
        <translation>Police/security authority</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="33"/>
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="34"/>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="35"/>
        <source>Arbeitgeber/Kammer</source>
        <translation>Employer/chamber</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="36"/>
        <source>Gewerkschaft</source>
        <translation>Trade union</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="37"/>
        <source>Ministerium/Land</source>
        <translation>Ministry/state</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="38"/>
        <source>Verein/Ehrenamt</source>
        <translation>Association/volunteers</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="39"/>
        <source>Religionsgemeinschaft</source>
        <translation>Religious community</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="40"/>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="41"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="44"/>
        <source>Runder Tisch</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="45"/>
        <source>Beirat</source>
        <translation>Advisory board</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="46"/>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="47"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="48"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="51"/>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="52"/>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="53"/>
        <source>Gastgeber</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="54"/>
        <location filename="../../../app/ui/labels.py" line="85"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="57"/>
        <source>Besprechung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="58"/>
        <source>Gremiensitzung</source>
        <translation>Committee session</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="59"/>
        <source>Konferenz</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="60"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="61"/>
        <source>Sprechstunde</source>
        <translation>Counselling hours</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="62"/>
        <source>Ortstermin</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="63"/>
        <source>Studienbesuch</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="64"/>
        <source>Pressetermin</source>
        <translation>Press date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="65"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="68"/>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="69"/>
        <source>Stattgefunden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="70"/>
        <source>Abgesagt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="71"/>
        <source>Verschoben</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="74"/>
        <source>Eingeladen</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="75"/>
        <source>Angemeldet</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="76"/>
        <source>Hat abgesagt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="77"/>
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="78"/>
        <source>Entschuldigt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="79"/>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="82"/>
        <source>Teilnehmende/r</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="83"/>
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="84"/>
        <source>Moderation</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="86"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="89"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="90"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="91"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="92"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="222"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="273"/>
        <location filename="../../../app/ui/main_window.py" line="453"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="275"/>
        <location filename="../../../app/ui/main_window.py" line="456"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="277"/>
        <location filename="../../../app/ui/main_window.py" line="453"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="278"/>
        <location filename="../../../app/ui/main_window.py" line="454"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="279"/>
        <location filename="../../../app/ui/main_window.py" line="454"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="280"/>
        <location filename="../../../app/ui/main_window.py" line="455"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="281"/>
        <location filename="../../../app/ui/main_window.py" line="455"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="284"/>
        <location filename="../../../app/ui/main_window.py" line="456"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="335"/>
        <location filename="../../../app/ui/main_window.py" line="467"/>
        <source>%1 – Brücke</source>
        <translation>%1 – Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="413"/>
        <source>Über Brücke</source>
        <translation>About Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="414"/>
        <source>Brücke %1

Das Büro der Integrationsbeauftragten: Kontakte, Netzwerkpartner, Gremien, Termine, Teilnahmelisten und Tätigkeitsbericht – offline in einer Datei:
%2</source>
        <translation>Brücke %1

The office of the integration commissioner: contacts, network partners, committees, appointments, attendance lists and the activity report – offline in one file:
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="441"/>
        <source>Büro der Integrationsbeauftragten</source>
        <translation>Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="442"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="443"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="444"/>
        <source>In der &amp;Liste suchen</source>
        <translation>Search in the &amp;list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="449"/>
        <source>Ü&amp;ber Brücke …</source>
        <translation>A&amp;bout Brücke …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="450"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="451"/>
        <source>A&amp;ktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="446"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="223"/>
        <source>Bereiche des Programms; Strg+1 bis Strg+%1 wechseln</source>
        <translation>Areas of the program; Ctrl+1 to Ctrl+%1 switch</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="447"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="448"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="468"/>
        <source>Brücke – Büro der Integrationsbeauftragten</source>
        <translation>Brücke – Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="495"/>
        <source>Nicht gefunden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../../app/ui/main_window.py" line="496"/>
        <source>Dieser Eintrag existiert nicht mehr.</source>
        <translation>This record no longer exists.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../../app/ui/search_box.py" line="56"/>
        <source>Alles durchsuchen: Kontakte, Organisationen, Gremien, Termine (Strg+F)</source>
        <translation>Search everything: contacts, organisations, networks, appointments (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="58"/>
        <source>Alles durchsuchen</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="59"/>
        <source>Treffer aus Kontakten, Organisationen, Gremien und Terminen; Pfeiltasten wählen, Enter öffnet</source>
        <translation>Hits from contacts, organisations, networks and appointments; arrow keys choose, Enter opens</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="61"/>
        <source>Suchtreffer</source>
        <translation>Search hits</translation>
    </message>
    <message>
        <location filename="../../../app/ui/search_box.py" line="88"/>
        <source>Nichts gefunden</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../../app/ui/tables.py" line="54"/>
        <location filename="../../../app/ui/tables.py" line="62"/>
        <location filename="../../../app/ui/tables.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="55"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="56"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="57"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="58"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="59"/>
        <location filename="../../../app/ui/tables.py" line="65"/>
        <location filename="../../../app/ui/tables.py" line="84"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="63"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="64"/>
        <source>Bereich</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="66"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="67"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="68"/>
        <source>Gremien</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="72"/>
        <location filename="../../../app/ui/tables.py" line="81"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="73"/>
        <source>Rhythmus</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="74"/>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="75"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="76"/>
        <source>Letzte Sitzung</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="79"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="80"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="83"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="86"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/tables.py" line="85"/>
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
</context>
</TS>
