"""Letters and mail to a network: German letter salutations, address blocks, mail-merge rows, BCC mail.

    salutation_line(person)     "Sehr geehrte Frau Dr. Müller," / "Sehr geehrter Herr Prof. Yılmaz," /
                                "Guten Tag Kim Schmidt," (no salutation known)
    address_lines(person, org)  the address block (DIN 5008 order): organisation, name line, street, town
    member_rows(network_id)     one row per addressee of a network for Word's mail merge (app/io/mail_merge.py)
    mail_addresses_*(…)         the e-mail addresses of a network's members or an appointment's invitees
    mailto(addresses)           a mailto:?bcc=… URL, or None when it would be too long for mail programs
"""

from __future__ import annotations

import sys
from urllib.parse import quote

from app.io.mail_merge import Addressee
from app.models import Attendance, Organization, Person
from app.services import networks
from app.services.messages import CATALOG

MAILTO_LIMIT = 1800  # Outlook/Windows cut longer mailto URLs; above this the addresses go to the clipboard
_FEMALE = {"frau", "fr.", "fr", "mrs", "mrs.", "ms", "ms.", "madame", "mme"}
_MALE = {"herr", "herrn", "hr.", "hr", "mr", "mr.", "monsieur"}  # "Herrn": the address form many lists keep


def letter_title(title: str) -> str:
    """The title used in a salutation: "Prof. Dr." → "Prof.", "Dr. med." → "Dr.", "Dipl.-Ing." → ""."""
    lowered = title.lower()
    if "prof" in lowered:
        return "Prof."
    if "dr" in lowered.replace("dipl", ""):
        return "Dr."
    return ""


def _salutation_parts(salutation: str) -> tuple[str, str]:
    """(gender, titles written after it) of a salutation as offices type it: "Herrn" → ("m", ""),
    "Frau Dr." → ("f", "Dr."), "Herr Prof. Dr." → ("m", "Prof. Dr."); ("", "") for anything else."""
    words = salutation.replace(",", " ").split()
    if not words or _couple(words):
        return "", ""
    key = words[0].lower()
    gender = "f" if key in _FEMALE else "m" if key in _MALE else ""
    return gender, " ".join(words[1:]) if gender else ""


def _couple(words: list[str]) -> bool:
    """ "Herrn und Frau", "Frau und Herr": a letter to two people, neither the man's nor the woman's greeting."""
    return any(w.lower() in _FEMALE | _MALE | {"und", "and", "&"} for w in words[1:])


def gender_of(salutation: str) -> str:
    return _salutation_parts(salutation)[0]


def _letter(key: str, **values: object) -> str:
    """A letter's words in German whatever the program's language: the mail-merge file (German column names)
    is for letters to the office's partners – English settings gave them "Dear Ms Dr. Müller,"."""
    return CATALOG[key][0].format(**values)


def salutation_line(person: Person) -> str:
    if _couple(person.salutation.replace(",", " ").split()) and person.last_name:
        return _letter("letter_salutation_couple", name=person.last_name)
    gender, titles = _salutation_parts(person.salutation)
    if gender:
        name = " ".join(p for p in (letter_title(person.title or titles), person.last_name) if p)
        return _letter("letter_salutation_f" if gender == "f" else "letter_salutation_m", name=name)
    name = " ".join(p for p in (person.first_name, person.last_name) if p)
    if "@" in name:  # a contact named by its e-mail address (a function or newsletter address): no person to greet
        return _letter("letter_salutation_all")
    return _letter("letter_salutation_neutral", name=name) if name else _letter("letter_salutation_all")


def _name_line(person: Person) -> str:
    gender, titles = _salutation_parts(person.salutation)
    salutation = {"f": "Frau", "m": "Herr"}.get(gender, "")
    return " ".join(p for p in (salutation, person.title or titles, person.first_name, person.last_name) if p)


def _address(org: Organization | None, name_line: str, person: Person | None) -> tuple[list[str], tuple[str, ...]]:
    """Business beats home: the organisation's address when the person has none of their own."""
    own = person is not None and bool(person.street or person.city)
    source: Person | Organization | None = person if own else org
    street = source.street if source is not None else ""
    code = source.postal_code if source is not None else ""
    city = source.city if source is not None else ""
    country = source.country if source is not None else ""
    lines = [line for line in (org.name if org is not None else "", name_line, street,
                               f"{code} {city}".strip()) if line]
    if country and country.strip().lower() not in ("deutschland", "germany", "de"):
        lines.append(country.upper())
    return lines, (street, code, city, country)


def addressee(person: Person | None, org: Organization | None, role: str = "") -> Addressee:
    if person is None:
        lines, (street, code, city, country) = _address(org, "", None)
        return Addressee("", "", "", "", "", org.name if org else "", street, code, city, country,
                         org.email if org else "", role, _letter("letter_salutation_all"), lines)
    org = org if org is not None else (person.organization if person.organization_id else None)
    lines, (street, code, city, country) = _address(org, _name_line(person), person)
    return Addressee(person.salutation, person.title, person.first_name, person.last_name, person.function,
                     org.name if org else "", street, code, city, country, person.email, role,
                     salutation_line(person), lines)


def member_rows(network_id: int) -> list[Addressee]:
    """Every addressee of a network: personal members, the contacts of member organisations, and an
    organisation without any contact person addressed as "Sehr geehrte Damen und Herren,"."""
    networks.get_network(network_id)
    result: list[Addressee] = []
    seen: set[int] = set()
    for membership in networks.members(network_id):
        if membership.until is not None:
            continue
        org = membership.organization if membership.organization_id else None
        if membership.person_id is not None:
            person = membership.person
            if person.id not in seen and not person.archived and person.erased_at is None:
                seen.add(person.id)
                result.append(addressee(person, org, membership.role))
            continue
        if org is None:
            continue
        people = [p for p in Person.select().where((Person.organization == org.id) & (Person.archived == False)  # noqa: E712
                                                   & Person.erased_at.is_null()).order_by(Person.sort_key)
                  if p.id not in seen]
        for person in people:
            seen.add(person.id)
            result.append(addressee(person, org, membership.role))
        if not people:
            result.append(addressee(None, org, membership.role))
    return result


def _unique(addresses: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for address in addresses:
        key = address.strip().casefold()
        if key and "@" in key and key not in seen:
            seen.add(key)
            out.append(address.strip())
    return out


def mail_addresses_for_network(network_id: int) -> list[str]:
    return _unique([row.email for row in member_rows(network_id)])


def mail_addresses_for_appointment(appointment_id: int) -> list[str]:
    """The invitees of an appointment (everyone on its list except those who declined)."""
    query = (Attendance.select(Attendance.snapshot_email, Person.email).join(Person)
             .where((Attendance.appointment == appointment_id) & (Attendance.status != "declined")
                    & Person.erased_at.is_null()).order_by(Attendance.snapshot_sort_name))
    return _unique([row.person.email or row.snapshot_email for row in query])


def mail_separator(platform: str | None = None, handler: str | None = None) -> str:
    """The character between addresses in a mailto link. RFC 6068 says ",", and Thunderbird, Apple Mail and
    the Linux mail programs split there; Outlook on Windows splits only at the list separator of the regional
    settings – ";" on a German Windows – and takes "a@x.de,b@y.de" for one wrong address. On Windows ";"
    unless Thunderbird opens mailto links (`handler`: the ProgId registered for mailto, read when not given)."""
    platform = sys.platform if platform is None else platform
    if not platform.startswith("win"):
        return ","
    if handler is None:
        handler = _mailto_handler()
    return "," if "thunderbird" in handler.lower() else ";"


def _mailto_handler() -> str:
    """The ProgId Windows opens mailto links with ("Outlook.URL.mailto.15", "Thunderbird.Url.mailto"), or ""."""
    try:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        key = r"Software\Microsoft\Windows\Shell\Associations\UrlAssociations\mailto\UserChoice"
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:  # type: ignore[attr-defined,unused-ignore]
            value = winreg.QueryValueEx(handle, "ProgId")[0]  # type: ignore[attr-defined,unused-ignore]
            return str(value)
    except (ImportError, OSError):
        return ""


def mailto(addresses: list[str], separator: str | None = None) -> str | None:
    """`mailto:?bcc=a@x.de;b@y.de` (";" for Outlook on Windows, "," elsewhere: mail_separator); None when it
    would exceed MAILTO_LIMIT characters."""
    joiner = mail_separator() if separator is None else separator
    url = "mailto:?bcc=" + joiner.join(quote(a, safe="@.+-_") for a in addresses)
    return url if len(url) <= MAILTO_LIMIT else None
