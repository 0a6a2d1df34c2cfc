<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="47"/>
        <source>Das Jahr in Zahlen (mit Vorjahresvergleich)</source>
        <translation>The year in figures (with comparison to the previous year)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="48"/>
        <source>Diagramme: Monate, Terminarten, Handlungsfelder</source>
        <translation>Charts: months, kinds of appointment, fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="49"/>
        <source>Gremien und Netzwerke</source>
        <translation>Committees and networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="50"/>
        <source>Termine im Einzelnen (nach Monaten)</source>
        <translation>Appointments in detail (by month)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="51"/>
        <source>Anhang: Netzwerkpartner nach Bereich</source>
        <translation>Appendix: partner organisations by sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="54"/>
        <source>Termine insgesamt</source>
        <translation>Appointments in total</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="55"/>
        <source>Durchgeführte Termine</source>
        <translation>Appointments held</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="56"/>
        <source>davon vertraulich</source>
        <translation>of which confidential</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="57"/>
        <source>Abgesagte Termine</source>
        <translation>Appointments cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="58"/>
        <source>Verschobene Termine</source>
        <translation>Appointments postponed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="59"/>
        <source>Noch geplante Termine</source>
        <translation>Appointments still planned</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="60"/>
        <source>Gremiensitzungen und Netzwerktreffen</source>
        <translation>Committee and network meetings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="61"/>
        <source>Teilnahmen insgesamt</source>
        <translation>Attendances in total</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="62"/>
        <source>Erreichte Personen</source>
        <translation>Persons reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="63"/>
        <source>Erreichte Organisationen</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="64"/>
        <source>Neue Netzwerkpartner</source>
        <translation>New partner organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="65"/>
        <source>Neu erfasste Kontakte</source>
        <translation>New contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="261"/>
        <source>„Von“ liegt nach „bis“ – bitte den Zeitraum korrigieren.</source>
        <translation>“From” is after “to” – please correct the period.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="290"/>
        <location filename="../../../app/ui/reports_page.py" line="319"/>
        <source>Kennzahl</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="291"/>
        <source>Veränderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="339"/>
        <source>Kennzahlen werden berechnet …</source>
        <translation>Calculating the figures …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="339"/>
        <source>PDF wird gesetzt: Seite %1</source>
        <translation>Typesetting the PDF: page %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="340"/>
        <source>Excel-Datei wird geschrieben …</source>
        <translation>Writing the Excel file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="361"/>
        <source>Bericht wird erstellt …</source>
        <translation>Creating the report …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="362"/>
        <source>Tätigkeitsbericht erstellen</source>
        <translation>Create activity report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="369"/>
        <source>Bericht fertig: %1 Seiten. Jetzt öffnen oder speichern.</source>
        <translation>Report ready: %1 pages. Open or save it now.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="379"/>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="381"/>
        <source>Der Bericht konnte nicht erstellt werden.</source>
        <translation>The report could not be created.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="382"/>
        <source>Tätigkeitsbericht</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="383"/>
        <source>Der Bericht konnte nicht erstellt werden: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="394"/>
        <source>Bericht speichern unter</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="394"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="400"/>
        <source>Kennzahlen speichern unter</source>
        <translation>Save figures as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="401"/>
        <source>Excel-Dateien (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="421"/>
        <source>Die Datei konnte nicht gespeichert werden: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="424"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="430"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="431"/>
        <source>Der Tätigkeitsbericht als PDF – mit Kennzahlen, Diagrammen, Gremien, Terminliste und Partnern; die Zahlen auf Wunsch auch als Excel-Datei.</source>
        <translation>The activity report as PDF – with key figures, charts, committees, list of appointments and partners; the figures also as an Excel file if you wish.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="433"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="434"/>
        <source>Kalenderjahr</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="435"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="436"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="437"/>
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="440"/>
        <source>Sprache und Optionen</source>
        <translation>Language and options</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="441"/>
        <source>Sprache des Berichts</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="442"/>
        <source>Namen der Teilnehmenden in der Terminliste drucken</source>
        <translation>Print participants&apos; names in the list of appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="443"/>
        <source>Ohne diese Option nennt der Bericht keine Namen von Personen. Vertrauliche Termine erscheinen immer nur als „Vertraulicher Termin“.</source>
        <translation>Without this option the report names no persons. Confidential appointments always appear only as “Confidential appointment”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="445"/>
        <source>Kennzahlen zusätzlich als Excel-Datei</source>
        <translation>Figures also as an Excel file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="446"/>
        <source>Bericht erstellen</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="447"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="448"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="449"/>
        <source>Excel speichern unter …</source>
        <translation>Save Excel as …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="450"/>
        <source>Vorschau der Kennzahlen</source>
        <translation>Preview of the key figures</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="451"/>
        <source>Gezählt wird jeder Termin in dem Monat, in dem er beginnt; durchgeführt heißt Status „Stattgefunden“. Vertrauliche Termine zählen mit.</source>
        <translation>Every appointment counts in the month in which it starts; held means status “Held”. Confidential appointments are included.</translation>
    </message>
</context>
</TS>
