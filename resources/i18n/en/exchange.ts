<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="118"/>
        <source>Importieren: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="125"/>
        <source>Private Einträge und Abwesenheiten trotzdem übernehmen</source>
        <translation>Take private entries and absences anyway</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="140"/>
        <source>Einträge der Datei</source>
        <translation>Entries of the file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="141"/>
        <source>Je Eintrag: Aktion, Eintrag, Wann/Details, Grund. Markierte Zeilen lassen sich übernehmen oder überspringen.</source>
        <translation>Per entry: action, entry, when/details, reason. Selected rows can be taken or skipped.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="147"/>
        <source>Markierte übernehmen</source>
        <translation>Take selected</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="149"/>
        <source>Markierte überspringen</source>
        <translation>Skip selected</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="151"/>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="154"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="157"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="188"/>
        <location filename="../../../app/ui/exchange_dialog.py" line="216"/>
        <source>„%1“ wird gelesen …</source>
        <translation>Reading “%1” …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="202"/>
        <source>Die Datei konnte nicht gelesen werden.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="203"/>
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="230"/>
        <source>Kalender (iCalendar)</source>
        <translation>calendar (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="230"/>
        <source>Adressbuch (vCard)</source>
        <translation>address book (vCard)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="232"/>
        <source>Erkannt: %1 – %2, %3 Einträge</source>
        <translation>Recognised: %1 – %2, %3 entries</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="203"/>
        <location filename="../../../app/ui/exchange_dialog.py" line="276"/>
        <location filename="../../../app/ui/exchange_dialog.py" line="303"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="232"/>
        <source>Erkannt: %1 – %2, 1 Eintrag</source>
        <translation>Recognised: %1 – %2, 1 entry</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="278"/>
        <source>Importieren …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="283"/>
        <source>Import abgebrochen, nichts gespeichert.</source>
        <translation>Import cancelled, nothing saved.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="286"/>
        <source>Import Nr. %1: %2</source>
        <translation>Import no. %1: %2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="306"/>
        <source>Import Nr. %1 rückgängig gemacht: %2 entfernt, %3 wiederhergestellt.</source>
        <translation>Import no. %1 undone: %2 removed, %3 restored.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="325"/>
        <source>Kalender oder Kontakte importieren</source>
        <translation>Import calendar or contacts</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="326"/>
        <source>Kalender und vCards (%1);;Alle Dateien (*)</source>
        <translation>Calendars and vCards (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="345"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="353"/>
        <source>1 Termin gespeichert in
%2</source>
        <translation>1 appointment saved in
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="354"/>
        <source>%1 Termine gespeichert in
%2</source>
        <translation>%1 appointments saved in
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="356"/>
        <source>1 Kontakt gespeichert in
%2</source>
        <translation>1 contact saved in
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="357"/>
        <source>%1 Kontakte gespeichert in
%2</source>
        <translation>%1 contacts saved in
%2</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="371"/>
        <location filename="../../../app/ui/exchange_dialog.py" line="399"/>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="379"/>
        <source>Die %1 offenen Wiedervorlagen als Aufgaben mit in die Kalenderdatei schreiben?</source>
        <translation>Write the %1 open follow-ups into the calendar file as tasks as well?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="390"/>
        <location filename="../../../app/ui/exchange_dialog.py" line="401"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="369"/>
        <source>Termine als Kalender exportieren</source>
        <translation>Export appointments as a calendar</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="388"/>
        <source>Kontakte als vCard exportieren</source>
        <translation>Export contacts as vCard</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="29"/>
        <source>E-Mail an alle</source>
        <translation>E-mail to all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="32"/>
        <source>Keine E-Mail-Adressen vorhanden.</source>
        <translation>No e-mail addresses.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="37"/>
        <source>%1 Adressen sind zu viele für einen Mail-Link. Sie sind in die Zwischenablage kopiert: bitte im Mailprogramm in das BCC-Feld einfügen.</source>
        <translation>%1 addresses are too many for a mail link. They have been copied to the clipboard: please paste them into the BCC field of your mail program.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="113"/>
        <source>Serienbrief</source>
        <translation>Mail merge</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="486"/>
        <source>Excel- oder CSV-Liste …</source>
        <translation>Excel or CSV list …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="488"/>
        <source>Kalenderdatei (.ics) …</source>
        <translation>Calendar file (.ics) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="491"/>
        <source>vCard-Datei (.vcf) …</source>
        <translation>vCard file (.vcf) …</translation>
    </message>
</context>
<context>
    <name>MailButton</name>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="56"/>
        <location filename="../../../app/ui/mail_button.py" line="77"/>
        <source>E-Mail an alle</source>
        <translation>E-mail to all</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="57"/>
        <source>Mailprogramm mit allen Adressen in BCC öffnen</source>
        <translation>Open the mail program with all addresses in BCC</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="62"/>
        <source>Adressen in die Zwischenablage kopieren</source>
        <translation>Copy the addresses to the clipboard</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="67"/>
        <source>Serienbrief-Liste speichern (Excel/CSV) …</source>
        <translation>Save the mail-merge list (Excel/CSV) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="69"/>
        <source>Mitglieder als vCard exportieren (.vcf) …</source>
        <translation>Export members as vCard (.vcf) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="97"/>
        <source>Serienbrief-Liste speichern</source>
        <translation>Save the mail-merge list</translation>
    </message>
    <message>
        <location filename="../../../app/ui/mail_button.py" line="98"/>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="80"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="80"/>
        <source>aktualisieren</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="80"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="81"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="86"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="87"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="87"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="86"/>
        <source>Wann / Details</source>
        <translation>When / details</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="87"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SubscriptionBox</name>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="63"/>
        <source>Kalender-Abonnement</source>
        <translation>Calendar subscription</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="64"/>
        <source>&amp;Ordner:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="65"/>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="66"/>
        <source>Abschalten</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="67"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="69"/>
        <source>Brücke hält in diesem Ordner die Datei bruecke.ics aktuell (Termine der letzten 3 und der nächsten 12 Monate, vertrauliche ohne Einzelheiten). Liegt der Ordner in OneDrive oder Nextcloud, können Outlook und das Telefon diesen Kalender abonnieren.</source>
        <translation>Brücke keeps the file bruecke.ics in this folder up to date (appointments of the past 3 and the next 12 months, confidential ones without details). If the folder is in OneDrive or Nextcloud, Outlook and your phone can subscribe to this calendar.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="72"/>
        <source>kein Ordner – keine Abo-Datei</source>
        <translation>no folder – no subscription file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="73"/>
        <source>Ordner der Abo-Datei</source>
        <translation>Folder of the subscription file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="92"/>
        <source>Abo-Datei: %1</source>
        <translation>Subscription file: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="94"/>
        <source>Noch keine Datei in %1</source>
        <translation>No file in %1 yet</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="98"/>
        <source>Ordner für die Abo-Datei wählen</source>
        <translation>Choose the folder for the subscription file</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="113"/>
        <source>Die Abo-Datei konnte nicht geschrieben werden: %1</source>
        <translation>The subscription file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="118"/>
        <source>1 Termin in %2 geschrieben.</source>
        <translation>1 appointment written to %2.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/subscription_box.py" line="119"/>
        <source>%1 Termine in %2 geschrieben.</source>
        <translation>%1 appointments written to %2.</translation>
    </message>
</context>
<context>
    <name>_WindowHook</name>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="431"/>
        <source>Kalender oder Kontakte importieren (.ics, .vcf) …</source>
        <translation>Import calendar or contacts (.ics, .vcf) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="432"/>
        <source>Termine als Kalender exportieren (.ics) …</source>
        <translation>Export appointments as calendar (.ics) …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange_dialog.py" line="433"/>
        <source>Kontakte als vCard exportieren (.vcf) …</source>
        <translation>Export contacts as vCard (.vcf) …</translation>
    </message>
</context>
</TS>
