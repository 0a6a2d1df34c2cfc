"""The demo office's rhythm (issue 12): the round table's quarterly series, the weekly consultation hour on
Tuesdays, the monthly Beirat, a jour fixe with the Jobcenter every second Monday, one moved occurrence
(an exception) and follow-ups from last month's Beirat – some overdue, some done.

Called from demo.fill_demo inside its transaction; deterministic for a given `today`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.models import Appointment, AppointmentSeries, Attendance, Network, db_proxy
from app.models.search import refresh_entries
from app.services import appointments, followups, networks, series
from app.services.holidays import holidays_between
from app.services.recurrence import DAY_CODES


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _months_back(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _network(short_name: str) -> Network | None:
    return Network.get_or_none(Network.short_name == short_name)


def _mark_past_held(series_id: int, today: dt.date, attended: bool) -> None:
    past = [a.id for a in Appointment.select(Appointment.id).where(
        (Appointment.series == series_id) & (Appointment.start < dt.datetime.combine(today, dt.time())))]
    if not past:
        return
    Appointment.update(status="held").where(Appointment.id.in_(past)).execute()
    if attended:
        rows = list(Attendance.select(Attendance.id, Attendance.person).where(Attendance.appointment.in_(past)))
        ticked = [a.id for a in rows if a.person_id % 5 != 0]  # four in five came
        if ticked:
            Attendance.update(status="attended").where(Attendance.id.in_(ticked)).execute()
        excused = [a.id for a in rows if a.person_id % 5 == 0]
        if excused:
            Attendance.update(status="excused").where(Attendance.id.in_(excused)).execute()


def _replace_single(title: str, network: Network | None, since: dt.datetime) -> None:
    """The series takes over: single demo appointments of the same kind from its start on go."""
    condition = (Appointment.start >= since) & Appointment.series.is_null() & (Appointment.status == "planned")
    condition &= (Appointment.network == network.id) if network is not None else (Appointment.title == title)
    ids = [a.id for a in Appointment.select(Appointment.id).where(condition)]
    if ids:  # the bulk path: invitations and field links go with them (ON DELETE CASCADE)
        Appointment.delete().where(Appointment.id.in_(ids)).execute()
        refresh_entries(db_proxy.obj, "appointment", ids)


DEMO_AHEAD_DAYS = 60  # the demo file holds two months ahead; the GUI extends to the horizon at start


def _create(data: dict[str, Any], rule: str, **extra: Any) -> AppointmentSeries:
    today: dt.date = extra.pop("today")
    created = series.create_series(data, rule, until=today + dt.timedelta(days=DEMO_AHEAD_DAYS), today=today,
                                   **extra)
    _skip_holidays([created.id])
    return created


def fill_calendar(today: dt.date) -> dict[str, int]:
    """Create the demo series and follow-ups; returns {name: series id}."""
    created: dict[str, int] = {}
    fields = [f.id for f in appointments.fields_of_action()]
    with db_proxy.atomic():
        round_table, beirat = _network("RTI"), _network("Beirat")
        # the round table: quarterly on the 2nd Wednesday, from the coming month on
        year, month = _months_back(today, -1)
        first = _nth_weekday(year, month, 2, 2)
        start = dt.datetime.combine(first, dt.time(14, 0))
        _replace_single("", round_table, start)
        created["round_table"] = _create(
            {"title": "Runder Tisch Integration", "kind": "committee_session", "start": start,
             "end": start + dt.timedelta(hours=3), "location": "Landratsamt, Saal 1",
             "network": round_table.id if round_table else None, "expected_participants": 31,
             "agenda": "1. Begrüßung\n2. Berichte aus den Einrichtungen\n3. Verschiedenes"},
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE", fields=fields[:1] + fields[5:6],
            invite=[p.id for p in networks.invitees(round_table.id)] if round_table else [], today=today).id
        # the consultation hour: every Tuesday 9–12, since three weeks
        tuesday = today - dt.timedelta(days=(today.weekday() - 1) % 7 + 14)
        start = dt.datetime.combine(tuesday, dt.time(9, 0))
        _replace_single("Sprechstunde der Integrationsbeauftragten", None, start)
        consultation = _create(
            {"title": "Sprechstunde der Integrationsbeauftragten", "kind": "counselling_hours", "start": start,
             "end": start + dt.timedelta(hours=3), "location": "Landratsamt, Zimmer 112", "confidential": True},
            "FREQ=WEEKLY;BYDAY=TU", fields=fields[4:5], today=today)
        created["consultation"] = consultation.id
        _mark_past_held(consultation.id, today, attended=False)
        # one moved occurrence: next week's consultation hour on Wednesday afternoon (an exception)
        upcoming = [a for a in series.occurrences(consultation.id) if a.start.date() > today + dt.timedelta(days=6)]
        if upcoming:
            moved = upcoming[0]
            new_start = moved.start + dt.timedelta(days=1, hours=5)
            series.update_occurrence(moved.id, {"start": new_start, "end": new_start + dt.timedelta(hours=3),
                                                "location": "Bürgerhaus Birkhausen"})
        # the Beirat: monthly on the 2nd Thursday, since three months
        year, month = _months_back(today, 3)
        first = _nth_weekday(year, month, 3, 2)
        start = dt.datetime.combine(first, dt.time(17, 0))
        _replace_single("", beirat, dt.datetime.combine(today, dt.time()))
        if beirat is not None:
            networks.update_network(beirat.id, {"rhythm": "monatlich"})
        board = _create(
            {"title": "Sitzung des Integrationsbeirats", "kind": "committee_session", "start": start,
             "end": start + dt.timedelta(hours=2), "location": "Kreistagssaal",
             "network": beirat.id if beirat else None,
             "agenda": "1. Protokoll\n2. Bericht der Beauftragten\n3. Anträge\n4. Verschiedenes"},
            f"FREQ=MONTHLY;BYDAY=2{DAY_CODES[3]}", fields=fields[5:6],
            invite=[p.id for p in networks.invitees(beirat.id)] if beirat else [], today=today)
        created["beirat"] = board.id
        _mark_past_held(board.id, today, attended=True)
        # the jour fixe with the Jobcenter: every second Monday
        monday = today - dt.timedelta(days=today.weekday() + 14)
        start = dt.datetime.combine(monday, dt.time(10, 0))
        _replace_single("Abstimmung mit dem Jobcenter", None, start)
        jour_fixe = _create(
            {"title": "Jour fixe Jobcenter", "kind": "meeting", "start": start, "end": start + dt.timedelta(hours=1),
             "location": "Jobcenter Lindenau"}, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", fields=fields[3:4], today=today)
        created["jour_fixe"] = jour_fixe.id
        _mark_past_held(jour_fixe.id, today, attended=False)
        _follow_ups(board.id, beirat.id if beirat else None, today)
    return created


def _skip_holidays(series_ids: list[int]) -> None:
    """The office does not meet on public holidays: those occurrences are taken out of their series."""

    rows = list(Appointment.select().where(Appointment.series.in_(series_ids)))
    if not rows:
        return
    free = holidays_between(min(a.start.date() for a in rows), max(a.start.date() for a in rows))
    for appointment in rows:
        if appointment.start.date() in free:
            series.delete_occurrence(appointment.id)


def _follow_ups(board_series: int, beirat: int | None, today: dt.date) -> None:
    """Follow-ups from last month's Beirat: two overdue, one done, one due this week."""
    year, month = _months_back(today, 1)
    last_month = (Appointment.select().where(
        (Appointment.series == board_series) & (Appointment.start >= dt.datetime(year, month, 1))
        & (Appointment.start < dt.datetime.combine(today, dt.time()))).order_by(Appointment.start).first())
    if last_month is None:
        return
    appointments.update_appointment(last_month.id, {
        "outcome": "Stellungnahme zum Integrationskonzept bis Monatsende; Protokoll an alle Mitglieder; "
                   "Dolmetscherpool soll ausgebaut werden."})
    held = last_month.start.date()
    rows = [
        ("Protokoll an alle Beiratsmitglieder versenden", held + dt.timedelta(days=5), True, "Geschäftsstelle"),
        ("Stellungnahme zum Integrationskonzept einholen", held + dt.timedelta(days=14), False, "Dr. Brandt"),
        ("Raum für die Klausurtagung reservieren", today - dt.timedelta(days=2), False, "Geschäftsstelle"),
        ("Angebote für den Dolmetscherpool vergleichen", today + dt.timedelta(days=(6 - today.weekday()) or 1),
         False, "Dr. Brandt"),
    ]
    for title, due, done, responsible in rows:
        followups.create_follow_up({"title": title, "due_date": due, "done": done, "responsible": responsible,
                                    "appointment": last_month.id, "network": beirat})
