"""Defects an outside QA run found in the exchange of files: each test failed on the code before its fix."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import icalendar
import pytest

from app.models import Appointment, close_database, open_database
from app.services import exchange, imports, series

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def _import_csv(name: str, kind: str) -> imports.Result:
    path = FIXTURES / name
    layout = imports.analyse(path, kind)
    return imports.commit(imports.preview(path, kind, layout), backup=False)


def test_outlook_csv_all_day_events_keep_their_days_through_ics(db: object, tmp_path: Path) -> None:
    """Outlook writes an all-day event's end as 00:00 of the day after; stored (like the ICS import) as the
    last day at 23:59, exported with DTEND the day after the last day, and read back the same."""
    _import_csv("outlook_kalender_de.csv", "appointments")
    trip = Appointment.get(Appointment.title == "Studienfahrt Partnerstadt Jonava")  # 05.05. → 08.05. 00:00
    assert (trip.start, trip.end) == (dt.datetime(2025, 5, 5), dt.datetime(2025, 5, 7, 23, 59))
    day = Appointment.get(Appointment.title == "Fachtag Vielfalt")  # 08.04. → 09.04. 00:00: one day
    assert (day.start, day.end) == (dt.datetime(2025, 4, 8), dt.datetime(2025, 4, 8, 23, 59))
    before = {a.title: (a.start, a.end, a.all_day) for a in Appointment.select()}

    out = tmp_path / "termine.ics"
    exchange.export_file("appointments", out)
    events = _events(out)
    trip_event = events["Studienfahrt Partnerstadt Jonava"]
    assert (trip_event["DTSTART"].dt, trip_event["DTEND"].dt) == (dt.date(2025, 5, 5), dt.date(2025, 5, 8))
    assert events["Fachtag Vielfalt"]["DTEND"].dt == dt.date(2025, 4, 9)

    close_database()
    open_database(tmp_path / "leer.db")  # an empty office
    exchange.commit(exchange.preview(out, "appointments"), backup=False)
    assert {a.title: (a.start, a.end, a.all_day) for a in Appointment.select()} == before


def test_an_all_day_end_stored_as_midnight_of_the_next_day_exports_its_real_last_day(db: object,
                                                                                   tmp_path: Path) -> None:
    Appointment.create(title="Fachtag Migration", kind="conference", start=dt.datetime(2025, 5, 20),
                       end=dt.datetime(2025, 5, 22), all_day=True)  # an import before the fix
    out = tmp_path / "alt.ics"
    exchange.export_file("appointments", out)
    event = _events(out)["Fachtag Migration"]
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (dt.date(2025, 5, 20), dt.date(2025, 5, 22))


@pytest.fixture
def utc_machine() -> object:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield None
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_last_modified_is_the_local_clock_in_utc(db: object, tmp_path: Path, utc_machine: object) -> None:
    meeting = Appointment.create(title="AG Sprache", kind="working_group", start=dt.datetime(2026, 12, 3, 10))
    Appointment.update(updated_at=dt.datetime(2026, 12, 1, 14, 30)).where(Appointment.id == meeting.id).execute()
    out = tmp_path / "t.ics"
    exchange.export_file("appointments", out)
    assert _events(out)["AG Sprache"]["LAST-MODIFIED"].dt == dt.datetime(2026, 12, 1, 14, 30, tzinfo=dt.UTC)


def test_a_range_export_ends_every_series_at_the_range(db: object, tmp_path: Path) -> None:
    series.create_series({"title": "Jour fixe", "start": dt.datetime(2026, 11, 2, 10),
                          "end": dt.datetime(2026, 11, 2, 11)}, "FREQ=WEEKLY;BYDAY=MO", today=dt.date(2026, 11, 1))
    series.create_series({"title": "Sprechtag", "start": dt.datetime(2026, 12, 7),
                          "end": dt.datetime(2026, 12, 7, 23, 59), "all_day": True},
                         "FREQ=MONTHLY;BYMONTHDAY=7;COUNT=6", today=dt.date(2026, 11, 1))
    out = tmp_path / "dezember.ics"
    exchange.export_file("appointments", out, start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 31))
    events = _events(out)
    weekly = events["Jour fixe"]["RRULE"]
    assert "COUNT" not in weekly and weekly["UNTIL"][0] == dt.datetime(2026, 12, 31, 22, 59, 59, tzinfo=dt.UTC)
    monthly = events["Sprechtag"]["RRULE"]
    assert "COUNT" not in monthly and monthly["UNTIL"][0] == dt.date(2026, 12, 31)
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    later = recurring_ical_events.of(calendar).between(dt.date(2027, 1, 1), dt.date(2028, 1, 1))
    assert later == []
    earlier = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2026, 12, 1))
    assert earlier == []  # the weekly series began in November: the December file starts it in December
    december = recurring_ical_events.of(calendar).between(dt.date(2026, 12, 1), dt.date(2027, 1, 1))
    assert sorted(e["DTSTART"].dt.day for e in december if e["SUMMARY"] == "Jour fixe") == [7, 14, 21, 28]
    assert events["Jour fixe"]["DTSTART"].dt.replace(tzinfo=None) == dt.datetime(2026, 12, 7, 10)

    full = tmp_path / "alle.ics"
    exchange.export_file("appointments", full)
    assert "UNTIL" not in _events(full)["Jour fixe"]["RRULE"]  # no range: the series stays open
    assert _events(full)["Sprechtag"]["RRULE"]["COUNT"] == [6]


def test_a_card_without_email_or_uid_matches_by_name_and_organization(db: object) -> None:
    from app.models import Person

    exchange.commit(exchange.preview(FIXTURES / "android_v21.vcf", "persons"), backup=False)
    again = exchange.preview(FIXTURES / "android_v21.vcf", "persons")
    assert again.counts()["create"] == 0
    exchange.commit(again, backup=False)
    assert Person.select().where(Person.last_name == "Nowak-Żelazny").count() == 1
    assert Person.select().count() == 3


ANDROID_CARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=A4ger;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen J=C3=A4ger\r\n"
    "TEL;CELL:+491701234567\r\nTEL;WORK:+49351999\r\nTEL;HOME:+49351888\r\n"
    "ORG:Volkshochschule Lindenau\r\n"
    "NOTE:{note}\r\nEND:VCARD\r\n")


def test_a_changed_note_replaces_the_imported_part_of_the_notes(db: object, tmp_path: Path) -> None:
    from app.models import Person

    card = tmp_path / "kontakt.vcf"
    card.write_text(ANDROID_CARD.format(note="Kurse DaZ"), encoding="utf-8")
    exchange.commit(exchange.preview(card, "persons"), backup=False)
    person = Person.get(Person.last_name == "Jäger")
    assert person.notes == "Kurse DaZ\nTelefon: +49351888"
    Person.update(notes=person.notes + "\nim Büro nachgetragen").where(Person.id == person.id).execute()
    for note in ("Kurse DaZ und Integrationskurse", "Kurse DaZ, Integrationskurse, Alphabetisierung"):
        card.write_text(ANDROID_CARD.format(note=note), encoding="utf-8")
        preview = exchange.preview(card, "persons")
        assert preview.counts()["update"] == 1
        exchange.commit(preview, backup=False)
    assert Person.get(Person.id == person.id).notes == \
        "Kurse DaZ, Integrationskurse, Alphabetisierung\nTelefon: +49351888\nim Büro nachgetragen"
    assert Person.select().count() == 1


def test_a_bare_comma_in_a_card_is_text_not_the_end_of_the_value() -> None:
    from app.io import vcard

    card = vcard.read_cards(ANDROID_CARD.format(note="Kurse DaZ, Integrationskurse").replace(
        "ORG:Volkshochschule Lindenau", "ORG:Volkshochschule Lindenau, Außenstelle Nord\r\nTITLE:Leiter, Sprachen")
        .encode()).cards[0]
    assert card.notes == "Kurse DaZ, Integrationskurse\nTelefon: +49351888"
    assert (card.organization, card.function) == ("Volkshochschule Lindenau, Außenstelle Nord", "Leiter, Sprachen")


def test_program_names_and_file_errors_in_the_english_ui(db: object, tmp_path: Path) -> None:
    from app.services.errors import UserError
    from app.wording import set_language

    set_language("en")
    try:
        assert exchange.preview(FIXTURES / "google_kalender.ics", "appointments").profile == "Google Calendar"
        assert exchange.preview(FIXTURES / "google_contacts.vcf", "persons").profile == "Google Contacts"
        broken = tmp_path / "kaputt.ics"
        broken.write_text("BEGIN:VCARD\r\nEND:VCARD\r\n", encoding="utf-8")
        with pytest.raises(UserError, match="Not an iCalendar file"):
            exchange.preview(broken, "appointments")
    finally:
        set_language("de")


def test_reading_a_range_export_back_keeps_the_series_open(db: object, tmp_path: Path) -> None:
    from app.models import AppointmentSeries

    made = series.create_series({"title": "Jour fixe", "start": dt.datetime(2026, 11, 2, 10),
                                 "end": dt.datetime(2026, 11, 2, 11)}, "FREQ=WEEKLY;BYDAY=MO",
                                today=dt.date(2026, 11, 1))
    before = Appointment.select().count()
    out = tmp_path / "dezember.ics"
    exchange.export_file("appointments", out, start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 31))
    Appointment.update(title="Jour fixe (neu)").where(Appointment.series == made.id).execute()  # an update to read
    preview = exchange.preview(out, "appointments")
    exchange.commit(preview, backup=False)
    assert AppointmentSeries.get_by_id(made.id).rrule == made.rrule  # not ended at the range
    assert Appointment.select().count() == before


def test_a_counted_series_starting_before_the_range_keeps_its_last_occurrence(db: object, tmp_path: Path) -> None:
    import recurring_ical_events

    series.create_series({"title": "Kurs", "start": dt.datetime(2026, 11, 4, 18),
                          "end": dt.datetime(2026, 11, 4, 20)}, "FREQ=WEEKLY;BYDAY=WE;COUNT=6",
                         today=dt.date(2026, 11, 1))  # 4.11. … 9.12.
    out = tmp_path / "dezember.ics"
    exchange.export_file("appointments", out, start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 31))
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    found = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2028, 1, 1))
    assert sorted(e["DTSTART"].dt.day for e in found) == [2, 9]
