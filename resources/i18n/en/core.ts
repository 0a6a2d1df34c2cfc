<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>Worker</name>
    <message>
        <location filename="../../../app/ui/worker.py" line="76"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/worker.py" line="85"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/worker.py" line="150"/>
        <source>Unerwarteter Fehler: %s</source>
        <translation>Unexpected error: %s</translation>
    </message>
</context>
</TS>
