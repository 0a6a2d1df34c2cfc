"""vCard (2.1, 3.0, 4.0) files in and out as plain `Card` rows – no database here.

Reading copes with what address books really write: Apple/iCloud's grouped properties
(`item1.EMAIL` + `item1.X-ABLabel`, `type=WORK;type=pref`, `X-ABShowAs:COMPANY` for company cards),
Google's `TYPE=INTERNET`, Android's vCard 2.1 with bare parameters (`TEL;CELL:`) and quoted-printable
names (`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4D=C3=BC…` with `=` soft line breaks) and its own labels
(`TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=42=C3=BC=72=6F)`), Outlook's single .vcf (2.1,
Windows-1252, `X-MS-OL-*`, ROLE "Beruf" beside TITLE, an "Anrede" typed as "Herrn"), Evolution's empty
properties, Thunderbird's cards with only a display name (FN), group cards (skipped), Nokia backups
(`ENCODING=8BIT` on every line, `NOTE;ENCODING=BASE64`), vCard 4.0 type lists as one quoted value
(`TYPE="work,cell,voice"`), and Apple's "Firma" ticked on a card that still names its contact person.
Labels typed by the user ("Handy", "Büro", "Privat", "Fax") count like the standard types. Photos, logos
and keys are dropped before parsing. Business beats home, a mobile number goes to mobile, academic titles
(`Dr.`, `Prof. Dr.`) to the title, further addresses, ROLE and CATEGORIES into the notes. A card without
any name (FN is mandatory, yet empty in the wild) but with an e-mail address is named by the address, as
the CSV import does.

The file is read card by card (app/io/vcard_stream.py): photos are dropped before a card is decoded, so a
phone export of several hundred MB comes in with memory bounded by one card.

Writing: vCard 3.0, UTF-8, CRLF, no photo, one card per person, UID = the person's uuid.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import vobject

from app.io import cells, profiles, vcard_stream
from app.io.messages import t
from app.models.search import fold
from app.wording.formats import number_text

# the lines a card adds to the notes after its NOTE (further e-mails, phones, addresses, the department)
UNREADABLE_PREFIX = "Nicht lesbare Zeile: "
LANGUAGES_PREFIX = "Sprachen: "
NOTE_PREFIXES = ("Abteilung: ", "Beruf: ", "Kategorien: ", "E-Mail: ", "Telefon: ", "Adresse: ", UNREADABLE_PREFIX)
_SYSTEM_GROUPS = ("mycontacts", "starred")  # Google's own groups in CATEGORIES
logging.getLogger("vobject").setLevel(logging.CRITICAL)  # skipped broken lines are reported by us, not logged
_DROPPED = {"PHOTO", "LOGO", "SOUND", "KEY", "X-ABUID", "X-ABADR", "PRODID", "REV"}
_TITLE_WORD = re.compile(r"^(prof|dr|dipl|mag|ing|med|phil|rer|nat|jur|pd|habil)\b[\w.\-]*\.?$", re.I)
_SALUTATIONS = {"herr": "Herr", "herrn": "Herr", "hr.": "Herr", "hr": "Herr", "frau": "Frau", "fr.": "Frau",
                "fr": "Frau", "mr.": "Herr", "mr": "Herr",
                "mrs.": "Frau", "mrs": "Frau", "ms.": "Frau", "ms": "Frau"}
_OUTLOOK = re.compile(r"^X-MS-(OL-|IMADDRESS|MANAGER|ASSISTANT)", re.I | re.M)
_ANDROID_LABEL = re.compile(r";?X-CUSTOM\((?:CHARSET=[^,)]*,)?(?:ENCODING=[^,)]*,)?([^)]*)\)", re.I)
_V21_TYPES = {"HOME", "WORK", "CELL", "VOICE", "FAX", "PREF", "INTERNET", "MSG", "PAGER", "X400", "PARCEL",
              "POSTAL", "DOM", "INTL", "BBS", "MODEM", "CAR", "ISDN", "VIDEO", "OTHER", "MAIN"}


@dataclass
class Card:
    uid: str = ""
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    function: str = ""
    organization: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    website: str = ""
    languages: str = ""  # "Ukrainisch, Russisch": a "Sprachen: …" line of the NOTE
    notes: str = ""
    company_only: bool = False
    group: bool = False  # a contact group (iCloud X-ADDRESSBOOKSERVER-KIND:group, vCard 4.0 KIND:group)
    version: str = "3.0"
    skipped: list[str] = field(default_factory=list)  # what was dropped (photo …), for the preview
    name_from_email: bool = False  # no name on the card (empty FN, no N): the e-mail address is the last name
    unreadable: list[str] = field(default_factory=list)  # lines that could not be read (kept in the notes)
    error: str = ""  # the card could not be read

    @property
    def display_name(self) -> str:
        if self.company_only:
            return self.organization
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass
class VcfFile:
    profile: str
    cards: list[Card]


# --- reading ------------------------------------------------------------------------------------------------

def _decode(data: bytes) -> str:
    """One card's text: UTF-8 as nearly every program writes it, Windows-1252 as Outlook's own .vcf."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _logical_lines(text: str) -> list[str]:
    """Unfold RFC folding (CRLF + space) and quoted-printable soft breaks (a QP line ending in '=')."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[str] = []
    for line in raw:
        if lines and _is_qp(lines[-1]) and lines[-1].endswith("=") \
                and line.strip().upper() not in ("END:VCARD", "BEGIN:VCARD"):  # a soft break first: an indented
            lines[-1] = lines[-1][:-1] + (line[1:] if line[:1] in (" ", "\t") else line)  # line after it is
            continue  # the same line folded once more (else "=0A=" + " 9=96" read as "=9–")
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
            continue
        if line.strip():
            lines.append(line)
    return lines


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


_SINGLE_TEXT = {"NOTE", "FN", "TITLE", "ROLE", "N", "ADR", "ORG"}
_BARE_COMMA = re.compile(r"(?<!\\),")


def _escape(value: str, structured: bool) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    return value if structured else value.replace(";", "\\;")


def _normalise(line: str) -> str | None:
    """One logical line in vCard 3.0 form: QP decoded, bare 2.1 types as TYPE=, dropped properties gone."""
    head, sep, value = line.partition(":")
    if not sep:
        return line if line.strip() else None  # (a line break inside NOTE, not folded: kept, named as unreadable)
    custom = _ANDROID_LABEL.search(head)  # TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=42=C3=BC=72=6F)
    if custom:
        label = quopri.decodestring(custom.group(1).encode("latin-1", "replace")).decode("utf-8", "replace")
        head = head[:custom.start()] + "".join(f";TYPE={kind}" for kind in _typed_label(label)) \
            + head[custom.end():]
        head = head.replace(";;", ";").rstrip(";")
    parts = head.split(";")
    name = parts[0]
    bare_name = name.split(".")[-1].upper()
    if bare_name in ("PHOTO", "LOGO"):
        return "X-BRUECKE-DROPPED:" + bare_name
    if bare_name in _DROPPED:
        return None
    params: list[str] = []
    charset = "utf-8"
    quoted = encoded = False
    for param in parts[1:]:
        key, eq, param_value = param.partition("=")
        upper = key.strip().upper()
        if not eq:
            if upper == "QUOTED-PRINTABLE":
                quoted = True
            elif upper in _V21_TYPES or upper.startswith("X-"):
                params.append(f"TYPE={upper}")
            continue
        if upper == "ENCODING":  # vobject base64-decodes a value with any ENCODING, so none is passed on:
            kind = param_value.strip().strip('"').upper()  # Nokia writes ENCODING=8BIT on every line and
            quoted = quoted or kind == "QUOTED-PRINTABLE"   # NOTE;ENCODING=BASE64 for a note
            encoded = encoded or kind in ("B", "BASE64")
            continue
        if upper == "CHARSET":
            charset = param_value.strip().strip('"') or "utf-8"
            continue
        params.append(f"{key}={param_value}")
    if quoted:
        structured = bare_name in ("N", "ADR", "ORG")
        pieces = value.split(";") if structured else [value]
        decoded = []
        for piece in pieces:
            raw = quopri.decodestring(piece.encode("latin-1", errors="replace"))
            try:
                text = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                text = raw.decode("cp1252", errors="replace")
            decoded.append(_escape(text, structured))
        value = ";".join(decoded)
    elif encoded:  # a text in base64 (photos, logos and keys were dropped before)
        try:
            raw = base64.b64decode(value.strip() + "=" * (-len(value.strip()) % 4))
        except (binascii.Error, ValueError):
            return None
        try:
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = raw.decode("cp1252", errors="replace")
        value = _escape(text, bare_name in ("N", "ADR", "ORG"))
    elif bare_name in _SINGLE_TEXT:  # a bare comma is text (vCard 2.1 has no escapes; many 3.0 writers forget
        value = _BARE_COMMA.sub("\\,", value)  # them): vobject would keep only what stands before it
    return ";".join([name, *params]) + ":" + value


def _prepared(text: str) -> tuple[str, str]:
    """The file as clean vCard 3.0 text and the product line (PRODID) for the profile."""
    product = ""
    out: list[str] = []
    for line in _logical_lines(text):
        upper = line.upper()
        if upper.startswith("PRODID:") and not product:
            product = line[7:]
        if upper.startswith("VERSION:"):
            out.append("VERSION:3.0")
            continue
        normal = _normalise(line)
        if normal is not None:
            out.append(normal)
    return "\r\n".join(out) + "\r\n", product


def _profile(product: str, text: str) -> str:
    lowered = (product + text[:4000]).lower()
    if "bruecke" in product.lower():
        return "Brücke"
    if "apple" in lowered or "x-abshowas" in lowered or "x-ablabel" in lowered:
        return "Apple/iCloud"
    if _OUTLOOK.search(text):  # Outlook's own .vcf (2.1, Windows-1252); its X-MS- lines may follow a photo
        return "Outlook"
    if "version:2.1" in lowered:
        return "Android (vCard 2.1)"
    if "google" in lowered or "mycontacts" in lowered:
        return t("program_google_contacts")
    if "version:4.0" in lowered:
        return "vCard 4.0"
    return "vCard 3.0"


def _types(line: vobject.base.ContentLine) -> set[str]:
    values: set[str] = set()
    for key, items in line.params.items():
        if key.upper() == "TYPE":  # TYPE=work,voice or, as RFC 6350 writes it, TYPE="voice,home": one value
            values.update(part.strip().upper() for item in items for part in str(item).split(",") if part.strip())
        elif key.upper() == "PREF":
            values.add("PREF")
    return values | {t.upper() for t in getattr(line, "singletonparams", [])}


def _label_types(card: vobject.base.Component, line: vobject.base.ContentLine) -> set[str]:
    """Apple writes the kind of a grouped value as `itemN.X-ABLabel:_$!<Work>!$_`."""
    types = _types(line)
    if line.group:
        for other in card.getChildren():
            if other.group == line.group and other.name.upper() == "X-ABLABEL":
                label = str(other.value).strip("_$!<>").upper()
                types.add({"WORK": "WORK", "HOME": "HOME", "MOBILE": "CELL"}.get(label, label))
                types.update(_typed_label(str(other.value)))
    return types


def _typed_label(label: str) -> set[str]:
    """A label the user typed ("Handy", "Büro", "Privat", "Fax Büro") read as the same words as CSV labels."""
    folded = fold(label)
    words = set(re.split(r"\W+", folded))
    if "fax" in folded or "pager" in words:
        return {"FAX"}
    if any(word in folded for word in profiles.MOBILE_LABELS):
        return {"CELL"}
    if words & set(profiles.WORK_LABELS):
        return {"WORK"}
    return {"HOME"} if words & set(profiles.HOME_LABELS) else set()


def _rank(types: set[str]) -> int:
    """Lower is better: business first, then preferred, then unlabelled, home last."""
    return (0 if "WORK" in types else 2 if "HOME" in types else 1) * 2 + (0 if "PREF" in types else 1)


def _lines(card: vobject.base.Component, name: str) -> list[vobject.base.ContentLine]:
    return [line for line in card.getChildren() if line.name.upper() == name]


def _split_titles(prefix: str, card: Card) -> None:
    for word in prefix.replace(",", " ").split():
        key = word.lower()
        if key in _SALUTATIONS and not card.salutation:
            card.salutation = _SALUTATIONS[key]
        elif _TITLE_WORD.match(word):
            card.title = f"{card.title} {word}".strip()
        else:
            card.title = f"{card.title} {word}".strip()


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _one_line(value: object) -> str:
    """Apple writes a two-line street as `Rathausplatz 1\\nEingang B`; the street field holds one line."""
    return cells.one_line(_text(value))


def _card(component: vobject.base.Component, profile: str) -> Card:
    card = Card()
    uid = _lines(component, "UID")
    card.uid = _text(uid[0].value) if uid else ""
    names = _lines(component, "N")
    if names:
        name = names[0].value
        card.last_name = _text(name.family)
        card.first_name = " ".join(p for p in (_text(name.given), _text(name.additional)) if p)
        _split_titles(_text(name.prefix), card)
        if _text(name.suffix):
            card.title = f"{card.title} {_text(name.suffix)}".strip()
    gender = _lines(component, "GENDER")  # vCard 4.0: M / F
    if gender and not card.salutation:
        card.salutation = {"F": "Frau", "M": "Herr"}.get(_text(gender[0].value)[:1].upper(), "")
    org = _lines(component, "ORG")
    if org:
        units = [_text(u) for u in (org[0].value if isinstance(org[0].value, list) else [org[0].value])]
        units = [u for u in units if u]
        card.organization = units[0] if units else ""
        card.department = ", ".join(units[1:])
    job = next((_text(line.value) for line in _lines(component, "TITLE") if _text(line.value)), "")
    role = next((_text(line.value) for line in _lines(component, "ROLE") if _text(line.value)), "")
    card.function = job or role  # Evolution writes an empty TITLE: beside the ROLE it fills
    show_as = _lines(component, "X-ABSHOWAS")
    kind = _lines(component, "KIND") or _lines(component, "X-ADDRESSBOOKSERVER-KIND")
    full_name = _lines(component, "FN")
    words = _text(full_name[0].value).split() if full_name else []
    card.group = bool(kind) and _text(kind[0].value).lower() == "group"
    named = bool(card.last_name or card.first_name)  # Apple's "show as company" on a card that names a person
    card.company_only = bool(card.organization) and (  # is still that person (the contact at the company)
        (bool(show_as) and _text(show_as[0].value).upper() == "COMPANY" and not named)
        or (bool(kind) and _text(kind[0].value).lower() == "org")
        or (not card.last_name and not card.first_name  # no N: a company unless FN names someone else
            and (not words or " ".join(words).casefold() == card.organization.casefold())))
    if not card.last_name and not card.company_only:  # only a display name: "Prof. Mehmet Yılmaz",
        parts = cells.split_name(" ".join(words))    # an Exchange "Schulze, Birgit", "Hans von der Heide"
        card.last_name, card.first_name = parts["last_name"], card.first_name or parts["first_name"]
        card.salutation = card.salutation or parts["salutation"]
        card.title = card.title or parts["title"]
        if card.first_name and card.last_name in ("", card.first_name):  # only a given name ("N:;Anna;;;"):
            card.last_name, card.first_name = card.first_name, ""       # the name, once, as the CSV import has it
    notes: list[str] = []
    if job and role and role != job:  # Outlook writes "Beruf" as ROLE beside the job title (TITLE)
        notes.append(f"Beruf: {role}")
    categories = [c.strip() for line in _lines(component, "CATEGORIES")
                  for c in (line.value if isinstance(line.value, list) else str(line.value).split(","))]
    categories = [c for c in categories if c and c.casefold() not in _SYSTEM_GROUPS]
    if categories:  # as the CSV import keeps Outlook's "Kategorien"
        notes.append("Kategorien: " + ", ".join(categories))
    emails = sorted(_lines(component, "EMAIL"), key=lambda line: _rank(_label_types(component, line)))
    emails = [e for e in emails if "@" in _text(e.value) and not _text(e.value).startswith("/o=")]
    if emails:
        card.email = _text(emails[0].value)
        notes.extend(f"E-Mail: {_text(e.value)}" for e in emails[1:])
        if not card.last_name and not card.first_name and not card.company_only:  # FN is mandatory, yet empty
            card.last_name = card.email  # FN in the wild: named as the CSV import does
        card.name_from_email = not card.first_name and card.last_name.casefold() == card.email.casefold()
    phones = sorted(_lines(component, "TEL"), key=lambda line: _rank(_label_types(component, line)))
    for line in phones:
        types, number = _label_types(component, line), _text(line.value).removeprefix("tel:")
        if "FAX" in types or not number:
            continue
        if "CELL" in types and not card.mobile:
            card.mobile = number
        elif "CELL" not in types and not card.phone:
            card.phone = number
        else:
            notes.append(f"Telefon: {number}")
    addresses = sorted(_lines(component, "ADR"), key=lambda line: _rank(_label_types(component, line)))
    for position, line in enumerate(addresses):
        address = line.value
        street = ", ".join(p for p in (_one_line(address.street), _one_line(address.extended)) if p)
        box = cells.po_box_line(_text(address.box))
        if position == 0 and box and street:  # the street stays the address; the PO box is kept beside it
            notes.append(box)
        elif box:  # a PO box alone is the line a letter is addressed to; a further address names it
            street = ", ".join(p for p in (street, box) if p)
        if position == 0:
            card.street, card.postal_code = street, _text(address.code)
            card.city, card.country = _text(address.city), _text(address.country)
            card.country = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"}.get(card.country,
                                                                                        card.country)
        else:
            notes.append("Adresse: " + ", ".join(p for p in (street, f"{_text(address.code)} "
                                                                   f"{_text(address.city)}".strip()) if p))
    urls = _lines(component, "URL")
    card.website = _text(urls[0].value) if urls else ""
    note = _lines(component, "NOTE")
    written = _text(note[0].value) if note else ""
    lines = written.split("\n")
    if lines[-1].startswith(LANGUAGES_PREFIX):  # "Sprachen: Arabisch, Türkisch" – the NOTE's last line, where
        card.languages = lines[-1][len(LANGUAGES_PREFIX):].strip()  # Brücke writes them; other lines are notes
        written = "\n".join(lines[:-1]).strip()
    if card.department and f"Abteilung: {card.department}" not in written:
        notes.insert(0, f"Abteilung: {card.department}")
    notes = [n for n in notes if n not in written.split("\n")]
    if written:
        notes.insert(0, written)
    card.skipped = ["Foto"] if _lines(component, "X-BRUECKE-DROPPED") else []
    card.notes = "\n".join(notes)
    return card


def read_cards(source: bytes | Path | BinaryIO) -> VcfFile:
    """Every card of a .vcf file (its bytes, its path or an open binary file), read card by card."""
    if isinstance(source, Path):
        with source.open("rb") as stream:
            return _read(stream)
    return _read(io.BytesIO(source) if isinstance(source, bytes | bytearray) else source)


def _card_label(number: int, name: str) -> str:
    return t("vcard_card_named", number=number, name=name) if name else t("vcard_card", number=number)


def _size_text(size: int) -> str:
    return f"{size // 2**20} MB" if size >= 2**20 else f"{max(size // 1024, 1)} KB"


def _read(stream: BinaryIO) -> VcfFile:
    cards: list[Card] = []
    profile = ""
    try:
        for raw in vcard_stream.cards(stream):
            label = _card_label(raw.number, raw.name)
            if raw.too_big:
                cards.append(Card(last_name=raw.name, error=t(
                    "vcard_card_too_big", card=label, limit=_size_text(vcard_stream.MAX_CARD_BYTES))))
                continue
            if not raw.finished:
                cards.append(Card(last_name=raw.name, error=t("vcard_card_unfinished", card=label)))
                continue
            text = _decode(b"\r\n".join(raw.lines))
            clean, product = _prepared(text)
            if not profile:
                profile = _profile(product, text)
            cards.extend(_parsed(clean, profile))
    except ValueError as exc:
        if exc.args[:1] == ("not_vcard",):
            raise ValueError(t("not_vcard")) from None
        if exc.args[:1] == ("too_many",):
            raise ValueError(t("vcard_too_many", limit=number_text(vcard_stream.MAX_CARDS),
                               card=_card_label(exc.args[1], exc.args[2]))) from None
        raise
    return VcfFile(profile or "vCard 3.0", cards)


def _parsed(clean: str, profile: str) -> list[Card]:
    """The card(s) in one card's clean text; one that cannot be read becomes an error entry."""
    cards: list[Card] = []
    unreadable = []  # lines vobject skips (ignoreUnreadable): kept in the notes and named in the preview
    for line in clean.split("\r\n"):
        if line and not line.upper().startswith(("BEGIN:", "END:")):
            try:
                vobject.base.textLineToContentLine(line)
            except vobject.base.VObjectError:
                unreadable.append(line)
    try:
        for component in vobject.readComponents(clean, ignoreUnreadable=True):
            if component.name.upper() != "VCARD":
                continue
            try:
                card = _card(component, profile)
            except Exception as exc:  # noqa: BLE001 - one unreadable card must not hide the others
                cards.append(Card(error=str(exc) or type(exc).__name__))
                continue
            if unreadable:
                card.unreadable = list(unreadable)
                card.notes = "\n".join([card.notes, *(f"{UNREADABLE_PREFIX}{line}" for line in unreadable)]).strip()
            cards.append(card)
    except Exception as exc:  # noqa: BLE001 - vobject's ParseError, or a decoder's error inside one card:
        cards.append(Card(error=str(exc) or type(exc).__name__))  # that card is an error row, the file reads on
    return cards


# --- writing ------------------------------------------------------------------------------------------------

def card_text(cards: Iterable[Card]) -> str:
    """vCard 3.0 text, CRLF line ends, one card each."""
    out: list[str] = []
    for card in cards:
        component = vobject.vCard()
        component.add("version").value = "3.0"
        component.add("prodid").value = "-//Bruecke//Buero der Integrationsbeauftragten//DE"
        if card.company_only:
            component.add("n").value = vobject.vcard.Name()
            component.add("fn").value = card.organization
            component.add("x-abshowas").value = "COMPANY"
            component.add("kind").value = "org"
        else:
            prefix = " ".join(p for p in (card.salutation, card.title) if p)
            component.add("n").value = vobject.vcard.Name(family=card.last_name, given=card.first_name,
                                                          prefix=prefix)
            component.add("fn").value = card.display_name or card.last_name
        if card.organization:
            component.add("org").value = [card.organization] + ([card.department] if card.department else [])
        if card.function:
            component.add("title").value = card.function
        if card.email:
            line = component.add("email")
            line.value = card.email
            line.type_param = ["INTERNET", "WORK", "pref"]
        for value, types in ((card.phone, ["WORK", "VOICE"]), (card.mobile, ["CELL", "VOICE"])):
            if value:
                line = component.add("tel")
                line.value = value
                line.type_param = types
        if card.street or card.city or card.postal_code or card.country:  # a country alone is kept too
            line = component.add("adr")
            line.value = vobject.vcard.Address(street=card.street, city=card.city, code=card.postal_code,
                                               country=card.country)
            line.type_param = ["WORK"]
        if card.website:
            component.add("url").value = card.website
        notes = "\n".join(p for p in (card.notes, f"{LANGUAGES_PREFIX}{card.languages}" if card.languages else "")
                          if p)  # vCard 3.0 has no field for the languages someone speaks: a line of the note
        if notes:
            component.add("note").value = notes
        component.add("uid").value = card.uid
        out.append(component.serialize())
    return "".join(out)
