"""ICS export of the appointments: the `bruecke export appointments --out FILE.ics` file, the lists' export
and the calendar subscription file (app/services/subscription.py).

Each appointment has a stable UID (`<uuid>@bruecke`, or the UID it was imported with); a series is one VEVENT
with RRULE and EXDATE plus a RECURRENCE-ID VEVENT for every exception (moved, cancelled, renamed);
confidential appointments go out as "Termin (vertraulich)" without location, agenda or link. X-BRUECKE-*
properties carry kind, status, network and a series' horizon, so Brücke reads its own file back unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateutil import rrule as du

from app.io import ics
from app.io.files import write_atomically
from app.models import Appointment, AppointmentSeries, FollowUp, Network, db_proxy
from app.services import records, recurrence
from app.services.networks import NETWORK
from app.services.report_labels import choice as choice_label

REDACTED_TITLE = "Termin (vertraulich)"


def _uid(uuid: str, external: str) -> str:
    return external or f"{uuid}{ics.UID_SUFFIX}"


def _changed(value: dt.datetime | None) -> dt.datetime | None:
    """updated_at is the machine's local clock (entities.now), not office time: LAST-MODIFIED in UTC from it."""
    return None if value is None else value.astimezone(dt.UTC)


def _out(appointment: Appointment, uid: str, network_uuid: dict[int, str],
         recurrence_id: dt.datetime | None = None) -> ics.OutEvent:
    status = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}.get(appointment.status, "CONFIRMED")
    extra = {"kind": appointment.kind, "status": appointment.status}
    if appointment.network_id in network_uuid:
        extra["network"] = network_uuid[appointment.network_id]
    if appointment.confidential:
        extra.update(confidential="TRUE", redacted="TRUE")
        return ics.OutEvent(uid, REDACTED_TITLE, appointment.start, appointment.end, appointment.all_day,
                            status=status, classification="CONFIDENTIAL", recurrence_id=recurrence_id,
                            sequence=max(appointment.version - 1, 0), modified=_changed(appointment.updated_at),
                            extra=extra)
    return ics.OutEvent(uid, appointment.title, appointment.start, appointment.end, appointment.all_day,
                        description=appointment.agenda, location=appointment.location,
                        online_link=appointment.online_link, status=status,
                        categories=[choice_label("appointment_kind", appointment.kind)],
                        recurrence_id=recurrence_id, sequence=max(appointment.version - 1, 0),
                        modified=_changed(appointment.updated_at), extra=extra)


def _bounded(rule_text: str, dtstart: dt.datetime, last_day: dt.date | None) -> str:
    """A range export ends every series at the range's last day; otherwise calendar programs would show its
    occurrences for ever (an RRULE without UNTIL/COUNT), or past the range (one ending later)."""
    if last_day is None:
        return rule_text
    body = rule_text.removeprefix("RRULE:")
    try:
        later = du.rrulestr(body, dtstart=dtstart.replace(microsecond=0), ignoretz=True)
        assert isinstance(later, du.rrule)
        beyond = later.after(dt.datetime.combine(last_day, dt.time(23, 59, 59)))
    except (ValueError, TypeError):
        return rule_text
    if beyond is None:
        return rule_text
    parts = [p for p in body.split(";") if p and p.partition("=")[0].upper() not in ("UNTIL", "COUNT")]
    return ";".join([*parts, f"UNTIL={last_day:%Y%m%d}T235959"])


def _starting(rule_text: str, dtstart: dt.datetime, first_day: dt.date | None) -> tuple[str, dt.datetime]:
    """A range export starts every series at its first occurrence in the range (a COUNT becomes the UNTIL of
    its last occurrence, as the count would start again there)."""
    if first_day is None or dtstart.date() >= first_day:
        return rule_text, dtstart
    body = rule_text.removeprefix("RRULE:")
    counted = any(p.partition("=")[0].upper() == "COUNT" for p in body.split(";"))
    try:
        rule = du.rrulestr(body, dtstart=dtstart.replace(microsecond=0), ignoretz=True)
        assert isinstance(rule, du.rrule)
        first = rule.after(dt.datetime.combine(first_day, dt.time()), inc=True)
        last = list(rule)[-1] if counted and first is not None else None
    except (ValueError, TypeError):
        return rule_text, dtstart
    if first is None:
        return rule_text, dtstart
    parts = [p for p in body.split(";") if p and p.partition("=")[0].upper() != "COUNT"]
    if last is not None:
        parts.append(f"UNTIL={last:%Y%m%d}T235959")
    return ";".join(parts), first


def _series_events(item: AppointmentSeries, members: list[Appointment], network_uuid: dict[int, str],
                   first_day: dt.date | None = None, last_day: dt.date | None = None) -> list[ics.OutEvent]:
    uid = _uid(item.uuid, item.external_uid)
    rule_text, dtstart = _starting(item.rrule, item.dtstart, first_day)
    template = Appointment(title=item.title, kind=item.kind, start=dtstart,
                           end=dtstart + dt.timedelta(minutes=item.duration_minutes), all_day=item.all_day,
                           location=item.location, online_link=item.online_link, agenda=item.agenda,
                           confidential=item.confidential, network=item.network_id, status="planned",
                           version=item.version, updated_at=item.updated_at)
    main = _out(template, uid, network_uuid)
    main.extra.pop("status", None)
    if item.generated_until is not None:
        main.extra["generated-until"] = item.generated_until.isoformat()
    exdates = {dt.datetime.fromisoformat(v) for v in json.loads(item.exdates or "[]")}
    present = {a.recurrence_id for a in Appointment.select(Appointment.recurrence_id)
               .where(Appointment.series == item.id)}
    if item.generated_until is not None:  # occurrences deleted without an EXDATE are gone too
        try:
            rule_dates = recurrence.expand(item.rrule, item.dtstart, item.dtstart,
                                           dt.datetime.combine(item.generated_until, dt.time(23, 59)))
        except ValueError:
            rule_dates = []
        exdates |= {d for d in rule_dates if d not in present}
    main.rrule = _bounded(rule_text, dtstart, last_day)
    if main.rrule != item.rrule or dtstart != item.dtstart:  # read back by Brücke: the series keeps its rule
        main.extra["range"] = f"{first_day or ''}/{last_day or ''}"
    main.exdates = sorted(d for d in exdates if dtstart <= d and (last_day is None or d.date() <= last_day))
    events = [main]
    for occurrence in members:
        if occurrence.recurrence_id is None or (last_day is not None and occurrence.recurrence_id.date() > last_day) \
                or occurrence.recurrence_id < dtstart:
            continue
        differs = occurrence.series_exception or occurrence.status in ("cancelled", "postponed") or \
            occurrence.title != item.title
        if differs:
            events.append(_out(occurrence, uid, network_uuid, recurrence_id=occurrence.recurrence_id))
    return events


def selected_appointments(start: dt.date | None = None, end: dt.date | None = None,
                          network_id: int | None = None, ids: list[int] | None = None) -> list[Appointment]:
    query = Appointment.select().order_by(Appointment.start, Appointment.id)
    if start is not None:
        query = query.where(Appointment.start >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        query = query.where(Appointment.start < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
    if network_id is not None:
        query = query.where(Appointment.network == network_id)
    if ids is None:
        return list(query)
    chosen: list[Appointment] = []
    wanted = sorted(set(ids))
    for first in range(0, len(wanted), 5000):  # SQLite caps the number of bound values per statement
        chosen.extend(query.where(Appointment.id.in_(wanted[first:first + 5000])))
    return sorted(chosen, key=lambda a: (a.start, a.id))


def calendar_data(chosen: list[Appointment], *, todos: bool = False, name: str = "Brücke",
                  first_day: dt.date | None = None, last_day: dt.date | None = None) -> tuple[bytes, int]:
    """The VCALENDAR of the chosen appointments; a range export (first_day, last_day) shows every series only
    within the range."""
    network_uuid = {n.id: n.uuid for n in Network.select(Network.id, Network.uuid)}
    events: list[ics.OutEvent] = []
    by_series: dict[int, list[Appointment]] = {}
    for appointment in chosen:
        if appointment.series_id is not None:
            by_series.setdefault(appointment.series_id, []).append(appointment)
        else:
            # an occurrence of a foreign series kept as a single appointment shares the series' UID: its
            # RECURRENCE-ID keeps the UIDs apart (RFC 5545 allows an instance without its master)
            instance = appointment.recurrence_id if appointment.external_uid else None
            events.append(_out(appointment, _uid(appointment.uuid, appointment.external_uid), network_uuid,
                               recurrence_id=instance))
    for item in AppointmentSeries.select().where(AppointmentSeries.id.in_(list(by_series))):
        members = list(Appointment.select().where(Appointment.series == item.id))
        events.extend(_series_events(item, members, network_uuid, first_day, last_day))
    out_todos = []
    if todos:
        for follow_up in FollowUp.select().where(FollowUp.done == False).order_by(FollowUp.due_date):  # noqa: E712
            text = "\n".join(p for p in (follow_up.notes, f"Verantwortlich: {follow_up.responsible}"
                                         if follow_up.responsible else "") if p)
            out_todos.append(ics.OutTodo(f"{follow_up.uuid}{ics.UID_SUFFIX}", follow_up.title, follow_up.due_date,
                                         text, _changed(follow_up.updated_at)))
    return ics.calendar_bytes(events, out_todos, name=name), len(chosen)


def export(path: Path, *, start: dt.date | None = None, end: dt.date | None = None,
           network_id: int | None = None, ids: list[int] | None = None, todos: bool = False) -> tuple[Path, int]:
    if network_id is not None:

        records.get(NETWORK, network_id)  # a clear "Gremium Nr. 9 gibt es nicht"
    with db_proxy.atomic():  # one consistent read
        data, count = calendar_data(selected_appointments(start, end, network_id, ids), todos=todos,
                                    first_day=start, last_day=end)
    write_atomically(path, lambda temp: temp.write_bytes(data))
    return path, count


def open_follow_ups() -> int:
    """How many open follow-ups an export with `todos=True` would carry as VTODO."""
    return int(FollowUp.select().where(FollowUp.done == False).count())  # noqa: E712
