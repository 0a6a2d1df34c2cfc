"""Audit trail: who changed what, when, from which value to which."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any

from app.models import AuditEntry


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service/container contexts
        return "unbekannt"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def record(entity: str, entity_id: int, action: str, changes: dict[str, tuple[Any, Any]] | None = None) -> None:
    payload = {field: [_plain(old), _plain(new)] for field, (old, new) in (changes or {}).items()}
    AuditEntry.create(os_user=os_user(), entity=entity, entity_id=entity_id, action=action,
                      changes=json.dumps(payload, ensure_ascii=False))


def history(entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = (AuditEntry.select().where((AuditEntry.entity == entity) & (AuditEntry.entity_id == entity_id))
            .order_by(AuditEntry.timestamp, AuditEntry.id))
    return [{"timestamp": r.timestamp, "os_user": r.os_user, "action": r.action,
             "changes": json.loads(r.changes)} for r in rows]


def record_history(entity: str, entity_id: int) -> list[dict[str, Any]]:
    """One record's entries, newest first, including bulk entries (import, demo) whose id range covers it.

    A bulk insert writes one entry under the batch's first id with {"ids": [null, "153–162"]}."""
    rows = (AuditEntry.select().where((AuditEntry.entity == entity) & (AuditEntry.entity_id <= entity_id)
                                      & ((AuditEntry.entity_id == entity_id)
                                         | AuditEntry.changes.contains('"ids"')))
            .order_by(AuditEntry.timestamp.desc(), AuditEntry.id.desc()))
    result = []
    for row in rows:
        changes = json.loads(row.changes or "{}")
        if row.entity_id != entity_id:
            first, _, last = str((changes.get("ids") or [None, ""])[1] or "").partition("–")
            if not (first.isdigit() and last.isdigit() and int(first) <= entity_id <= int(last)):
                continue
        result.append({"timestamp": row.timestamp, "os_user": row.os_user, "action": row.action,
                       "changes": changes})
    return result
