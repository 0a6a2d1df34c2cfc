from __future__ import annotations

import datetime as dt

from app.models import Appointment, Attendance, Membership, Network, Organization, Person
from app.services import search


def test_demo_office_is_a_realistic_county_office(demo_db) -> None:  # noqa: ANN001
    assert 35 <= Organization.select().count() <= 40
    assert Person.select().count() == 150
    kinds = {n.kind for n in Network.select()}
    assert {"round_table", "advisory_board", "working_group", "project"} <= kinds
    round_table = Network.get(Network.kind == "round_table")
    assert Membership.select().where(Membership.network == round_table).count() == 31
    project = Network.get(Network.kind == "project")
    countries = {m.organization.country for m in Membership.select().where(Membership.network == project)
                 if m.organization_id}
    assert {"Polen", "Schweden", "Litauen"} <= countries
    for year in (2024, 2025, 2026):
        count = Appointment.select().where(Appointment.start.year == year).count()
        assert 270 <= count <= 310, (year, count)
    assert Appointment.select().where(Appointment.confidential == True).count() > 0  # noqa: E712
    past = Appointment.select().where(Appointment.start < dt.datetime(2026, 11, 23))
    assert {a.status for a in past} >= {"held", "cancelled"}
    future = Appointment.select().where(Appointment.start > dt.datetime(2026, 11, 24))
    assert {a.status for a in future} == {"planned"}
    assert Attendance.select().where(Attendance.status == "attended").count() > 500


def test_demo_names_cover_the_scripts_the_office_meets(demo_db) -> None:  # noqa: ANN001
    names = {p.last_name for p in Person.select()}
    for name in ("Obracht-Prondzyński", "Žemaitytė", "Коваленко", "Yılmaz", "حسن", "Nguyễn"):
        assert name in names
    assert [h.label for h in search.search("obracht")] == ["Piotr Obracht-Prondzyński"]


def test_demo_plans_nothing_on_public_holidays_and_files_foreign_town_halls_as_municipal(demo_db) -> None:  # noqa: ANN001
    from app.models import Appointment, Organization
    from app.services import holidays

    starts = [a.start.date() for a in Appointment.select(Appointment.start) if not a.all_day]
    first, last = min(starts), max(starts)
    free = holidays.holidays_between(first, last)
    assert free and not [day for day in starts if day in free]
    alytus = Organization.get(Organization.short_name == "Alytus")
    assert alytus.sector == "municipal_office"


def test_demo_all_day_entries_have_no_clock_times_and_contacts_were_entered_over_the_years(demo_db) -> None:  # noqa: ANN001
    import datetime as dt

    from app.models import Appointment, Person

    whole_days = list(Appointment.select().where(Appointment.all_day == True))  # noqa: E712
    assert whole_days
    assert all(a.start.time() == dt.time(0) and a.end.date() == a.start.date() for a in whole_days)
    years = {p.created_at.year for p in Person.select(Person.created_at)}
    assert len(years) >= 3


def test_demo_summary_counts_every_appointment_it_made(tmp_path) -> None:  # noqa: ANN001
    import datetime as dt

    from app.models import Appointment, close_database, open_database
    from app.services import demo

    open_database(tmp_path / "o.db")
    try:
        summary = demo.fill_demo(seed=2, persons=40, years=1, today=dt.date(2026, 11, 23))
        assert summary.appointments == Appointment.select().count()
    finally:
        close_database()
