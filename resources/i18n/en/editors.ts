<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="68"/>
        <location filename="../../../app/ui/editors/actions.py" line="113"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="84"/>
        <source>Nicht löschbar</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="86"/>
        <location filename="../../../app/ui/editors/actions.py" line="105"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="87"/>
        <source>„%1“ wirklich löschen?</source>
        <translation>Really delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="95"/>
        <location filename="../../../app/ui/editors/actions.py" line="103"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="97"/>
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="52"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="53"/>
        <source>Titel *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="54"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="56"/>
        <source>Beginn *</source>
        <translation>Start *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="57"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="58"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="71"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="72"/>
        <source>Online-Link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="73"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="74"/>
        <source>— kein Gremium —</source>
        <translation>— no network —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="76"/>
        <source>Mitglieder einladen</source>
        <translation>Invite members</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="79"/>
        <source>Erwartete Teilnehmende</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="80"/>
        <source>Vertraulich</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="81"/>
        <source>vertraulich (nicht in Berichten mit Einzelheiten)</source>
        <translation>confidential (no details in reports)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="82"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="83"/>
        <source>Tagesordnung / Themen</source>
        <translation>Agenda / topics</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="84"/>
        <source>Ergebnisse / Notizen</source>
        <translation>Outcome / notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="85"/>
        <source>Wiedervorlage anlegen …</source>
        <translation>Create follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="86"/>
        <source>Eine Wiedervorlage zu diesem Termin, z. B. aus den Ergebnissen</source>
        <translation>A follow-up for this appointment, e.g. from its outcome</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="125"/>
        <source>Wiederholung …</source>
        <translation>Repetition …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="126"/>
        <source>Täglich, wöchentlich, monatlich, vierteljährlich, jährlich …</source>
        <translation>Daily, weekly, monthly, quarterly, yearly …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="130"/>
        <source>Wiederholung</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="136"/>
        <location filename="../../../app/ui/editors/appointment.py" line="140"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="214"/>
        <source>Das Ende liegt vor dem Beginn (%1). Bitte korrigieren.</source>
        <translation>The end is before the start (%1). Please correct it.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="217"/>
        <source>Das Ende liegt vor dem Beginn</source>
        <translation>The end is before the start</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="245"/>
        <source> (wird beim Speichern übernommen)</source>
        <translation> (applied when saved)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="248"/>
        <source>Serie: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="250"/>
        <source> – dieser Termin ist eine Ausnahme</source>
        <translation> – this appointment is an exception</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="252"/>
        <source>keine (Einzeltermin)</source>
        <translation>none (single appointment)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="301"/>
        <source>Mitglieder des Gremiums einladen (%1)</source>
        <translation>Invite the network&apos;s members (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="368"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="371"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="374"/>
        <source>Serie gelöscht</source>
        <translation>Series deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="375"/>
        <source>%1 Termine gelöscht. %2 Termine mit Anwesenheit oder Ergebnis bleiben als Einzeltermine erhalten.</source>
        <translation>%1 appointments deleted. %2 appointments with attendance or an outcome are kept as single appointments.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="397"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="398"/>
        <source>Termin: %1</source>
        <translation>Appointment: %1</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="36"/>
        <source>Organisation hinzufügen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="37"/>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="40"/>
        <source>Name suchen …</source>
        <translation>Search name …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="50"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="60"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="61"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="95"/>
        <source>Gremium / Netzwerk</source>
        <translation>Network / committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="96"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="97"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="98"/>
        <location filename="../../../app/ui/editors/network.py" line="112"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="99"/>
        <source>Sitzungsrhythmus</source>
        <translation>Meeting rhythm</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="99"/>
        <source>z. B. vierteljährlich</source>
        <translation>e.g. quarterly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="100"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="101"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="102"/>
        <source>Förderprogramm</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="103"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="112"/>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="112"/>
        <location filename="../../../app/ui/editors/network.py" line="221"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="112"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="120"/>
        <source>Organisation …</source>
        <translation>Organisation …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="121"/>
        <source>Organisation als Mitglied hinzufügen</source>
        <translation>Add an organisation as member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="123"/>
        <source>Person …</source>
        <translation>Person …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="124"/>
        <source>Person als Mitglied hinzufügen</source>
        <translation>Add a person as member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="127"/>
        <source>Rolle des ausgewählten Mitglieds</source>
        <translation>Role of the selected member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="131"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="146"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="146"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="147"/>
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="150"/>
        <source>Neue Sitzung planen …</source>
        <translation>Plan a new meeting …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="164"/>
        <source>Neues Gremium / Netzwerk</source>
        <translation>New network / committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="165"/>
        <source>Gremium: %1</source>
        <translation>Network: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="173"/>
        <source>Mitglieder – bitte zuerst speichern</source>
        <translation>Members – please save first</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="174"/>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="184"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="187"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="189"/>
        <source> (bis %1)</source>
        <translation> (until %1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="193"/>
        <source>Mitglieder (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="195"/>
        <source>Sitzungen (%1)</source>
        <translation>Meetings (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="246"/>
        <source>Mitglied hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="259"/>
        <location filename="../../../app/ui/editors/network.py" line="267"/>
        <source>Mitglied entfernen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="260"/>
        <source>„%1“ aus dem Gremium entfernen? Frühere Teilnahmelisten bleiben unverändert.</source>
        <translation>Remove “%1” from the network? Earlier attendance lists stay unchanged.</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="21"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="22"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="23"/>
        <source>Bereich</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="24"/>
        <source>Netzwerkpartner</source>
        <translation>Network partner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="24"/>
        <source>ist Netzwerkpartner</source>
        <translation>is a network partner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="25"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="26"/>
        <source>Anschrift und Kontakt</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="27"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="28"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="29"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="30"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="31"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="32"/>
        <location filename="../../../app/ui/editors/organization.py" line="43"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="33"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="34"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="43"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="46"/>
        <source>Kontakt für diese Organisation anlegen …</source>
        <translation>Add a contact for this organisation …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="49"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="52"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="52"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="52"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="66"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="67"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="73"/>
        <source>Kontakte (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="74"/>
        <source> (archiviert)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="20"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="21"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="21"/>
        <source>z. B. Frau, Herr</source>
        <translation>e.g. Ms, Mr</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="22"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="22"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="23"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="24"/>
        <source>Nachname *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="25"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="25"/>
        <source>z. B. Beauftragte für Migration und Prävention</source>
        <translation>e.g. Commissioner for Migration and Prevention</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="28"/>
        <source>— keine —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="29"/>
        <source>Erreichbarkeit</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="30"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="31"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="32"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="33"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="34"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="35"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="36"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="37"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="37"/>
        <source>z. B. Deutsch, Arabisch</source>
        <translation>e.g. German, Arabic</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="38"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="44"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="47"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="47"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="47"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="54"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="54"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="76"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="79"/>
        <source>Kontakt: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="86"/>
        <source>Organisation öffnen: %1</source>
        <translation>Open organisation: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="96"/>
        <source>Teilnahmen (%1)</source>
        <translation>Attendance (%1)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="28"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="29"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="30"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="31"/>
        <source>Nicht löschbar</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="32"/>
        <source>Termin absagen</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="33"/>
        <source>„%1“ wirklich löschen?</source>
        <translation>Really delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="34"/>
        <source>Der Kontakt wird mit seinen Gremien-Mitgliedschaften gelöscht. Kontakte mit Teilnahmen in der Terminhistorie werden nicht gelöscht, sondern können archiviert werden – so bleiben frühere Teilnahmelisten unverändert.</source>
        <translation>The contact is deleted together with their network memberships. Contacts with attendance in the appointment history are not deleted but can be archived – so earlier attendance lists stay unchanged.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="37"/>
        <source>Eine Organisation mit Kontakten oder Gremien-Mitgliedschaften wird nicht gelöscht, sondern kann archiviert werden.</source>
        <translation>An organisation with contacts or network memberships is not deleted but can be archived.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="39"/>
        <source>Ein Gremium mit Terminen wird nicht gelöscht, sondern kann archiviert werden – die Sitzungshistorie bleibt erhalten.</source>
        <translation>A network with appointments is not deleted but can be archived – the meeting history is kept.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="41"/>
        <source>Der Termin wird mit seinen Einladungen gelöscht. Ein Termin mit erfasster Anwesenheit wird nicht gelöscht – er kann stattdessen abgesagt werden.</source>
        <translation>The appointment is deleted together with its invitations. An appointment with recorded attendance is not deleted – it can be cancelled instead.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="222"/>
        <source>Stammdaten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="229"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="230"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="223"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="224"/>
        <location filename="../../../app/ui/editors/base.py" line="487"/>
        <source>&amp;Archivieren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="225"/>
        <source>Wiedervorlage …</source>
        <translation>Follow-up …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="226"/>
        <source>Eine Wiedervorlage zu diesem Eintrag anlegen</source>
        <translation>Create a follow-up for this record</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="227"/>
        <source>Speichern und s&amp;chließen</source>
        <translation>Save and &amp;close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="228"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="231"/>
        <source>Schließen ohne zu speichern (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="233"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="234"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="311"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="311"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="312"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="312"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="325"/>
        <source>%1 hat ungespeicherte Änderungen. Speichern?</source>
        <translation>%1 has unsaved changes. Save?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="327"/>
        <source>Neuer Eintrag – %1 „%2“ ist noch nicht gespeichert. Speichern?</source>
        <translation>New entry – %1 “%2” is not saved yet. Save?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="329"/>
        <source>%1 „%2“ hat ungespeicherte Änderungen. Speichern?</source>
        <translation>%1 “%2” has unsaved changes. Save?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="356"/>
        <source>Fehler bei %1</source>
        <translation>Error in %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="432"/>
        <source>Datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="434"/>
        <source>Uhrzeit</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="487"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="488"/>
        <source>Archiviert – erscheint nur unter „Archivierte“.</source>
        <translation>Archived – appears only under “Archived”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="490"/>
        <source>Nur lesen – Ihre Rolle erlaubt keine Änderungen.</source>
        <translation>Read only – your role allows no changes.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="520"/>
        <location filename="../../../app/ui/editors/base.py" line="542"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="525"/>
        <source>Bitte einen Eintrag aus der Liste wählen.</source>
        <translation>Please choose an entry from the list.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="586"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
</TS>
