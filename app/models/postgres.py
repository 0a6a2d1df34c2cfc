"""The PostgreSQL engine (≥ 15, psycopg 3): connection, SQL dialect bridge, schema steps, engine hooks.

Services write their few hand-made statements once, in SQLite's dialect with `?` placeholders. This
module's cursor turns them into PostgreSQL's (`%s`, `%%`, `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`),
answers the PRAGMAs the services ask (`user_version` from the `schema_version` table, checks as "ok") and
drops FTS5-only maintenance. Integers are sent untyped so that a 0/1 meant for a boolean column is read
as one; numerics come back as float as on SQLite. Peewee's own SQL passes through untouched.

A password is never stored: libpq reads `~/.pgpass` or a service file; otherwise the caller passes
one it asked for (`password=`), and it lives only in the connection parameters of this process.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import peewee as pw

from app.errors import DatabaseError, UserError
from app.models import engine
from app.models.database import DatabaseTooNew, PassphraseRequired, WrongPassphrase
from app.models.engine_pg_schema import (
    CHANGE_CHANNEL,
    PG_FIRST_VERSION,
    PG_LATEST_VERSION,
    PG_MIGRATIONS,
    VERSION_TABLE,
)
from app.models.entities import ALL_MODELS, db_proxy
from app.models.migrations import LATEST_VERSION

log = logging.getLogger(__name__)
HEAD_WINDOW = 1000  # index entries looked at in key order before the trigram index is asked
PERSONAL_TABLES = ("person", "attendance", "audit_entry", "import_record", "import_batch", "search_index",
                   "search_word", "appointment", "follow_up", "membership")

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%|[^'\"?%]+", re.DOTALL)
_LIKE = re.compile(r"\bLIKE\b", re.IGNORECASE)
_CHAR = re.compile(r"\bchar\(", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)(?:\s*[=(]\s*([^)]*?)\s*\)?)?\s*;?\s*$", re.IGNORECASE)
_FTS_COMMAND = re.compile(r"^\s*INSERT\s+INTO\s+search_index\s*\(\s*search_index\s*\)", re.IGNORECASE)
_SQLITE_VERSION = re.compile(r"^\s*SELECT\s+sqlite_version\(\)\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def translate(sql: str, has_params: bool) -> str:
    """SQLite-dialect statement → PostgreSQL. Statements without `?` and with parameters are peewee's own."""
    tokens = _TOKEN.findall(sql)
    if "?" not in tokens and has_params:  # peewee's own SQL: only where NULLs sort
        return _sqlite_null_order(sql) if _ORDER_BY.search(sql) else sql
    out = []
    for token in tokens:
        if token == "?":
            out.append("%s")
        elif token == "%":
            out.append("%%")
        elif token.startswith("'") and "%" in token:
            out.append(token.replace("%", "%%"))
        elif not token.startswith(("'", '"')) and ("LIKE" in token.upper() or "CHAR(" in token.upper()):
            token = _LIKE.sub("ILIKE", token)  # SQLite's LIKE ignores (ASCII) case
            out.append(_CHAR.sub("chr(", token))  # SQLite's char(31) is chr(31); char(…) is a type here
        else:
            out.append(token)
    text = _sqlite_null_order("".join(out))
    if _OR_IGNORE.match(text):
        text = _OR_IGNORE.sub("INSERT INTO", text, count=1).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return text


_ORDER_BY = re.compile(r"\bORDER\s+BY\s", re.IGNORECASE)
_ORDER_END = re.compile(r"\s(LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|FOR)\b", re.IGNORECASE)
_HAS_NULLS = re.compile(r"\bNULLS\s+(FIRST|LAST)\s*$", re.IGNORECASE)
_PLAIN_COLUMN = re.compile(r'^(?:"?\w+"?\.)?"?(\w+)"?$')


@functools.cache
def _nullable_columns() -> frozenset[str]:

    return frozenset(f.column_name for m in ALL_MODELS for f in m._meta.sorted_fields if f.null)


def _null_term(term: str) -> str:
    """SQLite sorts NULL as the smallest value, PostgreSQL as the largest: say SQLite's order explicitly,
    except for plain NOT NULL columns (whose index order must stay usable)."""
    body = term.strip()
    lead = term[:len(term) - len(term.lstrip())]
    if not body or _HAS_NULLS.search(body):
        return term
    descending = body.upper().endswith(" DESC")
    bare = body[:-5].strip() if descending else (body[:-4].strip() if body.upper().endswith(" ASC") else body)
    plain = _PLAIN_COLUMN.match(bare)
    if plain and plain.group(1) not in _nullable_columns():
        return term
    return f"{lead}{body} {'NULLS LAST' if descending else 'NULLS FIRST'}"


def _sqlite_null_order(sql: str) -> str:
    """Every ORDER BY list (also in subqueries) with SQLite's placement of NULLs."""
    result, position = [], 0
    for match in _ORDER_BY.finditer(sql):
        if match.start() < position:
            continue
        start = match.end()
        depth, index, quote, terms, term_start = 0, start, "", [], start
        while index < len(sql):
            char = sql[index]
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            elif char == "," and depth == 0:
                terms.append(sql[term_start:index])
                term_start = index + 1
            elif depth == 0 and _ORDER_END.match(sql, index):
                break
            index += 1
        terms.append(sql[term_start:index])
        result.append(sql[position:start])
        result.append(",".join(_null_term(_sqlite_null_order(t)) for t in terms))
        result.append(" " if sql[index - 1:index].isspace() else "")
        position = index
    result.append(sql[position:])
    return "".join(result)


class _Rows:
    """A finished result for statements answered without the server (PRAGMAs)."""

    def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._rows = list(rows)
        self.rowcount = len(self._rows)
        self.description = [("value",)] if self._rows else None
        self.lastrowid = None

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while self._rows:
            yield self._rows.pop(0)

    def close(self) -> None:
        self._rows = []


class PermissionDenied(UserError):
    """The signed-in person's role may not do this (the server refused; nothing was written)."""


@contextmanager
def _permission() -> Iterator[None]:
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise PermissionDenied("Dafür fehlt Ihrer Rolle auf dem Büro-Server die Berechtigung – es wurde nichts "
                               "geändert. Bitte die oder den Beauftragten fragen.") from exc


class TranslatingCursor:
    """Wraps a psycopg cursor: SQLite-dialect statements become PostgreSQL ones on the way through."""

    def __init__(self, database: PostgresDatabase, cursor: Any) -> None:
        self._database = database
        self._cursor = cursor
        self._answer: _Rows | None = None

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> TranslatingCursor:
        self._answer = self._database.answer_locally(sql)
        if self._answer is None:
            with _permission():
                self._cursor.execute(translate(sql, bool(params)), params or ())
        return self

    def executemany(self, sql: str, seq: Any) -> TranslatingCursor:
        self._answer = None
        rows = list(seq)
        if rows:
            with _permission():
                self._cursor.executemany(translate(sql, True), rows)
        return self

    def fetchone(self) -> Any:
        return self._answer.fetchone() if self._answer is not None else self._cursor.fetchone()

    def fetchall(self) -> Any:
        return self._answer.fetchall() if self._answer is not None else self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> Any:
        return self._answer.fetchmany(size) if self._answer is not None else self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._answer) if self._answer is not None else iter(self._cursor)

    @property
    def rowcount(self) -> int:
        return self._answer.rowcount if self._answer is not None else int(self._cursor.rowcount)

    @property
    def description(self) -> Any:
        return self._answer.description if self._answer is not None else self._cursor.description

    @property
    def lastrowid(self) -> Any:
        return None

    def close(self) -> None:
        self._cursor.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def _int_as_unknown(conn: Any) -> None:
    from psycopg.adapt import Dumper
    from psycopg.types.numeric import FloatLoader

    class IntAsUnknown(Dumper):
        oid = 0  # the server infers the type from the context: integer, boolean, bigint …

        def dump(self, obj: int) -> bytes:
            return str(obj).encode()

    conn.adapters.register_dumper(int, IntAsUnknown)
    conn.adapters.register_loader("numeric", FloatLoader)


class PostgresDatabase(pw.PostgresqlDatabase):  # type: ignore[misc]
    """peewee's PostgreSQL database on psycopg 3 with Brücke's dialect bridge and engine hooks."""

    engine_name = "postgresql"

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(normalise_url(url), prefer_psycopg3=True, autoconnect=True, **kwargs)
        self._functions: dict[str, Any] = {}
        self.url = normalise_url(url)

    def _connect(self) -> Any:
        conn = super()._connect()
        _int_as_unknown(conn)
        return conn

    def cursor(self, named_cursor: Any = None) -> Any:  # noqa: ARG002 - peewee's signature
        return TranslatingCursor(self, super().cursor())

    def register_function(self, fn: Any, name: str | None = None, num_params: int = -1,
                          deterministic: bool | None = None) -> None:
        """SQLite registers Python functions; here the same functions exist in the schema (step 4)."""
        self._functions[name or fn.__name__] = fn

    # --- engine hooks (app/models/engine.py) ---------------------------------------------------------

    @staticmethod
    def substring_clause(word: str) -> tuple[str, str]:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "key LIKE ?", f"%{escaped}%"

    def change_listener(self) -> ChangeListener:
        """A listener for other people's changes (app/ui/live_updates.py); same server, same sign-in."""
        return ChangeListener(self.url, self.connect_params.get("password"))

    def backend_pid(self) -> int:
        """The server process of this thread's connection: changes it announces are our own."""
        return int(self.connection().info.backend_pid)

    @staticmethod
    def substring_query(clauses: list[str], params: list[object], limit: int) -> tuple[str, list[object]]:
        """First `limit` matches in rowid order, without the planner's worst case: walking the key index in
        order is fastest when matches come early (common names), the trigram index when they are rare or
        late (a town that only organisations and appointments mention). So: look at the first rows in key
        order; only if they hold fewer than `limit` matches, ask the trigram index for all and sort."""
        where = " AND ".join(clauses)
        if limit < 0:
            return f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid", list(params)
        sql = (f"WITH head AS MATERIALIZED (SELECT rowid FROM (SELECT rowid, key FROM search_index ORDER BY rowid "
               f"LIMIT {HEAD_WINDOW}) AS search_index WHERE {where} LIMIT ?) "
               "SELECT rowid FROM head WHERE (SELECT count(*) FROM head) >= ? "
               f"UNION ALL (SELECT rowid FROM search_index WHERE {where} AND (SELECT count(*) FROM head) < ? "
               "ORDER BY rowid + 0 LIMIT ?) ORDER BY 1")
        return sql, [*params, limit, limit, *params, limit, limit]

    # --- statements answered without the server ---------------------------------------------------------

    def answer_locally(self, sql: str) -> _Rows | None:
        if sql.lstrip()[:6].upper() not in ("PRAGMA", "INSERT", "SELECT"):
            return None
        if _FTS_COMMAND.match(sql):
            return _Rows([])
        if _SQLITE_VERSION.match(sql):
            return _Rows([(self.server_version_text(),)])
        match = _PRAGMA.match(sql)
        if match is None:
            return None
        name, value = match.group(1).lower(), match.group(2)
        if name == "user_version":
            if value is not None:
                self.set_schema_version(int(value))
                return _Rows([])
            return _Rows([(self.schema_version(),)])
        if name in ("quick_check", "integrity_check"):
            return _Rows([("ok",)])
        if name == "wal_checkpoint":  # after an erasure: no old row versions may keep the erased values
            self.vacuum_personal_tables()
            return _Rows([(0, 0, 0)])
        return _Rows([])  # foreign_key_check (enforced by the server), optimize, journal settings …

    def vacuum_personal_tables(self) -> None:
        """VACUUM the tables that hold personal data (outside a transaction only, as the server demands)."""
        from psycopg.pq import TransactionStatus

        conn = self.connection()
        if conn.info.transaction_status != TransactionStatus.IDLE:
            return
        raw = self.cursor()._cursor
        raw.execute("VACUUM " + ", ".join(f'"{t}"' for t in PERSONAL_TABLES))

    def server_version_text(self) -> str:
        row = self.cursor()._cursor
        row.execute("SHOW server_version")
        return f"PostgreSQL {row.fetchone()[0]}"

    def schema_version(self) -> int:
        raw = self.cursor()._cursor
        raw.execute("SELECT to_regclass('schema_version') IS NOT NULL")
        if not raw.fetchone()[0]:
            return 0
        raw.execute('SELECT max("version") FROM "schema_version"')
        found = raw.fetchone()[0]
        return int(found or 0)

    def set_schema_version(self, version: int) -> None:
        raw = self.cursor()._cursor
        raw.execute(VERSION_TABLE)
        raw.execute('DELETE FROM "schema_version"')
        raw.execute('INSERT INTO "schema_version" ("version") VALUES (%s)', (version,))

    # --- peewee: INSERT OR REPLACE (Setting) as an upsert on the primary key --------------------------

    def conflict_update(self, oc: Any, query: Any) -> Any:
        action = (oc._action or "").lower()
        if action == "replace":
            model = query.model
            pk = model._meta.primary_key
            columns = [f for f in model._meta.sorted_fields if f is not pk]
            oc = pw.OnConflict("update", preserve=columns, conflict_target=[pk])
        return super().conflict_update(oc, query)


@dataclass(frozen=True)
class Change:
    """A committed change announced by the server: table, I/U/D, (up to 100) ids, who, which connection."""

    table: str
    op: str
    ids: tuple[int, ...]
    user: str
    pid: int


class ChangeListener:
    """Its own connection LISTENing on the change channel; `fileno()` for a socket notifier, `poll()` drains."""

    def __init__(self, url: str, password: str | None = None) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True, password=password) if password else \
            psycopg.connect(url, autocommit=True)
        self.conn.execute(f"LISTEN {CHANGE_CHANNEL}")

    def fileno(self) -> int:
        return int(self.conn.fileno())

    def poll(self) -> list[Change]:
        changes = []
        for note in self.conn.notifies(timeout=0):
            try:
                data = json.loads(note.payload)
                changes.append(Change(str(data["t"]), str(data["op"]), tuple(int(i) for i in data["ids"] or ()),
                                      str(data.get("u", "")), int(note.pid)))
            except (ValueError, KeyError, TypeError):
                log.warning("unreadable change notification ignored")
        return changes

    def close(self) -> None:
        self.conn.close()


def normalise_url(url: str) -> str:
    return "postgresql://" + url[len("postgres://"):] if url.startswith("postgres://") else url


def describe(url: str) -> str:
    """The URL without a password, for messages and logs."""
    parts = urlsplit(normalise_url(url))
    host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    if host.startswith("/"):  # a unix socket folder
        return f"postgresql://{user}{parts.path}?host={host}{port and '&port=' + port[1:]}"
    return f"postgresql://{user}{host}{port}{parts.path}"


def _hand_driver_to_peewee() -> None:
    """peewee was loaded without psycopg (app/models/__init__.py: a fast start for the file office); give it the
    driver now, before the first server database is made."""
    if getattr(pw, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw.psycopg, pw.TransactionStatus, pw.Json_pg3, pw.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb


def make_database(url: str, password: str | None = None) -> PostgresDatabase:
    _hand_driver_to_peewee()
    params = {"password": password} if password else {}
    params["application_name"] = "Bruecke"
    return PostgresDatabase(url, **params)


def migrate(db: PostgresDatabase, url: str) -> None:
    """Bring a server database to the current schema; every step and its version in one transaction."""

    version = db.schema_version()
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            f"Die Datenbank {describe(url)} wurde mit einer neueren Brücke-Version eingerichtet (Schema {version}, "
            f"diese Version kennt {LATEST_VERSION}). Bitte Brücke aktualisieren.")
    if version == PG_LATEST_VERSION:
        return
    if 0 < version < PG_FIRST_VERSION:
        raise DatabaseError(f"Unbekannter Schema-Stand {version} in {describe(url)}.")
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(4242)")  # two first starts at once: one sets up
        if db.schema_version() == PG_LATEST_VERSION:
            return
        current = db.schema_version()
        for step_version, step in PG_MIGRATIONS:
            if step_version <= current:
                continue
            step(db)
            db.set_schema_version(step_version)


def open_postgres(url: str, *, migrate_schema: bool = True, password: str | None = None) -> PostgresDatabase:
    """Connect to the server database, upgrade its schema when allowed, bind the models."""
    db = make_database(url, password)
    try:
        db.connect()
    except pw.OperationalError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise (WrongPassword(url) if password else PasswordRequired(url)) from exc
        raise DatabaseError(f"Der Datenbank-Server {describe(url)} ist nicht erreichbar: "
                            f"{text.strip().splitlines()[-1] if text.strip() else exc}") from exc
    try:
        if migrate_schema:
            migrate(db, url)
    except BaseException:
        db.close()
        raise
    db_proxy.initialize(db)
    log.info("database opened on %s (%s)", db.server_version_text(), describe(url))
    return db


class PasswordRequired(PassphraseRequired):
    """The server wants a password that neither ~/.pgpass nor a service file supplied (the GUI and the CLI
    ask for it like for an encrypted file's passphrase, and keep it only in this process)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = Path(describe(url))
        DatabaseError.__init__(self, f"Der Server {describe(url)} verlangt ein Kennwort.")


class WrongPassword(WrongPassphrase):
    def __init__(self, url: str) -> None:
        self.url = url
        self.path = Path(describe(url))
        DatabaseError.__init__(self, f"Das Kennwort für {describe(url)} wurde nicht angenommen.")


for _scheme in ("postgresql", "postgres"):
    engine.SERVER_ENGINES[_scheme] = open_postgres
