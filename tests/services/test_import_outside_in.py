"""Outside-in: files shaped exactly as the programs write them (built here in tmp_path), imported through the
path the CLI takes (`bruecke import FILE --kind K --db …`) and through the service functions the wizard calls
(imports.analyse/preview/commit, exchange.preview/commit), checked field by field, and imported twice.

- German Outlook calendar CSV ("Exportieren" → "Kommagetrennte Werte"): Windows-1252, CRLF, every cell quoted,
  the header of tests/fixtures/calendar_gaps/outlook_kalender_feiertage_de.csv;
- Outlook 365 / Exchange .ics (W. Europe Standard Time, Teams invitations in German and English, a room plus
  Teams in LOCATION, all-day entries shown as free);
- Google Calendar .ics of the office's calendar (Meet), of the subscribed "Feiertage in Deutschland" and of a
  youth office's "Sommerferien-Programm";
- Google Contacts CSV (current header), iPhone (3.0) and Android (2.1) vCards with photos."""

from __future__ import annotations

import base64
import csv
import datetime as dt
from pathlib import Path

import pytest

from app.models import Appointment, Organization, Person
from app.services import exchange, imports

RULE = "_" * 80
TEAMS_DE_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGU0%40thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d"
TEAMS_EN_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZW4x%40thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d"
ZOOM_LINK = "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lz.1"

TEAMS_DE = (
    "Tagesordnung:\n1. Begrüßung\n2. Haushalt 2026\n\n" + RULE + "\nMicrosoft Teams-Besprechung\n"
    "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
    f"Jetzt an der Besprechung teilnehmen <{TEAMS_DE_LINK}>\nBesprechungs-ID: 312 450 998 17\nPasscode: Xk7p2Q\n"
    "Herunterladen Teams<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten"
    "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere Informationen<https://aka.ms/JoinTeamsMeeting>"
    " | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=f1e2>\n" + RULE + "\n\n"
    "Im Anschluss: Rundgang durch die Erstaufnahme. Unterlagen: https://cloud.lindenau.de/s/Xy12\n")
TEAMS_EN = (
    "Agenda: language courses 2026\n\n" + RULE + "\nMicrosoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    f"Click here to join the meeting<{TEAMS_EN_LINK}>\nMeeting ID: 318 999 224 11\nPasscode: 7hY2qP\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
    "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
    "Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=f1e2>\n" + RULE + "\n")
ZOOM_DE = (
    "Tagesordnung siehe Anhang.\n\nIntegrationsbüro Lindenau lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
    "Thema: Abstimmung Ministerium\nUhrzeit: 11.Nov..2025 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien\n\n"
    f"Zoom-Meeting beitreten\n{ZOOM_LINK}\n\nMeeting-ID: 841 2556 7890\nKenncode: 482913\n\n---\n\n"
    "Schnelleinwahl mobil\n+496938079883,,84125567890#,,,,*482913# Deutschland\n\n---\n\n"
    "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n\n"
    "Meeting-ID: 841 2556 7890\nKenncode: 482913\n\nIhre Ortsvorwahl suchen: https://us02web.zoom.us/u/kb2XyZ\n\n"
    "Bitte Namensschild mitbringen.")


def _cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    from app.cli import main

    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().out


# --- German Outlook calendar CSV ------------------------------------------------------------------------------

OUTLOOK_DE_HEADER = [
    "Betreff", "Beginnt am", "Beginnt um", "Endet am", "Endet um", "Ganztägiges Ereignis", "Erinnerung Ein/Aus",
    "Erinnerung am", "Erinnerung um", "Besprechungsplanung", "Erforderliche Teilnehmer", "Optionale Teilnehmer",
    "Besprechungsressourcen", "Abrechnungsinformationen", "Beschreibung", "Kategorien", "Ort", "Priorität", "Privat",
    "Reisekilometer", "Vertraulichkeit", "Zeitspanne zeigen als"]


def _outlook_row(title: str, start: str, end: str, *, all_day: bool = False, required: str = "", text: str = "",
                 category: str = "", place: str = "", show_as: str = "2") -> list[str]:
    (start_date, start_time), (end_date, end_time) = start.split(), end.split()
    organizer = "" if all_day else "Büro Integrationsbeauftragte"
    return [title, start_date, start_time, end_date, end_time, "Ein" if all_day else "Aus", "Aus", start_date,
            start_time, organizer, required, "", "", "", text.replace("\n", "\r\n"), category, place, "Normal", "Aus",
            "", "Normal", show_as]


def _outlook_de_csv(path: Path) -> Path:
    rows = [
        _outlook_row("Videokonferenz mit dem Ministerium", "11.11.2025 14:00:00", "11.11.2025 15:00:00", text=ZOOM_DE,
                     place="Zoom-Meeting"),
        _outlook_row("Netzwerktreffen Sprache", "10.11.2025 10:00:00", "10.11.2025 11:30:00", text=TEAMS_DE,
                     place="Rathaus Lindenau, Sitzungssaal; Microsoft Teams-Besprechung",
                     required="Anna Schäfer;Piotr Nowak"),
        _outlook_row("Fachtag Integration", "12.11.2025 00:00:00", "13.11.2025 00:00:00", all_day=True, show_as="0"),
        _outlook_row("Sommerfest", "04.07.2025 00:00:00", "05.07.2025 00:00:00", all_day=True, show_as="0",
                     required="Anna Schäfer;Piotr Nowak"),
        _outlook_row("Urlaubsvertretung Besprechung", "14.11.2025 09:00:00", "14.11.2025 09:30:00"),
        _outlook_row("Urlaub", "03.08.2025 00:00:00", "16.08.2025 00:00:00", all_day=True, show_as="0"),
        _outlook_row("Tag der Deutschen Einheit", "03.10.2025 00:00:00", "04.10.2025 00:00:00", all_day=True,
                     show_as="0", category="Feiertag", place="Deutschland"),
        _outlook_row("Schaltkonferenz der Integrationsbeauftragten", "17.11.2025 10:00:00", "17.11.2025 11:00:00"),
    ]
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(OUTLOOK_DE_HEADER)
        writer.writerows(rows)
    return path


def _check_outlook_de_calendar() -> None:
    titles = {a.title: a for a in Appointment.select()}
    assert set(titles) == {"Videokonferenz mit dem Ministerium", "Netzwerktreffen Sprache", "Fachtag Integration",
                           "Sommerfest", "Urlaubsvertretung Besprechung",
                           "Schaltkonferenz der Integrationsbeauftragten"}
    call = titles["Videokonferenz mit dem Ministerium"]
    assert (call.kind, call.online_link, call.location) == ("meeting", ZOOM_LINK, "")
    assert call.agenda == "Tagesordnung siehe Anhang.\n\nBitte Namensschild mitbringen."  # the note below Zoom's text
    assert titles["Schaltkonferenz der Integrationsbeauftragten"].kind == "meeting"
    network = titles["Netzwerktreffen Sprache"]
    assert (network.location, network.online_link) == ("Rathaus Lindenau, Sitzungssaal", TEAMS_DE_LINK)
    assert network.agenda == ("Tagesordnung:\n1. Begrüßung\n2. Haushalt 2026\n\n"
                              "Im Anschluss: Rundgang durch die Erstaufnahme. Unterlagen: https://cloud.lindenau.de/s/Xy12"
                              "\n\nEingeladen: Anna Schäfer, Piotr Nowak")  # (Outlook's invitees, issue 11 §8)
    day = titles["Fachtag Integration"]
    assert (day.kind, day.all_day, day.start, day.end) == ("conference", True, dt.datetime(2025, 11, 12),
                                                           dt.datetime(2025, 11, 12, 23, 59))
    assert titles["Sommerfest"].all_day and titles["Sommerfest"].status == "held"


def test_german_outlook_calendar_csv_through_the_services(db: object, tmp_path: Path) -> None:
    path = _outlook_de_csv(tmp_path / "Kalender.CSV")
    layout = imports.analyse(path, "appointments")
    assert layout.profile == "outlook-kalender-de"
    preview = imports.preview(path, "appointments", layout)
    skipped = {str(r.values.get("title")): r.reason for r in preview.rows if r.action == "skip"}
    assert set(skipped) == {"Urlaub", "Tag der Deutschen Einheit"}
    assert "Feiertag oder Ferien" in skipped["Tag der Deutschen Einheit"] and "privat" in skipped["Urlaub"]
    result = imports.commit(preview, backup=False)
    assert (result.created, result.errors) == (6, 0)
    _check_outlook_de_calendar()
    again = imports.commit(imports.preview(path, "appointments", imports.analyse(path, "appointments")), backup=False)
    assert again.created == 0 and Appointment.select().count() == 6


def test_german_outlook_calendar_csv_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from app.models import close_database, open_database

    path, office = _outlook_de_csv(tmp_path / "Kalender.CSV"), tmp_path / "office.db"
    code, out = _cli(capsys, "import", path, "--kind", "appointments", "--show-mapping", "--db", office)
    assert code == 0 and "outlook-kalender-de" in out and "Erforderliche Teilnehmer → Eingeladene" in out
    code, out = _cli(capsys, "import", path, "--kind", "appointments", "--db", office)
    assert code == 0 and "6 neu angelegt" in out, out
    code, out = _cli(capsys, "import", path, "--kind", "appointments", "--db", office)
    assert code == 0 and "0 neu angelegt" in out, out
    open_database(office)
    try:
        _check_outlook_de_calendar()
    finally:
        close_database()


# --- Outlook 365 and Google Calendar .ics -----------------------------------------------------------------------

def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    data, parts = line.encode(), []
    while len(data) > 75:
        cut = 75
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        parts.append(data[:cut].decode())
        data = b" " + data[cut:]
    return "\r\n".join([*parts, data.decode()])


def _event(uid: str, title: str, start: str, end: str, *, text: str = "", place: str = "",
           lines: tuple[str, ...] = ()) -> list[str]:
    when = ([f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"] if len(start) == 8 else
            [f"DTSTART;TZID=W. Europe Standard Time:{start}", f"DTEND;TZID=W. Europe Standard Time:{end}"])
    event = ["BEGIN:VEVENT"]
    if text:
        event.append(_fold("DESCRIPTION:" + _ics_text(text)))
    event += [f"UID:{uid}", _fold(f"SUMMARY;LANGUAGE=de-DE:{_ics_text(title)}"), *when, "CLASS:PUBLIC",
              "DTSTAMP:20261120T091512Z"]
    if place:
        event.append(_fold(f"LOCATION;LANGUAGE=de-DE:{_ics_text(place)}"))
    return [*event, *lines, "END:VEVENT"]


FREE_ALL_DAY = ("TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
TZ = ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
      "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def _outlook365_ics(path: Path) -> Path:
    busy = ("TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    events = [
        *_event("0400000082001", "Netzwerktreffen Sprache", "20251110T100000", "20251110T113000", text=TEAMS_DE,
                place="Rathaus Lindenau, Sitzungssaal; Microsoft Teams-Besprechung",
                lines=(*busy, "ATTENDEE;CN=Anna Schäfer;RSVP=TRUE:mailto:a.schaefer@vhs-lindenau.de")),
        *_event("0400000082002", "Language courses 2026", "20251111T090000", "20251111T100000", text=TEAMS_EN,
                place="Microsoft Teams Meeting", lines=busy),
        *_event("0400000082003", "Videokonferenz mit dem Ministerium", "20251111T140000", "20251111T150000",
                text=ZOOM_DE, place="Zoom", lines=busy),
        *_event("0400000082004", "Fachtag Integration", "20251112", "20251113", lines=FREE_ALL_DAY),
        *_event("0400000082005", "Tag der offenen Tür", "20250913", "20250914", lines=FREE_ALL_DAY),
        *_event("0400000082006", "Interkulturelle Woche", "20250921", "20250928", lines=FREE_ALL_DAY),
        *_event("0400000082007", "Urlaubsvertretung Besprechung", "20251114T090000", "20251114T093000", lines=busy),
        *_event("0400000082008", "Urlaub", "20250803", "20250816", lines=FREE_ALL_DAY),
        *_event("0400000082009", "Tag der Deutschen Einheit", "20251003", "20251004", place="Deutschland",
                lines=(*FREE_ALL_DAY, "CATEGORIES:Feiertag")),
    ]
    lines = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "X-WR-CALNAME:Kalender", *TZ, *events, "END:VCALENDAR", ""]
    path.write_bytes("\r\n".join(lines).encode())
    return path


def test_outlook_365_ics_through_the_services(db: object, tmp_path: Path) -> None:
    path = _outlook365_ics(tmp_path / "Kalender.ics")
    preview = exchange.preview(path, "appointments")
    skipped = {r.label for r in preview.rows if r.action == "skip"}
    assert skipped == {"Urlaub", "Tag der Deutschen Einheit"}
    exchange.commit(preview, backup=False)
    titles = {a.title: a for a in Appointment.select()}
    network = titles["Netzwerktreffen Sprache"]
    assert (network.location, network.online_link) == ("Rathaus Lindenau, Sitzungssaal", TEAMS_DE_LINK)
    assert network.agenda.endswith("Im Anschluss: Rundgang durch die Erstaufnahme. Unterlagen: "
                                   "https://cloud.lindenau.de/s/Xy12")
    english = titles["Language courses 2026"]
    assert (english.agenda, english.online_link, english.location) == ("Agenda: language courses 2026",
                                                                       TEAMS_EN_LINK, "")
    call = titles["Videokonferenz mit dem Ministerium"]
    assert (call.kind, call.agenda, call.online_link) == (
        "meeting", "Tagesordnung siehe Anhang.\n\nBitte Namensschild mitbringen.", ZOOM_LINK)
    assert titles["Fachtag Integration"].kind == "conference"
    week = titles["Interkulturelle Woche"]
    assert (week.all_day, week.start.date(), week.end.date()) == (True, dt.date(2025, 9, 21), dt.date(2025, 9, 27))
    assert {"Tag der offenen Tür", "Urlaubsvertretung Besprechung"} <= set(titles)
    again = exchange.preview(path, "appointments")
    assert {r.action for r in again.rows} == {"skip"}
    exchange.commit(again, backup=False)
    assert Appointment.select().count() == 7


GOOGLE_MEET = (
    "Abstimmung der Termine für 2026.\n\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Nehmen Sie mit Google Meet teil: https://meet.google.com/xkp-qwer-tzu\n\n"
    "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
    "Bitte ändern Sie diesen Abschnitt nicht.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def _google_ics(path: Path, name: str, events: list[list[str]]) -> Path:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{name}", "X-WR-TIMEZONE:Europe/Berlin"]
    for event in events:
        lines += event
    path.write_bytes("\r\n".join([*lines, "END:VCALENDAR", ""]).encode())
    return path


def _google_event(uid: str, title: str, start: str, end: str, text: str = "", *extra: str) -> list[str]:
    when = ([f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"] if len(start) == 8 else
            [f"DTSTART:{start}", f"DTEND:{end}"])
    return ["BEGIN:VEVENT", *when, "DTSTAMP:20261120T101500Z", f"UID:{uid}@google.com", "CLASS:PUBLIC",
            _fold("DESCRIPTION:" + _ics_text(text)), "SEQUENCE:0", "STATUS:CONFIRMED", _fold(f"SUMMARY:{title}"),
            *extra, "END:VEVENT"]


def test_google_calendars_meet_holidays_and_a_holiday_programme(capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    from app.models import close_database, open_database

    office = tmp_path / "office.db"
    own = _google_ics(tmp_path / "integration@lindenau.de.ics", "integration@lindenau.de", [
        _google_event("4kq1", "Abstimmung Termine", "20251105T090000Z", "20251105T100000Z", GOOGLE_MEET,
                      "TRANSP:OPAQUE", "X-GOOGLE-CONFERENCE:https://meet.google.com/xkp-qwer-tzu"),
        _google_event("4kq2", "Aktionstag gegen Rassismus", "20250321", "20250322",
                      "Infostände der Migrantenorganisationen.", "TRANSP:TRANSPARENT"),
    ])
    holidays = _google_ics(tmp_path / "Feiertage in Deutschland.ics", "Feiertage in Deutschland", [
        _google_event("20251003_ob0", "Tag der Deutschen Einheit", "20251003", "20251004", "Gesetzlicher Feiertag",
                      "TRANSP:TRANSPARENT"),
        _google_event("20251105_x1", "Buß- und Bettag (regionaler Feiertag)", "20251119", "20251120",
                      "Feiertag in Sachsen", "TRANSP:TRANSPARENT"),
    ])
    programme = _google_ics(tmp_path / "Sommerferien-Programm.ics", "Sommerferien-Programm 2025", [
        _google_event("jmd1", "Kanutour mit dem Jugendmigrationsdienst", "20250708", "20250709",
                      "Treffpunkt Bootshaus", "TRANSP:OPAQUE"),
        _google_event("jmd2", "Sprachcamp", "20250714", "20250719", "", "TRANSP:OPAQUE"),
    ])
    for path, created in ((own, 2), (holidays, 0), (programme, 2)):
        code, out = _cli(capsys, "import", path, "--kind", "appointments", "--db", office)
        assert code == 0 and f"{created} neu angelegt" in out, out
        code, out = _cli(capsys, "import", path, "--kind", "appointments", "--db", office)
        assert code == 0 and "0 neu angelegt" in out, out
    open_database(office)
    try:
        titles = {a.title: a for a in Appointment.select()}
        assert set(titles) == {"Abstimmung Termine", "Aktionstag gegen Rassismus",
                               "Kanutour mit dem Jugendmigrationsdienst", "Sprachcamp"}
        meet = titles["Abstimmung Termine"]
        assert (meet.agenda, meet.online_link) == ("Abstimmung der Termine für 2026.",
                                                   "https://meet.google.com/xkp-qwer-tzu")
        assert titles["Sprachcamp"].all_day and titles["Sprachcamp"].end.date() == dt.date(2025, 7, 18)
    finally:
        close_database()


# --- contacts --------------------------------------------------------------------------------------------------

GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Address 2 - Label,Address 2 - Formatted,Address 2 - Street,Address 2 - City,Address 2 - PO Box,"
    "Address 2 - Region,Address 2 - Postal Code,Address 2 - Country,Address 2 - Extended Address,"
    "Website 1 - Label,Website 1 - Value").split(",")


def _google_contacts(path: Path) -> Path:
    def row(**cells: str) -> list[str]:
        return [cells.get(header, "") for header in GOOGLE_HEADER]

    rows = [
        row(**{"Organization Title": "Integrationsbeauftragte", "Organization Department": "Stabsstelle",
               "Labels": "* myContacts", "E-mail 1 - Label": "* Work",
               "E-mail 1 - Value": "integration@landkreis-lindenau.de", "Phone 1 - Label": "Work",
               "Phone 1 - Value": "03581 663-100", "Address 1 - Label": "Work",
               "Address 1 - Formatted": "Bahnhofstraße 24\n02826 Görlitz", "Address 1 - Street": "Bahnhofstraße 24",
               "Address 1 - City": "Görlitz", "Address 1 - Postal Code": "02826"}),
        row(**{"Organization Name": "Caritas Lindenau", "Organization Title": "Migrationsberatung",
               "Labels": "* myContacts", "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "mbe@caritas-lindenau.de",
               "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+49 170 5556667",
               "Address 1 - Label": "Work", "Address 1 - Formatted": "Kirchweg 2\n04177 Lindenau",
               "Address 1 - Street": "Kirchweg 2", "Address 1 - City": "Lindenau",
               "Address 1 - Postal Code": "04177"}),
        row(**{"First Name": "Olena", "Last Name": "Kovalenko", "Organization Name": "Ukrainischer Verein",
               "Organization Title": "Vorsitzende", "Labels": "* myContacts", "E-mail 1 - Label": "* Home",
               "E-mail 1 - Value": "olena.k@gmail.com", "E-mail 2 - Label": "Work",
               "E-mail 2 - Value": "vorstand@ukr-verein.de", "Address 1 - Label": "Home",
               "Address 1 - Formatted": "Ahornweg 5\n04179 Leipzig", "Address 1 - Street": "Ahornweg 5",
               "Address 1 - City": "Leipzig", "Address 1 - Postal Code": "04179", "Address 2 - Label": "Work",
               "Address 2 - Formatted": "Markt 3\n04177 Lindenau", "Address 2 - Street": "Markt 3",
               "Address 2 - City": "Lindenau", "Address 2 - Postal Code": "04177"}),
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(GOOGLE_HEADER)
        writer.writerows(rows)
    return path


def test_google_contacts_csv_email_only_company_only_and_addresses(db: object, tmp_path: Path) -> None:
    path = _google_contacts(tmp_path / "contacts.csv")
    layout = imports.analyse(path, "persons")
    assert layout.profile == "google"
    result = imports.commit(imports.preview(path, "persons", layout), backup=False)
    assert (result.created, result.errors) == (2, 0)  # two persons; the company-only row is an organisation
    office = Person.get(Person.email == "integration@landkreis-lindenau.de")
    assert (office.last_name, office.function, office.phone) == ("integration@landkreis-lindenau.de",
                                                                  "Integrationsbeauftragte", "03581 663-100")
    assert (office.street, office.postal_code, office.city) == ("Bahnhofstraße 24", "02826", "Görlitz")
    assert "Abteilung: Stabsstelle" in office.notes
    caritas = Organization.get(Organization.name == "Caritas Lindenau")  # a company-only contact: the organisation
    assert (caritas.email, caritas.street, caritas.city) == ("mbe@caritas-lindenau.de", "Kirchweg 2", "Lindenau")
    assert caritas.phone == "+49 170 5556667"  # its only number (a mobile) is the organisation's phone
    assert "Funktion: Migrationsberatung" in caritas.notes  # what the contact was there for is not lost
    olena = Person.get(Person.last_name == "Kovalenko")
    assert (olena.email, olena.street, olena.city) == ("vorstand@ukr-verein.de", "Markt 3", "Lindenau")
    assert "Adresse: Ahornweg 5, 04179 Leipzig" in olena.notes and "olena.k@gmail.com" in olena.notes
    again = imports.commit(imports.preview(path, "persons", imports.analyse(path, "persons")), backup=False)
    assert again.created == 0 and Person.select().count() == 2 and Organization.select().count() == 2


PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 24).decode()


def _iphone_vcf(path: Path) -> Path:
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    cards = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN", "N:Al-Sayed;Fatima;;Dr.;",
        "FN:Dr. Fatima Al-Sayed", "ORG:Jobcenter Lindenau;Team Migration;", "TITLE:Teamleiterin",
        "EMAIL;type=INTERNET;type=WORK;type=pref:f.al-sayed@jobcenter-lindenau.de",
        "EMAIL;type=INTERNET;type=HOME:fatima@example.org", "TEL;type=CELL;type=VOICE;type=pref:+49 170 1234567",
        "TEL;type=WORK;type=VOICE:0341 98765-12",
        "item1.ADR;type=WORK;type=pref:;;Am Markt 5;Lindenau;;04177;Deutschland",
        "item1.X-ABADR:de", "item2.ADR;type=HOME:;;Birkenweg 7;Leipzig;;04109;Deutschland", "item2.X-ABADR:de",
        folded, "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN", "N:;;;;",
        "FN:newsletter@fluechtlingsrat-sachsen.de",
        "EMAIL;type=INTERNET;type=pref:newsletter@fluechtlingsrat-sachsen.de",
        "TITLE:Redaktion", "END:VCARD", ""]
    path.write_bytes("\r\n".join(cards).encode())
    return path


def _android_vcf(path: Path) -> Path:
    photo = ["PHOTO;ENCODING=BASE64;JPEG:" + PHOTO[:48], *(" " + PHOTO[i:i + 76] for i in range(48, len(PHOTO), 76)),
             ""]
    cards = ["BEGIN:VCARD", "VERSION:2.1", "N:Nowak;Piotr;;;", "FN:Piotr Nowak", "TEL;CELL:+48 600 111 222",
             "TEL;WORK:0341 777", "EMAIL;WORK:p.nowak@kulturverein.pl", "ORG:Polnischer Kulturverein",
             "TITLE:Vorstand", "ADR;HOME:;;Ahornweg 5;Leipzig;;04179;Deutschland",
             "ADR;WORK:;;Markt 3;Lindenau;;04177;Deutschland", *photo, "END:VCARD",
             "BEGIN:VCARD", "VERSION:2.1", "EMAIL;HOME:kontakt@willkommen-lindenau.de", "END:VCARD", ""]
    path.write_bytes("\r\n".join(cards).encode())
    return path


def test_phone_vcards_with_photos_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from app.models import close_database, open_database

    office = tmp_path / "office.db"
    for path, created in ((_iphone_vcf(tmp_path / "iPhone.vcf"), 2), (_android_vcf(tmp_path / "Kontakte.vcf"), 2)):
        code, out = _cli(capsys, "import", path, "--kind", "persons", "--db", office)
        assert code == 0 and f"{created} neu angelegt" in out, out
        code, out = _cli(capsys, "import", path, "--kind", "persons", "--db", office)
        assert code == 0 and "0 neu angelegt" in out, out
    open_database(office)
    try:
        fatima = Person.get(Person.last_name == "Al-Sayed")
        assert (fatima.title, fatima.first_name, fatima.function) == ("Dr.", "Fatima", "Teamleiterin")
        assert (fatima.email, fatima.phone, fatima.mobile) == ("f.al-sayed@jobcenter-lindenau.de", "0341 98765-12",
                                                               "+49 170 1234567")
        assert (fatima.street, fatima.city, fatima.organization.name) == ("Am Markt 5", "Lindenau",
                                                                          "Jobcenter Lindenau")
        assert "Adresse: Birkenweg 7, 04109 Leipzig" in fatima.notes and "Team Migration" in fatima.notes
        newsletter = Person.get(Person.email == "newsletter@fluechtlingsrat-sachsen.de")
        assert (newsletter.last_name, newsletter.function) == ("newsletter@fluechtlingsrat-sachsen.de", "Redaktion")
        piotr = Person.get(Person.last_name == "Nowak")
        assert (piotr.street, piotr.mobile, piotr.phone) == ("Markt 3", "+48 600 111 222", "0341 777")
        assert "Adresse: Ahornweg 5, 04179 Leipzig" in piotr.notes
        bare = Person.get(Person.email == "kontakt@willkommen-lindenau.de")
        assert bare.last_name == "kontakt@willkommen-lindenau.de"
    finally:
        close_database()


THUNDERBIRD_DE_HEADER = (
    "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,Messenger-Name,"
    "Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,Privat: Adresse,Privat: Adresse 2,"
    "Privat: Ort,Privat: Bundesland,Privat: PLZ,Privat: Land,Dienstlich: Adresse,Dienstlich: Adresse 2,"
    "Dienstlich: Ort,Dienstlich: Bundesland,Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,Organisation,"
    "Webseite 1,Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,Benutzerdef. 2,Benutzerdef. 3,"
    "Benutzerdef. 4,Notizen,").split(",")


def test_thunderbird_company_entry_is_the_organisation(db: object, tmp_path: Path) -> None:
    """Thunderbird shows a company's entry by its display name, which is the company's name ("Tafel Lindenau"
    beside Organisation "Tafel Lindenau e.V."): no person "Tafel Lindenau" with the company's phone."""
    def row(**cells: str) -> list[str]:
        return [cells.get(header, "") for header in THUNDERBIRD_DE_HEADER]

    path = tmp_path / "Persönliches Adressbuch.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(THUNDERBIRD_DE_HEADER)
        writer.writerow(row(**{"Anzeigename": "Tafel Lindenau", "Primäre E-Mail-Adresse": "info@tafel-lindenau.de",
                               "Tel. dienstlich": "0341 5550", "Organisation": "Tafel Lindenau e.V.",
                               "Dienstlich: Adresse": "Gartenstraße 1", "Dienstlich: PLZ": "04177",
                               "Dienstlich: Ort": "Lindenau"}))
        writer.writerow(row(**{"Anzeigename": "Jugendmigrationsdienst", "Organisation": "Jugendmigrationsdienst",
                               "Primäre E-Mail-Adresse": "jmd@lindenau.de"}))
        writer.writerow(row(**{"Anzeigename": "Hans Tafel", "Vorname": "Hans", "Nachname": "Tafel",
                               "Organisation": "Tafel Lindenau e.V.", "Primäre E-Mail-Adresse": "h.tafel@web.de"}))
    layout = imports.analyse(path, "persons")
    assert layout.profile == "thunderbird-de"
    imports.commit(imports.preview(path, "persons", layout), backup=False)
    tafel = Organization.get(Organization.name == "Tafel Lindenau e.V.")
    assert (tafel.email, tafel.phone, tafel.street, tafel.city) == ("info@tafel-lindenau.de", "0341 5550",
                                                                     "Gartenstraße 1", "Lindenau")
    assert Organization.get(Organization.name == "Jugendmigrationsdienst").email == "jmd@lindenau.de"
    assert [(p.first_name, p.last_name) for p in Person.select()] == [("Hans", "Tafel")]
    again = imports.commit(imports.preview(path, "persons", imports.analyse(path, "persons")), backup=False)
    assert (again.created, again.updated) == (0, 0)
    assert (Person.select().count(), Organization.select().count()) == (1, 2)


def test_iphone_company_card_keeps_its_function_and_second_number(db: object, tmp_path: Path) -> None:
    path = tmp_path / "Caritas.vcf"
    path.write_bytes("\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN", "N:;;;;", "FN:Caritas Lindenau",
        "ORG:Caritas Lindenau;Migrationsberatung", "TITLE:Beratung für Geflüchtete",
        "EMAIL;type=INTERNET;type=WORK;type=pref:mbe@caritas-lindenau.de",
        "TEL;type=WORK;type=VOICE;type=pref:0341 2223", "TEL;type=CELL;type=VOICE:0171 9998887",
        "X-ABShowAs:COMPANY", "END:VCARD", ""]).encode())
    exchange.commit(exchange.preview(path, "persons"), backup=False)
    caritas = Organization.get(Organization.name == "Caritas Lindenau")
    assert (caritas.email, caritas.phone) == ("mbe@caritas-lindenau.de", "0341 2223")
    assert "Funktion: Beratung für Geflüchtete" in caritas.notes and "Mobil: 0171 9998887" in caritas.notes
    assert "Abteilung: Migrationsberatung" in caritas.notes
    again = exchange.preview(path, "persons")
    assert [row.action for row in again.rows] == ["skip"]
