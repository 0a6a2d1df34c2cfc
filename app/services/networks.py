"""Networks (round tables, advisory boards, working groups, projects) and their members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import peewee as pw

from app.models import Appointment, Membership, Network, Organization, Person, db_proxy
from app.models.entities import MEMBERSHIP_ROLES, NETWORK_KINDS
from app.services import records, recurrence
from app.services.errors import ConflictError
from app.services.messages import t, tn


def _check_network(values: dict[str, Any]) -> dict[str, str]:
    if values.get("start_date") and values.get("end_date") and values["end_date"] < values["start_date"]:
        return {"end_date": t("end_before_start")}
    return {}


def _check_membership(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if not values.get("organization") and not values.get("person"):
        errors["organization"] = t("member_needs_one")
    if values.get("since") and values.get("until") and values["until"] < values["since"]:
        errors["until"] = t("until_before_since")
    return errors


NETWORK = records.Spec(
    entity="network",
    model=Network,
    fields={
        "name": "text", "short_name": "text", "kind": "choice", "description": "longtext", "rhythm": "text",
        "start_date": "date", "end_date": "date", "funding_programme": "text", "archived": "bool",
    },
    required=("name",),
    choices={"kind": NETWORK_KINDS},
    check=_check_network,
)

MEMBERSHIP = records.Spec(
    entity="membership",
    model=Membership,
    fields={"network": "ref", "organization": "ref", "person": "ref", "role": "choice", "since": "date",
            "until": "date"},
    required=("network",),
    choices={"role": MEMBERSHIP_ROLES},
    refs={"network": Network, "organization": Organization, "person": Person},
    check=_check_membership,
)


def create_network(data: Mapping[str, Any]) -> Network:
    return records.create(NETWORK, data)


def update_network(network_id: int, data: Mapping[str, Any]) -> Network:
    return records.update(NETWORK, network_id, data)


def archive_network(network_id: int, archived: bool = True) -> Network:
    return records.set_archived(NETWORK, network_id, archived)


def _guard_network(network: Network) -> None:
    meetings = Appointment.select().where(Appointment.network == network.id).count()
    if meetings:
        raise ConflictError(tn("delete_network_meetings", meetings, name=network.name))


def delete_network(network_id: int) -> None:
    records.delete(NETWORK, network_id, _guard_network)


def get_network(network_id: int) -> Network:
    return records.get(NETWORK, network_id)


def add_member(network_id: int, *, organization: int | None = None, person: int | None = None,
               role: str = "member", since: Any = None, until: Any = None) -> Membership:
    """Add a member; adding the same organisation/person twice returns the existing membership."""
    with db_proxy.atomic():
        existing = Membership.get_or_none(
            (Membership.network == network_id)
            & (Membership.organization.is_null() if organization is None else Membership.organization == organization)
            & (Membership.person.is_null() if person is None else Membership.person == person)
        )
        if existing is not None:
            return existing
        return records.create(MEMBERSHIP, {"network": network_id, "organization": organization,
                                           "person": person, "role": role, "since": since, "until": until})


def update_member(membership_id: int, data: Mapping[str, Any]) -> Membership:
    return records.update(MEMBERSHIP, membership_id, data)


def remove_member(membership_id: int) -> None:
    records.delete(MEMBERSHIP, membership_id)


def find_member(membership_id: int) -> Membership | None:
    """One membership, or None when it is gone."""
    found: Membership | None = Membership.get_or_none(Membership.id == membership_id)
    return found


def members(network_id: int) -> list[Membership]:
    return list(Membership.select(Membership, Organization, Person)
                .join(Organization, join_type=pw.JOIN.LEFT_OUTER, on=(Membership.organization == Organization.id))
                .switch(Membership)
                .join(Person, join_type=pw.JOIN.LEFT_OUTER, on=(Membership.person == Person.id))
                .where(Membership.network == network_id)
                .order_by(Organization.name, Person.last_name))


def invitees(network_id: int) -> list[Person]:
    """Persons to invite for a network meeting: personal members and the contact persons of member
    organisations (an organisation without a named contact contributes all its active contacts)."""
    result: dict[int, Person] = {}
    for membership in members(network_id):
        if membership.until is not None:
            continue
        if membership.person_id is not None:
            person = membership.person
            if not person.archived and person.erased_at is None:
                result[person.id] = person
        elif membership.organization_id is not None:
            for person in Person.select().where((Person.organization == membership.organization_id)
                                                & (Person.archived == False)  # noqa: E712
                                                & Person.erased_at.is_null()):
                result[person.id] = person
    return sorted(result.values(), key=lambda p: (p.last_name.casefold(), p.first_name.casefold()))


# --- planning the next meeting (issue 12.2) ---------------------------------------------------------------

def last_meeting(network_id: int, before: dt.datetime | None = None) -> Appointment | None:
    """The network's latest meeting that was not cancelled (up to `before`, else the latest at all)."""
    query = (Appointment.select().where((Appointment.network == network_id) & (Appointment.status != "cancelled"))
             .order_by(Appointment.start.desc()))
    if before is not None:
        found = query.where(Appointment.start <= before).first()
        if found is not None:
            return found  # type: ignore[no-any-return]
    return query.first()  # type: ignore[no-any-return]


def meeting_proposal(network_id: int, now: dt.datetime | None = None) -> dict[str, Any]:
    """Values for planning the network's next meeting: kind committee session, the network's name as title,
    the usual place and time (its last meeting's), the next date after its rhythm, the rhythm as a series
    rule (RRULE text or None) and the persons to invite."""

    network = get_network(network_id)
    now = now or dt.datetime.now().replace(second=0, microsecond=0)
    last = last_meeting(network_id, now)
    at = last.start.time() if last is not None and not last.all_day else dt.time(10, 0)
    length = (last.end - last.start) if last is not None and last.end and last.end > last.start \
        and not last.all_day else dt.timedelta(hours=2)
    start = None
    rule = None
    if last is not None:
        rule = recurrence.propose(network.rhythm, last.start)
        if rule is not None:
            upcoming = recurrence.expand(rule.to_text(), last.start, now, now + dt.timedelta(days=800))
            start = next((s for s in upcoming if s > now), None)
    if start is None:
        day = now.date() + dt.timedelta(days=14)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(day, at)
    if rule is None:
        rule = recurrence.propose(network.rhythm, start)
    else:
        rule = recurrence.retarget(rule, last.start if last is not None else start, start)
    return {"title": network.name, "kind": "committee_session", "network": network.id,
            "location": last.location if last is not None else "", "start": start, "end": start + length,
            "rule": rule.to_text() if rule is not None else None, "invite": [p.id for p in invitees(network_id)]}
