"""What the signed-in person may do in the open database (issue 13 point 5), for the GUI to show only that.

The database enforces the roles itself (app/models/engine_pg_security.py: grants and row-level security);
this module only answers the question the window asks once per opened database: which role, and may this
person write, erase under Art. 17, change backup/encryption settings, see confidential appointments?

SQLite has no roles: the one person at the laptop may do everything. On the office server an administrator
or the owner of the tables (no Brücke role) may likewise do everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models import db_proxy, engine

COMMISSIONER, ASSISTANT, READER = "commissioner", "assistant", "reader"


@dataclass(frozen=True)
class Capabilities:
    """The signed-in person's role and what it allows. `role` is None on SQLite and for an administrator."""

    role: str | None
    user: str
    may_write: bool
    may_erase: bool
    may_change_safety: bool
    may_see_confidential: bool

    @property
    def everything(self) -> bool:
        return self.may_write and self.may_erase and self.may_change_safety and self.may_see_confidential

    def allows(self, need: str) -> bool:
        """`need` is one of "write", "erase", "safety", "confidential"."""
        return bool({"write": self.may_write, "erase": self.may_erase, "safety": self.may_change_safety,
                     "confidential": self.may_see_confidential}[need])


EVERYTHING = Capabilities(None, "", True, True, True, True)


def for_role(role: str | None, user: str = "") -> Capabilities:
    """The capabilities of an app role as app/models/engine_pg_security.py grants them."""
    if role == READER:
        return Capabilities(role, user, may_write=False, may_erase=False, may_change_safety=False,
                            may_see_confidential=False)
    if role == ASSISTANT:
        return Capabilities(role, user, may_write=True, may_erase=False, may_change_safety=False,
                            may_see_confidential=False)
    return Capabilities(role, user, True, True, True, True)


# one answer per opened database: a new open_database() makes a new database object, so the cache keyed by
# that object is never stale; clear() forgets it explicitly (a role changed by the administrator meanwhile)
_cached: tuple[Any, Capabilities] | None = None


def clear() -> None:
    global _cached
    _cached = None


def capabilities() -> Capabilities:
    """The open database's answer (asked from the server once, then cached for that database)."""
    global _cached
    db = db_proxy.obj
    if db is None:
        return EVERYTHING
    if _cached is not None and _cached[0] is db:
        return _cached[1]
    result = _ask(db)
    _cached = (db, result)
    return result


def _ask(db: Any) -> Capabilities:
    if not engine.is_server(db):
        return EVERYTHING
    from app.models.engine_pg_security import current_role

    row = db.execute_sql("SELECT session_user").fetchone()
    user = str(row[0]) if row else ""
    return for_role(current_role(db), user)
