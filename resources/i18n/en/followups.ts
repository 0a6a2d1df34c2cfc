<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="90"/>
        <source>TT.MM.JJJJ, +7, morgen, Mo …</source>
        <translation>DD.MM.YYYY, +7, morgen, Mo …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="93"/>
        <source>z. B. 241225, 24.12., +7, morgen, Mo; ↑/↓ ein Tag, Bild ↑/↓ ein Monat, Alt+↓ Kalender</source>
        <translation>e.g. 241225, 24.12., +7, tomorrow, Mon; ↑/↓ one day, Page ↑/↓ one month, Alt+↓ calendar</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="97"/>
        <source>Kalender öffnen (Alt+↓)</source>
        <translation>Open the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="128"/>
        <source>„%1“ ist kein Datum – z. B. 24.12.2025, 241225, +7, morgen oder Mo</source>
        <translation>“%1” is not a date – e.g. 24.12.2025, 241225, +7, tomorrow or Mon</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="132"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="56"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="56"/>
        <source>Wiedervorlage bearbeiten</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="64"/>
        <source>z. B. Frau Brandt</source>
        <translation>e.g. Ms Brandt</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="68"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="71"/>
        <source>&amp;Was ist zu tun? *</source>
        <translation>&amp;What is to be done? *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="72"/>
        <source>&amp;Fällig am *</source>
        <translation>&amp;Due on *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="73"/>
        <source>&amp;Zuständig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="74"/>
        <source>&amp;Notizen</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="93"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="94"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="103"/>
        <source>Gehört zu: %1</source>
        <translation>Belongs to: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="125"/>
        <location filename="../../../app/ui/followups_page.py" line="128"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="169"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="169"/>
        <source>Was ist zu tun?</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="169"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="170"/>
        <source>Gehört zu</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="206"/>
        <source>%1 – überfällig (%2 Tage)</source>
        <translation>%1 – overdue (%2 days)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="208"/>
        <source>%1 – heute</source>
        <translation>%1 – today</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="249"/>
        <source>Welche Wiedervorlagen</source>
        <translation>Which follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="258"/>
        <location filename="../../../app/ui/followups_page.py" line="283"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="284"/>
        <source>Neue Wiedervorlage …</source>
        <translation>New follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="285"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="286"/>
        <source>Bezug öffnen</source>
        <translation>Open related record</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="287"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="291"/>
        <source>Fällig (heute und früher)</source>
        <translation>Due (today and earlier)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="291"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="292"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="292"/>
        <source>Alle offenen</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="292"/>
        <location filename="../../../app/ui/followups_page.py" line="335"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="293"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="317"/>
        <source>Keine Wiedervorlagen.</source>
        <translation>No follow-ups.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="319"/>
        <source>%1 überfällig · %2 heute · %3 diese Woche · %4 offen</source>
        <translation>%1 overdue · %2 today · %3 this week · %4 open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="334"/>
        <source>Wieder öffnen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="353"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="369"/>
        <location filename="../../../app/ui/followups_page.py" line="376"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="370"/>
        <source>Wiedervorlage „%1“ löschen?</source>
        <translation>Delete follow-up “%1”?</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="47"/>
        <source>Wiederholung</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="53"/>
        <source>Keine Wiederholung</source>
        <translation>No repetition</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="53"/>
        <source>Täglich</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="53"/>
        <source>Wöchentlich</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Monatlich</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Vierteljährlich</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Jährlich</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="57"/>
        <source>Wiederholen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="58"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="63"/>
        <source>Abstand</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="65"/>
        <source>alle</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="72"/>
        <source>&amp;Abstand</source>
        <translation>&amp;Interval</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="78"/>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="86"/>
        <source>An &amp;Tagen</source>
        <translation>On &amp;days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="91"/>
        <source>am</source>
        <translation>on the</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="97"/>
        <source>ersten</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="97"/>
        <source>zweiten</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="97"/>
        <source>dritten</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="98"/>
        <source>vierten</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="98"/>
        <source>letzten</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="100"/>
        <source>Welcher Wochentag im Monat</source>
        <translation>Which weekday of the month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="102"/>
        <source>Wochentag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="103"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="103"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="103"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="105"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="115"/>
        <source>Im &amp;Monat</source>
        <translation>In the &amp;month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="119"/>
        <source>ohne Ende</source>
        <translation>without end</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="121"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="123"/>
        <source>Ende am</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="129"/>
        <source>nach</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="133"/>
        <source>Anzahl der Termine</source>
        <translation>Number of appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="136"/>
        <source>Terminen</source>
        <translation>appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="146"/>
        <source>&amp;Ende</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="157"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="158"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="174"/>
        <source>am %1. des Monats</source>
        <translation>on day %1 of the month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="240"/>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="240"/>
        <source>Wochen</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="240"/>
        <source>Monate</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="241"/>
        <source>Quartale</source>
        <translation>quarters</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="241"/>
        <source>Jahre</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="257"/>
        <source>Einzeltermin</source>
        <translation>Single appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="264"/>
        <source>Diese Regel ergibt keinen Termin.</source>
        <translation>This rule yields no appointment.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="267"/>
        <source>Nächste Termine: %1 …</source>
        <translation>Next dates: %1 …</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="285"/>
        <source>Terminserie</source>
        <translation>Appointment series</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="287"/>
        <source>Dieser Termin gehört zu einer Serie. Was soll gelöscht werden?</source>
        <translation>This appointment belongs to a series. What should be deleted?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="289"/>
        <source>Dieser Termin gehört zu einer Serie. Wofür gilt die Änderung?</source>
        <translation>This appointment belongs to a series. What does the change apply to?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="290"/>
        <source>Verschobene oder abgesagte Einzeltermine bleiben, wie sie sind. Vergangene Termine mit Anwesenheit bleiben erhalten.</source>
        <translation>Single appointments that were moved or cancelled stay as they are. Past appointments with attendance are kept.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="295"/>
        <source>Nur &amp;diesen Termin</source>
        <translation>Only &amp;this appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="296"/>
        <source>Diesen und alle &amp;folgenden</source>
        <translation>This and all &amp;following</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="297"/>
        <source>Die ganze &amp;Serie</source>
        <translation>The whole &amp;series</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="298"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="186"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="188"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="189"/>
        <source>z. B. 930, 9:30 oder 9; ↑/↓ eine Viertelstunde</source>
        <translation>e.g. 930, 9:30 or 9; ↑/↓ a quarter of an hour</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="218"/>
        <source>„%1“ ist keine Uhrzeit – z. B. 930, 9:30 oder 14</source>
        <translation>“%1” is not a time – e.g. 930, 9:30 or 14</translation>
    </message>
    <message>
        <location filename="../../../app/ui/date_entry.py" line="221"/>
        <source>Bitte eine Uhrzeit eingeben.</source>
        <translation>Please enter a time.</translation>
    </message>
</context>
</TS>
