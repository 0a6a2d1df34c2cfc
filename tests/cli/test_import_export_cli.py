"""`bruecke import` / `export` / `template` / `import-undo` on real files and a real database file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.models import close_database, open_database
from tests.fixtures import make_fixtures as fx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _count(db_path: Path, table: str) -> int:
    database = open_database(db_path)
    try:
        return database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        close_database()


def test_import_dry_run_errors_skip_errors_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.db"
    source = FIXTURES / "partner_libreoffice.xlsx"
    assert main(["import", str(source), "--kind", "persons", "--dry-run", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "Kopfzeile: Zeile 4" in out and "Name → Name" in out
    assert "Zeile 16" in out and "peter.schmidt@" in out and "31.02.2025" in out
    assert "10 neu (dazu 10 neue Organisationen), 0 aktualisiert, 2 übersprungen, 2 fehlerhaft" in out
    assert _count(db, "person") == 0

    rejected = tmp_path / "abgelehnt.xlsx"
    assert main(["import", str(source), "--kind", "persons", "--db", str(db), "--rejected", str(rejected)]) == 1
    assert "Nichts gespeichert" in capsys.readouterr().err
    assert _count(db, "person") == 0 and rejected.exists()

    assert main(["import", str(source), "--kind", "persons", "--skip-errors", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Import Nr. 1" in out and "10 neu angelegt" in out
    assert _count(db, "person") == 10

    target = tmp_path / "kontakte.xlsx"
    assert main(["export", "persons", "--out", str(target), "--db", str(db)]) == 0
    rows = list(openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    names = {" ".join(v for v in row[1:4] if v) for row in rows}
    assert set(fx.UNICODE_NAMES) <= names
    for what in ("organisations", "appointments"):
        assert main(["export", what, "--out", str(tmp_path / f"{what}.csv"), "--db", str(db)]) == 0
    assert "Stadt Lindenau" in (tmp_path / "organisations.csv").read_text(encoding="utf-8-sig")

    assert main(["import-undo", "1", "--db", str(db)]) == 0
    assert _count(db, "person") == 0 and _count(db, "organization") == 0


def test_attendance_needs_appointment_and_hostile_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.db"
    assert main(["import", str(FIXTURES / "partner_libreoffice.csv"), "--kind", "attendance", "--db", str(db)]) == 1
    assert "--appointment" in capsys.readouterr().err
    bad = tmp_path / "alt.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert main(["import", str(bad), "--kind", "persons", "--db", str(db)]) == 1
    assert "Speichern unter" in capsys.readouterr().err
    assert _count(db, "person") == 0


def test_template_and_bad_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "vorlage.xlsx"
    assert main(["template", "appointments", "--out", str(target)]) == 0
    assert next(openpyxl.load_workbook(target).active.iter_rows(values_only=True))[:3] == ("Datum", "von", "bis")
    assert main(["template", "persons", "--out", str(tmp_path / "x.pdf")]) == 2  # a wrong call
    assert ".xlsx" in capsys.readouterr().err
