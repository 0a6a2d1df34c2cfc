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

    full = tmp_path / "alle.ics"
    exchange.export_file("appointments", full)
    assert "UNTIL" not in _events(full)["Jour fixe"]["RRULE"]  # no range: the series stays open
    assert _events(full)["Sprechtag"]["RRULE"]["COUNT"] == [6]
