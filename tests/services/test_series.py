"""Series rules against references (dateutil.rrule, recurring-ical-events) and series editing on a real file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from dateutil import rrule as du

from app.models import Appointment, AppointmentField, AppointmentSeries, Attendance, Person
from app.services import appointments, attendance, dashboard, recurrence, series
from app.services.errors import ValidationError
from app.services.recurrence import Rule

TODAY = dt.date(2026, 3, 2)

# every rule kind the editor offers; starts chosen around DST changes (29.03./25.10.2026) and leap days
RULE_CASES = [
    (Rule("daily"), dt.datetime(2026, 3, 27, 9, 30), dt.date(2026, 4, 3)),
    (Rule("daily", 3), dt.datetime(2026, 10, 20, 8, 0), dt.date(2026, 11, 10)),
    (Rule("weekly", 1, (1,)), dt.datetime(2026, 3, 3, 10, 0), dt.date(2026, 11, 30)),
    (Rule("weekly", 1, (0, 2, 4)), dt.datetime(2026, 3, 23, 14, 0), dt.date(2026, 4, 10)),
    (Rule("weekly", 2, (0,)), dt.datetime(2026, 3, 16, 9, 0), dt.date(2026, 12, 31)),
    (Rule("monthly", 1, monthday=31), dt.datetime(2026, 1, 31, 10, 0), dt.date(2027, 1, 31)),
    (Rule("monthly", 1, (2,), nth=2), dt.datetime(2026, 1, 14, 17, 0), dt.date(2027, 3, 1)),
    (Rule("monthly", 1, (4,), nth=-1), dt.datetime(2026, 1, 30, 12, 0), dt.date(2026, 12, 31)),
    (Rule("monthly", 3, (3,), nth=1), dt.datetime(2026, 3, 5, 14, 0), dt.date(2028, 12, 31)),
    (Rule("monthly", 3, monthday=15), dt.datetime(2026, 1, 15, 10, 0), dt.date(2027, 12, 31)),
    (Rule("yearly"), dt.datetime(2024, 2, 29, 10, 0), dt.date(2036, 12, 31)),
    (Rule("yearly", count=5), dt.datetime(2026, 10, 25, 2, 30), None),
    (Rule("weekly", 1, (6,), count=10), dt.datetime(2026, 3, 29, 2, 30), None),
]


def _ids(case: tuple) -> str:
    return case[0].to_text()


@pytest.mark.parametrize("case", RULE_CASES, ids=_ids)
def test_expansion_matches_dateutil(case: tuple) -> None:
    rule, start, until = case
    if until is not None:
        rule = rule.with_end(until=until)
    text = rule.to_text()
    assert recurrence.parse(text) == rule
    ours = recurrence.expand(text, start)
    reference = list(du.rrulestr("RRULE:" + text, dtstart=start))
    assert ours == reference and ours


@pytest.mark.parametrize("case", RULE_CASES, ids=_ids)
def test_expansion_matches_recurring_ical_events_in_berlin_time(case: tuple) -> None:
    """Wall-clock times stay put across DST changes: compare with an ICS event in Europe/Berlin."""
    import icalendar
    import recurring_ical_events

    rule, start, until = case
    if until is not None:
        rule = rule.with_end(until=until)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:x@test\r\n"
           f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}\r\nDURATION:PT1H\r\n"
           f"RRULE:{rule.to_text()}\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    calendar = icalendar.Calendar.from_ical(ics)
    events = recurring_ical_events.of(calendar).between(start - dt.timedelta(days=1), dt.datetime(2040, 1, 1))
    theirs = sorted(e["DTSTART"].dt.replace(tzinfo=None) for e in events)
    ours = recurrence.expand(rule.to_text(), start)
    if start.hour == 2 and start.minute == 30:  # 02:30 does not exist on the spring-forward day
        theirs = [t for t in theirs if t.date() != dt.date(2026, 3, 29)]
        ours = [o for o in ours if o.date() != dt.date(2026, 3, 29)]
    assert ours == theirs


def test_describe_and_propose() -> None:
    start = dt.datetime(2026, 1, 14, 17, 0)  # the 2nd Wednesday
    assert recurrence.describe(Rule("monthly", 1, (2,), nth=2)) == "monatlich am zweiten Mittwoch"
    assert recurrence.describe(Rule("weekly", 2, (0,), until=dt.date(2027, 12, 31))) == \
        "alle 2 Wochen am Montag, bis 31.12.2027"
    assert recurrence.propose("vierteljährlich", start) == Rule("monthly", 3, (2,), 2)
    assert recurrence.propose("wöchentlich", start) == Rule("weekly", 1, (2,))
    assert recurrence.propose("nach Bedarf", start) is None


def _create(rule: str, start: dt.datetime, **extra: object) -> AppointmentSeries:
    data = {"title": "Sprechstunde", "kind": "counselling_hours", "start": start,
            "end": start + dt.timedelta(hours=2), "location": "Zimmer 112", **extra}
    return series.create_series(data, rule, today=TODAY)


def test_create_generates_to_the_horizon_in_one_transaction(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 3, 3, 10, 0))
    rows = series.occurrences(created.id)
    horizon = series.horizon(TODAY)
    assert rows[0].start == dt.datetime(2026, 3, 3, 10, 0) and rows[-1].start.date() <= horizon
    assert len(rows) == len(recurrence.expand(created.rrule, created.dtstart, created.dtstart,
                                              dt.datetime.combine(horizon, dt.time.max)))
    assert all(r.recurrence_id == r.start and r.end - r.start == dt.timedelta(hours=2) for r in rows)
    # a rule that cannot be parsed leaves nothing behind
    before = Appointment.select().count()
    with pytest.raises(ValidationError):
        _create("FREQ=SOMETIMES", dt.datetime(2026, 3, 3, 10, 0))
    assert Appointment.select().count() == before and AppointmentSeries.select().count() == 1


def test_extend_series_and_count_limit(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 3, 3, 10, 0))
    first = len(series.occurrences(created.id))
    assert series.extend_series(series.horizon(TODAY)) == 0  # nothing due: cheap
    added = series.extend_series(series.horizon(TODAY) + dt.timedelta(days=28))
    assert added == 4 and len(series.occurrences(created.id)) == first + 4
    limited = _create("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH;COUNT=3", dt.datetime(2026, 3, 5, 14, 0))
    assert [a.start.date() for a in series.occurrences(limited.id)] == \
        [dt.date(2026, 3, 5), dt.date(2026, 6, 4), dt.date(2026, 9, 3)]
    assert series.extend_series(dt.date(2030, 1, 1)) > 0
    assert len(series.occurrences(limited.id)) == 3


def test_fields_and_invitations_go_to_every_occurrence_and_to_extensions(db: object) -> None:
    field = appointments.fields_of_action()[0].id
    person = Person.create(first_name="Anna", last_name="Weber")
    created = series.create_series({"title": "Beirat", "kind": "committee_session",
                                    "start": dt.datetime(2026, 3, 11, 17, 0), "end": dt.datetime(2026, 3, 11, 19)},
                                   "FREQ=MONTHLY;BYDAY=2WE", fields=[field], invite=[person.id], today=TODAY)
    rows = series.occurrences(created.id)
    assert AppointmentField.select().where(AppointmentField.appointment.in_([r.id for r in rows])).count() == len(rows)
    assert Attendance.select().where(Attendance.appointment.in_([r.id for r in rows])).count() == len(rows)
    series.extend_series(series.horizon(TODAY) + dt.timedelta(days=70))
    newest = series.occurrences(created.id)[-1]
    assert appointments.field_ids(newest.id) == [field]
    assert [a.person_id for a in Attendance.select().where(Attendance.appointment == newest.id)] == [person.id]


def test_moved_occurrence_is_an_exception_that_series_edits_respect(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 3, 3, 10, 0))
    rows = series.occurrences(created.id)
    moved = rows[2]
    series.update_occurrence(moved.id, {"start": dt.datetime(2026, 3, 18, 14, 0),
                                        "end": dt.datetime(2026, 3, 18, 16, 0)})
    cancelled = rows[3]
    series.update_occurrence(cancelled.id, {"status": "cancelled"})
    outcome_only = rows[4]
    series.update_occurrence(outcome_only.id, {"outcome": "12 Beratungen"})
    assert Appointment.get_by_id(moved.id).series_exception
    assert Appointment.get_by_id(cancelled.id).series_exception
    assert not Appointment.get_by_id(outcome_only.id).series_exception
    # the whole series moves to 11:00 and gets a new room
    series.update_series(rows[0].id, {"start": dt.datetime(2026, 3, 3, 11, 0), "end": dt.datetime(2026, 3, 3, 13, 0),
                                      "location": "Zimmer 5"}, "all", today=TODAY)
    after = {a.id: a for a in series.occurrences(created.id)}
    assert after[moved.id].start == dt.datetime(2026, 3, 18, 14, 0) and after[moved.id].location == "Zimmer 112"
    assert after[cancelled.id].status == "cancelled" and after[cancelled.id].start.hour == 10
    assert after[outcome_only.id].start == dt.datetime(2026, 3, 31, 11, 0)
    assert after[outcome_only.id].outcome == "12 Beratungen" and after[outcome_only.id].location == "Zimmer 5"
    regular = [a for a in after.values() if not a.series_exception]
    assert all(a.start.hour == 11 and a.location == "Zimmer 5" for a in regular)
    # no duplicates: one row per instance
    starts = [a.recurrence_id for a in after.values()]
    assert len(starts) == len(set(starts))


def test_this_and_following_splits_the_series(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU;COUNT=10", dt.datetime(2026, 3, 3, 10, 0))
    rows = series.occurrences(created.id)
    series.update_series(rows[4].id, {"start": dt.datetime(2026, 4, 1, 9, 0), "end": dt.datetime(2026, 4, 1, 10, 0),
                                      "title": "Sprechstunde (neu)"}, "following", today=TODAY)
    old = AppointmentSeries.get_by_id(created.id)
    new = AppointmentSeries.get(AppointmentSeries.id != created.id)
    old_rows, new_rows = series.occurrences(old.id), series.occurrences(new.id)
    assert [a.start for a in old_rows] == [dt.datetime(2026, 3, 3, 10) + dt.timedelta(weeks=i) for i in range(4)]
    assert all(a.title == "Sprechstunde" for a in old_rows)
    assert recurrence.parse(old.rrule).until == dt.date(2026, 3, 30)
    assert recurrence.parse(new.rrule) == Rule("weekly", 1, (2,), count=6)
    assert [a.start for a in new_rows] == [dt.datetime(2026, 4, 1, 9) + dt.timedelta(weeks=i) for i in range(6)]
    assert rows[4].id in {a.id for a in new_rows}  # the edited occurrence moved, it was not recreated
    assert all(a.title == "Sprechstunde (neu)" for a in new_rows)
    assert Appointment.select().count() == 10


def test_deleted_occurrence_stays_deleted(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 3, 3, 10, 0))
    victim = series.occurrences(created.id)[1]
    series.delete_occurrence(victim.id)
    assert json.loads(AppointmentSeries.get_by_id(created.id).exdates) == ["2026-03-10T10:00:00"]
    series.extend_series(series.horizon(TODAY) + dt.timedelta(days=30))
    series.update_series(series.occurrences(created.id)[0].id,
                         {"start": dt.datetime(2026, 3, 3, 9, 0), "end": dt.datetime(2026, 3, 3, 11, 0)}, "all",
                         today=TODAY)
    days = [a.start.date() for a in series.occurrences(created.id)]
    assert dt.date(2026, 3, 10) not in days and dt.date(2026, 3, 17) in days


def test_delete_series_keeps_history(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 1, 6, 10, 0))
    rows = series.occurrences(created.id)
    person = Person.create(first_name="Jan", last_name="Koch")
    held = rows[0]
    appointments.update_appointment(held.id, {"status": "held"})
    ticked = rows[1]
    attendance.invite(ticked.id, [person.id], status="attended")
    deleted, kept = series.delete_series(created.id, today=TODAY)
    assert kept == 2 and deleted == len(rows) - 2
    remaining = list(Appointment.select())
    assert {a.id for a in remaining} == {held.id, ticked.id}
    assert all(a.series_id is None for a in remaining)
    assert not AppointmentSeries.select().exists()


def test_statistics_count_occurrences_once(db: object) -> None:
    created = _create("FREQ=MONTHLY;BYMONTHDAY=5;COUNT=4", dt.datetime(2026, 1, 5, 10, 0))
    for row in series.occurrences(created.id)[:2]:
        appointments.update_appointment(row.id, {"status": "held"})
    current, _previous = dashboard.spans(dt.date(2026, 12, 31))
    assert dashboard.held_count(current) == 2
    summary = dashboard.summary(dt.date(2026, 12, 31))
    assert dict(summary.by_kind)["counselling_hours"].this_year == 2


def test_five_year_weekly_series_in_one_go(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=MO;UNTIL=20301231T235959", dt.datetime(2026, 1, 5, 9, 0),
                      )
    series.extend_series(dt.date(2031, 1, 1))
    assert len(series.occurrences(created.id)) == len(recurrence.expand(created.rrule, created.dtstart))


def test_an_occurrence_deleted_from_the_list_stays_deleted(db: object) -> None:
    created = _create("FREQ=WEEKLY;BYDAY=TU", dt.datetime(2026, 3, 3, 10, 0))
    victim = series.occurrences(created.id)[2]
    appointments.delete_appointment(victim.id)  # the list's Del key, not the series dialog
    series.update_series(series.occurrences(created.id)[0].id,
                         {"start": dt.datetime(2026, 3, 3, 8, 0), "end": dt.datetime(2026, 3, 3, 10, 0)}, "all",
                         today=TODAY)
    days = [a.start.date() for a in series.occurrences(created.id)]
    assert dt.date(2026, 3, 17) not in days and dt.date(2026, 3, 24) in days


def test_a_failure_after_generation_leaves_nothing_behind(db: object) -> None:
    with pytest.raises(ValidationError) as error:
        series.create_series({"title": "Beirat", "start": dt.datetime(2026, 3, 12, 17, 0)},
                             "FREQ=MONTHLY;BYDAY=2TH", fields=[99999], today=TODAY)
    assert "fields" in error.value.errors
    assert Appointment.select().count() == 0 and AppointmentSeries.select().count() == 0


@pytest.mark.parametrize("rule, german, english", [
    ("FREQ=YEARLY;COUNT=3;BYDAY=-1SU;BYMONTH=9", "jährlich am letzten Sonntag im September, 3-mal",
     "yearly on the last Sunday in September, 3 times"),
    ("RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,3MO;UNTIL=20271231T225959Z",
     "alle 2 Monate am ersten Montag, dritten Montag, bis 31.12.2027",
     "every 2 months on the first Monday, the third Monday, until 31/12/2027"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "monatlich am Montag, Dienstag, Mittwoch, Donnerstag, "
     "Freitag (BYSETPOS=-1)", "monthly on Monday, Tuesday, Wednesday, Thursday, Friday (BYSETPOS=-1)"),
    ("X-NOT-A-RULE", "X-NOT-A-RULE", "X-NOT-A-RULE"),
])
def test_a_rule_outside_the_model_is_described_in_words(rule: str, german: str, english: str) -> None:
    """What the .ics preview says it takes over as single appointments – in words, not the raw RRULE."""
    from app.wording import set_language

    set_language("de")
    assert recurrence.describe_text(rule) == german
    set_language("en")
    try:
        assert recurrence.describe_text(rule) == english
    finally:
        set_language("de")

