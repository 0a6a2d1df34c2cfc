"""Outside-in QA: calendar files shaped exactly as Outlook 365/Exchange, Apple iCloud and Nextcloud write
them, imported through the real path and checked appointment by appointment (issue 11 §4/§5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.models import Appointment, AppointmentSeries
from app.services import exchange, recurrence

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 11, 23)
D = dt.datetime


def _import(name: str) -> dict[str, exchange.Row]:
    preview = exchange.preview(FIXTURES / name, "appointments", today=TODAY)
    exchange.commit(preview, backup=False)
    _series_rules_give_their_dates()
    return {row.label: row for row in preview.rows}


def _series_rules_give_their_dates() -> None:
    """A stored series rule must produce the dates the calendar program showed (export and extension use it)."""
    for item in AppointmentSeries.select():
        starts = sorted(a.recurrence_id for a in Appointment.select().where(Appointment.series == item))
        exdates = {dt.datetime.fromisoformat(d) for d in json.loads(item.exdates or "[]")}
        expected = [d for d in recurrence.expand(item.rrule, item.dtstart, until=D(2027, 12, 31))
                    if d not in exdates]
        assert starts == expected, item.rrule


def _again_unchanged(name: str) -> None:
    count = Appointment.select().count()
    again = exchange.preview(FIXTURES / name, "appointments", today=TODAY)
    assert {r.action for r in again.rows} == {"skip"}, [(r.label, r.action, r.reason) for r in again.rows]
    exchange.commit(again, backup=False)
    assert Appointment.select().count() == count


def _one(title: str) -> Appointment:
    return Appointment.get(Appointment.title == title)


def test_outlook_365_exchange_calendar(db: object) -> None:
    rows = _import("outlook365_exchange_kalender.ics")
    assert rows["Privater Termin"].action == "skip" and "privat" in rows["Privater Termin"].reason.lower()
    assert rows["Urlaub"].action == "skip" and "abwesend" in rows["Urlaub"].reason.lower()

    jour_fixe = AppointmentSeries.get()
    occurrences = list(Appointment.select().where(Appointment.series == jour_fixe).order_by(Appointment.start))
    assert [o.start for o in occurrences] == [D(2026, 9, 15, 10), D(2026, 9, 29, 11), D(2026, 11, 10, 10),
                                              D(2026, 11, 24, 10), D(2026, 12, 8, 10)]
    assert [o.status for o in occurrences] == ["held", "held", "held", "planned", "planned"]
    moved = occurrences[1]
    assert moved.series_exception and moved.title == "Jour fixe Integration (verschoben)"
    assert moved.end == D(2026, 9, 29, 12) and moved.recurrence_id == D(2026, 9, 29, 10)
    first = occurrences[0]
    assert first.agenda == "Liebe Kolleginnen und Kollegen,\n\nTOP 1: Haushalt 2027\nTOP 2: Sprachmittlerpool"
    assert first.online_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4")
    assert first.online_link.endswith("%22%7d") and moved.online_link == first.online_link
    assert first.location == ""  # "Microsoft Teams-Besprechung" is no place
    assert json_dates(jour_fixe.exdates) == ["2026-10-13T10:00:00", "2026-10-27T10:00:00"]

    cancelled = _one("Beiratssitzung Integrationsbeirat")  # "Abgesagt: " is Outlook's cancelled meeting
    assert cancelled.status == "cancelled" and cancelled.kind == "committee_session"
    assert cancelled.location == "Landratsamt, Großer Sitzungssaal"

    fachtag = _one("Fachtag Sprache und Teilhabe")  # X-MICROSOFT-CDO-ALLDAYEVENT with midnight times
    assert fachtag.all_day and fachtag.start == D(2026, 11, 18) and fachtag.end.date() == dt.date(2026, 11, 19)
    assert fachtag.kind == "conference" and fachtag.status == "held"
    press = _one("Pressegespräch Integrationsbericht")  # Teams' short join link of 2024
    assert press.online_link == "https://teams.microsoft.com/meet/375250512364?p=qT3Hj9sKx2LmPw7Z"
    assert press.agenda == "Abstimmung der Pressemitteilung zum Integrationsbericht." and press.location == ""
    assert press.kind == "press_date" and press.status == "held"
    assert Appointment.select().count() == 8
    _again_unchanged("outlook365_exchange_kalender.ics")


def json_dates(text: str) -> list[str]:
    import json
    return sorted(json.loads(text))


def test_apple_icloud_calendar(db: object) -> None:
    _import("apple_icloud_kalender.ics")
    prep = _one("Vorbereitung Fachtag Vielfalt")
    assert (prep.start, prep.end, prep.all_day, prep.status) == (D(2026, 11, 4, 10), D(2026, 11, 4, 11, 30),
                                                                  False, "held")
    assert prep.location == "Rathaus Lindenau, Markt 1, 04600 Lindenau, Deutschland"
    assert prep.agenda == "Abstimmung Fachtag Vielfalt; Raumfrage klären"
    week = _one("Interkulturelle Woche – Aktionstage")
    assert week.all_day and week.start == D(2026, 12, 7) and week.end.date() == dt.date(2026, 12, 9)
    assert week.status == "planned"
    online = list(Appointment.select().where(Appointment.title == "Landesnetzwerk MO – Online-Austausch")
                  .order_by(Appointment.start))
    assert [o.start for o in online] == [D(2026, 9, 15, 14, 30), D(2026, 11, 17, 14, 30), D(2026, 12, 15, 14, 30)]
    assert [o.status for o in online] == ["held", "held", "planned"]
    assert online[0].online_link == "https://us02web.zoom.us/j/83412345678?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1"
    assert online[0].agenda == "Austausch mit dem Landesnetzwerk Migrantenorganisationen"
    _again_unchanged("apple_icloud_kalender.ics")


def test_nextcloud_file_with_lf_line_ends_and_bom(db: object) -> None:
    rows = _import("nextcloud_kalender_lf_bom.ics")
    assert rows["Urlaub Team"].action == "skip" and "Urlaub" in rows["Urlaub Team"].reason
    ag = _one("AG Sprache")  # floating time: wall clock as written
    assert (ag.start, ag.end, ag.status, ag.location) == (D(2026, 9, 22, 14), D(2026, 9, 22, 15, 30), "held",
                                                          "Raum 2.14")
    hours = list(Appointment.select().where(Appointment.title == "Sprechstunde Integration")
                 .order_by(Appointment.start))
    assert len(hours) == 6 and {h.kind for h in hours} == {"counselling_hours"}
    assert [h.status for h in hours] == ["held", "held", "cancelled", "held", "held", "held"]
    assert hours[0].location == "Bürgerbüro, Zimmer 3" and hours[0].agenda == "Offene Sprechstunde; ohne Anmeldung"
    _again_unchanged("nextcloud_kalender_lf_bom.ics")


def test_outlook_copies_share_a_uid_and_each_keeps_its_own_appointment(db: object) -> None:
    """Outlook gives a copied appointment (Ctrl+drag) the original's UID; its zone is "Customized Time Zone"."""
    name = "outlook_kalender_kopien_customized_tz.ics"
    _import(name)
    summer = [(a.title, a.start, a.end) for a in Appointment.select().where(Appointment.title.startswith(
        "Netzwerktreffen")).order_by(Appointment.start)]
    assert summer == [("Netzwerktreffen Sommer", D(2026, 7, 7, 10), D(2026, 7, 7, 11, 30)),
                      ("Netzwerktreffen Sommer (Kopie)", D(2026, 7, 8, 10), D(2026, 7, 8, 11, 30))]
    days = list(Appointment.select().where(Appointment.title == "Aktionstag").order_by(Appointment.start))
    assert [d.start.date() for d in days] == [dt.date(2026, 3, d) for d in (2, 9, 16, 23, 30)]
    assert all(d.all_day and d.end == d.start.replace(hour=23, minute=59) for d in days)
    group = list(Appointment.select().where(Appointment.title == "AG Arbeitsmarkt").order_by(Appointment.start))
    assert [g.start for g in group] == [D(2026, 1, 13, 10), D(2026, 2, 10, 10), D(2026, 3, 10, 10),
                                        D(2026, 4, 14, 10)]  # second Tuesday (BYSETPOS=2)
    assert AppointmentSeries.select().where(AppointmentSeries.rrule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=4").exists()
    opening = Appointment.select().where(Appointment.title == "Eröffnung Interkulturelle Woche")
    assert sorted(a.start for a in opening) == [D(2026, 9, 27, 11), D(2027, 9, 26, 11), D(2028, 9, 24, 11)]
    _again_unchanged(name)
    _again_unchanged(name)
    assert [(a.title, a.start) for a in Appointment.select().where(Appointment.title.startswith(
        "Netzwerktreffen")).order_by(Appointment.start)] == [(t, s) for t, s, _ in summer]


def test_google_calendar_with_html_description_and_utc_until(db: object) -> None:
    name = "google_kalender_html.ics"
    rows = _import(name)
    vhs = _one("Abstimmung Sprachkurse mit der VHS")  # UTC times → office time (CEST)
    assert (vhs.start, vhs.end, vhs.status) == (D(2026, 10, 14, 10), D(2026, 10, 14, 11, 30), "held")
    assert vhs.agenda == ("Tagesordnung\n\n- Begrüßung & Vorstellung\n- Sprachkurse 2027\n"
                          "Unterlagen: https://www.lindenau.de/integration")
    assert vhs.online_link == "https://meet.google.com/abc-defg-hij" and vhs.location == ""
    cafe = list(Appointment.select().where(Appointment.title == "Deutsch-Café").order_by(Appointment.start))
    assert [c.start for c in cafe] == [D(2026, 10, 7, 16), D(2026, 10, 14, 16), D(2026, 10, 28, 16),
                                       D(2026, 11, 4, 16)]  # UNTIL 22:59:59Z is 23:59:59 in Berlin
    assert cafe[0].location == "Stadtbibliothek Lindenau, Lesecafé, Markt 5, 04600 Lindenau, Deutschland"
    assert cafe[0].agenda == "Deutsch-Café für Neuzugewanderte, offen für alle"
    holidays = rows["Herbstferien"]  # school holidays are no office appointment (issue 11 §4): skipped, days read right
    assert holidays.action == "skip" and "Feiertag oder Ferien" in holidays.reason
    values = holidays.plan.values
    assert values["all_day"] and (values["start"], values["end"]) == (D(2026, 10, 12), D(2026, 10, 16, 23, 59))
    _again_unchanged(name)


def test_outlook_2003_calendar_in_the_windows_code_page(db: object) -> None:
    name = "outlook2003_kalender_cp1252.ics"
    _import(name)
    circle = _one("Arbeitskreis Flüchtlingshilfe")
    assert (circle.start, circle.end, circle.status) == (D(2026, 6, 16, 14), D(2026, 6, 16, 15, 30), "held")
    assert circle.location == "Bürgerhaus Süd, Saal Grünau"
    assert circle.agenda == "Gespräch über Übersetzungsdienste für Geflüchtete"
    _again_unchanged(name)


def test_an_occurrence_deleted_in_outlook_is_cancelled_on_reimport(db: object, tmp_path: Path) -> None:
    """Deleting one meeting of a series in Outlook adds its start to EXDATE; the next import must not keep
    counting it as held."""
    name = "outlook365_exchange_kalender.ics"
    _import(name)
    documented = Appointment.get(Appointment.start == D(2026, 9, 15, 10))
    documented.outcome = "Haushalt besprochen"  # the office recorded that this one took place
    documented.save()
    data = (FIXTURES / name).read_bytes()
    old = b"EXDATE;TZID=W. Europe Standard Time:20261013T100000,20261027T100000\r\n"
    assert old in data
    changed = tmp_path / "kalender_neu.ics"
    changed.write_bytes(data.replace(old, old[:-2] + b",20261110T100000,20260915T100000\r\n"))
    preview = exchange.preview(changed, "appointments", today=TODAY)
    row = next(r for r in preview.rows if r.label == "Jour fixe Integration")
    assert row.action == "update"
    exchange.commit(preview, backup=False)
    gone = Appointment.get(Appointment.start == D(2026, 11, 10, 10))
    assert gone.status == "cancelled" and gone.title == "Jour fixe Integration"
    assert Appointment.get(Appointment.start == D(2026, 9, 15, 10)).status == "held"
    assert json_dates(AppointmentSeries.get().exdates)[-1] == "2026-11-10T10:00:00"
    assert Appointment.select().count() == 8
    again = exchange.preview(changed, "appointments", today=TODAY)
    assert {r.action for r in again.rows} == {"skip"}


def test_a_series_ended_early_in_outlook_cancels_the_meetings_after_its_new_end(db: object, tmp_path: Path) -> None:
    name = "outlook365_exchange_kalender.ics"
    _import(name)
    data = (FIXTURES / name).read_bytes()
    assert b"UNTIL=20261215T090000Z" in data
    changed = tmp_path / "kalender_beendet.ics"
    changed.write_bytes(data.replace(b"UNTIL=20261215T090000Z", b"UNTIL=20261115T090000Z"))
    preview = exchange.preview(changed, "appointments", today=TODAY)
    assert next(r for r in preview.rows if r.label == "Jour fixe Integration").action == "update"
    exchange.commit(preview, backup=False)
    statuses = [(a.start, a.status) for a in Appointment.select().where(Appointment.series.is_null(False))
                .order_by(Appointment.start)]
    assert statuses == [(D(2026, 9, 15, 10), "held"), (D(2026, 9, 29, 11), "held"), (D(2026, 11, 10, 10), "held"),
                        (D(2026, 11, 24, 10), "cancelled"), (D(2026, 12, 8, 10), "cancelled")]
    assert "UNTIL=20261115" in AppointmentSeries.get().rrule
    assert {r.action for r in exchange.preview(changed, "appointments", today=TODAY).rows} == {"skip"}


def test_outlook_invitations_put_together_into_one_file(db: object) -> None:
    """Two invitation attachments (invite.ics, METHOD:REQUEST) appended to one file: one VCALENDAR each."""
    name = "outlook_einladungen_zusammengefuegt.ics"
    _import(name)
    group = _one("Arbeitsgruppe Integrationsbericht")
    assert (group.start, group.end, group.status, group.location) == (D(2026, 12, 1, 9), D(2026, 12, 1, 10, 30),
                                                                       "planned", "Landratsamt, Raum 1.12")
    workshop = _one("Workshop Interkulturelle Öffnung der Verwaltung")
    assert (workshop.start, workshop.end, workshop.kind) == (D(2026, 12, 8, 13), D(2026, 12, 8, 16, 30), "workshop")
    assert workshop.agenda == "Für Führungskräfte der Kreisverwaltung."
    _again_unchanged(name)
