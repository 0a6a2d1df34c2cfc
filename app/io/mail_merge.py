"""Mail-merge files for Word ("Seriendruck"): one row per addressee with the letter salutation and the
address block, as .xlsx or .csv (semicolons, UTF-8 with BOM – what German Word/Excel open directly).

Column names are valid Word merge fields (no spaces). `Zeile1` … `Zeile5` hold the address block line by
line. `Anschrift` holds the whole block: with line breaks in the .xlsx (Word takes a cell's line breaks into
the letter); in the .csv on one line, parts joined by ", " – Word reads a text data source as "fields
separated by commas or tabs, records separated by paragraph marks" (Microsoft KB 294688), so a line break
inside a quoted field ended the record there and shifted every later field of that letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.io.export import write_table

HEADERS = ("Briefanrede", "Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "Straße", "PLZ",
           "Ort", "Land", "E_Mail", "Rolle", "Anschrift", "Zeile1", "Zeile2", "Zeile3", "Zeile4", "Zeile5")
SUFFIXES = (".xlsx", ".csv")


@dataclass
class Addressee:
    """One recipient of a mail merge, as plain data (app.services.letters fills it from the database)."""

    salutation: str
    title: str
    first_name: str
    last_name: str
    function: str
    organization: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str
    role: str
    letter_salutation: str
    address: list[str]


_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n|\u2028|\u2029)+\s*")


def _one_line(value: str) -> str:
    return _BREAKS.sub(", ", value.strip())


def _rows(addressees: Iterable[Addressee], roles: dict[str, str], csv: bool) -> Iterator[Sequence[object]]:
    for a in addressees:
        lines = (list(a.address) + [""] * 5)[:5]
        row: tuple[str, ...] = (
            a.letter_salutation, a.salutation, a.title, a.first_name, a.last_name, a.function, a.organization,
            a.street, a.postal_code, a.city, a.country, a.email, roles.get(a.role, a.role), "\n".join(a.address),
            *lines)
        yield tuple(_one_line(value) for value in row) if csv else row


def write_members(path: Path, addressees: Iterable[Addressee], roles: dict[str, str] | None = None) -> Path:
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(path.suffix)
    csv = path.suffix.lower() == ".csv"  # one record per line: no line break inside a field
    return write_table(path, HEADERS, _rows(addressees, roles or {}, csv), sheet_title="Serienbrief")
