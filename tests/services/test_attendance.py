from __future__ import annotations

from app.models import Attendance
from app.services import appointments, attendance, contacts, networks


def _meeting() -> int:
    return appointments.create_appointment({"title": "Runder Tisch", "start": "2025-03-03 10:00"}).id


def test_snapshot_survives_a_later_change_of_organization(db) -> None:  # noqa: ANN001
    old = contacts.create_organization({"name": "Caritas Lindenau"})
    new = contacts.create_organization({"name": "Diakonie Lindenau"})
    person = contacts.create_person({"first_name": "Олена", "last_name": "Коваленко", "organization": old.id,
                                     "function": "Beratung"})
    meeting = _meeting()
    attendance.invite(meeting, [person.id])
    contacts.update_person(person.id, {"organization": new.id, "function": "Leitung"})
    row = Attendance.get()
    assert (row.snapshot_name, row.snapshot_organization, row.snapshot_function) == \
        ("Олена Коваленко", "Caritas Lindenau", "Beratung")


def test_inviting_a_network_twice_does_not_duplicate_anyone(db) -> None:  # noqa: ANN001
    network = networks.create_network({"name": "Runder Tisch", "kind": "round_table"})
    org = contacts.create_organization({"name": "VHS"})
    for last in ("Meyer", "Schulz", "Wagner"):
        contacts.create_person({"last_name": last, "organization": org.id})
    networks.add_member(network.id, organization=org.id)
    meeting = _meeting()
    assert len(attendance.invite_network(meeting, network.id)) == 3
    assert attendance.invite_network(meeting, network.id) == []
    assert Attendance.select().count() == 3
    assert attendance.counts(meeting)["invited"] == 3


def test_walk_in_is_created_and_marked_attended_and_status_counts(db) -> None:  # noqa: ANN001
    meeting = _meeting()
    row = attendance.add_walk_in(meeting, {"first_name": "Mehmet", "last_name": "Öztürk"})
    assert row.status == "attended" and row.checked_in_at is not None
    attendance.toggle_attended(row.id)
    assert attendance.counts(meeting)["attended"] == 0
    assert attendance.counts(meeting)["invited"] == 1


def test_the_attendance_list_the_tab_shows_is_sorted_by_name_case_blind_and_per_appointment(db) -> None:  # noqa: ANN001
    """The queries the attendance tab used to run itself (issue 16 #10) come from the service."""
    meeting, other = _meeting(), _meeting()
    ids = {last: contacts.create_person({"first_name": "A", "last_name": last}).id
           for last in ("zimmer", "Bauer", "Öztürk", "adler")}
    attendance.invite(meeting, list(ids.values()))
    attendance.invite(other, [ids["Bauer"]])
    names = [row.snapshot_name for row in attendance.attendance_list(meeting)]
    assert names[:2] == ["A adler", "A Bauer"] and len(names) == 4
    assert [row.person_id for row in attendance.attendance_list(other)] == [ids["Bauer"]]
    assert attendance.attendance_list(other + 100) == []


def test_find_member_is_none_once_the_membership_is_gone(db) -> None:  # noqa: ANN001
    network = networks.create_network({"name": "Integrationsbeirat", "kind": "advisory_board"})
    person = contacts.create_person({"last_name": "Wagner"})
    membership = networks.add_member(network.id, person=person.id)
    found = networks.find_member(membership.id)
    assert found is not None and found.person_id == person.id and found.network_id == network.id
    networks.remove_member(membership.id)
    assert networks.find_member(membership.id) is None
