"""ICS import and export for the appointments (see exchange.py for the shared preview/commit/undo).

Import semantics (issue 11 §4/§5): past events arrive as held unless cancelled; all-day events stay
all-day; private entries (CLASS:PRIVATE, Outlook's "Abwesend"/OOF, categories "Urlaub", "Privat",
"Persönlich") are skipped with their reason unless the user takes them anyway; Teams/Zoom/Meet
invitation text is cut from the agenda and the join link kept as online link. A series becomes an
AppointmentSeries row with its occurrences as ordinary appointments (moved ones as exceptions).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil import rrule as du

from app.io import ics
from app.models import Appointment, AppointmentSeries, ImportRecord, Network
from app.models.entities import APPOINTMENT_KINDS, APPOINTMENT_STATUSES
from app.services import audit, bulk, records, recurrence, series, session_role
from app.services.exchange_model import Batch, Preview, Row
from app.services.imports import calendar as calendar_rules
from app.services.messages import t
from app.wording import choice_label, date_text, datetime_text, time_text  # the GUI's language

PRIVATE_CATEGORIES = {"urlaub", "privat", "persönlich", "personal", "private", "vacation", "holiday",
                      "krank", "abwesend"}
_CANCEL_PREFIX = re.compile(r"^(abgesagt|canceled|cancelled|abgesagte besprechung)\s*:\s*", re.I)


@dataclass
class EventPlan:
    values: dict[str, Any]  # APPOINTMENT fields
    external_uid: str = ""
    own_uuid: str = ""
    recurrence_id: dt.datetime | None = None
    moved: bool = False
    kind_given: bool = False  # kind came from the file (Brücke's own), not guessed from words
    status_stated: bool = False  # status came from the file (Brücke's own), not worked out from the date
    adopts_uid: bool = False  # matched by title and start: the stored appointment takes the file's UID
    match_id: int | None = None
    current_series: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class SeriesPlan:
    values: dict[str, Any] | None  # AppointmentSeries fields; None: rule not supported → single appointments
    external_uid: str
    own_uuid: str
    occurrences: list[EventPlan]
    match_id: int | None = None


# --- reading --------------------------------------------------------------------------------------------------

def _own_uuid(uid: str) -> str:
    return uid[: -len(ics.UID_SUFFIX)] if uid.endswith(ics.UID_SUFFIX) else ""


# categories (the office's remembered rules first), else title words, else a meeting – the calendar CSV's rule
guess_kind = calendar_rules.guess_kind


def skip_reason(event: ics.IcsEvent, rules: dict[str, str] | None = None, holiday_calendar: bool = False) -> str:
    """Why a calendar entry is a holiday, private or an absence (skipped by default), "" for office appointments.
    Holidays: calendar_rules.holiday_reason (the calendar CSV's rule); `holiday_calendar` for a subscribed
    holiday calendar ("Feiertage in Deutschland")."""

    if event.extra:
        return ""  # Brücke's own file: confidential entries carry their own marker
    holiday = calendar_rules.holiday_reason(
        event.title, event.categories, all_day=event.all_day, place=event.location, show_as=event.busy_status,
        transparent=event.transparent, participants=event.attendees, description=event.description,
        holiday_calendar=holiday_calendar, rules=rules)
    if holiday:
        return holiday
    if event.classification == "PRIVATE":
        return t("exchange_skip_private")
    if event.busy_status == "OOF" and not calendar_rules.kind_from_categories(event.categories, rules or {}):
        return t("exchange_skip_absent")  # a study trip filed under "Studienreise" is away on business (as in the CSV)
    private = [c for c in event.categories if c.strip().lower() in PRIVATE_CATEGORIES
               or calendar_rules.category_rule(c, rules or {}) == calendar_rules.PRIVATE]
    if private:
        return t("exchange_skip_category", category=private[0])
    if calendar_rules.private_title(event.title):  # "Urlaub" shown as free, without a category
        return t("exchange_skip_title", title=event.title)
    return ""


def _status_stated(event: ics.IcsEvent) -> bool:
    return event.extra.get("status", "") in APPOINTMENT_STATUSES


def _status(event: ics.IcsEvent, now: dt.datetime) -> str:
    given = event.extra.get("status", "")
    if given in APPOINTMENT_STATUSES:
        return given
    if event.status == "CANCELLED" or _CANCEL_PREFIX.match(event.title):  # Outlook: "Abgesagt: …"
        return "cancelled"
    finish = event.end if event.end is not None and event.end > event.start else event.start
    return "held" if finish < now else "planned"


@dataclass
class Context:
    now: dt.datetime
    networks: dict[str, int]  # network uuid → id (Brücke's own files name the network)
    include_private: bool
    known: Known
    rules: dict[str, str]  # remembered category → kind (or "private") rules of the spreadsheet import
    names: list[tuple[int, str, str]] = field(default_factory=list)  # (id, folded name, folded short name)
    may_see_confidential: bool = True  # False for an assistant or reader on the office server
    holiday_calendar: bool = False  # the file is a subscribed holiday calendar ("Feiertage in Deutschland")


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold().translate(_FOLD)))


def network_for(title: str, names: list[tuple[int, str, str]]) -> int | None:
    """The network a foreign calendar entry belongs to, when exactly one fits its title: "Runder Tisch
    Integration" → "Runder Tisch Integration Landkreis Lindenau", "Sitzung des Integrationsbeirats" →
    "Integrationsbeirat des Landkreises", "RTI: Vorbereitung" → short name "RTI"."""
    folded = _fold(title)
    words = folded.split()
    if not words:
        return None
    found = set()
    for network_id, name, short in names:
        head = name.split()[0] if name else ""
        if (len(words) >= 2 and name.startswith(folded)) or (name and folded.startswith(name)) \
                or (len(short) >= 3 and short in words) \
                or (len(head) >= 10 and any(word.startswith(head) for word in words)):
            found.add(network_id)
    return found.pop() if len(found) == 1 else None


def _values(event: ics.IcsEvent, ctx: Context) -> tuple[dict[str, Any], bool]:
    kind_given = event.extra.get("kind", "") in APPOINTMENT_KINDS
    title = _CANCEL_PREFIX.sub("", event.title).strip() or t("exchange_untitled")
    values: dict[str, Any] = {
        "title": title[: records.TEXT_LIMIT],
        "kind": event.extra["kind"] if kind_given else guess_kind(title, event.categories, ctx.rules),
        "start": event.start, "end": event.end, "all_day": event.all_day,
        "location": event.location[: records.TEXT_LIMIT], "online_link": event.online_link[: records.TEXT_LIMIT],
        "status": _status(event, ctx.now), "agenda": event.description,
        "confidential": _confidential(event),
    }
    network = ctx.networks.get(event.extra.get("network", ""))
    if network is None and not event.extra:  # a foreign calendar: the network its title names
        network = network_for(title, ctx.names)
    if network is not None:
        values["network"] = network
    return values, kind_given


def _when(event: ics.IcsEvent) -> str:
    if event.all_day:
        last = event.end.date() if event.end else event.start.date()
        return date_text(event.start) + (f"–{date_text(last)}" if last != event.start.date() else "")
    return datetime_text(event.start) + (f"–{time_text(event.end)}" if event.end else "")


def _normal_rule(text: str, dtstart: dt.datetime) -> str | None:
    """The rule in the series model's subset (recurrence.py), or None when it cannot be represented."""
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    parts.pop("WKST", None)
    if parts.get("BYMONTH") == str(dtstart.month) and parts.get("FREQ") == "YEARLY":
        parts.pop("BYMONTH")
        if parts.get("BYMONTHDAY") == str(dtstart.day):
            parts.pop("BYMONTHDAY")
    if "BYSETPOS" in parts and "," not in parts.get("BYDAY", ","):
        parts["BYDAY"] = parts.pop("BYSETPOS") + parts["BYDAY"]
    try:
        wanted = _first_starts(text, dtstart)
        normal = recurrence.parse(";".join(f"{k}={v}" for k, v in parts.items())).to_text()
        # the model drops what it cannot say ("yearly on the first Monday in October" → "yearly on 5 Oct"):
        # only a rule that gives the same dates is kept
        same = wanted == _first_starts(normal, dtstart)
        if not same and "UNTIL" in parts:  # the model ends on a day; UNTIL may end within it (see _until_day)
            parts["UNTIL"] = _until_day(text, dtstart) or parts["UNTIL"]
            normal = recurrence.parse(";".join(f"{k}={v}" for k, v in parts.items())).to_text()
            same = wanted == _first_starts(normal, dtstart)
    except (ValueError, TypeError):
        return None
    return normal if same else None


def _until_day(rule: str, dtstart: dt.datetime) -> str:
    """UNTIL as the day of the series' last occurrence. The series model keeps only the day of UNTIL; Google ends
    a series ("Ende am", "this and following events") at the second before the next occurrence
    (UNTIL=20261208T135959Z for a meeting at 15:00 on 8 December); a UTC end of 23:00 or later is the next day in
    Berlin. Kept as that day, the rule would add a meeting the program does not have, so the whole series came
    in as single appointments."""
    starts = du.rrulestr(rule, dtstart=dtstart, ignoretz=True)
    assert isinstance(starts, du.rrule)
    last = starts.before(dt.datetime.max, inc=True)
    return f"{last:%Y%m%d}T235959" if last is not None else ""


def _first_starts(rule: str, dtstart: dt.datetime, limit: int = 120) -> list[dt.datetime]:
    return list(itertools.islice(du.rrulestr(rule, dtstart=dtstart, ignoretz=True), limit))


def _changes(current: Appointment, plan: EventPlan) -> dict[str, Any]:
    """What an update would change: the file wins for times, title and non-empty texts; Brücke keeps what the
    file cannot know (a held status, a kind chosen by hand, its outcome)."""
    before = records.current_values(series.OCCURRENCE, current)
    wanted = dict(plan.values)
    if not plan.kind_given:
        wanted.pop("kind", None)
    if wanted.get("all_day") and before.get("all_day"):
        same_days = before["start"].date() == wanted["start"].date() and (
            (before["end"] or before["start"]).date() == (wanted["end"] or wanted["start"]).date())
        if same_days:
            wanted.pop("start")
            wanted.pop("end")
    status = calendar_rules.status_update(before["status"], wanted.pop("status"), stated=plan.status_stated)
    if not plan.status_stated and not plan.external_uid:  # a meeting of a series in Brücke's own file: the file
        status = None                                        # holds no status of its own, the office's stands
    if status is not None:
        wanted["status"] = status
    for key in ("location", "online_link", "agenda"):
        if not wanted.get(key):
            wanted.pop(key, None)
    if not plan.own_uuid:
        wanted.pop("confidential", None)
        if before.get("network") is not None:  # a network chosen in Brücke stays
            wanted.pop("network", None)
    return {k: v for k, v in wanted.items() if before.get(k) != v}


def preview(path: Path, data: bytes, *, include_private: bool = False, today: dt.date | None = None) -> Preview:
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.datetime.now().time()).replace(microsecond=0)
    calendar = ics.read_calendar(data, horizon=series.horizon(today))

    known_networks = list(Network.select(Network.id, Network.uuid, Network.name, Network.short_name)
                          .where(Network.archived == False))  # noqa: E712
    ctx = Context(now, {n.uuid: n.id for n in known_networks}, include_private, Known(calendar),
                  calendar_rules.remembered_categories(),
                  [(n.id, _fold(n.name), _fold(n.short_name)) for n in known_networks],
                  session_role.capabilities().may_see_confidential,
                  calendar_rules.is_holiday_calendar(calendar.name))
    rows: list[Row] = []
    number = 0
    for event in sorted(calendar.singles, key=lambda e: e.start):
        number += 1
        rows.append(_single_row(number, event, ctx))
    for item in sorted(calendar.series, key=lambda s: s.master.start):
        number += 1
        rows.append(_series_row(number, item, ctx))
    for label, problem in calendar.problems:
        number += 1
        rows.append(Row(number, "appointment", "error", t("exchange_unreadable_entry", reason=problem),
                        label or t("exchange_untitled"), default="error"))
    return Preview(path, "appointments", "ics", calendar.profile, rows, {"include_private": include_private})


class Known:
    """What the office already has of the file's UIDs, fetched in a few queries (not one per event)."""

    CHUNK = 500

    def __init__(self, calendar: ics.IcsCalendar) -> None:
        uids = sorted({e.uid for e in calendar.singles} | {s.master.uid for s in calendar.series} - {""})
        own = sorted({_own_uuid(u) for u in uids} - {""})
        self.by_uuid: dict[str, Appointment] = {}
        # Outlook gives a copied appointment its original's UID: one key can hold several appointments
        self.by_uid: dict[tuple[str, dt.datetime | None], list[Appointment]] = {}
        self.taken: set[int] = set()
        self.series_by_uuid: dict[str, AppointmentSeries] = {}
        self.series_by_uid: dict[str, AppointmentSeries] = {}
        self.occurrences: dict[tuple[int, dt.datetime | None], Appointment] = {}
        self.by_series: dict[int, list[Appointment]] = {}
        self._by_id: dict[int, Appointment] = {}
        self._by_external: dict[str, list[Appointment]] = {}
        for chunk in self._chunks(own):
            self.by_uuid.update((a.uuid, a) for a in Appointment.select().where(Appointment.uuid.in_(chunk)))
            self.series_by_uuid.update((s.uuid, s) for s in
                                       AppointmentSeries.select().where(AppointmentSeries.uuid.in_(chunk)))
        for chunk in self._chunks(uids):
            for a in Appointment.select().where(Appointment.external_uid.in_(chunk)).order_by(Appointment.id):
                self.by_uid.setdefault((a.external_uid, a.recurrence_id), []).append(a)
            self.series_by_uid.update((s.external_uid, s) for s in
                                      AppointmentSeries.select().where(AppointmentSeries.external_uid.in_(chunk)))
        # appointments that came without a UID (Outlook's calendar CSV) or were typed in Brücke, by title and
        # start: Outlook's .ics of the same calendar then updates them instead of adding each meeting again
        self.by_title_start: dict[tuple[str, dt.datetime], list[Appointment]] = {}
        starts = [e.start for e in calendar.singles] + [o.start for s in calendar.series for o in s.occurrences]
        if starts:
            for a in Appointment.select().where(
                    (Appointment.external_uid == "") & Appointment.series.is_null()
                    & (Appointment.start >= min(starts)) & (Appointment.start <= max(starts))):
                self.by_title_start.setdefault((_fold(a.title), a.start), []).append(a)
        series_ids = sorted({s.id for s in [*self.series_by_uuid.values(), *self.series_by_uid.values()]})
        for chunk in self._chunks(series_ids):
            for a in Appointment.select().where(Appointment.series.in_(chunk)):
                self.occurrences[(a.series_id, a.recurrence_id)] = a
                self.by_series.setdefault(a.series_id, []).append(a)

    @classmethod
    def _chunks(cls, values: list[Any]) -> Iterable[list[Any]]:
        for start in range(0, len(values), cls.CHUNK):
            yield values[start:start + cls.CHUNK]

    def single(self, uid: str, own: str, recurrence_id: dt.datetime | None,
               start: dt.datetime | None = None) -> Appointment | None:
        if own and own in self.by_uuid:
            return self.by_uuid[own]
        found = self.by_uid.get((uid, recurrence_id), []) if uid else []
        if len(found) <= 1:
            return found[0] if found else None
        free = [a for a in found if a.id not in self.taken]  # each copy matches its own appointment once
        chosen = next((a for a in free if a.start == start), free[0] if free else None)
        if chosen is not None:
            self.taken.add(chosen.id)
        return chosen

    def same_meeting(self, title: str, start: dt.datetime) -> Appointment | None:
        """The one stored appointment without a UID of that title at that start (the CSV import's own rule)."""
        found = [a for a in self.by_title_start.get((_fold(title), start), []) if a.id not in self.taken]
        if len(found) != 1:
            return None
        self.taken.add(found[0].id)
        self._by_id[found[0].id] = found[0]
        return found[0]

    def appointment(self, appointment_id: int | None) -> Appointment | None:
        """One of the appointments fetched above by its id (a match made by `single` or `_pair_shifted`)."""
        if appointment_id is None:
            return None
        if not self._by_id:
            every = [*self.by_uuid.values(), *self.occurrences.values(),
                     *(a for found in self.by_uid.values() for a in found)]
            self._by_id.update((a.id, a) for a in every)
        return self._by_id.get(appointment_id)

    def instances(self, uid: str) -> list[Appointment]:
        """The single appointments imported from one foreign series (its rule outside the series model)."""
        if not self._by_external:
            for (external, _), found in self.by_uid.items():
                self._by_external.setdefault(external, []).extend(found)
        return self._by_external.get(uid, [])

    def series(self, uid: str, own: str) -> AppointmentSeries | None:
        return self.series_by_uuid.get(own) if own and own in self.series_by_uuid else self.series_by_uid.get(uid)


def _confidential(event: ics.IcsEvent) -> bool:
    return event.extra.get("confidential", "") == "TRUE" or event.classification == "CONFIDENTIAL"


def _decide(row: Row, event: ics.IcsEvent, ctx: Context, changed: bool) -> None:
    reason = skip_reason(event, ctx.rules, ctx.holiday_calendar)
    redacted = event.extra.get("redacted") == "TRUE"
    if redacted and row.match_id is not None:
        row.action, row.reason = "skip", t("exchange_skip_redacted")
    elif _confidential(event) and not ctx.may_see_confidential:  # the server would refuse the whole import
        row.action, row.reason, row.forced_skip = "skip", t("exchange_skip_confidential_role"), True
    elif reason and not ctx.include_private:
        row.action, row.reason, row.forced_skip = "skip", reason, True
    elif row.match_id is not None:
        row.action, row.reason = ("update", t("exchange_update")) if changed else ("skip", t("exchange_unchanged"))
    else:
        row.action, row.reason = "create", t("exchange_new")
    row.default = row.action


def _single_row(number: int, event: ics.IcsEvent, ctx: Context) -> Row:
    values, kind_given = _values(event, ctx)
    own = _own_uuid(event.uid)
    plan = EventPlan(values, "" if own else event.uid, own, event.recurrence_id, kind_given=kind_given,
                     status_stated=_status_stated(event))
    current = ctx.known.single(event.uid, own, event.recurrence_id, event.start)
    if current is None and not own:
        current = ctx.known.same_meeting(event.title, event.start)
        plan.adopts_uid = current is not None
    if current is not None:
        plan.match_id = current.id
        plan.changes = _changes(current, plan)
    detail = " · ".join((_when(event), choice_label("appointment_kind", values["kind"]),
                         choice_label("appointment_status", values["status"])))
    row = Row(number, "appointment", "", "", values["title"], detail, plan.match_id, plan)
    _decide(row, event, ctx, bool(plan.changes))
    return row


def _series_row(number: int, item: ics.IcsSeries, ctx: Context) -> Row:
    master = item.master
    own = _own_uuid(master.uid)
    values, kind_given = _values(master, ctx)
    rule = _normal_rule(item.rrule, master.start)
    found = ctx.known.series(master.uid, own)
    series_values = None
    # a range export of this office ends its series at the range: the series itself keeps its rule
    if rule is not None and not (found is not None and master.extra.get("range")):
        duration = int(((master.end or master.start) - master.start).total_seconds() // 60)
        series_values = {
            "rrule": rule, "dtstart": master.start, "duration_minutes": max(duration, 0),
            "all_day": master.all_day, "exdates": json.dumps(sorted(d.isoformat() for d in item.exdates)),
            "generated_until": item.expanded_until,
            **{k: values[k] for k in series.TEMPLATE_FIELDS if k in values},
        }
    plan = SeriesPlan(series_values, "" if own else master.uid, own, [], found.id if found else None)
    changed = False
    pending: list[tuple[EventPlan, ics.IcsEvent]] = []
    for occurrence in item.occurrences:
        occ_values, occ_kind_given = _values(occurrence, ctx)
        if not occ_values["online_link"]:  # a moved occurrence keeps the series' meeting link
            occ_values["online_link"] = values["online_link"]
        occ = EventPlan(occ_values, "" if own else master.uid, "", occurrence.recurrence_id, occurrence.moved,
                        occ_kind_given or kind_given, status_stated=_status_stated(occurrence))
        current = None
        if found is not None:
            current = ctx.known.occurrences.get((found.id, occurrence.recurrence_id))
        elif rule is None or not own:
            current = ctx.known.single(master.uid, "", occurrence.recurrence_id)
            if current is None and not own:
                current = ctx.known.same_meeting(occurrence.title, occurrence.start)
                occ.adopts_uid = current is not None
        plan.occurrences.append(occ)
        pending.append((occ, occurrence))
        if current is not None:
            occ.match_id = current.id
    if found is not None or rule is None or not own:  # the series' time or day changed since the last import
        earlier = ctx.known.by_series.get(found.id, []) if found is not None else ctx.known.instances(master.uid)
        _pair_shifted(pending, earlier, (rule or item.rrule).partition("FREQ=")[2][:5])
    for occ, occurrence in pending:
        current = ctx.known.appointment(occ.match_id)
        if current is None:
            changed = True
            continue
        occ.current_series = current.series_id
        occ.changes = _changes(current, occ)
        if current.recurrence_id != occurrence.recurrence_id:
            occ.changes["recurrence_id"] = occurrence.recurrence_id
        if found is not None and occurrence.moved and occurrence.start != occurrence.recurrence_id \
                and not current.series_exception:  # moved in the program since the last import
            occ.changes["series_exception"] = True
        changed = changed or bool(occ.changes)
    if found is not None:  # an occurrence deleted in the calendar program since the last import (a new EXDATE)
        changed = _drop_removed(plan, item, found, ctx) or changed
    moved = sum(1 for o in plan.occurrences if o.moved)
    detail = t("exchange_series_detail", rule=_describe(rule, master.start, item.rrule), count=len(plan.occurrences),
               moved=moved) + " · " + choice_label("appointment_kind", values["kind"])
    row = Row(number, "series", "", "", values["title"], detail, plan.match_id, plan)
    if any(o.match_id for o in plan.occurrences) and row.match_id is None:
        row.match_id = next(o.match_id for o in plan.occurrences if o.match_id)
    _decide(row, master, ctx, changed)
    if rule is None and row.action != "skip":
        row.reason = t("exchange_rule_unsupported", rule=recurrence.describe_text(item.rrule))
    return row


def _pair_shifted(pending: list[tuple[EventPlan, ics.IcsEvent]], earlier: list[Appointment], freq: str) -> None:
    """Occurrences of the file that match no earlier one by RECURRENCE-ID take the earlier occurrence of the same
    day, else of the same week (else month, for a monthly or yearly rule) that the file no longer has. Moving a
    whole series in Outlook or Google ("Sprechstunde now at 9:30", "Thursdays instead of Tuesdays") changes every
    RECURRENCE-ID: the re-import made a second set of held meetings beside the old ones (the yearly report counted
    both), and attendance recorded on the old ones stayed there."""
    wanted = {occurrence.recurrence_id for _, occurrence in pending}
    taken = {occ.match_id for occ, _ in pending if occ.match_id is not None}
    free = sorted((a for a in earlier if a.recurrence_id is not None and a.recurrence_id not in wanted
                   and a.id not in taken), key=lambda a: a.recurrence_id)
    keys: list[Callable[[dt.datetime], object]] = [lambda d: d.date(), lambda d: d.isocalendar()[:2]]
    if freq.startswith(("MONTH", "YEARL")):
        keys.append(lambda d: (d.year, d.month))
    for key in keys:
        for occ, occurrence in pending:
            if occ.match_id is not None or occurrence.recurrence_id is None or not free:
                continue
            wanted_key = key(occurrence.recurrence_id)
            chosen = next((a for a in free if key(a.recurrence_id) == wanted_key), None)
            if chosen is not None:
                occ.match_id = chosen.id
                free.remove(chosen)


def _drop_removed(plan: SeriesPlan, item: ics.IcsSeries, found: AppointmentSeries, ctx: Context) -> bool:
    """Cancel the office's occurrences the file now lists as removed (EXDATE), that lie after the series'
    new end (Outlook's "end the series" moves UNTIL) or that the series' changed rule no longer has between its
    first occurrence in the file and the end of its expansion; True when the series changes."""
    values = plan.values
    changed = values is not None and (sorted(json.loads(found.exdates or "[]")) != sorted(json.loads(
        values["exdates"])) or found.rrule != values["rrule"] or found.dtstart != values["dtstart"])
    removed_ones = [ctx.known.occurrences.get((found.id, removed)) for removed in item.exdates]
    if values is not None and not item.endless:
        kept = {o.recurrence_id for o in plan.occurrences}
        removed_ones += [a for a in ctx.known.by_series.get(found.id, [])
                         if a.recurrence_id is not None and a.recurrence_id.date() > item.expanded_until
                         and a.recurrence_id not in kept]
    if values is not None and changed and item.occurrences:
        kept = {o.recurrence_id for o in plan.occurrences}
        first = min(o.recurrence_id or o.start for o in item.occurrences)
        removed_ones += [a for a in ctx.known.by_series.get(found.id, [])
                         if a.recurrence_id is not None and a.recurrence_id not in kept
                         and first <= a.recurrence_id and a.recurrence_id.date() <= item.expanded_until]
    for current in removed_ones:
        if current is None or current.status == "cancelled" or (current.outcome or "").strip() \
                or any(o.match_id == current.id for o in plan.occurrences):
            continue  # an outcome written in Brücke says the meeting took place: the office's word stands
        removed = current.recurrence_id
        occ = EventPlan({"status": "cancelled"}, plan.external_uid, "", removed, match_id=current.id,
                        current_series=current.series_id, changes={"status": "cancelled"})
        plan.occurrences.append(occ)
        changed = True
    return changed


def _describe(rule: str | None, start: dt.datetime, written: str) -> str:
    if rule is None:  # outside the series model: the file's rule in words
        return recurrence.describe_text(written)
    try:
        return recurrence.describe(recurrence.parse(rule), start)
    except (ValueError, KeyError):
        return rule


# --- commit ---------------------------------------------------------------------------------------------------

def _new_row(plan: EventPlan, extra: dict[str, Any]) -> dict[str, Any]:
    row = {**plan.values, **extra}
    if plan.external_uid:
        row["external_uid"] = plan.external_uid
    if plan.own_uuid:
        row["uuid"] = plan.own_uuid
    if plan.recurrence_id is not None:
        row["recurrence_id"] = plan.recurrence_id
    return row


def _update(plan: EventPlan, batch: Batch) -> int:
    if plan.match_id is not None and plan.adopts_uid and plan.external_uid:  # the next import matches by UID
        Appointment.update(external_uid=plan.external_uid).where(
            (Appointment.id == plan.match_id) & (Appointment.external_uid == "")).execute()
    if plan.match_id is None or not plan.changes:
        return 0
    before = records.current_values(series.OCCURRENCE, records.get(series.OCCURRENCE, plan.match_id))
    records.update(series.OCCURRENCE, plan.match_id, plan.changes)
    batch.updated("appointment", plan.match_id, {k: before[k] for k in plan.changes})  # (series fields too)
    return 1


def _series_id(plan: SeriesPlan, batch: Batch) -> int | None:
    if plan.values is None:
        return None
    if plan.match_id is not None:
        stored = AppointmentSeries.get_by_id(plan.match_id).__data__  # (raw values: the network as its id)
        batch.updated("appointment_series", plan.match_id, {k: stored.get(k) for k in plan.values})
        AppointmentSeries.update(**plan.values).where(AppointmentSeries.id == plan.match_id).execute()
        return plan.match_id
    identity = {"external_uid": plan.external_uid}
    if plan.own_uuid and not AppointmentSeries.select().where(AppointmentSeries.uuid == plan.own_uuid).exists():
        identity["uuid"] = plan.own_uuid
    record = AppointmentSeries.create(**plan.values, **identity)
    audit.record("appointment_series", record.id, "import", {"rrule": (None, plan.values["rrule"])})
    batch.created("appointment_series", record.id)
    return int(record.id)


def commit(preview_: Preview, batch: Batch,
           progress: Callable[[int, int, str], None] | None = None) -> tuple[int, int]:
    """Updates one by one (with their previous values for undo), new appointments in one bulk insert."""
    creates: list[dict[str, Any]] = []
    updated = 0
    chosen = [r for r in preview_.rows if r.action in ("create", "update")]
    taken = {a.uuid for a in Appointment.select(Appointment.uuid).where(Appointment.uuid.in_(
        [r.plan.own_uuid for r in chosen if r.entity == "appointment" and r.plan.own_uuid]))}
    for done, row in enumerate(chosen):
        if progress is not None and done % 50 == 0:
            progress(done, len(chosen), t("exchange_progress"))
        if row.entity != "series":
            if row.plan.match_id is None:
                new = _new_row(row.plan, {})
                if new.get("uuid") in taken:
                    del new["uuid"]
                creates.append(new)
            else:
                updated += _update(row.plan, batch)
            continue
        plan: SeriesPlan = row.plan
        series_id = _series_id(plan, batch)
        for occurrence in plan.occurrences:
            extra = {} if series_id is None else {"series": series_id, "series_exception": occurrence.moved}
            if occurrence.match_id is None:
                creates.append(_new_row(occurrence, extra))
                continue
            if series_id is not None and occurrence.current_series != series_id:
                occurrence.changes.update(extra)
            updated += _update(occurrence, batch)
    ids = bulk.insert(series.OCCURRENCE, creates, audit_action="import") if creates else []
    bulk.insert_links(ImportRecord, ("batch_id", "entity", "entity_id", "action", "previous"),
                      [(batch.id, "appointment", i, "create", "{}") for i in ids])
    return len(ids), updated
