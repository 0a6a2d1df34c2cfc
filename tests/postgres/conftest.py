"""PostgreSQL fixtures: one throwaway cluster per session, one fresh database per test (from a template).

`db` is overridden here, so test modules in this folder can re-run the SQLite suites' tests unchanged
(`from tests.services.test_records import *`) on PostgreSQL. When the server binaries are missing the
tests skip – and the terminal summary says so in red, never silently.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.postgres.cluster import TEMPLATE, Cluster, start_cluster

_SKIPPED: list[str] = []
_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except (FileNotFoundError, OSError, Exception) as exc:  # noqa: BLE001 - any set-up failure skips loudly
        message = f"PostgreSQL tests SKIPPED: no usable server binaries ({exc}). Install the Debian package " \
                  "`postgresql` (python3 dev.py test does it as root or with sudo)."
        _SKIPPED.append(message)
        pytest.skip(message)
    try:
        with cluster.admin() as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        from app.models import close_database, open_database

        open_database(cluster.url(TEMPLATE))
        close_database()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh database with Brücke's schema (copied from the session's template)."""
    name = f"test_{next(_counter)}"
    with pg_cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
    yield pg_cluster.url(name)
    from app.models import close_database

    close_database()
    with pg_cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(pg_url: str) -> Iterator[object]:
    from app.models import close_database, open_database
    from app.services import messages

    messages.set_language("de")
    database = open_database(pg_url)
    yield database
    close_database()


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster: Cluster) -> str:
    """The demo office (same seed and day as the SQLite suite's) once per session, copied per test."""
    import datetime as dt

    from app.models import close_database, open_database
    from app.services import demo

    name = "bruecke_demo_template"
    with pg_cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
    open_database(pg_cluster.url(name))
    demo.fill_demo(seed=7, today=dt.date(2026, 11, 23))
    close_database()
    return name


@pytest.fixture
def demo_db(pg_cluster: Cluster, pg_demo_template: str) -> Iterator[object]:
    from app.models import close_database, open_database

    name = f"demo_{next(_counter)}"
    with pg_cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_demo_template}" STRATEGY FILE_COPY')
    database = open_database(pg_cluster.url(name))
    yield database
    close_database()
    with pg_cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server_office(pg_cluster: Cluster, prefix: str = "office", template: str | None = None) -> Iterator[str]:
    """An office database set up by `bruecke server-init` (roles, grants, row-level security) – empty, or a
    copy of `template` – as its URL; closed and dropped afterwards."""
    from app.cli import main
    from app.models import close_database

    name = f"{prefix}_{next(_counter)}"
    url = pg_cluster.url(name)
    try:
        if template is not None:
            with pg_cluster.admin() as conn:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        assert main(["server-init", url]) == 0
        yield url
    finally:
        close_database()
        with pg_cluster.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def office_url(pg_cluster: Cluster) -> Iterator[str]:
    """An empty office set up by `bruecke server-init` (not from the test template), dropped afterwards."""
    with server_office(pg_cluster) as url:
        yield url


def sign_in_url(url: str, role: str, name: str | None = None) -> str:
    """Adds a person with `role` (`bruecke users add`, a fresh name unless given); the URL they sign in with."""
    from app.cli import main

    name = name or f"{role[:6]}{next(_counter)}"
    assert main(["users", "add", name, "--role", role, "--db", url]) == 0
    return url.replace("user=postgres", f"user={name}")


def open_signed_in(url: str, role: str) -> str:
    """Adds a person with `role` and opens the office with their own login; their user name."""
    from app.models import close_database, open_database

    signed = sign_in_url(url, role)
    close_database()
    open_database(signed)
    return signed.rsplit("user=", 1)[1]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for message in _SKIPPED[:1]:
        terminalreporter.write_sep("!", message, red=True, bold=True)
