"""Organisations (network partners) and persons (contacts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models import Attendance, Membership, Organization, Person
from app.models.entities import SECTORS
from app.services import records
from app.services.errors import ConflictError
from app.services.messages import t, tn


def _check_org(values: dict[str, Any]) -> dict[str, str]:
    return {}


def _check_person(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if values.get("consent_withdrawn") and values.get("consent_date") and \
            values["consent_withdrawn"] < values["consent_date"]:
        errors["consent_withdrawn"] = t("withdrawn_before_consent")
    return errors


ORGANIZATION = records.Spec(
    entity="organization",
    model=Organization,
    fields={
        "name": "text", "short_name": "text", "sector": "choice", "street": "text", "postal_code": "text",
        "city": "text", "country": "text", "phone": "text", "email": "email", "website": "url",
        "notes": "longtext", "is_partner": "bool", "partner_since": "date", "archived": "bool",
    },
    required=("name",),
    choices={"sector": SECTORS},
    check=_check_org,
)

PERSON = records.Spec(
    entity="person",
    model=Person,
    fields={
        "salutation": "text", "title": "text", "first_name": "text", "last_name": "text", "function": "text",
        "organization": "ref", "email": "email", "phone": "text", "mobile": "text", "street": "text",
        "postal_code": "text", "city": "text", "country": "text", "languages": "text", "notes": "longtext",
        "legal_basis": "text", "consent_date": "date", "consent_purpose": "text", "consent_how": "text",
        "consent_withdrawn": "date", "archived": "bool",
    },
    required=("last_name",),
    refs={"organization": Organization},
    check=_check_person,
)


def create_organization(data: Mapping[str, Any]) -> Organization:
    return records.create(ORGANIZATION, data)


def update_organization(org_id: int, data: Mapping[str, Any]) -> Organization:
    return records.update(ORGANIZATION, org_id, data)


def archive_organization(org_id: int, archived: bool = True) -> Organization:
    return records.set_archived(ORGANIZATION, org_id, archived)


def _guard_organization(org: Organization) -> None:
    people = Person.select().where(Person.organization == org.id).count()
    if people:
        raise ConflictError(tn("delete_org_people", people, name=org.name))
    memberships = Membership.select().where(Membership.organization == org.id).count()
    if memberships:
        raise ConflictError(tn("delete_org_members", memberships, name=org.name))


def delete_organization(org_id: int) -> None:
    records.delete(ORGANIZATION, org_id, _guard_organization)


def get_organization(org_id: int) -> Organization:
    return records.get(ORGANIZATION, org_id)


def create_person(data: Mapping[str, Any]) -> Person:
    return records.create(PERSON, data)


def update_person(person_id: int, data: Mapping[str, Any]) -> Person:
    return records.update(PERSON, person_id, data)


def archive_person(person_id: int, archived: bool = True) -> Person:
    return records.set_archived(PERSON, person_id, archived)


def _guard_person(person: Person) -> None:
    count = Attendance.select().where(Attendance.person == person.id).count()
    if count:
        raise ConflictError(tn("delete_person_history", count, name=person.full_name))
    Membership.delete().where(Membership.person == person.id).execute()


def delete_person(person_id: int) -> None:
    """Delete a contact without history; one with attendance history must be archived or erased."""
    records.delete(PERSON, person_id, _guard_person)


def get_person(person_id: int) -> Person:
    return records.get(PERSON, person_id)


def organization_delete_blocker(org_id: int) -> str | None:
    """Why the organisation cannot be deleted (asked before "wirklich löschen?"), or None when it can."""
    try:
        _guard_organization(get_organization(org_id))
    except ConflictError as exc:
        return str(exc)
    return None


def person_delete_blocker(person_id: int) -> str | None:
    """Why the contact cannot be deleted (attendance history), or None; deletes nothing."""
    person = get_person(person_id)
    count = Attendance.select().where(Attendance.person == person.id).count()
    return tn("delete_person_history", count, name=person.full_name) if count else None
