"""Appointments laid out by day for the calendar views and the agenda (plain data, no Qt).

Days are inclusive ranges of `datetime.date`. An appointment that runs over several days (a two-day
conference, a study trip) appears on every day it touches. Weeks start on Monday (German convention).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from app.models import Appointment, Network

WEEK_START = 0  # Monday
GRID_DAYS = 42  # six full weeks: every month fits, and the grid never changes height


@dataclass(frozen=True)
class Entry:
    """One appointment as the calendar shows it."""

    id: int
    title: str
    kind: str
    status: str
    start: dt.datetime
    end: dt.datetime | None
    all_day: bool
    location: str
    network: str

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def first_day(self) -> dt.date:
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        if self.end is None or self.end <= self.start:
            return self.start.date()
        # an appointment ending exactly at midnight does not touch the next day
        end = self.end - dt.timedelta(microseconds=1) if self.end.time() == dt.time(0) else self.end
        return max(end.date(), self.start.date())

    def time_text(self, day: dt.date | None = None) -> str:
        """'09:30–11:00', '' for all-day ones; on a later day of a multi-day one, '…–17:00'."""
        if self.all_day:
            return ""
        if day is not None and day != self.first_day:
            return "" if day != self.last_day or self.end is None else f"…–{self.end:%H:%M}"
        if self.end is not None and self.end.date() == self.start.date() and self.end > self.start:
            return f"{self.start:%H:%M}–{self.end:%H:%M}"
        return f"{self.start:%H:%M}"


def month_grid(year: int, month: int) -> list[dt.date]:
    """The 42 days shown for a month: from the Monday on or before the 1st, six weeks long."""
    first = dt.date(year, month, 1)
    start = first - dt.timedelta(days=(first.weekday() - WEEK_START) % 7)
    return [start + dt.timedelta(days=i) for i in range(GRID_DAYS)]


def week_of(day: dt.date) -> list[dt.date]:
    """Monday to Sunday of the week that contains `day`."""
    monday = day - dt.timedelta(days=(day.weekday() - WEEK_START) % 7)
    return [monday + dt.timedelta(days=i) for i in range(7)]


def _query() -> pw.SelectQuery:
    return (Appointment
            .select(Appointment.id, Appointment.title, Appointment.kind, Appointment.status, Appointment.start,
                    Appointment.end, Appointment.all_day, Appointment.location, Network.name)
            .join(Network, on=(Appointment.network == Network.id), join_type=pw.JOIN.LEFT_OUTER)
            .order_by(Appointment.start, Appointment.id))


def _entries(query: pw.SelectQuery) -> list[Entry]:
    return [Entry(aid, title, kind, status, begin, end, bool(all_day), location or "", network or "")
            for aid, title, kind, status, begin, end, all_day, location, network in query.tuples()]


def entries_between(first: dt.date, last: dt.date) -> list[Entry]:
    """Every appointment touching the days first..last (inclusive), sorted by start."""
    start = dt.datetime.combine(first, dt.time(0))
    stop = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))
    # multi-day appointments that began before `first` still show; none in practice spans > 31 days
    query = _query().where((Appointment.start < stop) & (Appointment.start >= start - dt.timedelta(days=31)))
    return [entry for entry in _entries(query) if entry.last_day >= first]


def upcoming(now: dt.datetime, limit: int = 8) -> list[Entry]:
    """The next appointments that have not ended by `now` and are not cancelled, soonest first."""
    running = (Appointment.end.is_null(False) & (Appointment.end > now)
               & (Appointment.start >= now - dt.timedelta(days=31)))
    query = _query().where((Appointment.status != "cancelled") & ((Appointment.start >= now) | running))
    return _entries(query.limit(limit))


def by_day(first: dt.date, last: dt.date) -> dict[dt.date, list[Entry]]:
    """Appointments per day for first..last; all-day ones first, then by start time."""
    days: dict[dt.date, list[Entry]] = defaultdict(list)
    for entry in entries_between(first, last):
        day = max(entry.first_day, first)
        while day <= min(entry.last_day, last):
            days[day].append(entry)
            day += dt.timedelta(days=1)
    for entries in days.values():
        entries.sort(key=lambda e: (not e.all_day, e.start, e.title))
    return dict(days)


def agenda(today: dt.date, days: int = 14) -> list[tuple[dt.date, list[Entry]]]:
    """The coming `days` days starting today, only days that have appointments, in order."""
    last = today + dt.timedelta(days=days - 1)
    grouped = by_day(today, last)
    return [(day, grouped[day]) for day in sorted(grouped)]
