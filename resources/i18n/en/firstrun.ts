<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../../app/ui/first_run.py" line="148"/>
        <location filename="../../../app/ui/first_run.py" line="149"/>
        <source>Willkommen bei Brücke</source>
        <translation>Welcome to Brücke</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="150"/>
        <source>Bevor es losgeht: Wie heißt Ihr Büro, und wer ist die oder der Beauftragte? Alles lässt sich später unter „Einstellungen“ ändern.</source>
        <translation>Before you start: what is your office called, and who is the commissioner? You can change everything later under “Settings”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="152"/>
        <source>&amp;Name des Büros:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="153"/>
        <source>Bea&amp;uftragte/r:</source>
        <translation>&amp;Commissioner:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="154"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="155"/>
        <source>z. B. Integrationsbeauftragte der Stadt Lindenau</source>
        <translation>e.g. Integration Commissioner of the Town of Lindenau</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="156"/>
        <source>Vor- und Nachname</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="157"/>
        <source>&amp;Demo-Büro laden (Beispieldaten zum Ausprobieren)</source>
        <translation>Load the &amp;demo office (sample data to try things out)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="158"/>
        <source>Das Demo-Büro „Landkreis Lindenau“ bringt eigene Namen, Kontakte, Gremien und Termine mit. Für die echte Arbeit später eine neue, leere Datenbank verwenden.</source>
        <translation>The demo office “Landkreis Lindenau” brings its own names, contacts, committees and appointments. For real work, use a new, empty database later.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="161"/>
        <source>Ihre Daten werden auf diesem Rechner gespeichert in:
%1</source>
        <translation>Your data is stored on this computer in:
%1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="163"/>
        <source>&amp;Loslegen</source>
        <translation>&amp;Get started</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="164"/>
        <source>Spä&amp;ter</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="216"/>
        <source>Demo-Büro</source>
        <translation>Demo office</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="217"/>
        <source>Das Demo-Büro konnte nicht angelegt werden: %1</source>
        <translation>The demo office could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_run.py" line="220"/>
        <source>Demo-Büro wird angelegt …</source>
        <translation>Creating the demo office …</translation>
    </message>
</context>
</TS>
