"""`bruecke import FILE.ics --kind appointments` with calendars as Outlook 365, Apple, Google, Nextcloud and
Outlook 2003 write them: every file imports, private entries are named, a second run adds nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("name, program, created", [
    ("outlook365_exchange_kalender.ics", "Outlook", 8),
    ("apple_icloud_kalender.ics", "Apple", 5),
    ("google_kalender_html.ics", "Google", 5),  # its "Herbstferien" are skipped as school holidays
    ("nextcloud_kalender_lf_bom.ics", "Nextcloud", 7),
    ("outlook2003_kalender_cp1252.ics", "Outlook", 1),
    ("outlook_kalender_kopien_customized_tz.ics", "Outlook", 14),
    ("outlook_einladungen_zusammengefuegt.ics", "Outlook", 2),
])
def test_real_calendar_files_import_once(bruecke: Runner, tmp_path: Path, name: str, program: str,
                                         created: int) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / name, "--kind", "appointments", "--db", db)
    assert run.code == 0, run.err
    assert f"Erkannt: {program}" in run.out and f"{created} neu angelegt" in run.out
    again = bruecke("import", FIXTURES / name, "--kind", "appointments", "--db", db)
    assert again.code == 0 and "0 neu angelegt, 0 aktualisiert" in again.out
    with sqlite3.connect(db) as connection:
        count = connection.execute("SELECT count(*) FROM appointment").fetchone()[0]
    assert count == created


def test_outlook_365_private_entries_are_named(bruecke: Runner, tmp_path: Path) -> None:
    run = bruecke("import", FIXTURES / "outlook365_exchange_kalender.ics", "--kind", "appointments", "--dry-run",
                  "--db", tmp_path / "office.db")
    assert run.code == 0
    assert "Privater Termin" in run.out and "Urlaub" in run.out and "nichts gespeichert" in run.out


def test_outlook_availability_only_export_is_refused_with_the_fix(bruecke: Runner, tmp_path: Path) -> None:
    """Outlook's "Kalender speichern" with detail "Nur Verfügbarkeit" titles every entry "Gebucht"/"Frei"."""
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "outlook_kalender_nur_verfuegbarkeit.ics", "--kind", "appointments",
                  "--db", db)
    assert run.code == 1
    assert "nur Verfügbarkeiten" in run.err and "Vollständige Details" in run.err
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM appointment").fetchone()[0] == 0
