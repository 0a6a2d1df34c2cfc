<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>DataSettings</name>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="40"/>
        <source>(keine Datei geöffnet)</source>
        <translation>(no file open)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="50"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="51"/>
        <source>Der Ordner ließ sich nicht öffnen:
%1</source>
        <translation>The folder could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="54"/>
        <source>Datenablage</source>
        <translation>Data storage</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="55"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/data.py" line="56"/>
        <source>Alle Daten des Büros liegen in dieser einen Datei.</source>
        <translation>All of the office&apos;s data is kept in this one file.</translation>
    </message>
</context>
<context>
    <name>FieldsSettings</name>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="83"/>
        <source>Englisch: %1</source>
        <translation>English: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="88"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="111"/>
        <source>Wieder aktivieren</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="111"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="117"/>
        <source>Neues Handlungsfeld</source>
        <translation>New field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="117"/>
        <location filename="../../../app/ui/settings/fields.py" line="128"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="128"/>
        <source>Handlungsfeld umbenennen</source>
        <translation>Rename field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="140"/>
        <source>Name auf Englisch</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="141"/>
        <source>Name in englischen Berichten (leer: Standardübersetzung):</source>
        <translation>Name in English reports (empty: the standard translation):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="165"/>
        <location filename="../../../app/ui/settings/fields.py" line="168"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="174"/>
        <location filename="../../../app/ui/settings/fields.py" line="175"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="176"/>
        <source>&amp;Hinzufügen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="177"/>
        <source>&amp;Umbenennen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="178"/>
        <source>Name auf Englisch…</source>
        <translation>Name in English…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="179"/>
        <source>So heißt das Handlungsfeld in englischen Berichten</source>
        <translation>The field of action’s name in English reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/fields.py" line="180"/>
        <source>Archivierte Handlungsfelder bleiben bei alten Terminen erhalten, werden für neue Termine aber nicht mehr angeboten.</source>
        <translation>Archived fields of action stay on past appointments but are no longer offered for new ones.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../../../app/ui/settings/language.py" line="51"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/language.py" line="52"/>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/language.py" line="53"/>
        <source>Sprache der &amp;Berichte:</source>
        <translation>&amp;Report language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/language.py" line="54"/>
        <source>Die Oberfläche wechselt beim Speichern sofort; einzelne Texte in bereits geöffneten Fenstern erst nach einem Neustart.</source>
        <translation>The interface switches as soon as you save; some texts in windows that are already open change only after a restart.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="117"/>
        <source>Bitte den Namen des Büros angeben – er steht auf jedem Bericht.</source>
        <translation>Please enter the office&apos;s name – it appears on every report.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="120"/>
        <source>Die Logo-Datei gibt es nicht: %1</source>
        <translation>The logo file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="122"/>
        <source>Die Datei ist kein lesbares Bild: %1</source>
        <translation>The file is not a readable image: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="129"/>
        <source>Logo auswählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="130"/>
        <source>Bilder (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="139"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="139"/>
        <source>Bild nicht lesbar</source>
        <translation>Image not readable</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="149"/>
        <source>Büro und Briefkopf</source>
        <translation>Office and letterhead</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="150"/>
        <source>z. B. Büro der Integrationsbeauftragten</source>
        <translation>e.g. Office of the Integration Commissioner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="151"/>
        <source>z. B. Dr. Maria Beispiel</source>
        <translation>e.g. Dr Maria Example</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="152"/>
        <source>z. B. Integrationsbeauftragte – steht auf dem Deckblatt des Berichts</source>
        <translation>e.g. Integrationsbeauftragte – printed on the report’s cover</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="154"/>
        <source>z. B. Integration Commissioner (leer: „Integration commissioner“)</source>
        <translation>e.g. Integration Commissioner (empty: “Integration commissioner”)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="156"/>
        <source>Eine Zeile je Briefkopfzeile, z. B.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</source>
        <translation>One line per letterhead line, e.g.
Landratsamt Lindenau
Marktplatz 1, 01234 Lindenau</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="158"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="159"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="161"/>
        <source>&amp;Name des Büros:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="161"/>
        <source>&amp;Integrationsbeauftragte/r:</source>
        <translation>&amp;Integration commissioner:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="162"/>
        <source>Amts&amp;titel:</source>
        <translation>Official &amp;title:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="163"/>
        <source>Amtstitel &amp;englisch:</source>
        <translation>Official title in &amp;English:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="164"/>
        <source>&amp;Anschrift / Briefkopf:</source>
        <translation>&amp;Address / letterhead:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="164"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="165"/>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="165"/>
        <source>Bundesland (&amp;Feiertage):</source>
        <translation>Federal state (&amp;holidays):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="168"/>
        <source>Logo-Datei</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/office.py" line="169"/>
        <source>Vorschau des Logos</source>
        <translation>Logo preview</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="62"/>
        <source>Bitte einen Datenschutzhinweis angeben – er steht auf jeder Anmeldeliste.</source>
        <translation>Please enter a privacy notice – it is printed on every sign-in sheet.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="67"/>
        <source>Datenschutzhinweis und Aufbewahrung</source>
        <translation>Privacy notice and retention</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="68"/>
        <source>Datenschutzhin&amp;weis:</source>
        <translation>Privacy n&amp;otice:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="69"/>
        <source>Hinweis en&amp;glisch:</source>
        <translation>Notice in En&amp;glish:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="70"/>
        <source>Aufbewahrungsfrist (&amp;Jahre):</source>
        <translation>Retention period (&amp;years):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="71"/>
        <source>Steht unten auf jeder Anmeldeliste</source>
        <translation>Printed at the bottom of every sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="72"/>
        <source>leer: englischer Standardtext auf zweisprachigen Anmeldelisten</source>
        <translation>empty: the standard English text on bilingual sign-in sheets</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="74"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings/privacy.py" line="75"/>
        <source>Kontakte ohne Aktivität seit so vielen Jahren schlägt „Aufbewahrung prüfen“ zum Archivieren oder Löschen vor</source>
        <translation>“Review retention” offers contacts without activity for this many years for archiving or erasure</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="178"/>
        <source>Nicht gespeichert – bitte die markierten Angaben prüfen.</source>
        <translation>Not saved – please check the marked entries.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="186"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="193"/>
        <source>Gespeichert. Die Sprache ist umgestellt; einzelne Texte in bereits geöffneten Fenstern wechseln erst nach einem Neustart.</source>
        <translation>Saved. The language has been switched; some texts in windows that are already open change only after a restart.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="196"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="212"/>
        <source>Ungespeicherte Änderungen.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="219"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="220"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="221"/>
        <source>Einstellungen speichern (Strg+S)</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/settings_page.py" line="222"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
</TS>
