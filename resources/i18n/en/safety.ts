<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="39"/>
        <location filename="../../../app/ui/audit_view.py" line="78"/>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="49"/>
        <source>alle Datensätze</source>
        <translation>all records</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="49"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="50"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="50"/>
        <source>Gremien</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="51"/>
        <source>Mitgliedschaften</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="51"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="52"/>
        <source>Teilnahmen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="52"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="53"/>
        <source>Importe</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="57"/>
        <source>&amp;Von</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="59"/>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="61"/>
        <source>Art der Datensätze</source>
        <translation>Kind of records</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="67"/>
        <source>&amp;Anzeigen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="71"/>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="79"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="79"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="79"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="79"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="80"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="80"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/audit_view.py" line="97"/>
        <source>%Ln Eintrag/Einträge.</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="99"/>
        <source>Angezeigt werden die neuesten %1; der Export enthält alle.</source>
        <translation>Showing the newest %1; the export contains all.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="105"/>
        <location filename="../../../app/ui/audit_view.py" line="111"/>
        <source>Protokoll exportieren</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="106"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="112"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="116"/>
        <source>Datensicherung und Datenschutz</source>
        <translation>Backup and data protection</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="117"/>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="118"/>
        <source>Standard: Ordner „backups“ neben der Datenbank</source>
        <translation>Default: folder “backups” next to the database</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="119"/>
        <source>Wählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="120"/>
        <source>Aufbewahren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="121"/>
        <source>tägliche</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="121"/>
        <source>wöchentliche</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="122"/>
        <source>monatliche</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="124"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="125"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="126"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="127"/>
        <source>Änderungsprotokoll …</source>
        <translation>Change log …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="128"/>
        <source>Aufbewahrung prüfen …</source>
        <translation>Review retention …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="148"/>
        <source>Standard: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="150"/>
        <source>Noch keine Sicherung. Ordner: %1</source>
        <translation>No backup yet. Folder: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="152"/>
        <source>Letzte Sicherung: %2 (%3). Ordner: %1</source>
        <translation>Last backup: %2 (%3). Folder: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="165"/>
        <source>Sicherungsordner wählen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="172"/>
        <source>Bitte einen vollständigen Ordnerpfad angeben.</source>
        <translation>Please enter a complete folder path.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="177"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="183"/>
        <source>Gesichert: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="186"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="208"/>
        <source>täglich</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="209"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="210"/>
        <source>vor Import</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="211"/>
        <source>vor Löschung</source>
        <translation>before erasure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="212"/>
        <source>vor Wiederherstellung</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="213"/>
        <source>Stand vor Wiederherstellung</source>
        <translation>state before restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="214"/>
        <source>vor Umstellung</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="215"/>
        <source>beschädigt</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="216"/>
        <source>vor Verschlüsselung</source>
        <translation>before encryption</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="336"/>
        <source>Löschen nach Art. 17 DSGVO</source>
        <translation>Erasure under Art. 17 GDPR</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="339"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wird endgültig anonymisiert: Name, Kontaktdaten, Notizen und Einwilligung werden überschrieben – auch in Teilnahmelisten, im Änderungsprotokoll und im Suchindex. Die Teilnahmen zählen im Jahresbericht weiter, ohne Namen.&lt;br&gt;&lt;br&gt;Vorher wird eine Sicherung angelegt; wird sie später wiederhergestellt, wird die Löschung erneut angewendet.&lt;br&gt;&lt;br&gt;Zum Bestätigen &lt;b&gt;%2&lt;/b&gt; eingeben:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; will be anonymised for good: name, contact details, notes and consent are overwritten – in attendance lists, the change log and the search index too. The attendance still counts in the yearly report, without a name.&lt;br&gt;&lt;br&gt;A backup is made first; if it is restored later, the erasure is applied again.&lt;br&gt;&lt;br&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="347"/>
        <source>Bestätigungswort %1</source>
        <translation>Confirmation word %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="352"/>
        <source>Endgültig löschen</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="353"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="108"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="110"/>
        <source>Rechtsgrundlage und Einwilligung</source>
        <translation>Legal basis and consent</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="114"/>
        <source>Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)</source>
        <translation>Art. 6(1)(a) GDPR (consent)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="115"/>
        <source>Art. 6 Abs. 1 lit. e DSGVO (öffentliche Aufgabe)</source>
        <translation>Art. 6(1)(e) GDPR (public task)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="116"/>
        <source>Art. 6 Abs. 1 lit. b DSGVO (Vertrag)</source>
        <translation>Art. 6(1)(b) GDPR (contract)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="117"/>
        <source>Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)</source>
        <translation>Art. 6(1)(f) GDPR (legitimate interest)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="121"/>
        <source>z. B. Einladungen zum Runden Tisch</source>
        <translation>e.g. invitations to the round table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="124"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="124"/>
        <source>per E-Mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="124"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="125"/>
        <source>Anmeldeformular</source>
        <translation>registration form</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="232"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="230"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="43"/>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="45"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="45"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="58"/>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="59"/>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="60"/>
        <source>Gelöscht</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="61"/>
        <source>Importiert</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="62"/>
        <source>Angelegt (mehrere auf einmal)</source>
        <translation>Created (several at once)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="63"/>
        <source>Als Demo-Daten angelegt</source>
        <translation>Created as demo data</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="64"/>
        <source>Import zurückgenommen</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="65"/>
        <source>Auskunft nach Art. 15 erteilt</source>
        <translation>Information given under Art. 15</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="66"/>
        <source>Nach Art. 17 gelöscht (anonymisiert)</source>
        <translation>Erased under Art. 17 (anonymised)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="67"/>
        <source>Mit einem Duplikat zusammengeführt</source>
        <translation>Merged with a duplicate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/privacy_tab.py" line="83"/>
        <source>einer von %n auf einmal angelegten Einträgen (Nr. %1)</source>
        <translation>
            <numerusform>one of %n entry created at once (no. %1)</numerusform>
            <numerusform>one of %n entries created at once (no. %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="128"/>
        <source>Rechts&amp;grundlage</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="129"/>
        <source>Einwilligung a&amp;m</source>
        <translation>Consent &amp;on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="130"/>
        <source>&amp;Zweck</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="131"/>
        <source>Wie er&amp;teilt</source>
        <translation>How &amp;given</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="132"/>
        <source>Wider&amp;rufen am</source>
        <translation>With&amp;drawn on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="138"/>
        <source>Wird mit dem Kontakt gespeichert (Strg+S).</source>
        <translation>Saved with the contact (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="144"/>
        <source>Auskunft als &amp;PDF …</source>
        <translation>Information as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="146"/>
        <source>Auskunft als E&amp;xcel …</source>
        <translation>Information as E&amp;xcel …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="148"/>
        <source>Löschen nach Art. &amp;17 …</source>
        <translation>Erase under Art. &amp;17 …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="162"/>
        <source>Ergebnis der Löschung</source>
        <translation>Result of the erasure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="231"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="231"/>
        <source>Wie erteilt</source>
        <translation>How given</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="324"/>
        <source>Bereinigte Sicherungen: %1</source>
        <translation>Backups cleaned: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="230"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="167"/>
        <location filename="../../../app/ui/privacy_tab.py" line="174"/>
        <source>Änderungsprotokoll dieses Kontakts</source>
        <translation>Change log of this contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="176"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="176"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="176"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="177"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="211"/>
        <source>Nach Art. 17 DSGVO gelöscht am %1.</source>
        <translation>Erased under Art. 17 GDPR on %1.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="269"/>
        <source>Auskunft speichern</source>
        <translation>Save information</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="270"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="270"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="277"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="295"/>
        <location filename="../../../app/ui/privacy_tab.py" line="312"/>
        <source>Löschen nach Art. 17</source>
        <translation>Erasure under Art. 17</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="228"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="231"/>
        <source>Der aktuelle Stand wird vorher als Sicherung beiseitegelegt. Löschungen nach Art. 17, die nach der gewählten Sicherung erfolgten, werden erneut angewendet.</source>
        <translation>The current state is first kept aside as a backup. Erasures under Art. 17 made after the chosen backup are applied again.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="237"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="237"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="237"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="237"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="238"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="238"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="238"/>
        <source>Teilnahmen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="239"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="245"/>
        <source>Andere Datei …</source>
        <translation>Other file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="250"/>
        <location filename="../../../app/ui/backup_panel.py" line="330"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="252"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="267"/>
        <source>anderes Kennwort</source>
        <translation>other passphrase</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="269"/>
        <source>nicht lesbar</source>
        <translation>not readable</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="287"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="288"/>
        <source>Brücke-Datenbank (*.db)</source>
        <translation>Brücke database (*.db)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/backup_panel.py" line="302"/>
        <source>%n Löschung(en) erneut angewendet.</source>
        <translation>
            <numerusform>%n erasure re-applied.</numerusform>
            <numerusform>%n erasures re-applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="308"/>
        <source>Die Sicherung %1 ist mit einem anderen Kennwort verschlüsselt (z. B. einem früheren). Kennwort der Sicherung:</source>
        <translation>The backup %1 is encrypted with another passphrase (e.g. an earlier one). Passphrase of the backup:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="314"/>
        <source>Den Stand aus %1 wiederherstellen? Alles, was seitdem eingegeben wurde, ist danach nur noch in der beiseitegelegten Sicherung.</source>
        <translation>Restore the state from %1? Everything entered since will then only be in the backup kept aside.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="299"/>
        <source>Wiederhergestellt: %1. Der vorige Stand liegt unter %2.</source>
        <translation>Restored: %1. The previous state is kept in %2.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="33"/>
        <source>Aufbewahrung prüfen</source>
        <translation>Review retention</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="36"/>
        <source>Kontakte ohne Aktivität &amp;seit</source>
        <translation>Contacts without activity &amp;for</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="42"/>
        <source> Jahren</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="47"/>
        <source>Aktivität: eine Änderung am Kontakt, eine Teilnahme oder eine laufende Mitgliedschaft. Markierte Kontakte können archiviert oder nach Art. 17 gelöscht (anonymisiert) werden.</source>
        <translation>Activity: a change to the contact, an attendance or a running membership. Checked contacts can be archived or erased (anonymised) under Art. 17.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="55"/>
        <source>Kontakte ohne Aktivität</source>
        <translation>Contacts without activity</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="56"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="56"/>
        <source>Letzte Aktivität</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="57"/>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="64"/>
        <source>Ergebnis der Löschung</source>
        <translation>Result of the erasure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="68"/>
        <source>&amp;Alle markieren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="70"/>
        <source>&amp;Keine markieren</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="72"/>
        <source>Markierte a&amp;rchivieren</source>
        <translation>A&amp;rchive selected</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="74"/>
        <source>Markierte &amp;löschen (Art. 17) …</source>
        <translation>&amp;Erase selected (Art. 17) …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/retention_dialog.py" line="103"/>
        <source>%n Kontakt(e) gefunden.</source>
        <translation>
            <numerusform>%n contact found.</numerusform>
            <numerusform>%n contacts found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/retention_dialog.py" line="133"/>
        <source>%n Kontakt(e)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="77"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="95"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="128"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="135"/>
        <source>Löschen nach Art. 17</source>
        <translation>Erasure under Art. 17</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="39"/>
        <source>Das Kennwort war falsch. Kennwort für %1 (die Datei wurde nicht verändert):</source>
        <translation>The passphrase was wrong. Passphrase for %1 (the file was not changed):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="42"/>
        <source>Die Datenbank %1 ist verschlüsselt. Kennwort:</source>
        <translation>The database %1 is encrypted. Passphrase:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="43"/>
        <source>Kennwort</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="64"/>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="66"/>
        <source>Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben. Es gibt keine gute Sicherung im Sicherungsordner – bitte wenden Sie sich an die IT.</source>
        <translation>The file %1 is damaged (%2). Brücke has written nothing to it. There is no good backup in the backup folder – please contact your IT.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="72"/>
        <source>Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben.

Neueste gute Sicherung: %3 (%4).

Die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</source>
        <translation>The file %1 is damaged (%2). Brücke has written nothing to it.

Newest good backup: %3 (%4).

The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="77"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="79"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="106"/>
        <source>Die Datei %1 ist eine leere Datei – keine Brücke-Datenbank.</source>
        <translation>The file %1 is an empty file – not a Brücke database.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="162"/>
        <source>Das Büro ist verschlüsselt, aber diese Dateien enthalten es unverschlüsselt:

%1

Jetzt löschen?</source>
        <translation>The office is encrypted, but these files hold it unencrypted:

%1

Delete them now?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="167"/>
        <source>Unverschlüsselte Kopien löschen</source>
        <translation>Delete unencrypted copies</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="169"/>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="175"/>
        <source>Diese Dateien ließen sich nicht löschen: %1</source>
        <translation>These files could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="293"/>
        <source>Schreibgeschützt: Diese Datenbank kann nur gelesen werden (Datei oder Ordner ohne Schreibrecht). Ansehen, Suchen, Berichte und Export gehen; Änderungen werden nicht gespeichert.</source>
        <translation>Read-only: this database can only be read (file or folder without write permission). Browsing, search, reports and export work; changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="301"/>
        <source>schreibgeschützt</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="53"/>
        <location filename="../../../app/ui/startup_dialogs.py" line="161"/>
        <location filename="../../../app/ui/startup_dialogs.py" line="175"/>
        <location filename="../../../app/ui/startup_dialogs.py" line="182"/>
        <location filename="../../../app/ui/startup_dialogs.py" line="224"/>
        <location filename="../../../app/ui/startup_dialogs.py" line="280"/>
        <source>Brücke</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="88"/>
        <source>Trotzdem wiederherstellen? Löschungen, die in den Sicherungen verzeichnet sind, werden nachgeführt; spätere Löschungen müssen Sie von Hand wiederholen.</source>
        <translation>Restore anyway? Erasures recorded in the backups are applied again; later erasures must be repeated by hand.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="183"/>
        <source>Die tägliche Sicherung ist fehlgeschlagen:
%1

Sie können weiterarbeiten; bitte den Sicherungsordner in den Einstellungen prüfen.</source>
        <translation>The daily backup failed:
%1

You can keep working; please check the backup folder in the settings.</translation>
    </message>
</context>
</TS>
