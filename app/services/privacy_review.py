"""Retention review (contacts without activity for N years) and the audit log – reading, listing, exporting."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from app.models import AuditEntry, Organization, Person, db_proxy
from app.services import contacts, settings
from app.services.errors import UserError
from app.services.messages import t


def changes_text(changes: dict[str, Any]) -> str:
    parts = []
    for name, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            old, new = pair
            parts.append(f"{name}: {'' if old is None else old} → {'' if new is None else new}")
        else:
            parts.append(f"{name}: {pair}")
    return "; ".join(parts)


# --- retention review -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RetentionCandidate:
    person_id: int
    name: str
    organization: str
    last_activity: dt.date | None
    archived: bool


def retention_years() -> int:
    try:
        return max(1, int(settings.get("retention_years")))
    except ValueError:
        return int(settings.DEFAULTS["retention_years"])


def retention_candidates(years: int | None = None, today: dt.date | None = None) -> list[RetentionCandidate]:
    """Persons (not erased) without activity for `years` years: no change to the record (for archived persons:
    no creation), no attendance and no running membership since the cutoff. Oldest activity first."""
    years = retention_years() if years is None else years
    if not 1 <= years <= 100:

        raise UserError(t("retention_years_range", value=years))
    today = today or dt.date.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    db = db_proxy.obj
    last_attendance = {pid: str(day)[:10] for pid, day in db.execute_sql(
        "SELECT a.person_id, MAX(ap.start) FROM attendance a JOIN appointment ap ON ap.id = a.appointment_id "
        "GROUP BY a.person_id").fetchall()}
    last_membership: dict[int, str] = {}
    for pid, since, until in db.execute_sql(
            "SELECT person_id, since, until FROM membership WHERE person_id IS NOT NULL").fetchall():
        day = str(until)[:10] if until else "9999-12-31"  # a running membership is activity today
        if since and not until:
            day = "9999-12-31"
        last_membership[pid] = max(last_membership.get(pid, ""), day)
    result = []
    query = (Person.select(Person, Organization).join(Organization, pw.JOIN.LEFT_OUTER)
             .where(Person.erased_at.is_null()))
    for person in query:
        # archiving is the last edit of a dormant contact: for archived ones only creation counts
        edited = person.created_at if person.archived else person.updated_at
        days = [str(edited)[:10], last_attendance.get(person.id, ""), last_membership.get(person.id, "")]
        latest = max(d for d in days if d) if any(days) else ""
        if latest and latest >= cutoff.isoformat():
            continue
        last = dt.date.fromisoformat(latest) if latest and latest != "9999-12-31" else None
        result.append(RetentionCandidate(person.id, person.full_name,
                                         person.organization.name if person.organization_id else "", last,
                                         person.archived))
    result.sort(key=lambda c: (c.last_activity or dt.date.min, c.name))
    return result


def archive_persons(person_ids: list[int]) -> int:
    with db_proxy.atomic():
        for pid in person_ids:
            contacts.archive_person(pid, True)
    return len(person_ids)


# --- audit log --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditRow:
    id: int
    timestamp: dt.datetime
    os_user: str
    entity: str
    entity_id: int
    action: str
    changes: str


def audit_log(start: dt.date | None = None, end: dt.date | None = None, entity: str | None = None,
              entity_id: int | None = None, limit: int | None = None) -> list[AuditRow]:
    """Audit entries per record and/or per period (end date inclusive), newest first."""
    query = AuditEntry.select()
    if start is not None:
        query = query.where(AuditEntry.timestamp >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        query = query.where(AuditEntry.timestamp < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    query = query.order_by(AuditEntry.timestamp.desc(), AuditEntry.id.desc())
    if limit:
        query = query.limit(limit)
    return [AuditRow(e.id, e.timestamp, e.os_user, e.entity, e.entity_id, e.action,
                     changes_text(json.loads(e.changes or "{}"))) for e in query]


def export_audit(rows: list[AuditRow], path: Path | str, language: str = "de") -> Path:
    from app.io import privacy_export  # reportlab only when an Art. 15 export is written (fast start)

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(t("audit_export_xlsx"))
    privacy_export.write_audit_xlsx(rows, path, language)
    return path
