"""Outside-in checks of the calendar rules with the programs' own texts, the way an outside tester pastes them:

- Zoom, Webex and GoTo write no closing rule under their invitation; what the office wrote BELOW it (a note,
  directions) was cut with the invitation. Only the invitation goes now;
- a "Videokonferenz", "Schaltkonferenz" or "Telefonkonferenz" is a call (a meeting), not a conference."""

from __future__ import annotations

import pytest

from app.io import online_meeting
from app.services.imports import calendar

strip = online_meeting.strip_meeting_boilerplate

ZOOM_LINK_DE = "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lzbm90YXJlYWxwd2Q.1"
# German Zoom client 5.17, "Einladung kopieren", pasted into an Outlook appointment with a note below it
ZOOM_DE_NOTE_BELOW = (
    "Tagesordnung siehe Anhang.\n\n"
    "Integrationsbüro Lindenau lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
    "Thema: Netzwerktreffen Sprache\n"
    "Uhrzeit: 12.März.2026 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien\n\n"
    f"Zoom-Meeting beitreten\n{ZOOM_LINK_DE}\n\n"
    "Meeting-ID: 841 2556 7890\nKenncode: 482913\n\n---\n\n"
    "Schnelleinwahl mobil\n+496938079883,,84125567890#,,,,*482913# Deutschland\n"
    "+496950502596,,84125567890#,,,,*482913# Deutschland\n\n---\n\n"
    "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n• +49 695 050 2596 Deutschland\n\n"
    "Meeting-ID: 841 2556 7890\nKenncode: 482913\n\n"
    "Ihre Ortsvorwahl suchen: https://us02web.zoom.us/u/kb2XyZ\n\n"
    "Bitte Namensschild mitbringen.\nParkplätze hinter dem Rathaus.\n")

ZOOM_EN_NOTE_BELOW = (
    "Agenda attached.\n\n"
    "Integration Office Lindenau is inviting you to a scheduled Zoom meeting.\n\n"
    "Topic: Network meeting\nTime: Mar 12, 2026 02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna\n\n"
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/84125567890?pwd=dGhpc2lz.1\n\n"
    "Meeting ID: 841 2556 7890\nPasscode: 482913\n\n---\n\n"
    "One tap mobile\n+496938079883,,84125567890#,,,,*482913# Germany\n\n---\n\n"
    "Dial by your location\n• +49 69 3807 9883 Germany\n\n"
    "Meeting ID: 841 2556 7890\nPasscode: 482913\n\n"
    "Find your local number: https://us02web.zoom.us/u/kb2XyZ\n\n"
    "Join by SIP\n• 84125567890@zoomcrc.com\n\n"
    "Join by H.323\n• 162.255.37.11 (US West)\n• 162.255.36.11 (US East)\n\n"
    "Meeting ID: 841 2556 7890\nPasscode: 482913\n\n"
    "Please bring your name badge.\nLunch at 12:30 in the foyer.")

WEBEX_EN_FULL = (
    "Please read the statement beforehand.\n\n"
    "-- Do not delete or change any of the following text. --\n\n"
    "When it's time, join the Webex meeting here.\n\n"
    "Join meeting <https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d>\n\n"
    "More ways to join:\n\n"
    "Join from the meeting link\nhttps://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d\n\n"
    "Join by meeting number\nMeeting number (access code): 2734 123 4567\nMeeting password: Beirat2026\n\n"
    "Tap to join from a mobile device (attendees only)\n+49-619-6781-9736,,27341234567## Germany Toll\n\n"
    "Join by phone\n+49-619-6781-9736 Germany Toll\n"
    "Global call-in numbers <https://lindenau.webex.com/lindenau/globalcallin.php?MTID=m5e6f>\n\n"
    "Join from a video system or application\nDial 27341234567@lindenau.webex.com\n"
    "You can also dial 62.109.219.4 and enter your meeting number.\n\n"
    "If you are a host, click here <https://lindenau.webex.com/lindenau/j.php?MTID=m8a9b> to view host "
    "information.\n\nNeed help? Go to https://help.webex.com\n")

GOTO_DE_NOTE_BELOW = (
    "Vorbereitung Fachtag.\n\n"
    "Bitte nehmen Sie an meinem Meeting über Ihren Computer, Tablet oder Smartphone teil.\n"
    "https://meet.goto.com/512345678\n\n"
    "Sie können sich auch über Ihr Telefon einwählen.\n"
    "(Für Geräte mit One-Touch-Funktion: Tippen Sie auf eine Nummer unten, um sich sofort einzuwählen.)\n\n"
    "Deutschland: +49 721 9881 4161\n- One-touch: tel:+4972198814161,,512345678#\n\n"
    "Zugangscode: 512-345-678\n\n"
    "Neu bei GoTo Meeting? Installieren Sie die Apps jetzt, und seien Sie bereit, wenn Ihr erstes Meeting "
    "beginnt:\nhttps://meet.goto.com/install\n\n"
    "Danach: Abstimmung Raumplanung mit Herrn Krause.")


@pytest.mark.parametrize("text, agenda, link", [
    (ZOOM_DE_NOTE_BELOW, "Tagesordnung siehe Anhang.\n\nBitte Namensschild mitbringen.\nParkplätze hinter dem Rathaus.",
     ZOOM_LINK_DE),
    (ZOOM_EN_NOTE_BELOW, "Agenda attached.\n\nPlease bring your name badge.\nLunch at 12:30 in the foyer.",
     "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lz.1"),
    (GOTO_DE_NOTE_BELOW, "Vorbereitung Fachtag.\n\nDanach: Abstimmung Raumplanung mit Herrn Krause.",
     "https://meet.goto.com/512345678"),
])
def test_text_written_below_an_invitation_without_closing_rule_stays(text: str, agenda: str, link: str) -> None:
    assert strip(text) == (agenda, link)


def test_a_full_webex_invitation_goes_as_a_whole() -> None:
    assert strip(WEBEX_EN_FULL) == ("Please read the statement beforehand.",
                                    "https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d")


@pytest.mark.parametrize("title", [
    "Videokonferenz mit dem Ministerium", "Telefonkonferenz LAG Migration",
    "Schaltkonferenz der Integrationsbeauftragten", "Teams-Konferenz Haushalt", "Conference call with the ministry",
    "Video conference: budget",
])
def test_a_call_is_no_conference(title: str) -> None:
    assert calendar.kind_from_title(title) == ""
    assert calendar.guess_kind(title, []) == "meeting"


@pytest.mark.parametrize("title, kind", [
    ("Bundeskonferenz der Integrationsbeauftragten", "conference"),
    ("Fachkonferenz Migration", "conference"),
    ("Sitzung per Videokonferenz", "committee_session"),
    ("Pressekonferenz Integrationsbericht", "press_date"),
])
def test_real_conferences_and_sessions_keep_their_kind(title: str, kind: str) -> None:
    assert calendar.guess_kind(title, []) == kind


@pytest.mark.parametrize("name", [
    "Feiertage in Deutschland", "Deutsche Feiertage", "Schulferien Sachsen 2025/26", "Holidays in Germany",
    "GermanHolidays", "Feiertage und Gedenktage", "Gesetzliche Feiertage Sachsen", "Feiertage (DE)",
    "Ferien Sachsen (schulferien.org)",
])
def test_holiday_calendars_by_their_name(name: str) -> None:
    assert calendar.is_holiday_calendar(name)


@pytest.mark.parametrize("name", [
    "Sommerferien-Programm 2026", "Ferien-Sprachcamp Jugendmigrationsdienst", "Ferien- und Urlaubsplanung Team",
    "Holiday Club Lindenau", "Ferienprogramm", "Feiertagsdienst",
])
def test_an_office_calendar_about_the_holidays_is_no_holiday_calendar(name: str) -> None:
    """A youth office's "Sommerferien-Programm" calendar holds its own all-day events (a canoe trip, a camp)."""
    assert not calendar.is_holiday_calendar(name)


@pytest.mark.parametrize("title", [
    "Augsburger Hohes Friedensfest (regionaler Feiertag)", "Erntedankfest", "Martinstag", "Allerseelen",
    "Labor Day / May Day", "Repentance Day (regional holiday)", "Day of Prayer and Repentance",
    "Women's Day (regional holiday)", "Liberation Day (regional holiday)", "Second Christmas Day",
    "St. Nicholas Day", "Assumption of Mary (regional holiday)", "Carnival / Shrove Monday", "Shrove Tuesday",
])
def test_holiday_names_of_googles_and_apples_sets(title: str) -> None:
    """Google's English "Holidays in Germany" and Apple's German set name them so; copied into the office's own
    calendar (no category, no holiday calendar's name) they are holidays still."""
    assert calendar.holiday_reason(title, [], all_day=True, transparent=True)


@pytest.mark.parametrize("category", ["Private Träger", "Personal und Organisation", "Freie und private Träger",
                                      "Holiday Club", "Personalentwicklung"])
def test_german_categories_with_an_english_private_word_are_work(category: str) -> None:
    """"Private Träger" (private course providers) or "Personal" (staff) are an office's topics, not private."""
    assert calendar.suggest_category(category) != calendar.PRIVATE
    assert calendar.private_reason("", "", "", [category], {}, "Beratung Kursträger") == ""


@pytest.mark.parametrize("category", ["Privat", "Private", "Personal", "Urlaub", "Urlaub Team", "Krank",
                                      "Abwesend", "Holiday", "Vacation", "Persönlich", "Elternzeit", "Arzt"])
def test_private_categories_stay_private(category: str) -> None:
    assert calendar.suggest_category(category) == calendar.PRIVATE


@pytest.mark.parametrize("text, agenda, link", [
    ("Zoom-Meeting beitreten: https://us02web.zoom.us/j/84125567890\nTOP 1: Begrüßung\nTOP 2: Haushalt 2026",
     "TOP 1: Begrüßung\nTOP 2: Haushalt 2026", "https://us02web.zoom.us/j/84125567890"),
    ("Microsoft Teams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%40thread.v2/0\n"
     "TOP 1: Sprachmittlerpool\nTOP 2: Verschiedenes", "TOP 1: Sprachmittlerpool\nTOP 2: Verschiedenes",
     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_a%40thread.v2/0"),
    ("TOP 1: Begrüßung\nZoom-Meeting beitreten\nhttps://us02web.zoom.us/j/84125567890\nTOP 2: Haushalt\n"
     "TOP 3: Verschiedenes", "TOP 1: Begrüßung\n\nTOP 2: Haushalt\nTOP 3: Verschiedenes",
     "https://us02web.zoom.us/j/84125567890"),
])
def test_a_hand_made_agenda_under_a_join_line_stays(text: str, agenda: str, link: str) -> None:
    """An office types the program's words itself ("Zoom-Meeting beitreten: <link>") and the agenda right
    below, with no empty line: the agenda was cut with the 'invitation' to the end of the text."""
    assert strip(text) == (agenda, link)
