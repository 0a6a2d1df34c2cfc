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


def _moved_copy(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = (FIXTURES / "outlook_kalender_de_kurzdatum.csv").read_bytes().decode("cp1252")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "Kalender.CSV"
    path.write_bytes(text.encode("cp1252"))
    return path


def test_a_meeting_moved_in_outlook_is_updated_not_imported_twice(db: object, tmp_path: Path) -> None:
    """Outlook's calendar CSV has no UID: the board meeting moved from 17:00 to 18:00 and exported again is the
    stored meeting at its new time – the yearly report must not count it twice."""
    first = FIXTURES / "outlook_kalender_de_kurzdatum.csv"
    imports.commit(imports.preview(first, "appointments", imports.analyse(first, "appointments")), backup=False)
    board_id = Appointment.get(Appointment.title == "Sitzung Integrationsbeirat").id
    moved = _moved_copy(tmp_path, ('"3.3.2026","17:00:00","3.3.2026","19:00:00"',
                                   '"3.3.2026","18:00:00","3.3.2026","20:00:00"'))
    preview = imports.preview(moved, "appointments", imports.analyse(moved, "appointments"))
    row = next(r for r in preview.rows if r.values.get("title") == "Sitzung Integrationsbeirat")
    assert (row.action, row.match_id) == ("update", board_id) and "verschoben" in row.reason
    result = imports.commit(preview, backup=False)
    assert (result.created, result.updated) == (0, 1) and Appointment.select().count() == 5
    board = Appointment.get_by_id(board_id)
    assert (board.start, board.end) == (D(2026, 3, 3, 18), D(2026, 3, 3, 20))


def test_a_second_meeting_of_the_same_title_that_day_is_new(db: object, tmp_path: Path) -> None:
    """Two new rows of one title on a day with one stored meeting: which one moved is unknown – both new."""
    path = FIXTURES / "outlook_kalender_de_kurzdatum.csv"
    imports.commit(imports.preview(path, "appointments", imports.analyse(path, "appointments")), backup=False)
    lines = [path.read_bytes().decode("cp1252").split("\r\n", 1)[0]]
    for start, end in (("10:00:00", "11:00:00"), ("12:00:00", "13:00:00")):
        lines.append(f'"Sitzung Integrationsbeirat","3.3.2026","{start}","3.3.2026","{end}","Aus","Aus",'
                     '"3.3.2026","08:45:00","","","","","","","","","Normal","Aus","","Normal","Beschäftigt"')
    extra = tmp_path / "zwei.CSV"
    extra.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    preview = imports.preview(extra, "appointments", imports.analyse(extra, "appointments"))
    assert [r.action for r in preview.rows] == ["create", "create"]


def test_outlooks_invitees_are_invited_and_the_others_named(db: object, tmp_path: Path) -> None:
    """Outlook's 'Erforderliche Teilnehmer' ("Hoffmann, Jana;…", display names with addresses): contacts the
    office has are invited to the meeting (its "E-Mail an alle" reaches them), and the agenda names them all;
    undoing the import takes the invitations away with the meeting."""
    from app.models import Attendance
    from app.services import contacts

    jana = contacts.create_person({"first_name": "Jana", "last_name": "Hoffmann"}).id
    katrin = contacts.create_person({"first_name": "Katrin", "last_name": "Berger", "email": "k.berger@caritas.de"}).id
    header = (FIXTURES / "outlook_kalender_de_kurzdatum.csv").read_bytes().decode("cp1252").split("\r\n", 1)[0]
    line = ('"Jour fixe Jobcenter","8.12.2026","10:00:00","8.12.2026","11:00:00","Aus","Aus","8.12.2026","09:45:00",'
            '"","Hoffmann, Jana;Katrin B. <k.berger@caritas.de>;Schulz, Max","","","","","","Jobcenter","Normal",'
            '"Aus","","Normal","Beschäftigt"')
    path = tmp_path / "Kalender.CSV"
    path.write_bytes(f"{header}\r\n{line}\r\n".encode("cp1252"))
    result = imports.commit(imports.preview(path, "appointments", imports.analyse(path, "appointments")),
                            backup=False)
    meeting = Appointment.get(Appointment.title == "Jour fixe Jobcenter")
    invited = sorted((a.person_id, a.status) for a in Attendance.select().where(Attendance.appointment == meeting.id))
    assert invited == sorted([(jana, "invited"), (katrin, "invited")])
    assert meeting.agenda.endswith("Eingeladen: Hoffmann, Jana, Katrin B. <k.berger@caritas.de>, Schulz, Max")
    again = imports.preview(path, "appointments", imports.analyse(path, "appointments"))
    assert [r.action for r in again.rows] == ["skip"]  # the same file again: nothing changed
    assert result.batch_id is not None
    imports.undo(result.batch_id)
    assert Attendance.select().count() == 0 and Appointment.select().count() == 0


def test_an_appointment_import_reports_progress_and_a_cancel_writes_nothing(db: object) -> None:
    """The wizard cancels through the progress callback: the appointment import asks it too (it never did), and
    a cancel rolls the whole import back."""
    path = FIXTURES / "outlook_kalender_de_kurzdatum.csv"
    preview = imports.preview(path, "appointments", imports.analyse(path, "appointments"))
    said: list[str] = []

    def cancel(done: int, total: int, text: str) -> None:
        said.append(text)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        imports.commit(preview, progress=cancel, backup=False)
    assert said == ["Termine werden gespeichert …"] and Appointment.select().count() == 0
