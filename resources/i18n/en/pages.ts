<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="225"/>
        <source>dddd, d. MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="226"/>
        <source>Stand: %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="227"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="229"/>
        <source>Stattgefundene Termine %1</source>
        <translation>Appointments held %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="232"/>
        <source>Erreichte Personen %1</source>
        <translation>People reached %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="235"/>
        <source>Erreichte Partnerorganisationen</source>
        <translation>Partner organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="236"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="239"/>
        <source>Erreichte Organisationen</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="245"/>
        <source>ddd, dd.MM.yyyy</source>
        <translation>ddd, dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="246"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="256"/>
        <source>Keine geplanten Termine.</source>
        <translation>No planned appointments.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="268"/>
        <source>Noch keine Termine mit Handlungsfeld.</source>
        <translation>No appointments with a field of action yet.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="270"/>
        <location filename="../../../app/ui/dashboard_page.py" line="365"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="270"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="272"/>
        <source>Vorjahr bis %1</source>
        <translation>Previous year to %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="304"/>
        <source>Nichts fällig in dieser Woche.</source>
        <translation>Nothing due this week.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="306"/>
        <source>%1 überfällig · %2 heute · %3 diese Woche</source>
        <translation>%1 overdue · %2 today · %3 this week</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="310"/>
        <source>Wiedervorlagen – %1 überfällig</source>
        <translation>Follow-ups – %1 overdue</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="311"/>
        <location filename="../../../app/ui/dashboard_page.py" line="360"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="332"/>
        <source>Vorjahr bis %1: %2</source>
        <translation>Previous year to %1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="357"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="358"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="130"/>
        <location filename="../../../app/ui/dashboard_page.py" line="359"/>
        <source>Nächste Termine</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="149"/>
        <source>Fällige Wiedervorlagen</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="361"/>
        <source>Neue Wiedervorlage …</source>
        <translation>New follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="362"/>
        <source>Alle anzeigen</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="363"/>
        <source>Termine nach Art (stattgefunden, bis heute)</source>
        <translation>Appointments by kind (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="364"/>
        <source>Termine nach Handlungsfeld (stattgefunden, bis heute)</source>
        <translation>Appointments by field of action (held, to date)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="365"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="365"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/dashboard_page.py" line="365"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="270"/>
        <source>(keine Datei geöffnet)</source>
        <translation>(no file open)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="301"/>
        <source>Bitte den Namen des Büros angeben – er steht auf jedem Bericht.</source>
        <translation>Please enter the office&apos;s name – it appears on every report.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="304"/>
        <source>Die Logo-Datei gibt es nicht: %1</source>
        <translation>The logo file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="306"/>
        <source>Die Datei ist kein lesbares Bild: %1</source>
        <translation>The file is not a readable image: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="313"/>
        <source>Nicht gespeichert – bitte die markierten Angaben prüfen.</source>
        <translation>Not saved – please check the marked entries.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="321"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="328"/>
        <source>Gespeichert. Die Sprache ist umgestellt; einzelne Texte in bereits geöffneten Fenstern wechseln erst nach einem Neustart.</source>
        <translation>Saved. The language has been switched; some texts in windows that are already open change only after a restart.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="331"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="353"/>
        <source>Ungespeicherte Änderungen.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="360"/>
        <source>Logo auswählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="361"/>
        <source>Bilder (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="370"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="370"/>
        <source>Bild nicht lesbar</source>
        <translation>Image not readable</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="384"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="385"/>
        <source>Der Ordner ließ sich nicht öffnen:
%1</source>
        <translation>The folder could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="397"/>
        <source>Englisch: %1</source>
        <translation>English: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="402"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="425"/>
        <source>Wieder aktivieren</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="425"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="429"/>
        <source>Neues Handlungsfeld</source>
        <translation>New field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="429"/>
        <location filename="../../../app/ui/settings_page.py" line="440"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="440"/>
        <source>Handlungsfeld umbenennen</source>
        <translation>Rename field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="454"/>
        <source>Name auf Englisch</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="455"/>
        <source>Name in englischen Berichten (leer: Standardübersetzung):</source>
        <translation>Name in English reports (empty: the standard translation):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="479"/>
        <location filename="../../../app/ui/settings_page.py" line="482"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="490"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="491"/>
        <source>Büro und Briefkopf</source>
        <translation>Office and letterhead</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="492"/>
        <source>z. B. Büro der Integrationsbeauftragten</source>
        <translation>e.g. Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="493"/>
        <source>z. B. Dr. Maria Beispiel</source>
        <translation>e.g. Dr Maria Example</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="494"/>
        <source>z. B. Integrationsbeauftragte – steht auf dem Deckblatt des Berichts</source>
        <translation>e.g. Integrationsbeauftragte – printed on the report’s cover</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="496"/>
        <source>z. B. Integration Commissioner (leer: „Integration commissioner“)</source>
        <translation>e.g. Integration Commissioner (empty: “Integration commissioner”)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="498"/>
        <source>Eine Zeile je Briefkopfzeile, z. B.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</source>
        <translation>One line per letterhead line, e.g.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="500"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="501"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="503"/>
        <source>&amp;Name des Büros:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="503"/>
        <source>&amp;Integrationsbeauftragte/r:</source>
        <translation>&amp;Integration commissioner:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="504"/>
        <source>Amts&amp;titel:</source>
        <translation>Official &amp;title:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="505"/>
        <source>Amtstitel &amp;englisch:</source>
        <translation>Official title in &amp;English:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="506"/>
        <source>&amp;Anschrift / Briefkopf:</source>
        <translation>&amp;Address / letterhead:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="506"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="507"/>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="507"/>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="508"/>
        <source>Sprache der &amp;Berichte:</source>
        <translation>&amp;Report language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="509"/>
        <source>Bundesland (&amp;Feiertage):</source>
        <translation>Federal state (&amp;holidays):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="512"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="513"/>
        <source>Die Oberfläche wechselt beim Speichern sofort; einzelne Texte in bereits geöffneten Fenstern erst nach einem Neustart.</source>
        <translation>The interface switches as soon as you save; some texts in windows that are already open change only after a restart.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="515"/>
        <source>Datenablage</source>
        <translation>Data storage</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="517"/>
        <source>Alle Daten des Büros liegen in dieser einen Datei.</source>
        <translation>All of the office&apos;s data is kept in this one file.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="518"/>
        <location filename="../../../app/ui/settings_page.py" line="519"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="520"/>
        <source>Logo-Datei</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="521"/>
        <source>Vorschau des Logos</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="522"/>
        <source>&amp;Hinzufügen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="523"/>
        <source>&amp;Umbenennen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="524"/>
        <source>Name auf Englisch…</source>
        <translation>Name in English…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="525"/>
        <source>So heißt das Handlungsfeld in englischen Berichten</source>
        <translation>The field of action’s name in English reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="530"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="526"/>
        <source>Archivierte Handlungsfelder bleiben bei alten Terminen erhalten, werden für neue Termine aber nicht mehr angeboten.</source>
        <translation>Archived fields of action stay on past appointments but are no longer offered for new ones.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="516"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="528"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="529"/>
        <source>Einstellungen speichern (Strg+S)</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
</context>
</TS>
