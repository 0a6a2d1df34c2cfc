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


def test_iso_week_numbers_in_the_month_grid() -> None:
    assert calendar.iso_week(dt.date(2026, 12, 28)) == 53
    assert calendar.iso_week(dt.date(2027, 1, 4)) == 1
    weeks = calendar.month_weeks(2026, 12)
    assert [kw for kw, _days in weeks] == [49, 50, 51, 52, 53, 1]
    assert weeks[4][1][0] == dt.date(2026, 12, 28)
    assert calendar.work_week_of(dt.date(2026, 11, 29)) == [dt.date(2026, 11, 23) + dt.timedelta(days=i)
                                                           for i in range(5)]
    assert calendar.add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 1)
    assert calendar.add_months(dt.date(2026, 1, 31), -1) == dt.date(2025, 12, 1)


def _entry(aid: int, start: str, end: str | None, all_day: bool = False) -> calendar.Entry:
    return calendar.Entry(aid, f"T{aid}", "meeting", "planned", dt.datetime.fromisoformat(start),
                          dt.datetime.fromisoformat(end) if end else None, all_day, "", "")


def test_layout_puts_overlapping_appointments_side_by_side() -> None:
    day = dt.date(2026, 11, 24)
    entries = [
        _entry(1, "2026-11-24 09:00", "2026-11-24 11:00"),
        _entry(2, "2026-11-24 10:00", "2026-11-24 12:00"),
        _entry(3, "2026-11-24 11:00", "2026-11-24 11:30"),  # overlaps 2, column of 1 is free again
        _entry(4, "2026-11-24 12:00", "2026-11-24 13:00"),  # only touches: a cluster of its own
        _entry(5, "2026-11-24 14:00", None),  # no end: one hour
        _entry(6, "2026-11-24 00:00", "2026-11-24 23:59", all_day=True),  # all-day band, not in the grid
        _entry(7, "2026-11-23 22:00", "2026-11-24 01:00"),  # two days: all-day band
    ]
    placed = {p.entry.id: p for p in calendar.layout_day(entries, day)}
    assert set(placed) == {1, 2, 3, 4, 5}
    assert (placed[1].column, placed[1].columns) == (0, 2)
    assert (placed[2].column, placed[2].columns) == (1, 2)
    assert (placed[3].column, placed[3].columns) == (0, 2)
    assert (placed[4].column, placed[4].columns) == (0, 1)
    assert (placed[5].top, placed[5].bottom) == (14 * 60, 15 * 60)
    assert (placed[1].top, placed[1].bottom) == (9 * 60, 11 * 60)


def test_range_query_reads_only_the_visible_days(db) -> None:  # noqa: ANN001
    inside = _add("Drin", "2026-11-25 10:00", "2026-11-25 11:00")
    spanning = _add("Reise", "2026-11-20 08:00", "2026-11-24 18:00", kind="study_visit")
    _add("Vorher", "2026-11-20 10:00", "2026-11-20 11:00")
    _add("Danach", "2026-11-30 10:00")
    found = calendar.entries_between(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert [e.id for e in found] == [spanning, inside]
    sql, params = calendar._query().where(calendar.Appointment.start >= dt.datetime(2026, 11, 1)).sql()
    plan = db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    assert any("appointment_start" in str(row) for row in plan)


def test_move_is_undoable_and_marks_series_occurrences_as_exceptions(db) -> None:  # noqa: ANN001
    from app.models import Appointment, AppointmentSeries

    meeting = _add("Jour fixe", "2026-11-24 10:00", "2026-11-24 11:00")
    before = calendar.move_appointment(meeting, dt.datetime(2026, 11, 24, 10, 30), dt.datetime(2026, 11, 24, 12))
    moved = appointments.get_appointment(meeting)
    assert (moved.start, moved.end, moved.series_exception) == \
        (dt.datetime(2026, 11, 24, 10, 30), dt.datetime(2026, 11, 24, 12), False)
    calendar.restore_placement(meeting, before)
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 24, 10)

    series = AppointmentSeries.create(rrule="FREQ=WEEKLY", dtstart=dt.datetime(2026, 11, 3, 9),
                                      duration_minutes=60, title="Sprechstunde")
    occurrence = _add("Sprechstunde", "2026-11-24 09:00", "2026-11-24 10:00")
    Appointment.update(series=series.id, recurrence_id=dt.datetime(2026, 11, 24, 9)).where(
        Appointment.id == occurrence).execute()
    before = calendar.move_appointment(occurrence, dt.datetime(2026, 11, 25, 9), dt.datetime(2026, 11, 25, 10))
    assert appointments.get_appointment(occurrence).series_exception is True
    calendar.restore_placement(occurrence, before)
    restored = appointments.get_appointment(occurrence)
    assert (restored.start, restored.series_exception) == (dt.datetime(2026, 11, 24, 9), False)


def test_move_refuses_an_end_before_the_start_and_writes_nothing(db) -> None:  # noqa: ANN001
    import pytest

    from app.services.errors import ValidationError

    meeting = _add("Beirat", "2026-11-24 10:00", "2026-11-24 11:00")
    with pytest.raises(ValidationError):
        calendar.move_appointment(meeting, dt.datetime(2026, 11, 24, 12), dt.datetime(2026, 11, 24, 11))
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 24, 10)


def test_kind_tags_exist_for_every_kind() -> None:
    from app.models.entities import APPOINTMENT_KINDS

    assert calendar.kind_tag("committee_session") == "GS"
    assert calendar.kind_tag("conference", "en") == "CONF"
    assert all(calendar.kind_tag(kind) for kind in APPOINTMENT_KINDS)
    assert len({calendar.kind_tag(kind) for kind in APPOINTMENT_KINDS}) == len(APPOINTMENT_KINDS)


def test_a_view_beyond_the_series_horizon_generates_the_occurrences_it_shows(db) -> None:  # noqa: ANN001
    from app.services import calendar as cal
    from app.services import series as series_service

    today = dt.date.today()
    start = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(10))
    created = series_service.create_series({"title": "Sprechstunde", "kind": "counselling_hours", "start": start,
                                            "end": start + dt.timedelta(hours=2)}, "FREQ=WEEKLY")
    assert created
    far = today + dt.timedelta(days=series_service.HORIZON_DAYS + 120)
    week = cal.week_of(far)
    shown = cal.entries_between(week[0], week[-1])
    assert [e.title for e in shown] == ["Sprechstunde"]
