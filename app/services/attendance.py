"""Attendance of an appointment: invite, register, tick who came, walk-ins; snapshots keep history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from app.models import Appointment, Attendance, Organization, Person, db_proxy
from app.models.entities import ATTENDANCE_ROLES, ATTENDANCE_STATUSES, now
from app.services import audit, contacts, networks, records
from app.services.errors import ValidationError
from app.services.messages import t


def snapshot_of(person: Person, org: Organization | None = None) -> dict[str, str]:
    """Name, organisation and function as they are today – frozen into the attendance record.

    `org` may be passed in when the caller has it already (bulk paths avoid one query per person).
    """
    if org is None and person.organization_id:
        org = person.organization
    return {
        "snapshot_name": person.full_name,
        "snapshot_sort_name": person.sort_name,
        "snapshot_organization": org.name if org else "",
        "snapshot_function": person.function,
        "snapshot_city": person.city or (org.city if org else ""),
        "snapshot_country": person.country or (org.country if org else ""),
        "snapshot_email": person.email,
    }


def invite(appointment_id: int, person_ids: Iterable[int], status: str = "invited",
           role: str = "participant") -> list[Attendance]:
    """Add persons to the list; persons already on it are left as they are (no duplicates)."""
    if status not in ATTENDANCE_STATUSES:
        raise ValidationError({"status": t("choice", value=status)}, "attendance")
    if role not in ATTENDANCE_ROLES:
        raise ValidationError({"role": t("choice", value=role)}, "attendance")
    added = []
    with db_proxy.atomic():
        records.require(Appointment, "appointment", appointment_id)
        present = {a.person_id for a in Attendance.select(Attendance.person)
                   .where(Attendance.appointment == appointment_id)}
        for person_id in dict.fromkeys(person_ids):
            if person_id in present:
                continue
            person = contacts.get_person(person_id)
            row = Attendance.create(appointment=appointment_id, person=person_id, status=status, role=role,
                                    checked_in_at=now() if status == "attended" else None,
                                    **snapshot_of(person))
            audit.record("attendance", row.id, "create",
                         {"appointment": (None, appointment_id), "person": (None, person_id),
                          "status": (None, status)})
            added.append(row)
    return added


def invite_network(appointment_id: int, network_id: int) -> list[Attendance]:
    return invite(appointment_id, [p.id for p in networks.invitees(network_id)])


def add_walk_in(appointment_id: int, person_data: Mapping[str, Any], role: str = "participant") -> Attendance:
    """Quick-create a person (name, organisation) and record them as attended – one transaction."""
    with db_proxy.atomic():
        person = contacts.create_person(person_data)
        return invite(appointment_id, [person.id], status="attended", role=role)[0]


def set_status(attendance_id: int, status: str) -> Attendance:
    return _change(attendance_id, status=status)


def set_role(attendance_id: int, role: str) -> Attendance:
    return _change(attendance_id, role=role)


def _change(attendance_id: int, **values: str) -> Attendance:
    with db_proxy.atomic():
        row = Attendance.get_or_none(Attendance.id == attendance_id)
        if row is None:
            raise ValidationError({"attendance": t("missing_ref", value=attendance_id)}, "attendance")
        changes = {}
        for name, value in values.items():
            allowed = ATTENDANCE_STATUSES if name == "status" else ATTENDANCE_ROLES
            if value not in allowed:
                raise ValidationError({name: t("choice", value=value)}, "attendance")
            if getattr(row, name) != value:
                changes[name] = (getattr(row, name), value)
                setattr(row, name, value)
        if "status" in changes:
            row.checked_in_at = now() if row.status == "attended" else None
        if changes:
            row.save()
            audit.record("attendance", row.id, "update", changes)
    return row


def toggle_attended(attendance_id: int) -> Attendance:
    row = Attendance.get_by_id(attendance_id)
    return set_status(attendance_id, "invited" if row.status == "attended" else "attended")


def remove(attendance_id: int) -> None:
    with db_proxy.atomic():
        row = Attendance.get_or_none(Attendance.id == attendance_id)
        if row is not None:
            row.delete_instance()
            audit.record("attendance", attendance_id, "delete",
                         {"appointment": (row.appointment_id, None), "person": (row.person_id, None)})


def attendance_list(appointment_id: int) -> list[Attendance]:
    return list(Attendance.select().where(Attendance.appointment == appointment_id)
                .order_by(Attendance.snapshot_sort_name.collate("NOCASE"), Attendance.id))


def counts(appointment_id: int) -> dict[str, int]:
    counter = Counter(a.status for a in Attendance.select(Attendance.status)
                      .where(Attendance.appointment == appointment_id))
    return {status: counter.get(status, 0) for status in ATTENDANCE_STATUSES}
