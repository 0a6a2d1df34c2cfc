"""Restore validates its source completely and never brings an erased person back (issue 17 #2, #6, #7, #14)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models import Person, close_database, open_database
from app.models import database as dbmod
from app.models.migrations import LATEST_VERSION
from app.services import backup, contacts, erasure, privacy, startup
from app.services.errors import UserError

NAME = "Quentin Blassmeyer"


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _erased_setup() -> tuple[int, Path]:
    """A person erased after a backup was copied elsewhere (a USB stick): that copy still holds them."""
    person = contacts.create_person({"first_name": "Quentin", "last_name": "Blassmeyer",
                                     "email": "q.blassmeyer@example.org"})
    contacts.create_person({"last_name": "Bleibt"})
    made = backup.make_backup()
    stick = made.parent.parent.parent / (made.parent.parent.name + "-stick") / made.name
    stick.parent.mkdir(exist_ok=True)
    stick.write_bytes(made.read_bytes())
    summary = erasure.erase_person(person.id)
    assert summary.backups_cleaned == 2 and b"Blassmeyer" not in made.read_bytes()
    return person.id, stick


def test_a_failure_after_the_copy_never_brings_the_erased_person_back(db, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, old = _erased_setup()
    real = privacy.replay_erasures

    def crash(entries, database=None):  # noqa: ANN001, ANN202 - dies after it did its work, like a kill
        real(entries, database)
        raise KeyboardInterrupt

    monkeypatch.setattr(privacy, "replay_erasures", crash)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(old)
    person = Person.get_by_id(person_id)
    assert person.erased_at is not None and person.last_name == privacy.ERASED
    assert not list(Path(db.database).parent.glob("*.part*"))


def test_restore_replays_erasures_before_the_backup_reaches_the_live_file(db, db_path: Path) -> None:
    person_id, old = _erased_setup()
    result = backup.restore(old)
    assert result.replayed_erasures == 1
    assert Person.get_by_id(person_id).last_name == privacy.ERASED
    close_database()
    raw = db_path.read_bytes() + (Path(str(db_path) + "-wal").read_bytes()
                                  if Path(str(db_path) + "-wal").exists() else b"")
    assert b"Blassmeyer" not in raw and b"q.blassmeyer" not in raw
    open_database(db_path)


def test_another_programs_database_is_refused_before_anything_changes(db, db_path: Path, tmp_path: Path) -> None:
    contacts.create_person({"last_name": "Bleibt"})
    other = tmp_path / "other_app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hallo')")
    conn.execute("PRAGMA user_version=3")  # as many programs do
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="keine Brücke-Sicherung"):
        backup.restore(other)
    assert [p.last_name for p in Person.select()] == ["Bleibt"]
    assert not backup.list_backups(inspect=False)  # not even the current state was put aside


def test_a_newer_schema_backup_is_refused_also_over_a_damaged_file(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": "Gesichert"})
    newer = backup.make_backup()
    close_database()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 90}")
    conn.close()
    _break(db_path)
    before = db_path.read_bytes()
    with startup.acquire(db_path), pytest.raises(UserError, match="neueren Brücke-Version"):
        startup.recover(db_path, newer)
    assert db_path.read_bytes() == before  # the damaged file stays where it was
    assert not list(db_path.parent.glob("*-damaged.db"))


def test_a_backup_with_a_broken_index_is_refused(db, tmp_path: Path) -> None:
    for number in range(30):
        contacts.create_person({"first_name": f"Vor{number}", "last_name": f"Nach{number:02d}"})
    bad = backup.make_backup()
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX \"person_last_name\" ON \"person\" (\"first_name\")'"
                 " WHERE name = 'person_last_name'")
    conn.commit()
    conn.close()
    assert dbmod.quick_check(bad) == "ok"  # only the full check sees it
    contacts.create_person({"last_name": "Danach"})
    with pytest.raises(UserError, match="beschädigt"):
        backup.restore(bad)
    assert Person.select().count() == 31


def test_an_older_encrypted_backup_restores_with_its_own_passphrase(db_path: Path) -> None:
    open_database(db_path, passphrase="alt-2025")
    contacts.create_person({"last_name": "Aus alter Zeit"})
    old = backup.make_backup()
    close_database()
    dbmod.change_encryption(db_path, "alt-2025", "neu-2026")
    open_database(db_path, passphrase="neu-2026")
    contacts.create_person({"last_name": "Neu"})
    with pytest.raises(UserError, match="eigenes Kennwort"):
        backup.restore(old)
    result = backup.restore(old, backup_passphrase="alt-2025")
    assert [p.last_name for p in Person.select()] == ["Aus alter Zeit"]
    assert result.schema_version == LATEST_VERSION
    close_database()
    open_database(db_path, passphrase="neu-2026")  # the live file keeps the current passphrase
    assert Person.select().count() == 1
    close_database()


def test_an_unreadable_erasure_log_stops_the_offline_restore(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": "Gesichert"})
    good = backup.make_backup()
    close_database()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)  # the header survives, nothing else
    with pytest.raises(privacy.ErasureLogUnreadable):
        privacy.erasure_entries_from_file(db_path)
    with startup.acquire(db_path):
        with pytest.raises(UserError, match="Löschprotokoll"):
            startup.recover(db_path, good)
        startup.recover(db_path, good, ignore_unreadable_log=True)
    assert [p.last_name for p in Person.select()] == ["Gesichert"]
    close_database()


def test_offline_restore_replays_erasures_from_the_damaged_file(db_path: Path) -> None:
    open_database(db_path)
    person_id, old = _erased_setup()
    close_database()
    _break(db_path, table="attendance")
    with startup.acquire(db_path):
        startup.recover(db_path, old)
    assert Person.get_by_id(person_id).last_name == privacy.ERASED
    close_database()
    assert b"Blassmeyer" not in db_path.read_bytes()


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_start(db_path: Path) -> None:
    open_database(db_path)
    made = backup.make_backup()
    close_database()
    leftovers = [made.with_name("office-20260101-000000-manual.db.part"),
                 made.with_name("office-20260101-000000-manual.db.part-journal"),
                 db_path.with_name("office.db.restore.part"), db_path.with_name("office.db.restore.part-wal")]
    for path in leftovers:
        path.write_bytes(b"SQLite format 3\x00 Blassmeyer")
    open_database(db_path)
    assert sorted(backup.partial_files()) == sorted(leftovers)
    close_database()
    started = startup.start(db_path)
    try:
        assert not any(path.exists() for path in leftovers)
        assert made.exists()
    finally:
        started.lock.release()
        close_database()


def _break(path: Path, table: str = "person") -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] = 0x07
    path.write_bytes(bytes(data))


def test_an_unreadable_backup_folder_setting_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    with caplog.at_level("WARNING"):
        assert startup.configured_backup_dir(path) == tmp_path / "backups"
    assert "backup folder setting" in caplog.text


def test_an_erasure_after_recovery_reaches_the_damaged_file_kept_aside_or_names_it(db_path: Path) -> None:
    open_database(db_path)
    person = contacts.create_person({"first_name": "Wilhelmine", "last_name": "Zschorlauer"})
    good = backup.make_backup()
    close_database()
    _break(db_path, table="attendance")  # the person's own page stays readable in the damaged copy
    with startup.acquire(db_path):
        _, aside = startup.recover(db_path, good)
    summary = erasure.erase_person(person.id)
    holding = [p.name for p in db_path.parent.rglob("*") if p.is_file() and b"Zschorlauer" in p.read_bytes()]
    assert holding == [] or holding == summary.backups_left == [aside.name]
    close_database()


def test_a_plain_backup_restores_into_an_encrypted_office_and_stays_encrypted(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": "Klartext"})
    plain = backup.make_backup()
    close_database()
    dbmod.change_encryption(db_path, None, "geheim")
    open_database(db_path, passphrase="geheim")
    contacts.create_person({"last_name": "Danach"})
    backup.restore(plain)
    assert [p.last_name for p in Person.select()] == ["Klartext"]
    close_database()
    assert dbmod.is_encrypted(db_path) and b"Klartext" not in db_path.read_bytes()
