<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="41"/>
        <source>Keine Termine in den nächsten 14 Tagen.</source>
        <translation>No appointments in the next 14 days.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="47"/>
        <source>dddd, d. MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="49"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="51"/>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="53"/>
        <source>Feiertag: %1</source>
        <translation>Public holiday: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/agenda_view.py" line="65"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="323"/>
        <location filename="../../../app/ui/calendar_view.py" line="329"/>
        <source>KW %1</source>
        <translation>Wk %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="324"/>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="325"/>
        <source>d. MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="326"/>
        <source>d. MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="353"/>
        <source>„%1“ verschoben – bitte prüfen: %2</source>
        <translation>“%1” moved – please check: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="364"/>
        <source>Termin verschieben</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="383"/>
        <source>Zurück (Bild auf)</source>
        <translation>Back (Page Up)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="384"/>
        <source>Weiter (Bild ab)</source>
        <translation>Forward (Page Down)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="385"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="386"/>
        <source>Zum heutigen Tag (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="387"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="387"/>
        <source>Arbeitswoche</source>
        <translation>Work week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="387"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="388"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="388"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="393"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="394"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="395"/>
        <source>Letzte Verschiebung zurücknehmen (Strg+Z)</source>
        <translation>Undo the last move (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="396"/>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="397"/>
        <source>Wochenplan oder Monatsplan als PDF drucken oder speichern</source>
        <translation>Print or save the weekly or monthly plan as PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="398"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="399"/>
        <source>Neuer Termin am ausgewählten Tag (oder im Raster ziehen)</source>
        <translation>New appointment on the selected day (or drag in the grid)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="403"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="404"/>
        <source>Nächste 14 Tage</source>
        <translation>Next 14 days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="405"/>
        <source>Stundenraster</source>
        <translation>Hour grid</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="406"/>
        <source>Monatsansicht</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="407"/>
        <source>Agenda der nächsten 14 Tage</source>
        <translation>Agenda of the next 14 days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/commands.py" line="25"/>
        <source>Dauer von „%1“ ändern</source>
        <translation>Change the length of “%1”</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/commands.py" line="26"/>
        <source>„%1“ verschieben</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/style.py" line="111"/>
        <location filename="../../../app/ui/calendar/style.py" line="124"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location filename="../../../app/ui/calendar/day_header.py" line="86"/>
        <source>KW %1</source>
        <translation>Wk %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/day_header.py" line="101"/>
        <location filename="../../../app/ui/calendar/day_header.py" line="102"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../../app/ui/calendar/month_view.py" line="155"/>
        <source>KW</source>
        <translation>Wk</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/month_view.py" line="171"/>
        <source>+ %1 weitere</source>
        <translation>+ %1 more</translation>
    </message>
</context>
<context>
    <name>PlanPrintDialog</name>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="45"/>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="126"/>
        <source>Plan drucken</source>
        <translation>Print plan</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="47"/>
        <source>Wochenplan KW %1 (%2 – %3)</source>
        <translation>Weekly plan, week %1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="60"/>
        <source>Spr&amp;ache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="63"/>
        <source>A4 quer. Vertrauliche Termine erscheinen nur als „Termin (vertraulich)“.</source>
        <translation>A4 landscape. Confidential appointments appear only as “Appointment (confidential)”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="67"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="69"/>
        <source>Als PDF &amp;speichern …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="70"/>
        <source>PDF ö&amp;ffnen</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="71"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="105"/>
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/calendar/print_dialog.py" line="134"/>
        <source>%n Seite(n) an den Drucker geschickt.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="138"/>
        <source>Plan als PDF speichern</source>
        <translation>Save plan as PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="139"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="144"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="153"/>
        <source>Kein PDF-Programm gefunden. Die Datei liegt hier: %1</source>
        <translation>No PDF viewer found. The file is here: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar/print_dialog.py" line="156"/>
        <source>Geöffnet: %1</source>
        <translation>Opened: %1</translation>
    </message>
</context>
</TS>
