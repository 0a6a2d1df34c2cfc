<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="34"/>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="44"/>
        <source>alle Datensätze</source>
        <translation>all records</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="44"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="45"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="45"/>
        <source>Gremien</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="46"/>
        <source>Mitgliedschaften</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="46"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="47"/>
        <source>Teilnahmen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="47"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="48"/>
        <source>Importe</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="52"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="54"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="57"/>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="61"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="67"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="67"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="67"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="67"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="68"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="68"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="84"/>
        <source>%1 Einträge.</source>
        <translation>%1 entries.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="86"/>
        <source>Angezeigt werden die neuesten %1; der Export enthält alle.</source>
        <translation>Showing the newest %1; the export contains all.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="92"/>
        <location filename="../../../app/ui/audit_view.py" line="98"/>
        <source>Protokoll exportieren</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="93"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/audit_view.py" line="99"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="87"/>
        <source>Datensicherung und Datenschutz</source>
        <translation>Backup and data protection</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="88"/>
        <source>Sicherungsordner</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="89"/>
        <source>Standard: Ordner „backups“ neben der Datenbank</source>
        <translation>Default: folder “backups” next to the database</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="90"/>
        <source>Wählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="91"/>
        <source>Aufbewahren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="92"/>
        <source>tägliche</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="92"/>
        <source>wöchentliche</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="93"/>
        <source>monatliche</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="95"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="96"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="97"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="98"/>
        <source>Änderungsprotokoll …</source>
        <translation>Change log …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="99"/>
        <source>Aufbewahrung prüfen …</source>
        <translation>Review retention …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="123"/>
        <source>Noch keine Sicherung. Ordner: %1</source>
        <translation>No backup yet. Folder: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="125"/>
        <source>Letzte Sicherung: %2 (%3). Ordner: %1</source>
        <translation>Last backup: %2 (%3). Folder: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="130"/>
        <source>Sicherungsordner wählen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="137"/>
        <source>Bitte einen vollständigen Ordnerpfad angeben.</source>
        <translation>Please enter a complete folder path.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="142"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="148"/>
        <source>Gesichert: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="151"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="175"/>
        <source>täglich</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="176"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="177"/>
        <source>vor Import</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="178"/>
        <source>vor Löschung</source>
        <translation>before erasure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="179"/>
        <source>vor Wiederherstellung</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="180"/>
        <source>Stand vor Wiederherstellung</source>
        <translation>state before restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="181"/>
        <source>vor Umstellung</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="182"/>
        <source>beschädigt</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="183"/>
        <source>vor Verschlüsselung</source>
        <translation>before encryption</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="207"/>
        <source>Löschen nach Art. 17 DSGVO</source>
        <translation>Erasure under Art. 17 GDPR</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="210"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wird endgültig anonymisiert: Name, Kontaktdaten, Notizen und Einwilligung werden überschrieben – auch in Teilnahmelisten, im Änderungsprotokoll und im Suchindex. Die Teilnahmen zählen im Jahresbericht weiter, ohne Namen.&lt;br&gt;&lt;br&gt;Vorher wird eine Sicherung angelegt; wird sie später wiederhergestellt, wird die Löschung erneut angewendet.&lt;br&gt;&lt;br&gt;Zum Bestätigen &lt;b&gt;%2&lt;/b&gt; eingeben:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; will be anonymised for good: name, contact details, notes and consent are overwritten – in attendance lists, the change log and the search index too. The attendance still counts in the yearly report, without a name.&lt;br&gt;&lt;br&gt;A backup is made first; if it is restored later, the erasure is applied again.&lt;br&gt;&lt;br&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="220"/>
        <source>Endgültig löschen</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="221"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="46"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="48"/>
        <source>Rechtsgrundlage und Einwilligung</source>
        <translation>Legal basis and consent</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="52"/>
        <source>Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)</source>
        <translation>Art. 6(1)(a) GDPR (consent)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="53"/>
        <source>Art. 6 Abs. 1 lit. e DSGVO (öffentliche Aufgabe)</source>
        <translation>Art. 6(1)(e) GDPR (public task)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="54"/>
        <source>Art. 6 Abs. 1 lit. b DSGVO (Vertrag)</source>
        <translation>Art. 6(1)(b) GDPR (contract)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="55"/>
        <source>Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)</source>
        <translation>Art. 6(1)(f) GDPR (legitimate interest)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="57"/>
        <location filename="../../../app/ui/privacy_tab.py" line="65"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="59"/>
        <source>z. B. Einladungen zum Runden Tisch</source>
        <translation>e.g. invitations to the round table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="62"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="62"/>
        <source>per E-Mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="62"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="63"/>
        <source>Anmeldeformular</source>
        <translation>registration form</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="66"/>
        <location filename="../../../app/ui/privacy_tab.py" line="157"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="67"/>
        <location filename="../../../app/ui/privacy_tab.py" line="155"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="68"/>
        <location filename="../../../app/ui/privacy_tab.py" line="156"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="69"/>
        <location filename="../../../app/ui/privacy_tab.py" line="156"/>
        <source>Wie erteilt</source>
        <translation>How given</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="70"/>
        <location filename="../../../app/ui/privacy_tab.py" line="155"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="75"/>
        <source>Einwilligung speichern</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="84"/>
        <source>Auskunft als PDF …</source>
        <translation>Information as PDF …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="86"/>
        <source>Auskunft als Excel …</source>
        <translation>Information as Excel …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="88"/>
        <source>Löschen nach Art. 17 …</source>
        <translation>Erase under Art. 17 …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="100"/>
        <source>Änderungsprotokoll dieses Kontakts</source>
        <translation>Change log of this contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="105"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="105"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="105"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="106"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="134"/>
        <source>Nach Art. 17 DSGVO gelöscht am %1.</source>
        <translation>Erased under Art. 17 GDPR on %1.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="171"/>
        <source>Auskunft speichern</source>
        <translation>Save information</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="172"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="172"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="179"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/privacy_tab.py" line="196"/>
        <source>Löschen nach Art. 17</source>
        <translation>Erasure under Art. 17</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="195"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="198"/>
        <source>Der aktuelle Stand wird vorher als Sicherung beiseitegelegt. Löschungen nach Art. 17, die nach der gewählten Sicherung erfolgten, werden erneut angewendet.</source>
        <translation>The current state is first kept aside as a backup. Erasures under Art. 17 made after the chosen backup are applied again.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="203"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="203"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="203"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="203"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="204"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="204"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="204"/>
        <source>Teilnahmen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="205"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="211"/>
        <source>Andere Datei …</source>
        <translation>Other file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="216"/>
        <location filename="../../../app/ui/backup_panel.py" line="276"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="218"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="232"/>
        <source>nicht lesbar</source>
        <translation>not readable</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="249"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="250"/>
        <source>Brücke-Datenbank (*.db)</source>
        <translation>Brücke database (*.db)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="261"/>
        <source>Den Stand aus %1 wiederherstellen? Alles, was seitdem eingegeben wurde, ist danach nur noch in der beiseitegelegten Sicherung.</source>
        <translation>Restore the state from %1? Everything entered since will then only be in the backup kept aside.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="267"/>
        <source>Wiederhergestellt: %1. Der vorige Stand liegt unter %2.</source>
        <translation>Restored: %1. The previous state is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/backup_panel.py" line="270"/>
        <source>%1 Löschung(en) erneut angewendet.</source>
        <translation>%1 erasure(s) applied again.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="26"/>
        <source>Aufbewahrung prüfen</source>
        <translation>Review retention</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="29"/>
        <source>Kontakte ohne Aktivität seit</source>
        <translation>Contacts without activity for</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="33"/>
        <source> Jahren</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="38"/>
        <source>Aktivität: eine Änderung am Kontakt, eine Teilnahme oder eine laufende Mitgliedschaft. Markierte Kontakte können archiviert oder nach Art. 17 gelöscht (anonymisiert) werden.</source>
        <translation>Activity: a change to the contact, an attendance or a running membership. Checked contacts can be archived or erased (anonymised) under Art. 17.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="45"/>
        <source>Letzte Aktivität</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="46"/>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="52"/>
        <source>Alle markieren</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="54"/>
        <source>Keine markieren</source>
        <translation>Check none</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="56"/>
        <source>Markierte archivieren</source>
        <translation>Archive checked</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="58"/>
        <source>Markierte löschen (Art. 17) …</source>
        <translation>Erase checked (Art. 17) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="61"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="77"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="85"/>
        <source>%1 Kontakt(e) gefunden.</source>
        <translation>%1 contact(s) found.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="108"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="113"/>
        <source>%1 Kontakt(e)</source>
        <translation>%1 contact(s)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/retention_dialog.py" line="115"/>
        <source>Löschen nach Art. 17</source>
        <translation>Erasure under Art. 17</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="23"/>
        <source>Das Kennwort war falsch. Kennwort für %1 (die Datei wurde nicht verändert):</source>
        <translation>The passphrase was wrong. Passphrase for %1 (the file was not changed):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="26"/>
        <source>Die Datenbank %1 ist verschlüsselt. Kennwort:</source>
        <translation>The database %1 is encrypted. Passphrase:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="27"/>
        <source>Kennwort</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="36"/>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="38"/>
        <source>Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben. Es gibt keine gute Sicherung im Sicherungsordner – bitte wenden Sie sich an die IT.</source>
        <translation>The file %1 is damaged (%2). Brücke has written nothing to it. There is no good backup in the backup folder – please contact your IT.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="44"/>
        <source>Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben.

Neueste gute Sicherung: %3 (%4).

Die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</source>
        <translation>The file %1 is damaged (%2). Brücke has written nothing to it.

Newest good backup: %3 (%4).

The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="49"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="51"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="61"/>
        <source>Brücke</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/startup_dialogs.py" line="98"/>
        <source>Die tägliche Sicherung ist fehlgeschlagen:
%1

Sie können weiterarbeiten; bitte den Sicherungsordner in den Einstellungen prüfen.</source>
        <translation>The daily backup failed:
%1

You can keep working; please check the backup folder in the settings.</translation>
    </message>
</context>
</TS>
