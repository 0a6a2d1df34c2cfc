<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>AppointmentsPage</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/lists/pages.py" line="240" />
        <source>%Ln Termin(e) angezeigt</source>
        <translation><numerusform>%Ln Termin angezeigt</numerusform><numerusform>%Ln Termine angezeigt</numerusform></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/attendance_tab.py" line="710" />
        <source>%n Person(en) eingeladen.</source>
        <translation><numerusform>%n Person eingeladen.</numerusform><numerusform>%n Personen eingeladen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/attendance_tab.py" line="723" />
        <source>%n Person(en) aus „%1“ eingeladen.</source>
        <translation><numerusform>%n Person aus „%1“ eingeladen.</numerusform><numerusform>%n Personen aus „%1“ eingeladen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/attendance_tab.py" line="752" />
        <source>%n Einträge von der Liste entfernen?</source>
        <translation><numerusform>%n Eintrag von der Liste entfernen?</numerusform><numerusform>%n Einträge von der Liste entfernen?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/attendance_tab.py" line="761" />
        <source>%n Eintrag/Einträge entfernt.</source>
        <translation><numerusform>%n Eintrag entfernt.</numerusform><numerusform>%n Einträge entfernt.</numerusform></translation>
    </message>
    </context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/audit_view.py" line="94" />
        <source>%Ln Eintrag/Einträge.</source>
        <translation><numerusform>%Ln Eintrag.</numerusform><numerusform>%Ln Einträge.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/lists/base.py" line="183" />
        <source>%Ln Eintrag/Einträge</source>
        <translation><numerusform>%Ln Eintrag</numerusform><numerusform>%Ln Einträge</numerusform></translation>
    </message>
    </context>
<context>
    <name>NetworksPage</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/lists/pages.py" line="127" />
        <source>%Ln Gremium/Gremien angezeigt</source>
        <translation><numerusform>%Ln Gremium angezeigt</numerusform><numerusform>%Ln Gremien angezeigt</numerusform></translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/lists/pages.py" line="97" />
        <source>%Ln Organisation(en) angezeigt</source>
        <translation><numerusform>%Ln Organisation angezeigt</numerusform><numerusform>%Ln Organisationen angezeigt</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/lists/pages.py" line="62" />
        <source>%Ln Kontakt(e) angezeigt</source>
        <translation><numerusform>%Ln Kontakt angezeigt</numerusform><numerusform>%Ln Kontakte angezeigt</numerusform></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/privacy_tab.py" line="81" />
        <source>einer von %n auf einmal angelegten Einträgen (Nr. %1)</source>
        <translation><numerusform>als einziger Eintrag angelegt (Nr. %1)</numerusform><numerusform>einer von %n auf einmal angelegten Einträgen (Nr. %1)</numerusform></translation>
    </message>
    </context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/retention_dialog.py" line="92" />
        <source>%n Kontakt(e) gefunden.</source>
        <translation><numerusform>%n Kontakt gefunden.</numerusform><numerusform>%n Kontakte gefunden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/retention_dialog.py" line="120" />
        <source>%n Kontakt(e)</source>
        <translation><numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform></translation>
    </message>
    </context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/backup_panel.py" line="291" />
        <source>%n Löschung(en) erneut angewendet.</source>
        <translation><numerusform>%n Löschung erneut angewendet.</numerusform><numerusform>%n Löschungen erneut angewendet.</numerusform></translation>
    </message>
    </context>
<context>
    <name>PlanPrintDialog</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/calendar/print_dialog.py" line="134" />
        <source>%n Seite(n) an den Drucker geschickt.</source>
        <translation><numerusform>%n Seite an den Drucker geschickt.</numerusform><numerusform>%n Seiten an den Drucker geschickt.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SigninDialog</name>
    <message numerus="yes">
        <location filename="../../work/main/app/ui/signin_dialog.py" line="266" />
        <source>%n Seite(n) an den Drucker geschickt.</source>
        <translation><numerusform>%n Seite an den Drucker geschickt.</numerusform><numerusform>%n Seiten an den Drucker geschickt.</numerusform></translation>
    </message>
    </context>
</TS>