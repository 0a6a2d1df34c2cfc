"""The rows behind `bruecke export …` and the lists' Excel export – plain values, German column titles.

The person export uses the same column titles as the import template, so an exported list can be edited
in Excel and imported again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.io.cells import parse_date
from app.io.export import write_table
from app.models import db_proxy
from app.services import records
from app.services.report_labels import choice

EXPORTS = ("persons", "organisations", "appointments")

PERSON_HEADERS = ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon",
                  "Mobil", "Straße", "PLZ", "Ort", "Land", "Sprachen", "Einwilligung am", "Notizen")
ORGANIZATION_HEADERS = ("Name", "Kurzname", "Bereich", "Straße", "PLZ", "Ort", "Land", "Telefon", "E-Mail",
                        "Website", "Netzwerkpartner", "Partner seit", "Notizen")
APPOINTMENT_HEADERS = ("Datum", "von", "bis", "Thema", "Art", "Ort", "Status", "Gremium", "Tagesordnung",
                       "Erwartete Teilnehmende")


def _date(value: Any) -> dt.date | None:
    return parse_date(value) if value else None


def _datetime(value: Any) -> dt.datetime | None:
    return records.parse_datetime(value) if value else None


def person_rows(include_archived: bool = False) -> Iterator[tuple[Any, ...]]:
    sql = ("SELECT p.salutation, p.title, p.first_name, p.last_name, p.function, o.name, p.email, p.phone, "
           "p.mobile, p.street, p.postal_code, p.city, p.country, p.languages, p.consent_date, p.notes "
           "FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.erased_at IS NULL"
           + ("" if include_archived else " AND p.archived = 0") +
           " ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id")
    for row in db_proxy.obj.execute_sql(sql):
        values = list(row)
        values[14] = _date(values[14])
        yield tuple(values)


def organization_rows(include_archived: bool = False) -> Iterator[tuple[Any, ...]]:
    sql = ("SELECT name, short_name, sector, street, postal_code, city, country, phone, email, website, "
           "is_partner, partner_since, notes FROM organization"
           + ("" if include_archived else " WHERE archived = 0") + " ORDER BY name COLLATE NOCASE, id")
    for row in db_proxy.obj.execute_sql(sql):
        values = list(row)
        values[2] = choice("sector", values[2])
        values[10] = "ja" if values[10] else "nein"
        values[11] = _date(values[11])
        yield tuple(values)


def appointment_rows(start: dt.date | None = None, end: dt.date | None = None) -> Iterator[tuple[Any, ...]]:
    sql = ("SELECT a.start, a.end, a.all_day, a.title, a.kind, a.location, a.status, n.name, a.agenda, "
           "a.expected_participants FROM appointment a LEFT JOIN network n ON n.id = a.network_id")
    where, params = [], []
    if start is not None:
        where.append("a.start >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("a.start < ?")
        params.append((end + dt.timedelta(days=1)).isoformat())
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.start, a.id"
    for begin, finish, all_day, title, kind, location, status, network, agenda, expected in \
            db_proxy.obj.execute_sql(sql, params):
        begin, finish = _datetime(begin), _datetime(finish)
        yield (begin.date() if begin else None,
               None if all_day or begin is None else begin.time(),
               finish.time() if finish and not all_day else None,
               title, choice("appointment_kind", kind), location, choice("appointment_status", status),
               network, agenda, expected)


def export(what: str, path: Path) -> tuple[Path, int]:
    """Write one of EXPORTS to .xlsx/.csv; returns the path and the number of rows."""
    sources: dict[str, tuple[tuple[str, ...], Callable[[], Iterator[tuple[Any, ...]]], str]] = {
        "persons": (PERSON_HEADERS, person_rows, "Kontakte"),
        "organisations": (ORGANIZATION_HEADERS, organization_rows, "Organisationen"),
        "appointments": (APPOINTMENT_HEADERS, appointment_rows, "Termine"),
    }
    if what not in sources:
        raise ValueError(what)
    headers, rows, title = sources[what]
    count = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in rows():
            count += 1
            yield row

    written = write_table(path, headers, counted(), sheet_title=title)
    return written, count
