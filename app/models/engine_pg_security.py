"""People and roles on the PostgreSQL server, enforced by the database itself (issue 13).

Three group roles; every person signs in with an own login role that is a member of exactly one:

- `bruecke_commissioner` (Beauftragte/r): everything.
- `bruecke_assistant` (Assistenz): reads and writes the office's data, but never sees a confidential
  appointment – not its row, title, agenda or outcome, its series, its attendance list, its search-index
  entries or its audit entries (row-level security) – may not erase persons (no INSERT on `erasure_log`)
  and may not change backup or encryption settings.
- `bruecke_reader` (Lesend): reads what the assistant reads; writes nothing (no grants).

`apply_security(db)` is idempotent: `bruecke server-init` runs it after every schema upgrade. Tables are
owned by the administrator who ran it; owners bypass row-level security, app roles never own anything.
"""

from __future__ import annotations

import re
from typing import Any

ROLES = {"commissioner": "bruecke_commissioner", "assistant": "bruecke_assistant", "reader": "bruecke_reader"}
LIMITED = ("bruecke_assistant", "bruecke_reader")
NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,62}$")
APPOINTMENT_KIND = 4_000_000_000  # search_index.rowid range of appointments (models.search: code × 10⁹)
PROTECTED_SETTINGS = "key LIKE 'backup%' OR key LIKE 'encrypt%'"

# table → the condition a limited role must meet to see a row (evaluated under that role's own RLS)
VISIBLE_TO_LIMITED = {
    "appointment": "NOT confidential",
    "appointment_series": "NOT confidential",
    "attendance": "EXISTS (SELECT 1 FROM appointment a WHERE a.id = appointment_id)",
    "appointment_field": "EXISTS (SELECT 1 FROM appointment a WHERE a.id = appointment_id)",
    "follow_up": "appointment_id IS NULL OR EXISTS (SELECT 1 FROM appointment a WHERE a.id = appointment_id)",
    "search_index": "kind <> 'appointment' OR EXISTS (SELECT 1 FROM appointment a WHERE a.id = ref_id)",
    "search_word": f"entry < {APPOINTMENT_KIND} OR entry >= {APPOINTMENT_KIND + 1_000_000_000} OR EXISTS "
                   f"(SELECT 1 FROM appointment a WHERE a.id = entry - {APPOINTMENT_KIND})",
    "audit_entry": "entity NOT IN ('appointment', 'appointment_series') OR EXISTS "
                   "(SELECT 1 FROM appointment a WHERE a.id = entity_id)",
}


def _exec(db: Any, sql: str) -> None:
    db.execute_sql(sql)


def ensure_group_roles(db: Any) -> None:
    for role in ROLES.values():
        _exec(db, f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                  f"CREATE ROLE {role} NOLOGIN; END IF; END $$")


def apply_security(db: Any) -> None:
    """Grants and row-level security for the three roles (safe to run again)."""
    ensure_group_roles(db)
    tables = [r[0] for r in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").fetchall()]
    everyone = ", ".join(ROLES.values())
    _exec(db, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    _exec(db, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _exec(db, f"GRANT USAGE ON SCHEMA public TO {everyone}")
    _exec(db, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO bruecke_commissioner, bruecke_assistant")
    _exec(db, "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO bruecke_commissioner")  # her pg_dump reads them
    # ids are max + 1 over *all* rows: the trigger must see rows the caller may not
    _exec(db, "ALTER FUNCTION bruecke_next_id() SECURITY DEFINER SET search_path = public, pg_temp")
    for table in tables:
        quoted = f'"{table}"'
        _exec(db, f"REVOKE ALL ON {quoted} FROM {everyone}")
        _exec(db, f"GRANT SELECT ON {quoted} TO {everyone}")
        if table == "schema_version":
            continue
        _exec(db, f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO bruecke_commissioner")
        if table != "erasure_log":  # no erasure under Art. 17 for the assistant
            _exec(db, f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO bruecke_assistant")
    for table, condition in VISIBLE_TO_LIMITED.items():
        _policies(db, table, condition)
    _policies(db, "setting", "true", write_check=f"NOT ({PROTECTED_SETTINGS})")


def _policies(db: Any, table: str, condition: str, write_check: str | None = None) -> None:
    quoted = f'"{table}"'
    _exec(db, f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY")
    for name in ("bruecke_all", "bruecke_limited_read", "bruecke_limited_write"):
        _exec(db, f"DROP POLICY IF EXISTS {name} ON {quoted}")
    _exec(db, f"CREATE POLICY bruecke_all ON {quoted} TO bruecke_commissioner USING (true) WITH CHECK (true)")
    _exec(db, f"CREATE POLICY bruecke_limited_read ON {quoted} FOR SELECT TO {', '.join(LIMITED)} "
              f"USING ({condition})")
    check = write_check or condition
    _exec(db, f"CREATE POLICY bruecke_limited_write ON {quoted} FOR ALL TO bruecke_assistant "
              f"USING ({check if write_check else condition}) WITH CHECK ({check})")


def role_of(db: Any, name: str) -> str | None:
    """The app role key (commissioner, assistant, reader) of a login role, None if it has none."""
    rows = db.execute_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?", (name,)).fetchall()
    found = {r[0] for r in rows}
    for key, role in ROLES.items():
        if role in found:
            return key
    return None


def effective_role(db: Any, name: str) -> str | None:
    """The app role a login acts with, also when it holds it through a group of the office's IT (a login in
    `office_staff`, which is a member of `bruecke_assistant`, is an assistant: grants and row-level security
    follow membership). The widest wins; None for a superuser or a login in no Brücke role."""
    row = db.execute_sql("SELECT rolsuper FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
    if row is None or row[0]:
        return None
    existing = {r[0] for r in db.execute_sql(
        f"SELECT rolname FROM pg_roles WHERE rolname IN ({','.join('?' * len(ROLES))})",
        tuple(ROLES.values())).fetchall()}
    for key, role in ROLES.items():  # commissioner, assistant, reader: the widest first
        if role in existing and db.execute_sql("SELECT pg_has_role(?, ?, 'USAGE')", (name, role)).fetchone()[0]:
            return key
    return None


def current_role(db: Any) -> str | None:
    """The signed-in person's app role; None for an administrator or owner (who may do everything)."""
    row = db.execute_sql("SELECT session_user").fetchone()
    return effective_role(db, str(row[0]))
