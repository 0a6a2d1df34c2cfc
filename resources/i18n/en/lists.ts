<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="168"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="168"/>
        <source>Ab heute</source>
        <translation>From today</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="169"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="169"/>
        <source>Dieser Monat</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="170"/>
        <source>Vergangene</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="170"/>
        <source>Letztes Jahr</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="171"/>
        <source>Alle Zeiträume</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="171"/>
        <source>Zeitraum wählen …</source>
        <translation>Choose period …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="172"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="173"/>
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
        <location filename="../../../app/ui/lists/pages.py" line="232"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="235"/>
        <source>Titel oder Ort suchen …</source>
        <translation>Search title or location …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="238"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="241"/>
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
        <location filename="../../../app/ui/lists/base.py" line="193"/>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="196"/>
        <source>Neu …</source>
        <translation>New …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="243"/>
        <source>Importieren …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="244"/>
        <source>Excel- oder CSV-Liste einlesen (Strg+I)</source>
        <translation>Read an Excel or CSV list (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="245"/>
        <source>Neuer Eintrag (Strg+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="416"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="247"/>
        <source>Die angezeigten Zeilen und Spalten als Excel- oder CSV-Datei speichern</source>
        <translation>Save the rows and columns shown as an Excel or CSV file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/base.py" line="199"/>
        <source>%Ln Eintrag/Einträge</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="246"/>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="250"/>
        <source>%1 durchsuchen</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="252"/>
        <source>Enter öffnet den Eintrag, Entf löscht ihn, Tab verlässt die Tabelle</source>
        <translation>Enter opens the entry, Del deletes it, Tab leaves the table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="254"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="258"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="327"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="331"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="343"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="343"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="383"/>
        <location filename="../../../app/ui/lists/base.py" line="413"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="379"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/base.py" line="414"/>
        <source>%1 Zeilen gespeichert in
%2</source>
        <translation>%1 rows saved to
%2</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="111"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="112"/>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="112"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="113"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="119"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="122"/>
        <source>Name oder Kurzname suchen …</source>
        <translation>Search name or short name …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="125"/>
        <source>Neues Gremium</source>
        <translation>New network</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="128"/>
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
        <location filename="../../../app/ui/lists/pages.py" line="77"/>
        <source>Alle Bereiche</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="78"/>
        <source>Partner und andere</source>
        <translation>Partners and others</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="79"/>
        <source>Nur Netzwerkpartner</source>
        <translation>Network partners only</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="80"/>
        <source>Keine Partner</source>
        <translation>No partners</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="81"/>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="81"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="82"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="89"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="92"/>
        <source>Name, Kurzname oder E-Mail suchen …</source>
        <translation>Search name, short name or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="95"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="98"/>
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
        <location filename="../../../app/ui/lists/pages.py" line="32"/>
        <source>Alle Bereiche</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="33"/>
        <source>Aktive Kontakte</source>
        <translation>Active contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="34"/>
        <source>Archivierte</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="34"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="40"/>
        <source>Alle Organisationen</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="41"/>
        <source>Alle Gremien</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="54"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="57"/>
        <source>Name oder E-Mail suchen …</source>
        <translation>Search name or e-mail …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/lists/pages.py" line="60"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/lists/pages.py" line="63"/>
        <source>%Ln Kontakt(e) angezeigt</source>
        <translation>
            <numerusform>%Ln contact shown</numerusform>
            <numerusform>%Ln contacts shown</numerusform>
        </translation>
    </message>
</context>
</TS>
