"""The preview as the wizard and the CLI see it: classify.preview, then every update row that would change
nothing marked "unverändert" (skipped) – with the commit's own rule (writing.update_changes), so the preview
says what the commit does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.models import Appointment, Person
from app.services import records
from app.services.appointments import APPOINTMENT
from app.services.contacts import PERSON
from app.services.imports import classify
from app.services.imports.classify import PersonIndex, Preview
from app.services.imports.mapping import Layout
from app.services.imports.writing import update_changes, update_values
from app.services.messages import t


def preview(path: Path, kind: str, layout: Layout, *, appointment_id: int | None = None,
            on_duplicate: str = "update", progress: Any = None) -> Preview:
    """Read every row and say what would happen to it; nothing is written."""
    result = classify.preview(path, kind, layout, appointment_id=appointment_id, on_duplicate=on_duplicate,
                              progress=progress)
    mark_unchanged(result)
    return result


def mark_unchanged(preview_: Preview) -> int:
    """Update rows of contacts/appointments that would change nothing become "unverändert" (skip).
    Attendance lists keep their updates: the attendance itself may change. Returns how many were marked."""
    if preview_.kind not in ("persons", "appointments"):
        return 0
    rows = [r for r in preview_.rows if r.action == "update" and r.match_id is not None
            and not r.values.get("organization_only")]
    if not rows:
        return 0
    spec, model = (APPOINTMENT, Appointment) if preview_.kind == "appointments" else (PERSON, Person)
    wanted = sorted({r.match_id for r in rows if r.match_id is not None})
    current: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        for obj in model.select().where(model.id.in_(wanted[start:start + 500])):
            current[obj.id] = records.current_values(spec, obj)
    orgs = PersonIndex.load().orgs if preview_.kind == "persons" else {}
    marked = 0
    for row in rows:
        before = current.get(row.match_id or 0)
        if before is None:
            continue
        values = update_values(preview_.kind, row, orgs)
        if values is None or update_changes(spec, before, values):
            continue
        row.action, row.unchanged = "skip", True
        row.reason = t("import_row_unchanged", number=row.number, id=row.match_id)
        marked += 1
    return marked
