<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="273"/>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="274"/>
        <source>Stand: %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="275"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="277"/>
        <source>Stattgefundene Termine %1</source>
        <translation>Appointments held %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="280"/>
        <source>Erreichte Personen %1</source>
        <translation>People reached %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="283"/>
        <source>Erreichte Partnerorganisationen</source>
        <translation>Partner organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="284"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="287"/>
        <source>Erreichte Organisationen</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="293"/>
        <source>ddd, dd.MM.yyyy</source>
        <translation>ddd, dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="293"/>
        <source>ddd, dd.MM.</source>
        <translation>ddd, dd/MM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="295"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="305"/>
        <source>Keine geplanten Termine.</source>
        <translation>No planned appointments.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="320"/>
        <source>Noch keine Termine mit Handlungsfeld.</source>
        <translation>No appointments with a field of action yet.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="322"/>
        <location filename="../../../app/ui/dashboard_page.py" line="425"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="322"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="326"/>
        <source>Vorjahr bis %1</source>
        <translation>Previous year to %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="358"/>
        <source>Nichts fällig in dieser Woche.</source>
        <translation>Nothing due this week.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="366"/>
        <source>%1 überfällig · %2 heute · %3 diese Woche</source>
        <translation>%1 overdue · %2 today · %3 this week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="370"/>
        <source>Wiedervorlagen – %1 überfällig</source>
        <translation>Follow-ups – %1 overdue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="371"/>
        <location filename="../../../app/ui/dashboard_page.py" line="420"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="391"/>
        <source>Vorjahr bis %1: %2</source>
        <translation>Previous year to %1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="417"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="418"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="185"/>
        <location filename="../../../app/ui/dashboard_page.py" line="419"/>
        <source>Nächste Termine</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="200"/>
        <source>Fällige Wiedervorlagen</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="421"/>
        <source>Neue Wiedervorlage …</source>
        <translation>New follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="422"/>
        <source>Alle anzeigen</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="423"/>
        <source>Termine nach Art (stattgefunden, bis heute)</source>
        <translation>Appointments by kind (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="424"/>
        <source>Termine nach Handlungsfeld (stattgefunden, bis heute)</source>
        <translation>Appointments by field of action (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="425"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="425"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="425"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
</context>
</TS>
