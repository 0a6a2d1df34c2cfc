"""ICS/vCard import and export against a real SQLite file: semantics, re-import, undo, round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.models import Appointment, AppointmentSeries, ImportBatch, Organization, Person
from app.services import exchange, imports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 11, 23)


def rows_by_label(preview: exchange.Preview) -> dict[str, exchange.Row]:
    return {row.label: row for row in preview.rows}


def test_outlook_import_semantics(db: object) -> None:
    preview = exchange.preview(FIXTURES / "outlook_kalender.ics", "appointments", today=TODAY)
    assert preview.profile == "Outlook"
    rows = rows_by_label(preview)
    assert rows["Zahnarzt"].action == "skip" and "privat" in rows["Zahnarzt"].reason
    assert rows["Urlaub"].action == "skip" and "Abwesend" in rows["Urlaub"].reason
    assert rows["Beirat für Migration"].action == "create"  # "Abgesagt: " prefix removed
    result = exchange.commit(preview, backup=False)
    assert (result.created, result.updated) == (14, 0)
    held = Appointment.get(Appointment.title == "Runder Tisch Integration")
    assert held.status == "held" and held.kind == "committee_session"
    assert held.external_uid.startswith("040000008200E00074C5B7101A82E008")
    cancelled = Appointment.get(Appointment.title == "Beirat für Migration")
    assert cancelled.status == "cancelled"
    fest = Appointment.get(Appointment.title == "Interkulturelles Fest")
    assert fest.all_day and fest.start == dt.datetime(2025, 9, 20) and fest.end == dt.datetime(2025, 9, 20, 23, 59)
    teams = Appointment.get(Appointment.title == "AG Interkulturelles Fest")
    assert teams.online_link.startswith("https://teams.microsoft.com/") and "Teams" not in teams.agenda
    series = AppointmentSeries.get()
    assert series.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20250624T235959"
    assert series.dtstart == dt.datetime(2025, 1, 14, 10) and series.duration_minutes == 120
    assert json.loads(series.exdates) == ["2025-03-11T10:00:00", "2025-04-22T10:00:00"]
    occurrences = list(Appointment.select().where(Appointment.series == series.id).order_by(Appointment.start))
    assert len(occurrences) == 10 and all(o.status == "held" for o in occurrences)
    moved = [o for o in occurrences if o.series_exception]
    assert [(o.recurrence_id, o.start) for o in moved] == [(dt.datetime(2025, 4, 8, 10), dt.datetime(2025, 4, 9, 10))]
    assert all(o.external_uid == series.external_uid for o in occurrences)

    again = exchange.preview(FIXTURES / "outlook_kalender.ics", "appointments", today=TODAY)
    assert again.counts() == {"create": 0, "update": 0, "skip": 7, "error": 0}
    assert Appointment.select().count() == 14

    counts = imports.undo(result.batch_id)
    assert counts["removed"] == 15
    assert Appointment.select().count() == 0 and AppointmentSeries.select().count() == 0


def test_private_entries_can_be_taken_anyway(db: object) -> None:
    preview = exchange.preview(FIXTURES / "outlook_kalender.ics", today=TODAY, include_private=True)
    assert rows_by_label(preview)["Zahnarzt"].action == "create"
    plain = exchange.preview(FIXTURES / "outlook_kalender.ics", today=TODAY)
    row = rows_by_label(plain)["Urlaub"]
    exchange.set_choice(plain, row, "create")
    exchange.commit(plain, backup=False)
    vacation = Appointment.get(Appointment.title == "Urlaub")
    assert vacation.all_day and vacation.end == dt.datetime(2025, 8, 15, 23, 59)


def test_changed_file_updates_and_undo_restores(db: object, tmp_path: Path) -> None:
    exchange.commit(exchange.preview(FIXTURES / "thunderbird_kalender.ics", today=TODAY), backup=False)
    changed = tmp_path / "kalender.ics"
    changed.write_bytes((FIXTURES / "thunderbird_kalender.ics").read_bytes()
                        .replace(b"SUMMARY:Telefonat Ausl", b"SUMMARY:Gespr\xc3\xa4ch Ausl"))
    preview = exchange.preview(changed, today=TODAY)
    row = rows_by_label(preview)["Gespräch Ausländerbehörde"]
    assert row.action == "update" and preview.counts()["create"] == 0
    result = exchange.commit(preview, backup=False)
    assert result.updated == 1
    assert Appointment.select().where(Appointment.title == "Gespräch Ausländerbehörde").count() == 1
    imports.undo(result.batch_id)
    assert Appointment.select().where(Appointment.title == "Telefonat Ausländerbehörde").count() == 1
    future = Appointment.get(Appointment.title == "Netzwerktreffen Ehrenamt")
    assert future.status == "planned"


def _snapshot() -> list[tuple]:
    result = []
    for a in Appointment.select().order_by(Appointment.start, Appointment.title):
        times = (a.start.date(), (a.end or a.start).date()) if a.all_day else (a.start, a.end)
        result.append((a.title, a.all_day, *times, a.series_exception))
    return sorted(result, key=lambda r: (str(r[2])[:10], r[0], str(r[2])))


def test_demo_round_trip_into_an_empty_office(demo_db: object, tmp_path: Path, db_path: Path) -> None:
    from app.models import close_database, open_database
    from app.services import series

    office = Appointment.select().count()
    target = tmp_path / "termine.ics"
    first = Appointment.select().where(Appointment.confidential == False).order_by(Appointment.id).first()  # noqa: E712
    made = series.create_series({"title": "Sprechstunde", "kind": "counselling_hours",
                                 "start": dt.datetime(2026, 1, 6, 9), "end": dt.datetime(2026, 1, 6, 11)},
                                "FREQ=WEEKLY;BYDAY=TU;COUNT=12", today=TODAY)
    members = series.occurrences(made.id)
    series.update_occurrence(members[3].id, {"start": dt.datetime(2026, 1, 28, 14),
                                             "end": dt.datetime(2026, 1, 28, 16)})
    series.delete_occurrence(members[5].id)
    path, count = exchange.export_file("appointments", target)
    assert count == office + 11 and first is not None
    secret = {a.title for a in Appointment.select().where(Appointment.confidential == True)}  # noqa: E712
    expected = [row for row in _snapshot() if row[0] not in secret]
    close_database()
    open_database(tmp_path / "empty.db")
    result = exchange.commit(exchange.preview(target, today=TODAY), backup=False)
    assert result.updated == 0
    got = [row for row in _snapshot() if row[0] != "Termin (vertraulich)"]
    assert got == expected
    imported = AppointmentSeries.get(AppointmentSeries.uuid == made.uuid)
    assert imported.rrule == made.rrule
    moved = Appointment.get((Appointment.series == imported.id) & (Appointment.series_exception == True))  # noqa: E712
    assert moved.start == dt.datetime(2026, 1, 28, 14) and moved.recurrence_id == dt.datetime(2026, 1, 27, 9)
    assert Appointment.select().where(Appointment.series == imported.id).count() == 11
    twice = exchange.preview(target, today=TODAY)
    assert twice.counts()["create"] == 0 and twice.counts()["update"] == 0
    close_database()
    open_database(db_path)


def test_reimport_into_the_same_office_changes_nothing(demo_db: object, tmp_path: Path) -> None:
    target = tmp_path / "termine.ics"
    exchange.export_file("appointments", target)
    before = _snapshot()
    confidential = Appointment.select().where(Appointment.confidential == True).first()  # noqa: E712
    preview = exchange.preview(target, today=TODAY)
    assert preview.counts()["create"] == 0 and preview.counts()["update"] == 0
    text = target.read_text(encoding="utf-8")
    if confidential is not None:
        assert confidential.title not in text and "Termin (vertraulich)" in text
        assert any(r.reason.startswith("vertraulicher Termin") for r in preview.rows)
    exchange.commit(preview, backup=False)
    assert _snapshot() == before


def test_export_filters_and_todos(demo_db: object, tmp_path: Path) -> None:
    from app.models import FollowUp, Network

    network = Network.select().order_by(Network.id).first()
    FollowUp.create(title="Protokoll verschicken", due_date=dt.date(2026, 12, 1))
    target = tmp_path / "gremium.ics"
    _, count = exchange.export_file("appointments", target, start=dt.date(2026, 1, 1), end=dt.date(2026, 6, 30),
                                    network_id=network.id, todos=True)
    expected = Appointment.select().where((Appointment.network == network.id)
                                          & (Appointment.start >= dt.datetime(2026, 1, 1))
                                          & (Appointment.start < dt.datetime(2026, 7, 1))).count()
    assert count == expected > 0
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == expected
    assert "BEGIN:VTODO" in text and "SUMMARY:Protokoll verschicken" in text


def test_vcard_fixtures_create_persons_and_organizations(db: object) -> None:
    preview = exchange.preview(FIXTURES / "apple_icloud.vcf", "persons")
    assert preview.profile == "Apple/iCloud"
    assert [r.entity for r in preview.rows] == ["person", "organization", "person"]
    result = exchange.commit(preview, backup=False)
    assert result.created == 3
    anna = Person.get(Person.last_name == "Müller")
    assert anna.title == "Dr." and anna.organization.name == "Stadt Lindenau"
    assert anna.phone == "+49 3581 671-204" and anna.mobile == "+49 171 2345678"
    assert anna.external_uid == "7C3E2F0A-8B1D-4E59-A6C2-3D4B5E6F7081"
    caritas = Organization.get(Organization.name == "Caritasverband Lindenau e. V.")
    assert caritas.website == "https://www.caritas-lindenau.de" and caritas.city == "Lindenau"
    assert Person.select().where(Person.last_name == "").count() == 0
    again = exchange.preview(FIXTURES / "apple_icloud.vcf", "persons")
    assert again.counts() == {"create": 0, "update": 0, "skip": 3, "error": 0}
    exchange.commit(exchange.preview(FIXTURES / "android_v21.vcf"), backup=False)
    assert Person.get(Person.last_name == "Nowak-Żelazny").first_name == "Małgorzata"
    batch = ImportBatch.select().order_by(ImportBatch.id.desc()).first()
    imports.undo(batch.id)
    assert Person.select().where(Person.last_name == "Nowak-Żelazny").count() == 0


def test_vcard_round_trip(demo_db: object, tmp_path: Path, db_path: Path) -> None:
    from app.models import close_database, open_database

    target = tmp_path / "kontakte.vcf"
    _, count = exchange.export_file("persons", target)
    people = {(p.last_name, p.first_name, p.email, p.organization.name if p.organization_id else "")
              for p in Person.select().where((Person.archived == False) & Person.erased_at.is_null())}  # noqa: E712
    assert count == len(people)
    assert exchange.preview(target).counts()["create"] == 0  # same office: matched by uuid
    copy = tmp_path / "copy.db"
    close_database()
    open_database(copy)
    exchange.commit(exchange.preview(target), backup=False)
    got = {(p.last_name, p.first_name, p.email, p.organization.name if p.organization_id else "")
           for p in Person.select()}
    assert got == people
    assert exchange.preview(target).counts() == {"create": 0, "update": 0, "skip": count, "error": 0}
    close_database()
    open_database(db_path)


def test_wrong_kind_and_broken_file_are_clear(db: object, tmp_path: Path) -> None:
    with pytest.raises(exchange.UserError, match="--kind persons"):
        exchange.preview(FIXTURES / "apple_icloud.vcf", "appointments")
    broken = tmp_path / "kaputt.ics"
    broken.write_text("das ist kein Kalender")
    with pytest.raises(exchange.UserError, match="kaputt.ics"):
        exchange.preview(broken)


def test_google_endless_series_meets_the_series_model(db: object) -> None:
    from app.services import series

    preview = exchange.preview(FIXTURES / "google_kalender.ics", today=TODAY)
    assert preview.profile == "Google Kalender"
    assert rows_by_label(preview)["Elternabend Kita"].action == "skip"
    exchange.commit(preview, backup=False)
    jour_fixe = AppointmentSeries.get(AppointmentSeries.title == "Jour fixe Jobcenter")
    assert jour_fixe.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    assert jour_fixe.generated_until == series.horizon(TODAY)
    assert jour_fixe.online_link == "https://meet.google.com/xkp-qwer-tzu"
    occurrences = series.occurrences(jour_fixe.id)
    assert all(o.online_link == jour_fixe.online_link for o in occurrences)
    assert occurrences[-1].start.date() <= jour_fixe.generated_until
    moved = [o for o in occurrences if o.series_exception]
    assert [(o.recurrence_id, o.start) for o in moved] == [(dt.datetime(2025, 3, 3, 9), dt.datetime(2025, 3, 4, 11))]
    zoom = Appointment.get(Appointment.title == "Abstimmung Sprachkurse")
    assert zoom.online_link.startswith("https://us02web.zoom.us/j/84125567890") and "Kenncode" not in zoom.agenda
    before = len(occurrences)
    added = series.extend_series(until=jour_fixe.generated_until + dt.timedelta(days=60))
    assert added == len(series.occurrences(jour_fixe.id)) - before and 3 <= added <= 5


def test_rule_outside_the_series_model_arrives_as_single_appointments(db: object, tmp_path: Path) -> None:
    path = tmp_path / "kalender.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Kalender//DE\r\nBEGIN:VEVENT\r\n"
                     b"UID:zweimal-taeglich@example.org\r\nSUMMARY:Infostand\r\n"
                     b"DTSTART;TZID=Europe/Berlin:20250602T090000\r\nDTEND;TZID=Europe/Berlin:20250602T100000\r\n"
                     b"RRULE:FREQ=DAILY;BYHOUR=9,14;COUNT=4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    preview = exchange.preview(path, today=TODAY)
    (row,) = preview.rows
    assert row.action == "create" and row.reason.endswith(
        "Wiederholung „täglich (BYHOUR=9,14), 4-mal“ wird als einzelne Termine übernommen")
    assert row.detail.startswith("Serie: täglich (BYHOUR=9,14), 4-mal · 4 Termine")  # (not "Serie: RRULE")
    exchange.commit(preview, backup=False)
    starts = [a.start for a in Appointment.select().order_by(Appointment.start)]
    assert starts == [dt.datetime(2025, 6, 2, 9), dt.datetime(2025, 6, 2, 14), dt.datetime(2025, 6, 3, 9),
                      dt.datetime(2025, 6, 3, 14)]
    assert AppointmentSeries.select().count() == 0
    assert {a.external_uid for a in Appointment.select()} == {"zweimal-taeglich@example.org"}
    assert exchange.preview(path, today=TODAY).rows[0].action == "skip"


def test_instances_of_a_foreign_rule_export_with_their_recurrence_id(db: object, tmp_path: Path) -> None:
    source = tmp_path / "kalender.ics"
    source.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Kalender//DE\r\nBEGIN:VEVENT\r\n"
                       b"UID:zweimal@example.org\r\nSUMMARY:Infostand\r\n"
                       b"DTSTART;TZID=Europe/Berlin:20250602T090000\r\nDTEND;TZID=Europe/Berlin:20250602T100000\r\n"
                       b"RRULE:FREQ=DAILY;BYHOUR=9,14;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    exchange.commit(exchange.preview(source, today=TODAY), backup=False)
    target = tmp_path / "export.ics"
    exchange.export_file("appointments", target)
    text = target.read_text(encoding="utf-8")
    assert text.count("UID:zweimal@example.org") == 2
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20250602T090000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20250602T140000" in text
    again = exchange.preview(target, today=TODAY)
    assert again.counts()["create"] == 0 and again.counts()["update"] == 0


def test_remembered_category_rules_of_the_spreadsheet_import_apply(db: object, tmp_path: Path) -> None:
    from app.services.imports import calendar as calendar_rules

    calendar_rules.remember_categories({"Außentermin": "site_visit", "Familie": calendar_rules.PRIVATE})
    path = tmp_path / "kalender.ics"
    path.write_bytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Kalender//DE\r\n"
                     "BEGIN:VEVENT\r\nUID:a@example.org\r\nSUMMARY:Kita Regenbogen\r\nCATEGORIES:Außentermin\r\n"
                     "DTSTART:20250603T080000Z\r\nEND:VEVENT\r\n"
                     "BEGIN:VEVENT\r\nUID:b@example.org\r\nSUMMARY:Elternsprechtag\r\nCATEGORIES:Familie\r\n"
                     "DTSTART:20250604T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode())
    rows = rows_by_label(exchange.preview(path, today=TODAY))
    assert "Ortstermin" in rows["Kita Regenbogen"].detail
    assert rows["Kita Regenbogen"].plan.values["kind"] == "site_visit"
    assert rows["Elternsprechtag"].action == "skip" and "Familie" in rows["Elternsprechtag"].reason


def test_foreign_entries_join_the_network_their_title_names(demo_db: object) -> None:
    from app.models import Network
    from app.services.exchange_ics import network_for

    round_table = Network.get(Network.kind == "round_table")
    board = Network.get(Network.kind == "advisory_board")
    exchange.commit(exchange.preview(FIXTURES / "outlook_kalender.ics", today=TODAY), backup=False)
    held = Appointment.get((Appointment.title == "Runder Tisch Integration") & (Appointment.external_uid != ""))
    assert held.network_id == round_table.id
    assert Appointment.get(Appointment.title == "Beirat für Migration").network_id == board.id
    assert Appointment.get(Appointment.title == "AG Interkulturelles Fest").network_id is None
    assert network_for("Netzwerk", [(1, "netzwerk sprachmittlung", "nsm"), (2, "netzwerk arbeit", "")]) is None
