"""The bulk write path: many validated rows in one transaction through the driver's executemany.

Used by the demo office, imports and benchmarks. Rows are checked with the same field rules as single
saves (required fields, e-mail format, choices); foreign keys are enforced by SQLite itself.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import nullcontext
from operator import itemgetter
from typing import Any, NoReturn

import peewee as pw

from app.models import db_proxy, engine
from app.models.entities import BaseModel, now
from app.models.search import KIND_CODES, index_inserted, refresh_entries
from app.services import audit, records
from app.services.errors import ValidationError
from app.services.messages import t


def _column_plan(spec: records.Spec) -> tuple[list[str], list[tuple[str, Any]]]:
    """Columns to insert and, for each, (field name, default)."""
    meta = spec.model._meta
    plan = []
    for name, fld in meta.fields.items():
        if isinstance(fld, pw.AutoField):
            continue
        default = fld.default
        plan.append((name, default))
    columns = [meta.fields[name].column_name for name, _ in plan]
    return columns, plan


def _sql_value(value: Any) -> Any:
    if isinstance(value, pw.Model):
        return value.id
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


_VERSION_4 = bytes(b & 0x0F | 0x40 for b in range(256))
_VARIANT = bytes(b & 0x3F | 0x80 for b in range(256))


def uuid_strings(data: bytes) -> list[str]:
    """Version 4 UUIDs as `str(uuid.uuid4())` writes them, one per 16 random bytes – made in one go, which costs a
    fraction of a uuid4() call per row."""
    raw = bytearray(data)
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_VARIANT)   # RFC 4122
    hexed = raw.hex()
    return [f"{hexed[i:i + 8]}-{hexed[i + 8:i + 12]}-{hexed[i + 12:i + 16]}-{hexed[i + 16:i + 20]}-"
            f"{hexed[i + 20:i + 32]}" for i in range(0, len(hexed), 32)]


def insert(spec: records.Spec, rows: Sequence[Mapping[str, Any]], *, audit_action: str = "bulk_create",
           reindex: bool = True, savepoint: bool = True) -> list[int]:
    """Insert all rows or none; returns the new ids in order.

    The per-row loop is kept lean on purpose: this is the path whose speed the benchmark compares with
    raw `executemany`. `savepoint=False` inside a transaction that the caller rolls back as a whole on any error
    (an import): SQLite then keeps no undo copy of every page the rows touch, which a savepoint needs.
    """
    if not rows:
        return []
    columns, plan = _column_plan(spec)
    stamp = now().isoformat(sep=" ")
    template = [stamp if name in ("created_at", "updated_at") else
                _sql_value(default() if callable(default) else default) for name, default in plan]
    position = {name: index for index, (name, _) in enumerate(plan)}
    uuid_at = position.get("uuid")  # a fresh identity per row, not the template's one
    position.update({name + "_id": position[name] for name in spec.refs})
    required = spec.required
    emails = [name for name, kind in spec.fields.items() if kind == "email"]
    choices = list(spec.choices.items())
    email_match = records.EMAIL_RE.match
    derived = getattr(spec.model, "derived_columns", None)
    values = []
    derived_names: set[str] = set()
    uuids = uuid_strings(os.urandom(16 * len(rows))) if uuid_at is not None else []
    for number, row in enumerate(rows, start=1):
        for name in required:
            if not row.get(name):
                _raise_row_errors(spec, row, number)
        for name in emails:
            if row.get(name) and not email_match(row[name]):
                _raise_row_errors(spec, row, number)
        for name, allowed in choices:
            if name in row and row[name] not in allowed:
                _raise_row_errors(spec, row, number)
        record = template.copy()
        if uuid_at is not None:
            record[uuid_at] = uuids[number - 1]
        for name, value in row.items():
            record[position[name]] = value if value.__class__ is str or value.__class__ is int else _sql_value(value)
        if derived is not None:
            for name, value in derived(row).items():
                record[position[name]] = value
                derived_names.add(name)
        values.append(record)
    _check_references(spec, rows)
    table = spec.model._meta.table_name
    quoted = ", ".join(chr(34) + c + chr(34) for c in columns)
    db = db_proxy.obj
    with db.atomic() if savepoint or not db.in_transaction() else nullcontext():
        if engine.is_server(db):
            sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
            first = _insert_numbered_by_server(db, sql, values)
        else:
            first = (db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]) + 1
            written = {position[name] for name in set().union(*rows, derived_names) if name in position}
            if uuid_at is not None:
                written.add(uuid_at)
            sql, params = _with_constants(f'INSERT INTO "{table}" ({quoted})', template, written, values)
            db.cursor().executemany(sql, params)
            del params
        ids = list(range(first, first + len(values)))
        if reindex and spec.entity in KIND_CODES:
            index_inserted(db, spec.entity, columns, values, first, savepoint=savepoint)
        audit.record(spec.entity, ids[0], audit_action, {"ids": (None, f"{ids[0]}–{ids[-1]}")})
    return ids


def _literal(value: Any) -> str | None:
    """`value` as an SQL literal that SQLite stores exactly as the bound parameter, or None for any other value."""
    if value is None:
        return "NULL"
    if value.__class__ is int:
        return str(value)
    if value.__class__ is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _with_constants(insert: str, template: Sequence[Any], written: set[int],
                    records_: list[list[Any]]) -> tuple[str, list[Any]]:
    """The INSERT with every column no row sets (its default, the same for all) written into the statement as a
    literal, and the rows cut down to the remaining parameters. Binding a parameter costs the driver about as much
    as SQLite's whole work for a short column: a contact list sets 12 of a person's 28 columns, and the insert takes
    less than half the time this way."""
    literals = [None if index in written else _literal(value) for index, value in enumerate(template)]
    bound = [index for index, literal in enumerate(literals) if literal is None]
    sql = f"{insert} VALUES ({', '.join('?' if literal is None else literal for literal in literals)})"
    if len(bound) == len(template):
        return sql, records_
    if not bound:
        return sql, [()] * len(records_)
    get = itemgetter(*bound)
    return sql, [get(record) for record in records_] if len(bound) > 1 else [(get(record),) for record in records_]


def _insert_numbered_by_server(db: Any, sql: str, values: list[list[Any]]) -> int:
    """PostgreSQL: the rows' ids come from the server, never from a MAX(id) read here – another person may be
    inserting into the same table, and row-level security may hide the highest row (an assistant and a
    confidential appointment). The trigger `bruecke_next_id` numbers the first row (max + 1 over all rows) and
    takes the table's advisory lock, held until commit; so the other rows follow it without a gap. Returns the
    first row's id."""
    cursor = db.cursor()
    first = int(cursor.execute(sql + " RETURNING id", values[0]).fetchone()[0])
    if len(values) > 1:
        cursor.executemany(sql, values[1:])
    return first


def _check_references(spec: records.Spec, rows: Sequence[Mapping[str, Any]]) -> None:
    """One query per reference field; a missing target is reported with its row number."""
    for name, target in spec.refs.items():
        given = [(number, value if value.__class__ is int else _sql_value(value))
                 for number, row in enumerate(rows, start=1) if (value := row.get(name))]
        if not given:
            continue
        found: set[Any] = set()
        ordered = sorted({value for _, value in given})
        table = target._meta.table_name
        for start in range(0, len(ordered), 900):  # plain ids, not model objects (their defaults cost a uuid each)
            chunk = ordered[start:start + 900]
            found.update(row[0] for row in db_proxy.obj.execute_sql(
                f'SELECT id FROM "{table}" WHERE id IN ({",".join("?" * len(chunk))})', chunk))
        for number, value in given:
            if value not in found:
                raise ValidationError({f"{name} (Zeile {number})": t("missing_ref", value=value)}, spec.entity)


def _raise_row_errors(spec: records.Spec, row: Mapping[str, Any], number: int) -> NoReturn:
    errors: dict[str, str] = {}
    for name in spec.required:
        if not row.get(name):
            errors[name] = t("required")
    for name, kind in spec.fields.items():
        value = row.get(name)
        if value in (None, ""):
            continue
        if kind == "email" and not records.EMAIL_RE.match(str(value)):
            errors[name] = t("email", value=value)
        elif kind == "choice" and value not in spec.choices[name]:
            errors[name] = t("choice", value=value)
    raise ValidationError({f"{field} (Zeile {number})": msg for field, msg in errors.items()}, spec.entity)


def refresh_entries_bulk(kind: str, ids: Iterable[int], new: bool = False) -> None:
    refresh_entries(db_proxy.obj, kind, list(ids), new=new)


def insert_links(model: type[BaseModel], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Plain link rows (appointment × field, attendance) in the caller's transaction."""
    table = model._meta.table_name
    sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
           f'VALUES ({", ".join("?" * len(columns))})')
    db_proxy.obj.cursor().executemany(sql, list(rows))
