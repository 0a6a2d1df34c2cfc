"""Yearly statistics for the activity report (Tätigkeitsbericht): every figure is defined once, here.

Ground rules that hold for every figure below:

* **Which appointments belong to a period:** those whose *start* date lies inside it (both ends
  inclusive). An appointment that runs over midnight or from 31 December into 1 January belongs to the
  day, month and year in which it *starts*. All-day appointments count the same way, once, even when they
  last several days.
* **Status decides, not the clock:** "held" means status ``held``, "cancelled" status ``cancelled``,
  "planned" status ``planned``, "postponed" status ``postponed``. A past appointment nobody set to held
  is not counted as held. Cancelled appointments never count as held.
* **Confidential appointments count in every figure** (they are only hidden in printed lists).
* **Attendances** are attendance rows with status ``attended`` at *held* appointments of the period. A
  person who attended two appointments counts twice in attendances and once in distinct persons.
* **Recorded attendance:** a held appointment *has recorded attendance* when at least one of its attendance
  rows says what happened (``attended``, ``excused`` or ``no_show``). A held appointment without such a row
  ("nobody ticked the list") is *not recorded* – its participants are unknown, not zero: lists show "–",
  averages leave it out.
* **Organisations reached** are the distinct, non-empty organisation names frozen into those attendance
  rows (the organisation a person belonged to *when* they attended), compared case-insensitively.

Everything is returned as plain frozen dataclasses; nothing here imports Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from peewee import JOIN, Expression

from app.models import (
    Appointment,
    AppointmentField,
    Attendance,
    FieldOfAction,
    Membership,
    Network,
    Organization,
    Person,
    db_proxy,
)
from app.models.entities import APPOINTMENT_KINDS, SECTORS

# --- periods ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A closed range of calendar days: ``start`` and ``end`` both belong to the period."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_calendar_year(self) -> bool:
        return self.start == dt.date(self.start.year, 1, 1) and self.end == dt.date(self.start.year, 12, 31)

    @property
    def whole_months(self) -> int:
        """Number of calendar months when the period is made of whole months, else 0."""
        last_day = calendar.monthrange(self.end.year, self.end.month)[1]
        if self.start.day != 1 or self.end.day != last_day:
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def previous(self) -> Period:
        """The period of the same length right before this one.

        A calendar year compares with the previous calendar year, whole months with the same number of
        months before (March–June 2025 → November 2024–February 2025), any other range with the same
        number of days before.
        """
        months = self.whole_months
        if months:
            index = self.start.year * 12 + self.start.month - 1 - months
            start = dt.date(index // 12, index % 12 + 1, 1)
            return Period(start, self.start - dt.timedelta(days=1))
        return Period(self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every calendar month the period touches, in order."""
        result = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def _bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return (dt.datetime.combine(self.start, dt.time()),
                dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))


def _in_period(period: Period) -> Expression:
    low, high = period._bounds()
    return (Appointment.start >= low) & (Appointment.start < high)


# --- key figures --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFigures:
    """The headline numbers of a period (see the module docstring for the ground rules)."""

    appointments: int
    """All appointments starting in the period, whatever their status."""
    held: int
    """Appointments starting in the period with status ``held``."""
    cancelled: int
    """Appointments starting in the period with status ``cancelled``."""
    planned: int
    """Appointments starting in the period with status ``planned`` (still open when the report is made)."""
    postponed: int
    """Appointments starting in the period with status ``postponed``."""
    network_meetings: int
    """Held appointments of the period that belong to a network (committee, round table, project …)."""
    confidential_held: int
    """Held appointments of the period marked confidential (included in ``held``)."""
    held_with_attendance: int
    """Held appointments of the period with recorded attendance (see the module docstring)."""
    attendances: int
    """Attendance rows with status ``attended`` at held appointments of the period."""
    distinct_persons: int
    """Different persons among those attendances."""
    distinct_organizations: int
    """Different non-empty organisation names (snapshot at the time) among those attendances."""
    new_partner_organizations: int
    """Organisations flagged as partner whose "partner since" date lies in the period (archived ones too)."""
    new_persons: int
    """Contacts whose record was created (``created_at``) in the period, archived and erased ones included."""


FIGURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(KeyFigures))
RECORDED_STATUSES = ("attended", "excused", "no_show")
"""Attendance statuses that say what happened at a held appointment (the list was ticked)."""


def _recorded(appointments: object) -> Expression:
    """Attendance rows of `appointments` (a subquery of ids) that record what happened."""
    return Attendance.appointment.in_(appointments) & Attendance.status.in_(RECORDED_STATUSES)


def key_figures(period: Period) -> KeyFigures:
    statuses = Counter(status for (status,) in Appointment.select(Appointment.status)
                       .where(_in_period(period)).tuples())
    held = Appointment.select(Appointment.id).where(_in_period(period) & (Appointment.status == "held"))
    network_meetings = held.where(Appointment.network.is_null(False)).count()
    confidential = held.where(Appointment.confidential == True).count()  # noqa: E712
    recorded = Attendance.select(Attendance.appointment).distinct().where(_recorded(held)).count()
    rows = _raw(Attendance.select(Attendance.person, Attendance.snapshot_organization)
                .where(Attendance.appointment.in_(held) & (Attendance.status == "attended")))
    organizations = {org.strip().casefold() for _, org in rows if org and org.strip()}
    start, end = period._bounds()
    new_partners = (Organization.select()
                    .where((Organization.is_partner == True)  # noqa: E712
                           & (Organization.partner_since >= period.start)
                           & (Organization.partner_since <= period.end)).count())
    new_persons = Person.select().where((Person.created_at >= start) & (Person.created_at < end)).count()
    return KeyFigures(
        appointments=sum(statuses.values()),
        held=statuses.get("held", 0),
        cancelled=statuses.get("cancelled", 0),
        planned=statuses.get("planned", 0),
        postponed=statuses.get("postponed", 0),
        network_meetings=network_meetings,
        confidential_held=confidential,
        held_with_attendance=recorded,
        attendances=len(rows),
        distinct_persons=len({person for person, _ in rows}),
        distinct_organizations=len(organizations),
        new_partner_organizations=new_partners,
        new_persons=new_persons,
    )


@dataclass(frozen=True)
class Change:
    """One key figure now and in the previous period of the same length."""

    name: str
    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        """Relative change in per cent, None when the previous value was 0 (no meaningful ratio)."""
        if not self.previous:
            return None
        return (self.current - self.previous) * 100.0 / self.previous


def compare(current: KeyFigures, previous: KeyFigures) -> list[Change]:
    return [Change(name, getattr(current, name), getattr(previous, name)) for name in FIGURE_NAMES]


# --- breakdowns ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthCount:
    """Appointments per calendar month of their start, by status."""

    year: int
    month: int
    held: int
    cancelled: int
    planned: int
    postponed: int


def by_month(period: Period) -> list[MonthCount]:
    counts: Counter[tuple[int, int, str]] = Counter()
    for start, status in Appointment.select(Appointment.start, Appointment.status).where(
            _in_period(period)).tuples():
        start = _as_datetime(start)
        counts[(start.year, start.month, status)] += 1
    return [MonthCount(year, month, counts[(year, month, "held")], counts[(year, month, "cancelled")],
                       counts[(year, month, "planned")], counts[(year, month, "postponed")])
            for year, month in period.months()]


def by_kind(period: Period) -> dict[str, int]:
    """Held appointments per kind, every kind listed (in the model's order), zeros included."""
    counts = Counter(kind for (kind,) in Appointment.select(Appointment.kind)
                     .where(_in_period(period) & (Appointment.status == "held")).tuples())
    result = {kind: counts.get(kind, 0) for kind in APPOINTMENT_KINDS}
    for kind, count in counts.items():  # a kind unknown to this version still shows up
        result.setdefault(kind, count)
    return result


@dataclass(frozen=True)
class FieldCount:
    field_id: int | None
    name: str
    held: int
    """Held appointments of the period linked to this field of action. An appointment with several fields
    counts once in each, so the column can add up to more than the held appointments."""


def by_field(period: Period) -> list[FieldCount]:
    """Held appointments per field of action (active fields, plus archived ones that were used), in the
    configured order; a last row ``field_id=None`` counts held appointments without any field."""
    held = Appointment.select(Appointment.id).where(_in_period(period) & (Appointment.status == "held"))
    per_field = Counter(fid for (fid,) in AppointmentField.select(AppointmentField.field)
                        .where(AppointmentField.appointment.in_(held)).tuples())
    with_field = (AppointmentField.select(AppointmentField.appointment).distinct()
                  .where(AppointmentField.appointment.in_(held)).count())
    result = [FieldCount(f.id, f.name, per_field.get(f.id, 0))
              for f in FieldOfAction.select().order_by(FieldOfAction.position, FieldOfAction.name)
              if not f.archived or per_field.get(f.id)]
    result.append(FieldCount(None, "", held.count() - with_field))
    return result


@dataclass(frozen=True)
class NetworkFigures:
    """A network's activity in the period."""

    network_id: int
    name: str
    kind: str
    rhythm: str
    meetings_held: int
    """Held appointments of the period assigned to this network."""
    meetings_planned: int
    """Planned (not yet held) appointments of the period assigned to this network."""
    member_organizations: tuple[str, ...]
    """Names of member organisations whose membership overlaps the period (since ≤ end, until ≥ start;
    open dates count as overlapping), sorted."""
    personal_members: int
    """Memberships of a person without an organisation overlapping the period (names never listed)."""
    attendances: int
    """Attendances (status attended) at the network's held meetings of the period."""
    distinct_persons: int
    """Different persons among those attendances."""
    meetings_recorded: int = 0
    """Held meetings of the period with recorded attendance (the base of the average)."""

    @property
    def average_attendance(self) -> float | None:
        """Attendances per held meeting with recorded attendance; None when no meeting has any (unknown,
        not zero)."""
        return self.attendances / self.meetings_recorded if self.meetings_recorded else None


def by_network(period: Period) -> list[NetworkFigures]:
    """One row per network that is not archived or had appointments in the period, sorted by name."""
    meetings: Counter[tuple[int, str]] = Counter()
    for network_id, status in (Appointment.select(Appointment.network, Appointment.status)
                               .where(_in_period(period) & Appointment.network.is_null(False)).tuples()):
        meetings[(network_id, status)] += 1
    attended: dict[int, list[int]] = defaultdict(list)
    query = (Attendance.select(Appointment.network, Attendance.person)
             .join(Appointment)
             .where(_in_period(period) & (Appointment.status == "held") & Appointment.network.is_null(False)
                    & (Attendance.status == "attended")))
    for network_id, person_id in _raw(query):
        attended[network_id].append(person_id)
    held = Appointment.select(Appointment.id).where(_in_period(period) & (Appointment.status == "held")
                                                    & Appointment.network.is_null(False))
    recorded: Counter[int] = Counter(network_id for network_id, _ in _raw(
        Attendance.select(Appointment.network, Attendance.appointment).distinct().join(Appointment)
        .where(_recorded(held))))
    members: dict[int, set[str]] = defaultdict(set)
    personal: Counter[int] = Counter()
    overlapping = ((Membership.since.is_null() | (Membership.since <= period.end))
                   & (Membership.until.is_null() | (Membership.until >= period.start)))
    for network_id, org_name, person_id in (Membership.select(Membership.network, Organization.name,
                                                               Membership.person)
                                            .join(Organization, join_type=JOIN.LEFT_OUTER,
                                                  on=(Membership.organization == Organization.id))
                                            .where(overlapping).tuples()):
        if org_name is not None:
            members[network_id].add(org_name)
        elif person_id is not None:
            personal[network_id] += 1
    active = {network_id for network_id, _ in meetings}
    result = []
    for network in Network.select().order_by(Network.name):
        if network.archived and network.id not in active:
            continue
        people = attended.get(network.id, [])
        result.append(NetworkFigures(
            network_id=network.id, name=network.name, kind=network.kind, rhythm=network.rhythm,
            meetings_held=meetings[(network.id, "held")], meetings_planned=meetings[(network.id, "planned")],
            member_organizations=tuple(sorted(members.get(network.id, ()), key=str.casefold)),
            personal_members=personal[network.id], attendances=len(people), distinct_persons=len(set(people)),
            meetings_recorded=recorded[network.id]))
    return result


# --- lists ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentRow:
    """One appointment of the period as the chronological list needs it."""

    id: int
    start: dt.datetime
    end: dt.datetime | None
    all_day: bool
    title: str
    kind: str
    status: str
    location: str
    confidential: bool
    network: str
    attendances: int
    """Attendance rows with status attended (counted for every status, shown for held ones)."""
    recorded: bool = False
    """Attendance was recorded (a row attended, excused or no-show); without it the count is unknown."""
    expected: int | None = None
    """Expected participants as planned, where known (shown marked as "expected", never as a count)."""


def appointment_list(period: Period) -> list[AppointmentRow]:
    """Every appointment starting in the period, in chronological order."""
    attended: Counter[int] = Counter()
    recorded: set[int] = set()
    for aid, status in _raw(Attendance.select(Attendance.appointment, Attendance.status).join(Appointment)
                            .where(_in_period(period) & Attendance.status.in_(RECORDED_STATUSES))):
        recorded.add(aid)
        if status == "attended":
            attended[aid] += 1
    networks = {n.id: n.short_name or n.name for n in Network.select(Network.id, Network.name, Network.short_name)}
    rows = []
    query = (Appointment.select(Appointment.id, Appointment.start, Appointment.end, Appointment.all_day,
                                Appointment.title, Appointment.kind, Appointment.status, Appointment.location,
                                Appointment.online_link, Appointment.confidential, Appointment.network,
                                Appointment.expected_participants)
             .where(_in_period(period)).order_by(Appointment.start, Appointment.id))
    for (aid, start, end, all_day, title, kind, status, location, link, confidential,
         network_id, expected) in query.tuples():
        rows.append(AppointmentRow(
            id=aid, start=_as_datetime(start), end=_as_datetime(end) if end else None, all_day=bool(all_day),
            title=title, kind=kind, status=status, location=location or ("online" if link else ""),
            confidential=bool(confidential), network=networks.get(network_id, "") if network_id else "",
            attendances=attended.get(aid, 0), recorded=aid in recorded, expected=expected))
    return rows


def participant_names(appointment_ids: Iterable[int]) -> dict[int, list[str]]:
    """Names (as frozen at the time) of those who attended, per appointment, sorted by surname.

    Only for reports whose user chose to include participant names; callers leave out confidential
    appointments."""
    ids = list(appointment_ids)
    result: dict[int, list[str]] = defaultdict(list)
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        for aid, name in (Attendance.select(Attendance.appointment, Attendance.snapshot_name)
                          .where(Attendance.appointment.in_(chunk) & (Attendance.status == "attended"))
                          .order_by(Attendance.snapshot_sort_name.collate("NOCASE")).tuples()):
            if name:
                result[aid].append(name)
    return dict(result)


@dataclass(frozen=True)
class PartnerRow:
    name: str
    sector: str
    city: str
    partner_since: dt.date | None


def partner_organizations(period: Period | None = None) -> dict[str, list[PartnerRow]]:
    """Current partner organisations (partner flag set, not archived) by sector, in the model's sector
    order; with a period, only those that were already partners at its end (partner since ≤ end or
    unknown)."""
    query = Organization.select().where((Organization.is_partner == True)  # noqa: E712
                                        & (Organization.archived == False))  # noqa: E712
    if period is not None:
        query = query.where(Organization.partner_since.is_null() | (Organization.partner_since <= period.end))
    grouped: dict[str, list[PartnerRow]] = defaultdict(list)
    for org in query:
        grouped[org.sector].append(PartnerRow(org.name, org.sector, org.city, org.partner_since))
    order = {sector: index for index, sector in enumerate(SECTORS)}
    return {sector: sorted(grouped[sector], key=lambda r: r.name.casefold())
            for sector in sorted(grouped, key=lambda s: order.get(s, len(order)))}


# --- everything at once ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statistics:
    """All figures of one report period and its comparison period."""

    period: Period
    previous_period: Period
    figures: KeyFigures
    previous: KeyFigures
    months: list[MonthCount]
    kinds: dict[str, int]
    fields: list[FieldCount]
    networks: list[NetworkFigures]
    appointments: list[AppointmentRow] = field(default_factory=list)
    partners: dict[str, list[PartnerRow]] = field(default_factory=dict)

    @property
    def changes(self) -> list[Change]:
        return compare(self.figures, self.previous)


def collect(period: Period, *, lists: bool = True,
            progress: Callable[[int, int, str], None] | None = None) -> Statistics:
    """Compute every figure of the report; ``lists=False`` skips the appointment and partner lists
    (the quick preview). ``progress(done, total, step)`` is called between steps."""
    report = progress or (lambda done, total, text: None)
    steps = 6
    report(0, steps, "figures")
    figures = key_figures(period)
    previous_period = period.previous()
    previous = key_figures(previous_period)
    report(1, steps, "months")
    months = by_month(period)
    kinds = by_kind(period)
    report(2, steps, "fields")
    fields_ = by_field(period)
    report(3, steps, "networks")
    networks = by_network(period)
    report(4, steps, "lists")
    appointments = appointment_list(period) if lists else []
    partners = partner_organizations(period) if lists else {}
    report(5, steps, "done")
    return Statistics(period, previous_period, figures, previous, months, kinds, fields_, networks,
                      appointments, partners)


def _raw(query: object) -> list[tuple[Any, ...]]:
    """Rows as plain tuples straight from the driver – for ids and texts, where peewee's per-value
    conversion only costs time (tens of thousands of attendance rows in a heavy year)."""
    rows: list[tuple[Any, ...]] = db_proxy.execute(query).fetchall()
    return rows


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))
