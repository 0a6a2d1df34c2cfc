<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../app/ui/labels.py" line="26" />
        <source>Kommunale Verwaltung</source>
        <translation>Municipal administration</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="27" />
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="28" />
        <source>Kita</source>
        <translation>Day-care centre</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="29" />
        <source>Beratungsprojekt</source>
        <translation>Counselling project</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="30" />
        <source>Polizei/Sicherheitsbehörde</source>
        <translation>Police/security authority</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="31" />
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="32" />
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="33" />
        <source>Arbeitgeber/Kammer</source>
        <translation>Employer/chamber</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="34" />
        <source>Gewerkschaft</source>
        <translation>Trade union</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="35" />
        <source>Ministerium/Land</source>
        <translation>Ministry/state</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="36" />
        <source>Verein/Ehrenamt</source>
        <translation>Association/volunteers</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="37" />
        <source>Religionsgemeinschaft</source>
        <translation>Religious community</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="38" />
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="39" />
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="42" />
        <source>Runder Tisch</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="43" />
        <source>Beirat</source>
        <translation>Advisory board</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="44" />
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="45" />
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="46" />
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="49" />
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="50" />
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="51" />
        <source>Gastgeber</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="52" />
        <location filename="../../../app/ui/labels.py" line="83" />
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="55" />
        <source>Besprechung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="56" />
        <source>Gremiensitzung</source>
        <translation>Committee session</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="57" />
        <source>Konferenz</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="58" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="59" />
        <source>Sprechstunde</source>
        <translation>Counselling hours</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="60" />
        <source>Ortstermin</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="61" />
        <source>Studienbesuch</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="62" />
        <source>Pressetermin</source>
        <translation>Press date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="63" />
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="66" />
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="67" />
        <source>Stattgefunden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="68" />
        <source>Abgesagt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="69" />
        <source>Verschoben</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="72" />
        <source>Eingeladen</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="73" />
        <source>Angemeldet</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="74" />
        <source>Hat abgesagt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="75" />
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="76" />
        <source>Entschuldigt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="77" />
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="80" />
        <source>Teilnehmende/r</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="81" />
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="82" />
        <source>Moderation</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="84" />
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="87" />
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="88" />
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="89" />
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/labels.py" line="90" />
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/main_window.py" line="15" />
        <source>Brücke – Büro der Integrationsbeauftragten</source>
        <translation>Brücke – Office of the Integration Commissioner</translation>
    </message>
</context>
</TS>