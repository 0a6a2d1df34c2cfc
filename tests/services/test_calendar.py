"""The calendar's data: which appointment shows on which day, the month grid, the 14-day agenda."""

from __future__ import annotations

import datetime as dt

from app.services import appointments, calendar, networks


def _add(title: str, start: str, end: str | None = None, **extra: object) -> int:
    data: dict[str, object] = {"title": title, "start": start, **extra}
    if end:
        data["end"] = end
    return appointments.create_appointment(data).id


def test_month_grid_starts_on_monday_and_covers_the_whole_month() -> None:
    grid = calendar.month_grid(2026, 2)  # 1 Feb 2026 is a Sunday
    assert len(grid) == 42
    assert grid[0] == dt.date(2026, 1, 26) and grid[0].weekday() == 0
    assert dt.date(2026, 2, 1) in grid and dt.date(2026, 2, 28) in grid
    march = calendar.month_grid(2027, 3)  # 1 Mar 2027 is a Monday: the grid starts on the 1st
    assert march[0] == dt.date(2027, 3, 1)


def test_week_of_runs_monday_to_sunday_across_a_year_boundary() -> None:
    week = calendar.week_of(dt.date(2026, 12, 31))
    assert week[0] == dt.date(2026, 12, 28) and week[-1] == dt.date(2027, 1, 3)


def test_appointments_land_on_their_days_with_network_and_multi_day_spans(db) -> None:  # noqa: ANN001
    table = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table"})
    meeting = _add("Sitzung Runder Tisch", "2026-11-24 10:00", "2026-11-24 12:00", network=table.id)
    fair = _add("Fachtag Migration", "2026-11-26 09:00", "2026-11-27 16:00", kind="conference")
    late = _add("Abendtermin", "2026-11-24 18:00", "2026-11-25 00:00")
    _add("Außerhalb", "2026-12-02 10:00")
    days = calendar.by_day(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert [e.id for e in days[dt.date(2026, 11, 24)]] == [meeting, late]
    assert days[dt.date(2026, 11, 24)][0].network == "Runder Tisch Integration"
    assert days[dt.date(2026, 11, 24)][0].time_text() == "10:00–12:00"
    assert [e.id for e in days[dt.date(2026, 11, 26)]] == [fair]
    assert [e.id for e in days[dt.date(2026, 11, 27)]] == [fair]
    assert days[dt.date(2026, 11, 27)][0].time_text(dt.date(2026, 11, 27)) == "…–16:00"
    assert dt.date(2026, 11, 25) not in days  # ending at midnight does not touch the next day
    assert all(d <= dt.date(2026, 11, 29) for d in days)
    # a conference that began before the range still shows on the range's first day
    assert [e.id for e in calendar.by_day(dt.date(2026, 11, 27), dt.date(2026, 11, 27))[dt.date(2026, 11, 27)]] \
        == [fair]


def test_all_day_appointments_come_first_and_cancelled_ones_are_marked(db) -> None:  # noqa: ANN001
    _add("Sprechstunde", "2026-05-04 09:00", status="cancelled")
    trip = _add("Studienfahrt Kalmar", "2026-05-04 00:00", "2026-05-04 23:00", all_day=True)
    day = calendar.by_day(dt.date(2026, 5, 4), dt.date(2026, 5, 4))[dt.date(2026, 5, 4)]
    assert day[0].id == trip and day[0].time_text() == ""
    assert day[1].cancelled and not day[0].cancelled


def test_agenda_covers_fourteen_days_from_today_inclusive(db) -> None:  # noqa: ANN001
    today = dt.date(2026, 12, 28)
    first = _add("Heute", "2026-12-28 08:00")
    last = _add("Tag 14", "2027-01-10 17:00")
    _add("Tag 15", "2027-01-11 09:00")
    _add("Gestern", "2026-12-27 09:00")
    agenda = calendar.agenda(today)
    assert [(day, [e.id for e in entries]) for day, entries in agenda] == \
        [(dt.date(2026, 12, 28), [first]), (dt.date(2027, 1, 10), [last])]


def test_upcoming_skips_cancelled_and_finished_but_keeps_running_ones(db) -> None:  # noqa: ANN001
    now = dt.datetime(2026, 11, 23, 11, 0)
    running = _add("Läuft noch", "2026-11-23 10:00", "2026-11-23 12:00")
    _add("Vorbei", "2026-11-23 08:00", "2026-11-23 09:00")
    _add("Abgesagt", "2026-11-24 08:00", status="cancelled")
    soon = _add("Morgen", "2026-11-24 09:00")
    assert [e.id for e in calendar.upcoming(now)] == [running, soon]
    assert [e.id for e in calendar.upcoming(now, limit=1)] == [running]
