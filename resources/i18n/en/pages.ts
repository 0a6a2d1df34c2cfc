<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="357"/>
        <location filename="../../../app/ui/calendar_view.py" line="617"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="560"/>
        <source>d. MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="576"/>
        <location filename="../../../app/ui/calendar_view.py" line="585"/>
        <source>d. MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="585"/>
        <source>d. MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="588"/>
        <source>KW %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="598"/>
        <source>Keine Termine in den nächsten 14 Tagen.</source>
        <translation>No appointments in the next 14 days.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="604"/>
        <source>dddd, d. MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="606"/>
        <location filename="../../../app/ui/calendar_view.py" line="644"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="608"/>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="642"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="643"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="645"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="646"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="647"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="648"/>
        <source>Neuer Termin am ausgewählten Tag (Doppelklick auf einen Tag)</source>
        <translation>New appointment on the selected day (double-click a day)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="651"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="652"/>
        <source>Nächste 14 Tage</source>
        <translation>Next 14 days</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="178"/>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="179"/>
        <source>Stand: %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="180"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="182"/>
        <source>Stattgefundene Termine %1</source>
        <translation>Appointments held %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="185"/>
        <source>Erreichte Personen %1</source>
        <translation>People reached %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="188"/>
        <source>Erreichte Partnerorganisationen</source>
        <translation>Partner organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="189"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="192"/>
        <source>Erreichte Organisationen</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="198"/>
        <source>ddd, dd.MM.yyyy</source>
        <translation>ddd, dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="199"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="209"/>
        <source>Keine geplanten Termine.</source>
        <translation>No planned appointments.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="219"/>
        <source>Noch keine Termine mit Handlungsfeld.</source>
        <translation>No appointments with a field of action yet.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="221"/>
        <location filename="../../../app/ui/dashboard_page.py" line="285"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="221"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="223"/>
        <source>Vorjahr bis %1</source>
        <translation>Previous year to %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="255"/>
        <source>Vorjahr bis %1: %2</source>
        <translation>Previous year to %1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="280"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="281"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="282"/>
        <source>Nächste Termine</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="283"/>
        <source>Termine nach Art (stattgefunden, bis heute)</source>
        <translation>Appointments by kind (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="284"/>
        <source>Termine nach Handlungsfeld (stattgefunden, bis heute)</source>
        <translation>Appointments by field of action (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="285"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="285"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="285"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="285"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="315"/>
        <source>+ %1 weitere</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <location filename="../../../app/ui/calendar_view.py" line="317"/>
        <source>Alle Termine dieses Tages in der Wochenansicht zeigen</source>
        <translation>Show all appointments of this day in the week view</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="248"/>
        <source>(keine Datei geöffnet)</source>
        <translation>(no file open)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="276"/>
        <source>Bitte den Namen des Büros angeben – er steht auf jedem Bericht.</source>
        <translation>Please enter the office&apos;s name – it appears on every report.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="279"/>
        <source>Die Logo-Datei gibt es nicht: %1</source>
        <translation>The logo file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="281"/>
        <source>Die Datei ist kein lesbares Bild: %1</source>
        <translation>The file is not a readable image: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="288"/>
        <source>Nicht gespeichert – bitte die markierten Angaben prüfen.</source>
        <translation>Not saved – please check the marked entries.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="296"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="303"/>
        <source>Gespeichert. Die Sprache ist umgestellt; einzelne Texte in bereits geöffneten Fenstern wechseln erst nach einem Neustart.</source>
        <translation>Saved. The language has been switched; some texts in windows that are already open change only after a restart.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="306"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="328"/>
        <source>Ungespeicherte Änderungen.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="335"/>
        <source>Logo auswählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="336"/>
        <source>Bilder (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="345"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="345"/>
        <source>Bild nicht lesbar</source>
        <translation>Image not readable</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="359"/>
        <location filename="../../../app/ui/settings_page.py" line="457"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="360"/>
        <source>Der Ordner ließ sich nicht öffnen:
%1</source>
        <translation>The folder could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="372"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="394"/>
        <source>Wieder aktivieren</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="394"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="398"/>
        <source>Neues Handlungsfeld</source>
        <translation>New field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="398"/>
        <location filename="../../../app/ui/settings_page.py" line="409"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="409"/>
        <source>Handlungsfeld umbenennen</source>
        <translation>Rename field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="427"/>
        <location filename="../../../app/ui/settings_page.py" line="430"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="438"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="439"/>
        <source>Büro und Briefkopf</source>
        <translation>Office and letterhead</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="440"/>
        <source>z. B. Büro der Integrationsbeauftragten</source>
        <translation>e.g. Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="441"/>
        <source>z. B. Dr. Maria Beispiel</source>
        <translation>e.g. Dr Maria Example</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="442"/>
        <source>Eine Zeile je Briefkopfzeile, z. B.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</source>
        <translation>One line per letterhead line, e.g.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="444"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="445"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="447"/>
        <source>&amp;Name des Büros:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="447"/>
        <source>&amp;Integrationsbeauftragte/r:</source>
        <translation>&amp;Integration commissioner:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="448"/>
        <source>&amp;Anschrift / Briefkopf:</source>
        <translation>&amp;Address / letterhead:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="448"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="449"/>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="449"/>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="450"/>
        <source>Sprache der &amp;Berichte:</source>
        <translation>&amp;Report language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="453"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="454"/>
        <source>Die Oberfläche wechselt beim Speichern sofort; einzelne Texte in bereits geöffneten Fenstern erst nach einem Neustart.</source>
        <translation>The interface switches as soon as you save; some texts in windows that are already open change only after a restart.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="456"/>
        <source>Datenablage</source>
        <translation>Data storage</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="458"/>
        <source>Alle Daten des Büros liegen in dieser einen Datei.</source>
        <translation>All of the office&apos;s data is kept in this one file.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="459"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="460"/>
        <source>Hinzufügen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="461"/>
        <source>Umbenennen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="462"/>
        <source>Archivierte Handlungsfelder bleiben bei alten Terminen erhalten, werden für neue Termine aber nicht mehr angeboten.</source>
        <translation>Archived fields of action stay on past appointments but are no longer offered for new ones.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="464"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="465"/>
        <source>Einstellungen speichern (Strg+S)</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="466"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
</context>
</TS>
