"""`bruecke check` on the office server (PostgreSQL): what an office's IT expects a health check to look at.

SQLite answers `PRAGMA integrity_check` and `foreign_key_check` for its file; a server database is checked
for what Brücke relies on instead, each finding named:

- the schema version matches this program,
- the extensions the search needs (pg_trgm, unaccent),
- every index Brücke made exists and is valid and ready (an interrupted CREATE INDEX CONCURRENTLY leaves
  `indisvalid`/`indisready` false: the planner ignores it, unique checks may not hold),
- the triggers: new ids (`bruecke_next_id`), the signed-in user in the logs, the live-office notifications,
- row-level security and its policies on every table an assistant or reader must not fully see (once
  `bruecke server-init` has set up the roles), the id trigger running with its owner's rights, and the
  commissioner's right to read the sequences (her pg_dump needs it),
- every foreign key declared and validated (a missing or NOT VALID one: its orphaned rows are counted),
- the search index in step with the records (every record has its entry, no entry without record, no
  search word without entry) – the same SQL as on SQLite,
- the B-tree indexes' structure through `amcheck`'s bt_index_check when the extension is installed and the
  signed-in role may use it; otherwise the finding says it was skipped and why.

Nothing is changed: the check only reads (a limited role sees and checks only what it may see).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from app.models import engine_pg_schema as pg_schema
from app.models.engine_pg_security import LIMITED, VISIBLE_TO_LIMITED
from app.models.migrations import LATEST_VERSION
from app.models.search import KIND_CODES, ROWID_FACTOR
from app.services.messages import entity_name, t

OK, PROBLEM, SKIPPED = "ok", "problem", "skipped"
REQUIRED_EXTENSIONS = ("pg_trgm", "unaccent")
SEARCH_INDEXES = ("search_index_key_trgm", "search_word_entry")
POLICIES = ("bruecke_all", "bruecke_limited_read", "bruecke_limited_write")
PROTECTED_TABLES = (*VISIBLE_TO_LIMITED, "setting")
RECORD_TABLES = {"person": "person", "organization": "organization", "network": "network",
                 "appointment": "appointment"}
EXAMPLES = 5  # ids named per problem
_REFERENCE = re.compile(r'"(\w+)" INTEGER (?:NOT NULL )?REFERENCES "(\w+)"')


@dataclass(frozen=True)
class Finding:
    """One thing checked: its state (ok, problem, skipped) and a sentence naming it."""

    state: str
    text: str
    topic: str = ""  # the check that found it: schema, extensions, indexes, … (its function's name)


def _rows(db: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params).fetchall())


def _one(db: Any, sql: str, params: tuple[Any, ...] = ()) -> Any:
    return db.execute_sql(sql, params).fetchone()[0]


# --- what Brücke's schema steps made (app/models/engine_pg_schema.py) ---------------------------------------

def expected_indexes() -> dict[str, str]:
    """index name → table."""
    found = {f"{table}_{'_'.join(cols)}": table for table, cols in (*pg_schema.INDEXES_V4, *pg_schema.UNIQUE_V4)}
    found.update({"search_index_key_trgm": "search_index", "search_word_entry": "search_word"})
    return found


def expected_triggers() -> dict[tuple[str, str], str]:
    """(table, trigger) → what it is for (a message key)."""
    found = {}
    for table, _ in pg_schema.TABLES_V4:
        if table != "setting" and table not in pg_schema.SEQUENCE_TABLES:
            found[(table, f"{table}_next_id")] = "check_purpose_next_id"
    for table in pg_schema.AUDITED_BY_ROLE:
        found[(table, f"{table}_signed_in_user")] = "check_purpose_signed_in_user"
    for table in pg_schema.NOTIFIED_TABLES:
        for event in ("insert", "update", "delete"):
            found[(table, f"{table}_notify_{event}")] = "check_purpose_notify"
    return found


def expected_foreign_keys() -> list[tuple[str, str, str]]:
    """(table, column, referenced table) for every REFERENCES in the schema."""
    return [(table, column, target) for table, columns in pg_schema.TABLES_V4
            for column, target in _REFERENCE.findall(columns)]


# --- the checks ---------------------------------------------------------------------------------------------

def check_schema(db: Any) -> list[Finding]:
    version = int(db.schema_version())
    if version != LATEST_VERSION:
        return [Finding(PROBLEM, t("check_schema_wrong", found=version, expected=LATEST_VERSION))]
    return [Finding(OK, t("check_schema_ok", version=version))]


def check_extensions(db: Any) -> list[Finding]:
    present = {r[0] for r in _rows(db, "SELECT extname FROM pg_extension")}
    missing = [name for name in REQUIRED_EXTENSIONS if name not in present]
    if missing:
        return [Finding(PROBLEM, t("check_extension_missing", name=name)) for name in missing]
    return [Finding(OK, t("check_extensions_ok", names=", ".join(REQUIRED_EXTENSIONS)))]


def check_indexes(db: Any) -> list[Finding]:
    rows = _rows(db, "SELECT c.relname, t.relname, i.indisvalid, i.indisready FROM pg_index i "
                     "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                     "WHERE c.relnamespace = current_schema()::regnamespace ORDER BY c.relname")
    findings = [Finding(PROBLEM, t("check_index_invalid", index=name, table=table))
                for name, table, valid, ready in rows if not valid or not ready]
    present = {r[0] for r in rows}
    findings += [Finding(PROBLEM, t("check_index_missing", index=name, table=table))
                 for name, table in expected_indexes().items() if name not in present]
    return findings or [Finding(OK, t("check_indexes_ok", count=len(rows)))]


def check_triggers(db: Any) -> list[Finding]:
    rows = _rows(db, "SELECT c.relname, g.tgname, g.tgenabled FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                     "WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace")
    enabled = {(table, name): state != "D" for table, name, state in rows}
    findings = []
    for (table, name), purpose in expected_triggers().items():
        if (table, name) not in enabled:
            findings.append(Finding(PROBLEM, t("check_trigger_missing", trigger=name, table=table, purpose=t(purpose))))
        elif not enabled[(table, name)]:
            findings.append(Finding(PROBLEM, t("check_trigger_disabled", trigger=name, table=table,
                                               purpose=t(purpose))))
    return findings or [Finding(OK, t("check_triggers_ok", count=len(expected_triggers())))]


def roles_set_up(db: Any) -> bool:
    """True once `bruecke server-init` granted this database to the limited roles (then their protection counts)."""
    marks = ",".join("?" * len(LIMITED))
    return bool(_one(db, f"SELECT count(*) FROM pg_roles WHERE rolname IN ({marks}) AND "
                         "has_table_privilege(oid, 'person', 'SELECT')", LIMITED))


def check_row_security(db: Any) -> list[Finding]:
    if not roles_set_up(db):
        return [Finding(SKIPPED, t("check_rls_no_roles"))]
    secured = dict(_rows(db, "SELECT relname, relrowsecurity FROM pg_class "
                             "WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'"))
    policies = {(r[0], r[1]) for r in _rows(db, "SELECT tablename, policyname FROM pg_policies "
                                                "WHERE schemaname = current_schema()")}
    findings = []
    for table in PROTECTED_TABLES:
        if not secured.get(table):
            findings.append(Finding(PROBLEM, t("check_rls_off", table=table)))
            continue
        findings += [Finding(PROBLEM, t("check_policy_missing", policy=policy, table=table))
                     for policy in POLICIES if (table, policy) not in policies]
    definer = _rows(db, "SELECT prosecdef FROM pg_proc WHERE proname = 'bruecke_next_id' "
                        "AND pronamespace = current_schema()::regnamespace")
    if definer and not definer[0][0]:
        findings.append(Finding(PROBLEM, t("check_next_id_rights")))
    unreadable = [r[0] for r in _rows(db, "SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.rolname = "
                                          "'bruecke_commissioner' WHERE c.relkind = 'S' AND c.relnamespace = "
                                          "current_schema()::regnamespace AND NOT has_sequence_privilege(r.oid, "
                                          "c.oid, 'SELECT') ORDER BY 1")]
    if unreadable:  # pg_dump reads every sequence: without it the commissioner cannot back up
        findings.append(Finding(PROBLEM, t("check_sequences_unreadable", names=", ".join(unreadable))))
    return findings or [Finding(OK, t("check_rls_ok", count=len(PROTECTED_TABLES)))]


def check_foreign_keys(db: Any) -> list[Finding]:
    rows = _rows(db, "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, c.convalidated, "
                     "c.conname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
                     "AND a.attnum = c.conkey[1] WHERE c.contype = 'f' "
                     "AND c.connamespace = current_schema()::regnamespace")
    declared = {(table.strip('"'), column, target.strip('"')): (valid, name) for table, column, target, valid, name
                in rows}
    findings = []
    for table, column, target in expected_foreign_keys():
        found = declared.get((table, column, target))
        if found is not None and found[0]:
            continue
        orphans = _orphans(db, table, column, target)
        key = "check_fk_missing" if found is None else "check_fk_not_valid"
        text = t(key, table=table, column=column, target=target)
        if orphans:
            text += "; " + t("check_fk_orphans", count=len(orphans), ids=_examples(orphans))
        findings.append(Finding(PROBLEM, text))
    return findings or [Finding(OK, t("check_fk_ok", count=len(expected_foreign_keys())))]


def _orphans(db: Any, table: str, column: str, target: str) -> list[int]:
    """Rows of `table` whose `column` names a `target` row that does not exist (the query a missing FK needs)."""
    return [r[0] for r in _rows(db, f'SELECT x.id FROM "{table}" x WHERE x."{column}" IS NOT NULL AND NOT EXISTS '
                                    f'(SELECT 1 FROM "{target}" y WHERE y.id = x."{column}") ORDER BY x.id')]


def _examples(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids[:EXAMPLES]) + (" …" if len(ids) > EXAMPLES else "")


def search_index_gaps(db: Any) -> dict[str, tuple[list[int], list[int]]]:
    """kind → (record ids without a search entry, entry ids without a record). Engine-neutral SQL: SQLite's
    FTS5 search_index answers it the same way (rowid = kind code × 10⁹ + record id)."""
    gaps = {}
    for kind, code in KIND_CODES.items():
        base = code * ROWID_FACTOR
        table = RECORD_TABLES[kind]
        missing = [r[0] for r in _rows(db, f'SELECT r.id FROM "{table}" r WHERE NOT EXISTS (SELECT 1 '
                                           f'FROM search_index s WHERE s.rowid = {base} + r.id) ORDER BY r.id')]
        stray = [r[0] for r in _rows(db, f'SELECT s.rowid - {base} FROM search_index s WHERE s.rowid > {base} '
                                         f'AND s.rowid < {base + ROWID_FACTOR} AND NOT EXISTS '
                                         f'(SELECT 1 FROM "{table}" r WHERE r.id = s.rowid - {base}) ORDER BY 1')]
        gaps[kind] = (missing, stray)
    return gaps


def check_search_index(db: Any) -> list[Finding]:
    findings = []
    for kind, (missing, stray) in search_index_gaps(db).items():
        if missing:
            findings.append(Finding(PROBLEM, t("check_search_missing", count=len(missing), kind=entity_name(kind),
                                               ids=_examples(missing))))
        if stray:
            findings.append(Finding(PROBLEM, t("check_search_stray", count=len(stray), kind=entity_name(kind),
                                               ids=_examples(stray))))
    outside = int(_one(db, f"SELECT count(*) FROM search_index WHERE rowid <= {ROWID_FACTOR} "
                           f"OR rowid >= {(max(KIND_CODES.values()) + 1) * ROWID_FACTOR}"))
    words = int(_one(db, "SELECT count(*) FROM search_word w WHERE NOT EXISTS "
                         "(SELECT 1 FROM search_index s WHERE s.rowid = w.entry)"))
    if outside:
        findings.append(Finding(PROBLEM, t("check_search_unknown_kind", count=outside)))
    if words:
        findings.append(Finding(PROBLEM, t("check_search_words", count=words)))
    return findings or [Finding(OK, t("check_search_ok"))]


def check_btree(db: Any) -> list[Finding]:
    """amcheck's bt_index_check (AccessShareLock only: the office keeps working) on every B-tree index."""
    if not _rows(db, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'"):
        available = _rows(db, "SELECT 1 FROM pg_available_extensions WHERE name = 'amcheck'")
        return [Finding(SKIPPED, t("check_amcheck_not_installed" if available else "check_amcheck_unavailable"))]
    function = _one(db, "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_extension e ON e.extname = 'amcheck' "
                        "JOIN pg_depend d ON d.objid = p.oid AND d.refobjid = e.oid "
                        "WHERE p.proname = 'bt_index_check' AND p.pronargs = 1")
    if not _one(db, "SELECT has_function_privilege(?, 'EXECUTE')", (function,)):
        return [Finding(SKIPPED, t("check_amcheck_no_right"))]
    indexes = _rows(db, "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND i.indisvalid AND i.indisready "
                        "AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname")
    call = function.split("(")[0]
    findings = []
    for oid, name in indexes:
        try:
            with db.atomic():
                db.execute_sql(f"SELECT {call}(CAST(? AS oid)::regclass)", (int(oid),))
        except Exception as exc:  # noqa: BLE001 - the server's sentence names the damage
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            findings.append(Finding(PROBLEM, t("check_btree_damaged", index=name, detail=detail)))
    return findings or [Finding(OK, t("check_btree_ok", count=len(indexes)))]


CHECKS = (check_schema, check_extensions, check_indexes, check_triggers, check_row_security, check_foreign_keys,
          check_search_index, check_btree)


def run(db: Any) -> list[Finding]:
    """Every check in order; nothing is written."""
    return [replace(finding, topic=check.__name__.removeprefix("check_")) for check in CHECKS
            for finding in check(db)]
