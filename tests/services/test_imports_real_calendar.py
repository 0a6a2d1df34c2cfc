"""Outside-in QA of the Outlook calendar CSV: German Outlook with short dates ("3.3.2026") in Windows-1252,
and English Outlook on a Windows with German regional settings (English headers, German dates), field by
field and re-imported without duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import Appointment
from app.services import imports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
D = dt.datetime


@pytest.mark.parametrize("name, profile", [("outlook_kalender_de_kurzdatum.csv", "outlook-kalender-de"),
                                           ("outlook_calendar_en_german_region.csv", "outlook-calendar-en")])
def test_outlook_calendar_csv_with_german_short_dates(db: object, name: str, profile: str) -> None:
    path = FIXTURES / name
    layout = imports.analyse(path, "appointments")
    assert layout.profile == profile
    preview = imports.preview(path, "appointments", layout)
    skipped = {r.number: r.reason for r in preview.rows if r.action == "skip"}
    assert set(skipped) == {4, 5}  # sensitivity "Privat"/"Private"; sick leave shown as away
    assert "Vertraulichkeit" in skipped[4] and "abwesend" in skipped[5]
    assert imports.commit(preview, backup=False).created == 5

    board = Appointment.get(Appointment.title == "Sitzung Integrationsbeirat")
    assert (board.start, board.end, board.all_day) == (D(2026, 3, 3, 17), D(2026, 3, 3, 19), False)
    assert (board.status, board.kind) == ("held", "committee_session")
    assert board.location == 'Landratsamt, Sitzungssaal "Elbe"'
    assert board.agenda == "Liebe Mitglieder des Beirats,\nanbei die Tagesordnung."
    assert board.online_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4")
    fachtag = Appointment.get(Appointment.title == "Fachtag Sprache")  # all-day, end is the next midnight
    assert (fachtag.all_day, fachtag.start, fachtag.end) == (True, D(2026, 9, 24), D(2026, 9, 24, 23, 59))
    assert (fachtag.kind, fachtag.status) == ("conference", "held")
    housing = Appointment.get(Appointment.title == "Runder Tisch Wohnen")  # "Abgesagt: "/"Canceled: "
    assert (housing.status, housing.start) == ("cancelled", D(2026, 3, 10, 14))
    press = Appointment.get(Appointment.title == "Pressegespräch Integrationsbericht")  # Teams 2024 invitation
    assert press.agenda == "Abstimmung der Pressemitteilung."
    assert press.online_link == "https://teams.microsoft.com/meet/375250512364?p=qT3Hj9sKx2LmPw7Z"
    assert press.location == ""  # Outlook's "Microsoft Teams Meeting" is no place (as in the .ics import)
    hours = Appointment.get(Appointment.title == "Sprechstunde")
    assert (hours.status, hours.kind, hours.start) == ("planned", "counselling_hours", D(2031, 1, 7, 9))
    assert hours.agenda == "Offene Sprechstunde; ohne Anmeldung" and hours.location == "Bürgerbüro"

    again = imports.preview(path, "appointments", imports.analyse(path, "appointments"))
    assert {r.action for r in again.rows} == {"skip"}
    imports.commit(again, backup=False)
    assert Appointment.select().count() == 5
