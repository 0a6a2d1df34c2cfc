"""Defects an outside QA run found in the spreadsheet import: each test failed on the code before its fix."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models import Organization, Person
from app.services import imports
from app.wording import set_language

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _rows(name: str, encoding: str) -> list[list[str]]:
    with (FIXTURES / name).open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]], encoding: str, quoting: int) -> Path:
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _import(path: Path) -> imports.Result:
    layout = imports.analyse(path, "persons")
    return imports.commit(imports.preview(path, "persons", layout), backup=False)


def test_outlook_web_page_assistant_phone_and_categories_are_kept(db: object, tmp_path: Path) -> None:
    rows = _rows("outlook_kontakte_de_cp1252.csv", "cp1252")
    header = rows[0]
    by_name = {r[header.index("Nachname")] or r[header.index("Firma")]: r for r in rows[1:]}
    by_name["Caritas Migrationsberatung"][header.index("Webseite")] = "https://www.caritas-lindenau.de"
    by_name["Al-Sayed"][header.index("Webseite")] = "https://www.lindenau.de/integration"
    path = _write(tmp_path / "Kontakte.CSV", rows, "cp1252", csv.QUOTE_ALL)
    _import(path)
    caritas = Organization.get(Organization.name == "Caritas Migrationsberatung")
    assert caritas.website == "https://www.caritas-lindenau.de"
    fatima = Person.get(Person.last_name == "Al-Sayed")
    lines = fatima.notes.split("\n")
    assert "Webseite: https://www.lindenau.de/integration" in lines
    assert "Kategorien: Netzwerk" in lines
    assert any(line.startswith("Telefon Assistenz: 0341 123") and line.endswith("40") for line in lines)
    assert fatima.phone == "0341 123-45"  # the business phone stays the phone


def test_thunderbird_web_page_of_a_person_goes_to_the_notes(db: object, tmp_path: Path) -> None:
    rows = _rows("thunderbird_de.csv", "utf-8")
    header = rows[0]
    rows[1][header.index("Webseite 1")] = "https://www.landkreis-lindenau.de"
    path = _write(tmp_path / "adressbuch.csv", rows, "utf-8", csv.QUOTE_MINIMAL)
    _import(path)
    person = Person.get(Person.last_name == rows[1][header.index("Nachname")])
    assert "Webseite: https://www.landkreis-lindenau.de" in person.notes.split("\n")


def _preview(path: Path, kind: str = "persons") -> imports.Preview:
    return imports.preview(path, kind, imports.analyse(path, kind))


def test_the_preview_of_a_re_import_says_what_the_commit_does(db: object) -> None:
    path = FIXTURES / "outlook_kontakte_de_cp1252.csv"
    imports.commit(_preview(path), backup=False)
    again = _preview(path)
    counts = again.counts()
    result = imports.commit(again, backup=False)
    assert (counts["create"], counts["update"]) == (result.created, result.updated) == (0, 0)
    unchanged = [r for r in again.rows if r.unchanged]
    assert len(unchanged) == 3 and all("unverändert" in r.reason for r in unchanged)
    imports.set_duplicate_choice(again, "update")  # an update would write nothing: stays skipped
    assert again.counts()["update"] == 0


def test_a_changed_row_is_still_an_update(db: object, tmp_path: Path) -> None:
    rows = _rows("outlook_kontakte_de_cp1252.csv", "cp1252")
    path = _write(tmp_path / "Kontakte.CSV", rows, "cp1252", csv.QUOTE_ALL)
    imports.commit(_preview(path), backup=False)
    header = rows[0]
    rows[1][header.index("Position")] = "Leiterin des Amts"
    _write(path, rows, "cp1252", csv.QUOTE_ALL)
    again = _preview(path)
    assert again.counts()["update"] == 1
    assert imports.commit(again, backup=False).updated == 1
    assert Person.get(Person.last_name == "Al-Sayed").function == "Leiterin des Amts"


def test_a_re_imported_appointment_list_is_unchanged(db: object) -> None:
    path = FIXTURES / "outlook_kalender_de.csv"
    imports.commit(_preview(path, "appointments"), backup=False)
    again = _preview(path, "appointments")
    assert again.counts()["update"] == imports.commit(again, backup=False).updated == 0


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("de")


def test_the_import_speaks_english_in_the_english_ui(db: object, english: None) -> None:
    path = FIXTURES / "outlook_kalender_de.csv"
    layout = imports.analyse(path, "appointments")
    assert layout.profile_label == "Outlook calendar (German)"
    first = _preview(path, "appointments")
    reasons = {r.number: r.reason for r in first.rows if r.action == "skip"}
    assert reasons[6] == "Row 6: private (category “Urlaub”) – not taken over"
    assert reasons[7] == "Row 7: private (marked as private) – not taken over"
    assert first.summary_text() == "5 new, 0 updated, 2 skipped, 0 with errors"
    result = imports.commit(first, backup=False)
    assert result.text() == "5 created, 0 updated, 2 skipped, 0 with errors."
    again = _preview(path, "appointments")
    assert all(r.reason.startswith("Row ") and "unchanged (already there as no. " in r.reason
               for r in again.rows if r.unchanged)
    contacts = imports.analyse(FIXTURES / "outlook_kontakte_de_cp1252.csv", "persons")
    assert contacts.profile_label == "Outlook contacts (German)"


def test_problems_name_the_field_in_english(db: object, english: None, tmp_path: Path) -> None:
    path = tmp_path / "termine.csv"
    path.write_text("Thema;Datum;von;bis\nAG Sprache;32.13.2025;10:00;11:00\n;01.02.2025;10:00;09:00\n",
                    encoding="utf-8")
    rows = {r.number: r for r in _preview(path, "appointments").rows}
    assert rows[2].action == "error" and rows[2].reason.startswith("Row 2: Date: ")
    assert rows[3].reason == "Row 3: Subject: missing; to: 01/02/2025 09:00 is before the start 01/02/2025 10:00"


def test_the_ics_preview_shows_kind_and_status_in_english(db: object, english: None) -> None:
    from app.services import exchange

    preview = exchange.preview(FIXTURES / "outlook_kalender.ics", "appointments")
    row = next(r for r in preview.rows if r.label == "Runder Tisch Integration")
    assert row.detail.endswith("Committee session · Held")


def test_a_multi_value_cell_whose_first_value_is_empty_gives_the_next_one(db: object, tmp_path: Path) -> None:
    """Google writes "a ::: b" for several values and leaves the first empty when only the second was filled:
    " ::: b" must give b, and an empty one (" ::: ") no blank "Kategorien: " line in the notes."""
    rows = _rows("outlook_kontakte_de_cp1252.csv", "cp1252")
    header = rows[0]
    by_name = {r[header.index("Nachname")] or r[header.index("Firma")]: r for r in rows[1:]}
    fatima = by_name["Al-Sayed"]
    fatima[header.index("E-Mail-Adresse")] = " ::: fatima.al-sayed@example.org"
    fatima[header.index("Kategorien")] = " ::: "
    fatima[header.index("Telefon Assistent")] = ""
    _import(_write(tmp_path / "Kontakte.CSV", rows, "cp1252", csv.QUOTE_ALL))
    person = Person.get(Person.last_name == "Al-Sayed")
    assert person.email == "fatima.al-sayed@example.org"
    assert "Kategorien:" not in person.notes and "E-Mail (weitere)" not in person.notes
