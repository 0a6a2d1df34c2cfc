"""Schema history. Each step is a function; `PRAGMA user_version` records the last step applied.

Steps are frozen: they never import the current models, so an old file always upgrades the same way.
Append new steps at the end; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from app.models.entities import DEFAULT_FIELDS_OF_ACTION
from app.models.search import person_sort_key, rebuild_search_index

SCHEMA_V1 = [
    (
        "CREATE TABLE \"organization\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"created_at\" DATETIME NOT NULL"
        ", \"updated_at\" DATETIME NOT NULL, \"name\" VARCHAR(255) NOT NULL"
        ", \"short_name\" VARCHAR(255) NOT NULL, \"sector\" VARCHAR(255) NOT NULL"
        ", \"street\" VARCHAR(255) NOT NULL, \"postal_code\" VARCHAR(255) NOT NULL"
        ", \"city\" VARCHAR(255) NOT NULL, \"country\" VARCHAR(255) NOT NULL, \"phone\" VARCHAR(255) NOT NULL"
        ", \"email\" VARCHAR(255) NOT NULL, \"website\" VARCHAR(255) NOT NULL, \"notes\" TEXT NOT NULL"
        ", \"is_partner\" INTEGER NOT NULL, \"partner_since\" DATE, \"archived\" INTEGER NOT NULL)"
    ),
    """CREATE INDEX "organization_name" ON "organization" ("name")""",
    """CREATE INDEX "organization_sector" ON "organization" ("sector")""",
    """CREATE INDEX "organization_is_partner" ON "organization" ("is_partner")""",
    """CREATE INDEX "organization_archived" ON "organization" ("archived")""",
    (
        "CREATE TABLE \"person\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"created_at\" DATETIME NOT NULL"
        ", \"updated_at\" DATETIME NOT NULL, \"salutation\" VARCHAR(255) NOT NULL"
        ", \"title\" VARCHAR(255) NOT NULL, \"first_name\" VARCHAR(255) NOT NULL"
        ", \"last_name\" VARCHAR(255) NOT NULL, \"function\" VARCHAR(255) NOT NULL"
        ", \"organization_id\" INTEGER, \"email\" VARCHAR(255) NOT NULL, \"phone\" VARCHAR(255) NOT NULL"
        ", \"mobile\" VARCHAR(255) NOT NULL, \"street\" VARCHAR(255) NOT NULL"
        ", \"postal_code\" VARCHAR(255) NOT NULL, \"city\" VARCHAR(255) NOT NULL"
        ", \"country\" VARCHAR(255) NOT NULL, \"languages\" VARCHAR(255) NOT NULL, \"notes\" TEXT NOT NULL"
        ", \"legal_basis\" VARCHAR(255) NOT NULL, \"consent_date\" DATE"
        ", \"consent_purpose\" VARCHAR(255) NOT NULL, \"consent_how\" VARCHAR(255) NOT NULL"
        ", \"consent_withdrawn\" DATE, \"archived\" INTEGER NOT NULL, \"erased_at\" DATETIME"
        ", FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT)"
    ),
    """CREATE INDEX "person_last_name" ON "person" ("last_name")""",
    """CREATE INDEX "person_organization_id" ON "person" ("organization_id")""",
    """CREATE INDEX "person_email" ON "person" ("email")""",
    """CREATE INDEX "person_archived" ON "person" ("archived")""",
    (
        "CREATE TABLE \"network\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"created_at\" DATETIME NOT NULL"
        ", \"updated_at\" DATETIME NOT NULL, \"name\" VARCHAR(255) NOT NULL"
        ", \"short_name\" VARCHAR(255) NOT NULL, \"kind\" VARCHAR(255) NOT NULL, \"description\" TEXT NOT NULL"
        ", \"rhythm\" VARCHAR(255) NOT NULL, \"start_date\" DATE, \"end_date\" DATE"
        ", \"funding_programme\" VARCHAR(255) NOT NULL, \"archived\" INTEGER NOT NULL)"
    ),
    """CREATE INDEX "network_name" ON "network" ("name")""",
    """CREATE INDEX "network_kind" ON "network" ("kind")""",
    """CREATE INDEX "network_archived" ON "network" ("archived")""",
    (
        "CREATE TABLE \"membership\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"network_id\" INTEGER NOT NULL"
        ", \"organization_id\" INTEGER, \"person_id\" INTEGER, \"role\" VARCHAR(255) NOT NULL, \"since\" DATE"
        ", \"until\" DATE, FOREIGN KEY (\"network_id\") REFERENCES \"network\" (\"id\") ON DELETE CASCADE"
        ", FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT"
        ", FOREIGN KEY (\"person_id\") REFERENCES \"person\" (\"id\") ON DELETE RESTRICT)"
    ),
    """CREATE INDEX "membership_network_id" ON "membership" ("network_id")""",
    """CREATE INDEX "membership_organization_id" ON "membership" ("organization_id")""",
    """CREATE INDEX "membership_person_id" ON "membership" ("person_id")""",
    (
        "CREATE INDEX \"membership_network_id_organization_id_person_id\" ON \"membership\" (\"network_id\""
        ", \"organization_id\", \"person_id\")"
    ),
    (
        "CREATE TABLE \"field_of_action\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" VARCHAR(255) NOT NULL"
        ", \"position\" INTEGER NOT NULL, \"archived\" INTEGER NOT NULL)"
    ),
    """CREATE UNIQUE INDEX "field_of_action_name" ON "field_of_action" ("name")""",
    (
        "CREATE TABLE \"appointment\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"created_at\" DATETIME NOT NULL"
        ", \"updated_at\" DATETIME NOT NULL, \"title\" VARCHAR(255) NOT NULL, \"kind\" VARCHAR(255) NOT NULL"
        ", \"start\" DATETIME NOT NULL, \"end\" DATETIME, \"all_day\" INTEGER NOT NULL"
        ", \"location\" VARCHAR(255) NOT NULL, \"online_link\" VARCHAR(255) NOT NULL"
        ", \"status\" VARCHAR(255) NOT NULL, \"network_id\" INTEGER, \"agenda\" TEXT NOT NULL"
        ", \"outcome\" TEXT NOT NULL, \"expected_participants\" INTEGER"
        ", FOREIGN KEY (\"network_id\") REFERENCES \"network\" (\"id\") ON DELETE SET NULL)"
    ),
    """CREATE INDEX "appointment_kind" ON "appointment" ("kind")""",
    """CREATE INDEX "appointment_start" ON "appointment" ("start")""",
    """CREATE INDEX "appointment_status" ON "appointment" ("status")""",
    """CREATE INDEX "appointment_network_id" ON "appointment" ("network_id")""",
    (
        "CREATE TABLE \"appointment_field\" (\"id\" INTEGER NOT NULL PRIMARY KEY"
        ", \"appointment_id\" INTEGER NOT NULL, \"field_id\" INTEGER NOT NULL"
        ", FOREIGN KEY (\"appointment_id\") REFERENCES \"appointment\" (\"id\") ON DELETE CASCADE"
        ", FOREIGN KEY (\"field_id\") REFERENCES \"field_of_action\" (\"id\") ON DELETE RESTRICT)"
    ),
    """CREATE INDEX "appointment_field_appointment_id" ON "appointment_field" ("appointment_id")""",
    """CREATE INDEX "appointment_field_field_id" ON "appointment_field" ("field_id")""",
    (
        ""
        "CREATE UNIQUE INDEX \"appointment_field_appointment_id_field_id\" ON \"appointment_field\" (\"appointment_id\""
        ", \"field_id\")"
    ),
    (
        "CREATE TABLE \"attendance\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"appointment_id\" INTEGER NOT NULL"
        ", \"person_id\" INTEGER NOT NULL, \"status\" VARCHAR(255) NOT NULL, \"role\" VARCHAR(255) NOT NULL"
        ", \"checked_in_at\" DATETIME, \"snapshot_name\" VARCHAR(255) NOT NULL"
        ", \"snapshot_sort_name\" VARCHAR(255) NOT NULL, \"snapshot_organization\" VARCHAR(255) NOT NULL"
        ", \"snapshot_function\" VARCHAR(255) NOT NULL, \"created_at\" DATETIME NOT NULL"
        ", FOREIGN KEY (\"appointment_id\") REFERENCES \"appointment\" (\"id\") ON DELETE CASCADE"
        ", FOREIGN KEY (\"person_id\") REFERENCES \"person\" (\"id\") ON DELETE RESTRICT)"
    ),
    """CREATE INDEX "attendance_appointment_id" ON "attendance" ("appointment_id")""",
    """CREATE INDEX "attendance_person_id" ON "attendance" ("person_id")""",
    """CREATE INDEX "attendance_status" ON "attendance" ("status")""",
    (
        "CREATE UNIQUE INDEX \"attendance_appointment_id_person_id\" ON \"attendance\" (\"appointment_id\""
        ", \"person_id\")"
    ),
    (
        "CREATE TABLE \"audit_entry\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"timestamp\" DATETIME NOT NULL"
        ", \"os_user\" VARCHAR(255) NOT NULL, \"entity\" VARCHAR(255) NOT NULL, \"entity_id\" INTEGER NOT NULL"
        ", \"action\" VARCHAR(255) NOT NULL, \"changes\" TEXT NOT NULL)"
    ),
    """CREATE INDEX "audit_entry_timestamp" ON "audit_entry" ("timestamp")""",
    """CREATE INDEX "audit_entry_entity_entity_id" ON "audit_entry" ("entity", "entity_id")""",
    """CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
]

SCHEMA_V2_TABLES = [
    (
        "CREATE TABLE \"import_batch\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"created_at\" DATETIME NOT NULL"
        ", \"kind\" VARCHAR(255) NOT NULL, \"filename\" VARCHAR(255) NOT NULL"
        ", \"os_user\" VARCHAR(255) NOT NULL, \"summary\" TEXT NOT NULL, \"undone_at\" DATETIME)"
    ),
    (
        "CREATE TABLE \"import_record\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"batch_id\" INTEGER NOT NULL"
        ", \"entity\" VARCHAR(255) NOT NULL, \"entity_id\" INTEGER NOT NULL, \"action\" VARCHAR(255) NOT NULL"
        ", \"previous\" TEXT NOT NULL"
        ", FOREIGN KEY (\"batch_id\") REFERENCES \"import_batch\" (\"id\") ON DELETE CASCADE)"
    ),
    """CREATE INDEX "import_record_batch_id" ON "import_record" ("batch_id")""",
    (
        "CREATE TABLE \"erasure_log\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"person_id\" INTEGER NOT NULL"
        ", \"erased_at\" DATETIME NOT NULL, \"os_user\" VARCHAR(255) NOT NULL)"
    ),
    """CREATE INDEX "erasure_log_person_id" ON "erasure_log" ("person_id")""",
]

# Search keys are folded in Python (see app/models/search.py); the trigram index answers substring
# queries on them without a table scan. rowid = kind code * 10**9 + record id.
SEARCH_INDEX_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "key, name UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, label UNINDEXED, detail UNINDEXED, tokenize='trigram')"
)
# Word starts of names (and whole names) for ranked prefix matches and terms shorter than a trigram.
SEARCH_WORD_SQL = (
    "CREATE TABLE search_word (word TEXT NOT NULL, entry INTEGER NOT NULL, kind_order INTEGER NOT NULL, "
    "name_len INTEGER NOT NULL, PRIMARY KEY (word, entry)) WITHOUT ROWID"
)


def step_1_initial(db: pw.SqliteDatabase) -> None:
    for statement in SCHEMA_V1:
        db.execute_sql(statement)
    for position, name in enumerate(DEFAULT_FIELDS_OF_ACTION, start=1):
        db.execute_sql(
            'INSERT INTO "field_of_action" ("name", "position", "archived") VALUES (?, ?, 0)', (name, position)
        )


def step_2_confidential_imports_erasure_search(db: pw.SqliteDatabase) -> None:
    db.execute_sql('ALTER TABLE "appointment" ADD COLUMN "confidential" INTEGER NOT NULL DEFAULT 0')
    for column in ("snapshot_city", "snapshot_country", "snapshot_email"):
        db.execute_sql(f'ALTER TABLE "attendance" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\'')
    for statement in SCHEMA_V2_TABLES:
        db.execute_sql(statement)
    db.execute_sql(SEARCH_INDEX_SQL)
    db.execute_sql(SEARCH_WORD_SQL)
    db.execute_sql("CREATE INDEX search_word_entry ON search_word (entry)")

    rebuild_search_index(db)


def step_3_person_sort_key(db: pw.SqliteDatabase) -> None:
    """An indexed alphabetical key per person: the contact list sorts without calling Python per row."""

    db.execute_sql('ALTER TABLE "person" ADD COLUMN "sort_key" VARCHAR(255) NOT NULL DEFAULT \'\'')
    rows = db.execute_sql('SELECT id, last_name, first_name FROM "person"').fetchall()
    db.cursor().executemany('UPDATE "person" SET "sort_key" = ? WHERE id = ?',
                            [(person_sort_key(last, first), pid) for pid, last, first in rows])
    # covering the list's default filter too, so the sorted active list never touches the table rows
    db.execute_sql('CREATE INDEX "person_sort_key_archived" ON "person" ("sort_key", "archived")')


RECORD_TABLES_V4 = ("organization", "person", "network", "appointment")

SCHEMA_V4_TABLES = [
    (
        "CREATE TABLE \"appointment_series\" (\"id\" INTEGER NOT NULL PRIMARY KEY"
        ", \"uuid\" VARCHAR(36) NOT NULL, \"version\" INTEGER NOT NULL DEFAULT 1"
        ", \"created_at\" DATETIME NOT NULL, \"updated_at\" DATETIME NOT NULL"
        ", \"rrule\" TEXT NOT NULL, \"dtstart\" DATETIME NOT NULL, \"duration_minutes\" INTEGER NOT NULL DEFAULT 0"
        ", \"all_day\" INTEGER NOT NULL DEFAULT 0, \"exdates\" TEXT NOT NULL DEFAULT '[]'"
        ", \"generated_until\" DATE, \"title\" VARCHAR(255) NOT NULL, \"kind\" VARCHAR(255) NOT NULL"
        ", \"location\" VARCHAR(255) NOT NULL DEFAULT '', \"online_link\" VARCHAR(255) NOT NULL DEFAULT ''"
        ", \"network_id\" INTEGER, \"agenda\" TEXT NOT NULL DEFAULT '', \"confidential\" INTEGER NOT NULL DEFAULT 0"
        ", \"expected_participants\" INTEGER, \"external_uid\" VARCHAR(255) NOT NULL DEFAULT ''"
        ", FOREIGN KEY (\"network_id\") REFERENCES \"network\" (\"id\") ON DELETE SET NULL)"
    ),
    """CREATE UNIQUE INDEX "appointment_series_uuid" ON "appointment_series" ("uuid")""",
    """CREATE INDEX "appointment_series_external_uid" ON "appointment_series" ("external_uid")""",
    (
        "CREATE TABLE \"follow_up\" (\"id\" INTEGER NOT NULL PRIMARY KEY"
        ", \"uuid\" VARCHAR(36) NOT NULL, \"version\" INTEGER NOT NULL DEFAULT 1"
        ", \"created_at\" DATETIME NOT NULL, \"updated_at\" DATETIME NOT NULL"
        ", \"title\" VARCHAR(255) NOT NULL, \"due_date\" DATE, \"done\" INTEGER NOT NULL DEFAULT 0"
        ", \"done_at\" DATETIME, \"responsible\" VARCHAR(255) NOT NULL DEFAULT ''"
        ", \"notes\" TEXT NOT NULL DEFAULT ''"
        ", \"person_id\" INTEGER, \"organization_id\" INTEGER, \"network_id\" INTEGER, \"appointment_id\" INTEGER"
        ", FOREIGN KEY (\"person_id\") REFERENCES \"person\" (\"id\") ON DELETE CASCADE"
        ", FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE SET NULL"
        ", FOREIGN KEY (\"network_id\") REFERENCES \"network\" (\"id\") ON DELETE SET NULL"
        ", FOREIGN KEY (\"appointment_id\") REFERENCES \"appointment\" (\"id\") ON DELETE SET NULL)"
    ),
    """CREATE UNIQUE INDEX "follow_up_uuid" ON "follow_up" ("uuid")""",
    """CREATE INDEX "follow_up_due" ON "follow_up" ("done", "due_date")""",
    """CREATE INDEX "follow_up_person_id" ON "follow_up" ("person_id")""",
    """CREATE INDEX "follow_up_appointment_id" ON "follow_up" ("appointment_id")""",
]


def step_4_identity_version_series_follow_ups(db: pw.SqliteDatabase) -> None:
    """Round 2 foundation (DESIGN.md §6): a UUID and an edit version on every record, the series an
    appointment belongs to (with the original start of a moved occurrence), the foreign UID a calendar or
    address-book import came with, follow-ups (Wiedervorlagen), and search keys that fold ue/ae/oe."""
    import uuid

    for table in RECORD_TABLES_V4:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "uuid" VARCHAR(36) NOT NULL DEFAULT \'\'')
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')
        ids = [row[0] for row in db.execute_sql(f'SELECT id FROM "{table}"').fetchall()]
        db.cursor().executemany(f'UPDATE "{table}" SET "uuid" = ? WHERE id = ?',
                                [(str(uuid.uuid4()), record_id) for record_id in ids])
        db.execute_sql(f'CREATE UNIQUE INDEX "{table}_uuid" ON "{table}" ("uuid")')
    for table in ("person", "appointment"):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "external_uid" VARCHAR(255) NOT NULL DEFAULT \'\'')
        db.execute_sql(f'CREATE INDEX "{table}_external_uid" ON "{table}" ("external_uid")')
    for statement in SCHEMA_V4_TABLES:
        db.execute_sql(statement)
    db.execute_sql('ALTER TABLE "appointment" ADD COLUMN "series_id" INTEGER '
                   'REFERENCES "appointment_series" ("id") ON DELETE SET NULL')
    db.execute_sql('ALTER TABLE "appointment" ADD COLUMN "recurrence_id" DATETIME')
    db.execute_sql('ALTER TABLE "appointment" ADD COLUMN "series_exception" INTEGER NOT NULL DEFAULT 0')
    db.execute_sql('CREATE INDEX "appointment_series_id" ON "appointment" ("series_id", "recurrence_id")')

    rebuild_search_index(db)


MIGRATIONS: list[tuple[int, Callable[[pw.SqliteDatabase], None]]] = [
    (1, step_1_initial),
    (2, step_2_confidential_imports_erasure_search),
    (3, step_3_person_sort_key),
    (4, step_4_identity_version_series_follow_ups),
]
LATEST_VERSION = MIGRATIONS[-1][0]
