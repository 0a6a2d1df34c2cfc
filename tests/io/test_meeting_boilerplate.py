"""Online-meeting invitation text (Teams, Zoom, Webex, Google Meet, Jitsi, BigBlueButton) is cut from an
appointment's agenda by ONE function for the .ics and the Outlook-CSV import; the agenda written above it stays,
the join link becomes the online link. The invitation texts are the programs' own (German and English)."""

from __future__ import annotations

import pytest

from app.io import ics, online_meeting
from app.services.imports import calendar

strip = online_meeting.strip_meeting_boilerplate
RULE = "_" * 80
TEAMS_JOIN = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTg4%40thread.v2/0?context="
              "%7b%22Tid%22%3a%22a1b2%22%7d")

TEAMS_CLASSIC_DE = (
    "Tagesordnung:\n1. Begrüßung\n2. Bericht der AG Sprache\n\n" + RULE + "\n"
    "Microsoft Teams-Besprechung\n"
    "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
    f"Klicken Sie hier, um an der Besprechung teilzunehmen<{TEAMS_JOIN}>\n"
    "Besprechungs-ID: 372 918 455 061\n"
    "Kennung: 7kR2mX\n"
    "Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten"
    "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Oder rufen Sie an (nur Audio)\n"
    "+49 69 365052429,,372918455#   Deutschland, Frankfurt am Main\n"
    "Telefonkonferenz-ID: 372 918 455#\n"
    "Lokale Nummer suchen<https://dialin.teams.microsoft.com/8f1b?id=372918455> | PIN zurücksetzen"
    "<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
    "Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen"
    "<https://teams.microsoft.com/meetingOptions/?organizerId=f1e2&tenantId=a1b2>\n" + RULE + "\n")

TEAMS_2024_EN = (
    "Quick alignment before the board meeting.\n\n" + RULE + "\n"
    "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n\n"
    "Join the meeting now<https://teams.microsoft.com/meet/31899922411?p=7hY2qPzK9>\n\n"
    "Meeting ID: 318 999 224 11\nPasscode: 7hY2qP\n\n" + "_" * 32 + "\n"
    "Dial in by phone\n+49 69 365052429,,318999224# Germany, Frankfurt am Main\n"
    "Find a local number<https://dialin.teams.microsoft.com/8f1b?id=318999224>\n"
    "Phone conference ID: 318 999 224#\n"
    "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=f1e2> | "
    "Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n" + RULE + "\n")

ZOOM_DE = (
    "Tagesordnung:\n- Sprachkurse 2026\n- Verschiedenes\n\n"
    "Integrationsbüro Lindenau lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n"
    "Thema: Netzwerktreffen Sprache\n"
    "Uhrzeit: 12.März.2026 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien\n\n"
    "Zoom-Meeting beitreten\n"
    "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lzbm90YXJlYWxwd2Q.1\n\n"
    "Meeting-ID: 841 2556 7890\nKenncode: 482913\n\n---\n\n"
    "Schnelleinwahl mobil\n+496938079883,,84125567890#,,,,*482913# Deutschland\n\n---\n\n"
    "Einwahl nach aktuellem Standort\n• +49 69 3807 9883 Deutschland\n\n"
    "Meeting-ID: 841 2556 7890\nKenncode: 482913\n\n"
    "Ihre Ortsvorwahl suchen: https://us02web.zoom.us/u/kb2XyZ\n")

WEBEX_DE = (
    "Bitte die Stellungnahme vorab lesen.\n\n"
    "-- Der folgende Text darf nicht gelöscht oder geändert werden. --\n\n"
    "Wenn es Zeit ist, am Webex-Meeting hier teilnehmen.\n\n"
    "Meeting beitreten <https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c>\n\n"
    "Weitere Methoden zum Beitreten:\n\n"
    "Über Meeting-Link beitreten\nhttps://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c\n\n"
    "Über Meeting-Kennnummer beitreten\nMeeting-Kennnummer (Zugriffscode): 2734 123 4567\n"
    "Meeting-Passwort: Beirat2026\n")

GOOGLE_MEET_DE = (
    "Abstimmung der Termine für 2026.\n\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Nehmen Sie mit Google Meet teil: https://meet.google.com/xkp-qwer-tzu\n\n"
    "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
    "Bitte ändern Sie diesen Abschnitt nicht.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n")


def test_german_teams_block_is_cut_agenda_above_and_notes_below_kept() -> None:
    text, link = strip(TEAMS_CLASSIC_DE + "\nBitte das Protokoll der letzten Sitzung mitbringen.\n")
    assert text == ("Tagesordnung:\n1. Begrüßung\n2. Bericht der AG Sprache\n\n"
                    "Bitte das Protokoll der letzten Sitzung mitbringen.")
    assert link == TEAMS_JOIN  # not the help, download, dial-in or options pages


def test_new_teams_english_block_with_its_inner_short_rule_is_cut_as_a_whole() -> None:
    text, link = strip(TEAMS_2024_EN)
    assert text == "Quick alignment before the board meeting."
    assert link == "https://teams.microsoft.com/meet/31899922411?p=7hY2qPzK9"


def test_teams_block_without_its_opening_rule_is_cut_to_the_closing_rule() -> None:
    """Outlook on the web and pasted invitations lose the upper rule: the header line starts the block."""
    body = TEAMS_CLASSIC_DE.split(RULE + "\n", 1)[1] + "Danach: Mittagessen im Ratskeller."
    text, link = strip("Kurze Abstimmung.\n\n" + body)
    assert text == "Kurze Abstimmung.\n\nDanach: Mittagessen im Ratskeller."
    assert link == TEAMS_JOIN


def test_zoom_invitation_german_cut_from_the_inviting_line() -> None:
    text, link = strip(ZOOM_DE)
    assert text == "Tagesordnung:\n- Sprachkurse 2026\n- Verschiedenes"
    assert link == "https://us02web.zoom.us/j/84125567890?pwd=dGhpc2lzbm90YXJlYWxwd2Q.1"


def test_webex_invitation_german() -> None:
    text, link = strip(WEBEX_DE)
    assert text == "Bitte die Stellungnahme vorab lesen."
    assert link == "https://lindenau.webex.com/lindenau/j.php?MTID=m2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c"


def test_google_meet_fence_is_cut() -> None:
    text, link = strip(GOOGLE_MEET_DE)
    assert (text, link) == ("Abstimmung der Termine für 2026.", "https://meet.google.com/xkp-qwer-tzu")


@pytest.mark.parametrize("line, link", [
    ("Jitsi-Konferenz: https://meet.jit.si/BeiratLindenau2026", "https://meet.jit.si/BeiratLindenau2026"),
    ("Videokonferenz (Jitsi): https://jitsi.lindenau.de/Netzwerktreffen.", "https://jitsi.lindenau.de/Netzwerktreffen"),
    ("BigBlueButton-Raum: https://bbb.lindenau.de/b/fat-x7k-2pq", "https://bbb.lindenau.de/b/fat-x7k-2pq"),
    ("Link zum Raum: https://konferenz.lindenau.de/rooms/abc-def-ghi/join",
     "https://konferenz.lindenau.de/rooms/abc-def-ghi/join"),
])
def test_jitsi_and_bigbluebutton_links_become_the_online_link(line: str, link: str) -> None:
    text, found = strip(f"Austausch zur Wohnsituation.\n\n{line}\n")
    assert (text, found) == ("Austausch zur Wohnsituation.", link)


def test_ordinary_text_is_left_alone() -> None:
    plain = ("Die Teams der AGs berichten.\nUnterlagen: https://www.lindenau.de/integration\n\n"
             "________________________\ngez. Fatima Al-Sayed")
    assert strip(plain) == (plain, "")
    assert strip("") == ("", "")
    same_line = "Treffen online unter https://meet.jit.si/Beirat – bitte Kamera einschalten."
    assert strip(same_line) == (same_line, "https://meet.jit.si/Beirat")  # the sentence goes on: kept


def test_one_function_for_ics_and_calendar_csv() -> None:
    assert calendar.strip_online_boilerplate is strip
    assert ics.strip_meeting_boilerplate is strip


SKYPE_DE = (
    "Abstimmung Haushalt 2019.\n\n" + "." * 137 + "\n"
    "Skype-Besprechung beitreten<https://meet.lync.com/lindenau/f.al-sayed/8XK2Q4PZ>\n"
    "Probleme beim Beitreten? Skype Web App<https://meet.lync.com/lindenau/f.al-sayed/8XK2Q4PZ?sl=1> testen\n"
    "An Besprechung per Telefon teilnehmen\n+49 341 123 4000 (Lindenau) Deutsch (Deutschland)\n"
    "Konferenz-ID: 4711\n" + "." * 137 + "\n")
GOTO_DE = (
    "Vorbereitung Fachtag.\n\n"
    "Bitte nehmen Sie an meinem Meeting über Ihren Computer, Tablet oder Smartphone teil.\n"
    "https://meet.goto.com/512345678\n\n"
    "Sie können sich auch über Ihr Telefon einwählen.\nDeutschland: +49 721 9881 4161\n\n"
    "Zugangscode: 512-345-678\n")
WEBEX_NEW_DE = (
    "TOP 1: Sprachmittlerpool\n\n"
    "Integrationsbüro Lindenau lädt Sie zu diesem geplanten Webex-Meeting ein.\n\n"
    "Wenn es soweit ist, können Sie hier am Webex-Meeting teilnehmen.\n"
    "https://lindenau.webex.com/lindenau/j.php?MTID=m0a1b2c3d4e5f60718293a4b5c6d7e8f9\n\n"
    "Meeting-Kennnummer: 2731 456 7890\nPasswort: Netz2026\n")


@pytest.mark.parametrize("text, agenda, link", [
    (SKYPE_DE, "Abstimmung Haushalt 2019.", "https://meet.lync.com/lindenau/f.al-sayed/8XK2Q4PZ"),
    (GOTO_DE, "Vorbereitung Fachtag.", "https://meet.goto.com/512345678"),
    (WEBEX_NEW_DE, "TOP 1: Sprachmittlerpool",
     "https://lindenau.webex.com/lindenau/j.php?MTID=m0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
])
def test_skype_goto_and_newer_webex_invitations(text: str, agenda: str, link: str) -> None:
    assert strip(text) == (agenda, link)


@pytest.mark.parametrize("location, place, link", [
    ("Microsoft Teams-Besprechung", "", ""),
    ("Rathaus Lindenau, Sitzungssaal; Microsoft Teams-Besprechung", "Rathaus Lindenau, Sitzungssaal", ""),
    ("Microsoft Teams Meeting; Raum 204", "Raum 204", ""),
    ("Bürgerhaus Süd; https://us02web.zoom.us/j/84125567890", "Bürgerhaus Süd", "https://us02web.zoom.us/j/84125567890"),
    ("https://meet.jit.si/BeiratLindenau", "", "https://meet.jit.si/BeiratLindenau"),
    ("Rathaus\nMarkt 1\n04600 Lindenau", "Rathaus, Markt 1, 04600 Lindenau", ""),
    ("Landratsamt; Raum 1.12", "Landratsamt; Raum 1.12", ""),
])
def test_hybrid_meeting_places(location: str, place: str, link: str) -> None:
    """Outlook joins a room and the Teams meeting with "; " in Ort/LOCATION: the room is the place."""
    assert online_meeting.meeting_place(location) == (place, link)


def test_a_hand_made_agenda_with_a_rule_and_a_link_loses_nothing_but_the_link_line() -> None:
    agenda = ("TOP 1: Begrüßung\n" + "-" * 30 + "\nOnline: https://meet.jit.si/BeiratLindenau\n"
              "TOP 2: Haushalt\nTOP 3: Verschiedenes")
    text, link = strip(agenda)
    assert link == "https://meet.jit.si/BeiratLindenau"
    assert text == "TOP 1: Begrüßung\n" + "-" * 30 + "\nTOP 2: Haushalt\nTOP 3: Verschiedenes"


def test_a_second_join_link_stays_in_the_agenda() -> None:
    text, link = strip("Plenum: https://meet.jit.si/Plenum\nAG Sprache: https://meet.jit.si/AGSprache")
    assert (text, link) == ("AG Sprache: https://meet.jit.si/AGSprache", "https://meet.jit.si/Plenum")
