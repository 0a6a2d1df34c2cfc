"""The command line as an office uses it with its Google calendar (tests/fixtures/calendar4): import, the same
calendar again after a series was moved in Google, the yearly report, an export and its re-import elsewhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import icalendar
import pypdf
import recurring_ical_events

from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "calendar4"


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(sql).fetchone()[0])


def test_a_moved_google_series_reimported_and_reported_once(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    first = bruecke("import", FIXTURES / "google_kalender_2026.ics", "--kind", "appointments", "--db", db)
    assert first.code == 0, first.err
    assert "Erkannt: Google" in first.out and "17 neu angelegt" in first.out
    moved = bruecke("import", FIXTURES / "google_kalender_2026_geaendert.ics", "--kind", "appointments", "--db", db)
    assert moved.code == 0, moved.err
    assert "0 neu angelegt" in moved.out and "Sprechstunde Migrationsberatung" in moved.out
    assert _count(db, "SELECT count(*) FROM appointment") == 17
    assert _count(db, "SELECT count(*) FROM appointment WHERE title = 'Sprechstunde Migrationsberatung' "
                      "AND time(start) = '09:30:00'") == 6

    report = tmp_path / "bericht.pdf"
    run = bruecke("report", "--year", "2026", "--out", report, "--db", db)
    assert run.code == 0, run.err
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(report).pages)
    held = _count(db, "SELECT count(*) FROM appointment WHERE status = 'held'")
    assert "Termine insgesamt 17" in text and f"Durchgeführte Termine {held}" in text
    assert "Abgesagte Termine 1" in text
    assert text.count("Sprechstunde Migrationsberatung") == 6


def test_export_with_a_range_reads_back_into_an_empty_office(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    for name in ("google_kalender_2026.ics", "exchange2010_serien_bis_mitternacht.ics", "civicrm_veranstaltungen.ics"):
        assert bruecke("import", FIXTURES / name, "--kind", "appointments", "--db", db).code == 0
    out = tmp_path / "herbst.ics"
    run = bruecke("export", "appointments", "--out", out, "--from", "2026-09-01", "--to", "2026-11-30", "--db", db)
    assert run.code == 0, run.err
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    starts = sorted((str(e["SUMMARY"]), e["DTSTART"].dt.strftime("%Y-%m-%d %H:%M")) for e in
                    recurring_ical_events.of(calendar).between((2026, 1, 1), (2027, 12, 31)))
    with sqlite3.connect(db) as connection:
        wanted = sorted((title, start[:16]) for title, start in connection.execute(
            "SELECT title, start FROM appointment WHERE start >= '2026-09-01' AND start < '2026-12-01'"))
    assert starts == wanted
    assert any(title == "Interkulturelle Woche: Begegnungsfest der Migrantenorganisationen – Bürgerhaus Süd"
               for title, _ in starts)

    empty = tmp_path / "leer.db"
    for _ in range(2):
        again = bruecke("import", out, "--kind", "appointments", "--db", empty)
        assert again.code == 0, again.err
    with sqlite3.connect(empty) as connection:
        arrived = sorted((title, start[:16]) for title, start in
                         connection.execute("SELECT title, start FROM appointment"))
    assert arrived == wanted
