from __future__ import annotations

import datetime as dt
import json

import pytest

from app.models import Appointment, Attendance, AuditEntry, Organization, Person
from app.services import appointments, attendance, contacts, networks
from app.services.errors import ConflictError, ValidationError


def test_person_is_created_with_an_audit_entry_naming_user_and_fields(db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "Caritasverband Lindenau e. V.", "sector": "welfare_association"})
    person = contacts.create_person({"first_name": "Ayşe", "last_name": "Yılmaz", "organization": org.id,
                                     "email": "a.yilmaz@example.org"})
    entry = AuditEntry.get((AuditEntry.entity == "person") & (AuditEntry.entity_id == person.id))
    assert entry.action == "create" and entry.os_user
    assert json.loads(entry.changes)["last_name"] == [None, "Yılmaz"]


def test_update_records_old_and_new_value_of_changed_fields_only(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"first_name": "Jan", "last_name": "Weber", "function": "Beratung"})
    contacts.update_person(person.id, {"function": "Projektleitung", "last_name": "Weber"})
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert json.loads(entry.changes) == {"function": ["Beratung", "Projektleitung"]}
    assert Person.get_by_id(person.id).function == "Projektleitung"


def test_validation_names_every_bad_field_and_saves_nothing(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        contacts.create_person({"first_name": "Anna", "last_name": "", "email": "anna@", "consent_date": "31.02.2025"})
    assert set(info.value.errors) == {"last_name", "email", "consent_date"}
    assert "E-Mail" in info.value.errors["email"]
    assert Person.select().count() == 0 and AuditEntry.select().count() == 0


def test_appointment_end_before_start_is_rejected(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        appointments.create_appointment({"title": "Runder Tisch", "start": "2025-03-01 10:00",
                                         "end": "2025-03-01 09:00"})
    assert "end" in info.value.errors
    assert Appointment.select().count() == 0


def test_a_failing_part_rolls_back_the_whole_action(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError):
        appointments.create_appointment({"title": "Fachtag", "start": dt.datetime(2025, 5, 5, 9)}, fields=[9999])
    assert Appointment.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_unknown_organization_reference_is_a_field_error(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        contacts.create_person({"last_name": "Schulz", "organization": 42})
    assert "organization" in info.value.errors


def test_person_with_attendance_history_cannot_be_deleted_but_can_be_archived(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"first_name": "Piotr", "last_name": "Obracht-Prondzyński"})
    meeting = appointments.create_appointment({"title": "Netzwerktreffen", "start": "2025-02-02 10:00",
                                               "status": "held"})
    attendance.invite(meeting.id, [person.id], status="attended")
    with pytest.raises(ConflictError, match="archivieren"):
        contacts.delete_person(person.id)
    assert Attendance.select().count() == 1
    contacts.archive_person(person.id)
    assert Person.get_by_id(person.id).archived


def test_person_without_history_can_be_deleted(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Tippfehler"})
    contacts.delete_person(person.id)
    assert Person.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "delete").count() == 1


def test_organization_with_contacts_cannot_be_deleted(db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "Jobcenter"})
    contacts.create_person({"last_name": "Weber", "organization": org.id})
    with pytest.raises(ConflictError, match="Kontakt"):
        contacts.delete_organization(org.id)
    assert Organization.select().count() == 1


def test_network_members_and_invitees(db) -> None:  # noqa: ANN001
    network = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table"})
    school = contacts.create_organization({"name": "Grundschule Sonnenweg", "sector": "school"})
    head = contacts.create_person({"first_name": "Monika", "last_name": "Braun", "organization": school.id})
    contacts.create_person({"first_name": "Lena", "last_name": "Koch", "organization": school.id})
    police = contacts.create_organization({"name": "Polizeirevier", "sector": "police"})
    officer = contacts.create_person({"first_name": "Uwe", "last_name": "Richter", "organization": police.id})
    contacts.create_person({"first_name": "Jens", "last_name": "Wolf", "organization": police.id})
    networks.add_member(network.id, organization=school.id)  # no named contact: all its people
    networks.add_member(network.id, organization=police.id, person=officer.id, role="host")
    networks.add_member(network.id, organization=police.id, person=officer.id, role="host")  # twice: no-op
    names = [p.last_name for p in networks.invitees(network.id)]
    assert names == ["Braun", "Koch", "Richter"]
    assert len(networks.members(network.id)) == 2
    assert head.id in [p.id for p in networks.invitees(network.id)]


def test_network_end_before_start(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        networks.create_network({"name": "EU-Projekt", "kind": "project", "start_date": "2025-05-01",
                                 "end_date": "01.01.2025"})
    assert list(info.value.errors) == ["end_date"]


def test_fields_of_action_are_seeded_and_assigned(db) -> None:  # noqa: ANN001
    fields = appointments.fields_of_action()
    assert "Sprachförderung" in [f.name for f in fields] and len(fields) == 13
    meeting = appointments.create_appointment({"title": "Fachtag", "start": "2025-05-05 09:00"},
                                              fields=[fields[0].id, fields[2].id])
    assert sorted(appointments.field_ids(meeting.id)) == sorted([fields[0].id, fields[2].id])
    with pytest.raises(ConflictError):
        appointments.delete_field_of_action(fields[0].id)


def test_person_sort_key_follows_the_name_on_every_write_path(db) -> None:  # noqa: ANN001
    from app.services import bulk

    person = contacts.create_person({"first_name": "Emre", "last_name": "Özdemir"})
    assert Person.get_by_id(person.id).sort_key == "ozdemir\x1femre"
    contacts.update_person(person.id, {"last_name": "Zimmermann"})
    assert Person.get_by_id(person.id).sort_key == "zimmermann\x1femre"
    [bulk_id] = bulk.insert(contacts.PERSON, [{"first_name": "Ayşe", "last_name": "Öztürk"}])
    assert Person.get_by_id(bulk_id).sort_key == "ozturk\x1fayse"
    ordered = [p.last_name for p in Person.select().order_by(Person.sort_key)]
    assert ordered == ["Öztürk", "Zimmermann"]
