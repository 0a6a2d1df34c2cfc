"""The report's figures against a hand-counted office (built with the services, on a real SQLite file).

The office (all counts below were done by hand from this list):

2025  a1 15.01. 10:00 held       meeting     network N  fields F1,F2  p1 attended, p2 attended, p3 excused
      a5 01.02.       cancelled  meeting     network N               p2 attended (cancelled: never counts)
      a3 10.03. 23:00–11.03. 01:00 held workshop confidential  F1    p3 attended      (spans midnight)
      a7 05.05.       postponed  meeting
      a4 01.06.–03.06. all-day held study_visit                      (multi-day, counts once, in June)
      a6 01.11.       planned    meeting
      a2 31.12. 22:00–01.01.2026 02:00 held conference               p1 attended, p4 attended (year boundary)
2024  b2 01.07.       held       meeting     network N               p1 attended
      b3 01.08.       cancelled  meeting
      b1 31.12.2024 23:00–01.01.2025 01:00 held meeting              p2 attended   (starts in 2024)
2026  c1 01.01.2026 00:00 held   meeting                             p2 attended   (belongs to 2026)

Organisations: A partner since 01.03.2025, B partner since 01.06.2024, C no partner.
Persons: p1 (A, created 2025), p2 (B, created 2024), p3 (no organisation, created 31.12.2025 23:59),
p4 (A, created 01.01.2026 00:00). Network N: members A, B, C (until 31.12.2024), p3 personally.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Person
from app.services import appointments, attendance, contacts, networks, statistics
from app.services.statistics import Period


@pytest.fixture
def office(db):  # noqa: ANN001, ANN201
    org_a = contacts.create_organization({"name": "Caritas Lindenau", "sector": "welfare_association",
                                          "is_partner": True, "partner_since": "2025-03-01"})
    org_b = contacts.create_organization({"name": "VHS Lindenau", "sector": "education_provider",
                                          "is_partner": True, "partner_since": "2024-06-01"})
    org_c = contacts.create_organization({"name": "Sportverein", "sector": "association_volunteers"})
    p1 = contacts.create_person({"first_name": "Anna", "last_name": "Müller", "organization": org_a.id})
    p2 = contacts.create_person({"first_name": "Олена", "last_name": "Коваленко", "organization": org_b.id})
    p3 = contacts.create_person({"first_name": "Samir", "last_name": "Haddad"})
    p4 = contacts.create_person({"first_name": "Jonas", "last_name": "Becker", "organization": org_a.id})
    for person, created in ((p1, "2025-02-01 09:00:00"), (p2, "2024-05-01 09:00:00"),
                            (p3, "2025-12-31 23:59:00"), (p4, "2026-01-01 00:00:00")):
        Person.update(created_at=created).where(Person.id == person.id).execute()
    net = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table"})
    networks.add_member(net.id, organization=org_a.id)
    networks.add_member(net.id, organization=org_b.id)
    networks.add_member(net.id, organization=org_c.id, until="2024-12-31")
    networks.add_member(net.id, person=p3.id)
    f1, f2 = [f.id for f in appointments.fields_of_action()[:2]]

    def appt(title: str, start: str, status: str, kind: str = "meeting", **extra: object) -> int:
        return appointments.create_appointment({"title": title, "start": start, "status": status, "kind": kind,
                                                **extra}).id

    def attend(appointment_id: int, *people: Person, status: str = "attended") -> None:
        attendance.invite(appointment_id, [p.id for p in people], status=status)

    ids = {}
    ids["a1"] = appointments.create_appointment({"title": "Runder Tisch Januar", "start": "2025-01-15 10:00",
                                                 "end": "2025-01-15 12:00", "status": "held",
                                                 "network": net.id}, fields=[f1, f2]).id
    attend(ids["a1"], p1, p2)
    attend(ids["a1"], p3, status="excused")
    ids["a5"] = appt("Runder Tisch Februar", "2025-02-01 10:00", "cancelled", network=net.id)
    attend(ids["a5"], p2)
    ids["a3"] = appointments.create_appointment({"title": "Beratung Familie K.", "start": "2025-03-10 23:00",
                                                 "end": "2025-03-11 01:00", "status": "held", "kind": "workshop",
                                                 "confidential": True}, fields=[f1]).id
    attend(ids["a3"], p3)
    ids["a7"] = appt("Abstimmung Jobcenter", "2025-05-05 09:00", "postponed")
    ids["a4"] = appt("Studienfahrt Kalmar", "2025-06-01 00:00", "held", "study_visit", all_day=True,
                     end="2025-06-03 00:00")
    ids["a6"] = appt("Netzwerktreffen", "2025-11-01 14:00", "planned")
    ids["a2"] = appt("Silvesterkonferenz", "2025-12-31 22:00", "held", "conference", end="2026-01-01 02:00")
    attend(ids["a2"], p1, p4)
    ids["b2"] = appt("Runder Tisch Juli", "2024-07-01 10:00", "held", network=net.id)
    attend(ids["b2"], p1)
    ids["b3"] = appt("Fällt aus", "2024-08-01 10:00", "cancelled")
    ids["b1"] = appt("Jahresausklang", "2024-12-31 23:00", "held", end="2025-01-01 01:00")
    attend(ids["b1"], p2)
    ids["c1"] = appt("Neujahrsempfang", "2026-01-01 00:00", "held")
    attend(ids["c1"], p2)
    return {"ids": ids, "net": net.id, "fields": (f1, f2), "persons": (p1, p2, p3, p4)}


def test_key_figures_of_2025_equal_the_hand_count(office) -> None:  # noqa: ANN001
    figures = statistics.key_figures(Period.year(2025))
    assert figures == statistics.KeyFigures(
        appointments=7, held=4, cancelled=1, planned=1, postponed=1, network_meetings=1, confidential_held=1,
        held_with_attendance=3,  # a1, a3, a2 – a4 has no attendance recorded at all
        attendances=5,  # a1: p1, p2 · a3: p3 · a2: p1, p4 (a5 is cancelled, p3's "excused" is no attendance)
        distinct_persons=4,  # p1 twice, counted once
        distinct_organizations=2,  # A (p1, p4) and B (p2); p3 has none
        new_partner_organizations=1,  # A since 01.03.2025
        new_persons=2)  # p1 and p3 (31.12. 23:59); p4 is 2026


def test_previous_year_and_the_comparison(office) -> None:  # noqa: ANN001
    stats = statistics.collect(Period.year(2025))
    assert stats.previous_period == Period.year(2024)
    assert (stats.previous.appointments, stats.previous.held, stats.previous.cancelled) == (3, 2, 1)
    assert (stats.previous.attendances, stats.previous.distinct_persons) == (2, 2)
    assert (stats.previous.new_partner_organizations, stats.previous.new_persons) == (1, 1)
    changes = {c.name: c for c in stats.changes}
    assert (changes["held"].current, changes["held"].previous, changes["held"].delta) == (4, 2, 2)
    assert changes["held"].percent == pytest.approx(100.0)
    assert changes["planned"].percent is None  # nothing planned in 2024: no ratio
    assert changes["attendances"].delta == 3


def test_the_start_decides_across_midnight_and_the_year_boundary(office) -> None:  # noqa: ANN001
    january_2025 = statistics.key_figures(Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31)))
    assert january_2025.held == 1  # a1 only – b1 ran into 2025 but started in 2024
    assert statistics.key_figures(Period.year(2026)).held == 1  # c1 at 00:00 on 1 January 2026
    march_10 = statistics.key_figures(Period(dt.date(2025, 3, 10), dt.date(2025, 3, 10)))
    march_11 = statistics.key_figures(Period(dt.date(2025, 3, 11), dt.date(2025, 3, 11)))
    assert (march_10.held, march_11.held) == (1, 0)


def test_months_kinds_and_fields(office) -> None:  # noqa: ANN001
    period = Period.year(2025)
    months = {m.month: m for m in statistics.by_month(period)}
    assert len(months) == 12
    assert [months[m].held for m in range(1, 13)] == [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]
    assert (months[2].cancelled, months[5].postponed, months[11].planned) == (1, 1, 1)
    kinds = statistics.by_kind(period)
    assert {k: v for k, v in kinds.items() if v} == {"meeting": 1, "conference": 1, "workshop": 1,
                                                     "study_visit": 1}
    assert list(kinds)[0] == "meeting" and kinds["press_date"] == 0
    f1, f2 = office["fields"]
    fields = {f.field_id: f.held for f in statistics.by_field(period)}
    assert (fields[f1], fields[f2]) == (2, 1)  # a1 counts in both of its fields
    assert fields[None] == 2  # a4 and a2 have no field of action


def test_network_meetings_and_average_attendance(office) -> None:  # noqa: ANN001
    (row,) = statistics.by_network(Period.year(2025))
    assert (row.meetings_held, row.meetings_planned, row.attendances, row.distinct_persons) == (1, 0, 2, 2)
    assert row.average_attendance == pytest.approx(2.0)
    assert row.member_organizations == ("Caritas Lindenau", "VHS Lindenau")  # the Sportverein left in 2024
    assert row.personal_members == 1
    (old,) = statistics.by_network(Period.year(2024))
    assert "Sportverein" in old.member_organizations and old.meetings_held == 1


def test_periods_compare_with_the_same_length_before() -> None:
    assert Period.year(2025).previous() == Period.year(2024)
    assert Period(dt.date(2025, 3, 1), dt.date(2025, 6, 30)).previous() == \
        Period(dt.date(2024, 11, 1), dt.date(2025, 2, 28))
    assert Period(dt.date(2025, 3, 10), dt.date(2025, 3, 19)).previous() == \
        Period(dt.date(2025, 2, 28), dt.date(2025, 3, 9))
    assert Period(dt.date(2024, 11, 1), dt.date(2025, 2, 28)).months()[0] == (2024, 11)
    with pytest.raises(ValueError):
        Period(dt.date(2025, 2, 1), dt.date(2025, 1, 1))


def test_lists_for_the_report(office) -> None:  # noqa: ANN001
    ids = office["ids"]
    rows = statistics.appointment_list(Period.year(2025))
    assert [r.id for r in rows] == [ids[k] for k in ("a1", "a5", "a3", "a7", "a4", "a6", "a2")]
    by_id = {r.id: r for r in rows}
    assert by_id[ids["a1"]].attendances == 2 and by_id[ids["a1"]].network == "Runder Tisch Integration"
    assert by_id[ids["a3"]].confidential and by_id[ids["a4"]].all_day
    names = statistics.participant_names([ids["a1"]])
    assert names[ids["a1"]] == ["Anna Müller", "Олена Коваленко"]  # by surname (Cyrillic after Latin)
    partners_2024 = statistics.partner_organizations(Period.year(2024))
    assert [p.name for rows in partners_2024.values() for p in rows] == ["VHS Lindenau"]
    partners_2025 = statistics.partner_organizations(Period.year(2025))
    assert list(partners_2025) == ["welfare_association", "education_provider"]  # the model's sector order


def test_held_without_recorded_attendance_is_unknown_not_zero(office) -> None:  # noqa: ANN001
    """Issue 15 #10: a held appointment nobody ticked has no participant count; averages leave it out."""
    p1, p2, _, _ = office["persons"]
    only_invited = appointments.create_appointment({"title": "Runder Tisch März", "start": "2025-03-20 10:00",
                                                    "status": "held", "network": office["net"],
                                                    "expected_participants": 40}).id
    attendance.invite(only_invited, [p1.id, p2.id])  # invited, never ticked: not recorded
    nobody_came = appointments.create_appointment({"title": "Runder Tisch April", "start": "2025-04-20 10:00",
                                                   "status": "held", "network": office["net"]}).id
    attendance.invite(nobody_came, [p1.id], status="no_show")  # ticked: recorded, 0 attended
    figures = statistics.key_figures(Period.year(2025))
    assert (figures.held, figures.held_with_attendance) == (6, 4)
    rows = {r.id: r for r in statistics.appointment_list(Period.year(2025))}
    assert not rows[only_invited].recorded and rows[only_invited].expected == 40
    assert rows[nobody_came].recorded and rows[nobody_came].attendances == 0
    assert not rows[office["ids"]["a4"]].recorded and rows[office["ids"]["a1"]].recorded
    (net,) = statistics.by_network(Period.year(2025))
    assert (net.meetings_held, net.meetings_recorded, net.attendances) == (3, 2, 2)
    assert net.average_attendance == pytest.approx(1.0)  # 2 attendances over a1 and April; March unknown
    (old,) = statistics.by_network(Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    assert old.meetings_recorded == 0 and old.average_attendance is None  # nothing recorded: no average
