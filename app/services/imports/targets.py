"""What an import can fill: the target fields per list kind with their German titles and synonyms, and the
words offices use for kinds, statuses, attendance and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models.search import fold
from app.wording.language import pick

KINDS = ("persons", "appointments", "attendance")
KIND_LABELS = {"persons": "Kontakte mit Organisationen", "appointments": "Termine",
               "attendance": "Teilnahmeliste eines Termins"}
CHOICES = ("create", "update", "skip")
# Fields several columns may feed at once: their values are joined (notes) or the first wins (the rest).
MULTI_FIELDS = frozenset({"notes", "department", "invitees"})


@dataclass(frozen=True)
class Target:
    key: str
    label: str           # German column title (templates, mapping page)
    kind: str            # text, name, email, phone, postal, date, time, datetime, choice, int
    synonyms: tuple[str, ...] = ()


_PERSON_TARGETS = (
    Target("name", "Name", "name", ("name", "vollstandiger name", "teilnehmer", "teilnehmerin",
                                    "teilnehmer in", "teilnehmende", "person", "kontakt", "ansprechpartner",
                                    "ansprechpartnerin", "ansprechperson", "full name", "participant", "contact")),
    Target("salutation", "Anrede", "text", ("anrede", "salutation", "herr frau")),
    Target("title", "Titel", "text", ("titel", "akad titel", "akademischer titel", "title")),
    Target("first_name", "Vorname", "text", ("vorname", "vornamen", "rufname", "first name", "firstname",
                                             "given name", "forename")),
    Target("middle_name", "Weitere Vornamen", "text", ("weitere vornamen", "zweiter vorname", "middle name")),
    Target("last_name", "Nachname", "text", ("nachname", "familienname", "zuname", "last name", "lastname",
                                             "surname", "family name")),
    Target("function", "Funktion", "text", ("funktion", "position", "rolle in der organisation",
                                            "stelle", "aufgabe", "function", "job title", "role")),
    Target("department", "Abteilung", "text", ("abteilung", "bereich", "fachbereich", "referat", "amt",
                                              "department", "organization department", "org unit")),
    Target("organization", "Organisation", "text", (
        "organisation", "organization", "einrichtung", "institution", "trager", "verein", "behorde", "firma",
        "dienststelle", "schule", "netzwerkpartner", "partner", "organisation einrichtung", "company",
        "affiliation", "arbeitgeber")),
    Target("email", "E-Mail", "email", ("e mail", "email", "mail", "e mail adresse", "mailadresse",
                                        "email address", "e mail address", "emailadresse")),
    Target("phone", "Telefon", "phone", ("telefon", "tel", "telefonnummer", "festnetz", "phone", "telephone",
                                         "phone number", "fon", "rufnummer")),
    Target("mobile", "Mobil", "phone", ("mobil", "handy", "mobilnummer", "mobiltelefon", "mobile", "cell")),
    Target("street", "Straße", "text", ("strasse", "str", "anschrift", "adresse", "strasse hausnummer",
                                        "strasse und hausnummer", "street", "address")),
    Target("street_2", "Adresszusatz", "text", ("adresszusatz", "zusatz", "street 2", "address 2")),
    Target("po_box", "Postfach", "text", ("postfach", "po box", "postfach geschaftlich", "business address po box")),
    Target("postal_code", "PLZ", "postal", ("plz", "postleitzahl", "postal code", "zip", "zip code",
                                            "postcode")),
    Target("city", "Ort", "text", ("ort", "stadt", "wohnort", "gemeinde", "city", "town", "sitz")),
    Target("country", "Land", "text", ("land", "staat", "country")),
    Target("website", "Webseite", "text", ("webseite", "webseite 1", "website", "homepage", "internetseite",
                                           "internetadresse", "web page", "web page 1", "url")),
    Target("assistant_phone", "Telefon Assistenz", "phone", ("telefon assistent", "telefon assistenz",
                                                             "assistant s phone", "assistant phone")),
    Target("categories", "Kategorien", "text", ("kategorien", "kategorie", "categories", "category")),
    Target("languages", "Sprachen", "text", ("sprachen", "sprache", "languages", "language")),
    Target("consent_date", "Einwilligung am", "date", ("einwilligung", "einwilligung am", "einverstandnis",
                                                       "einwilligung datum", "datum einwilligung",
                                                       "einwilligungsdatum", "consent", "consent date")),
    Target("notes", "Notizen", "text", ("notizen", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen",
                                        "hinweis", "hinweise", "kommentar", "notes", "remarks", "comment")),
)

_ATTENDANCE_EXTRA = (
    Target("status", "Status", "choice", ("status", "teilnahme", "anwesend", "anwesenheit", "anmeldung",
                                          "zusage", "attendance", "attended")),
    Target("role", "Rolle", "choice", ("rolle", "funktion bei der veranstaltung", "role at event")),
)

_APPOINTMENT_TARGETS = (
    Target("title", "Thema", "text", ("thema", "titel", "veranstaltung", "bezeichnung", "termin", "anlass",
                                      "betreff", "title", "subject", "event", "topic")),
    Target("date", "Datum", "date", ("datum", "tag", "termin datum", "date", "day")),
    Target("start_time", "von", "time", ("von", "beginn", "uhrzeit", "zeit", "start", "anfang", "uhrzeit von",
                                         "from", "time", "start time")),
    Target("end_time", "bis", "time", ("bis", "ende", "uhrzeit bis", "end", "to", "until", "end time")),
    Target("end_date", "Enddatum", "date", ("enddatum", "endet am", "bis datum", "datum bis", "end date")),
    Target("all_day", "Ganztägig", "bool", ("ganztagig", "ganztags", "ganztagiges ereignis", "all day",
                                            "all day event")),
    Target("kind", "Art", "choice", ("art", "typ", "format", "terminart", "veranstaltungsart", "kind", "type")),
    Target("location", "Ort", "text", ("ort", "raum", "veranstaltungsort", "location", "place", "venue",
                                       "adresse")),
    Target("status", "Status", "choice", ("status",)),
    Target("categories", "Kategorien", "text", ("kategorien", "kategorie", "categories", "category")),
    Target("private", "Privat", "bool", ("privat", "private", "personlich")),
    Target("sensitivity", "Vertraulichkeit", "text", ("vertraulichkeit", "sensitivity")),
    Target("show_as", "Anzeigen als", "text", ("zeitspanne zeigen als", "show time as", "anzeigen als",
                                               "frei gebucht", "free busy")),
    Target("online_link", "Online-Link", "text", ("online link", "link", "videokonferenz", "teams link",
                                                  "zoom link", "meeting link")),
    Target("network", "Gremium", "text", ("gremium", "netzwerk", "arbeitskreis", "ag", "runder tisch",
                                          "projekt", "network", "committee")),
    Target("agenda", "Tagesordnung", "text", ("tagesordnung", "inhalt", "inhalte", "themen", "beschreibung",
                                              "agenda", "description", "tops")),
    Target("outcome", "Ergebnis", "text", ("ergebnis", "ergebnisse", "protokoll", "outcome", "result")),
    Target("expected_participants", "Erwartete Teilnehmende", "int", (
        "erwartete teilnehmende", "teilnehmerzahl", "anzahl", "anzahl teilnehmende", "expected participants",
        "participants")),
    # Outlook's invitees ("Müller, Anna;Yılmaz, Mehmet"): an entry with invitees is a meeting, never a holiday
    Target("invitees", "Eingeladene", "text", ("erforderliche teilnehmer", "optionale teilnehmer",
                                              "required attendees", "optional attendees", "eingeladene")),
)

TARGETS: dict[str, tuple[Target, ...]] = {
    "persons": _PERSON_TARGETS,
    "appointments": _APPOINTMENT_TARGETS,
    "attendance": _PERSON_TARGETS + _ATTENDANCE_EXTRA,
}

KIND_WORDS = {
    "meeting": ("besprechung", "treffen", "meeting", "termin", "gesprach", "austausch"),
    "committee_session": ("sitzung", "gremiensitzung", "gremium", "runder tisch", "beirat", "committee", "session",
                          "ausschuss", "arbeitskreis"),
    "conference": ("konferenz", "tagung", "kongress", "fachtag", "conference"),
    "workshop": ("workshop", "seminar", "schulung", "fortbildung", "training"),
    "counselling_hours": ("sprechstunde", "beratung", "counselling", "counseling", "office hours"),
    "site_visit": ("ortstermin", "besuch", "vor ort", "site visit", "visit", "besichtigung"),
    "study_visit": ("studienfahrt", "exkursion", "studienreise", "study visit", "delegationsreise"),
    "press_date": ("pressetermin", "presse", "pressegesprach", "press"),
    "other": ("sonstiges", "andere", "other"),
}
STATUS_WORDS = {
    "planned": ("geplant", "planned", "offen", "vorgesehen"),
    "held": ("stattgefunden", "durchgefuhrt", "held", "erledigt"),
    "cancelled": ("abgesagt", "ausgefallen", "cancelled", "canceled", "storniert"),
    "postponed": ("verschoben", "postponed"),
}
ATTENDANCE_WORDS = {
    "attended": ("anwesend", "teilgenommen", "x", "ja", "yes", "attended", "present", "da", "1", "true"),
    "registered": ("angemeldet", "zugesagt", "zusage", "registered", "anmeldung", "registriert"),
    "invited": ("eingeladen", "invited"),
    "declined": ("abgesagt", "absage", "declined", "nein", "no"),
    "excused": ("entschuldigt", "excused"),
    "no_show": ("nicht erschienen", "unentschuldigt", "no show", "fehlt", "0", "false"),
}
ROLE_WORDS = {
    "participant": ("teilnehmer", "teilnehmerin", "teilnehmende", "participant", "gast teilnehmer"),
    "speaker": ("referent", "referentin", "redner", "rednerin", "vortrag", "speaker"),
    "moderator": ("moderation", "moderator", "moderatorin"),
    "guest": ("gast", "guest", "ehrengast"),
    "delegation": ("delegation", "delegierte", "delegierter"),
}


# the field titles in the English UI (messages naming a field); German is Target.label
_ENGLISH = {
    "name": "Name", "salutation": "Salutation", "title": "Title", "first_name": "First name",
    "middle_name": "Middle name", "last_name": "Last name", "function": "Function", "department": "Department",
    "organization": "Organisation", "email": "E-mail", "phone": "Phone", "mobile": "Mobile", "street": "Street",
    "street_2": "Address line 2", "po_box": "PO box", "postal_code": "Postcode", "city": "City", "country": "Country",
    "website": "Web page", "assistant_phone": "Assistant's phone", "categories": "Categories",
    "languages": "Languages", "consent_date": "Consent on", "notes": "Notes", "status": "Status", "role": "Role",
    "date": "Date", "start_time": "from", "end_time": "to", "end_date": "End date", "all_day": "All day",
    "kind": "Kind", "location": "Location", "private": "Private", "sensitivity": "Sensitivity",
    "show_as": "Show as", "invitees": "Invitees", "online_link": "Online link", "network": "Network",
    "agenda": "Agenda",
    "outcome": "Outcome", "expected_participants": "Expected participants",
}
_ENGLISH_OF_KIND = {("appointments", "title"): "Subject"}


def label(kind: str, key: str) -> str:
    """The field's title in the current language (app.wording)."""
    for target in TARGETS[kind]:
        if target.key == key:
            return pick(target.label, _ENGLISH_OF_KIND.get((kind, key)) or _ENGLISH.get(key, target.label))
    return key


_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def header_key(text: object) -> str:
    if text is None:
        return ""
    folded = fold(str(text).replace("ß", "ss"))
    folded = folded.replace("*", " ").replace(":", " ")
    return " ".join(_NON_ALNUM.sub(" ", folded).split())
