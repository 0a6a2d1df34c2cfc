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
        <location filename="../../../app/ui/followups_page.py" line="59"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="59"/>
        <source>Wiedervorlage bearbeiten</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="67"/>
        <source>z. B. Frau Brandt</source>
        <translation>e.g. Ms Brandt</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="71"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="74"/>
        <source>&amp;Was ist zu tun? *</source>
        <translation>&amp;What is to be done? *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="75"/>
        <source>&amp;Fällig am *</source>
        <translation>&amp;Due on *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="76"/>
        <source>&amp;Zuständig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="77"/>
        <source>&amp;Notizen</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="96"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="97"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="106"/>
        <source>Gehört zu: %1</source>
        <translation>Belongs to: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="128"/>
        <location filename="../../../app/ui/followups_page.py" line="131"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="172"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="172"/>
        <source>Was ist zu tun?</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="172"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="173"/>
        <source>Gehört zu</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="209"/>
        <source>%1 – überfällig (%2 Tage)</source>
        <translation>%1 – overdue (%2 days)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="211"/>
        <source>%1 – heute</source>
        <translation>%1 – today</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="252"/>
        <source>Welche Wiedervorlagen</source>
        <translation>Which follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="261"/>
        <location filename="../../../app/ui/followups_page.py" line="286"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="287"/>
        <source>Neue Wiedervorlage …</source>
        <translation>New follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="288"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="289"/>
        <source>Bezug öffnen</source>
        <translation>Open related record</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="290"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="294"/>
        <source>Fällig (heute und früher)</source>
        <translation>Due (today and earlier)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="294"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="295"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="295"/>
        <source>Alle offenen</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="295"/>
        <location filename="../../../app/ui/followups_page.py" line="333"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="296"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="315"/>
        <source>Keine Wiedervorlagen.</source>
        <translation>No follow-ups.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="317"/>
        <source>%1 überfällig · %2 heute · %3 diese Woche · %4 offen</source>
        <translation>%1 overdue · %2 today · %3 this week · %4 open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="332"/>
        <source>Wieder öffnen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="351"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="367"/>
        <location filename="../../../app/ui/followups_page.py" line="374"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/followups_page.py" line="368"/>
        <source>Wiedervorlage „%1“ löschen?</source>
        <translation>Delete follow-up “%1”?</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="48"/>
        <source>Wiederholung</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Keine Wiederholung</source>
        <translation>No repetition</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Täglich</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="54"/>
        <source>Wöchentlich</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="55"/>
        <source>Monatlich</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="55"/>
        <source>Vierteljährlich</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="55"/>
        <source>Jährlich</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="58"/>
        <source>Wiederholen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="59"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="64"/>
        <source>Abstand</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="66"/>
        <source>alle</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="73"/>
        <source>&amp;Abstand</source>
        <translation>&amp;Interval</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="79"/>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="80"/>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="87"/>
        <source>An &amp;Tagen</source>
        <translation>On &amp;days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="92"/>
        <source>am</source>
        <translation>on the</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="98"/>
        <source>ersten</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="98"/>
        <source>zweiten</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="98"/>
        <source>dritten</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="99"/>
        <source>vierten</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="99"/>
        <source>letzten</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="101"/>
        <source>Welcher Wochentag im Monat</source>
        <translation>Which weekday of the month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="103"/>
        <source>Wochentag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="104"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="105"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="105"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="105"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="106"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="116"/>
        <source>Im &amp;Monat</source>
        <translation>In the &amp;month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="120"/>
        <source>ohne Ende</source>
        <translation>without end</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="122"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="124"/>
        <source>Ende am</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="130"/>
        <source>nach</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="134"/>
        <source>Anzahl der Termine</source>
        <translation>Number of appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="137"/>
        <source>Terminen</source>
        <translation>appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="147"/>
        <source>&amp;Ende</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="158"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="159"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="175"/>
        <source>am %1. des Monats</source>
        <translation>on day %1 of the month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="241"/>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="241"/>
        <source>Wochen</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="241"/>
        <source>Monate</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="242"/>
        <source>Quartale</source>
        <translation>quarters</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="242"/>
        <source>Jahre</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="258"/>
        <source>Einzeltermin</source>
        <translation>Single appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="265"/>
        <source>Diese Regel ergibt keinen Termin.</source>
        <translation>This rule yields no appointment.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="268"/>
        <source>Nächste Termine: %1 …</source>
        <translation>Next dates: %1 …</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="286"/>
        <source>Terminserie</source>
        <translation>Appointment series</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="288"/>
        <source>Dieser Termin gehört zu einer Serie. Was soll gelöscht werden?</source>
        <translation>This appointment belongs to a series. What should be deleted?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="290"/>
        <source>Dieser Termin gehört zu einer Serie. Wofür gilt die Änderung?</source>
        <translation>This appointment belongs to a series. What does the change apply to?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="291"/>
        <source>Verschobene oder abgesagte Einzeltermine bleiben, wie sie sind. Vergangene Termine mit Anwesenheit bleiben erhalten.</source>
        <translation>Single appointments that were moved or cancelled stay as they are. Past appointments with attendance are kept.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="296"/>
        <source>Nur &amp;diesen Termin</source>
        <translation>Only &amp;this appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="297"/>
        <source>Diesen und alle &amp;folgenden</source>
        <translation>This and all &amp;following</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="298"/>
        <source>Die ganze &amp;Serie</source>
        <translation>The whole &amp;series</translation>
    </message>
    <message>
        <location filename="../../../app/ui/series_dialog.py" line="299"/>
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
