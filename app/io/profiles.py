"""Known export formats as data: a header signature and a column → field table per program.

A profile is recognised when every header of its `signature` is present (compared folded, so "Straße"
and "Strasse" agree). Its `columns` list (header, field) pairs in priority order: where several columns
feed one field (business phone, then main phone, then home phone), the first non-empty one wins.
`addresses` lists whole address blocks (street, postal code, city, country) in priority order – a
business address is taken as a block before a home address, never mixed; the blocks not taken are kept
as notes lines ("Adresse: …", as the vCard import writes them). `email_names` are the e-mail display-name
columns: the name of a contact that has nothing but an e-mail address. `labels` pair a value column
with the column that says what kind of value it is (Google: "Phone 1 - Label" = "Mobile" → mobile).
`note_lines` are columns with no field of their own whose values are kept as notes lines ("Fax: …",
"Namenszusatz: M.A." – a degree after the name is no title for the letter's salutation).
Nothing here is code for one program: adding a format is adding an entry.

Header lists follow the programs' own exports (German and English Outlook 2016–365 "Exportieren in eine
Datei → Kommagetrennte Werte", Google Contacts "Google CSV", Thunderbird 102+ "Exportieren → CSV").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.wording.language import pick


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    kind: str                                   # persons | appointments
    signature: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]        # (header, field) in priority order
    addresses: tuple[tuple[tuple[str, str], ...], ...] = ()   # blocks of (header, field), best first
    labels: tuple[tuple[str, str], ...] = ()    # (value header, label header)
    date_order: str = "dmy"
    notes_prefix: dict[str, str] = field(default_factory=dict)  # field → label for lines added to notes
    label_en: str = ""                          # the label in the English UI
    # the e-mail's display name ("Name (adresse)" or what the user typed), best first: the name of a contact
    # that has nothing but an e-mail address (a newsletter, a function address)
    email_names: tuple[str, ...] = ()
    note_lines: tuple[tuple[str, str], ...] = ()   # (header, German line label) kept in the notes

    def shown(self) -> str:
        """The label in the current language (app.wording)."""
        return pick(self.label, self.label_en or self.label)


def _block(street: str, postal: str, city: str, country: str, extra: str = "",
           po_box: str = "", third: str = "") -> tuple[tuple[str, str], ...]:
    block = [(street, "street"), (postal, "postal_code"), (city, "city"), (country, "country")]
    if extra:
        block.insert(1, (extra, "street_2"))
    if third:  # Outlook writes a street of three lines as "Straße geschäftlich", "… 2", "… 3"
        block.insert(2, (third, "street_3"))
    if po_box:  # Outlook's "Postfach geschäftlich": offices of the administration are written to by PO box
        block.append((po_box, "po_box"))
    return tuple(block)


OUTLOOK_CONTACTS_DE = Profile(
    key="outlook-de", label="Outlook-Kontakte (deutsch)", label_en="Outlook contacts (German)", kind="persons",
    signature=("Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Firma", "Position", "Telefon geschäftlich",
               "E-Mail-Adresse"),
    columns=(
        ("Anrede", "salutation"), ("Vorname", "first_name"), ("Weitere Vornamen", "middle_name"),
        ("Nachname", "last_name"), ("Firma", "organization"), ("Abteilung", "department"),
        ("Position", "function"), ("Beruf", "function"),
        ("Telefon geschäftlich", "phone"), ("Telefon geschäftlich 2", "phone"), ("Haupttelefon", "phone"),
        ("Telefon Firma", "phone"), ("Telefon privat", "phone"), ("Telefon privat 2", "phone"),
        ("Weiteres Telefon", "phone"),
        ("Mobiltelefon", "mobile"), ("Mobiltelefon 2", "mobile"),
        ("E-Mail-Adresse", "email"), ("E-Mail 2: Adresse", "email"), ("E-Mail 3: Adresse", "email"),
        ("Telefon Assistent", "assistant_phone"), ("Webseite", "website"), ("Kategorien", "categories"),
        ("Sprache", "languages"), ("Notizen", "notes"),
    ),
    email_names=("E-Mail: Angezeigter Name", "E-Mail 2: Angezeigter Name", "E-Mail 3: Angezeigter Name"),
    note_lines=(("Suffix", "Namenszusatz"), ("Fax geschäftlich", "Fax"), ("Büro", "Büro"),
                *((f"Benutzer {n}", f"Benutzer {n}") for n in range(1, 5))),
    addresses=(_block("Straße geschäftlich", "Postleitzahl geschäftlich", "Ort geschäftlich",
                      "Land/Region geschäftlich", "Straße geschäftlich 2", "Postfach geschäftlich",
                      "Straße geschäftlich 3"),
               _block("Straße privat", "Postleitzahl privat", "Ort privat", "Land/Region privat", "Straße privat 2",
                      "Postfach privat", "Straße privat 3"),
               _block("Weitere Straße", "Weitere Postleitzahl", "Weiterer Ort", "Weiteres/e Land/Region",
                      "Weitere Straße 2", "Weiteres Postfach", "Weitere Straße 3")),
)

OUTLOOK_CONTACTS_EN = Profile(
    key="outlook-en", label="Outlook-Kontakte (englisch)", label_en="Outlook contacts (English)", kind="persons",
    signature=("First Name", "Middle Name", "Last Name", "Company", "Job Title", "Business Phone",
               "E-mail Address"),
    columns=(
        ("Title", "salutation"), ("First Name", "first_name"), ("Middle Name", "middle_name"),
        ("Last Name", "last_name"), ("Company", "organization"), ("Department", "department"),
        ("Job Title", "function"), ("Profession", "function"),
        ("Business Phone", "phone"), ("Business Phone 2", "phone"), ("Primary Phone", "phone"),
        ("Company Main Phone", "phone"), ("Home Phone", "phone"), ("Home Phone 2", "phone"), ("Other Phone", "phone"),
        ("Mobile Phone", "mobile"),
        ("E-mail Address", "email"), ("E-mail 2 Address", "email"), ("E-mail 3 Address", "email"),
        ("Assistant's Phone", "assistant_phone"), ("Web Page", "website"), ("Categories", "categories"),
        ("Language", "languages"), ("Notes", "notes"),
    ),
    email_names=("E-mail Display Name", "E-mail 2 Display Name", "E-mail 3 Display Name"),
    note_lines=(("Suffix", "Namenszusatz"), ("Business Fax", "Fax"), ("Office Location", "Büro"),
                *((f"User {n}", f"Benutzer {n}") for n in range(1, 5))),
    addresses=(_block("Business Street", "Business Postal Code", "Business City", "Business Country/Region",
                      "Business Street 2", "Business Address PO Box", "Business Street 3")
               + (("Business Country", "country"),),  # Outlook.com: "… Country"
               _block("Home Street", "Home Postal Code", "Home City", "Home Country/Region", "Home Street 2",
                      "Home Address PO Box", "Home Street 3") + (("Home Country", "country"),),
               _block("Other Street", "Other Postal Code", "Other City", "Other Country/Region", "Other Street 2",
                      "Other Address PO Box", "Other Street 3") + (("Other Country", "country"),)),
    date_order="mdy",
)

_GOOGLE_LABELS = tuple((f"{what} {n} - Value", f"{what} {n} - Label")
                       for what in ("E-mail", "Phone") for n in range(1, 7))
# Google writes its fixed head ("First Name" … "Organization Name", "Organization Title" … "Labels") always, the
# numbered groups only as far as the fullest contact needs them: a list of phone numbers has no e-mail column.
GOOGLE = Profile(
    key="google", label="Google Kontakte", label_en="Google Contacts", kind="persons",
    signature=("First Name", "Last Name", "Organization Name", "Organization Title"),
    columns=(
        ("Name Prefix", "salutation"), ("First Name", "first_name"), ("Middle Name", "middle_name"),
        ("Last Name", "last_name"), ("Organization Name", "organization"),
        ("Organization Department", "department"), ("Organization Title", "function"),
        *((f"Phone {n} - Value", "phone") for n in range(1, 7)),
        *((f"E-mail {n} - Value", "email") for n in range(1, 7)),
        ("Website 1 - Value", "website"), ("Notes", "notes"), ("Labels", "categories"),
    ),
    addresses=tuple((
        (f"Address {n} - Street", "street"), (f"Address {n} - Extended Address", "street_2"),
        (f"Address {n} - Postal Code", "postal_code"), (f"Address {n} - City", "city"),
        (f"Address {n} - Country", "country"), (f"Address {n} - PO Box", "po_box"),
        (f"Address {n} - Label", "address_label"))
        for n in range(1, 4)),
    labels=_GOOGLE_LABELS,
    note_lines=(("Name Suffix", "Namenszusatz"), ("Nickname", "Spitzname")),
)

# Google Contacts' "Google CSV" until 2022 (many offices still keep such files): "Given Name", "Family Name",
# "… - Type" beside each value, the organisation as "Organization 1 - …" (only when a contact has one: its
# fixed head ends at "Group Membership").
GOOGLE_LEGACY = Profile(
    key="google-alt", label="Google Kontakte (ältere Exporte)", label_en="Google Contacts (older exports)",
    kind="persons",
    signature=("Name", "Given Name", "Family Name", "Group Membership"),
    columns=(
        ("Name Prefix", "salutation"), ("Given Name", "first_name"), ("Additional Name", "middle_name"),
        ("Family Name", "last_name"), ("Organization 1 - Name", "organization"),
        ("Organization 1 - Department", "department"), ("Organization 1 - Title", "function"),
        *((f"Phone {n} - Value", "phone") for n in range(1, 7)),
        *((f"E-mail {n} - Value", "email") for n in range(1, 7)),
        ("Website 1 - Value", "website"), ("Notes", "notes"), ("Group Membership", "categories"),
    ),
    addresses=tuple((
        (f"Address {n} - Street", "street"), (f"Address {n} - Extended Address", "street_2"),
        (f"Address {n} - Postal Code", "postal_code"), (f"Address {n} - City", "city"),
        (f"Address {n} - Country", "country"), (f"Address {n} - PO Box", "po_box"),
        (f"Address {n} - Type", "address_label"))
        for n in range(1, 4)),
    labels=tuple((f"{what} {n} - Value", f"{what} {n} - Type") for what in ("E-mail", "Phone") for n in range(1, 7)),
    note_lines=(("Name Suffix", "Namenszusatz"), ("Nickname", "Spitzname")),
)

THUNDERBIRD_DE = Profile(
    key="thunderbird-de", label="Thunderbird-Adressbuch (deutsch)", label_en="Thunderbird address book (German)",
    kind="persons",
    signature=("Vorname", "Nachname", "Anzeigename", "Primäre E-Mail-Adresse", "Arbeitstitel"),
    columns=(
        ("Vorname", "first_name"), ("Nachname", "last_name"), ("Anzeigename", "name"),
        ("Organisation", "organization"), ("Abteilung", "department"), ("Arbeitstitel", "function"),
        ("Tel. dienstlich", "phone"), ("Tel. privat", "phone"), ("Mobil-Tel.-Nr.", "mobile"),
        ("Primäre E-Mail-Adresse", "email"), ("Sekundäre E-Mail-Adresse", "email"),
        ("Webseite 1", "website"), ("Webseite 2", "website"), ("Notizen", "notes"),
    ),
    addresses=(_block("Dienstlich: Adresse", "Dienstlich: PLZ", "Dienstlich: Ort", "Dienstlich: Land",
                      "Dienstlich: Adresse 2"),
               _block("Privat: Adresse", "Privat: PLZ", "Privat: Ort", "Privat: Land", "Privat: Adresse 2")),
    note_lines=(("Spitzname", "Spitzname"), ("Fax-Nummer", "Fax"),
                *((f"Benutzerdef. {n}", f"Benutzerdef. {n}") for n in range(1, 5))),
)

THUNDERBIRD_EN = Profile(
    key="thunderbird-en", label="Thunderbird-Adressbuch (englisch)", label_en="Thunderbird address book (English)",
    kind="persons",
    signature=("First Name", "Last Name", "Display Name", "Primary Email", "Job Title"),
    columns=(
        ("First Name", "first_name"), ("Last Name", "last_name"), ("Display Name", "name"),
        ("Organization", "organization"), ("Department", "department"), ("Job Title", "function"),
        ("Work Phone", "phone"), ("Home Phone", "phone"), ("Mobile Number", "mobile"),
        ("Primary Email", "email"), ("Secondary Email", "email"),
        ("Web Page 1", "website"), ("Web Page 2", "website"), ("Notes", "notes"),
    ),
    addresses=(_block("Work Address", "Work ZipCode", "Work City", "Work Country", "Work Address 2"),
               _block("Home Address", "Home ZipCode", "Home City", "Home Country", "Home Address 2")),
    note_lines=(("Nickname", "Spitzname"), ("Fax Number", "Fax"),
                *((f"Custom {n}", f"Benutzerdef. {n}") for n in range(1, 5))),
)

OUTLOOK_CALENDAR_DE = Profile(
    key="outlook-kalender-de", label="Outlook-Kalender (deutsch)", label_en="Outlook calendar (German)",
    kind="appointments",
    signature=("Betreff", "Beginnt am", "Beginnt um", "Endet am", "Endet um"),
    columns=(
        ("Betreff", "title"), ("Beginnt am", "date"), ("Beginnt um", "start_time"), ("Endet am", "end_date"),
        ("Endet um", "end_time"), ("Ganztägiges Ereignis", "all_day"), ("Ganztaegiges Ereignis", "all_day"),
        ("Beschreibung", "agenda"), ("Kategorien", "categories"), ("Ort", "location"), ("Privat", "private"),
        ("Vertraulichkeit", "sensitivity"), ("Zeitspanne zeigen als", "show_as"),
        ("Erforderliche Teilnehmer", "invitees"), ("Optionale Teilnehmer", "invitees"),
    ),
)

OUTLOOK_CALENDAR_EN = Profile(
    key="outlook-calendar-en", label="Outlook-Kalender (englisch)", label_en="Outlook calendar (English)",
    kind="appointments",
    signature=("Subject", "Start Date", "Start Time", "End Date", "End Time"),
    columns=(
        ("Subject", "title"), ("Start Date", "date"), ("Start Time", "start_time"), ("End Date", "end_date"),
        ("End Time", "end_time"), ("All day event", "all_day"), ("Description", "agenda"),
        ("Categories", "categories"), ("Location", "location"), ("Private", "private"),
        ("Sensitivity", "sensitivity"), ("Show time as", "show_as"),
        ("Required Attendees", "invitees"), ("Optional Attendees", "invitees"),
    ),
    date_order="mdy",
)

PROFILES: tuple[Profile, ...] = (OUTLOOK_CONTACTS_DE, OUTLOOK_CONTACTS_EN, GOOGLE, GOOGLE_LEGACY, THUNDERBIRD_DE,
                                 THUNDERBIRD_EN, OUTLOOK_CALENDAR_DE, OUTLOOK_CALENDAR_EN)

# What label cells say (folded, any language the programs write): value kinds and their rank.
MOBILE_LABELS = ("mobile", "mobil", "handy", "cell", "iphone")
WORK_LABELS = ("work", "arbeit", "geschaftlich", "dienstlich", "business", "main", "company", "buro")
HOME_LABELS = ("home", "privat", "zuhause", "personal")
# Outlook's "Zeitspanne zeigen als"/"Show time as" (OlBusyStatus: 0 free, 1 tentative, 2 busy, 3 out of office,
# 4 working elsewhere) and its words, in the CSV and as typed into hand-made lists.
OUT_OF_OFFICE = ("3", "abwesend", "out of office", "oof", "away")
PRIVATE_SENSITIVITY = ("privat", "private", "personlich", "personal")
# Outlook's "Vertraulich" / "Confidential": an office appointment whose details must not spread (a counselling
# case): it comes in as a confidential appointment – only "Termin (vertraulich)" in the subscription and report
CONFIDENTIAL_SENSITIVITY = ("vertraulich", "confidential")
TRUE_WORDS = ("ein", "an", "true", "wahr", "ja", "yes", "x", "1")


def by_key(key: str) -> Profile | None:
    for profile in PROFILES:
        if profile.key == key:
            return profile
    return None
