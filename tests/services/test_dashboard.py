"""Dashboard figures against small hand-made offices, including the year boundary and 29 February."""

from __future__ import annotations

import datetime as dt

from app.models.entities import APPOINTMENT_KINDS
from app.services import appointments, attendance, contacts, dashboard


def _held(start: str, status: str = "held", kind: str = "meeting", fields: tuple[int, ...] = ()) -> int:
    return appointments.create_appointment({"title": f"Termin {start}", "start": start, "status": status,
                                            "kind": kind}, fields).id


def test_spans_at_the_year_boundary_and_on_leap_day() -> None:
    current, previous = dashboard.spans(dt.date(2027, 1, 1))
    assert (current.first, current.last) == (dt.date(2027, 1, 1), dt.date(2027, 1, 1))
    assert (previous.first, previous.last) == (dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    current, previous = dashboard.spans(dt.date(2028, 2, 29))
    assert previous.last == dt.date(2027, 2, 28)
    assert dashboard.spans(dt.date(2026, 12, 31))[1].last == dt.date(2025, 12, 31)


def test_held_so_far_on_new_years_day_compares_only_the_first_of_january(db) -> None:  # noqa: ANN001
    _held("2027-01-01 09:00")
    _held("2027-01-01 23:30")
    _held("2027-01-02 09:00")  # tomorrow: not yet
    _held("2026-01-01 10:00")
    _held("2026-01-02 10:00")  # later than the same date last year
    _held("2026-12-31 10:00")  # yesterday belongs to last year as a whole, not to "so far"
    _held("2027-01-01 11:00", status="cancelled")
    _held("2026-01-01 12:00", status="planned")
    summary = dashboard.summary(dt.date(2027, 1, 1), now=dt.datetime(2027, 1, 1, 8, 0))
    assert (summary.held.this_year, summary.held.last_year) == (2, 1)
    assert summary.held.change_percent == 100.0


def test_held_so_far_on_new_years_eve_covers_both_whole_years(db) -> None:  # noqa: ANN001
    for start in ("2026-01-01 09:00", "2026-06-30 09:00", "2026-12-31 20:00", "2025-12-31 09:00",
                  "2025-01-01 00:00", "2024-12-31 23:00"):
        _held(start)
    summary = dashboard.summary(dt.date(2026, 12, 31), now=dt.datetime(2026, 12, 31, 21, 0))
    assert (summary.held.this_year, summary.held.last_year) == (3, 2)
    assert summary.held.change_percent == 50.0


def test_no_appointments_last_year_gives_no_percentage(db) -> None:  # noqa: ANN001
    _held("2026-03-01 09:00")
    summary = dashboard.summary(dt.date(2026, 3, 1))
    assert summary.held == dashboard.Comparison(1, 0) and summary.held.change_percent is None


def test_counts_by_kind_and_by_field_of_action(db) -> None:  # noqa: ANN001
    language = appointments.create_field_of_action("Sprachkurse").id
    health = appointments.create_field_of_action("Gesundheitslotsen").id
    _held("2026-02-01 09:00", kind="workshop", fields=(language,))
    _held("2026-02-02 09:00", kind="workshop", fields=(language, health))
    _held("2026-02-03 09:00", kind="conference", fields=(health,))
    _held("2025-02-01 09:00", kind="workshop", fields=(health,))
    _held("2026-02-04 09:00", kind="workshop", fields=(language,), status="planned")
    summary = dashboard.summary(dt.date(2026, 3, 1))
    assert [kind for kind, _c in summary.by_kind] == list(APPOINTMENT_KINDS)  # each kind once, fixed order
    kinds = dict(summary.by_kind)
    assert kinds["workshop"] == dashboard.Comparison(2, 1)
    assert kinds["conference"] == dashboard.Comparison(1, 0)
    assert kinds["meeting"] == dashboard.Comparison(0, 0)
    assert [name for _id, name, _c in summary.by_field] == ["Gesundheitslotsen", "Sprachkurse"]
    assert summary.by_field[0][2] == dashboard.Comparison(2, 1)
    assert summary.by_field[1][2] == dashboard.Comparison(2, 0)


def test_reach_counts_attendees_once_and_their_partner_organizations(db) -> None:  # noqa: ANN001
    partner = contacts.create_organization({"name": "Caritas", "is_partner": True})
    other_partner = contacts.create_organization({"name": "AWO", "is_partner": True})
    school = contacts.create_organization({"name": "Grundschule"})
    anna = contacts.create_person({"first_name": "Anna", "last_name": "Weber", "organization": partner.id})
    ayse = contacts.create_person({"first_name": "Ayşe", "last_name": "Yılmaz", "organization": school.id})
    solo = contacts.create_person({"first_name": "Rūta", "last_name": "Žemaitytė"})
    absent = contacts.create_person({"last_name": "Krause", "organization": other_partner.id})
    first, second = _held("2026-04-01 10:00"), _held("2026-05-01 10:00")
    attendance.invite(first, [anna.id, ayse.id, solo.id], status="attended")
    attendance.invite(second, [anna.id], status="attended")
    attendance.invite(second, [absent.id], status="excused")
    planned = _held("2026-05-02 10:00", status="planned")
    attendance.invite(planned, [absent.id], status="attended")
    summary = dashboard.summary(dt.date(2026, 6, 1))
    assert summary.persons_reached.this_year == 3
    assert summary.organizations_reached.this_year == 2
    assert summary.partners_reached.this_year == 1
    assert summary.partners_total == 2
    assert summary.persons_reached.last_year == 0


def test_summary_includes_the_next_appointments(db) -> None:  # noqa: ANN001
    soon = _held("2026-06-02 09:00", status="planned")
    _held("2026-06-01 07:00", status="held")
    summary = dashboard.summary(dt.date(2026, 6, 1), now=dt.datetime(2026, 6, 1, 12, 0))
    assert [e.id for e in summary.upcoming] == [soon]
