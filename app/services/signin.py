"""Sign-in sheets (Teilnahmelisten): what goes on the paper, and the options remembered per network.

No Qt and no PDF here: `gather()` turns an appointment and its attendance snapshots into plain `Sheet`
data; `app/io/signin_sheet.py` lays it out. A sheet prints the snapshot (name, organisation and function
as they were that day), so a list from 2023 reprints the same after people changed jobs.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.io import signin_sheet
from app.io.signin_data import LANGUAGES, MAX_BLANK_ROWS, OPTIONAL_COLUMNS, Sheet, SheetOptions, SheetRow
from app.models import Appointment, Attendance, Network, Organization, Setting, db_proxy
from app.models.search import fold
from app.services import attendance, contacts, records, settings
from app.services.appointments import APPOINTMENT
from app.services.errors import ValidationError

__all__ = [  # the sheet's plain data is defined in app/io/signin_data.py; callers import it from here too
    "LANGUAGES", "MAX_BLANK_ROWS", "OPTIONAL_COLUMNS", "Sheet", "SheetOptions", "SheetRow", "default_options", "gather",
    "gather_many", "office", "options_for", "remember", "write_for_appointments",
]

# Who is printed by name: people expected to come (and walk-ins already ticked); declined/excused are not.
PRINTED_STATUSES = ("invited", "registered", "attended")


def _key(network_id: int) -> str:
    return f"signin_options.network.{network_id}"


def default_options() -> SheetOptions:
    language = settings.get("report_language")
    return SheetOptions(language=language if language in LANGUAGES else "de")


def options_for(appointment_id: int) -> SheetOptions:
    """The options last used for this appointment's network (or the defaults), language from settings."""
    appointment = records.get(APPOINTMENT, appointment_id)
    base = default_options()
    if appointment.network_id is None:
        return base
    row = Setting.get_or_none(Setting.key == _key(appointment.network_id))
    return SheetOptions.from_json(row.value, base) if row is not None else base


def remember(appointment_id: int, options: SheetOptions) -> None:
    """Remember the options for the appointment's network (one Settings row per network)."""
    options = options.normalised()
    appointment = records.get(APPOINTMENT, appointment_id)
    if appointment.network_id is not None:
        settings.update({_key(appointment.network_id): options.to_json()})


def sort_key(sort_name: str) -> tuple[str, str]:
    return fold(sort_name), sort_name


def gather(appointment_id: int, blank: bool = False) -> Sheet:
    """The sheet's data from the attendance snapshots: people expected, sorted by last name."""
    appointment: Appointment = records.get(APPOINTMENT, appointment_id)
    network = Network.get_or_none(Network.id == appointment.network_id) if appointment.network_id else None
    rows = []
    if not blank:
        query = (Attendance.select().where((Attendance.appointment == appointment_id)
                                           & Attendance.status.in_(PRINTED_STATUSES)))
        rows = [SheetRow(a.snapshot_name, a.snapshot_sort_name or a.snapshot_name, a.snapshot_organization,
                         a.snapshot_function, a.snapshot_email, a.snapshot_city, a.snapshot_country, a.status)
                for a in query]
        rows.sort(key=lambda r: sort_key(r.sort_name))
    return Sheet(appointment.id, appointment.title, appointment.start, appointment.end, appointment.all_day,
                 appointment.location, appointment.online_link, network.name if network else "", rows)


def gather_many(appointment_ids: Iterable[int], blank: bool = False) -> list[Sheet]:
    ids = list(dict.fromkeys(appointment_ids))
    if not ids:
        raise ValidationError({"appointment": "Mindestens einen Termin auswählen."}, "attendance")
    return [gather(i, blank) for i in ids]


def same_day(appointment_id: int) -> list[Appointment]:
    """Appointments on the same calendar day (e.g. all workshops of a conference day), by start time."""
    appointment = records.get(APPOINTMENT, appointment_id)
    day = appointment.start.date() if isinstance(appointment.start, dt.datetime) else appointment.start
    begin = dt.datetime.combine(day, dt.time())
    return list(Appointment.select().where((Appointment.start >= begin)
                                           & (Appointment.start < begin + dt.timedelta(days=1)))
                .order_by(Appointment.start, Appointment.title))


def office() -> dict[str, str]:
    """Settings the sheet's letterhead and footer need (the English privacy notice filled in when the office
    kept the German default)."""
    data = {k: v for k, v in settings.get_all().items()
            if k in ("office_name", "commissioner", "letterhead", "logo_path", "privacy_notice",
                     "privacy_notice_en")}
    if not (data.get("privacy_notice_en") or "").strip() and \
            (data.get("privacy_notice") or "").strip() == settings.DEFAULTS["privacy_notice"].strip():
        data["privacy_notice_en"] = signin_sheet.DEFAULT_PRIVACY_EN
    return data


def write_for_appointments(path: str | os.PathLike[str], appointment_ids: Iterable[int],
                           options: SheetOptions | None = None) -> Path:
    """Gather the appointments' attendance snapshots and write one PDF with a sheet for each."""
    ids = list(appointment_ids)
    if options is None:
        options = options_for(ids[0]) if ids else default_options()
    options = options.normalised()
    return signin_sheet.write_sheets(path, gather_many(ids, blank=options.blank), options, office())


def walk_in(appointment_id: int, first_name: str, last_name: str, organization: str = "",
            function: str = "") -> Attendance:
    """Someone came who was not on the list: create the person (and, if new, the organisation by its
    name) and record them as attended – one transaction."""
    first_name, last_name, organization = first_name.strip(), last_name.strip(), organization.strip()
    if not last_name:
        raise ValidationError({"last_name": "Bitte einen Nachnamen angeben."}, "person")
    with db_proxy.atomic():
        data: dict[str, Any] = {"first_name": first_name, "last_name": last_name, "function": function.strip()}
        if organization:
            org = (Organization.select().where(Organization.name == organization)
                   .order_by(Organization.archived, Organization.id).first())
            if org is None:
                wanted = fold(organization)
                org = next((o for o in Organization.select().where(Organization.archived == False)  # noqa: E712
                            if fold(o.name) == wanted), None)
            if org is None:
                org = contacts.create_organization({"name": organization})
            data["organization"] = org.id
        return attendance.add_walk_in(appointment_id, data)


def rows_for_export(appointment_id: int, labels: Mapping[str, str] | None = None,
                    language: str = "de") -> tuple[list[str], list[list[Any]]]:
    """An appointment's whole attendance (every status) as a table for Excel: headers and rows."""
    labels = labels or {}
    en = language == "en"
    headers = (["No.", "Name", "Organisation", "Function", "E-mail", "Town", "Country", "Status", "Role",
                "Checked in"] if en else
               ["Nr.", "Name", "Organisation", "Funktion", "E-Mail", "Ort", "Land", "Status", "Rolle",
                "Eingecheckt"])
    rows: list[list[Any]] = []
    for number, a in enumerate(sorted(attendance.attendance_list(appointment_id),
                                      key=lambda a: sort_key(a.snapshot_sort_name or a.snapshot_name)), 1):
        rows.append([number, a.snapshot_name, a.snapshot_organization, a.snapshot_function, a.snapshot_email,
                     a.snapshot_city, a.snapshot_country, labels.get(a.status, a.status),
                     labels.get(a.role, a.role), a.checked_in_at])
    return headers, rows
