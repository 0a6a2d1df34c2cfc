"""Finding a person's name in text: the forms to look for (name, "Frau X", e-mail, phone …), one
case-insensitive whole-word pattern, and scrubbing them – in JSON (audit trail, import records) and in free
text (appointment titles, agendas, outcomes, notes). Used by privacy.py's erasure."""

from __future__ import annotations

import json
import re
from typing import Any

import peewee as pw

from app.models import Attendance, Person
from app.models.search import refresh_entries

ERASED = "[gelöscht]"

# Free text that may name the person: {table: (label key, columns)}. Matches become ERASED.
FREE_TEXT = {
    "appointment": ("appointments", ("title", "location", "agenda", "outcome")),
    "appointment_series": ("series", ("title", "location", "agenda")),
    "follow_up": ("follow_ups", ("title", "notes", "responsible")),
    "organization": ("organisations", ("notes",)),
    "network": ("networks", ("description",)),
    "person": ("other_persons", ("notes", "function")),
}
SALUTATIONS = ("Frau", "Herr", "Hr.", "Fr.", "Dr.", "Prof.", "Mrs", "Mr", "Ms")


def scrub_value(value: Any, pattern: re.Pattern[str] | None) -> Any:
    if isinstance(value, str):
        return pattern.sub(ERASED, value) if pattern is not None else value
    if isinstance(value, list):
        return [scrub_value(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: scrub_value(v, pattern) for k, v in value.items()}
    return value


def scrub_json(text: str, pattern: re.Pattern[str] | None, fields: set[str]) -> str:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return ERASED
    if isinstance(data, dict):
        for name in list(data):
            if name in fields or name.split(" ")[0] in fields:
                value = data[name]
                data[name] = [None if v in (None, "") else ERASED for v in value] if isinstance(value, list) \
                    else ERASED
    return json.dumps(scrub_value(data, pattern), ensure_ascii=False)


def name_forms(person: Person, snapshots: list[Attendance]) -> list[str]:
    """Values distinctive enough to scrub wherever they appear (city names, salutations etc. are not)."""
    values = {person.full_name, " ".join(p for p in (person.first_name, person.last_name) if p), person.sort_name,
              person.email, person.phone, person.mobile, person.street}
    if len(person.notes) >= 20:
        values.add(person.notes)
    for attendance in snapshots:
        values.update((attendance.snapshot_name, attendance.snapshot_sort_name, attendance.snapshot_email))
    if person.first_name and person.last_name:
        values.add(person.last_name + " " + person.first_name)
        values.add(person.last_name + ", " + person.first_name)
    last = (person.last_name or "").strip()
    if len(last) >= 3 and last != ERASED:
        values.update(f"{salutation} {last}" for salutation in {*SALUTATIONS, person.salutation} if salutation)
        if person.title:
            values.add(f"{person.title} {last}")
    return sorted((v for v in values if v and distinctive(v) and v != ERASED), key=len, reverse=True)


def name_pattern(needles: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for all needles, whole words only (longest first)."""
    if not needles:
        return None
    alternatives = "|".join(re.escape(n) for n in needles)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def distinctive(value: str) -> bool:
    text = value.strip()
    return len(text) >= 6 and (" " in text or "@" in text or sum(ch.isdigit() for ch in text) >= 6)


def like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def candidate_ids(db: pw.Database, table: str, columns: tuple[str, ...], needles: list[str],
                   encode: bool = False) -> set[int]:
    """Rows whose columns contain a needle – one scan of the table (SQLite's LIKE folds ASCII case only, so a
    non-ASCII needle is also looked for lower-cased; the regex decides afterwards)."""
    clauses: list[str] = []
    params: list[str] = []
    for needle in needles:
        text = json.dumps(needle, ensure_ascii=False)[1:-1] if encode else needle
        for column in columns:
            clauses.append(f'"{column}" LIKE ? ESCAPE \'\\\'')
            params.append(like(text))
            if not text.isascii():
                clauses.append(f'instr(lower("{column}"), ?) > 0')
                params.append(text.lower())
    if not clauses:
        return set()
    hits: set[int] = set()
    for start in range(0, len(clauses), 400):  # SQLite's limit on bound parameters stays far away
        where = " OR ".join(clauses[start:start + 400])
        hits.update(r[0] for r in db.execute_sql(f'SELECT id FROM "{table}" WHERE {where}',
                                                 params[start:start + 400]).fetchall())
    return hits


def scrub_table(db: pw.Database, model: Any, column: str, needles: list[str], fields: set[str],
                 ids: set[int]) -> None:
    table = model._meta.table_name
    pattern = name_pattern(needles)
    hits = set(ids) | candidate_ids(db, table, (column,), needles, encode=True)
    for row_id in sorted(hits):
        text = db.execute_sql(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()[0]
        scrubbed = scrub_json(text, pattern, fields if row_id in ids else set())
        if scrubbed != text:
            db.execute_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (scrubbed, row_id))


def scrub_free_text(db: pw.Database, person_id: int, needles: list[str]) -> dict[str, int]:
    """Replace the person's name, e-mail etc. in titles, agendas, outcomes and notes; {label key: rows}."""
    pattern = name_pattern(needles)
    counts: dict[str, int] = {}
    if pattern is None:
        return counts
    for table, (label, columns) in FREE_TEXT.items():
        changed_ids = []
        for row_id in sorted(candidate_ids(db, table, columns, needles)):
            if table == "person" and row_id == person_id:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            row = db.execute_sql(f'SELECT {names} FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
            updates = {c: pattern.sub(ERASED, v) for c, v in zip(columns, row, strict=True)
                       if isinstance(v, str) and pattern.search(v)}
            if updates:
                assignments = ", ".join(f'"{c}" = ?' for c in updates)
                db.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?', (*updates.values(), row_id))
                changed_ids.append(row_id)
        if changed_ids:
            counts[label] = len(changed_ids)
            if table in ("appointment", "organization", "network", "person"):
                refresh_entries(db, table, changed_ids)
    return counts
