"""Outside-in pass 4 on the calendar exchange: files as Exchange 2010, Google Calendar and CiviCRM write them
(tests/fixtures/calendar4/make_calendar4.py says where each shape comes from), imported through the real path,
checked appointment by appointment, edited in the program and imported again, exported and read back with
`icalendar` and `recurring-ical-events`, and counted in the yearly report's figures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import recurring_ical_events

from app.models import Appointment, AppointmentSeries, Attendance
from app.services import attendance, exchange, recurrence, statistics

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "calendar4"
TODAY = dt.date(2026, 12, 2)
D = dt.datetime


def _import(path: Path) -> exchange.Preview:
    preview = exchange.preview(path, "appointments", today=TODAY)
    exchange.commit(preview, backup=False)
    return preview


def _rules_give_their_dates() -> None:
    """A stored series rule produces exactly the dates of its occurrences (export and extension use it)."""
    for item in AppointmentSeries.select():
        starts = sorted(a.recurrence_id for a in Appointment.select().where(Appointment.series == item))
        exdates = {D.fromisoformat(d) for d in json.loads(item.exdates or "[]")}
        expected = [d for d in recurrence.expand(item.rrule, item.dtstart, until=D(2027, 12, 31))
                    if d not in exdates]
        assert starts == expected, item.rrule


def _titled(title: str) -> list[Appointment]:
    return list(Appointment.select().where(Appointment.title == title).order_by(Appointment.start))


def test_a_line_folded_inside_an_umlaut_keeps_every_umlaut_of_the_file(db: object) -> None:
    """CiviCRM's event feed folds at 75 octets inside "–" and "ä": read line by line, the file was not UTF-8 and
    every entry came in as "BÃ¼rgerhaus SÃ¼d", "Schulung fÃ¼r Ehrenamtliche"."""
    _import(FIXTURES / "civicrm_veranstaltungen.ics")
    fest, schulung = Appointment.select().order_by(Appointment.start)
    assert fest.title == "Interkulturelle Woche: Begegnungsfest der Migrantenorganisationen – Bürgerhaus Süd"
    assert fest.location == "Bürgerhaus Süd, Große Straße 1, 04600 Lindenau"
    assert fest.agenda == ("Gemeinsames Fest mit Musik, Essen und Informationsständen. Grußwort der "
                           "Integrationsbeauftragten; Anmeldung über das Büro für Migration und Flüchtlingshilfe.")
    assert (fest.start, fest.end, fest.status) == (D(2026, 9, 25, 15), D(2026, 9, 25, 19), "held")  # floating time
    assert schulung.title == "Schulung für Ehrenamtliche: Sprachmittlung und Dolmetschen – Grundlagen"
    assert schulung.agenda.endswith("Kurs: Rollenverständnis, Schweigepflicht, Übersetzen im Gespräch mit Behörden.")
    assert schulung.kind == "workshop" and schulung.location.startswith("Gemeindehaus St. Nikolai")


def test_exchange_2010_series_ending_at_midnight_stay_series_with_the_programs_dates(db: object) -> None:
    """Exchange 2010 ends a series at the midnight that opens the day after its last meeting
    ("UNTIL=20261208T000000" for a Tuesday 15:00 meeting whose last date is 1 December). The series model keeps
    the day of UNTIL only, so the rule seemed to add 8 December and both series came in as loose single
    appointments (no series to extend, edit or export as one)."""
    preview = _import(FIXTURES / "exchange2010_serien_bis_mitternacht.ics")
    assert all(row.entity == "series" and row.action == "create" for row in preview.rows)
    assert not any("einzelne Termine" in row.reason for row in preview.rows)
    course = AppointmentSeries.get(AppointmentSeries.title == "Sprachkurs-Anmeldung Integrationskurse")
    jour_fixe = AppointmentSeries.get(AppointmentSeries.title == "Jour fixe Ausländerbehörde")
    assert [a.start for a in _titled(course.title)] == [D(2026, 4, day, 14) for day in (20, 21, 22, 23)]
    meetings = _titled(jour_fixe.title)
    assert len(meetings) == 9 and meetings[0].start == D(2026, 10, 6, 15) and meetings[-1].start == D(2026, 12, 1, 15)
    assert all(m.series_id == jour_fixe.id and m.location == "Landratsamt, Raum 1.12" for m in meetings)
    _rules_give_their_dates()

    # the exported file shows the same meetings in any calendar program
    data, _ = exchange_ics_data()
    calendar = icalendar.Calendar.from_ical(data)
    starts = sorted(e["DTSTART"].dt.replace(tzinfo=None) for e in
                    recurring_ical_events.of(calendar).between((2026, 1, 1), (2027, 12, 31))
                    if str(e["SUMMARY"]) == jour_fixe.title)
    assert starts == [m.start for m in meetings]


def exchange_ics_data() -> tuple[bytes, int]:
    from app.services import ics_export

    return ics_export.calendar_data(ics_export.selected_appointments())


def test_a_series_moved_in_google_updates_its_meetings_instead_of_adding_a_second_set(db: object) -> None:
    """"Alle Termine" of the Thursday Sprechstunde moved from 9:00 to 9:30 in Google Calendar: every
    RECURRENCE-ID changes with DTSTART, and the re-import added six new held meetings beside the six old ones
    (the yearly report counted twelve; the attendance recorded on the old ones stayed there). One Arbeitskreis
    meeting moved to 16:00 arrived with its time but not as an exception of its series."""
    _import(FIXTURES / "google_kalender_2026.ics")
    _rules_give_their_dates()
    before = {a.start.date(): a.id for a in _titled("Sprechstunde Migrationsberatung")}
    assert len(before) == 6 and min(before) == dt.date(2026, 3, 5) and max(before) == dt.date(2026, 4, 9)
    visit = attendance.add_walk_in(before[dt.date(2026, 3, 12)], {"first_name": "Amina", "last_name": "Haddad"})
    monthly = _titled("Arbeitskreis Sprache")
    assert [a.start.date() for a in monthly] == [dt.date(2026, m, d) for m, d in (
        (1, 13), (2, 10), (3, 10), (5, 12), (6, 9), (7, 14), (9, 15), (10, 13), (11, 10))]
    assert [a.status for a in monthly].count("cancelled") == 1 and monthly[4].status == "cancelled"
    assert statistics.key_figures(statistics.Period.year(2026)).held == 6 + 8 + 2  # Sprechstunden, AK, Fachtag/Fahrt

    preview = _import(FIXTURES / "google_kalender_2026_geaendert.ics")
    assert preview.counts()["create"] == 0
    after = _titled("Sprechstunde Migrationsberatung")
    assert {a.start.date(): a.id for a in after} == before  # the same six appointments, moved
    assert [(a.start.time(), a.end.time()) for a in after] == [(dt.time(9, 30), dt.time(11))] * 6
    assert all(a.status == "held" and a.recurrence_id == a.start for a in after)
    assert Attendance.get_by_id(visit.id).appointment_id == before[dt.date(2026, 3, 12)]
    october = Appointment.get(Appointment.title == "Arbeitskreis Sprache", Appointment.start >= D(2026, 10, 1),
                              Appointment.start < D(2026, 11, 1))
    assert (october.start, october.end, october.series_exception) == (D(2026, 10, 13, 16), D(2026, 10, 13, 17, 30),
                                                                      True)
    fachtag = Appointment.get(Appointment.title == "Fachtag Integration")
    assert (fachtag.start.date(), fachtag.end.date(), fachtag.all_day) == (dt.date(2026, 3, 19),
                                                                           dt.date(2026, 3, 20), True)
    _rules_give_their_dates()
    figures = statistics.key_figures(statistics.Period.year(2026))
    assert (figures.appointments, figures.held, figures.cancelled) == (17, 16, 1)

    again = exchange.preview(FIXTURES / "google_kalender_2026_geaendert.ics", "appointments", today=TODAY)
    assert {row.action for row in again.rows} == {"skip"}, [(r.label, r.reason) for r in again.rows]


def test_a_series_moved_to_another_weekday_moves_its_meetings(db: object, tmp_path: Path) -> None:
    """Thursdays become Fridays: each meeting of the week takes the new day, none is left over as held."""
    _import(FIXTURES / "google_kalender_2026.ics")
    before = [a.id for a in _titled("Sprechstunde Migrationsberatung")]
    text = (FIXTURES / "google_kalender_2026.ics").read_text(encoding="utf-8")
    fridays = tmp_path / "freitags.ics"
    fridays.write_text(text.replace("COUNT=6;BYDAY=TH", "COUNT=6;BYDAY=FR")
                       .replace("20260305T090000", "20260306T090000").replace("20260305T100000", "20260306T100000"),
                       encoding="utf-8", newline="")
    _import(fridays)
    after = _titled("Sprechstunde Migrationsberatung")
    assert [a.id for a in after] == before
    assert [a.start for a in after] == [D(2026, 3, 6, 9) + dt.timedelta(weeks=n) for n in range(6)]
    assert {a.status for a in after} == {"held"}
    _rules_give_their_dates()


def test_a_changed_rule_cancels_the_meetings_it_no_longer_has(db: object, tmp_path: Path) -> None:
    """Every second week instead of weekly: the meetings of the weeks in between took place in no calendar any
    more – they are cancelled (not counted as held), one with an outcome written in Brücke stays."""
    _import(FIXTURES / "google_kalender_2026.ics")
    meetings = _titled("Sprechstunde Migrationsberatung")
    Appointment.update(outcome="Drei Beratungen").where(Appointment.id == meetings[3].id).execute()
    text = (FIXTURES / "google_kalender_2026.ics").read_text(encoding="utf-8")
    fortnightly = tmp_path / "14taegig.ics"
    fortnightly.write_text(text.replace("COUNT=6;BYDAY=TH", "COUNT=3;INTERVAL=2;BYDAY=TH"), encoding="utf-8",
                           newline="")
    _import(fortnightly)
    status = {a.start.date(): a.status for a in _titled("Sprechstunde Migrationsberatung")}
    assert status == {dt.date(2026, 3, 5): "held", dt.date(2026, 3, 12): "cancelled", dt.date(2026, 3, 19): "held",
                      dt.date(2026, 3, 26): "held", dt.date(2026, 4, 2): "held", dt.date(2026, 4, 9): "cancelled"}


def test_google_calendar_round_trip_into_an_empty_office(db: object, tmp_path: Path) -> None:
    """Export → import into an empty office → the same appointments; a second import adds nothing; the file is
    valid for icalendar and recurring-ical-events (DST change inside the Thursday series included)."""
    from app.models.database import open_database

    _import(FIXTURES / "google_kalender_2026.ics")
    _import(FIXTURES / "exchange2010_serien_bis_mitternacht.ics")
    out = tmp_path / "buero.ics"
    exchange.export_file("appointments", out)

    def appointments() -> list[tuple[object, ...]]:
        return [(a.title, a.start, a.end, a.all_day, a.kind, a.status, a.location, a.agenda,
                 a.series_exception, a.series.rrule if a.series_id else None)
                for a in Appointment.select().order_by(Appointment.start, Appointment.title)]

    first = appointments()
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    occurrences = recurring_ical_events.of(calendar).between((2026, 1, 1), (2027, 1, 1))
    assert sorted((str(e["SUMMARY"]), e["DTSTART"].dt.replace(tzinfo=None) if isinstance(e["DTSTART"].dt, D)
                   else D.combine(e["DTSTART"].dt, dt.time())) for e in occurrences) == \
        sorted((row[0], row[1]) for row in first)
    thursdays = sorted(e["DTSTART"].dt for e in occurrences if str(e["SUMMARY"]).startswith("Sprechstunde"))
    assert [d.utcoffset() for d in thursdays] == [dt.timedelta(hours=1)] * 4 + [dt.timedelta(hours=2)] * 2

    open_database(tmp_path / "leer.db")
    _import(out)
    assert appointments() == first
    again = exchange.preview(out, "appointments", today=TODAY)
    assert {row.action for row in again.rows} == {"skip"}
    _import(out)
    assert appointments() == first


def test_an_imported_exhibition_of_seven_weeks_shows_on_every_day_of_the_calendar(db: object) -> None:
    """The calendar looked only 31 days back for running appointments: the exhibition (1 September to
    23 October) vanished from the month and week views after 1 October, and from the dashboard's list."""
    from app.services import appointments, calendar

    _import(FIXTURES / "google_ausstellung.ics")
    exhibition = Appointment.get()
    assert (exhibition.all_day, exhibition.start, exhibition.end.date()) == (True, D(2026, 9, 1),
                                                                            dt.date(2026, 10, 23))
    shown = []
    for monday in (dt.date(2026, 8, 31) + dt.timedelta(weeks=n) for n in range(8)):  # the week view, week by week
        week = calendar.week_of(monday)
        days = calendar.by_day(week[0], week[-1])
        shown += sorted(day for day, entries in days.items() if any(e.id == exhibition.id for e in entries))
    assert shown == [dt.date(2026, 9, 1) + dt.timedelta(days=n) for n in range(53)]
    october = calendar.by_day(dt.date(2026, 10, 1), dt.date(2026, 10, 31))  # the month view of October
    assert all(exhibition.id in {e.id for e in october[day]} for day in (dt.date(2026, 10, 1), dt.date(2026, 10, 23)))
    assert [e.id for e in calendar.upcoming(D(2026, 10, 20, 12))] == [exhibition.id]

    # a meeting made longer in the editor after the calendar was shown counts too
    talk = appointments.create_appointment({"title": "Interkulturelle Wochen", "kind": "other",
                                            "start": D(2026, 11, 2), "end": D(2026, 11, 2, 23, 59),
                                            "all_day": True})
    assert talk.id not in {e.id for e in calendar.entries_between(dt.date(2026, 12, 14), dt.date(2026, 12, 20))}
    appointments.update_appointment(talk.id, {"end": D(2026, 12, 18, 23, 59)})
    assert talk.id in {e.id for e in calendar.entries_between(dt.date(2026, 12, 14), dt.date(2026, 12, 20))}


def test_a_study_trip_shown_as_away_is_imported_from_the_ics_as_from_the_csv(db: object) -> None:
    """Outlook shows a trip as "Abwesend". The calendar CSV keeps an absent entry whose category names a kind
    ("Studienreise"); the .ics import skipped it as an absence – the same trip arrived from one file and not from
    the other. An absence without such a category stays out of both."""
    from app.services import appointments, imports

    preview = _import(FIXTURES / "outlook365_studienfahrt_abwesend.ics")
    assert {row.label: row.action for row in preview.rows} == {"Studienfahrt Berlin": "create",
                                                               "Pfingstferien Familie": "skip"}
    from_ics = [(a.title, a.kind, a.start, a.end, a.all_day, a.location, a.agenda) for a in Appointment.select()]
    assert from_ics == [("Studienfahrt Berlin", "study_visit", D(2026, 5, 5), D(2026, 5, 8, 23, 59), True, "Berlin",
                         "Besuch beim Bundesamt für Migration und Flüchtlinge und bei der Berliner "
                         "Integrationsbeauftragten.")]
    appointments.delete_appointment(Appointment.get().id)

    path = FIXTURES / "outlook_kalender_studienfahrt_abwesend.csv"
    csv_preview = imports.preview(path, "appointments", imports.analyse(path, "appointments"))
    imports.commit(csv_preview, backup=False)
    assert [(a.title, a.kind, a.start, a.end, a.all_day, a.location, a.agenda) for a in Appointment.select()] \
        == from_ics


def test_floating_times_of_a_feed_in_another_zone_arrive_in_office_time(db: object) -> None:
    """A partner town's CiviCRM feed writes floating times with X-WR-TIMEZONE:Europe/Vilnius: 10:00 there is
    9:00 in Lindenau (before and after both towns leave summer time). Read as Berlin time, the office joined the
    online meeting an hour late."""
    _import(FIXTURES / "civicrm_partnerstadt_vilnius.ics")
    meetings = _titled("Projekttreffen Städtepartnerschaft (online)")
    assert [(m.start, m.end) for m in meetings] == [(D(2026, 10, 20, 9), D(2026, 10, 20, 10, 30)),
                                                    (D(2026, 11, 3, 9), D(2026, 11, 3, 10, 30))]
    assert {m.online_link for m in meetings} == {"https://meet.jit.si/Partnerstaedte-Lindenau-Vilnius"}
    assert {m.location for m in meetings} == {""}


def test_a_calendar_file_cut_off_in_the_middle_imports_its_complete_entries(db: object, tmp_path: Path) -> None:
    """A copy that stopped (a synced folder, a full disk while saving) ends inside an entry and lacks
    END:VCALENDAR: the whole file was refused with "list index out of range". The complete entries come in; the
    one cut off is named as an error row."""
    data = (FIXTURES / "google_kalender_2026.ics").read_bytes()
    line = b"SUMMARY:Sprechstunde Migrationsberatung\r\n"
    cut = data.index(line) + len(line)
    partial = tmp_path / "kalender_abgebrochen.ics"
    partial.write_bytes(data[:cut])
    preview = _import(partial)
    errors = [row for row in preview.rows if row.action == "error"]
    assert [row.label for row in errors] == ["Sprechstunde Migrationsberatung"]
    assert "mitten in einem Eintrag" in errors[0].reason
    assert {a.title for a in Appointment.select()} == {"Arbeitskreis Sprache", "Fachtag Integration",
                                                       "Studienfahrt Dresden"}
    assert Appointment.select().count() == 11


def test_the_online_link_reaches_outlook_and_google_subscribers_and_reads_back_unchanged(
        db: object, tmp_path: Path) -> None:
    """Outlook and Google import no URL property ([MS-OXCICAL] maps none for VEVENT; Google's import drops it), and
    the link was written only there: a subscriber saw a Teams meeting without its join link. The DESCRIPTION now
    ends with "Online: <link>"; Brücke reads its own file back with the same agenda and link."""
    from app.models.database import open_database

    _import(FIXTURES.parent / "outlook365_exchange_kalender.ics")
    _import(FIXTURES / "civicrm_veranstaltungen.ics")
    out = tmp_path / "abo.ics"
    exchange.export_file("appointments", out)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    for appointment in Appointment.select().where(Appointment.online_link != ""):
        event = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == appointment.title)
        description = str(event["DESCRIPTION"])
        assert description.endswith("Online: " + appointment.online_link)
        assert description.startswith(appointment.agenda)

    def rows() -> list[tuple[str, str, str]]:
        return sorted((a.title, a.agenda, a.online_link) for a in Appointment.select())

    before = rows()
    assert {row.action for row in exchange.preview(out, "appointments", today=TODAY).rows} == {"skip"}
    open_database(tmp_path / "leer.db")
    _import(out)
    assert rows() == before


def test_a_calendar_without_uids_imported_again_adds_nothing(db: object) -> None:
    """Entries without UID (RFC 5545 requires one; some calendar exports leave it out) were created again by every
    import of the same file. They now carry a stand-in identity from title, start and end."""
    first = _import(FIXTURES / "kalender_ohne_uid.ics")
    assert [row.action for row in first.rows] == ["create", "create"]
    arrived = sorted((a.title, a.start, a.end, a.all_day, a.location) for a in Appointment.select())
    assert arrived == [("Elternabend mit Sprachmittlung (Arabisch, Ukrainisch)", D(2026, 11, 10, 18),
                        D(2026, 11, 10, 19, 30), False, "Grundschule am Park, Aula"),
                       ("Tag der offenen Moschee – Führung für Schulklassen", D(2026, 11, 7),
                        D(2026, 11, 7, 23, 59), True, "")]
    again = _import(FIXTURES / "kalender_ohne_uid.ics")
    assert [row.action for row in again.rows] == ["skip", "skip"]
    assert Appointment.select().count() == 2


def test_a_windows_phone_invitation_keeps_its_times_through_the_change_to_winter_time(db: object) -> None:
    """Windows Phone (and older Outlook) write the zone's change days as Windows keeps them, "BYDAY=5SU" for the
    last Sunday, and the offsets without sign ("TZOFFSETFROM:0200"). Read literally, the meetings of this weekly
    Fallkonferenz at 17:00 arrived at 23:00 the day before and at 8:00 after 25 October (October 2026 has no fifth
    Sunday); a "Fallkonferenz" is a working meeting, not a conference."""
    _import(FIXTURES / "windows_phone_einladung.ics")
    meetings = _titled("Fallkonferenz Arbeitsmarkt")
    assert [(m.start, m.end) for m in meetings] == [(D(2026, 10, 13, 17) + dt.timedelta(weeks=n),
                                                     D(2026, 10, 13, 18) + dt.timedelta(weeks=n)) for n in range(6)]
    assert {(m.kind, m.location) for m in meetings} == {("meeting", "Jobcenter Lindenau")}
    _rules_give_their_dates()


def test_undoing_the_reimport_of_a_moved_series_puts_the_meetings_back(db: object) -> None:
    """The update of a moved series changes each meeting's RECURRENCE-ID too; the import's undo refused such a
    record as a whole ("unknown field") and said it restored nothing – the meetings stayed at the new time."""
    from app.models import AppointmentSeries
    from app.services import imports

    _import(FIXTURES / "google_kalender_2026.ics")
    rule_before = AppointmentSeries.get(AppointmentSeries.title == "Sprechstunde Migrationsberatung")
    recurrence_before = [m.recurrence_id for m in _titled("Sprechstunde Migrationsberatung")]
    second = exchange.preview(FIXTURES / "google_kalender_2026_geaendert.ics", "appointments", today=TODAY)
    result = exchange.commit(second, backup=False)
    assert {a.start.time() for a in _titled("Sprechstunde Migrationsberatung")} == {dt.time(9, 30)}
    assert AppointmentSeries.get_by_id(rule_before.id).dtstart.time() == dt.time(9, 30)
    counts = imports.undo(result.batch_id)
    assert counts["restored"] >= result.updated
    # the series rule too: an export after the undo gives the meetings at 9:00, not the moved rule's 9:30
    rule_after = AppointmentSeries.get_by_id(rule_before.id)
    assert (rule_after.dtstart, rule_after.rrule, rule_after.exdates) == \
        (rule_before.dtstart, rule_before.rrule, rule_before.exdates)
    assert [m.recurrence_id for m in _titled("Sprechstunde Migrationsberatung")] == recurrence_before
    meetings = _titled("Sprechstunde Migrationsberatung")
    assert [(m.start, m.end) for m in meetings] == [(D(2026, 3, 5, 9) + dt.timedelta(weeks=n),
                                                     D(2026, 3, 5, 10) + dt.timedelta(weeks=n)) for n in range(6)]
    assert Appointment.get(Appointment.title == "Fachtag Integration").start == D(2026, 3, 20)
