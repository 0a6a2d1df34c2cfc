"""Figures for the dashboard (plain data, no Qt).

"So far this year" means 1 January up to and including `today`; it is compared with the same span of
the previous year (1 January up to the same calendar date; 29 February falls back to 28 February).
Only appointments with status "held" count as held. Reach counts distinct persons with attendance
status "attended" at held appointments of the span, and the organisations they currently belong to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.models import Appointment, AppointmentField, Attendance, FieldOfAction, Organization, Person
from app.models.entities import APPOINTMENT_KINDS
from app.services import followups
from app.services.calendar import Entry, upcoming


@dataclass(frozen=True)
class Span:
    first: dt.date
    last: dt.date  # inclusive

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time(0))

    @property
    def stop(self) -> dt.datetime:
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(0))


@dataclass(frozen=True)
class Comparison:
    this_year: int
    last_year: int

    @property
    def change_percent(self) -> float | None:
        """Relative change against last year, None when last year had nothing to compare with."""
        if self.last_year == 0:
            return None
        return (self.this_year - self.last_year) * 100.0 / self.last_year


@dataclass(frozen=True)
class Summary:
    today: dt.date
    current: Span
    previous: Span
    held: Comparison
    by_kind: list[tuple[str, Comparison]]  # every kind, in the order of APPOINTMENT_KINDS
    by_field: list[tuple[int, str, Comparison]]  # fields with appointments in either span, most first
    persons_reached: Comparison
    organizations_reached: Comparison
    partners_reached: Comparison
    partners_total: int
    upcoming: list[Entry] = field(default_factory=list)


def spans(today: dt.date) -> tuple[Span, Span]:
    """This year up to today, and last year up to the same date."""
    try:
        same_day = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        same_day = dt.date(today.year - 1, 2, 28)
    return Span(dt.date(today.year, 1, 1), today), Span(dt.date(today.year - 1, 1, 1), same_day)


def _held(span: Span) -> pw.Expression:
    return ((Appointment.status == "held") & (Appointment.start >= span.start)
            & (Appointment.start < span.stop))


def held_count(span: Span) -> int:
    return int(Appointment.select().where(_held(span)).count())


def _by_kind(span: Span) -> dict[str, int]:
    query = (Appointment.select(Appointment.kind, pw.fn.COUNT(Appointment.id))
             .where(_held(span)).group_by(Appointment.kind).tuples())
    return dict(query)


def _by_field(span: Span) -> dict[int, int]:
    query = (AppointmentField.select(AppointmentField.field, pw.fn.COUNT(AppointmentField.id))
             .join(Appointment).where(_held(span)).group_by(AppointmentField.field).tuples())
    return dict(query)


def _attendees(span: Span) -> pw.SelectQuery:
    return (Attendance.select(Attendance.person).join(Appointment)
            .where(_held(span) & (Attendance.status == "attended")))


def _reach(span: Span) -> tuple[int, int, int]:
    """(persons, organisations, partner organisations) reached in the span."""
    persons = _attendees(span).distinct().count()
    # driven from the span's attendance rows (indexed), not from all persons: fast with 100,000 contacts
    orgs = (Organization.select(Organization.id, Organization.is_partner).distinct()
            .join(Person, on=(Person.organization == Organization.id))
            .join(Attendance, on=(Attendance.person == Person.id))
            .join(Appointment, on=(Attendance.appointment == Appointment.id))
            .where(_held(span) & (Attendance.status == "attended"))
            .tuples())
    flags = [bool(partner) for _id, partner in orgs]
    return persons, len(flags), sum(flags)


def summary(today: dt.date, now: dt.datetime | None = None, upcoming_limit: int = 8) -> Summary:
    current, previous = spans(today)
    kinds_now, kinds_then = _by_kind(current), _by_kind(previous)
    known = list(APPOINTMENT_KINDS) + sorted((set(kinds_now) | set(kinds_then)) - set(APPOINTMENT_KINDS))
    by_kind = [(k, Comparison(kinds_now.get(k, 0), kinds_then.get(k, 0))) for k in known]
    fields_now, fields_then = _by_field(current), _by_field(previous)
    names = {f.id: f.name for f in FieldOfAction.select(FieldOfAction.id, FieldOfAction.name)}
    by_field = [(fid, names.get(fid, "?"), Comparison(fields_now.get(fid, 0), fields_then.get(fid, 0)))
                for fid in set(fields_now) | set(fields_then)]
    by_field.sort(key=lambda row: (-row[2].this_year, -row[2].last_year, row[1].casefold()))
    reach_now, reach_then = _reach(current), _reach(previous)
    partners_total = Organization.select().where(Organization.is_partner & ~Organization.archived).count()
    moment = now or dt.datetime.combine(today, dt.datetime.now().time()).replace(microsecond=0)
    return Summary(
        today=today, current=current, previous=previous,
        held=Comparison(held_count(current), held_count(previous)),
        by_kind=by_kind, by_field=by_field,
        persons_reached=Comparison(reach_now[0], reach_then[0]),
        organizations_reached=Comparison(reach_now[1], reach_then[1]),
        partners_reached=Comparison(reach_now[2], reach_then[2]),
        partners_total=partners_total,
        upcoming=upcoming(moment, upcoming_limit),
    )


def follow_up_overview(today: dt.date) -> dict[str, list[followups.Row]]:
    """Open follow-ups for the start page: overdue (oldest first), due today, due later this week."""
    return {bucket: followups.follow_ups(bucket, today) for bucket in ("overdue", "today", "week")}
