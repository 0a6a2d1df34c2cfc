<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="56" />
        <source>Gleichzeitig geändert</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="64" />
        <source>jemand anderes</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65" />
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65" />
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="65" />
        <source>Gespeichert von %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="90" />
        <source>&amp;Meine Fassung behalten</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="91" />
        <source>&amp;Gespeicherte übernehmen</source>
        <translation>Take the &amp;saved one</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="92" />
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="94" />
        <source>Weiter &amp;bearbeiten</source>
        <translation>Continue &amp;editing</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="112" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/conflict_dialog.py" line="112" />
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../../app/ui/live_updates.py" line="79" />
        <source>%1 hat diesen Datensatz eben geändert. Beim Speichern fragt Brücke, welche Fassung gilt.</source>
        <translation>%1 has just changed this record. When you save, Brücke asks which version applies.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/live_updates.py" line="81" />
        <source>Jemand</source>
        <translation>Someone</translation>
    </message>
</context>
</TS>