"""Every test runs on its own SQLite file in tmp_path; no test touches the user's real folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRUECKE_HOME", str(home))
    monkeypatch.delenv("BRUECKE_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    from app.models import close_database, open_database
    from app.services import messages

    messages.set_language("de")
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo office per test session, copied for each test that needs it (filling takes ~0.5 s)."""
    import datetime as dt

    from app.models import close_database, open_database
    from app.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    demo.fill_demo(seed=7, today=dt.date(2026, 11, 23))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Iterator[object]:
    import shutil

    from app.models import close_database, open_database

    shutil.copyfile(demo_template, db_path)
    database = open_database(db_path)
    yield database
    close_database()


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without interpreter finalisation once pytest has reported.

    After hundreds of Qt widgets, CPython 3.11's final garbage collection sometimes aborts in a C
    extension's refcount slip ("bool_dealloc", PySide6/shiboken on 3.11; 3.12 made bools immortal),
    turning a green run into exit 134. Every result is written and flushed before this point.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)
