"""What an update of an existing record would change – one rule for the preview and the commit.

A row that matches an existing contact or appointment is an update only if the file brings something new:
the file's non-empty values overwrite, "Mueller" never overwrites "Müller", an e-mail differing only in case
is the same. The preview marks rows without a change as unchanged (skipped), so it says what the commit does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.io.cells import canonical
from app.services import records
from app.services.messages import t

if TYPE_CHECKING:
    from app.services.imports.classify import Preview

_NAME_KEYS = ("first_name", "last_name", "organization_name", "title")


def update_changes(spec: records.Spec, before: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields an import update writes: the file's non-empty values that differ from what is stored."""
    changes = {k: v for k, v in values.items() if k in spec.fields and v not in (None, "") and before.get(k) != v}
    for key in _NAME_KEYS:  # "Mueller" never overwrites "Müller"
        if key in changes and canonical(str(before.get(key) or "")) == canonical(str(changes[key])):
            del changes[key]
    if "email" in changes and str(before.get("email") or "").casefold() == str(changes["email"]).casefold():
        del changes["email"]
    return changes


def mark_unchanged(preview_: Preview) -> int:
    """Update rows of contacts/appointments that would change nothing become "unverändert" (skip).
    Attendance lists keep their updates: the attendance itself may change. Returns how many were marked."""
    if preview_.kind not in ("persons", "appointments"):
        return 0
    from app.models import Appointment, Person
    from app.services.appointments import APPOINTMENT
    from app.services.contacts import PERSON
    from app.services.imports import writing
    from app.services.imports.classify import PersonIndex

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
        values = writing.update_values(preview_.kind, row, orgs)
        if values is None or update_changes(spec, before, values):
            continue
        row.action, row.unchanged = "skip", True
        row.reason = t("import_row_unchanged", number=row.number, id=row.match_id)
        marked += 1
    return marked
