"""Moving an office between engines: `bruecke migrate --from office.db --to postgresql://…` and back.

Everything is copied table by table in one transaction on the target (ids, UUIDs, versions, audit log,
import history, erasure log, the search index as it is); the source is only read (a read-only SQLite
connection, a read-only snapshot on a server). Then both sides are compared: row counts per table and a
SHA-256 over every row in id order, with values normalised the same way on both engines (booleans as 0/1,
dates and times in ISO form). A difference discards the target's rows; nothing is left half-copied.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from app.models import ALL_MODELS, close_database, open_database
from app.models import database as dbmod
from app.models.engine import server_url
from app.models.engine_pg_schema import SEQUENCE_TABLES
from app.models.entities import DEFAULT_FIELDS_OF_ACTION
from app.models.migrations import LATEST_VERSION
from app.services.errors import UserError
from app.services.messages import t

CHUNK = 5_000
SEARCH_TABLES = {
    "search_index": ("rowid", ("rowid", "key", "name", "kind", "ref_id", "label", "detail")),
    "search_word": ("word, entry", ("word", "entry", "kind_order", "name_len")),
}
Progress = Callable[[str], None]


@dataclass
class MigrationResult:
    counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""


def _tables() -> list[tuple[str, str, tuple[str, ...], dict[str, str]]]:
    """(table, order by, columns, {column: kind}) in an order that satisfies the foreign keys."""
    result = []
    for model in ALL_MODELS:
        kinds = {}
        for f in model._meta.sorted_fields:
            if isinstance(f, pw.BooleanField):
                kinds[f.column_name] = "bool"
            elif isinstance(f, pw.DateTimeField):
                kinds[f.column_name] = "datetime"
            elif isinstance(f, pw.DateField):
                kinds[f.column_name] = "date"
        pk = model._meta.primary_key.column_name
        result.append((model._meta.table_name, f'"{pk}"',
                       tuple(f.column_name for f in model._meta.sorted_fields), kinds))
    for table, (order, columns) in SEARCH_TABLES.items():
        result.append((table, order, columns, {}))
    return result


def _bool(value: Any) -> str:
    return "1" if value in (True, 1, "1") else "0"


def _datetime(value: Any) -> str:
    if isinstance(value, str):
        if len(value) == 19 and value[10] == " ":  # already the stored form (most rows): no parsing
            return value
        value = dt.datetime.fromisoformat(value)
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)


def _date(value: Any) -> str:
    if isinstance(value, str):
        if len(value) == 10:
            return value
        value = dt.date.fromisoformat(value[:10])
    return value.isoformat() if isinstance(value, dt.date) else str(value)


# One text form per value, whichever engine it came from (None is "\x00" everywhere).
NORMALISERS: dict[str | None, Callable[[Any], str]] = {None: str, "bool": _bool, "datetime": _datetime,
                                                        "date": _date}


def _to_sqlite(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Source:
    """Read-only access to the office being moved."""

    def __init__(self, target: str | Path, passphrase: str | None) -> None:
        self.url = server_url(target)
        self.cursors = 0
        if self.url is not None:
            import psycopg

            self.conn: Any = psycopg.connect(self.url, password=passphrase) if passphrase else \
                psycopg.connect(self.url)
            self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            found = self.conn.execute('SELECT max("version") FROM "schema_version"').fetchone()
            version = found[0] if found else 0
        else:
            path = Path(target)
            if not path.is_file():
                raise UserError(t("database_missing", path=path))
            result = dbmod.quick_check(path, passphrase)
            if result != "ok":
                raise dbmod.DatabaseCorrupt(path, result)
            self.conn = dbmod.connect_raw(path, passphrase, readonly=True)
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if int(version or 0) != LATEST_VERSION:
            self.close()
            raise UserError(t("source_schema_differs", version=version, latest=LATEST_VERSION))

    def rows(self, table: str, order: str, columns: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:
        names = ", ".join(f'"{c}"' for c in columns)
        self.cursors += 1
        cursor = self.conn.cursor(name=f"bruecke_{self.cursors}") if self.url else self.conn.cursor()  # streams
        try:
            cursor.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}')
            while True:
                chunk = cursor.fetchmany(CHUNK)
                if not chunk:
                    return
                yield from chunk
        finally:
            cursor.close()

    def close(self) -> None:
        self.conn.close()


def _digest(rows: Iterable[tuple[Any, ...]], columns: tuple[str, ...], kinds: dict[str, str],
            into: Any) -> int:
    count = 0
    normal = [NORMALISERS[kinds.get(c)] for c in columns]
    update = into.update
    for row in rows:
        update(("\x1f".join(["\x00" if v is None else f(v) for v, f in zip(row, normal, strict=True)])
                + "\x1e").encode())
        count += 1
    return count


def _target_rows(db: Any, table: str, order: str, columns: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}')
    while True:
        chunk = cursor.fetchmany(CHUNK)
        if not chunk:
            return
        yield from chunk


def _empty_target(db: Any, target: str) -> None:
    total = 0
    for table, _, _, _ in _tables():
        if table == "field_of_action":
            continue
        total += int(db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    names = [r[0] for r in db.execute_sql('SELECT "name" FROM "field_of_action" ORDER BY "id"').fetchall()]
    if total or names != list(DEFAULT_FIELDS_OF_ACTION):
        raise UserError(t("migrate_target_not_empty", target=target, count=total + len(names)))
    db.execute_sql('DELETE FROM "field_of_action"')  # the copy brings the office's own list


def _without_triggers(db: Any, table: str) -> bool:
    """Copy without per-row triggers (ids and names arrive complete; nobody listens yet) – the owner may."""
    try:
        with db.atomic():
            db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        return True
    except (pw.DatabaseError, UserError):
        return False


def _sorted_if_text_keyed(table: str, order: str, rows: Iterable[tuple[Any, ...]]) -> Iterable[tuple[Any, ...]]:
    """Tables keyed by text (settings) are hashed in Python's order: collations differ between engines."""
    return sorted(rows) if not order.startswith('"id"') and table not in SEARCH_TABLES else rows


def _hashed(rows: Iterable[tuple[Any, ...]], columns: tuple[str, ...], kinds: dict[str, str], into: Any,
            counts: dict[str, int], table: str) -> Iterator[tuple[Any, ...]]:
    """Pass the source rows on while hashing them: the source is read once, inside its snapshot."""
    normal = [NORMALISERS[kinds.get(c)] for c in columns]
    update = into.update
    count = 0
    for row in rows:
        update(("\x1f".join(["\x00" if v is None else f(v) for v, f in zip(row, normal, strict=True)])
                + "\x1e").encode())
        count += 1
        yield row
    counts[table] = count


def _drop_secondary_indexes(db: Any, table: str) -> list[str]:
    """Drop the (empty) table's indexes except its key and return their definitions to build them again."""
    rows = db.execute_sql(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = ?::regclass AND NOT i.indisprimary", (f'"{table}"',)).fetchall()
    for name, _ in rows:
        db.execute_sql(f"DROP INDEX {name}")
    return [definition for _, definition in rows]


def _copy(source: _Source, db: Any, say: Progress) -> tuple[dict[str, int], str]:
    """Copy every table; returns the source's row counts and its digest."""
    server = server_url(getattr(db, "url", "")) is not None
    raw = db.connection()
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    for table, order, columns, kinds in _tables():
        say(table)
        names = ", ".join(f'"{c}"' for c in columns)
        rows = _hashed(_sorted_if_text_keyed(table, order, source.rows(table, order, columns)), columns, kinds,
                       digest, counts, table)
        if server:
            quiet = _without_triggers(db, table)
            indexes = _drop_secondary_indexes(db, table)
            with raw.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
            for statement in indexes:  # built once from the loaded rows: much faster than row by row
                db.execute_sql(statement)
            if quiet:
                db.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
        else:
            marks = ", ".join("?" * len(columns))
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(tuple(_to_sqlite(v) for v in row))
                if len(batch) >= CHUNK:
                    raw.executemany(sql, batch)
                    batch = []
            if batch:
                raw.executemany(sql, batch)
    return counts, digest.hexdigest()


def _continue_numbering(db: Any) -> None:
    """Server tables numbered by a sequence continue after the copied rows."""
    if server_url(getattr(db, "url", "")) is None:
        return

    for table in SEQUENCE_TABLES:
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), COALESCE(max(id), 1), "
                       f'max(id) IS NOT NULL) FROM "{table}"')


def _verify(db: Any, counts: dict[str, int], source_digest: str) -> MigrationResult:
    """Read the copy back: every table's count and the digest over all rows must equal the source's."""
    result = MigrationResult()
    digest = hashlib.sha256()
    for table, order, columns, kinds in _tables():
        rows = _sorted_if_text_keyed(table, order, _target_rows(db, table, order, columns))
        found = _digest(rows, columns, kinds, digest)
        if found != counts[table]:
            raise UserError(t("migrate_mismatch", detail=f"{table}: {counts[table]} ≠ {found}"))
        result.counts[table] = found
    if digest.hexdigest() != source_digest:
        raise UserError(t("migrate_mismatch", detail="Prüfsumme"))
    result.checksum = source_digest
    return result


def migrate_office(source: str | Path, target: str | Path, *, source_passphrase: str | None = None,
                   target_password: str | None = None, progress: Progress | None = None) -> MigrationResult:
    """Copy a whole office from `source` to an empty `target` (file path or postgresql:// URL) and verify."""
    say = progress or (lambda text: None)
    new_file = server_url(target) is None and not (Path(target).exists() and Path(target).stat().st_size > 0)
    reader = _Source(source, source_passphrase)
    try:
        db = open_database(target, passphrase=target_password)
        try:
            with db.atomic():
                if server_url(target) is not None:  # index builds after the load get room to sort
                    db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
                _empty_target(db, str(target))
                counts, digest = _copy(reader, db, say)
                _continue_numbering(db)
                say("check")
                result = _verify(db, counts, digest)
            if server_url(target) is not None:
                db.execute_sql("VACUUM (ANALYZE)")  # planner statistics; index-only scans on the new rows
        finally:
            close_database()
    except BaseException:
        if new_file:
            dbmod.remove_with_companions(Path(target))
        raise
    finally:
        reader.close()
    return result
