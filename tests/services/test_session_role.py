"""What the signed-in person may do (app/services/session_role.py): on SQLite – one person, no roles –
everything; the answer is asked once per opened database and a newly opened database is asked again.
The server's roles are tested in tests/postgres/test_gui_roles_pg.py."""

from __future__ import annotations

from pathlib import Path

from app.models import close_database, db_proxy, open_database
from app.services import session_role


def test_sqlite_allows_everything(db: object) -> None:
    caps = session_role.capabilities()
    assert caps.role is None
    assert (caps.may_write, caps.may_erase, caps.may_change_safety, caps.may_see_confidential) == (
        True, True, True, True)
    assert caps.everything
    assert all(caps.allows(need) for need in ("write", "erase", "safety", "confidential"))


def test_asked_once_per_opened_database(db_path: Path) -> None:
    first_db = open_database(db_path)
    first = session_role.capabilities()
    assert session_role.capabilities() is first  # cached for this database
    close_database()
    second_db = open_database(db_path)
    assert second_db is not first_db and db_proxy.obj is second_db
    session_role._cached = (second_db, session_role.for_role("reader", "stale"))  # what a cache would hold
    assert session_role.capabilities().role == "reader"
    session_role.clear()
    assert session_role.capabilities().role is None  # cleared: asked again
    close_database()


def test_what_each_role_may_do() -> None:
    reader = session_role.for_role("reader", "lena")
    assert (reader.may_write, reader.may_erase, reader.may_change_safety, reader.may_see_confidential) == (
        False, False, False, False)
    assistant = session_role.for_role("assistant", "mira")
    assert (assistant.may_write, assistant.may_erase, assistant.may_change_safety,
            assistant.may_see_confidential) == (True, False, False, False)
    assert not assistant.everything
    assert session_role.for_role("commissioner", "anna").everything
    assert session_role.for_role(None).everything
