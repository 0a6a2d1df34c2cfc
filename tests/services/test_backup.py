from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.models import Person, close_database, open_database
from app.models.migrations import LATEST_VERSION
from app.services import backup, contacts, erasure, privacy, settings, startup
from app.services.errors import UserError


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_backup_is_a_checked_copy_listed_with_date_schema_and_counts(demo_db, db_path: Path) -> None:
    path = backup.make_backup("manual", now=dt.datetime(2026, 11, 23, 9, 30))
    assert path.parent == db_path.parent / "backups"
    assert path.name == "office-20261123-093000-manual.db"
    assert not list(path.parent.glob("*.part"))
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(path, "PRAGMA journal_mode") == [("delete",)]  # a self-contained file, no -wal needed
    [info] = backup.list_backups()
    assert info.path == path and info.reason == "manual" and info.created == dt.datetime(2026, 11, 23, 9, 30)
    assert info.schema_version == LATEST_VERSION
    assert info.counts["Kontakte"] == Person.select().count() > 100


def test_backup_folder_can_be_set_elsewhere(db, tmp_path: Path) -> None:
    other = tmp_path / "usb-stick" / "bruecke"
    settings.update({"backup_dir": str(other)})
    path = backup.make_backup()
    assert path.parent == other and path.exists()
    assert [i.path for i in backup.list_backups()] == [path]


def test_unreachable_backup_folder_gives_a_clear_message(db, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    settings.update({"backup_dir": str(blocker / "sub")})
    with pytest.raises(UserError, match="Sicherungsordner .* nicht erreichbar"):
        backup.make_backup()


def test_daily_backup_happens_at_most_once_a_day(db) -> None:
    monday = dt.datetime(2026, 11, 23, 8, 0)
    first = backup.daily_backup_if_due(now=monday)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup.daily_backup_if_due(now=monday + dt.timedelta(hours=5)) is None
    second = backup.daily_backup_if_due(now=monday + dt.timedelta(days=1))
    assert second is not None and second != first


def test_rotation_keeps_recent_daily_weekly_and_monthly() -> None:
    now = dt.datetime(2026, 11, 23, 12, 0)
    items = [(now - dt.timedelta(days=d, hours=h), Path(f"b{d}-{h}.db")) for d in range(400) for h in (1, 3)]
    keep = backup.plan_rotation(items, now, daily=7, weekly=4, monthly=12)
    kept_days = sorted({(now - c).days for c, p in items if p in keep})
    assert kept_days[:7] == [0, 1, 2, 3, 4, 5, 6]
    # everything from the last 24 hours stays, even two backups of today
    assert {p for c, p in items if now - c < dt.timedelta(days=1)} <= keep
    months = {(c.year, c.month) for c, p in items if p in keep}
    assert len(months) == 12
    assert len(keep) <= 2 + 7 + 4 + 12
    assert Path("b399-1.db") not in keep


def test_rotation_deletes_old_backups_by_the_configured_counts(db) -> None:
    settings.update({"backup_keep_daily": "2", "backup_keep_weekly": "0", "backup_keep_monthly": "0"})
    start = dt.datetime(2026, 11, 1, 10, 0)
    for day in range(5):
        backup.make_backup("daily", now=start + dt.timedelta(days=day))
    names = sorted(i.path.name for i in backup.list_backups(inspect=False))
    assert names == ["office-20261104-100000-daily.db", "office-20261105-100000-daily.db"]


def test_restore_brings_the_data_back_and_keeps_the_current_state_aside(db, db_path: Path) -> None:
    kept = contacts.create_person({"first_name": "Rūta", "last_name": "Žemaitytė"})
    saved = backup.make_backup()
    contacts.update_person(kept.id, {"last_name": "Verschrieben"})
    contacts.create_person({"last_name": "Nach der Sicherung"})
    result = backup.restore(saved)
    assert Person.get_by_id(kept.id).last_name == "Žemaitytė"
    assert Person.select().count() == 1
    assert result.kept_aside.name.endswith("-replaced.db")
    assert {r[0] for r in _rows(result.kept_aside, "SELECT last_name FROM person")} == \
        {"Verschrieben", "Nach der Sicherung"}
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    close_database()
    open_database(db_path)  # the restored file opens (and passes the start check) again
    assert Person.get_by_id(kept.id).last_name == "Žemaitytė"


def test_restoring_an_older_backup_replays_erasures(db, tmp_path: Path) -> None:
    person = contacts.create_person({"first_name": "Quentin", "last_name": "Blassmeyer"})
    old = backup.make_backup()
    elsewhere = tmp_path / "stick" / old.name  # a copy the erasure cannot reach
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(old.read_bytes())
    erasure.erase_person(person.id)
    assert b"Blassmeyer" not in old.read_bytes()  # the erasure reached the backups in the office folder
    assert backup.restore(old).replayed_erasures == 0
    result = backup.restore(elsewhere)
    assert result.replayed_erasures == 1
    restored = Person.get_by_id(person.id)
    assert restored.erased_at is not None and restored.last_name == privacy.ERASED


def test_a_damaged_backup_is_refused_and_nothing_changes(db, tmp_path: Path) -> None:
    contacts.create_person({"last_name": "Bleibt"})
    bad = tmp_path / "office-20260101-000000-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(UserError):
        backup.restore(bad)
    assert [p.last_name for p in Person.select()] == ["Bleibt"]


def test_a_damaged_file_is_replaced_by_the_newest_good_backup(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": "Gesichert"})
    good = backup.make_backup()
    close_database()
    _break(db_path)
    with pytest.raises(startup.dbmod.DatabaseCorrupt):
        open_database(db_path)
    info = startup.newest_good_backup(db_path)
    assert info is not None and info.path == good
    lock = startup.acquire(db_path)
    try:
        _, aside = startup.recover(db_path, info.path)
    finally:
        lock.release()
    assert aside.exists() and aside.name.endswith("-damaged.db")
    assert [p.last_name for p in Person.select()] == ["Gesichert"]
    close_database()


def _break(path: Path) -> None:
    """Corrupt the b-tree page of the person table (page type byte), as a failing disk would."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset] = 0x07  # not a valid b-tree page type
    path.write_bytes(bytes(data))
