"""Calendar semantics the Outlook CSV and the .ics import must share (issue 11 §4/§5):

- a CSV row without a category that maps gets its kind from its title words, by the same rule as the .ics
  import ("Runder Tisch …" a committee session, "Sprechstunde" counselling hours, "Pressetermin" a press date);
- public and school holidays (Outlook's German holidays, "Herbstferien Sachsen", subscribed holiday calendars
  of Thunderbird and Google) are skipped with their reason, while a real appointment shown as free – with a
  place or participants, or simply not named like a holiday – still comes in.

Fixtures: tests/fixtures/calendar_gaps (make_calendar_gaps.py says how each program writes them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.io import ics
from app.models import Appointment, AppointmentSeries
from app.services import exchange, exchange_ics, imports
from app.services.imports import calendar

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "calendar_gaps"
TODAY = dt.date(2026, 11, 23)
D = dt.datetime


def _csv(name: str) -> tuple[imports.Preview, imports.Result]:
    path = FIXTURES / name
    layout = imports.analyse(path, "appointments")
    assert layout.profile.startswith("outlook-")
    preview = imports.preview(path, "appointments", layout)
    return preview, imports.commit(preview, backup=False)


def _skipped(preview: imports.Preview) -> dict[str, str]:
    return {str(r.values.get("title")): r.reason for r in preview.rows if r.action == "skip"}


def _kinds() -> dict[str, str]:
    return {a.title: a.kind for a in Appointment.select()}


def test_german_outlook_csv_kind_from_title_words_like_the_ics_import(db: object) -> None:
    _csv("outlook_kalender_feiertage_de.csv")
    kinds = _kinds()
    assert kinds["Runder Tisch Integration"] == "committee_session"
    assert kinds["Ausschuss für Soziales und Integration"] == "committee_session"
    assert kinds["Sprechstunde"] == "counselling_hours"
    assert kinds["Pressetermin Integrationsbericht"] == "press_date"
    assert kinds["Besuch der Erstaufnahmeeinrichtung"] == "site_visit"
    assert kinds["Fachtag Migration und Arbeit"] == "conference"
    assert kinds["Konferenz der Integrationsbeauftragten"] == "conference"
    assert kinds["Netzwerktreffen Ehrenamt"] == "meeting"
    assert kinds["Besuch der Delegation aus Jonava"] == "study_visit"  # its category "Studienfahrt" wins
    table = Appointment.get(Appointment.title == "Runder Tisch Integration")
    assert table.agenda == "Tagesordnung: Bericht der AG Sprache, Planung Fachtag"
    assert table.online_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1")


def test_one_title_rule_for_csv_and_ics() -> None:
    assert exchange_ics.guess_kind is calendar.guess_kind
    assert calendar.guess_kind("Pressekonferenz zum Integrationsbericht", []) == "press_date"
    assert calendar.guess_kind("Netzwerktreffen Sprache", []) == "meeting"
    assert calendar.kind_from_title("Netzwerktreffen Sprache") == ""  # says nothing: the CSV keeps the default


def test_german_outlook_csv_holidays_skipped_free_appointments_kept(db: object) -> None:
    preview, result = _csv("outlook_kalender_feiertage_de.csv")
    skipped = {title: reason for title, reason in _skipped(preview).items() if title not in ("Urlaub", "Krank")}
    assert set(skipped) == {"Ferien", "Tag der Deutschen Einheit", "Herbstferien Sachsen", "Reformationstag"}
    assert all("Feiertag oder Ferien" in reason for reason in skipped.values()), skipped
    assert "„Herbstferien Sachsen“" in skipped["Herbstferien Sachsen"]
    assert result.created == 13
    fachtag = Appointment.get(Appointment.title == "Fachtag Migration und Arbeit")  # all-day, "Frei", a place
    assert (fachtag.all_day, fachtag.status, fachtag.location) == (True, "held", "Volkshochschule Lindenau")
    reception = Appointment.get(Appointment.title == "Tag der Deutschen Einheit")  # the office's own, on the Markt
    assert reception.location == "Marktplatz Lindenau" and reception.all_day
    assert Appointment.get(Appointment.title == "Ferienprogramm Jugendmigrationsdienst").all_day
    assert Appointment.get(Appointment.title == "Interkulturelles Frühstück").start == D(2025, 10, 17, 9)


def test_english_outlook_csv_holidays_and_title_kinds(db: object) -> None:
    preview, result = _csv("outlook_calendar_holidays_en.csv")
    assert set(_skipped(preview)) == {"German Unity Day", "Herbstferien Sachsen"}
    assert result.created == 3
    kinds = _kinds()
    assert kinds["Round Table Integration"] == "committee_session"
    assert kinds["Press conference integration report"] == "press_date"
    press = Appointment.get(Appointment.title == "Press conference integration report")
    assert press.agenda == "Please read the draft report beforehand."
    assert press.online_link == "https://us02web.zoom.us/j/86612345678?pwd=cHJlc3NlMjAyNQ.1"
    day = Appointment.get(Appointment.title == "Diversity Day")  # all-day and free, but no holiday
    assert day.all_day and day.start == D(2025, 5, 20)


def test_outlook_ics_holidays_skipped_and_taken_when_asked(db: object) -> None:
    path = FIXTURES / "outlook_kalender_feiertage.ics"
    preview = exchange.preview(path, "appointments", today=TODAY)
    rows = [(r.label, r.action, r.reason) for r in preview.rows]
    skipped = sorted(label for label, action, _ in rows if action == "skip")
    assert skipped == ["Buß- und Bettag", "Herbstferien Sachsen", "Reformationstag", "Tag der Deutschen Einheit"]
    assert all("Feiertag oder Ferien" in reason for _, action, reason in rows if action == "skip")
    exchange.commit(preview, backup=False)
    titles = sorted(a.title for a in Appointment.select())
    assert titles == ["Aktionstag Vielfalt", "Tag der Deutschen Einheit"]  # free, all-day, no place
    reception = Appointment.get(Appointment.title == "Tag der Deutschen Einheit")  # …but with participants
    assert reception.all_day and reception.start == D(2025, 10, 3)
    again = exchange.preview(path, "appointments", today=TODAY, include_private=True)
    assert {r.label for r in again.rows if r.action == "create"} == set(skipped)  # the user may take them


def test_thunderbird_holiday_calendar_with_yearly_series_is_skipped(db: object) -> None:
    preview = exchange.preview(FIXTURES / "thunderbird_feiertage_deutschland.ics", "appointments", today=TODAY)
    assert len(preview.rows) == 7
    assert {r.action for r in preview.rows} == {"skip"}, [(r.label, r.action, r.reason) for r in preview.rows]
    assert {r.entity for r in preview.rows} == {"appointment", "series"}
    assert all("Feiertag oder Ferien" in r.reason for r in preview.rows)
    exchange.commit(preview, backup=False)
    assert Appointment.select().count() == 0 and AppointmentSeries.select().count() == 0


def test_google_holiday_calendar_with_observances_is_skipped(db: object) -> None:
    preview = exchange.preview(FIXTURES / "google_feiertage_in_deutschland.ics", "appointments", today=TODAY)
    reasons = {r.label: (r.action, r.reason) for r in preview.rows}
    assert set(reasons) == {"Tag der Deutschen Einheit", "Reformationstag (regionaler Feiertag)", "Muttertag",
                            "Volkstrauertag", "Halloween"}
    assert all(action == "skip" and "Feiertag oder Ferien" in reason for action, reason in reasons.values())


@pytest.mark.parametrize("title, categories, all_day, show_as, place, holiday", [
    ("Tag der Deutschen Einheit", [], True, "Frei", "", True),
    ("Herbstferien 2025 Sachsen", [], True, "Free", "", True),
    ("Sommerferien (Sachsen)", [], True, "", "", True),
    ("Pfingstmontag", [], True, "0", "Deutschland", True),
    ("Christmas Day", ["Holiday"], True, "Free", "Germany", True),
    ("Betriebsausflug", ["Feiertag"], True, "Frei", "", True),  # Outlook's holiday category
    ("Tag der Deutschen Einheit", [], False, "Frei", "", False),  # a timed entry is an appointment
    ("Tag der Deutschen Einheit – Bürgerfest", [], True, "Frei", "", False),
    ("Ferienprogramm Jugendmigrationsdienst", [], True, "Frei", "", False),
    ("Ferien-Sprachkurs", [], True, "Frei", "", False),
    ("Tag der Deutschen Einheit", ["Feiertag"], True, "Frei", "Rathaus, Festsaal", False),  # a real place
    ("Aktionstag", [], True, "Frei", "", False),
])
def test_holiday_rule(title: str, categories: list[str], all_day: bool, show_as: str, place: str,
                      holiday: bool) -> None:
    reason = calendar.holiday_reason(title, categories, all_day=all_day, place=place, show_as=show_as)
    assert bool(reason) == holiday, reason


@pytest.mark.parametrize("title, holiday", [
    ("Feiertag: Tag der Deutschen Einheit", True),
    ("Brückentag", True),
    ("Bewegliche Ferientage", True),
    ("Feiertag (Sachsen)", True),
    ("Feiertag: Sommerfest der Vereine", False),
])
def test_holiday_titles_with_a_prefix_and_days_off(title: str, holiday: bool) -> None:
    assert bool(calendar.holiday_reason(title, [], all_day=True)) == holiday


def test_an_entry_of_a_holiday_calendar_needs_no_free_marker() -> None:
    """Some holiday calendars leave out TRANSP: the calendar's name says what its all-day entries are."""
    day = "Internationaler Tag des Ehrenamts"
    assert calendar.holiday_reason(day, [], all_day=True, holiday_calendar=True)
    assert not calendar.holiday_reason(day, [], all_day=True)
    assert not calendar.holiday_reason(day, [], all_day=True, holiday_calendar=True, place="Stadtpark Lindenau")


def test_private_titles_without_category_or_absence_are_skipped_in_csv_and_ics(db: object) -> None:
    """Outlook shows a new all-day entry as free: "Urlaub" and "Krank" often carry no category and no
    "Abwesend". Only a title that is nothing but such a word counts ("Urlaubsvertretung klären" is work)."""
    preview, _result = _csv("outlook_kalender_feiertage_de.csv")
    rows = {str(r.values.get("title")): r for r in preview.rows}
    assert rows["Urlaub"].action == "skip" and "„Urlaub“" in rows["Urlaub"].reason
    assert rows["Krank"].action == "skip"
    assert Appointment.get(Appointment.title == "Urlaubsvertretung klären").kind == "meeting"
    day = D(2025, 11, 3)
    for title, private in (("Urlaub", True), ("Arzttermin", True), ("Zahnarzt", True), ("Urlaubsvertretung", False),
                           ("Arzt und Migration – Fachtag", False)):
        event = ics.IcsEvent("u1", title, day, day.replace(hour=23, minute=59), all_day=True, transparent=True)
        assert bool(exchange_ics.skip_reason(event)) == private, title


@pytest.mark.parametrize("name, holiday", [
    ("Feiertage in Deutschland", True), ("Deutsche Feiertage", True), ("Schulferien Sachsen 2025", True),
    ("Holidays in Germany", True), ("Germany Holidays", True), ("Kalender", False),
    ("Ferienprogramm Jugendhaus", False), ("Feiertagsdienst Bereitschaft", False),
])
def test_holiday_calendar_names(name: str, holiday: bool) -> None:
    assert calendar.is_holiday_calendar(name) == holiday


def test_an_all_day_holiday_with_invitees_is_a_meeting_and_a_skipped_one_is_no_private_entry(
        db: object, tmp_path: Path) -> None:
    # Outlook writes the invitees into "Erforderliche Teilnehmer"/"Optionale Teilnehmer" ("Name;Name"): an
    # entry someone was invited to is the office's, even when it is all-day on a holiday without a room
    header = (FIXTURES / "outlook_kalender_feiertage_de.csv").read_bytes().decode("cp1252").splitlines()[0]
    columns = [c.strip('"') for c in header.split('","')]

    def row(title: str, invitees: str) -> str:
        cells = {"Betreff": title, "Beginnt am": "03.10.2025", "Beginnt um": "00:00:00", "Endet am": "04.10.2025",
                 "Endet um": "00:00:00", "Ganztägiges Ereignis": "Ein", "Erinnerung Ein/Aus": "Aus",
                 "Erforderliche Teilnehmer": invitees, "Kategorien": "Feiertag", "Ort": "", "Priorität": "Normal",
                 "Privat": "Aus", "Vertraulichkeit": "Normal", "Zeitspanne zeigen als": "0"}
        return ",".join(f'"{cells.get(c, "")}"' for c in columns)

    path = tmp_path / "kalender.csv"
    path.write_bytes("\r\n".join([header, row("Tag der Deutschen Einheit", "Müller, Anna;Yılmaz, Mehmet"),
                                  row("Reformationstag", "")]).encode("cp1252", errors="replace") + b"\r\n")
    preview, result = _csv_at(path)
    assert result.created == 1 and Appointment.get().title == "Tag der Deutschen Einheit"
    [reason] = _skipped(preview).values()
    assert "Feiertag oder Ferien „Reformationstag“" in reason and "privat" not in reason


def _csv_at(path: Path) -> tuple[imports.Preview, imports.Result]:
    layout = imports.analyse(path, "appointments")
    assert layout.profile == "outlook-kalender-de"
    preview = imports.preview(path, "appointments", layout)
    return preview, imports.commit(preview, backup=False)
