"""Appointment series: an RRULE whose occurrences are ordinary appointment rows (DESIGN.md §6).

About 500 lines: creating, extending, editing (this / this and following / all) and deleting a series share
the exception and history rules, which are easier to keep right in one module.

Each occurrence has its own attendance, outcome and status and counts in statistics like any appointment;
the series row (AppointmentSeries) holds the rule, the template and the horizon up to which occurrences
exist (`generated_until`). `extend_series(until)` generates further occurrences as time passes; it is
cheap when nothing is due. An occurrence that was moved, cancelled or edited alone is an exception
(`series_exception`): later edits of the series leave it as it is. "This and following" splits a series:
the old one ends before the occurrence, a new one starts with it. Every operation is one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import peewee as pw

from app.models import Appointment, AppointmentField, AppointmentSeries, Attendance, Person, db_proxy
from app.models.database import is_readonly
from app.models.search import refresh_entries
from app.services import appointments, audit, bulk, records, recurrence, session_role, subscription
from app.services.attendance import snapshot_of
from app.services.errors import NotFoundError, ValidationError
from app.services.messages import t

HORIZON_DAYS = 548  # about 18 months of occurrences exist ahead of today
TEMPLATE_FIELDS = ("title", "kind", "location", "online_link", "network", "agenda", "confidential",
                   "expected_participants")
SCOPES = ("this", "following", "all")

OCCURRENCE = replace(
    appointments.APPOINTMENT,
    fields={**appointments.APPOINTMENT.fields, "series": "ref", "recurrence_id": "datetime",
            "series_exception": "bool"},
    refs={**appointments.APPOINTMENT.refs, "series": AppointmentSeries},
)


def horizon(today: dt.date | None = None) -> dt.date:
    return (today or dt.date.today()) + dt.timedelta(days=HORIZON_DAYS)


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def _exdates(series: AppointmentSeries) -> set[dt.datetime]:
    return {dt.datetime.fromisoformat(v) for v in json.loads(series.exdates or "[]")}


def _store_exdates(series: AppointmentSeries, values: Iterable[dt.datetime]) -> None:
    series.exdates = json.dumps(sorted({v.replace(microsecond=0).isoformat() for v in values}))


def _check_rule(rule_text: str, dtstart: dt.datetime) -> str:
    try:
        rule = recurrence.parse(rule_text)
        recurrence.expand(rule.to_text(), dtstart, dtstart, dtstart + dt.timedelta(days=1))
    except (ValueError, TypeError):
        raise ValidationError({"rrule": t("series_bad_rule", value=rule_text)}, "appointment") from None
    if rule.until is not None and rule.until < dtstart.date():
        raise ValidationError({"rrule": t("series_until_before_start")}, "appointment")
    return rule.to_text()


def get_series(series_id: int) -> AppointmentSeries:
    series = AppointmentSeries.get_or_none(AppointmentSeries.id == series_id)
    if series is None:
        raise NotFoundError(t("not_found", entity=t("series_entity"), id=series_id))
    return series


def series_of(appointment_id: int) -> AppointmentSeries | None:
    appointment = appointments.get_appointment(appointment_id)
    return AppointmentSeries.get_or_none(AppointmentSeries.id == appointment.series_id) \
        if appointment.series_id else None


def occurrences(series_id: int) -> list[Appointment]:
    return list(Appointment.select().where(Appointment.series == series_id).order_by(Appointment.recurrence_id))


def rule_of(series: AppointmentSeries) -> recurrence.Rule:
    return recurrence.parse(series.rrule)


def describe(series: AppointmentSeries) -> str:
    return recurrence.describe(rule_of(series), series.dtstart)


# --- generation -------------------------------------------------------------------------------------------

def _links_of(appointment_id: int | None) -> tuple[list[int], list[int]]:
    """Fields of action and invited persons of a reference occurrence (new occurrences inherit them)."""
    if appointment_id is None:
        return [], []
    fields = appointments.field_ids(appointment_id)
    persons = [a.person_id for a in Attendance.select(Attendance.person)
               .where(Attendance.appointment == appointment_id).order_by(Attendance.id)]
    return fields, persons


def _add_links(ids: list[int], fields: list[int], persons: list[int]) -> None:
    if not ids:
        return
    if fields:
        bulk.insert_links(AppointmentField, ["appointment_id", "field_id"],
                          [(aid, fid) for aid in ids for fid in fields])
    if persons:
        people = list(Person.select().where(Person.id.in_(persons) & Person.erased_at.is_null()))
        stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        rows = []
        for person in people:
            snap = snapshot_of(person)
            for aid in ids:
                rows.append((aid, person.id, "invited", "participant", snap["snapshot_name"],
                             snap["snapshot_sort_name"], snap["snapshot_organization"], snap["snapshot_function"],
                             snap["snapshot_city"], snap["snapshot_country"], snap["snapshot_email"], stamp))
        bulk.insert_links(Attendance, ["appointment_id", "person_id", "status", "role", "snapshot_name",
                                       "snapshot_sort_name", "snapshot_organization", "snapshot_function",
                                       "snapshot_city", "snapshot_country", "snapshot_email", "created_at"], rows)


def _times(series: AppointmentSeries, start: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    if series.all_day:
        begin = start.replace(hour=0, minute=0, second=0)
        return begin, begin + dt.timedelta(minutes=max(series.duration_minutes, 1439))
    return start, start + dt.timedelta(minutes=series.duration_minutes)


def _template_row(series: AppointmentSeries) -> dict[str, Any]:
    """What every occurrence of the series shares, in SQL form, defaults left out (read once per batch)."""
    row: dict[str, Any] = {"title": series.title, "kind": series.kind, "status": "planned", "series": series.id}
    for name, value in (("all_day", series.all_day), ("location", series.location),
                        ("online_link", series.online_link), ("network", series.network_id),
                        ("agenda", series.agenda), ("confidential", series.confidential),
                        ("expected_participants", series.expected_participants)):
        if value not in (None, "", False):
            row[name] = int(value) if isinstance(value, bool) else value
    return row


def _row(series: AppointmentSeries, start: dt.datetime, template: dict[str, Any] | None = None) -> dict[str, Any]:
    """One occurrence for the bulk path (fast: plain strings, the shared part copied)."""
    begin, end = _times(series, start)
    key = start.isoformat(sep=" ")
    return {**(template if template is not None else _template_row(series)),
            "start": key if begin == start else begin.isoformat(sep=" "), "end": end.isoformat(sep=" "),
            "recurrence_id": key}


def _generate(series: AppointmentSeries, after: dt.datetime | None, until: dt.date,
              reference: int | None = None, starts: list[dt.datetime] | None = None) -> list[int]:
    """Create the missing occurrences in [after, until]; returns the new ids (caller's transaction).
    `starts` may pass the expansion when the caller has it (a new series: nothing exists to skip)."""
    if starts is None:
        starts = recurrence.expand(series.rrule, series.dtstart, after or series.dtstart, _end_of(until))
        skip = _exdates(series) | {a.recurrence_id for a in Appointment.select(Appointment.recurrence_id)
                                   .where(Appointment.series == series.id)}
    else:
        skip = set()
    wanted = [s for s in starts if s not in skip]
    if not wanted:
        return []
    template = _template_row(series)
    ids = bulk.insert(OCCURRENCE, [_row(series, s, template) for s in wanted], audit_action="series")
    if reference is None:
        latest = (Appointment.select(Appointment.id).where((Appointment.series == series.id)
                                                          & Appointment.id.not_in(ids))
                  .order_by(Appointment.recurrence_id.desc()).first())
        reference = latest.id if latest else None
    _add_links(ids, *_links_of(reference))
    return ids


def _template_from(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: values[name] for name in TEMPLATE_FIELDS if name in values}


def create_series(data: Mapping[str, Any], rule_text: str, fields: Iterable[int] = (),
                  invite: Iterable[int] = (), until: dt.date | None = None,
                  today: dt.date | None = None) -> AppointmentSeries:
    """A new series from the editor's values (title, kind, start, end, …) and a rule; all or nothing.

    Occurrences are generated up to `until` (default: the horizon); fields of action and invitations go
    to every occurrence. Returns the series; its first occurrence is `occurrences(series.id)[0]`.
    """
    values = records.validate(appointments.APPOINTMENT, data, records.defaults(appointments.APPOINTMENT))
    start: dt.datetime = values["start"]
    end: dt.datetime = values["end"] or start
    if values.get("all_day"):
        start = start.replace(hour=0, minute=0, second=0)
    text = _check_rule(rule_text, start)
    limit = until or horizon(today)
    duration = int((end - start).total_seconds() // 60)
    starts = recurrence.expand(text, start, start, _end_of(limit))
    if not starts:
        later = recurrence.expand(text, start, start, _end_of(start.date() + dt.timedelta(days=3660)))
        if not later:
            raise ValidationError({"rrule": t("series_no_occurrence")}, "appointment")
        start = later[0]
    else:
        start = starts[0]  # the series starts with its first occurrence (RFC 5545: DTSTART is the first instance)
    with db_proxy.atomic():
        series = AppointmentSeries.create(
            rrule=text, dtstart=start, duration_minutes=duration, all_day=bool(values.get("all_day")),
            generated_until=limit, **_template_from(values))
        ids = _generate(series, None, series.generated_until, starts=starts)
        field_list = sorted(set(fields))
        if field_list:
            appointments.check_fields(field_list)
        _add_links(ids, field_list, list(dict.fromkeys(invite)))
        audit.record("appointment_series", series.id, "create", {"rrule": (None, text), "count": (None, len(ids))})
    subscription.appointments_changed()
    return series


def make_series(appointment_id: int, rule_text: str, today: dt.date | None = None) -> AppointmentSeries:
    """Turn a single appointment into the first occurrence of a new series."""
    with db_proxy.atomic():
        appointment = appointments.get_appointment(appointment_id)
        if appointment.series_id:
            raise ValidationError({"rrule": t("series_already")}, "appointment")
        start = appointment.start
        text = _check_rule(rule_text, start)
        end = appointment.end or start
        series = AppointmentSeries.create(
            rrule=text, dtstart=start, duration_minutes=int((end - start).total_seconds() // 60),
            all_day=appointment.all_day, generated_until=horizon(today),
            **{name: getattr(appointment, name + "_id" if name == "network" else name) for name in TEMPLATE_FIELDS})
        Appointment.update(series=series.id, recurrence_id=start, series_exception=False) \
            .where(Appointment.id == appointment_id).execute()
        _generate(series, None, series.generated_until, reference=appointment_id)
        audit.record("appointment_series", series.id, "create", {"rrule": (None, text)})
    subscription.appointments_changed()
    return series


def extend_series(until: dt.date | None = None) -> int:
    """Generate occurrences of every series up to `until` (default: the horizon); returns how many."""
    until = until or horizon()
    if is_readonly(db_proxy.obj) or not session_role.capabilities().may_write:
        return 0  # a read-only office (or a reader on the office server) shows the occurrences it has
    due = list(AppointmentSeries.select().where(AppointmentSeries.generated_until.is_null()
                                                | (AppointmentSeries.generated_until < until)))
    if not due:
        return 0
    created = 0
    with db_proxy.atomic():
        for series in due:
            after = _end_of(series.generated_until) if series.generated_until else None
            created += len(_generate(series, after, until))
            AppointmentSeries.update(generated_until=until).where(AppointmentSeries.id == series.id).execute()
    if created:
        subscription.appointments_changed()
    return created


# --- editing ----------------------------------------------------------------------------------------------

def _is_kept(appointment: Appointment, today: dt.date) -> bool:
    """History that a series edit or deletion must not remove: held, with attendance, or past with a list."""
    if appointment.status == "held":
        return True
    statuses = {a.status for a in Attendance.select(Attendance.status).where(Attendance.appointment == appointment.id)}
    if "attended" in statuses:
        return True
    return bool(statuses) and appointment.start.date() < today


def update_occurrence(appointment_id: int, data: Mapping[str, Any], fields: Iterable[int] | None = None) -> Appointment:
    """Save one occurrence only: moving, cancelling or changing its template values makes it an exception."""
    with db_proxy.atomic():
        before = appointments.get_appointment(appointment_id)
        moved_from = (before.start, before.end, before.status, {n: getattr(before, n + "_id" if n == "network" else n)
                                                                for n in TEMPLATE_FIELDS})
        appointment = appointments.update_appointment(appointment_id, data, fields)
        if appointment.series_id and not appointment.series_exception:
            template = {n: getattr(appointment, n + "_id" if n == "network" else n) for n in TEMPLATE_FIELDS}
            if (appointment.start, appointment.end) != moved_from[:2] or appointment.status == "cancelled" \
                    or template != moved_from[3]:
                Appointment.update(series_exception=True).where(Appointment.id == appointment_id).execute()
                appointment.series_exception = True
    return appointment


def _split(series: AppointmentSeries, at: dt.datetime) -> AppointmentSeries:
    """End `series` before `at`; a new series (same rule) owns the occurrences from `at` on."""
    rule = rule_of(series)
    new_rule = rule
    if rule.count is not None:
        before = len(recurrence.expand(series.rrule, series.dtstart, series.dtstart, at - dt.timedelta(seconds=1)))
        new_rule = rule.with_end(count=max(rule.count - before, 1))
    old_rule = rule.with_end(until=(at - dt.timedelta(days=1)).date())
    exdates = _exdates(series)
    new = AppointmentSeries.create(
        rrule=new_rule.to_text(), dtstart=at, duration_minutes=series.duration_minutes, all_day=series.all_day,
        generated_until=series.generated_until, exdates="[]",
        **{n: getattr(series, n + "_id" if n == "network" else n) for n in TEMPLATE_FIELDS})
    _store_exdates(new, (d for d in exdates if d >= at))
    new.save()
    series.rrule = old_rule.to_text()
    _store_exdates(series, (d for d in exdates if d < at))
    series.updated_at = dt.datetime.now().replace(microsecond=0)
    series.save()
    Appointment.update(series=new.id).where((Appointment.series == series.id)
                                            & (Appointment.recurrence_id >= at)).execute()
    audit.record("appointment_series", series.id, "split", {"new_series": (None, new.id)})
    return new


def _bulk_update(ids: list[int], values: Mapping[str, Any], action: str) -> None:
    """The same values for many occurrences: one UPDATE, one audit entry, one re-index (fast for a series)."""
    if not ids:
        return
    stamp = dt.datetime.now().replace(microsecond=0)
    Appointment.update({**{getattr(Appointment, name): value for name, value in values.items()},
                        Appointment.updated_at: stamp, Appointment.version: Appointment.version + 1}) \
        .where(Appointment.id.in_(ids)).execute()
    audit.record("appointment", ids[0], action, {"ids": (None, ",".join(map(str, ids))),
                                                 **{k: (None, v) for k, v in values.items()}})
    refresh_entries(db_proxy.obj, "appointment", ids)


def _apply_template(series: AppointmentSeries, template: Mapping[str, Any], skip: int | None = None) -> None:
    changes = {k: v for k, v in template.items()
               if getattr(series, k + "_id" if k == "network" else k) != v}
    if not changes:
        return
    for name, value in changes.items():
        setattr(series, name + "_id" if name == "network" else name, value)
    series.save()
    ids = [a.id for a in Appointment.select(Appointment.id).where((Appointment.series == series.id)
                                                                  & ~Appointment.series_exception)
           if a.id != skip]
    _bulk_update(ids, changes, "series_update")


def _reschedule(series: AppointmentSeries, rule_text: str, dtstart: dt.datetime, duration: int,
                all_day: bool, today: dt.date) -> None:
    """Give the series a new rule/start/duration. Instances are paired in order: the n-th instance of the
    old rule becomes the n-th of the new one, so a regular occurrence moves with its attendance and outcome,
    a deleted one stays deleted and an exception keeps its own time. Surplus occurrences are deleted
    unless they hold history; missing ones are generated."""
    limit = max(series.generated_until or today, horizon(today))
    old_slots = recurrence.expand(series.rrule, series.dtstart, series.dtstart, _end_of(limit))
    new_slots = recurrence.expand(rule_text, dtstart, dtstart, _end_of(limit))
    old_exdates = _exdates(series)
    by_slot = {a.recurrence_id: a for a in Appointment.select().where(Appointment.series == series.id)}
    regular = [a for a in by_slot.values() if not a.series_exception]
    reference = max(regular, key=lambda a: a.recurrence_id).id if regular else None
    new_exdates = set()
    moves: list[tuple[str, int]] = []
    times: list[tuple[str, str, int, str, str, int]] = []
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    series.rrule, series.dtstart, series.duration_minutes, series.all_day = rule_text, dtstart, duration, all_day
    series.generated_until = limit
    for index, old in enumerate(old_slots):
        new = new_slots[index] if index < len(new_slots) else None
        appointment = by_slot.pop(old, None)
        if new is not None and old in old_exdates:
            new_exdates.add(new)
        if appointment is None:
            continue
        if new is None:
            if _is_kept(appointment, today) or appointment.series_exception:
                Appointment.update(series_exception=True).where(Appointment.id == appointment.id).execute()
            else:
                if appointment.id == reference:
                    reference = None
                records.delete(appointments.APPOINTMENT, appointment.id)
            continue
        if appointment.series_exception:
            moves.append((new.isoformat(sep=" "), appointment.id))
        else:
            begin, end = _times(series, new)
            times.append((begin.isoformat(sep=" "), end.isoformat(sep=" "), int(all_day), new.isoformat(sep=" "),
                          stamp, appointment.id))
    db = db_proxy.obj
    db.cursor().executemany('UPDATE "appointment" SET "recurrence_id" = ? WHERE "id" = ?', moves)
    db.cursor().executemany('UPDATE "appointment" SET "start" = ?, "end" = ?, "all_day" = ?, "recurrence_id" = ?, '
                            '"updated_at" = ?, "version" = "version" + 1 WHERE "id" = ?', times)
    if times:
        ids = [row[-1] for row in times]
        audit.record("appointment", ids[0], "series_reschedule",
                     {"ids": (None, ",".join(map(str, ids))), "rrule": (None, rule_text)})
        refresh_entries(db, "appointment", ids)
    _store_exdates(series, new_exdates)
    series.save()
    _generate(series, None, limit, reference=reference)


def update_series(appointment_id: int, data: Mapping[str, Any], scope: str, fields: Iterable[int] | None = None,
                  rule_text: str | None = None, today: dt.date | None = None) -> Appointment:
    """Save an occurrence's changes for "following" occurrences or "all" of its series.

    The occurrence's own values (status, outcome, fields of action) stay with it; template values (title,
    kind, place, network, agenda, …) go to every regular occurrence in scope; a changed start time, date,
    duration or rule reschedules them. Past occurrences never move: for "all", a time change applies from
    the first occurrence that is not in the past (the past part keeps its times as a series of its own).
    """
    if scope not in ("following", "all"):
        return update_occurrence(appointment_id, data, fields)
    today = today or dt.date.today()
    with db_proxy.atomic():
        occurrence = appointments.get_appointment(appointment_id)
        series = series_of(appointment_id)
        if series is None:
            appointments.update_appointment(appointment_id, data, fields)
            if rule_text:
                make_series(appointment_id, rule_text, today)
            return appointments.get_appointment(appointment_id)
        values = records.validate(appointments.APPOINTMENT, data, records.current_values(
            appointments.APPOINTMENT, occurrence))
        start: dt.datetime = values["start"]
        end: dt.datetime = values["end"] or start
        all_day = bool(values.get("all_day"))
        if all_day:
            start = start.replace(hour=0, minute=0, second=0)
        duration = int((end - start).total_seconds() // 60)
        anchor = occurrence.recurrence_id or occurrence.start
        old_rule = rule_of(series)
        if rule_text:
            new_rule = recurrence.parse(_check_rule(rule_text, start))
        else:
            new_rule = recurrence.retarget(old_rule, anchor, start)
        timing_changed = (start != anchor or duration != series.duration_minutes or all_day != series.all_day
                          or new_rule != old_rule)
        template = _template_from(values)
        own = {k: v for k, v in data.items() if k not in ("start", "end", "all_day")}
        appointments.update_appointment(appointment_id, own, fields)
        Appointment.update(series_exception=False).where(Appointment.id == appointment_id).execute()
        base = series.dtstart
        earlier = Appointment.select().where((Appointment.series == series.id)
                                             & (Appointment.recurrence_id < anchor)).exists()
        if scope == "following" and anchor > series.dtstart and earlier:
            series = _split(series, anchor)
            base = anchor
        elif scope == "following" and anchor > series.dtstart:
            scope = "all"  # nothing before this one: "this and following" is the whole series
        elif scope == "all" and timing_changed:
            first_open = (Appointment.select(Appointment.recurrence_id)
                          .where((Appointment.series == series.id)
                                 & (Appointment.recurrence_id >= dt.datetime.combine(today, dt.time())))
                          .order_by(Appointment.recurrence_id).first())
            if first_open is None:
                timing_changed = False  # the whole series lies in the past: nothing moves
            elif Appointment.select().where((Appointment.series == series.id)
                                            & (Appointment.recurrence_id < first_open.recurrence_id)).exists():
                _apply_template(series, template)
                series = _split(series, first_open.recurrence_id)
                base = first_open.recurrence_id
        _apply_template(series, template)
        if timing_changed:
            if not rule_text:  # the part in scope may have its own COUNT after a split
                new_rule = recurrence.retarget(rule_of(series), anchor, start)
            _reschedule(series, new_rule.to_text(), base + (start - anchor), duration, all_day, today)
        audit.record("appointment_series", series.id, "update", {"scope": (None, scope)})
    subscription.appointments_changed()
    found = Appointment.get_or_none(Appointment.id == appointment_id)
    return found if found is not None else occurrence


def delete_occurrence(appointment_id: int) -> None:
    """Delete one occurrence; it is excluded (EXDATE) and does not come back when the series is extended."""
    appointments.delete_appointment(appointment_id)  # the guard keeps held ones, the exclusion is recorded there


def delete_series(series_id: int, from_start: dt.datetime | None = None,
                  today: dt.date | None = None) -> tuple[int, int]:
    """Delete a series (or its occurrences from `from_start` on); returns (deleted, kept).

    Occurrences that hold history – held, with attendance ticked, or past with a list – are kept as single
    appointments (or as exceptions when only the tail is deleted)."""
    today = today or dt.date.today()
    with db_proxy.atomic():
        series = get_series(series_id)
        query = Appointment.select().where(Appointment.series == series_id)
        if from_start is not None:
            query = query.where(Appointment.recurrence_id >= from_start)
        deleted = kept = 0
        for appointment in list(query):
            if _is_kept(appointment, today):
                kept += 1
                if from_start is None:
                    Appointment.update(series=None, recurrence_id=None, series_exception=False) \
                        .where(Appointment.id == appointment.id).execute()
                else:
                    Appointment.update(series_exception=True).where(Appointment.id == appointment.id).execute()
            else:
                records.delete(appointments.APPOINTMENT, appointment.id)
                deleted += 1
        if from_start is None or from_start <= series.dtstart:
            Appointment.update(series=None, recurrence_id=None, series_exception=False) \
                .where(Appointment.series == series_id).execute()
            series.delete_instance()
            audit.record("appointment_series", series_id, "delete", {"deleted": (None, deleted)})
        else:
            series.rrule = rule_of(series).with_end(until=(from_start - dt.timedelta(days=1)).date()).to_text()
            series.save()
            audit.record("appointment_series", series_id, "truncate", {"from": (None, from_start.isoformat())})
    subscription.appointments_changed()
    return deleted, kept


def restore_fields(series_id: int, previous: Mapping[str, Any]) -> None:
    """Put a series row back as an import recorded it before changing it (JSON values: dates as ISO text),
    for the import's undo. A series deleted since is left alone."""
    fields = AppointmentSeries._meta.fields
    values: dict[str, Any] = {}
    for name, value in previous.items():
        kind = fields[name]
        if isinstance(value, str) and isinstance(kind, pw.DateTimeField):
            value = records.parse_datetime(value)
        elif isinstance(value, str) and isinstance(kind, pw.DateField):
            value = dt.date.fromisoformat(value)
        values[name] = value
    if values:
        AppointmentSeries.update(**values).where(AppointmentSeries.id == series_id).execute()
        audit.record("appointment_series", series_id, "undo_import")

