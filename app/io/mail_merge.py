"""Mail-merge files for Word ("Seriendruck"): one row per addressee with the letter salutation and the
address block, as .xlsx or .csv (semicolons, UTF-8 with BOM – what German Word/Excel open directly).

Column names are valid Word merge fields (no spaces). `Anschrift` holds the whole block with line breaks;
`Zeile1` … `Zeile5` the same block line by line for templates that want single lines.
"""

from __future__ import annotations

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


def _rows(addressees: Iterable[Addressee], roles: dict[str, str]) -> Iterator[Sequence[object]]:
    for a in addressees:
        lines = (list(a.address) + [""] * 5)[:5]
        yield (a.letter_salutation, a.salutation, a.title, a.first_name, a.last_name, a.function, a.organization,
               a.street, a.postal_code, a.city, a.country, a.email, roles.get(a.role, a.role),
               "\n".join(a.address), *lines)


def write_members(path: Path, addressees: Iterable[Addressee], roles: dict[str, str] | None = None) -> Path:
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(path.suffix)
    return write_table(path, HEADERS, _rows(addressees, roles or {}), sheet_title="Serienbrief")
