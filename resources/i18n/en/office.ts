<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="56"/>
        <source>Gleichzeitig geändert</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="64"/>
        <source>jemand anderes</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65"/>
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65"/>
        <source>Gespeichert von %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="91"/>
        <source>&amp;Meine Fassung behalten</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="92"/>
        <source>&amp;Gespeicherte übernehmen</source>
        <translation>Take the &amp;saved one</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="93"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="95"/>
        <source>Weiter &amp;bearbeiten</source>
        <translation>Continue &amp;editing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="113"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="113"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../../app/ui/live_updates.py" line="84"/>
        <source>%1 hat diesen Datensatz eben geändert – hier steht jetzt die neue Fassung.</source>
        <translation>%1 has just changed this record – the new version is shown here.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/live_updates.py" line="89"/>
        <source>%1 hat diesen Datensatz eben geändert. Beim Speichern fragt Brücke, welche Fassung gilt.</source>
        <translation>%1 has just changed this record. When you save, Brücke asks which version applies.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/live_updates.py" line="75"/>
        <source>Jemand</source>
        <translation>Someone</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="68"/>
        <source>Nur lesen: Ihre Rolle „Lesend“ erlaubt keine Änderungen.</source>
        <translation>Read only: your role “Reader” allows no changes.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="70"/>
        <source>Löschen nach Art. 17 DSGVO ist der/dem Beauftragten vorbehalten (Ihre Rolle: Assistenz).</source>
        <translation>Erasure under Art. 17 GDPR is reserved for the commissioner (your role: Assistant).</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="73"/>
        <source>Sicherungs- und Verschlüsselungseinstellungen sind der/dem Beauftragten vorbehalten (Ihre Rolle: Assistenz).</source>
        <translation>Backup and encryption settings are reserved for the commissioner (your role: Assistant).</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="77"/>
        <source>Vertrauliche Termine sind der/dem Beauftragten vorbehalten (Ihre Rolle: Assistenz).</source>
        <translation>Confidential appointments are reserved for the commissioner (your role: Assistant).</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="79"/>
        <source>Ihre Rolle erlaubt das nicht.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="85"/>
        <source>Lesend (nur lesen)</source>
        <translation>Reader (read only)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="87"/>
        <source>Assistenz</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../../app/ui/role_gate.py" line="90"/>
        <source>Angemeldet als %1 · %2</source>
        <translation>Signed in as %1 · %2</translation>
    </message>
</context>
<context>
    <name>WhereChoice</name>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="57"/>
        <source>Wo arbeitet Brücke?</source>
        <translation>Where does Brücke work?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="58"/>
        <source>&amp;Allein an diesem Rechner</source>
        <translation>&amp;Alone on this computer</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="59"/>
        <source>Mit dem &amp;Büro-Server verbinden</source>
        <translation>Connect to the &amp;office server</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="60"/>
        <source>Adresse des Büro-Servers</source>
        <translation>Address of the office server</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="61"/>
        <source>Die Adresse nennt Ihre IT (eingerichtet mit „bruecke server-init“). Das Kennwort wird beim Verbinden abgefragt und nicht gespeichert.</source>
        <translation>Your IT department gives you the address (set up with &quot;bruecke server-init&quot;). The password is asked for when connecting and is not stored.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="78"/>
        <location filename="../../../app/ui/server_choice.py" line="86"/>
        <location filename="../../../app/ui/server_choice.py" line="93"/>
        <source>Büro-Server</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="79"/>
        <source>Die Adresse beginnt mit postgresql:// – bitte bei der IT erfragen.</source>
        <translation>The address starts with postgresql:// – please ask your IT department.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/server_choice.py" line="86"/>
        <source>Kennwort:</source>
        <translation>Password:</translation>
    </message>
</context>
</TS>
