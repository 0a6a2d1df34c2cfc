<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="169"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="169"/>
        <source>Ab heute</source>
        <translation>From today</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="170"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="170"/>
        <source>Dieser Monat</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="171"/>
        <source>Vergangene</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="171"/>
        <source>Letztes Jahr</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="172"/>
        <source>Alle Zeiträume</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="172"/>
        <source>Zeitraum wählen …</source>
        <translation>Choose period …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="173"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="174"/>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="181"/>
        <source>Alle Gremien</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="183"/>
        <source>Alle Handlungsfelder</source>
        <translation>All fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="231"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="234"/>
        <source>Titel oder Ort suchen …</source>
        <translation>Search title or location …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="237"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="240"/>
        <source>%Ln Termin(e) angezeigt</source>
        <translation>
            <numerusform>%Ln appointment shown</numerusform>
            <numerusform>%Ln appointments shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="201"/>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="204"/>
        <source>Neu …</source>
        <translation>New …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="251"/>
        <source>Importieren …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="252"/>
        <source>Excel- oder CSV-Liste einlesen (Strg+I)</source>
        <translation>Read an Excel or CSV list (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="253"/>
        <source>Neuer Eintrag (Strg+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="420"/>
        <source>1 Zeile gespeichert in
%2</source>
        <translation>1 row saved to
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="423"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="255"/>
        <source>Die angezeigten Zeilen und Spalten als Excel- oder CSV-Datei speichern</source>
        <translation>Save the rows and columns shown as an Excel or CSV file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/base.py" line="207"/>
        <source>%Ln Eintrag/Einträge</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="254"/>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="258"/>
        <source>%1 durchsuchen</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="260"/>
        <source>Enter öffnet den Eintrag, Entf löscht ihn, Tab verlässt die Tabelle</source>
        <translation>Enter opens the entry, Del deletes it, Tab leaves the table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="262"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="266"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="330"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="334"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="346"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="346"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="387"/>
        <source>nur markierte Zeilen</source>
        <translation>selected rows only</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="389"/>
        <location filename="../../../app/ui/lists/base.py" line="419"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="380"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="421"/>
        <source>%1 Zeilen gespeichert in
%2</source>
        <translation>%1 rows saved to
%2</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="112"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="113"/>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="113"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="114"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="120"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="123"/>
        <source>Name oder Kurzname suchen …</source>
        <translation>Search name or short name …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="126"/>
        <source>Neues Gremium</source>
        <translation>New network</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="129"/>
        <source>%Ln Gremium/Gremien angezeigt</source>
        <translation>
            <numerusform>%Ln network shown</numerusform>
            <numerusform>%Ln networks shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="78"/>
        <source>Alle Bereiche</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="79"/>
        <source>Partner und andere</source>
        <translation>Partners and others</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="80"/>
        <source>Nur Netzwerkpartner</source>
        <translation>Network partners only</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="81"/>
        <source>Keine Partner</source>
        <translation>No partners</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="82"/>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="82"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="83"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="90"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="93"/>
        <source>Name, Kurzname oder E-Mail suchen …</source>
        <translation>Search name, short name or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="96"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="99"/>
        <source>%Ln Organisation(en) angezeigt</source>
        <translation>
            <numerusform>%Ln organisation shown</numerusform>
            <numerusform>%Ln organisations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="34"/>
        <source>Alle Bereiche</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="35"/>
        <source>Aktive Kontakte</source>
        <translation>Active contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="36"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="36"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="42"/>
        <source>Alle Organisationen</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="43"/>
        <source>Alle Gremien</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="55"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="58"/>
        <source>Name oder E-Mail suchen …</source>
        <translation>Search name or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="61"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="64"/>
        <source>%Ln Kontakt(e) angezeigt</source>
        <translation>
            <numerusform>%Ln contact shown</numerusform>
            <numerusform>%Ln contacts shown</numerusform>
        </translation>
    </message>
</context>
</TS>
