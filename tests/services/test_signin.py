from __future__ import annotations

import pytest

from app.models import Attendance, Organization, Person, Setting
from app.services import appointments, attendance, contacts, networks, settings, signin
from app.services.errors import ValidationError
from app.services.signin import SheetOptions


def round_table() -> tuple[int, int, list[int]]:
    network = networks.create_network({"name": "Runder Tisch", "kind": "round_table"})
    org = contacts.create_organization({"name": "VHS Lindenau"})
    ids = [contacts.create_person({"first_name": f, "last_name": last, "organization": org.id}).id
           for f, last in (("Zora", "Zimmer"), ("Ali", "Öztürk"), ("Bea", "Adler"))]
    networks.add_member(network.id, organization=org.id)
    solo = contacts.create_person({"first_name": "Олена", "last_name": "Коваленко"})
    networks.add_member(network.id, person=solo.id)
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2026-03-03 10:00",
                                               "network": network.id}).id
    return network.id, meeting, [*ids, solo.id]


def test_options_are_remembered_per_network(db) -> None:  # noqa: ANN001
    network, meeting, _ = round_table()
    other = appointments.create_appointment({"title": "Ohne Gremium", "start": "2026-03-04 10:00"}).id
    assert signin.options_for(meeting) == SheetOptions()
    chosen = SheetOptions(columns=("place", "email"), blank_rows=12, landscape=True, language="en")
    signin.remember(meeting, chosen)
    later = appointments.create_appointment({"title": "Nächste Sitzung", "start": "2026-06-03 10:00",
                                             "network": network}).id
    assert signin.options_for(later) == SheetOptions(columns=("email", "place"), blank_rows=12, landscape=True,
                                                     language="en")
    assert Setting.get_by_id(f"signin_options.network.{network}").value
    signin.remember(other, SheetOptions(blank_rows=1))  # no network: nothing stored
    assert signin.options_for(other) == SheetOptions()


def test_default_language_follows_the_report_language_setting(db) -> None:  # noqa: ANN001
    _, meeting, _ = round_table()
    settings.update({"report_language": "en"})
    assert signin.options_for(meeting).language == "en"


def test_broken_stored_options_fall_back_field_by_field(db) -> None:  # noqa: ANN001
    network, meeting, _ = round_table()
    settings.update({f"signin_options.network.{network}":
                     '{"blank_rows": -4, "columns": ["email", "shoe_size"], "landscape": true}'})
    assert signin.options_for(meeting) == SheetOptions(landscape=True)
    settings.update({f"signin_options.network.{network}": "not json"})
    assert signin.options_for(meeting) == SheetOptions()


def test_invalid_options_name_the_field(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as error:
        SheetOptions(blank_rows=1000).normalised()
    assert "blank_rows" in error.value.errors
    with pytest.raises(ValidationError) as error:
        SheetOptions(columns=("shoe_size",)).normalised()
    assert "shoe_size" in error.value.errors["columns"]


def test_gather_prints_expected_people_sorted_by_last_name(db) -> None:  # noqa: ANN001
    network, meeting, ids = round_table()
    attendance.invite_network(meeting, network)
    rows = Attendance.select().where(Attendance.appointment == meeting)
    zimmer = next(a for a in rows if a.snapshot_name == "Zora Zimmer")
    attendance.set_status(zimmer.id, "declined")
    sheet = signin.gather(meeting)
    assert [r.name for r in sheet.rows] == ["Bea Adler", "Ali Öztürk", "Олена Коваленко"]
    assert sheet.network == "Runder Tisch"
    assert signin.gather(meeting, blank=True).rows == []


def test_inviting_a_network_twice_does_not_duplicate(db) -> None:  # noqa: ANN001
    network, meeting, ids = round_table()
    assert len(attendance.invite_network(meeting, network)) == 4
    assert attendance.invite_network(meeting, network) == []
    assert len(signin.gather(meeting).rows) == 4


def test_walk_in_reuses_an_existing_organization_or_creates_it(db) -> None:  # noqa: ANN001
    _, meeting, _ = round_table()
    row = signin.walk_in(meeting, " Mehmet ", "Yılmaz", "vhs lindenau")
    assert row.status == "attended" and row.snapshot_organization == "VHS Lindenau"
    assert Organization.select().count() == 1
    row = signin.walk_in(meeting, "Rūta", "Žemaitytė", "Litauischer Kulturverein")
    assert row.snapshot_organization == "Litauischer Kulturverein" and Organization.select().count() == 2
    with pytest.raises(ValidationError) as error:
        signin.walk_in(meeting, "Nur", "  ", "Irgendwo e. V.")
    assert "last_name" in error.value.errors
    assert Organization.select().count() == 2 and Person.select().where(Person.first_name == "Nur").count() == 0


def test_same_day_lists_the_appointments_of_that_day(db) -> None:  # noqa: ANN001
    a = appointments.create_appointment({"title": "Workshop B", "start": "2026-05-12 13:00"}).id
    b = appointments.create_appointment({"title": "Workshop A", "start": "2026-05-12 09:00"}).id
    appointments.create_appointment({"title": "Anderer Tag", "start": "2026-05-13 09:00"})
    assert [x.id for x in signin.same_day(a)] == [b, a]


def test_export_rows_keep_every_status_and_the_snapshot(db) -> None:  # noqa: ANN001
    network, meeting, ids = round_table()
    attendance.invite_network(meeting, network)
    first = Attendance.select().where(Attendance.appointment == meeting).first()
    attendance.set_status(first.id, "excused")
    headers, rows = signin.rows_for_export(meeting, {"excused": "entschuldigt"})
    assert headers[:2] == ["Nr.", "Name"] and len(rows) == 4
    assert [r[1] for r in rows] == ["Bea Adler", "Ali Öztürk", "Zora Zimmer", "Олена Коваленко"]
    assert "entschuldigt" in [r[7] for r in rows]
