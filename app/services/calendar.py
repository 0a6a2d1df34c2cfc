"""Appointments laid out by day for the calendar views and the agenda (plain data, no Qt).

Days are inclusive ranges of `datetime.date`. An appointment that runs over several days (a two-day
conference, a study trip) appears on every day it touches. Weeks start on Monday (German convention),
week numbers are ISO 8601 (KW). Every read is a range query on the indexed start column, never the
whole table. `layout_day` places overlapping appointments side by side in columns (as KOrganizer's
agenda view does); `move_appointment` is the one write the calendar makes (drag, resize, keyboard),
one transaction each, and marks a moved occurrence of a series as an exception.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from app.models import Appointment, Network, db_proxy
from app.services import appointments, holidays, report_labels, series, settings, subscription  # series: moved occ.
from app.services.errors import ValidationError
from app.services.messages import t
from app.wording.formats import last_day

if TYPE_CHECKING:  # the PDF module (reportlab) is imported when a plan is printed, not at start
    from app.io.week_plan_pdf import Plan, PlanDay, PlanEntry

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
    confidential: bool = False
    series: int | None = None

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def first_day(self) -> dt.date:
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        return last_day(self.start, self.end)

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
                    Appointment.end, Appointment.all_day, Appointment.location, Network.name,
                    Appointment.confidential, Appointment.series)
            .join(Network, on=(Appointment.network == Network.id), join_type=pw.JOIN.LEFT_OUTER)
            .order_by(Appointment.start, Appointment.id))


def _entries(query: pw.SelectQuery) -> list[Entry]:
    return [Entry(aid, title, kind, status, begin, end, bool(all_day), location or "", network or "",
                  bool(confidential), series)
            for aid, title, kind, status, begin, end, all_day, location, network, confidential, series
            in query.tuples()]


_RANGE_SQL: dict[type, str] = {}


def _range_sql() -> str:
    """The range query's SQL, built by peewee once per engine (building it costs more than running it)."""
    engine = type(db_proxy.obj)
    if engine not in _RANGE_SQL:
        mark = dt.datetime(2000, 1, 1)
        query = _query().where((Appointment.start < mark) & (Appointment.start >= mark)
                               & ((Appointment.start >= mark) | (Appointment.end > mark)))
        _RANGE_SQL[engine] = query.sql()[0]
    return _RANGE_SQL[engine]


def _when(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


_series_ready: dict[int, dt.date] = {}  # database object id -> series occurrences exist up to this day


def _series_up_to(last: dt.date) -> None:
    """A view looking past the series horizon (18 months) generates the occurrences it needs first.

    Remembered per open database, so paging through weeks costs nothing until the horizon is passed."""
    database = db_proxy.obj
    ready = _series_ready.get(id(database))
    if ready is not None and last <= ready:
        return
    until = max(last, series.horizon())
    try:
        series.extend_series(until)
    except pw.DatabaseError:  # a read-only office shows what exists
        return
    _series_ready[id(database)] = until


LOOKBACK_DAYS = 31
MAX_LOOKBACK_DAYS = 3660  # a typo's end in year 4501 must not push the range below year 1 (OverflowError)
_longest: dict[int, tuple[tuple[object, int], int]] = {}  # database object id -> (stamp, longest span in days)


def _lookback_days() -> int:
    """How many days before a range a still running appointment may have begun: 31, or the span of the office's
    longest appointment – an imported exhibition or project phase of six weeks ("01.09.–23.10.") vanished from
    the calendar after its 31st day. Worked out once per database, again after a change (a new appointment id,
    or a save, move or import reported through subscription.appointments_changed)."""
    database = db_proxy.obj
    stamp = (Appointment.select(pw.fn.MAX(Appointment.id)).scalar(), subscription.changes)
    cached = _longest.get(id(database))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if isinstance(database, pw.SqliteDatabase):  # one aggregate in the engine (12 ms for 30,000 appointments)
        span = pw.fn.julianday(Appointment.end) - pw.fn.julianday(Appointment.start)
    else:  # PostgreSQL: an interval's seconds
        span = pw.fn.date_part("epoch", Appointment.end - Appointment.start) / 86400
    days = Appointment.select(pw.fn.MAX(span)).where(Appointment.end.is_null(False)).scalar()
    longest = min(max(LOOKBACK_DAYS, int(float(days or 0)) + 1), MAX_LOOKBACK_DAYS)
    _longest[id(database)] = (stamp, longest)
    return longest


def entries_between(first: dt.date, last: dt.date) -> list[Entry]:
    """Every appointment touching the days first..last (inclusive), sorted by start.

    One range query on the indexed start column: appointments that start in the range, and those that
    began up to 31 days (or the office's longest appointment, see _lookback_days) earlier and are still running."""
    _series_up_to(last)
    start = dt.datetime.combine(first, dt.time(0))
    stop = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))
    text = "%Y-%m-%d %H:%M:%S"
    early = start - dt.timedelta(days=_lookback_days())
    params = [f"{stop:{text}}", f"{early:{text}}", f"{start:{text}}", f"{start:{text}}"]
    cursor = db_proxy.obj.execute_sql(_range_sql(), params)
    entries = []
    for aid, title, kind, status, begin, end, all_day, location, network, confidential, series_id in cursor:
        entry = Entry(aid, title, kind, status, _when(begin) or dt.datetime.min, _when(end), bool(all_day),
                      location or "", network or "", bool(confidential), series_id)
        if entry.last_day >= first:
            entries.append(entry)
    return entries


def upcoming(now: dt.datetime, limit: int = 8) -> list[Entry]:
    """The next appointments that have not ended by `now` and are not cancelled, soonest first."""
    running = (Appointment.end.is_null(False) & (Appointment.end > now)
               & (Appointment.start >= now - dt.timedelta(days=_lookback_days())))
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


# --- kinds: a short text cue beside the colour (colour is never the only signal) ----------------------

KIND_TAGS: dict[str, tuple[str, str]] = {  # kind -> (German, English) tag shown on every chip
    "meeting": ("BESP", "MTG"),
    "committee_session": ("GS", "CTTE"),
    "conference": ("KONF", "CONF"),
    "workshop": ("WS", "WS"),
    "counselling_hours": ("SPR", "OFH"),
    "site_visit": ("ORT", "SITE"),
    "study_visit": ("STUD", "STDY"),
    "press_date": ("PRESSE", "PRESS"),
    "other": ("SONST", "OTH"),
}


def kind_tag(kind: str, language: str = "de") -> str:
    german, english = KIND_TAGS.get(kind, KIND_TAGS["other"])
    return english if language == "en" else german


# --- days, weeks, months --------------------------------------------------------------------------------

def iso_week(day: dt.date) -> int:
    """The ISO 8601 week number (KW): 28 Dec 2026 is in KW 53, 4 Jan 2027 in KW 1."""
    return day.isocalendar()[1]


def work_week_of(day: dt.date) -> list[dt.date]:
    """Monday to Friday of the week that contains `day`."""
    return week_of(day)[:5]


def month_weeks(year: int, month: int) -> list[tuple[int, list[dt.date]]]:
    """The six rows of the month grid as (KW, Monday..Sunday)."""
    grid = month_grid(year, month)
    return [(iso_week(grid[row * 7]), grid[row * 7:row * 7 + 7]) for row in range(GRID_DAYS // 7)]


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` away from `day`'s month."""
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


# --- the hour grid: overlapping appointments side by side ------------------------------------------------

DEFAULT_MINUTES = 60  # an appointment without an end fills an hour in the grid
MIN_MINUTES = 15


@dataclass(frozen=True)
class Placed:
    """A timed appointment on one day of the hour grid: minutes since midnight, its column of `columns`."""

    entry: Entry
    top: int
    bottom: int
    column: int
    columns: int


def minutes_on(entry: Entry, day: dt.date) -> tuple[int, int]:
    """The part of `entry` that falls on `day` as (from, to) minutes since midnight."""
    midnight = dt.datetime.combine(day, dt.time(0))
    end = entry.end if entry.end is not None and entry.end > entry.start else \
        entry.start + dt.timedelta(minutes=DEFAULT_MINUTES)
    top = max(0, int((entry.start - midnight).total_seconds() // 60))
    bottom = min(24 * 60, int((end - midnight).total_seconds() // 60))
    return top, max(bottom, min(top + MIN_MINUTES, 24 * 60))


def is_timed(entry: Entry) -> bool:
    """Shown in the hour grid (not in the all-day band): not all-day and not longer than a day."""
    return not entry.all_day and entry.first_day == entry.last_day


def layout_day(entries: list[Entry], day: dt.date) -> list[Placed]:
    """Place the timed appointments of one day into columns.

    Appointments that overlap (directly or through a chain) form a cluster; inside a cluster each one
    takes the leftmost column free at its start, and the cluster is as many columns wide as it needs.
    Two appointments that only touch (10–11 and 11–12) do not overlap."""
    spans = sorted(((*minutes_on(e, day), e) for e in entries if is_timed(e)),
                   key=lambda span: (span[0], -span[1], span[2].id))
    placed: list[Placed] = []
    cluster: list[tuple[int, int, Entry, int]] = []
    column_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        width = len(column_ends)
        placed.extend(Placed(e, top, bottom, column, width) for top, bottom, e, column in cluster)

    for top, bottom, entry in spans:
        if cluster and top >= cluster_end:
            close()
            cluster, column_ends = [], []
        for column, end in enumerate(column_ends):
            if end <= top:
                column_ends[column] = bottom
                break
        else:
            column = len(column_ends)
            column_ends.append(bottom)
        cluster.append((top, bottom, entry, column))
        cluster_end = max(cluster_end, bottom) if len(cluster) > 1 else bottom
    if cluster:
        close()
    return placed


# --- the one write: move or resize ------------------------------------------------------------------------

@dataclass(frozen=True)
class Placement:
    """Where an appointment is: what a move changes and its undo restores."""

    start: dt.datetime
    end: dt.datetime | None
    series_exception: bool


def placement(appointment_id: int) -> Placement:
    appointment = appointments.get_appointment(appointment_id)
    return Placement(appointment.start, appointment.end, bool(appointment.series_exception))


def _mark_exception(appointment_id: int, value: bool) -> None:
    Appointment.update(series_exception=value).where(Appointment.id == appointment_id).execute()


def move_appointment(appointment_id: int, start: dt.datetime, end: dt.datetime | None) -> Placement:
    """Move and/or resize one appointment in one transaction; returns where it was (for undo).

    An occurrence of a series becomes an exception, so later edits of the series leave it where the
    user put it."""
    if end is not None and end < start:
        raise ValidationError({"end": t("end_before_start")}, "appointment")
    with db_proxy.atomic():
        before = placement(appointment_id)
        series.update_occurrence(appointment_id, {"start": start, "end": end})
    return before


def restore_placement(appointment_id: int, where: Placement) -> None:
    """Put an appointment back where it was (undo of a move), series-exception flag included."""
    with db_proxy.atomic():
        appointments.update_appointment(appointment_id, {"start": where.start, "end": where.end})
        _mark_exception(appointment_id, where.series_exception)


# --- the printed plans: Wochenplan and Monatsplan (laid out by app/io/week_plan_pdf.py) --------------------

PLAN_WORDS: dict[str, tuple[str, str]] = {
    "week": ("Wochenplan", "Weekly plan"),
    "month": ("Monatsplan", "Monthly plan"),
    "kw": ("KW", "Wk"),
    "all_day": ("ganztägig", "all day"),
    "confidential": ("Termin (vertraulich)", "Appointment (confidential)"),
}


def _word(key: str, language: str) -> str:
    return PLAN_WORDS[key][1 if language == "en" else 0]


def plan_entry(entry: Entry, day: dt.date, language: str = "de") -> PlanEntry:
    """An appointment as a handout shows it: a confidential one only as "Termin (vertraulich)" and its time."""
    from app.io.week_plan_pdf import PlanEntry  # reportlab only when a plan is printed (fast start)

    place = "" if entry.confidential else " · ".join(part for part in (entry.location, entry.network) if part)
    return PlanEntry(time=entry.time_text(day) or _word("all_day", language), tag=kind_tag(entry.kind, language),
                     kind=report_labels.choice("appointment_kind", entry.kind, language),
                     title=_word("confidential", language) if entry.confidential else entry.title, place=place,
                     status=report_labels.choice("appointment_status", entry.status, language),
                     cancelled=entry.cancelled)


def _plan_days(days: list[dt.date], language: str) -> list[PlanDay]:
    from app.io.week_plan_pdf import PlanDay  # reportlab only when a plan is printed (fast start)

    grouped = by_day(days[0], days[-1])
    free = holidays.holidays_between(days[0], days[-1])
    return [PlanDay(day, free.get(day, ""), [plan_entry(e, day, language) for e in grouped.get(day, [])])
            for day in days]


def week_plan_title(day: dt.date, language: str = "de") -> str:
    days = week_of(day)
    return (f"{_word('week', language)} {_word('kw', language)} {iso_week(days[0])} · "
            f"{report_labels.date(days[0], language)} – {report_labels.date(days[-1], language)}")


def month_plan_title(year: int, month: int, language: str = "de") -> str:
    return f"{_word('month', language)} {report_labels.month(month, language)} {year}"


def _printed(now: dt.datetime | None, language: str) -> str:
    return (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M" if language == "en" else "%d.%m.%Y %H:%M")


def week_plan(day: dt.date, language: str = "de", now: dt.datetime | None = None) -> Plan:
    """The Monday–Sunday week that contains `day`, worded for printing."""
    from app.io.week_plan_pdf import Plan  # reportlab only when a plan is printed (fast start)

    return Plan(week_plan_title(day, language), settings.get("office_name"), _printed(now, language), language,
                _plan_days(week_of(day), language))


def month_plan(year: int, month: int, language: str = "de", now: dt.datetime | None = None) -> Plan:
    """The six weeks of a month with their KW, worded for printing."""
    from app.io.week_plan_pdf import Plan  # reportlab only when a plan is printed (fast start)

    return Plan(month_plan_title(year, month, language), settings.get("office_name"), _printed(now, language),
                language, _plan_days(month_grid(year, month), language),
                weeks=[kw for kw, _days in month_weeks(year, month)], month=month)


def write_week_plan(path: str | os.PathLike[str], day: dt.date, language: str = "de",
                    now: dt.datetime | None = None) -> Path:
    from app.io.week_plan_pdf import write_week_plan_pdf  # reportlab only when printing (fast start)

    return write_week_plan_pdf(path, week_plan(day, language, now))


def write_month_plan(path: str | os.PathLike[str], year: int, month: int, language: str = "de",
                     now: dt.datetime | None = None) -> Path:
    from app.io.week_plan_pdf import write_month_plan_pdf  # reportlab only when printing (fast start)

    return write_month_plan_pdf(path, month_plan(year, month, language, now))
