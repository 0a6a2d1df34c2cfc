"""PostgreSQL schema steps, frozen like app/models/migrations.py (never edit a released step).

Numbering follows SQLite's MIGRATIONS: a PostgreSQL database at version N has the tables, columns and
indexes a SQLite file has at version N. Server databases start at step 4 (the first server release); a
later step is added to both engines under the same number (tests/postgres/test_schema.py compares them).

Beside the tables, step 4 creates the few SQL functions the services use on both engines (`instr`,
`group_concat`, `datetime('now', 'localtime')`, `sortkey`, `max(boolean)`), a trigger that gives new rows
the id SQLite would give them (max + 1, serialised per table) and one that writes the signed-in database
role into every audit/import/erasure row (log tables number their rows with a sequence instead).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.models.entities import DEFAULT_FIELDS_OF_ACTION

VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS "schema_version" ("version" INTEGER NOT NULL)'

EXTENSIONS = ["CREATE EXTENSION IF NOT EXISTS pg_trgm", "CREATE EXTENSION IF NOT EXISTS unaccent"]

COMPAT_FUNCTIONS = [
    # ORDER BY … COLLATE NOCASE (SQLite's case-insensitive collation)
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    # SQLite's instr(haystack, needle): 1-based position or 0
    "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE "
    "AS $$ SELECT strpos($1, $2) $$",
    # group_concat(value, separator) as an aggregate
    "CREATE OR REPLACE FUNCTION bruecke_concat_step(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END $$",
    "CREATE OR REPLACE AGGREGATE group_concat(text, text) (SFUNC = bruecke_concat_step, STYPE = text)",
    # MAX over a comparison (SQLite answers 0/1)
    "CREATE OR REPLACE AGGREGATE max(boolean) (SFUNC = boolor_statefunc, STYPE = boolean)",
    # booleans compared with 0/1 as SQLite stores them (`archived = 0`)
    "CREATE OR REPLACE FUNCTION bruecke_bool_eq(boolean, integer) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT $1 = ($2 <> 0) $$",
    "CREATE OR REPLACE FUNCTION bruecke_bool_ne(boolean, integer) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT $1 <> ($2 <> 0) $$",
    "CREATE OPERATOR = (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = bruecke_bool_eq, NEGATOR = <>)",
    "CREATE OPERATOR <> (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = bruecke_bool_ne, NEGATOR = =)",
        # datetime('now', 'localtime') – the only form the services use
    "CREATE OR REPLACE FUNCTION datetime(text, text) RETURNS timestamp LANGUAGE sql STABLE "
    "AS $$ SELECT CASE WHEN $1 = 'now' AND $2 = 'localtime' THEN localtimestamp(0) "
    "ELSE CAST($1 AS timestamp) END $$",
    # app.services.lists.sortkey: DIN 5007 (Ö with O), accents and case ignored
    "CREATE OR REPLACE FUNCTION sortkey(text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE "
    "AS $$ SELECT CASE WHEN $1 IS NULL THEN '' ELSE lower(public.unaccent(translate($1, 'äöüÄÖÜ', "
    "'aouaou'))) END $$",
]

NEXT_ID_FUNCTION = """
CREATE OR REPLACE FUNCTION bruecke_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        PERFORM pg_advisory_xact_lock(TG_RELID::bigint);
        EXECUTE format('SELECT COALESCE(MAX(id), 0) + 1 FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME)
            INTO NEW.id;
    END IF;
    RETURN NEW;
END $$"""

SIGNED_IN_USER_FUNCTION = """
CREATE OR REPLACE FUNCTION bruecke_signed_in_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the tables' owner (the administrator moving an office in) keeps the recorded names
    IF session_user::text <> pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = TG_RELID))::text THEN
        NEW.os_user := session_user::text;
    END IF;
    RETURN NEW;
END $$"""

# Live office (issue 13): every committed change to what lists, calendar and dashboard show is announced on
# channel `bruecke_changes` as {"t": table, "op": I/U/D, "ids": [first 100 ids], "u": signed-in user};
# statement-level, so a 100,000-row import is one notification, not 100,000.
CHANGE_CHANNEL = "bruecke_changes"
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION bruecke_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids integer[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(id) INTO ids FROM (SELECT id FROM old_rows LIMIT 100) AS x;
    ELSE
        SELECT array_agg(id) INTO ids FROM (SELECT id FROM new_rows LIMIT 100) AS x;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM pg_notify('bruecke_changes', json_build_object('t', TG_TABLE_NAME, 'op', left(TG_OP, 1),
                                                               'ids', ids, 'u', session_user::text)::text);
    END IF;
    RETURN NULL;
END $$"""
NOTIFIED_TABLES = ("organization", "person", "network", "membership", "appointment_series", "appointment",
                   "appointment_field", "attendance", "follow_up")

T = "TIMESTAMP"
RECORD = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, '
    '"uuid" TEXT NOT NULL, "version" INTEGER NOT NULL DEFAULT 1'
)

TABLES_V4 = [
    ("organization", f'{RECORD}, "name" TEXT NOT NULL, "short_name" TEXT NOT NULL, "sector" TEXT NOT NULL, '
     '"street" TEXT NOT NULL, "postal_code" TEXT NOT NULL, "city" TEXT NOT NULL, "country" TEXT NOT NULL, '
     '"phone" TEXT NOT NULL, "email" TEXT NOT NULL, "website" TEXT NOT NULL, "notes" TEXT NOT NULL, '
     '"is_partner" BOOLEAN NOT NULL, "partner_since" DATE, "archived" BOOLEAN NOT NULL'),
    ("person", f'{RECORD}, "salutation" TEXT NOT NULL, "title" TEXT NOT NULL, "first_name" TEXT NOT NULL, '
     '"last_name" TEXT NOT NULL, "function" TEXT NOT NULL, '
     '"organization_id" INTEGER REFERENCES "organization" ("id") ON DELETE RESTRICT, '
     '"email" TEXT NOT NULL, "phone" TEXT NOT NULL, "mobile" TEXT NOT NULL, "street" TEXT NOT NULL, '
     '"postal_code" TEXT NOT NULL, "city" TEXT NOT NULL, "country" TEXT NOT NULL, "languages" TEXT NOT NULL, '
     '"notes" TEXT NOT NULL, "legal_basis" TEXT NOT NULL, "consent_date" DATE, "consent_purpose" TEXT NOT NULL, '
     '"consent_how" TEXT NOT NULL, "consent_withdrawn" DATE, "archived" BOOLEAN NOT NULL, '
     f'"erased_at" {T}, "external_uid" TEXT NOT NULL DEFAULT \'\', '
     '"sort_key" TEXT COLLATE "C" NOT NULL DEFAULT \'\''),
    ("network", f'{RECORD}, "name" TEXT NOT NULL, "short_name" TEXT NOT NULL, "kind" TEXT NOT NULL, '
     '"description" TEXT NOT NULL, "rhythm" TEXT NOT NULL, "start_date" DATE, "end_date" DATE, '
     '"funding_programme" TEXT NOT NULL, "archived" BOOLEAN NOT NULL'),
    ("membership", '"id" INTEGER NOT NULL PRIMARY KEY, '
     '"network_id" INTEGER NOT NULL REFERENCES "network" ("id") ON DELETE CASCADE, '
     '"organization_id" INTEGER REFERENCES "organization" ("id") ON DELETE RESTRICT, '
     '"person_id" INTEGER REFERENCES "person" ("id") ON DELETE RESTRICT, '
     '"role" TEXT NOT NULL, "since" DATE, "until" DATE'),
    ("field_of_action", '"id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "position" INTEGER NOT NULL, '
     '"archived" BOOLEAN NOT NULL'),
    ("appointment_series", f'{RECORD}, "rrule" TEXT NOT NULL, "dtstart" {T} NOT NULL, '
     '"duration_minutes" INTEGER NOT NULL DEFAULT 0, "all_day" BOOLEAN NOT NULL DEFAULT false, '
     '"exdates" TEXT NOT NULL DEFAULT \'[]\', "generated_until" DATE, "title" TEXT NOT NULL, '
     '"kind" TEXT NOT NULL, "location" TEXT NOT NULL DEFAULT \'\', "online_link" TEXT NOT NULL DEFAULT \'\', '
     '"network_id" INTEGER REFERENCES "network" ("id") ON DELETE SET NULL, "agenda" TEXT NOT NULL DEFAULT \'\', '
     '"confidential" BOOLEAN NOT NULL DEFAULT false, "expected_participants" INTEGER, '
     '"external_uid" TEXT NOT NULL DEFAULT \'\''),
    ("appointment", f'{RECORD}, "title" TEXT NOT NULL, "kind" TEXT NOT NULL, "start" {T} NOT NULL, '
     f'"end" {T}, "all_day" BOOLEAN NOT NULL, "location" TEXT NOT NULL, "online_link" TEXT NOT NULL, '
     '"status" TEXT NOT NULL, "network_id" INTEGER REFERENCES "network" ("id") ON DELETE SET NULL, '
     '"agenda" TEXT NOT NULL, "outcome" TEXT NOT NULL, "expected_participants" INTEGER, '
     '"confidential" BOOLEAN NOT NULL DEFAULT false, "external_uid" TEXT NOT NULL DEFAULT \'\', '
     '"series_id" INTEGER REFERENCES "appointment_series" ("id") ON DELETE SET NULL, '
     f'"recurrence_id" {T}, "series_exception" BOOLEAN NOT NULL DEFAULT false'),
    ("appointment_field", '"id" INTEGER NOT NULL PRIMARY KEY, '
     '"appointment_id" INTEGER NOT NULL REFERENCES "appointment" ("id") ON DELETE CASCADE, '
     '"field_id" INTEGER NOT NULL REFERENCES "field_of_action" ("id") ON DELETE RESTRICT'),
    ("attendance", '"id" INTEGER NOT NULL PRIMARY KEY, '
     '"appointment_id" INTEGER NOT NULL REFERENCES "appointment" ("id") ON DELETE CASCADE, '
     '"person_id" INTEGER NOT NULL REFERENCES "person" ("id") ON DELETE RESTRICT, '
     f'"status" TEXT NOT NULL, "role" TEXT NOT NULL, "checked_in_at" {T}, "snapshot_name" TEXT NOT NULL, '
     '"snapshot_sort_name" TEXT NOT NULL, "snapshot_organization" TEXT NOT NULL, '
     f'"snapshot_function" TEXT NOT NULL, "created_at" {T} NOT NULL, '
     '"snapshot_city" TEXT NOT NULL DEFAULT \'\', "snapshot_country" TEXT NOT NULL DEFAULT \'\', '
     '"snapshot_email" TEXT NOT NULL DEFAULT \'\''),
    ("audit_entry", f'"id" INTEGER NOT NULL PRIMARY KEY, "timestamp" {T} NOT NULL, "os_user" TEXT NOT NULL, '
     '"entity" TEXT NOT NULL, "entity_id" INTEGER NOT NULL, "action" TEXT NOT NULL, "changes" TEXT NOT NULL'),
    ("setting", '"key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL'),
    ("import_batch", f'"id" INTEGER NOT NULL PRIMARY KEY, "created_at" {T} NOT NULL, "kind" TEXT NOT NULL, '
     f'"filename" TEXT NOT NULL, "os_user" TEXT NOT NULL, "summary" TEXT NOT NULL, "undone_at" {T}'),
    ("import_record", '"id" INTEGER NOT NULL PRIMARY KEY, '
     '"batch_id" INTEGER NOT NULL REFERENCES "import_batch" ("id") ON DELETE CASCADE, '
     '"entity" TEXT NOT NULL, "entity_id" INTEGER NOT NULL, "action" TEXT NOT NULL, "previous" TEXT NOT NULL'),
    ("erasure_log", f'"id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "erased_at" {T} NOT NULL, '
     '"os_user" TEXT NOT NULL'),
    ("follow_up", f'{RECORD}, "title" TEXT NOT NULL, "due_date" DATE, "done" BOOLEAN NOT NULL DEFAULT false, '
     f'"done_at" {T}, "responsible" TEXT NOT NULL DEFAULT \'\', "notes" TEXT NOT NULL DEFAULT \'\', '
     '"person_id" INTEGER REFERENCES "person" ("id") ON DELETE CASCADE, '
     '"organization_id" INTEGER REFERENCES "organization" ("id") ON DELETE SET NULL, '
     '"network_id" INTEGER REFERENCES "network" ("id") ON DELETE SET NULL, '
     '"appointment_id" INTEGER REFERENCES "appointment" ("id") ON DELETE SET NULL'),
]

INDEXES_V4 = [
    ("organization", ("name",)), ("organization", ("sector",)), ("organization", ("is_partner",)),
    ("organization", ("archived",)),
    ("person", ("last_name",)), ("person", ("organization_id",)), ("person", ("email",)), ("person", ("archived",)),
    ("person", ("external_uid",)), ("person", ("sort_key", "archived")),
    ("network", ("name",)), ("network", ("kind",)), ("network", ("archived",)),
    ("membership", ("network_id",)), ("membership", ("organization_id",)), ("membership", ("person_id",)),
    ("membership", ("network_id", "organization_id", "person_id")),
    ("appointment", ("kind",)), ("appointment", ("start",)), ("appointment", ("status",)),
    ("appointment", ("network_id",)), ("appointment", ("external_uid",)),
    ("appointment", ("series_id", "recurrence_id")),
    ("appointment_field", ("appointment_id",)), ("appointment_field", ("field_id",)),
    ("attendance", ("appointment_id",)), ("attendance", ("person_id",)), ("attendance", ("status",)),
    ("audit_entry", ("timestamp",)), ("audit_entry", ("entity", "entity_id")),
    ("import_record", ("batch_id",)), ("erasure_log", ("person_id",)),
    ("appointment_series", ("external_uid",)),
    ("follow_up", ("done", "due_date")), ("follow_up", ("person_id",)), ("follow_up", ("appointment_id",)),
]
UNIQUE_V4 = [
    ("field_of_action", ("name",)), ("appointment_field", ("appointment_id", "field_id")),
    ("attendance", ("appointment_id", "person_id")),
    *((table, ("uuid",)) for table in ("organization", "person", "network", "appointment", "appointment_series",
                                       "follow_up")),
]

SEARCH_V4 = [
    # keys ride in the primary-key index: a scan in key order reads no table rows (index-only)
    'CREATE TABLE "search_index" ("rowid" BIGINT NOT NULL, "key" TEXT COLLATE "C" NOT NULL, '
    '"name" TEXT NOT NULL, "kind" TEXT NOT NULL, "ref_id" INTEGER NOT NULL, "label" TEXT NOT NULL, '
    '"detail" TEXT NOT NULL, PRIMARY KEY ("rowid") INCLUDE ("key"))',
    'CREATE INDEX "search_index_key_trgm" ON "search_index" USING gin ("key" gin_trgm_ops)',
    'CREATE TABLE "search_word" ("word" TEXT COLLATE "C" NOT NULL, "entry" BIGINT NOT NULL, '
    '"kind_order" INTEGER NOT NULL, "name_len" INTEGER NOT NULL, '
    'PRIMARY KEY ("word", "entry") INCLUDE ("kind_order", "name_len"))',
    'CREATE INDEX "search_word_entry" ON "search_word" ("entry")',
]

AUDITED_BY_ROLE = ("audit_entry", "import_batch", "erasure_log")
# Logs nobody inserts in bulk with precomputed ids: a sequence, so concurrent saves never wait for each other
# (the max + 1 trigger serialises inserts into a table until commit). Record tables keep max + 1: the bulk
# path counts on contiguous ids after the largest, as on SQLite.
SEQUENCE_TABLES = ("audit_entry", "import_batch", "import_record", "erasure_log")
_PLAIN_ID = '"id" INTEGER NOT NULL PRIMARY KEY'
_IDENTITY_ID = '"id" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY'


def _index_name(table: str, columns: tuple[str, ...]) -> str:
    return f"{table}_{'_'.join(columns)}"


def step_4_initial(db: Any) -> None:
    """The whole schema of SQLite's step 4, as PostgreSQL DDL."""
    for statement in EXTENSIONS + COMPAT_FUNCTIONS + [NEXT_ID_FUNCTION, SIGNED_IN_USER_FUNCTION]:
        db.execute_sql(statement)
    for table, columns in TABLES_V4:
        if table in SEQUENCE_TABLES:
            columns = columns.replace(_PLAIN_ID, _IDENTITY_ID)
        db.execute_sql(f'CREATE TABLE "{table}" ({columns})')
        if table != "setting" and table not in SEQUENCE_TABLES:
            db.execute_sql(f'CREATE TRIGGER "{table}_next_id" BEFORE INSERT ON "{table}" '
                           f'FOR EACH ROW EXECUTE FUNCTION bruecke_next_id()')
    for table, cols in INDEXES_V4:
        quoted = ", ".join(f'"{c}"' for c in cols)
        db.execute_sql(f'CREATE INDEX "{_index_name(table, cols)}" ON "{table}" ({quoted})')
    for table, cols in UNIQUE_V4:
        quoted = ", ".join(f'"{c}"' for c in cols)
        db.execute_sql(f'CREATE UNIQUE INDEX "{_index_name(table, cols)}" ON "{table}" ({quoted})')
    for table in AUDITED_BY_ROLE:
        db.execute_sql(f'CREATE TRIGGER "{table}_signed_in_user" BEFORE INSERT ON "{table}" '
                       f'FOR EACH ROW EXECUTE FUNCTION bruecke_signed_in_user()')
    for statement in SEARCH_V4:
        db.execute_sql(statement)
    db.execute_sql(NOTIFY_FUNCTION)
    for table in NOTIFIED_TABLES:
        for event, rows in (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "NEW TABLE AS new_rows"),
                            ("DELETE", "OLD TABLE AS old_rows")):
            db.execute_sql(f'CREATE TRIGGER "{table}_notify_{event.lower()}" AFTER {event} ON "{table}" '
                           f"REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION bruecke_notify_change()")
    for position, name in enumerate(DEFAULT_FIELDS_OF_ACTION, start=1):
        db.execute_sql('INSERT INTO "field_of_action" ("name", "position", "archived") VALUES (?, ?, false)',
                       (name, position))


PG_MIGRATIONS: list[tuple[int, Callable[[Any], None]]] = [
    (4, step_4_initial),
]
PG_FIRST_VERSION = PG_MIGRATIONS[0][0]
PG_LATEST_VERSION = PG_MIGRATIONS[-1][0]
