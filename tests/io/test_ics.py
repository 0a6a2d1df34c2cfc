"""Reading and writing iCalendar files: fixtures as Outlook 2016+, Google Calendar and Thunderbird write them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from app.io import ics

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HORIZON = dt.date(2026, 12, 31)


def read(name: str) -> ics.IcsCalendar:
    return ics.read_calendar((FIXTURES / name).read_bytes(), horizon=HORIZON)


def by_title(calendar: ics.IcsCalendar) -> dict[str, ics.IcsEvent]:
    return {e.title: e for e in calendar.singles}


def test_outlook_windows_zone_all_day_private_and_teams() -> None:
    calendar = read("outlook_kalender.ics")
    assert calendar.profile == "Outlook"
    events = by_title(calendar)
    meeting = events["Runder Tisch Integration"]
    assert (meeting.start, meeting.end) == (dt.datetime(2025, 1, 15, 10), dt.datetime(2025, 1, 15, 11, 30))
    assert meeting.location == "Rathaus Lindenau, Raum 204"
    assert meeting.description.startswith("Tagesordnung:\n1. Begrüßung")
    vacation = events["Urlaub"]
    assert vacation.all_day and vacation.busy_status == "OOF"
    # DTEND;VALUE=DATE:20250816 is exclusive: the last day is the 15th
    assert (vacation.start, vacation.end) == (dt.datetime(2025, 8, 4), dt.datetime(2025, 8, 15, 23, 59))
    assert events["Zahnarzt"].classification == "PRIVATE"
    teams = events["AG Interkulturelles Fest"]
    assert teams.description == ("Liebe Kolleginnen und Kollegen,\n\nwir sprechen über die Planung des "
                                 "Interkulturellen Fests.")
    assert teams.online_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY4")
    assert "Besprechungs-ID" not in teams.description
    cancelled = events["Abgesagt: Beirat für Migration"]
    assert cancelled.status == "CANCELLED" and cancelled.categories == ["Gremium"]


def test_outlook_series_with_exdate_and_moved_occurrence() -> None:
    (series,) = read("outlook_kalender.ics").series
    assert series.rrule == "FREQ=WEEKLY;UNTIL=20250624T100000;INTERVAL=2;BYDAY=TU;WKST=MO"
    assert series.exdates == [dt.datetime(2025, 3, 11, 10), dt.datetime(2025, 4, 22, 10)]
    starts = [o.start for o in series.occurrences]
    assert len(starts) == 10 and dt.datetime(2025, 3, 11, 10) not in starts
    moved = [o for o in series.occurrences if o.moved]
    assert len(moved) == 1
    assert moved[0].recurrence_id == dt.datetime(2025, 4, 8, 10)
    assert moved[0].start == dt.datetime(2025, 4, 9, 10)  # summer time: still 10:00 on the wall clock
    assert moved[0].title == "Sprechstunde Integration (verschoben)"
    assert not series.endless and series.expanded_until == dt.date(2025, 6, 17)


def test_google_utc_zoom_meet_and_endless_series() -> None:
    calendar = read("google_kalender.ics")
    assert calendar.profile == "Google Kalender"
    events = by_title(calendar)
    zoom = events["Abstimmung Sprachkurse"]
    assert zoom.start == dt.datetime(2025, 3, 12, 14)  # 13:00Z in winter
    assert zoom.description == "Abstimmung Sprachkurse für Geflüchtete."
    assert zoom.online_link == "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lzbm90YXJlYWxwd2Q.1"
    assert events["Elternabend Kita"].start == dt.datetime(2025, 6, 24, 18)  # 16:00Z in summer
    day = events["Tag der Vielfalt"]
    assert day.all_day and day.end == dt.datetime(2025, 5, 20, 23, 59)
    (series,) = calendar.series
    assert series.endless and series.expanded_until == HORIZON
    assert series.master.online_link == "https://meet.google.com/xkp-qwer-tzu"
    assert series.master.description == ""
    assert series.occurrences[-1].start.date() <= HORIZON
    assert dt.datetime(2025, 2, 17, 9) not in [o.start for o in series.occurrences]
    moved = [o for o in series.occurrences if o.moved]
    assert [(o.recurrence_id, o.start) for o in moved] == [(dt.datetime(2025, 3, 3, 9), dt.datetime(2025, 3, 4, 11))]


def test_thunderbird_floating_time_count_series_and_two_day_event() -> None:
    calendar = read("thunderbird_kalender.ics")
    assert calendar.profile == "Thunderbird"
    events = by_title(calendar)
    assert events["Telefonat Ausländerbehörde"].start == dt.datetime(2025, 3, 5, 11, 30)  # floating
    fachtag = events["Fachtag Integration 2025"]
    assert fachtag.all_day and fachtag.end == dt.datetime(2025, 11, 7, 23, 59)
    assert events["Physiotherapie"].categories == ["Persönlich"]
    (series,) = calendar.series
    starts = [o.start for o in series.occurrences]
    assert len(starts) == 10 and all(s.weekday() == 2 and 8 <= s.day <= 14 for s in starts)  # 2nd Wednesday
    assert all(s.hour == 17 for s in starts)


def test_windows_zone_without_vtimezone_and_display_names() -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Sommer\r\n"
            b'DTSTART;TZID="W. Europe Standard Time":20250710T100000\r\n'
            b'DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250710T110000\r\n'
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = ics.read_calendar(data, horizon=HORIZON).singles
    assert (event.start, event.end) == (dt.datetime(2025, 7, 10, 10), dt.datetime(2025, 7, 10, 11))
    assert ics.zone_for("Romance Standard Time").key == "Europe/Paris"
    assert ics.zone_for("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien").key == "Europe/Berlin"


def test_boilerplate_is_cut_and_plain_text_kept() -> None:
    text, link = ics.strip_meeting_boilerplate("Nur ein Text\nmit zwei Zeilen")
    assert (text, link) == ("Nur ein Text\nmit zwei Zeilen", "")


def test_written_calendar_is_valid_rfc5545() -> None:
    events = [
        ics.OutEvent("s@bruecke", "Sprechstunde " + "sehr lang " * 12, dt.datetime(2025, 3, 4, 10),
                     dt.datetime(2025, 3, 4, 12), rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T235959",
                     exdates=[dt.datetime(2025, 3, 11, 10)], location="Markt 1, Lindenau; EG"),
        ics.OutEvent("s@bruecke", "Verschoben", dt.datetime(2025, 4, 9, 10), dt.datetime(2025, 4, 9, 12),
                     recurrence_id=dt.datetime(2025, 4, 8, 10)),
        ics.OutEvent("u@bruecke", "Fachtag", dt.datetime(2025, 11, 6), dt.datetime(2025, 11, 7, 23, 59),
                     all_day=True),
    ]
    data = ics.calendar_bytes(events, [ics.OutTodo("t@bruecke", "Protokoll verschicken", dt.date(2025, 4, 30))])
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "PRODID:-//Bruecke//" in text and "VERSION:2.0" in text and "TZID:Europe/Berlin" in text
    assert "RRULE:FREQ=WEEKLY;UNTIL=20250624T215959Z;BYDAY=TU" in text  # UNTIL in UTC with a TZID start
    assert "EXDATE;TZID=Europe/Berlin:20250311T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20250408T100000" in text
    assert "DTSTART;VALUE=DATE:20251106" in text and "DTEND;VALUE=DATE:20251108" in text
    assert "BEGIN:VTODO" in text and "DUE;VALUE=DATE:20250430" in text
    parsed = icalendar.Calendar.from_ical(text)
    assert len(parsed.walk("VEVENT")) == 3
    again = ics.read_calendar(data, horizon=HORIZON)
    assert again.profile == "Brücke"
    (series,) = again.series
    assert [o.start for o in series.occurrences if o.moved] == [dt.datetime(2025, 4, 9, 10)]
    assert dt.datetime(2025, 3, 11, 10) not in [o.start for o in series.occurrences]
    assert series.occurrences[-1].start == dt.datetime(2025, 6, 24, 10)


def test_webex_and_new_teams_invitations_are_cut() -> None:
    webex = ("Bitte Unterlagen vorab lesen.\n\n-- Do not delete or change any of the following text. --\n\n"
             "When it's time, join the Webex meeting here.\n\nMeeting number (access code): 2734 123 4567\n"
             "Join meeting <https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d7e8f9>\n")
    text, link = ics.strip_meeting_boilerplate(webex)
    assert text == "Bitte Unterlagen vorab lesen."
    assert link == "https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d7e8f9"
    teams = ("Kurze Abstimmung.\n\n" + "_" * 80 + "\nMicrosoft Teams Benötigen Sie Hilfe?<https://aka.ms/"
             "JoinTeamsMeeting?omkt=de-DE>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/"
             "meetup-join/19%3ameeting_abc%40thread.v2/0>\nBesprechungs-ID: 318 999 224 11\nPasscode: 7hY2qP\n"
             + "_" * 80 + "\n")
    text, link = ics.strip_meeting_boilerplate(teams)
    assert text == "Kurze Abstimmung."
    assert link == "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0"


def _mutated(data: bytes, seed: int) -> bytes:
    import random

    rng = random.Random(seed)
    mutated = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        position = rng.randrange(len(mutated))
        roll = rng.random()
        if roll < 0.4:
            mutated[position] = rng.randrange(256)
        elif roll < 0.7:
            del mutated[position:position + rng.randint(1, 40)]
        else:
            mutated[position:position] = rng.choice([b":", b";", b"\r\n", b"=", b"BEGIN:VEVENT\r\n", b"RRULE:FREQ=",
                                                     b"TZID=", b"DTSTART:"])
    return bytes(mutated)


def test_damaged_calendars_fail_with_a_clear_error_or_read_what_is_readable() -> None:
    import pytest

    original = (FIXTURES / "outlook_kalender.ics").read_bytes()
    for seed in range(150):
        try:
            calendar = ics.read_calendar(_mutated(original, seed), horizon=HORIZON)
        except ValueError:
            continue
        assert len(calendar.singles) + len(calendar.series) + len(calendar.problems) >= 0
    with pytest.raises(ValueError, match="BEGIN:VCALENDAR"):
        ics.read_calendar(b"\x00\x01 kein Kalender", horizon=HORIZON)


def test_a_damaged_line_is_named_by_its_number_in_the_file(db: object, tmp_path: Path) -> None:
    """A calendar cut off or damaged inside a time-zone block: the message names the line of the file in the
    user's language, not icalendar's "Content line could not be parsed into parts"."""
    from app.services import exchange
    from app.services.errors import UserError

    lines = (FIXTURES / "outlook_kalender.ics").read_bytes().split(b"\r\n")
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith(b"TZOFFSETFROM"))
    lines[number - 1] = b"TZOF"
    broken = tmp_path / "kalender.ics"
    broken.write_bytes(b"\r\n".join(lines))
    with pytest.raises(UserError) as caught:
        exchange.preview(broken, "appointments")
    message = str(caught.value)
    assert f"Zeile {number} ist beschädigt oder unvollständig: „TZOF“" in message
    assert "Content line" not in message
