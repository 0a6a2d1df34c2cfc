"""Appointments with their fields of action, and the configurable list of fields of action."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from app.models import Appointment, AppointmentField, AppointmentSeries, Attendance, FieldOfAction, Network, db_proxy
from app.models.entities import APPOINTMENT_KINDS, APPOINTMENT_STATUSES
from app.services import attendance, audit, records, subscription
from app.services.errors import ConflictError, ValidationError
from app.services.holidays import holidays_between
from app.services.messages import t, tn
from app.wording import date_text, datetime_text, time_text


def _check_appointment(values: dict[str, Any]) -> dict[str, str]:
    if values.get("start") and values.get("end") and values["end"] < values["start"]:
        return {"end": t("end_before_start")}
    return {}


APPOINTMENT = records.Spec(
    entity="appointment",
    model=Appointment,
    fields={
        "title": "text", "kind": "choice", "start": "datetime", "end": "datetime", "all_day": "bool",
        "location": "text", "online_link": "text", "status": "choice", "network": "ref", "agenda": "longtext",
        "outcome": "longtext", "expected_participants": "int", "confidential": "bool",
    },
    required=("title", "start"),
    choices={"kind": APPOINTMENT_KINDS, "status": APPOINTMENT_STATUSES},
    refs={"network": Network},
    check=_check_appointment,
)

FIELD_OF_ACTION = records.Spec(
    entity="field_of_action",
    model=FieldOfAction,
    fields={"name": "text", "position": "int", "archived": "bool"},
    required=("name",),
)


def field_ids(appointment_id: int) -> list[int]:
    return [link.field_id for link in
            AppointmentField.select().where(AppointmentField.appointment == appointment_id)]


def check_fields(ids: Iterable[int]) -> list[int]:
    """The sorted field-of-action ids; ValidationError naming the first one that does not exist."""
    wanted = sorted(set(ids))
    known = {f.id for f in FieldOfAction.select(FieldOfAction.id).where(FieldOfAction.id.in_(wanted))}
    missing = [i for i in wanted if i not in known]
    if missing:
        raise ValidationError({"fields": t("missing_ref", value=missing[0])}, "appointment")
    return wanted


def _set_fields(appointment_id: int, ids: Iterable[int]) -> None:
    wanted = check_fields(ids)
    before = field_ids(appointment_id)
    if sorted(before) == wanted:
        return
    AppointmentField.delete().where(AppointmentField.appointment == appointment_id).execute()
    AppointmentField.insert_many([(appointment_id, i) for i in wanted],
                                 fields=[AppointmentField.appointment, AppointmentField.field]).execute()
    audit.record("appointment", appointment_id, "update", {"fields": (sorted(before), wanted)})


def create_appointment(data: Mapping[str, Any], fields: Iterable[int] = (), invite: Iterable[int] = ()) -> Appointment:
    """A new appointment with its fields of action and, optionally, invitations – one transaction."""
    with db_proxy.atomic():
        appointment = records.create(APPOINTMENT, data)
        _set_fields(appointment.id, fields)
        persons = list(dict.fromkeys(invite))
        if persons:
            attendance.invite(appointment.id, persons)
    subscription.appointments_changed()  # keeps the calendar subscription file current (issue 11)
    return appointment


def update_appointment(appointment_id: int, data: Mapping[str, Any],
                       fields: Iterable[int] | None = None) -> Appointment:
    with db_proxy.atomic():
        appointment = records.update(APPOINTMENT, appointment_id, data)
        if fields is not None:
            _set_fields(appointment_id, fields)
    subscription.appointments_changed()
    return appointment


def _guard_appointment(appointment: Appointment) -> None:
    attended = Attendance.select().where((Attendance.appointment == appointment.id)
                                         & (Attendance.status == "attended")).count()
    if attended:
        raise ConflictError(tn("delete_held_appointment", attended, name=appointment.title))


def _guard_and_exclude(appointment: Appointment) -> None:
    """The guard, then: a deleted series occurrence is excluded (EXDATE), so regenerating never brings it back."""
    _guard_appointment(appointment)
    if appointment.series_id and appointment.recurrence_id is not None:
        series = AppointmentSeries.get_or_none(AppointmentSeries.id == appointment.series_id)
        if series is not None:
            excluded = set(json.loads(series.exdates or "[]")) | {appointment.recurrence_id.isoformat()}
            series.exdates = json.dumps(sorted(excluded))
            series.save()


def delete_appointment(appointment_id: int) -> None:
    """Delete a planned appointment (with its invitations); one with recorded attendance is refused."""
    records.delete(APPOINTMENT, appointment_id, _guard_and_exclude)
    subscription.appointments_changed()


def exists(appointment_id: int) -> bool:
    return bool(Appointment.select().where(Appointment.id == appointment_id).exists())


def get_appointment(appointment_id: int) -> Appointment:
    return records.get(APPOINTMENT, appointment_id)


# --- planning warnings (issue 12.3): warn, never block ------------------------------------------------------

def conflicts(start: dt.datetime, end: dt.datetime | None, exclude: int | None = None) -> list[Appointment]:
    """Appointments (not cancelled) whose time overlaps [start, end); an all-day one overlaps its days."""
    end = end if end is not None and end > start else start + dt.timedelta(minutes=1)
    day_start = dt.datetime.combine(start.date(), dt.time())
    query = (Appointment.select()
             .where((Appointment.start < end) & (Appointment.status != "cancelled")
                    & (Appointment.start >= day_start - dt.timedelta(days=31))
                    & ((Appointment.end > start) | (Appointment.end.is_null() & (Appointment.start >= start))))
             .order_by(Appointment.start))
    if exclude is not None:
        query = query.where(Appointment.id != exclude)
    return list(query)


def _when(appointment: Appointment) -> str:
    if appointment.all_day:
        return date_text(appointment.start)
    same_day = appointment.end and appointment.end.date() == appointment.start.date()
    return datetime_text(appointment.start) + (f"–{time_text(appointment.end)}" if same_day else "")


def planning_warnings(start: dt.datetime | None, end: dt.datetime | None, exclude: int | None = None,
                      limit: int = 3) -> list[str]:
    """Messages for the editor: overlapping appointments and public holidays of the office's Bundesland."""
    if start is None:
        return []

    messages = []
    clashes = conflicts(start, end, exclude)
    for other in clashes[:limit]:
        messages.append(t("warn_conflict", title=other.title, when=_when(other)))
    if len(clashes) > limit:
        messages.append(t("warn_conflicts_more", count=len(clashes) - limit))
    last = end.date() if end is not None and end > start else start.date()
    for day, name in holidays_between(start.date(), last).items():
        messages.append(t("warn_holiday", day=date_text(day), name=name))
    return messages


def fields_of_action(include_archived: bool = False) -> list[FieldOfAction]:
    query = FieldOfAction.select().order_by(FieldOfAction.position, FieldOfAction.name)
    if not include_archived:
        query = query.where(FieldOfAction.archived == False)  # noqa: E712
    return list(query)


def create_field_of_action(name: str) -> FieldOfAction:
    with db_proxy.atomic():
        if FieldOfAction.select().where(FieldOfAction.name == name.strip()).exists():
            raise ValidationError({"name": t("duplicate_name", value=name.strip())}, "field_of_action")
        position = (FieldOfAction.select().count() or 0) + 1
        return records.create(FIELD_OF_ACTION, {"name": name, "position": position})


def rename_field_of_action(field_id: int, name: str) -> FieldOfAction:
    return records.update(FIELD_OF_ACTION, field_id, {"name": name})


def archive_field_of_action(field_id: int, archived: bool = True) -> FieldOfAction:
    return records.set_archived(FIELD_OF_ACTION, field_id, archived)


def _guard_field(field: FieldOfAction) -> None:
    used = AppointmentField.select().where(AppointmentField.field == field.id).count()
    if used:
        raise ConflictError(tn("field_in_use", used))


def delete_field_of_action(field_id: int) -> None:
    records.delete(FIELD_OF_ACTION, field_id, _guard_field)
