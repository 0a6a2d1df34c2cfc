"""The fourth outside-in pass through the real command line: LibreOffice's .xls with a cover sheet, hostile
binary workbooks in a real process (they aborted it), Outlook's .vcf exported and imported into an empty
office twice, and the mail-merge CSV of a network. Fixtures: tests/fixtures/vcard_sheets4/make_fixtures.py."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vcard_sheets4"


def test_xls_with_a_cover_sheet_imports_without_sheet_option(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    run = bruecke("import", FIXTURES / "partnerliste_buero.xls", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Kopfzeile: Zeile 4" in run.out and "5 neu angelegt" in run.out
    assert "Zeile 11: Fußzeile „Stand: 27.11.2025" in run.out and "Zeile 12: Fußzeile „Summe“" in run.out
    # which sheet was read and how to read another; the partner hidden in the file is named
    assert "Tabellenblatt „Partner“ (weitere: „Hinweise“; ein anderes mit --sheet NAME)" in run.out
    assert "neu           Zeile 8: in der Datei ausgeblendet" in run.out
    again = bruecke("import", FIXTURES / "partnerliste_buero.xls", "--kind", "persons", "--sheet", "Partner",
                    "--db", db)
    assert again.code == 0 and "0 neu angelegt" in again.out


@pytest.mark.parametrize(("name", "words"), [
    ("weit_entfernte_zelle.xlsb", "hat mehr als 200.040 Zeilen"),
    ("weit_entfernte_zelle.xls", "reicht bis Zeile 65.536 und Spalte 65.535"),
    ("kennwort_rc4.xls", "mit einem Kennwort geschützt"),
    ("blattverweis_ausserhalb.xls", "beschädigt"),  # a Rust panic in calamine
    ("kreisverweis_verzeichnis.xls", "beschädigt"),  # a looping directory chain
    ("grossschreibung.xlsx", "hat mehr als 200.040 Zeilen"),
])
def test_hostile_binary_workbook_is_an_error_not_an_abort(bruecke_process: Runner, tmp_path: Path, name: str,
                                                          words: str) -> None:
    run = bruecke_process("import", FIXTURES / name, "--kind", "persons", "--db", tmp_path / "buero.db")
    assert run.code == 1, (run.code, run.err[-300:])  # was 134: "memory allocation of … bytes failed", abort
    assert words in run.err


def test_outlook_vcf_exported_and_imported_into_an_empty_office(bruecke: Runner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    run = bruecke("import", FIXTURES / "outlook_zwei_kontakte_cp1252.vcf", "--kind", "persons", "--db", first)
    assert run.code == 0, run.err
    assert "Erkannt: Outlook (vCard), 2 Einträge" in run.out and "Herr Thomas Alt" not in run.out
    vcf = tmp_path / "kontakte.vcf"
    run = bruecke("export", "persons", "--out", vcf, "--db", first)
    assert run.code == 0, run.err
    text = vcf.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "\r\n" in text and "PHOTO" not in text
    assert "N:Alt;Thomas;;Herr;" in text and "N:Weiß;Jürgen;;Herr Dipl.-Ing.;" in text
    run = bruecke("import", vcf, "--kind", "persons", "--db", second)
    assert run.code == 0 and "2 neu angelegt" in run.out
    run = bruecke("import", vcf, "--kind", "persons", "--db", second)
    assert run.code == 0 and "0 neu angelegt, 0 aktualisiert, 2 übersprungen" in run.out


def test_members_csv_for_word(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    assert bruecke("import", FIXTURES / "partnerliste_buero.ods", "--kind", "persons", "--db", db).code == 0
    from app.models import Person
    from app.services import networks

    network = networks.create_network({"name": "Netzwerk Integration", "kind": "network"}).id
    for person in Person.select():
        networks.add_member(network, person=person.id)
    out = tmp_path / "serienbrief.csv"
    run = bruecke("export", "members", "--network", str(network), "--out", out, "--db", db)
    assert run.code == 0, run.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Word and Excel take it as UTF-8
    lines = data.decode("utf-8-sig").split("\r\n")[:-1]
    assert len(lines) == 6  # header + five members: one record per line, as Word reads a text data source
    rows = {row["Nachname"]: row for row in csv.DictReader(lines, delimiter=";")}
    assert rows["Müller"]["Briefanrede"] == "Sehr geehrte Frau Dr. Müller,"
    assert rows["Yılmaz"]["Briefanrede"] == "Sehr geehrter Herr Prof. Yılmaz,"
    assert rows["Schmidt"]["Briefanrede"] == "Guten Tag Kim Schmidt,"
    assert rows["Müller"]["PLZ"] == "01067" and rows["Müller"]["Zeile1"] == "Stadt Dresden, Integrationsbüro"
