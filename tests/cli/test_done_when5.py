"""Issue 11's "Done when", played as a new office on an empty database (checker pass 5): the same three people
exported from Outlook (German, cp1252), Thunderbird (German) and Google Contacts, the old .xls partner list, and a
year (2026) of 283 Outlook calendar rows (German CSV) – series, all-day and multi-day entries, cancelled, private,
confidential entries and Teams invitations (tests/fixtures/done_when5, made by make_done_when5.py).

The first test pins what held; each xfail test is a defect found on the way (strict: it fails on today's code)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import icalendar
import pypdf
import recurring_ical_events
import sqlean as sqlite3  # the app's own SQLite: two SQLite libraries on one WAL file in one process clash

from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HERE = FIXTURES / "done_when5"
EXPECTED = json.loads((HERE / "expected_2026.json").read_text())


def _rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return list(connection.execute(sql, args))
    finally:
        connection.close()


def _report_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def _subscribe(db: Path, folder: Path) -> None:
    from app.models import close_database, open_database
    from app.services import settings, subscription

    open_database(db)
    try:
        settings.update({subscription.SETTING: str(folder)})
    finally:
        close_database()


def _import(bruecke: Runner, db: Path, path: Path, kind: str, *extra: str) -> str:
    run = bruecke("import", path, "--kind", kind, "--db", db, *extra)
    assert run.code == 0, run.out + run.err
    return run.out


def test_the_new_office_gets_contacts_calendar_subscription_and_report(bruecke: Runner, tmp_path: Path) -> None:
    """What held in the pass: no duplicates across three address books, every business phone, mobile, position and
    business address; every past meeting held per kind and month, cancelled ones cancelled, private ones skipped
    with their reason; the subscription file; the report's figures (January–November: independent of today)."""
    db, folder = tmp_path / "buero.db", tmp_path / "onedrive"
    folder.mkdir()
    _subscribe(db, folder)
    for name in ("outlook_kontakte.csv", "thunderbird.csv", "google.csv"):
        _import(bruecke, db, HERE / name, "persons")
    _import(bruecke, db, FIXTURES / "partner_libreoffice.xls", "persons", "--skip-errors")
    people = {row[0]: row[1:] for row in _rows(
        db, "SELECT p.last_name, p.title, p.function, o.name, p.phone, p.mobile, p.street, p.postal_code, p.city "
            "FROM person p LEFT JOIN organization o ON o.id = p.organization_id "
            "WHERE p.first_name IN ('Katrin', 'Mehmet', 'Jana')")}
    assert len(people) == 3
    # the same numbers from Google ("+49 341 …") leave the notation of the first import (Outlook's) as it is
    assert people["Berger"] == ("Dr.", "Fachdienstleitung Migration", "Caritasverband Lindenau e.V.",
                                "0341 2345-10", "0160 1234567", "Caritasstraße 12", "04177", "Lindenau")
    assert people["Hoffmann"][1:] == ("Teamleiterin Integration", "Jobcenter Lindenau", "0341 9130-200",
                                      "0151 22334455", "Agenturplatz 1", "04178", "Lindenau")
    assert _rows(db, "SELECT count(*), count(DISTINCT lower(first_name || last_name)) FROM person") == [(13, 13)]
    assert _rows(db, "SELECT count(*) FROM organization WHERE name LIKE 'Caritasverband%'") == [(1,)]

    out = _import(bruecke, db, HERE / "outlook_kalender_2026.csv", "appointments")
    assert f"{EXPECTED['rows'] - EXPECTED['skipped']} neu angelegt" in out
    assert out.count("privat (") == EXPECTED["skipped"]
    held = dict(_rows(db, "SELECT kind, count(*) FROM appointment WHERE status = 'held' AND start < '2026-12-01' "
                          "GROUP BY kind"))
    assert held == EXPECTED["held_by_kind"] | {"counselling_hours": EXPECTED["held_by_kind"]["counselling_hours"] - 1}
    by_month = dict(_rows(db, "SELECT CAST(strftime('%m', start) AS INTEGER), count(*) FROM appointment "
                              "WHERE status = 'held' AND start < '2026-12-01' GROUP BY 1"))
    assert {str(m): n for m, n in by_month.items()} == {m: n for m, n in EXPECTED["held_by_month"].items()
                                                          if m != "12"}
    assert _rows(db, "SELECT count(*) FROM appointment WHERE status = 'cancelled'") == [(EXPECTED["cancelled"],)]
    week = _rows(db, "SELECT all_day, start, end FROM appointment WHERE title = 'Interkulturelle Woche'")
    assert week == [(1, "2026-09-21 00:00:00", "2026-09-25 23:59:00")]

    calendar = icalendar.Calendar.from_ical((folder / "bruecke.ics").read_bytes())
    shown = list(recurring_ical_events.of(calendar).between((2026, 9, 21), (2026, 9, 27)))
    assert "Interkulturelle Woche" in {str(e["SUMMARY"]) for e in shown}

    for lang, words in (("de", ("Durchgeführte Termine", "Gremiensitzung")),
                        ("en", ("Appointments held", "Committee session"))):
        report = tmp_path / f"bericht_{lang}.pdf"
        run = bruecke("report", "--from", "2026-01-01", "--to", "2026-11-30", "--lang", lang, "--out", report,
                      "--db", db)
        assert run.code == 0, (lang, run.err)
        text = _report_text(report)
        total_held = sum(n for m, n in EXPECTED["held_by_month"].items() if m != "12")
        assert f"{words[0]} {total_held}" in text
        assert words[1] in text


def _calendar_rows(tmp_path: Path, keep: set[int]) -> Path:
    """The year's Outlook export cut down to the given data rows (1-based), written as Outlook writes it."""
    raw = (HERE / "outlook_kalender_2026.csv").read_bytes().decode("cp1252")
    lines = list(csv.reader(raw.splitlines(keepends=True)))
    rows = [lines[0]] + [row for number, row in enumerate(lines[1:], 1) if number in keep]
    path = tmp_path / "kalender.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return path


def _first_row(title: str) -> int:
    raw = (HERE / "outlook_kalender_2026.csv").read_bytes().decode("cp1252")
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    return next(number for number, row in enumerate(rows[1:], 1) if row[0] == title)


def test_an_outlook_confidential_counselling_stays_confidential(bruecke: Runner, tmp_path: Path) -> None:
    db, folder = tmp_path / "buero.db", tmp_path / "onedrive"
    folder.mkdir()
    _subscribe(db, folder)
    _import(bruecke, db, _calendar_rows(tmp_path, {_first_row("Einzelfallberatung Familie K.")}), "appointments")
    assert _rows(db, "SELECT title, status, confidential FROM appointment") == [
        ("Einzelfallberatung Familie K.", "held", 1)]
    calendar = icalendar.Calendar.from_ical((folder / "bruecke.ics").read_bytes())
    assert "Einzelfallberatung" not in calendar.to_ical().decode()
    report = tmp_path / "bericht.pdf"
    assert bruecke("report", "--year", "2026", "--out", report, "--db", db).code == 0
    assert "Einzelfallberatung" not in _report_text(report)


def test_reimporting_the_outlook_calendar_keeps_a_cancellation_made_in_bruecke(bruecke: Runner,
                                                                                tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    path = _calendar_rows(tmp_path, {_first_row("Runder Tisch Integration")})
    _import(bruecke, db, path, "appointments")
    [(appointment_id, status)] = _rows(db, "SELECT id, status FROM appointment")
    assert status == "held"

    from app.models import close_database, open_database
    from app.services import appointments

    open_database(db)
    try:  # the committee did not meet after all: the office says so in Brücke
        appointments.update_appointment(int(appointment_id), {"status": "cancelled"})  # type: ignore[call-overload]
    finally:
        close_database()
    _import(bruecke, db, path, "appointments")  # next month's export of the same Outlook calendar
    assert _rows(db, "SELECT status FROM appointment") == [("cancelled",)]


def test_the_same_person_without_legal_form_and_e_mail_is_matched(bruecke: Runner, tmp_path: Path) -> None:
    """Google contacts typed on a phone often have no e-mail and the organisation without "e.V."; Outlook has
    both. Same first and last name, same organisation – one contact, one organisation."""
    db = tmp_path / "buero.db"
    _import(bruecke, db, HERE / "outlook_kontakte.csv", "persons")
    text = (HERE / "google.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(keepends=True)))
    header = rows[0]
    katrin = rows[1]
    katrin[header.index("E-mail 1 - Label")] = katrin[header.index("E-mail 1 - Value")] = ""
    katrin[header.index("Organization Name")] = "Caritasverband Lindenau"
    path = tmp_path / "google.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, katrin])
    _import(bruecke, db, path, "persons")
    assert _rows(db, "SELECT count(*) FROM person WHERE last_name = 'Berger'") == [(1,)]
    assert _rows(db, "SELECT count(*) FROM organization WHERE name LIKE 'Caritasverband%'") == [(1,)]


def test_outlook_ics_after_the_outlook_csv_does_not_duplicate(bruecke: Runner, tmp_path: Path) -> None:
    """One colleague imports the CSV on the command line, another later opens Outlook's .ics of the same calendar
    in the GUI: the same title at the same time in the same office is the same appointment."""
    db = tmp_path / "buero.db"
    _import(bruecke, db, HERE / "outlook_kalender_2026.csv", "appointments")
    before = _rows(db, "SELECT count(*) FROM appointment")
    _import(bruecke, db, HERE / "outlook_kalender_2026_teil.ics", "appointments")
    assert _rows(db, "SELECT count(*) FROM appointment WHERE title = 'Runder Tisch Integration' "
                     "AND start = '2026-01-07 14:00:00'") == [(1,)]
    assert _rows(db, "SELECT count(*) FROM appointment") == before


def test_the_same_number_in_another_notation_is_no_change(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "buero.db"
    _import(bruecke, db, HERE / "google.csv", "persons")      # "+49 341 2345-10" as Google writes it
    out = _import(bruecke, db, HERE / "thunderbird.csv", "persons")  # "0341 2345-10"
    assert "1 aktualisiert" in out  # Katrin Berger: her home phone is only in Thunderbird's export
    changed = _rows(db, "SELECT a.changes FROM audit_entry a JOIN person p ON p.id = a.entity_id "
                        "WHERE a.entity = 'person' AND a.action = 'update' AND p.first_name IN ('Mehmet', 'Jana')")
    assert changed == []


def test_the_invitees_of_an_outlook_meeting_are_not_lost(bruecke: Runner, tmp_path: Path) -> None:
    """Outlook writes a meeting's invitees as "Hoffmann, Jana;Berger, Katrin" – contacts the office has just
    imported. After the import Brücke should know who was invited (as invitations of those contacts, or at least
    named in the appointment), e.g. for "E-Mail an alle" of an appointment's invitees (issue 11 §8)."""
    db = tmp_path / "buero.db"
    _import(bruecke, db, HERE / "outlook_kontakte.csv", "persons")
    raw = (HERE / "outlook_kalender_2026.csv").read_bytes().decode("cp1252")
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    header = rows[0]
    meeting = next(row for row in rows[1:] if row[0] == "Jour fixe Jobcenter")
    meeting[header.index("Erforderliche Teilnehmer")] = "Hoffmann, Jana;Berger, Katrin"
    meeting[header.index("Ort")] = "Microsoft Teams-Besprechung"
    path = tmp_path / "kalender.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([header, meeting])
    _import(bruecke, db, path, "appointments")
    invited = _rows(db, "SELECT p.last_name FROM attendance a JOIN person p ON p.id = a.person_id ORDER BY 1")
    [(agenda,)] = _rows(db, "SELECT agenda FROM appointment")
    assert invited == [("Berger",), ("Hoffmann",)] and "Eingeladen: Hoffmann, Jana, Berger, Katrin" in str(agenda)
