<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="44"/>
        <location filename="../../../app/ui/editors/actions.py" line="89"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="51"/>
        <source>Der Kontakt wird mit seinen Gremien-Mitgliedschaften gelöscht. Kontakte mit Teilnahmen in der Terminhistorie werden nicht gelöscht, sondern können archiviert werden – so bleiben frühere Teilnahmelisten unverändert.</source>
        <translation>The contact is deleted together with their network memberships. Contacts with attendance in the appointment history are not deleted but can be archived – so earlier attendance lists stay unchanged.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="55"/>
        <source>Eine Organisation mit Kontakten oder Gremien-Mitgliedschaften wird nicht gelöscht, sondern kann archiviert werden.</source>
        <translation>An organisation with contacts or network memberships is not deleted but can be archived.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="58"/>
        <source>Ein Gremium mit Terminen wird nicht gelöscht, sondern kann archiviert werden – die Sitzungshistorie bleibt erhalten.</source>
        <translation>A network with appointments is not deleted but can be archived – the meeting history is kept.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="60"/>
        <source>Der Termin wird mit seinen Einladungen gelöscht. Ein Termin mit erfasster Anwesenheit wird nicht gelöscht – er kann stattdessen abgesagt werden.</source>
        <translation>The appointment is deleted with its invitations. An appointment with recorded attendance is not deleted – it can be cancelled instead.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="70"/>
        <location filename="../../../app/ui/editors/actions.py" line="95"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="71"/>
        <source>„%1“ wirklich löschen?</source>
        <translation>Really delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="79"/>
        <location filename="../../../app/ui/editors/actions.py" line="87"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/actions.py" line="81"/>
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="22"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="23"/>
        <source>Titel *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="24"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="26"/>
        <source>Beginn *</source>
        <translation>Start *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="27"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="28"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="31"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="32"/>
        <source>Online-Link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="33"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="34"/>
        <source>— kein Gremium —</source>
        <translation>— no network —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="35"/>
        <source>Erwartete Teilnehmende</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="36"/>
        <source>Vertraulich</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="37"/>
        <source>vertraulich (nicht in Berichten mit Einzelheiten)</source>
        <translation>confidential (no details in reports)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="38"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="39"/>
        <source>Tagesordnung / Themen</source>
        <translation>Agenda / topics</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="40"/>
        <source>Ergebnisse / Notizen</source>
        <translation>Outcome / notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="43"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="116"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/appointment.py" line="117"/>
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
        <location filename="../../../app/ui/editors/network.py" line="48"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="56"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="57"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="89"/>
        <source>Gremium / Netzwerk</source>
        <translation>Network / committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="90"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="91"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="92"/>
        <location filename="../../../app/ui/editors/network.py" line="105"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="93"/>
        <source>Sitzungsrhythmus</source>
        <translation>Meeting rhythm</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="93"/>
        <source>z. B. vierteljährlich</source>
        <translation>e.g. quarterly</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="94"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="95"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="96"/>
        <source>Förderprogramm</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="97"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="105"/>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="105"/>
        <location filename="../../../app/ui/editors/network.py" line="208"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="105"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="113"/>
        <source>Organisation …</source>
        <translation>Organisation …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="114"/>
        <source>Organisation als Mitglied hinzufügen</source>
        <translation>Add an organisation as member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="116"/>
        <source>Person …</source>
        <translation>Person …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="117"/>
        <source>Person als Mitglied hinzufügen</source>
        <translation>Add a person as member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="120"/>
        <source>Rolle des ausgewählten Mitglieds</source>
        <translation>Role of the selected member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="124"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="132"/>
        <source>Sitzung</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="132"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="133"/>
        <source>Anwesend</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="136"/>
        <source>Neue Sitzung planen …</source>
        <translation>Plan a new meeting …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="150"/>
        <source>Neues Gremium / Netzwerk</source>
        <translation>New network / committee</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="151"/>
        <source>Gremium: %1</source>
        <translation>Network: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="159"/>
        <source>Mitglieder – bitte zuerst speichern</source>
        <translation>Members – please save first</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="160"/>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="170"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="173"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="175"/>
        <source> (bis %1)</source>
        <translation> (until %1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="179"/>
        <source>Mitglieder (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="181"/>
        <source>Sitzungen (%1)</source>
        <translation>Meetings (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="233"/>
        <source>Mitglied hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="246"/>
        <location filename="../../../app/ui/editors/network.py" line="254"/>
        <source>Mitglied entfernen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/network.py" line="247"/>
        <source>„%1“ aus dem Gremium entfernen? Frühere Teilnahmelisten bleiben unverändert.</source>
        <translation>Remove “%1” from the network? Earlier attendance lists stay unchanged.</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="19"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="20"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="21"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="22"/>
        <source>Bereich</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="23"/>
        <source>Netzwerkpartner</source>
        <translation>Network partner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="23"/>
        <source>ist Netzwerkpartner</source>
        <translation>is a network partner</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="24"/>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="25"/>
        <source>Anschrift und Kontakt</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="26"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="27"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="28"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="29"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="30"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="31"/>
        <location filename="../../../app/ui/editors/organization.py" line="41"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="32"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="33"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="41"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="44"/>
        <source>Kontakt für diese Organisation anlegen …</source>
        <translation>Add a contact for this organisation …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="47"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="49"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="49"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="49"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="63"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="64"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="70"/>
        <source>Kontakte (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/organization.py" line="71"/>
        <source> (archiviert)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="19"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="20"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="20"/>
        <source>z. B. Frau, Herr</source>
        <translation>e.g. Ms, Mr</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="21"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="21"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="22"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="23"/>
        <source>Nachname *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="24"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="24"/>
        <source>z. B. Beauftragte für Migration und Prävention</source>
        <translation>e.g. Commissioner for Migration and Prevention</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="27"/>
        <source>— keine —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="28"/>
        <source>Erreichbarkeit</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="29"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="30"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="31"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="32"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="33"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="34"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="35"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="36"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="36"/>
        <source>z. B. Deutsch, Arabisch</source>
        <translation>e.g. German, Arabic</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="37"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="43"/>
        <source>Gremien &amp; Netzwerke</source>
        <translation>Networks &amp; committees</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="46"/>
        <source>Gremium</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="46"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="46"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="52"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="52"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="71"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="74"/>
        <source>Kontakt: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="81"/>
        <source>Organisation öffnen: %1</source>
        <translation>Open organisation: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/person.py" line="87"/>
        <source>Teilnahmen (%1)</source>
        <translation>Attendance (%1)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="149"/>
        <source>Stammdaten</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="152"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="159"/>
        <source>Speichern und schließen</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="161"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="162"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="165"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="244"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="350"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="350"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="351"/>
        <source>Archiviert – erscheint nur unter „Archivierte“.</source>
        <translation>Archived – appears only under “Archived”.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="381"/>
        <location filename="../../../app/ui/editors/base.py" line="398"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="386"/>
        <source>Bitte einen Eintrag aus der Liste wählen.</source>
        <translation>Please choose an entry from the list.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="442"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../app/ui/editors/base.py" line="443"/>
        <source>„%1“ hat ungespeicherte Änderungen. Speichern?</source>
        <translation>“%1” has unsaved changes. Save them?</translation>
    </message>
</context>
</TS>
