"""Importing lists from Excel/CSV: partner lists (persons + organisations), lists of dates, registration lists.

The flow, shared by the wizard and the command line:

1. `analyse(path, kind, sheet)` → `Layout`: the header row (title rows, notes and blank/merged cells above
   it are skipped; `header_row=` overrides), the headers and a suggested column mapping – remembered per
   set of headers, so the next file with the same columns is mapped the same way.
2. `preview(path, kind, layout, …)` → `Preview`: every data row parsed as offices write values (date
   cells, Excel serials, "09.07.2025", "2025-07-09", "09:30", postal codes that lost their leading zero,
   phone numbers stored as numbers) and classified create / update / skip / error with a reason naming
   row and field. Duplicates inside the file and against the database (same e-mail ignoring case; same
   normalised name + organisation, tolerant of "Müller"/"Mueller" and hyphen/space variants) get a choice
   per row or for all (`set_choice`, `set_duplicate_choice`).
3. `commit(preview)` writes all chosen rows or none, in one transaction, recorded as an `ImportBatch`
   with `ImportRecord` rows; `undo(batch_id)` reverts the whole import (updated rows get their previous
   values back). `write_rejected(preview, path)` saves the rejected rows with their reasons.

Nothing here imports Qt; long steps report through `progress(done, total, text)`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.io import spreadsheet
from app.io.export import write_table
from app.models import (
    Appointment,
    Attendance,
    ImportBatch,
    ImportRecord,
    Network,
    Organization,
    Person,
    Setting,
    db_proxy,
)
from app.models.entities import APPOINTMENT_KINDS, APPOINTMENT_STATUSES, ATTENDANCE_ROLES, ATTENDANCE_STATUSES
from app.models.search import fold
from app.services import audit, bulk, records, report_labels
from app.services.appointments import APPOINTMENT
from app.services.contacts import ORGANIZATION, PERSON
from app.services.errors import ConflictError, UserError

log = logging.getLogger(__name__)

KINDS = ("persons", "appointments", "attendance")
KIND_LABELS = {"persons": "Kontakte mit Organisationen", "appointments": "Termine",
               "attendance": "Teilnahmeliste eines Termins"}
CHOICES = ("create", "update", "skip")
CHUNK = 5_000  # rows per executemany when committing
Progress = Callable[[int, int, str], None]


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
    Target("last_name", "Nachname", "text", ("nachname", "familienname", "zuname", "last name", "lastname",
                                             "surname", "family name")),
    Target("function", "Funktion", "text", ("funktion", "position", "rolle in der organisation",
                                            "stelle", "aufgabe", "function", "job title", "role")),
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
    Target("postal_code", "PLZ", "postal", ("plz", "postleitzahl", "postal code", "zip", "zip code",
                                            "postcode")),
    Target("city", "Ort", "text", ("ort", "stadt", "wohnort", "gemeinde", "city", "town", "sitz")),
    Target("country", "Land", "text", ("land", "staat", "country")),
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
    Target("kind", "Art", "choice", ("art", "typ", "format", "terminart", "veranstaltungsart", "kind", "type")),
    Target("location", "Ort", "text", ("ort", "raum", "veranstaltungsort", "location", "place", "venue",
                                       "adresse")),
    Target("status", "Status", "choice", ("status", "stand")),
    Target("network", "Gremium", "text", ("gremium", "netzwerk", "arbeitskreis", "ag", "runder tisch",
                                          "projekt", "network", "committee")),
    Target("agenda", "Tagesordnung", "text", ("tagesordnung", "inhalt", "inhalte", "themen", "beschreibung",
                                              "agenda", "description", "tops")),
    Target("outcome", "Ergebnis", "text", ("ergebnis", "ergebnisse", "protokoll", "outcome", "result")),
    Target("expected_participants", "Erwartete Teilnehmende", "int", (
        "erwartete teilnehmende", "teilnehmerzahl", "anzahl", "anzahl teilnehmende", "expected participants",
        "participants")),
)

TARGETS: dict[str, tuple[Target, ...]] = {
    "persons": _PERSON_TARGETS,
    "appointments": _APPOINTMENT_TARGETS,
    "attendance": _PERSON_TARGETS + _ATTENDANCE_EXTRA,
}

_KIND_WORDS = {
    "meeting": ("besprechung", "treffen", "meeting", "termin", "gesprach", "austausch"),
    "committee_session": ("sitzung", "gremiensitzung", "runder tisch", "beirat", "committee", "session",
                          "ausschuss", "arbeitskreis"),
    "conference": ("konferenz", "tagung", "kongress", "fachtag", "conference"),
    "workshop": ("workshop", "seminar", "schulung", "fortbildung", "training"),
    "counselling_hours": ("sprechstunde", "beratung", "counselling", "counseling", "office hours"),
    "site_visit": ("ortstermin", "besuch", "vor ort", "site visit", "visit", "besichtigung"),
    "study_visit": ("studienfahrt", "exkursion", "studienreise", "study visit", "delegationsreise"),
    "press_date": ("pressetermin", "presse", "pressegesprach", "press"),
    "other": ("sonstiges", "andere", "other"),
}
_STATUS_WORDS = {
    "planned": ("geplant", "planned", "offen", "vorgesehen"),
    "held": ("stattgefunden", "durchgefuhrt", "held", "erledigt"),
    "cancelled": ("abgesagt", "ausgefallen", "cancelled", "canceled", "storniert"),
    "postponed": ("verschoben", "postponed"),
}
_ATTENDANCE_WORDS = {
    "attended": ("anwesend", "teilgenommen", "x", "ja", "yes", "attended", "present", "da", "1", "true"),
    "registered": ("angemeldet", "zugesagt", "zusage", "registered", "anmeldung", "registriert"),
    "invited": ("eingeladen", "invited"),
    "declined": ("abgesagt", "absage", "declined", "nein", "no"),
    "excused": ("entschuldigt", "excused"),
    "no_show": ("nicht erschienen", "unentschuldigt", "no show", "fehlt", "0", "false"),
}
_ROLE_WORDS = {
    "participant": ("teilnehmer", "teilnehmerin", "teilnehmende", "participant", "gast teilnehmer"),
    "speaker": ("referent", "referentin", "redner", "rednerin", "vortrag", "speaker"),
    "moderator": ("moderation", "moderator", "moderatorin"),
    "guest": ("gast", "guest", "ehrengast"),
    "delegation": ("delegation", "delegierte", "delegierter"),
}

_SALUTATIONS = {"herr": "Herr", "hr": "Herr", "frau": "Frau", "fr": "Frau", "mr": "Mr", "mrs": "Mrs",
                "ms": "Ms", "divers": ""}
_TITLE_RE = re.compile(r"^(prof|dr|dipl|mag|ing|med|phil|rer|nat|jur|pd|ma|ba|msc|bsc|mba|llm)\b[\w.\-]*\.?$",
                       re.IGNORECASE)
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "zur", "del", "della", "di", "da", "la", "le",
              "ten", "ter", "al", "el", "bin", "ibn"}
_DATE_DOTTED = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$")
_DATE_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DATE_DOTTED_TIME = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})[ ,]+(\d{1,2})[:.](\d{2})(?:\s*uhr)?$",
                               re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(?:uhr|h)?$", re.IGNORECASE)
_WS = re.compile(r"\s+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


class ImportError_(UserError):  # noqa: N801 - avoid shadowing the builtin ImportError
    """A problem with the import as a whole (no header row, no appointment chosen, …)."""


# --- layout: header row and mapping ---------------------------------------------------------------------

def _header_key(text: object) -> str:
    if text is None:
        return ""
    folded = fold(str(text).replace("ß", "ss"))
    folded = folded.replace("*", " ").replace(":", " ")
    return " ".join(_NON_ALNUM.sub(" ", folded).split())


def suggest_field(kind: str, header: object, taken: set[str] | None = None) -> str:
    """The target field for one column title, or "" when nothing fits."""
    key = _header_key(header)
    if not key:
        return ""
    taken = taken or set()
    targets = [t for t in TARGETS[kind] if t.key not in taken]
    for target in targets:
        if key in target.synonyms or key == _header_key(target.label):
            return target.key
    squashed = key.replace(" ", "")
    for target in targets:
        if any(squashed == s.replace(" ", "") for s in target.synonyms):
            return target.key
    for target in targets:  # "E-Mail (dienstlich)", "Telefon privat", "Name der Einrichtung"
        for synonym in target.synonyms:
            if len(synonym) >= 3 and re.search(rf"\b{re.escape(synonym)}\b", key):
                return target.key
    return ""


def suggest_mapping(kind: str, headers: Sequence[object]) -> list[str]:
    taken: set[str] = set()
    mapping = []
    for header in headers:
        target = suggest_field(kind, header, taken)
        if target:
            taken.add(target)
        mapping.append(target)
    if kind in ("persons", "attendance") and "name" in taken and {"first_name", "last_name"} <= taken:
        mapping = ["" if m == "name" else m for m in mapping]
    return mapping


def _row_score(kind: str, values: Sequence[object]) -> int:
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 2:
        return 0
    known = sum(1 for v in texts if suggest_field(kind, v))
    return known * 10 + len(texts) if known else 0


def detect_header_row(kind: str, head: Sequence[tuple[int, tuple]]) -> int:
    """Row number of the most header-like row among the first rows (1 if nothing looks like one)."""
    best, best_score = 0, 0
    for number, values in head:
        score = _row_score(kind, values)
        if score > best_score:
            best, best_score = number, score
    if best:
        return best
    for number, values in head:
        if sum(1 for v in values if v not in (None, "")) >= 2:
            return number
    return 1


@dataclass
class Layout:
    kind: str
    sheet: str | None
    header_row: int
    headers: list[str]
    mapping: list[str]          # per column: target key or ""
    head: list[tuple[int, tuple]]
    remembered: bool = False

    def mapped(self) -> dict[str, int]:
        return {target: index for index, target in enumerate(self.mapping) if target}


def _headers_key(kind: str, headers: Sequence[str]) -> str:
    digest = hashlib.sha1(json.dumps([kind] + [_header_key(h) for h in headers]).encode()).hexdigest()[:20]
    return f"import_mapping.{digest}"


def remembered_mapping(kind: str, headers: Sequence[str]) -> list[str] | None:
    row = Setting.get_or_none(Setting.key == _headers_key(kind, headers))
    if row is None:
        return None
    try:
        mapping = json.loads(row.value)
    except ValueError:
        return None
    valid = {t.key for t in TARGETS[kind]}
    if not isinstance(mapping, list) or len(mapping) != len(headers):
        return None
    return [m if m in valid else "" for m in mapping]


def remember_mapping(kind: str, headers: Sequence[str], mapping: Sequence[str]) -> None:
    with db_proxy.atomic():
        Setting.insert(key=_headers_key(kind, headers), value=json.dumps(list(mapping))).on_conflict_replace() \
            .execute()


def analyse(path: Path, kind: str, sheet: str | None = None, header_row: int | None = None) -> Layout:
    """Find the header row and suggest (or recall) the mapping. Raises SpreadsheetError for bad files."""
    if kind not in KINDS:
        raise ImportError_(f"Unbekannte Importart „{kind}“ (möglich: {', '.join(KINDS)}).")
    head = spreadsheet.head(Path(path), sheet)
    if not any(values for _, values in head):
        raise ImportError_(f"„{Path(path).name}“ enthält keine Daten (die ersten Zeilen sind leer).")
    number = header_row or detect_header_row(kind, head)
    values = dict(head).get(number, ())
    headers = [_cell_text(v) for v in values]
    mapping = remembered_mapping(kind, headers)
    remembered = mapping is not None
    if mapping is None:
        mapping = suggest_mapping(kind, headers)
    return Layout(kind, sheet, number, headers, mapping, head, remembered)


def check_mapping(kind: str, mapping: Sequence[str]) -> str | None:
    """A German sentence saying what the mapping lacks, or None."""
    chosen = [m for m in mapping if m]
    doubles = sorted({m for m in chosen if chosen.count(m) > 1})
    if doubles:
        labels = ", ".join(_label(kind, m) for m in doubles)
        return f"Diese Felder sind mehreren Spalten zugeordnet: {labels}."
    if kind in ("persons", "attendance") and not ({"name", "last_name"} & set(chosen)):
        return "Bitte eine Spalte als „Name“ oder „Nachname“ zuordnen."
    if kind == "appointments":
        missing = [label for key, label in (("title", "Thema"), ("date", "Datum")) if key not in chosen]
        if missing:
            return "Bitte Spalten zuordnen für: " + ", ".join(f"„{m}“" for m in missing) + "."
    return None


def _label(kind: str, key: str) -> str:
    for target in TARGETS[kind]:
        if target.key == key:
            return target.label
    return key


# --- values as offices write them -----------------------------------------------------------------------

class _Bad(ValueError):
    pass


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    text = str(value).replace("\u00a0", " ").replace("\u200b", "")
    return text.strip()


def _text(value: object) -> str:
    text = _cell_text(value)
    if "\n" in text or "  " in text or "\t" in text:
        text = "\n".join(_WS.sub(" ", line).strip() for line in text.splitlines()).strip()
    return text


def parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _Bad(str(value))
    if isinstance(value, int | float):
        if 1 <= value < 110_000:  # Excel serial (1900 date system)
            return (dt.datetime(1899, 12, 30) + dt.timedelta(days=int(value))).date()
        raise _Bad(_cell_text(value))
    text = _text(value)
    if text.isdigit() and len(text) == 5:
        return parse_date(int(text))
    for pattern, order in ((_DATE_DOTTED, "dmy"), (_DATE_SLASH, "dmy"), (_DATE_ISO, "ymd")):
        match = pattern.match(text)
        if match:
            parts = match.groups()
            if order == "dmy":
                day, month, year = int(parts[0]), int(parts[1]), int(parts[2])
                if len(parts[2]) == 2:
                    year += 2000 if year < 70 else 1900
            else:
                year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise _Bad(f"„{text}“ gibt es nicht") from None
    raise _Bad(f"„{text}“ ist kein Datum (erwartet z. B. 09.07.2025)")


def parse_time(value: object) -> dt.time | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        if 0 <= minutes < 24 * 60:
            return dt.time(minutes // 60, minutes % 60)
        raise _Bad(str(value))
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 0 <= value < 1:  # fraction of a day
            minutes = round(value * 24 * 60)
            return dt.time(min(23, minutes // 60), minutes % 60)
        if isinstance(value, int) or float(value).is_integer():
            value = str(int(value))
        else:
            value = f"{value:.2f}"
    text = _text(value)
    if re.fullmatch(r"0[.,]\d+", text):  # a time cell written to CSV as a fraction of a day
        return parse_time(float(text.replace(",", ".")))
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
        raise _Bad(f"„{text}“ gibt es nicht")
    raise _Bad(f"„{text}“ ist keine Uhrzeit (erwartet z. B. 09:30)")


def parse_datetime_cell(value: object) -> tuple[dt.date | None, dt.time | None]:
    """A date cell that may also carry a time ("09.07.2025 14:00", a datetime with hours)."""
    if isinstance(value, dt.datetime):
        return value.date(), (value.time() if value.time() != dt.time() else None)
    if isinstance(value, str):
        text = _text(value)
        match = _DATE_DOTTED_TIME.match(text)
        if match:
            day, month, year, hour, minute = (int(g) for g in match.groups())
            if year < 100:
                year += 2000
            try:
                return dt.date(year, month, day), dt.time(hour, minute)
            except ValueError:
                raise _Bad(f"„{text}“ gibt es nicht") from None
        match = _DATE_ISO.match(text)
        if match and match.group(4):
            try:
                return (dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))),
                        dt.time(int(match.group(4)), int(match.group(5))))
            except ValueError:
                raise _Bad(f"„{text}“ gibt es nicht") from None
    return parse_date(value), None


def postal_code(value: object, country: str = "") -> str:
    """German postal codes stored as numbers lose their leading zero: 1067 → "01067"."""
    text = _cell_text(value)
    german = fold(country) in ("", "deutschland", "germany", "de", "d", "brd")
    if german and text.isdigit() and 3 <= len(text) < 5:
        return text.zfill(5)
    return text


def phone(value: object) -> str:
    """Phone numbers stored as numbers: kept as text, the leading 0 Excel dropped put back."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return _cell_text(value)
        digits = str(int(value))
        if digits.startswith("49") and len(digits) > 10:
            return "+" + digits
        return "0" + digits if not digits.startswith("0") else digits
    text = _text(value)
    if text.isdigit() and len(text) >= 6 and not text.startswith("0"):  # a number in a CSV file
        return phone(int(text))
    return text


def split_name(full: str) -> dict[str, str]:
    """ "Dr. Anna Müller" → title Dr., first Anna, last Müller; "Müller, Anna" and "Frau Prof. Dr. …" too."""
    text = _WS.sub(" ", full).strip()
    result = {"salutation": "", "title": "", "first_name": "", "last_name": ""}
    if not text:
        return result
    if "," in text:
        last, _, rest = text.partition(",")
        inner = split_name(rest.strip())
        inner_first = " ".join(p for p in (inner["first_name"], inner["last_name"]) if p)
        result.update(salutation=inner["salutation"], title=inner["title"], first_name=inner_first,
                      last_name=last.strip())
        return result
    words = text.split(" ")
    titles = []
    while words:
        plain = words[0].rstrip(".").lower()
        if plain in _SALUTATIONS and len(words) > 1:
            result["salutation"] = _SALUTATIONS[plain]
            words.pop(0)
        elif _TITLE_RE.match(words[0]) and len(words) > 1 and (words[0].endswith(".") or "-" in words[0]
                                                                or plain in ("prof", "dr", "pd")):
            titles.append(words.pop(0))
        else:
            break
    result["title"] = " ".join(titles)
    if len(words) == 1:
        result["last_name"] = words[0]
        return result
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    result["first_name"] = " ".join(words[:cut])
    result["last_name"] = " ".join(words[cut:])
    return result


def _choice(value: object, words: dict[str, tuple[str, ...]], allowed: Sequence[str]) -> str:
    if isinstance(value, bool):
        return "attended" if value and "attended" in allowed else ""
    text = _text(value)
    if not text:
        return ""
    if text in allowed:
        return text
    key = _header_key(text)
    for choice, synonyms in words.items():
        if key in synonyms:
            return choice
    for group in ("appointment_kind", "appointment_status"):
        for choice in allowed:
            if key in (_header_key(report_labels.choice(group, choice, "de")),
                       _header_key(report_labels.choice(group, choice, "en"))):
                return choice
    for choice, synonyms in words.items():
        if any(len(s) > 3 and s in key for s in synonyms):
            return choice
    raise _Bad(f"„{text}“ ist kein bekannter Wert")


def canonical(text: str) -> str:
    """For duplicate checks: umlaut spellings, accents, case, hyphens and spaces do not matter."""
    return _NON_ALNUM.sub("", fold(text.translate(_UMLAUTS)))


# --- preview ------------------------------------------------------------------------------------------

# Fields whose values repeat across a list's rows; the preview keeps one object per distinct value.
_REPEATED_FIELDS = frozenset({
    "salutation", "title", "function", "organization", "city", "country", "postal_code", "languages",
    "consent_date", "status", "role", "kind", "location", "network",
})


@dataclass(slots=True)
class Row:
    number: int                       # row number in the sheet
    values: dict[str, Any]
    action: str                       # create / update / skip / error
    reason: str = ""
    match_id: int | None = None       # existing record a duplicate refers to
    duplicate_of: int | None = None   # earlier row number in the same file
    raw: tuple = ()                   # original cells, kept for rejected rows

    @property
    def is_duplicate(self) -> bool:
        return self.match_id is not None or self.duplicate_of is not None

    def label(self) -> str:
        values = self.values
        if "title" in values and "date" in values:
            return f"{values.get('title', '')} ({values['date']:%d.%m.%Y})" if values.get("date") else \
                str(values.get("title", ""))
        return " ".join(p for p in (values.get("title", ""), values.get("first_name", ""),
                                    values.get("last_name", "")) if p)


@dataclass
class Preview:
    kind: str
    path: Path
    layout: Layout
    rows: list[Row]
    appointment_id: int | None = None
    new_organizations: int = 0
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        result = {"create": 0, "update": 0, "skip": 0, "error": 0}
        for row in self.rows:
            result[row.action] += 1
        return result

    def errors(self) -> list[Row]:
        return [row for row in self.rows if row.action == "error"]

    def duplicates(self) -> list[Row]:
        return [row for row in self.rows if row.is_duplicate and row.action != "error"]

    def summary_text(self) -> str:
        counts = self.counts()
        return (f"{counts['create']} neu, {counts['update']} aktualisiert, {counts['skip']} übersprungen, "
                f"{counts['error']} fehlerhaft")


def set_choice(preview: Preview, row: Row, choice: str) -> None:
    """The user's decision for one row: create / update / skip (errors stay errors)."""
    if choice not in CHOICES:
        raise ValueError(choice)
    if row.action == "error":
        return
    if choice == "update" and row.match_id is None:
        if row.duplicate_of is None:
            return
        choice = "skip"  # an earlier row of the same file is updated/created already
    row.action = choice


def set_duplicate_choice(preview: Preview, choice: str) -> None:
    """One decision for every duplicate row."""
    for row in preview.duplicates():
        set_choice(preview, row, choice)


@dataclass
class _PersonIndex:
    by_email: dict[str, int]
    by_name: dict[tuple[str, str], int]
    orgs: dict[str, int]
    names: dict[int, str]

    @classmethod
    def load(cls) -> _PersonIndex:
        orgs: dict[str, int] = {}
        for org_id, name in db_proxy.obj.execute_sql("SELECT id, name FROM organization ORDER BY archived, id"):
            orgs.setdefault(canonical(name), org_id)
        org_key = {org_id: key for key, org_id in orgs.items()}
        by_email: dict[str, int] = {}
        by_name: dict[tuple[str, str], int] = {}
        names: dict[int, str] = {}
        sql = ("SELECT id, first_name, last_name, email, organization_id FROM person "
               "WHERE erased_at IS NULL ORDER BY archived, id")
        for person_id, first, last, email, org_id in db_proxy.obj.execute_sql(sql):
            if email:
                by_email.setdefault(email.casefold(), person_id)
            by_name.setdefault((canonical(f"{first}{last}"), org_key.get(org_id, "")), person_id)
            names[person_id] = " ".join(p for p in (first, last) if p)
        return cls(by_email, by_name, orgs, names)


def _person_values(kind: str, cells: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    full = _text(cells.get("name"))
    if full:
        values.update({k: v for k, v in split_name(full).items() if v})
    for key in ("salutation", "title", "first_name", "last_name", "function", "organization", "street", "city",
                "country", "languages", "notes"):
        if key in cells:
            text = _text(cells[key])
            if text:
                values[key] = text
    if values.get("salutation"):
        values["salutation"] = _SALUTATIONS.get(values["salutation"].rstrip(".").lower(), values["salutation"])
    for key in ("phone", "mobile"):
        if key in cells and cells[key] not in (None, ""):
            values[key] = phone(cells[key])
    if cells.get("postal_code") not in (None, ""):
        values["postal_code"] = postal_code(cells["postal_code"], values.get("country", ""))
    email = _text(cells.get("email")).removeprefix("mailto:").strip()
    if email:
        if not records.EMAIL_RE.match(email):
            problems.append(f"E-Mail: „{email}“ ist keine gültige E-Mail-Adresse")
        values["email"] = email
    if cells.get("consent_date") not in (None, ""):
        try:
            values["consent_date"] = parse_date(cells["consent_date"])
        except _Bad as exc:
            problems.append(f"Einwilligung am: {exc}")
    if not values.get("last_name"):
        problems.append("Name: fehlt (Nachname ist Pflicht)")
    for key, text in values.items():
        if isinstance(text, str) and key != "notes" and len(text) > records.TEXT_LIMIT:
            problems.append(f"{_label(kind, key)}: zu lang (höchstens {records.TEXT_LIMIT} Zeichen)")
    if kind == "attendance":
        for key, words, allowed in (("status", _ATTENDANCE_WORDS, ATTENDANCE_STATUSES),
                                    ("role", _ROLE_WORDS, ATTENDANCE_ROLES)):
            if cells.get(key) not in (None, ""):
                try:
                    choice = _choice(cells[key], words, allowed)
                except _Bad as exc:
                    problems.append(f"{_label(kind, key)}: {exc}")
                else:
                    if choice:
                        values[key] = choice
    return values


def _appointment_values(cells: dict[str, Any], networks: dict[str, int], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in ("title", "location", "agenda", "outcome"):
        text = _text(cells.get(key))
        if text:
            values[key] = text
    if not values.get("title"):
        problems.append("Thema: fehlt")
    date = start = end = None
    try:
        date, start = parse_datetime_cell(cells.get("date"))
    except _Bad as exc:
        problems.append(f"Datum: {exc}")
    else:
        if date is None:
            problems.append("Datum: fehlt")
    for key in ("start_time", "end_time"):
        try:
            parsed = parse_time(cells.get(key))
        except _Bad as exc:
            problems.append(f"{_label('appointments', key)}: {exc}")
            continue
        if key == "start_time" and parsed is not None:
            start = parsed
        elif key == "end_time":
            end = parsed
    if date is not None:
        values["date"] = date
        values["start"] = dt.datetime.combine(date, start or dt.time())
        values["all_day"] = start is None
        if end is not None:
            values["end"] = dt.datetime.combine(date, end)
            if values["end"] < values["start"]:
                problems.append(f"bis: {end:%H:%M} liegt vor dem Beginn {start or dt.time():%H:%M}")
    for key, words, allowed in (("kind", _KIND_WORDS, APPOINTMENT_KINDS),
                                ("status", _STATUS_WORDS, APPOINTMENT_STATUSES)):
        if cells.get(key) not in (None, ""):
            try:
                choice = _choice(cells[key], words, allowed)
            except _Bad as exc:
                problems.append(f"{_label('appointments', key)}: {exc}")
            else:
                if choice:
                    values[key] = choice
    if cells.get("expected_participants") not in (None, ""):
        try:
            number = int(float(_text(cells["expected_participants"]).replace(",", ".")))
            if number < 0:
                raise ValueError
            values["expected_participants"] = number
        except ValueError:
            problems.append(f"Erwartete Teilnehmende: „{_text(cells['expected_participants'])}“ ist keine Zahl")
    network = _text(cells.get("network"))
    if network:
        network_id = networks.get(canonical(network))
        if network_id is None:
            problems.append(f"Gremium: „{network}“ gibt es nicht – bitte zuerst anlegen oder Spalte leeren")
        else:
            values["network"] = network_id
    for key, text in values.items():
        if isinstance(text, str) and key not in ("agenda", "outcome") and len(text) > records.TEXT_LIMIT:
            problems.append(f"{_label('appointments', key)}: zu lang (höchstens {records.TEXT_LIMIT} Zeichen)")
    return values


def preview(path: Path, kind: str, layout: Layout, *, appointment_id: int | None = None,
            on_duplicate: str = "update", progress: Progress | None = None) -> Preview:
    """Read every row and say what would happen to it; nothing is written."""
    path = Path(path)
    problem = check_mapping(kind, layout.mapping)
    if problem:
        raise ImportError_(problem)
    if kind == "attendance":
        if appointment_id is None:
            raise ImportError_("Für eine Teilnahmeliste bitte den Termin wählen (--appointment NR).")
        if Appointment.get_or_none(Appointment.id == appointment_id) is None:
            raise ImportError_(f"Termin Nr. {appointment_id} gibt es nicht.")
    columns = layout.mapped()
    total = 0  # unknown without a second pass over the sheet: the progress dialog shows rows done
    result = Preview(kind, path, layout, [], appointment_id)
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple, int] = {}
    index = _PersonIndex.load() if kind != "appointments" else None
    networks = {canonical(name): nid for nid, name in
                db_proxy.obj.execute_sql("SELECT id, name FROM network")} if kind == "appointments" else {}
    existing_appointments: dict[tuple[str, dt.datetime], int] = {}
    if kind == "appointments":
        for aid, title, start in db_proxy.obj.execute_sql("SELECT id, title, start FROM appointment"):
            start_value = start if isinstance(start, dt.datetime) else records.parse_datetime(start)
            existing_appointments.setdefault((canonical(title), start_value), aid)
    present: dict[int, int] = {}
    if kind == "attendance":
        present = {person_id: att_id for att_id, person_id in db_proxy.obj.execute_sql(
            "SELECT id, person_id FROM attendance WHERE appointment_id = ?", (appointment_id,))}
    new_orgs: set[str] = set()
    shared: dict[object, object] = {}  # one object per repeated value (organisation, town, …) keeps memory flat
    done = 0
    for number, raw in spreadsheet.iter_rows(path, layout.sheet):
        if number <= layout.header_row:
            continue
        done += 1
        if progress is not None and done % 500 == 0:
            progress(done, total, f"Zeile {number} wird geprüft …")
        if not any(v not in (None, "") and not (isinstance(v, str) and not v.strip()) for v in raw):
            continue
        cells = {target: raw[i] if i < len(raw) else None for target, i in columns.items()}
        problems: list[str] = []
        if kind == "appointments":
            values = _appointment_values(cells, networks, problems)
        else:
            values = _person_values(kind, cells, problems)
        for name in _REPEATED_FIELDS.intersection(values):
            value = values[name]
            if value is not None:
                values[name] = shared.setdefault(value, value)
        if problems:
            reason = f"Zeile {number}: " + "; ".join(problems)
            result.rows.append(Row(number, values, "error", reason, raw=tuple(raw)))
            continue
        row = Row(number, values, "create")
        if kind == "appointments":
            key = (canonical(values["title"]), values["start"])
            if key in seen_name:
                row.duplicate_of = seen_name[key]
                row.action, row.reason = "skip", f"Zeile {number}: gleicher Termin wie Zeile {seen_name[key]}"
            elif key in existing_appointments:
                row.match_id = existing_appointments[key]
                row.action = on_duplicate
                row.reason = f"Zeile {number}: Termin gibt es schon (Nr. {row.match_id})"
            seen_name.setdefault(key, number)
        else:
            assert index is not None
            _classify_person(row, values, index, seen_email, seen_name, on_duplicate)
            org = values.get("organization")
            if org and canonical(org) not in index.orgs and row.action == "create":
                new_orgs.add(canonical(org))
            if kind == "attendance" and row.match_id in present and row.action == "update":
                row.reason += " – steht schon auf der Teilnahmeliste"
        result.rows.append(row)
    result.new_organizations = len(new_orgs)
    if progress is not None:
        progress(done, done, "Vorschau fertig")
    return result


def _sheet_index(path: Path, sheet: str | None) -> int:
    if sheet is None:
        return 0
    names = spreadsheet.sheet_names(path)
    return names.index(sheet) if sheet in names else 0


def _classify_person(row: Row, values: dict[str, Any], index: _PersonIndex, seen_email: dict[str, int],
                     seen_name: dict[tuple, int], on_duplicate: str) -> None:
    number = row.number
    email = values.get("email", "").casefold()
    name_key = (canonical(values.get("first_name", "") + values.get("last_name", "")),
                canonical(values.get("organization", "")))
    earlier = seen_email.get(email) if email else None
    how = "gleiche E-Mail"
    if earlier is None:
        earlier, how = seen_name.get(name_key), "gleicher Name und gleiche Organisation"
    if earlier is not None:
        row.duplicate_of = earlier
        row.action = "skip"
        row.reason = f"Zeile {number}: doppelt in der Datei ({how} wie Zeile {earlier})"
    else:
        match = index.by_email.get(email) if email else None
        how = "gleiche E-Mail"
        if match is None:
            match, how = index.by_name.get(name_key), "gleicher Name und gleiche Organisation"
        if match is not None:
            row.match_id = match
            row.action = on_duplicate
            row.reason = f"Zeile {number}: gibt es schon als Kontakt Nr. {match} ({index.names.get(match, '')}; {how})"
    if email:
        seen_email.setdefault(email, number)
    seen_name.setdefault(name_key, number)


# --- commit and undo ------------------------------------------------------------------------------------

@dataclass
class Result:
    batch_id: int | None
    created: int
    updated: int
    skipped: int
    errors: int
    organizations: int = 0
    backup: Path | None = None

    def text(self) -> str:
        extra = f" (dazu {self.organizations} neue Organisationen)" if self.organizations else ""
        return (f"{self.created} neu angelegt{extra}, {self.updated} aktualisiert, {self.skipped} übersprungen, "
                f"{self.errors} fehlerhaft.")


def _backup_before_import() -> Path | None:
    """An automatic backup before the import (issue 7), when the backup service offers one."""
    try:
        from app.services import backup  # type: ignore[attr-defined]
    except ImportError:
        return None
    for name in ("backup_before", "automatic_backup", "backup_now", "create_backup"):
        function = getattr(backup, name, None)
        if callable(function):
            try:
                made = function(reason="import") if name == "backup_before" else function()
            except TypeError:
                made = function()
            return Path(made) if isinstance(made, str | Path) else getattr(made, "path", None)
    return None


_PERSON_FIELDS = ("salutation", "title", "first_name", "last_name", "function", "email", "phone", "mobile",
                  "street", "postal_code", "city", "country", "languages", "notes", "consent_date")
_APPOINTMENT_FIELDS = ("title", "kind", "start", "end", "all_day", "location", "status", "network", "agenda",
                       "outcome", "expected_participants")


def commit(preview_: Preview, *, progress: Progress | None = None, backup: bool = True) -> Result:
    """Write every row marked create/update in one transaction, recorded as an undoable batch."""
    counts = preview_.counts()
    backup_path = _backup_before_import() if backup and (counts["create"] or counts["update"]) else None
    with db_proxy.atomic():
        batch = ImportBatch.create(kind=preview_.kind, filename=preview_.path.name, os_user=audit.os_user(),
                                   summary="{}")
        if preview_.kind == "appointments":
            created, updated, orgs = _commit_appointments(preview_, batch.id, progress)
        else:
            created, updated, orgs = _commit_persons(preview_, batch.id, progress)
        result = Result(batch.id, created, updated, counts["skip"], counts["error"], orgs, backup_path)
        batch.summary = json.dumps({"created": created, "updated": updated, "skipped": counts["skip"],
                                    "errors": counts["error"], "organizations": orgs}, ensure_ascii=False)
        batch.save()
        audit.record("import_batch", batch.id, "import", {"file": (None, preview_.path.name),
                                                         "created": (None, created), "updated": (None, updated)})
    return result


def _records(batch_id: int, entity: str, action: str, ids: Iterable[int], previous: str = "{}") -> list[tuple]:
    return [(batch_id, entity, entity_id, action, previous) for entity_id in ids]


def _insert_records(rows: list[tuple]) -> None:
    if rows:
        bulk.insert_links(ImportRecord, ("batch_id", "entity", "entity_id", "action", "previous"), rows)


def _update_record(spec: records.Spec, record_id: int, values: dict[str, Any], batch_id: int,
                   entity: str) -> bool:
    """Overwrite with the file's non-empty values; remember what was there. True if anything changed."""
    obj = records.get(spec, record_id)
    before = records.current_values(spec, obj)
    changes = {k: v for k, v in values.items() if k in spec.fields and v not in (None, "") and before.get(k) != v}
    for key in ("first_name", "last_name", "organization_name", "title"):  # "Mueller" never overwrites "Müller"
        if key in changes and canonical(str(before.get(key) or "")) == canonical(str(changes[key])):
            del changes[key]
    if "email" in changes and str(before.get("email") or "").casefold() == str(changes["email"]).casefold():
        del changes["email"]
    if not changes:
        return False
    records.update(spec, record_id, changes)
    previous = {k: audit._plain(before[k]) for k in changes}
    _insert_records(_records(batch_id, entity, "update", [record_id], json.dumps(previous, ensure_ascii=False)))
    return True


def _commit_persons(preview_: Preview, batch_id: int, progress: Progress | None) -> tuple[int, int, int]:
    index = _PersonIndex.load()
    rows = [r for r in preview_.rows if r.action in ("create", "update")]
    org_ids = dict(index.orgs)
    new_orgs: list[dict[str, Any]] = []
    new_keys: list[str] = []
    for row in rows:
        name = row.values.get("organization")
        if name and canonical(name) not in org_ids and canonical(name) not in new_keys:
            new_keys.append(canonical(name))
            new_orgs.append({"name": name, "street": row.values.get("street", ""),
                             "postal_code": row.values.get("postal_code", ""), "city": row.values.get("city", "")})
    if new_orgs:
        ids = bulk.insert(ORGANIZATION, new_orgs, audit_action="import")
        org_ids.update(zip(new_keys, ids, strict=True))
        _insert_records(_records(batch_id, "organization", "create", ids))
    creates = [r for r in rows if r.action == "create" or r.match_id is None]
    person_of: dict[int, int] = {}
    new_ids: list[int] = []
    for start in range(0, len(creates), CHUNK):  # chunks keep memory flat; still one transaction
        chunk = creates[start:start + CHUNK]
        person_rows = []
        for row in chunk:
            values = {k: row.values[k] for k in _PERSON_FIELDS if row.values.get(k)}
            org = row.values.get("organization")
            if org:
                values["organization"] = org_ids[canonical(org)]
            person_rows.append(values)
        if progress is not None:
            progress(start, len(rows), "Kontakte werden gespeichert …")
        ids = bulk.insert(PERSON, person_rows, audit_action="import")
        del person_rows
        _insert_records(_records(batch_id, "person", "create", ids))
        person_of.update((row.number, pid) for row, pid in zip(chunk, ids, strict=True))
        new_ids.extend(ids)
    updated = 0
    for done, row in enumerate(r for r in rows if r.action == "update" and r.match_id is not None):
        values = {k: row.values[k] for k in _PERSON_FIELDS if row.values.get(k)}
        org = row.values.get("organization")
        if org:
            values["organization"] = org_ids[canonical(org)]
        if _update_record(PERSON, row.match_id, values, batch_id, "person"):
            updated += 1
        person_of[row.number] = row.match_id
        if progress is not None and done % 200 == 0:
            progress(len(new_ids) + done, len(rows), "Kontakte werden aktualisiert …")
    if preview_.kind == "attendance":
        updated += _commit_attendance(preview_, batch_id, person_of)
    return len(new_ids), updated, len(new_orgs)


def _commit_attendance(preview_: Preview, batch_id: int, person_of: dict[int, int]) -> int:
    from app.services.attendance import snapshot_of

    appointment_id = preview_.appointment_id
    present = {a.person_id: a for a in Attendance.select().where(Attendance.appointment == appointment_id)}
    rows = {row.number: row for row in preview_.rows if row.action in ("create", "update")}
    created_ids, changed = [], 0
    orgs: dict[int, Organization] = {}
    for number, person_id in person_of.items():
        row = rows[number]
        status = row.values.get("status", "registered")
        role = row.values.get("role", "participant")
        existing = present.get(person_id)
        if existing is not None:
            if (existing.status, existing.role) != (status, role) and (row.values.get("status") or
                                                                       row.values.get("role")):
                previous = json.dumps({"status": existing.status, "role": existing.role})
                existing.status, existing.role = status, role
                existing.checked_in_at = existing.checked_in_at or (
                    dt.datetime.now().replace(microsecond=0) if status == "attended" else None)
                existing.save()
                audit.record("attendance", existing.id, "update", {"status": (None, status)})
                _insert_records(_records(batch_id, "attendance", "update", [existing.id], previous))
                changed += 1
            continue
        person = Person.get_by_id(person_id)
        org = None
        if person.organization_id:
            org = orgs.get(person.organization_id) or Organization.get_by_id(person.organization_id)
            orgs[person.organization_id] = org
        attendance = Attendance.create(appointment=appointment_id, person=person_id, status=status, role=role,
                                       checked_in_at=dt.datetime.now().replace(microsecond=0)
                                       if status == "attended" else None, **snapshot_of(person, org))
        present[person_id] = attendance
        created_ids.append(attendance.id)
    if created_ids:
        audit.record("attendance", created_ids[0], "import", {"ids": (None, f"{created_ids[0]}–{created_ids[-1]}")})
    _insert_records(_records(batch_id, "attendance", "create", created_ids))
    return changed


def _commit_appointments(preview_: Preview, batch_id: int, progress: Progress | None) -> tuple[int, int, int]:
    creates, updated = [], 0
    for row in preview_.rows:
        values = {k: row.values[k] for k in _APPOINTMENT_FIELDS if k in row.values}
        if row.action == "create" or (row.action == "update" and row.match_id is None):
            values.setdefault("all_day", False)
            creates.append(values)
        elif row.action == "update":
            if _update_record(APPOINTMENT, row.match_id, values, batch_id, "appointment"):
                updated += 1
    ids = bulk.insert(APPOINTMENT, creates, audit_action="import") if creates else []
    _insert_records(_records(batch_id, "appointment", "create", ids))
    return len(ids), updated, 0


def undo(batch_id: int) -> dict[str, int]:
    """Revert a whole import: created records removed, updated ones restored – all or nothing."""
    deletes = _undo_deletes()
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise ImportError_(f"Import Nr. {batch_id} gibt es nicht.")
    if batch.undone_at is not None:
        raise ImportError_(f"Import Nr. {batch_id} wurde am {batch.undone_at:%d.%m.%Y %H:%M} schon rückgängig "
                           "gemacht.")
    counts = {"removed": 0, "restored": 0}
    specs = {"person": PERSON, "organization": ORGANIZATION, "appointment": APPOINTMENT}
    with db_proxy.atomic():
        items = list(ImportRecord.select().where(ImportRecord.batch == batch_id).order_by(ImportRecord.id.desc()))
        for item in items:
            if item.action == "update":
                previous = json.loads(item.previous)
                if item.entity == "attendance":
                    row = Attendance.get_or_none(Attendance.id == item.entity_id)
                    if row is not None:
                        row.status, row.role = previous["status"], previous["role"]
                        row.save()
                        audit.record("attendance", row.id, "undo_import", {"status": (None, row.status)})
                else:
                    try:
                        records.update(specs[item.entity], item.entity_id, previous)
                    except UserError:
                        continue  # the record has been deleted since
                counts["restored"] += 1
                continue
            if item.entity == "attendance":
                Attendance.delete().where(Attendance.id == item.entity_id).execute()
                audit.record("attendance", item.entity_id, "undo_import")
            else:
                model, delete = deletes[item.entity]
                if model.get_or_none(model.id == item.entity_id) is None:
                    continue
                try:
                    delete(item.entity_id)
                except ConflictError as exc:
                    raise ConflictError(f"Der Import kann nicht rückgängig gemacht werden: {exc}") from None
            counts["removed"] += 1
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        batch.save()
        audit.record("import_batch", batch.id, "undo", {"removed": (None, counts["removed"]),
                                                       "restored": (None, counts["restored"])})
    return counts


def _undo_deletes() -> dict[str, tuple[Any, Callable[[int], None]]]:
    """entity → (model, guarded delete service) for removing records an import created."""
    from app.services import contacts
    from app.services.appointments import delete_appointment

    return {
        "person": (Person, contacts.delete_person),
        "organization": (Organization, contacts.delete_organization),
        "appointment": (Appointment, delete_appointment),
    }


def batches(limit: int = 50) -> list[ImportBatch]:
    return list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit))


# --- files for the office -------------------------------------------------------------------------------

def write_rejected(preview_: Preview, path: Path) -> Path:
    """The rows with errors, as they were, plus row number and reason – to fix and import again."""
    headers = list(preview_.layout.headers) + ["Zeile", "Grund"]
    width = len(preview_.layout.headers)

    def rows() -> Iterable[list[object]]:
        for row in preview_.rows:
            if row.action != "error":
                continue
            cells = list(row.raw[:width]) + [None] * (width - len(row.raw[:width]))
            yield cells + [row.number, row.reason.partition(": ")[2] or row.reason]

    return write_table(path, headers, rows(), sheet_title="Abgelehnte Zeilen")


TEMPLATE_COLUMNS = {
    "persons": ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon",
                "Mobil", "Straße", "PLZ", "Ort", "Land", "Sprachen", "Einwilligung am", "Notizen"),
    "appointments": ("Datum", "von", "bis", "Thema", "Art", "Ort", "Status", "Gremium", "Tagesordnung",
                     "Erwartete Teilnehmende"),
    "attendance": ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon",
                   "Status", "Rolle"),
}


def write_template(kind: str, path: Path) -> Path:
    """An empty list with the column titles the import recognises."""
    if kind not in KINDS:
        raise ImportError_(f"Unbekannte Importart „{kind}“.")
    return write_table(path, TEMPLATE_COLUMNS[kind], [], sheet_title=KIND_LABELS[kind][:31])


def appointment_label(appointment_id: int) -> str:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        return ""
    return f"{appointment.start:%d.%m.%Y} – {appointment.title}"


def network_names() -> list[str]:
    return [n.name for n in Network.select(Network.name).order_by(Network.name)]
