"""Cell values as offices write them – the one date/time parser of the whole program.

Everything that turns a cell or a typed field into a date, time, postal code, phone number or name parts
lives here: the import (Excel, CSV, Outlook/Google/Thunderbird exports) and the record services
(`app.services.records.parse_date` is this `parse_date`). No database, no Qt.

- dates: date/datetime cells, Excel serials (1900 system), "09.07.2025", "9.7.25", "2025-07-09",
  "09/07/2025" (day first) or, with `order="mdy"`, "7/9/2025" as English Outlook writes it;
- times: time cells, fractions of a day, "09:30", "9.30 Uhr", "9:30:00 AM";
- postal codes that lost their leading zero, phone numbers stored as numbers;
- names: "Müller, Hans", "Frau Dr. Fatima Al-Sayed", "Al-Sayed, Fatima (Frau)", "Hans von der Heide".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from app.io.messages import t
from app.models.search import fold


class CellError(ValueError):
    """A value that cannot be read as the field's type; the message names the value (German)."""


_DATE_DOTTED = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DATE_DOTTED_TIME = re.compile(
    r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})[ ,]+(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*uhr)?$", re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_WS = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_BRACKET = re.compile(r"\s*\(([^)]*)\)\s*$")

SALUTATIONS = {"herr": "Herr", "hr": "Herr", "herrn": "Herr", "frau": "Frau", "fr": "Frau", "mr": "Mr",
               "mrs": "Mrs", "ms": "Ms", "miss": "Ms", "divers": ""}
_TITLE_RE = re.compile(r"^(prof|dr|dipl|mag|ing|med|phil|rer|nat|jur|pd|ma|ba|msc|bsc|mba|llm|habil|h\.c|"
                       r"dent|vet|oec|pol|soc|theol|paed)\b[\w.\-]*\.?$", re.IGNORECASE)
PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "zur", "del", "della", "di", "da", "la", "le",
             "ten", "ter", "al", "el", "bin", "ibn", "du", "des", "dos", "das", "af", "op"}


def cell_text(value: object) -> str:
    """A cell as the text a person would read in it (dates German, whole floats without ".0")."""
    if value is None:
        return ""
    if type(value) is str:  # the common case first
        if "\u00a0" in value or "\u200b" in value or "\ufeff" in value:
            value = value.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
        return value.strip()
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
    text = str(value).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text.strip()


def text(value: object) -> str:
    """cell_text with runs of spaces folded and each line trimmed."""
    if value is None:
        return ""
    if value.__class__ is str and value.isprintable():  # no line break, tab, NBSP, zero-width or BOM (one pass)
        result = value.strip()  # type: ignore[attr-defined]
        if "  " not in result:
            return str(result)
    result = cell_text(value)
    if "\n" in result or "  " in result or "\t" in result or "\r" in result:
        result = "\n".join(_WS.sub(" ", line).strip() for line in result.splitlines()).strip()
    return result


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(t("no_such_date", value=shown)) from None


def parse_date(value: Any, order: str = "dmy") -> dt.date | None:
    """A date from a cell or typed text; None for empty; CellError (a ValueError) otherwise.

    `order` says how to read "a/b/yyyy": "dmy" (German, default) or "mdy" (English Outlook)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise CellError(str(value))
    if isinstance(value, int | float):
        if 1 <= value < 110_000:  # Excel serial (1900 date system)
            return (dt.datetime(1899, 12, 30) + dt.timedelta(days=int(value))).date()
        raise CellError(t("not_a_date", value=cell_text(value)))
    shown = text(value)
    if shown.isdigit() and len(shown) == 5:
        return parse_date(int(shown))
    match = _DATE_DOTTED.match(shown)
    if match:
        return _make_date(_year(match.group(3)), int(match.group(2)), int(match.group(1)), shown)
    match = _DATE_SLASH.match(shown)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        day, month = (second, first) if order == "mdy" else (first, second)
        return _make_date(_year(match.group(3)), month, day, shown)
    match = _DATE_ISO.match(shown)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), shown)
    raise CellError(t("not_a_date", value=shown))


def looks_like_date(value: object) -> bool:
    try:
        return parse_date(value) is not None
    except ValueError:
        return False


def parse_time(value: Any) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        if 0 <= minutes < 24 * 60:
            return dt.time(minutes // 60, minutes % 60)
        raise CellError(str(value))
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 0 <= value < 1:  # fraction of a day
            minutes = round(value * 24 * 60)
            return dt.time(min(23, minutes // 60), minutes % 60)
        value = str(int(value)) if isinstance(value, int) or float(value).is_integer() else f"{value:.2f}"
    shown = text(value)
    if re.fullmatch(r"0[.,]\d+", shown):  # a time cell written to CSV as a fraction of a day
        return parse_time(float(shown.replace(",", ".")))
    match = _TIME.match(shown)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(4) or "").lower().replace(".", "")
        if suffix in ("am", "pm"):
            if not 1 <= hour <= 12:
                raise CellError(t("no_such_date", value=shown))
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
        raise CellError(t("no_such_date", value=shown))
    raise CellError(t("not_a_time", value=shown))


def parse_datetime_cell(value: Any, order: str = "dmy") -> tuple[dt.date | None, dt.time | None]:
    """A date cell that may also carry a time ("09.07.2025 14:00", a datetime with hours)."""
    if isinstance(value, dt.datetime):
        return value.date(), (value.time() if value.time() != dt.time() else None)
    if isinstance(value, str):
        shown = text(value)
        match = _DATE_DOTTED_TIME.match(shown)
        if match:
            day, month, year, hour, minute = match.groups()
            if int(hour) > 23 or int(minute) > 59:
                raise CellError(t("no_such_date", value=shown))
            return (_make_date(_year(year), int(month), int(day), shown), dt.time(int(hour), int(minute)))
        match = _DATE_ISO.match(shown)
        if match and match.group(4):
            if int(match.group(4)) > 23 or int(match.group(5)) > 59:
                raise CellError(t("no_such_date", value=shown))
            return (_make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), shown),
                    dt.time(int(match.group(4)), int(match.group(5))))
    return parse_date(value, order), None


def postal_code(value: object, country: str = "") -> str:
    """German postal codes stored as numbers lose their leading zero: 1067 → "01067"."""
    shown = cell_text(value)
    german = fold(country) in ("", "deutschland", "germany", "de", "d", "brd")
    if german and shown.isdigit() and 3 <= len(shown) < 5:
        return shown.zfill(5)
    return shown


def looks_like_postal_code(value: object) -> bool:
    shown = cell_text(value)
    return shown.isdigit() and 3 <= len(shown) <= 5 or bool(re.fullmatch(r"(D-|A-|CH-)?\d{4,5}", shown))


def phone(value: object) -> str:
    """Phone numbers stored as numbers: kept as text, the leading 0 Excel dropped put back."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return cell_text(value)
        digits = str(int(value))
        if digits.startswith("49") and len(digits) > 10:
            return "+" + digits
        return "0" + digits if not digits.startswith("0") else digits
    shown = text(value)
    if shown.isdigit() and len(shown) >= 6 and not shown.startswith("0"):  # a number in a CSV file
        return phone(int(shown))
    return shown


def same_phone(first: object, second: object) -> bool:
    """One number in two notations: "+49 341 2345-10", "0049 (0)341 234510" and "0341 2345-10" (Google writes
    the international form, Outlook and Thunderbird the national one) – an import must not flip between them."""
    return _phone_key(text(first)) == _phone_key(text(second))


def _phone_key(value: str) -> str:
    value = value.replace("(0)", "")
    digits = "".join(c for c in value if c.isdigit())
    if value.lstrip().startswith("+"):
        digits = "00" + digits
    return "0" + digits[4:] if digits.startswith("0049") else digits


def merged_notes(stored: str, incoming: str) -> str:
    """The stored notes with the incoming lines they do not hold yet below them (spacing aside): an import adds
    to what the office wrote instead of replacing it."""
    if not stored:
        return incoming
    have = {" ".join(line.split()) for line in stored.splitlines()}
    new = [line for line in incoming.splitlines() if line.strip() and " ".join(line.split()) not in have]
    return "\n".join([stored, *new]) if new else stored


_UMLAUT_RE = re.compile("[äöüÄÖÜß]")
_UMLAUT_SPELLING = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"}


def _umlaut(match: re.Match[str]) -> str:
    return _UMLAUT_SPELLING[match.group()]


@lru_cache(maxsize=4096)  # organisations and towns repeat; names mostly do not
def canonical(value: str) -> str:
    """For duplicate checks: umlaut spellings, accents, case, hyphens and spaces do not matter."""
    if not value.isascii():  # (a regular expression: str.translate costs microseconds per call)
        value = _UMLAUT_RE.sub(_umlaut, value)
    return _NON_ALNUM.sub("", fold(value))


# the gendered forms German and Austrian offices write: "Prof.in", "Prof.'in", "Dr.in", "Mag.a", "DI.in"
_GENDERED_TITLE = re.compile(r"^(prof|dr|mag|di)\.?['’]?(in|a)$")


def is_title_word(word: str) -> bool:
    plain = word.rstrip(".").lower()
    return bool(_TITLE_RE.match(word)) and (word.endswith(".") or "-" in word or plain in ("prof", "dr", "pd")
                                            or bool(_GENDERED_TITLE.match(plain)))


# Degrees written after the name ("Anna Berg, M.A.", "Jan Weber LL.M.", "Eva Roth, MBA", also "jun."): no title for the
# salutation ("Sehr geehrte Frau M.A. Berg" is wrong), so they are kept apart. Undotted ones only after a comma
# ("Li Ma" is a name).
_DEGREE_DOTTED = re.compile(r"^(?:[mb]\.\s?(?:a|sc|ed|eng|phil)\.|ll\.\s?[mb]\.|ph\.\s?d\.|dipl\.-[^\s,]+|"
                            r"m\.\s?s\.\s?w\.|mag\.(?:a\b|\s?\w+\.)?|jun\.|sen\.|jr\.|sr\.)$", re.IGNORECASE)
_DEGREE_PLAIN = re.compile(r"^(?:ma|ba|msc|bsc|mba|llm|phd|med|mdb|mdl|mdep|mph|mpa|msw)$", re.IGNORECASE)


def split_name_suffix(full: str) -> tuple[str, str]:
    """ "Anna Berg, M.A." → ("Anna Berg", "M.A."), an Exchange display name's unit "Müller, Hans (Jugendamt)" →
    ("Müller, Hans", "Jugendamt"); a name without either comes back unchanged. A bracket holding a salutation or
    title ("Al-Sayed, Fatima (Frau)") stays for split_name."""
    if full.endswith(")"):
        bracket = _BRACKET.search(full)
        if bracket and bracket.start() > 0:
            salutation, title, rest = split_prefix(bracket.group(1))
            if rest and not (salutation or title):
                name, before = split_name_suffix(full[:bracket.start()].strip())
                return name, ", ".join(p for p in (before, rest) if p)
    if not full.endswith(".") and "," not in full:  # most names: nothing to do
        return full, ""
    words = full.replace(",", " , ").split()
    degrees: list[str] = []
    while len(words) > 2:
        word = words[-1]
        if word == ",":
            words.pop()
            continue
        # an undotted "MA"/"BA" only after a whole name: in "Li, Ma" (Exchange's "Last, First") it is the given name
        plain = words[-2] == "," and ("," in words[:-2] or len(words[:-2]) >= 2) and _DEGREE_PLAIN.match(word)
        if _DEGREE_DOTTED.match(word) or plain:
            degrees.insert(0, words.pop())
            continue
        break
    if not degrees:
        return full, ""
    while words and words[-1] == ",":
        words.pop()
    name = " ".join(words).replace(" , ", ", ")
    return name, ", ".join(degrees)


@lru_cache(maxsize=1024)  # "Frau", "Herr Dr." … repeat in every row
def split_prefix(value: str) -> tuple[str, str, str]:
    """ "Frau Prof. Dr." → ("Frau", "Prof. Dr.", ""); the rest of the words is returned third."""
    return _split_prefix(value)


def _split_prefix(value: str) -> tuple[str, str, str]:
    words = value.split()  # runs of whitespace as one, none at either end (as _WS.sub(" ", …).strip().split(" "))
    if words and words[0].rstrip(".").lower() not in SALUTATIONS and not _TITLE_RE.match(words[0]):
        return "", "", " ".join(words)  # most names: no salutation, no title in front
    salutation = ""
    titles: list[str] = []
    while words:
        plain = words[0].rstrip(".").lower()
        if plain in SALUTATIONS and not salutation:
            salutation = SALUTATIONS[plain]
            words.pop(0)
        elif is_title_word(words[0]) or (words[0].lower() in ("med.", "rer.", "nat.", "phil.") and titles):
            titles.append(words.pop(0))
        else:
            break
    return salutation, " ".join(titles), " ".join(words)


def one_line(value: object) -> str:
    """A cell of several lines as one ("Rathausplatz 1\nEingang B" → "Rathausplatz 1, Eingang B")."""
    return ", ".join(part.strip() for part in text(value).splitlines() if part.strip())


def po_box_line(value: object) -> str:
    """ "Postfach 10 05 20" from a PO box field (Outlook's "Postfach geschäftlich", a vCard ADR's first part),
    which holds the number alone or with its word."""
    text = one_line(value)
    if not text or text.casefold().startswith(("postfach", "po box", "p.o. box", "p. o. box", "pf ")):
        return text
    return f"Postfach {text}"


def split_name(full: str) -> dict[str, str]:
    """ "Dr. Anna Müller", "Müller, Anna", "Frau Al-Sayed, Fatima", "Al-Sayed, Fatima (Frau)",
    "Herr Prof. Dr. Jan van der Berg" → salutation, title, first and last name."""
    value = " ".join(full.split())  # runs of whitespace as one space, trimmed (as _WS.sub(" ", …).strip())
    result = {"salutation": "", "title": "", "first_name": "", "last_name": ""}
    if not value:
        return result
    bracket = _BRACKET.search(value) if value.endswith(")") else None
    if bracket:  # "Al-Sayed, Fatima (Frau)", "Müller, Hans (Dr.)"
        salutation, title, rest = split_prefix(bracket.group(1))
        if (salutation or title) and not rest:
            result["salutation"], result["title"] = salutation, title
            value = value[:bracket.start()].strip()
    if "," in value:
        last, _, rest = value.partition(",")
        outer_salutation, outer_title, last = split_prefix(last)
        given, comma, tail = rest.rpartition(",")
        if comma and tail.strip():  # Exchange's "Weiß, Jürgen, Prof. Dr.": the title after the given name
            tail_salutation, tail_title, tail_rest = split_prefix(tail.strip())
            if (tail_salutation or tail_title) and not tail_rest:
                rest = f"{tail.strip()} {given.strip()}"
        inner = split_name(rest.strip())
        first = " ".join(p for p in (inner["first_name"], inner["last_name"]) if p)
        result.update(salutation=result["salutation"] or outer_salutation or inner["salutation"],
                      title=" ".join(p for p in (result["title"], outer_title, inner["title"]) if p),
                      first_name=first, last_name=last.strip())
        return result
    first_word = value.partition(" ")[0]
    if first_word.rstrip(".").lower() not in SALUTATIONS and not _TITLE_RE.match(first_word):
        salutation, title, rest = "", "", value  # most names: no salutation, no title in front (_split_prefix's test)
    else:
        salutation, title, rest = _split_prefix(value)  # (uncached: a list's names rarely repeat)
    if not rest:  # "Frau Dr." alone: nothing to split off, keep it as the name
        rest, salutation, title = value, "", ""
    result["salutation"] = result["salutation"] or salutation
    if title:
        result["title"] = f"{result['title']} {title}" if result["title"] else title
    words = rest.split(" ")
    if len(words) == 1:
        result["last_name"] = words[0]
        return result
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    result["first_name"] = " ".join(words[:cut])
    result["last_name"] = " ".join(words[cut:])
    return result
