"""The list queries: filters, sort and search-as-you-type answered by the database."""

from __future__ import annotations

import datetime as dt

from app.services import appointments, contacts, lists, networks


def _people() -> dict[str, int]:
    school = contacts.create_organization({"name": "Goethe-Schule", "sector": "school", "is_partner": True}).id
    club = contacts.create_organization({"name": "Kulturverein", "sector": "migrant_organisation"}).id
    ids = {
        "oz": contacts.create_person({"first_name": "Ayşe", "last_name": "Özdemir", "organization": school}).id,
        "ma": contacts.create_person({"first_name": "Jan", "last_name": "Maier", "organization": club,
                                      "email": "jan.maier@example.org"}).id,
        "zi": contacts.create_person({"first_name": "Eva", "last_name": "Zimmermann"}).id,
        "mu": contacts.create_person({"first_name": "Lena", "last_name": "Müller", "organization": school}).id,
    }
    ids["school"], ids["club"] = school, club
    return ids


def test_persons_sort_by_name_folds_umlauts_and_case(db: object) -> None:
    ids = _people()
    order = lists.ordered_ids("person")
    assert order == [ids["ma"], ids["mu"], ids["oz"], ids["zi"]]  # Özdemir before Zimmermann
    assert lists.ordered_ids("person", descending=True) == list(reversed(order))


def test_person_filters_by_organization_sector_network_and_archive(db: object) -> None:
    ids = _people()
    assert set(lists.ordered_ids("person", {"organization": ids["school"]})) == {ids["oz"], ids["mu"]}
    assert lists.ordered_ids("person", {"sector": "migrant_organisation"}) == [ids["ma"]]
    network = networks.create_network({"name": "Runder Tisch", "kind": "round_table"}).id
    networks.add_member(network, organization=ids["club"])
    networks.add_member(network, person=ids["zi"])
    assert set(lists.ordered_ids("person", {"network": network})) == {ids["ma"], ids["zi"]}
    contacts.archive_person(ids["zi"])
    assert ids["zi"] not in lists.ordered_ids("person")
    assert lists.ordered_ids("person", {"archived": "archived"}) == [ids["zi"]]
    assert len(lists.ordered_ids("person", {"archived": "all"})) == 4


def test_search_as_you_type_matches_prefixes_substrings_and_folded_letters(db: object) -> None:
    ids = _people()
    assert lists.search_ids("person", "") is None
    assert lists.search_ids("person", "mü") == {ids["mu"]}  # a short term is a substring like a long one
    assert lists.search_ids("person", "mull") == {ids["mu"]}  # "Müller" without the umlaut
    assert lists.search_ids("person", "ozdem") == {ids["oz"]}
    assert lists.search_ids("person", "maier@exa") == {ids["ma"]}  # e-mail is part of the key
    assert lists.search_ids("person", "lena mül") == {ids["mu"]}
    assert lists.search_ids("person", "xyz") == set()
    assert lists.query("person", {"organization": ids["school"]}, "mü") == [ids["mu"]]


def test_organizations_filter_partner_and_sector_and_count_people(db: object) -> None:
    ids = _people()
    assert lists.ordered_ids("organization", {"partner": "yes"}) == [ids["school"]]
    assert lists.ordered_ids("organization", {"partner": "no"}) == [ids["club"]]
    assert lists.ordered_ids("organization", {"sector": "school"}) == [ids["school"]]
    row = lists.rows("organization", [ids["school"]])[ids["school"]]
    keys = lists.ORGANIZATIONS.keys
    assert row[keys.index("persons")] == 2
    assert row[keys.index("sector")] == "school"


def test_appointment_filters_period_kind_status_network_and_field(db: object) -> None:
    network = networks.create_network({"name": "Beirat", "kind": "advisory_board"}).id
    field = appointments.fields_of_action()[0].id
    today = dt.date(2026, 5, 15)
    a = appointments.create_appointment({"title": "Sitzung", "kind": "committee_session", "network": network,
                                         "start": "2026-05-20 10:00"}, [field]).id
    b = appointments.create_appointment({"title": "Workshop", "kind": "workshop", "status": "held",
                                         "start": "2025-03-01 09:00"}).id
    c = appointments.create_appointment({"title": "Presse", "kind": "press_date", "status": "cancelled",
                                         "start": "2026-01-10 09:00"}).id
    assert lists.ordered_ids("appointment") == [b, c, a]
    assert lists.ordered_ids("appointment", {"period": "this_year", "today": today}) == [c, a]
    assert lists.ordered_ids("appointment", {"period": "upcoming", "today": today}) == [a]
    assert lists.ordered_ids("appointment", {"period": "last_year", "today": today}) == [b]
    assert lists.ordered_ids("appointment", {"period": "custom", "from": dt.date(2026, 1, 10),
                                             "to": dt.date(2026, 1, 10)}) == [c]
    assert lists.ordered_ids("appointment", {"kind": "workshop"}) == [b]
    assert lists.ordered_ids("appointment", {"status": "cancelled"}) == [c]
    assert lists.ordered_ids("appointment", {"network": network}) == [a]
    assert lists.ordered_ids("appointment", {"field": field}) == [a]
    row = lists.rows("appointment", [a])[a]
    assert row[0] == dt.datetime(2026, 5, 20, 10, 0)
    assert lists.ordered_ids("appointment", sort="title") == [c, a, b]


def test_related_data_for_editors(db: object) -> None:
    ids = _people()
    network = networks.create_network({"name": "AG Bildung", "kind": "working_group"}).id
    networks.add_member(network, person=ids["mu"], role="chair")
    related = lists.related("person", ids["mu"])
    assert related["networks"][0][1:3] == ("AG Bildung", "chair")
    org = lists.related("organization", ids["school"])
    assert [row[0] for row in org["persons"]] == [ids["mu"], ids["oz"]]
    picked = lists.persons_for_picker("mül")
    assert [p[0] for p in picked] == [ids["mu"]]


def test_last_meeting_of_a_network_is_the_last_one_held(db: object) -> None:
    network = networks.create_network({"name": "Beirat", "kind": "advisory_board"}).id
    appointments.create_appointment({"title": "Sitzung", "kind": "committee_session", "status": "held",
                                     "start": "2025-03-01 10:00", "network": network})
    appointments.create_appointment({"title": "Sitzung (verschoben)", "kind": "committee_session",
                                     "status": "postponed", "start": "2025-06-01 10:00", "network": network})
    appointments.create_appointment({"title": "Sitzung (abgesagt)", "kind": "committee_session",
                                     "status": "cancelled", "start": "2025-09-01 10:00", "network": network})
    row = lists.rows("network", [network])[network]
    assert str(row[lists.NETWORKS.keys.index("last_meeting")])[:10] == "2025-03-01"


def test_attended_is_unknown_without_recorded_attendance(db: object) -> None:
    """QA 15.10: a held appointment nobody ticked shows "not recorded" (None), not 0; planned ones too."""
    from app.services import attendance

    person = contacts.create_person({"first_name": "Lea", "last_name": "Schäfer"}).id
    other = contacts.create_person({"first_name": "Jan", "last_name": "Maier"}).id
    bare = appointments.create_appointment({"title": "Jour fixe", "kind": "meeting", "status": "held",
                                            "start": "2026-03-02 09:00"}).id
    invited = appointments.create_appointment({"title": "Beirat", "kind": "committee_session",
                                               "status": "held", "start": "2026-03-03 09:00"}).id
    attendance.invite(invited, [person])  # invited only: still not recorded
    ticked = appointments.create_appointment({"title": "Workshop", "kind": "workshop", "status": "held",
                                              "start": "2026-03-04 09:00"}).id
    rows = attendance.invite(ticked, [person, other])
    attendance.set_status(rows[0].id, "attended")
    attendance.set_status(rows[1].id, "excused")
    nobody = appointments.create_appointment({"title": "Fachtag", "kind": "workshop", "status": "held",
                                              "start": "2026-03-05 09:00"}).id
    attendance.set_status(attendance.invite(nobody, [person])[0].id, "no_show")
    planned = appointments.create_appointment({"title": "Sitzung", "kind": "committee_session",
                                               "start": "2026-06-01 09:00"}).id
    column = lists.APPOINTMENTS.keys.index("attended")
    values = {aid: row[column] for aid, row in lists.rows("appointment", [bare, invited, ticked, nobody,
                                                                          planned]).items()}
    assert values == {bare: None, invited: None, ticked: 1, nobody: 0, planned: None}
    assert lists.ordered_ids("appointment", sort="attended", descending=True)[:2] == [ticked, nobody]


def test_a_networks_meetings_say_not_recorded_instead_of_zero(db: object) -> None:
    from app.services import attendance

    network = networks.create_network({"name": "Beirat", "kind": "advisory_board"}).id
    person = contacts.create_person({"last_name": "Aydın"}).id
    unrecorded = appointments.create_appointment({"title": "Sitzung ohne Liste", "status": "held",
                                                  "start": "2025-03-01 10:00", "network": network}).id
    recorded = appointments.create_appointment({"title": "Sitzung mit Liste", "status": "held",
                                                "start": "2025-06-01 10:00", "network": network}).id
    attendance.invite(recorded, [person], status="attended")
    attended = {row[0]: row[4] for row in lists.related("network", network)["meetings"]}
    assert attended == {unrecorded: None, recorded: 1}
