"""The office server's people: set up the database (`server_init`) and manage sign-ins and their roles.

Every person signs in with an own PostgreSQL login role, member of one of Brücke's three group roles
(app/models/engine_pg_security.py); the database enforces what each may see and do. These functions run
with an administrator's connection (a role with CREATEROLE that owns the tables, e.g. the one that ran
`bruecke server-init`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.models import db_proxy, engine, open_database
from app.models.engine_pg_security import NAME_RE, ROLES, apply_security, role_of
from app.services.errors import UserError
from app.services.messages import t


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    can_login: bool


def _server() -> Any:
    db = db_proxy.obj
    if not engine.is_server(db):
        raise UserError(t("users_need_server"))
    return db


def _check_name(name: str) -> str:
    if not NAME_RE.match(name) or name.lower().startswith(("pg_", "bruecke_")):
        raise UserError(t("users_bad_name", name=name))
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(t("users_unknown_role", role=role))
    return ROLES[role]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_database_if_missing(url: str) -> bool:
    """Create the URL's database (UTF-8, code-point order like SQLite) through the server's `postgres`
    database when it does not exist yet; True when it was created."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    name = str(params.get("dbname") or "")
    if not name:
        return False
    params["dbname"] = "postgres"
    maintenance = make_conninfo("", **params)
    with psycopg.connect(maintenance, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return False
        try:
            conn.execute(f"CREATE DATABASE {_quoted(name)} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                         "LC_CTYPE 'C.UTF-8' TEMPLATE template0")
        except psycopg.errors.InvalidParameterValue:  # no C.UTF-8 locale on this server
            conn.execute(f"CREATE DATABASE {_quoted(name)} ENCODING 'UTF8' TEMPLATE template0")
    return True


def server_init(url: str) -> bool:
    """Create (if needed) and set up the office database: schema, roles, grants, row-level security.
    Idempotent; returns True when the database was created. Leaves the database open and bound."""

    created = create_database_if_missing(url)
    db = open_database(url)
    with db.atomic():
        apply_security(db)
    return created


def add(name: str, role: str, password: str | None = None) -> Account:
    db = _server()
    _check_name(name)
    group = _check_role(role)
    with db.atomic():
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
        if not exists:
            db.execute_sql(f"CREATE ROLE {_quoted(name)} LOGIN")
        if password:
            db.execute_sql(f"ALTER ROLE {_quoted(name)} PASSWORD {_literal(password)}")
        _grant_only(db, name, group)
    return Account(name, role, True)


def _grant_only(db: Any, name: str, group: str) -> None:
    for other in ROLES.values():
        if other != group:
            db.execute_sql(f"REVOKE {other} FROM {_quoted(name)}")
    db.execute_sql(f"GRANT {group} TO {_quoted(name)}")


def list_accounts() -> list[Account]:
    db = _server()
    groups = tuple(ROLES.values())
    rows = db.execute_sql(
        "SELECT DISTINCT u.rolname, u.rolcanlogin FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname IN ({','.join('?' * len(groups))}) "
        "ORDER BY u.rolname", groups).fetchall()
    return [Account(str(name), role_of(db, str(name)) or "", bool(login)) for name, login in rows]


def _existing(db: Any, name: str) -> None:
    if role_of(db, name) is None:
        raise UserError(t("users_not_found", name=name))


def set_role(name: str, role: str) -> Account:
    db = _server()
    group = _check_role(role)
    with db.atomic():
        _existing(db, name)
        _grant_only(db, name, group)
    return Account(name, role, True)


def remove(name: str) -> None:
    """Take the sign-in away: the login role is dropped (the audit log keeps the name)."""
    db = _server()
    with db.atomic():
        _existing(db, name)
        try:
            db.execute_sql(f"DROP ROLE {_quoted(name)}")
        except pw.DatabaseError as exc:
            raise UserError(str(exc).splitlines()[0]) from exc
