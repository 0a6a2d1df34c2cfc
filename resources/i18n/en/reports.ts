<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="50"/>
        <source>Das Jahr in Zahlen (mit Vorjahresvergleich)</source>
        <translation>The year in figures (with comparison to the previous year)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="51"/>
        <source>Diagramme: Monate, Terminarten, Handlungsfelder</source>
        <translation>Charts: months, kinds of appointment, fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="52"/>
        <source>Gremien und Netzwerke</source>
        <translation>Committees and networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="53"/>
        <source>Termine im Einzelnen (nach Monaten)</source>
        <translation>Appointments in detail (by month)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="54"/>
        <source>Anhang: Netzwerkpartner nach Bereich</source>
        <translation>Appendix: partner organisations by sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="57"/>
        <source>Termine insgesamt</source>
        <translation>Appointments in total</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="58"/>
        <source>Durchgeführte Termine</source>
        <translation>Appointments held</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="59"/>
        <source>davon vertraulich</source>
        <translation>of which confidential</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="60"/>
        <source>davon mit erfasster Teilnahme</source>
        <translation>of which with recorded attendance</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="61"/>
        <source>Abgesagte Termine</source>
        <translation>Appointments cancelled</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="62"/>
        <source>Verschobene Termine</source>
        <translation>Appointments postponed</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="63"/>
        <source>Noch geplante Termine</source>
        <translation>Appointments still planned</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="65"/>
        <source>Teilnahmen insgesamt</source>
        <translation>Attendances in total</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="66"/>
        <source>Erreichte Personen</source>
        <translation>Persons reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="67"/>
        <source>Erreichte Organisationen</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="68"/>
        <source>Neue Netzwerkpartner</source>
        <translation>New partner organisations</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="69"/>
        <source>Neu erfasste Kontakte</source>
        <translation>New contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="293"/>
        <source>„Von“ liegt nach „bis“ – bitte den Zeitraum korrigieren.</source>
        <translation>“From” is after “to” – please correct the period.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="323"/>
        <location filename="../../../app/ui/reports_page.py" line="354"/>
        <source>Kennzahl</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="324"/>
        <source>Veränderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="375"/>
        <source>Kennzahlen werden berechnet …</source>
        <translation>Calculating the figures …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="375"/>
        <source>PDF wird gesetzt: Seite %1</source>
        <translation>Typesetting the PDF: page %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="376"/>
        <source>Excel-Datei wird geschrieben …</source>
        <translation>Writing the Excel file …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="377"/>
        <source>Word-Dokument wird geschrieben …</source>
        <translation>Writing the Word document …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="401"/>
        <source>Bericht wird erstellt …</source>
        <translation>Creating the report …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="402"/>
        <source>Tätigkeitsbericht erstellen</source>
        <translation>Create activity report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="409"/>
        <source>Bericht fertig: %1 Seiten. Jetzt öffnen oder speichern.</source>
        <translation>Report ready: %1 pages. Open or save it now.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="418"/>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="420"/>
        <source>Der Bericht konnte nicht erstellt werden.</source>
        <translation>The report could not be created.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="421"/>
        <source>Tätigkeitsbericht</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="422"/>
        <source>Der Bericht konnte nicht erstellt werden: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="433"/>
        <source>Bericht speichern unter</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="433"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="439"/>
        <source>Kennzahlen speichern unter</source>
        <translation>Save figures as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="440"/>
        <source>Excel-Dateien (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="445"/>
        <source>Word-Dokument speichern unter</source>
        <translation>Save Word document as</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="446"/>
        <source>Word-Dokumente (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="466"/>
        <source>Die Datei konnte nicht gespeichert werden: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="469"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="475"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="476"/>
        <source>Der Tätigkeitsbericht als barrierefreies PDF – mit Kennzahlen, Diagrammen, Gremien, Terminliste und Partnern; dazu als bearbeitbares Word-Dokument und die Zahlen als Excel-Datei.</source>
        <translation>The activity report as an accessible PDF – with key figures, charts, committees, the list of appointments and partners; also as an editable Word document and the figures as an Excel file.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="497"/>
        <source>PDF speichern …</source>
        <translation>Save PDF …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="498"/>
        <source>Word speichern …</source>
        <translation>Save Word …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="499"/>
        <source>Excel speichern …</source>
        <translation>Save Excel …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="500"/>
        <source>Den Bericht als barrierefreies PDF speichern</source>
        <translation>Save the report as an accessible PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="501"/>
        <source>Den Bericht als bearbeitbares Word-Dokument speichern</source>
        <translation>Save the report as an editable Word document</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="502"/>
        <source>Die Kennzahlen als Excel-Datei speichern</source>
        <translation>Save the figures as an Excel file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="504"/>
        <source>Gezählt wird jeder Termin in dem Monat, in dem er beginnt; durchgeführt heißt Status „Stattgefunden“. Vertrauliche Termine zählen mit. Ohne erfasste Teilnahme ist die Teilnehmerzahl eines Termins unbekannt, nicht null.</source>
        <translation>Each appointment counts in the month in which it starts; held means status “Held”. Confidential appointments are included. Without recorded attendance the number of participants is unknown, not zero.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="479"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="64"/>
        <source>davon von Gremien/Netzwerken</source>
        <translation>of which by committees/networks</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="480"/>
        <source>Kalenderjahr</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="481"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="482"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="485"/>
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="488"/>
        <source>Sprache und Optionen</source>
        <translation>Language and options</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="489"/>
        <source>Sprache des Berichts</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="490"/>
        <source>Namen der Teilnehmenden in der Terminliste drucken</source>
        <translation>Print participants&apos; names in the list of appointments</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="491"/>
        <source>Ohne diese Option nennt der Bericht keine Namen von Personen. Vertrauliche Termine erscheinen immer nur als „Vertraulicher Termin“.</source>
        <translation>Without this option the report names no persons. Confidential appointments always appear only as “Confidential appointment”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="493"/>
        <source>Kennzahlen zusätzlich als Excel-Datei</source>
        <translation>Figures also as an Excel file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="494"/>
        <source>Bericht zusätzlich als bearbeitbares Word-Dokument (.docx)</source>
        <translation>Also as an editable Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="495"/>
        <source>Bericht erstellen</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="496"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../app/ui/reports_page.py" line="503"/>
        <source>Vorschau der Kennzahlen</source>
        <translation>Preview of the key figures</translation>
    </message>
</context>
</TS>
