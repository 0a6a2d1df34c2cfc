"""The automatic daily backup on the office server (issue 13, round 3): one a day for the whole office, made by
a role that reads everything, and the user told that the server's own backup by the IT stays the main safeguard.

Before, every client made its own pg_dump at its first start of the day (six people, six dumps of the same
database), an assistant's dump silently lacked what row-level security hides from her, and a commissioner's
pg_dump stopped at the first table with row-level security."""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.models import close_database, db_proxy, open_database
from app.services import appointments, backup, backup_pg, contacts
from app.services.errors import UserError
from tests.postgres.cluster import Cluster
from tests.postgres.conftest import server_office, sign_in_url

MORNING = dt.datetime(2026, 12, 2, 8, 0)


@pytest.fixture
def office_url(pg_cluster: Cluster) -> Iterator[str]:
    with server_office(pg_cluster, "dailyoffice") as url:
        open_database(url)
        contacts.create_person({"last_name": "Haddad", "first_name": "Rania"})
        appointments.create_appointment({"title": "Vertrauliches Gespräch Kirchenasyl",
                                         "start": "2026-03-03 10:00", "confidential": True})
        close_database()
        yield url


def _machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Path:
    """Another computer in the office: its own data folder (where server dumps land by default)."""
    home = tmp_path / name
    monkeypatch.setenv("BRUECKE_HOME", str(home))
    return home


def _dumps(home: Path) -> list[Path]:
    return sorted(home.rglob("*.dump"))


def test_one_automatic_backup_a_day_for_the_whole_office(office_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    chief = sign_in_url(office_url, "commissioner")
    first = _machine(monkeypatch, tmp_path, "pc1")
    open_database(chief)
    made = backup.daily_backup_if_due(now=MORNING)
    assert made is not None and made.exists() and made.parent.is_relative_to(paths.data_dir())
    close_database()
    # the second commissioner's computer (or an administrator's) later the same day: no second dump
    second = _machine(monkeypatch, tmp_path, "pc2")
    open_database(office_url)
    assert backup.daily_backup_if_due(now=MORNING + dt.timedelta(hours=3)) is None
    assert _dumps(second) == [] and len(_dumps(first)) == 1
    note = backup.automatic_backup_note()
    assert f"um 08:00 von {chief.split('user=')[1]} (" in note
    assert "Sicherung des Servers durch Ihre IT" in note
    # the next day the first start anywhere makes it
    next_day = backup.daily_backup_if_due(now=MORNING + dt.timedelta(days=1))
    assert next_day is not None and _dumps(second) == [next_day]


def test_the_commissioners_daily_dump_holds_what_only_she_may_see(office_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _machine(monkeypatch, tmp_path, "pc1")
    open_database(sign_in_url(office_url, "commissioner"))
    made = backup.daily_backup_if_due(now=MORNING)
    assert made is not None
    sql = subprocess.run([backup_pg.tool("pg_restore"), "--data-only", "--file", "-", str(made)],
                         capture_output=True, text=True, check=True).stdout
    assert "Vertrauliches Gespräch Kirchenasyl" in sql and "Haddad" in sql


@pytest.mark.parametrize("role", ["assistant", "reader"])
def test_no_automatic_backup_by_a_role_that_cannot_read_everything(office_url: str, tmp_path: Path, role: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home = _machine(monkeypatch, tmp_path, "pc3")
    open_database(sign_in_url(office_url, role))
    assert backup.daily_backup_if_due(now=MORNING) is None
    assert _dumps(home) == []
    with pytest.raises(UserError) as info:  # a manual one would lack the confidential appointments: refused
        backup.make_backup("manual")
    assert "vertrauliche Termine" in str(info.value)
    assert backup.backup_before("import") is None and _dumps(home) == []  # her import goes on without one
    assert "Sicherung des Servers durch Ihre IT" in backup.automatic_backup_note()
    close_database()
    # her start did not count as today's backup: the commissioner's start still makes it
    open_database(sign_in_url(office_url, "commissioner"))
    assert backup.daily_backup_if_due(now=MORNING + dt.timedelta(hours=1)) is not None


def test_two_starts_at_the_same_moment_make_one_backup(office_url: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    home = _machine(monkeypatch, tmp_path, "pc1")
    open_database(office_url)
    results: list[object] = []
    gate = threading.Barrier(3)

    def start() -> None:
        gate.wait(10)
        try:
            results.append(backup.daily_backup_if_due(now=MORNING))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            results.append(exc)
        finally:
            db_proxy.obj.close()

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    made = [r for r in results if isinstance(r, Path)]
    assert len(results) == 3 and len(made) == 1 and results.count(None) == 2, results
    assert _dumps(home) == made


def test_sqlite_daily_backup_is_unchanged(tmp_path: Path) -> None:
    close_database()
    open_database(tmp_path / "office.db")
    made = backup.daily_backup_if_due(now=MORNING)
    assert made is not None and made.suffix == ".db"
    assert backup.daily_backup_if_due(now=MORNING + dt.timedelta(hours=1)) is None
    assert backup.automatic_backup_note() == ""
    close_database()


def test_the_window_says_whose_backup_it_is_and_that_the_it_backup_comes_first(
        office_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMainWindow

    from app.services import startup
    from app.ui import startup_dialogs

    _machine(monkeypatch, tmp_path, "pc1")
    chief = sign_in_url(office_url, "commissioner")
    open_database(chief)
    window = QMainWindow()
    qtbot.addWidget(window)
    started = startup.Started(db_proxy.obj, None, None, None)  # type: ignore[arg-type] - no file lock on a server
    startup_dialogs._housekeeping(window, started)
    qtbot.waitUntil(lambda: started.backup is not None, timeout=30_000)
    message = window.statusBar().currentMessage()
    assert "Tagessicherung des Büros: heute um " in message, message
    assert chief.split("user=")[1] in message and "Wichtigster Schutz bleibt die Sicherung des Servers" in message
    # the assistant's window at the next start: no dump, and the same advice
    close_database()
    open_database(sign_in_url(office_url, "assistant"))
    second = QMainWindow()
    qtbot.addWidget(second)
    started = startup.Started(db_proxy.obj, None, None, None)  # type: ignore[arg-type]
    startup_dialogs._housekeeping(second, started)
    qtbot.waitUntil(lambda: bool(second.statusBar().currentMessage()), timeout=30_000)
    assert started.backup is None and started.backup_error is None
    assert second.statusBar().currentMessage().startswith("Die automatische Tagessicherung des Büros macht die oder")


def test_a_restore_on_the_server_is_for_the_administrator_and_says_so(office_url: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = _machine(monkeypatch, tmp_path, "pc1")
    open_database(sign_in_url(office_url, "commissioner"))
    made = backup.make_backup("manual")
    with pytest.raises(UserError) as info:  # pg_restore --clean drops and recreates tables: the owner's job
        backup.restore(made)
    assert "Verwaltung" in str(info.value) and "bruecke restore" in str(info.value)
    assert _dumps(home) == [made]  # refused before anything, not even the current state set aside
    close_database()
    open_database(office_url)  # the administrator (owner of the tables) restores
    assert backup.restore(made).restored == made
