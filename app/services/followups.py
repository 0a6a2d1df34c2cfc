"""Follow-ups (Wiedervorlagen): something to do by a date, optionally tied to a person, organisation,
network or appointment, with who is responsible (text). Plain data, no Qt; every write is one transaction.

Buckets: "overdue" (open, due before today), "today" (open, due today), "week" (open, due after today up to
Sunday of this week), "due" (open, due today or earlier), "open" (every open one), "done".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.models import Appointment, FollowUp, Network, Organization, Person, db_proxy
from app.models.entities import now
from app.services import records
from app.services.appointments import get_appointment
from app.services.messages import language, t

BUCKETS = ("overdue", "today", "week", "due", "open", "done", "all")


def _check(values: dict[str, Any]) -> dict[str, str]:
    if not values.get("due_date"):
        return {"due_date": t("followup_needs_due")}
    return {}


FOLLOW_UP = records.Spec(
    entity="follow_up",
    model=FollowUp,
    fields={"title": "text", "due_date": "date", "done": "bool", "responsible": "text", "notes": "longtext",
            "person": "ref", "organization": "ref", "network": "ref", "appointment": "ref"},
    required=("title", "due_date"),
    refs={"person": Person, "organization": Organization, "network": Network, "appointment": Appointment},
    check=_check,
)


@dataclass(frozen=True)
class Row:
    """One follow-up as lists, the dashboard and the CLI show it."""

    id: int
    title: str
    due_date: dt.date | None
    done: bool
    done_at: dt.datetime | None
    responsible: str
    notes: str
    about: str  # "Kontakt: Weber, Anna" / "Termin: Beirat (12.03.2026)" …
    about_kind: str  # person, organization, network, appointment or ""
    about_id: int | None

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


def create_follow_up(data: Mapping[str, Any]) -> FollowUp:
    with db_proxy.atomic():
        follow_up: FollowUp = records.create(FOLLOW_UP, data)
        if follow_up.done:
            FollowUp.update(done_at=now()).where(FollowUp.id == follow_up.id).execute()
    return get_follow_up(follow_up.id)


def update_follow_up(follow_up_id: int, data: Mapping[str, Any]) -> FollowUp:
    with db_proxy.atomic():
        before = get_follow_up(follow_up_id)
        follow_up: FollowUp = records.update(FOLLOW_UP, follow_up_id, data)
        if follow_up.done and not before.done:
            FollowUp.update(done_at=now()).where(FollowUp.id == follow_up_id).execute()
        elif not follow_up.done and before.done:
            FollowUp.update(done_at=None).where(FollowUp.id == follow_up_id).execute()
    return get_follow_up(follow_up_id)


def complete(follow_up_id: int, done: bool = True) -> FollowUp:
    return update_follow_up(follow_up_id, {"done": done})


def delete_follow_up(follow_up_id: int) -> None:
    records.delete(FOLLOW_UP, follow_up_id)


def get_follow_up(follow_up_id: int) -> FollowUp:
    found: FollowUp = records.get(FOLLOW_UP, follow_up_id)
    return found


def values_of(follow_up_id: int) -> dict[str, Any]:
    return records.current_values(FOLLOW_UP, get_follow_up(follow_up_id))


def suggestion_for_appointment(appointment_id: int, days: int = 14) -> dict[str, Any]:
    """Pre-filled values for a follow-up from an appointment's outcome."""

    appointment = get_appointment(appointment_id)
    return {"title": t("followup_from_appointment", title=appointment.title),
            "due_date": (appointment.start.date() if appointment.start.date() > dt.date.today()
                         else dt.date.today()) + dt.timedelta(days=days),
            "notes": appointment.outcome, "appointment": appointment.id, "network": appointment.network_id}


def _week_end(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=6 - today.weekday())


def _bucket(query: pw.SelectQuery, bucket: str, today: dt.date) -> pw.SelectQuery:
    open_ = FollowUp.done == False  # noqa: E712
    if bucket == "overdue":
        return query.where(open_ & (FollowUp.due_date < today))
    if bucket == "today":
        return query.where(open_ & (FollowUp.due_date == today))
    if bucket == "week":
        return query.where(open_ & (FollowUp.due_date > today) & (FollowUp.due_date <= _week_end(today)))
    if bucket == "due":
        return query.where(open_ & (FollowUp.due_date <= today))
    if bucket == "open":
        return query.where(open_)
    if bucket == "done":
        return query.where(FollowUp.done == True)  # noqa: E712
    return query


def _about(follow_up: FollowUp) -> tuple[str, str, int | None]:
    en = language() == "en"
    if follow_up.person_id:
        person = follow_up.person
        return (("Contact: " if en else "Kontakt: ") + (person.sort_name or "?"), "person", person.id)
    if follow_up.appointment_id:
        appointment = follow_up.appointment
        return ((("Appointment: " if en else "Termin: ") + f"{appointment.title} ({appointment.start:%d.%m.%Y})"),
                "appointment", appointment.id)
    if follow_up.network_id:
        return (("Network: " if en else "Gremium: ") + follow_up.network.name, "network", follow_up.network_id)
    if follow_up.organization_id:
        return ("Organisation: " + follow_up.organization.name, "organization", follow_up.organization_id)
    return "", "", None


def link_text(person: int | None = None, organization: int | None = None, network: int | None = None,
              appointment: int | None = None) -> str:
    """What a follow-up about to be created belongs to, in words ("Kontakt: Weber, Anna")."""
    draft = FollowUp(person=person, organization=organization, network=network, appointment=appointment)
    try:
        return _about(draft)[0]
    except pw.DoesNotExist:
        return ""


def _row(follow_up: FollowUp) -> Row:
    about, kind, about_id = _about(follow_up)
    return Row(follow_up.id, follow_up.title, follow_up.due_date, bool(follow_up.done), follow_up.done_at,
               follow_up.responsible, follow_up.notes, about, kind, about_id)


def follow_ups(bucket: str = "open", today: dt.date | None = None, *, person: int | None = None,
               organization: int | None = None, network: int | None = None, appointment: int | None = None,
               limit: int | None = None) -> list[Row]:
    """Follow-ups of one bucket (see the module text), oldest due first (done ones: latest done first)."""
    if bucket not in BUCKETS:
        raise ValueError(bucket)
    today = today or dt.date.today()
    query = _bucket(FollowUp.select(), bucket, today)
    for name, value in (("person", person), ("organization", organization), ("network", network),
                        ("appointment", appointment)):
        if value is not None:
            query = query.where(getattr(FollowUp, name) == value)
    if bucket == "done":
        query = query.order_by(FollowUp.done_at.desc(), FollowUp.id.desc())
    else:
        query = query.order_by(FollowUp.done, FollowUp.due_date, FollowUp.id)
    if limit is not None:
        query = query.limit(limit)
    return [_row(f) for f in query]


def counts(today: dt.date | None = None) -> dict[str, int]:
    today = today or dt.date.today()
    return {bucket: _bucket(FollowUp.select(), bucket, today).count()
            for bucket in ("overdue", "today", "week", "open", "done")}


def for_person(person_id: int) -> list[dict[str, Any]]:
    """Every follow-up tied to a person (Art. 15 information)."""
    return [{"title": f.title, "due_date": f.due_date, "done": bool(f.done), "done_at": f.done_at,
             "responsible": f.responsible, "notes": f.notes}
            for f in FollowUp.select().where(FollowUp.person == person_id).order_by(FollowUp.due_date)]


def erase_for_person(person_id: int) -> int:
    """Delete a person's follow-ups (Art. 17 erasure; in the caller's transaction)."""
    return int(FollowUp.delete().where(FollowUp.person == person_id).execute())
