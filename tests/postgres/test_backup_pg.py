"""Backups on the server: `bruecke backup`, `backups`, `restore` through pg_dump/pg_restore (custom format),
verified, rotated, and a restore replays the erasures made after the backup."""

from __future__ import annotations

import datetime as dt

import pytest

from app.cli import main
from app.models import Person, close_database, open_database
from app.services import backup, backup_pg, contacts, erasure
from app.services.errors import UserError


def test_backup_list_and_restore_on_the_server(pg_url: str, capsys) -> None:  # noqa: ANN001
    open_database(pg_url)
    keep = contacts.create_person({"last_name": "Bleibt"})
    gone = contacts.create_person({"last_name": "Geht", "email": "geht@example.org"})
    close_database()
    assert main(["backup", "--db", pg_url]) == 0
    dump = capsys.readouterr().out.strip().splitlines()[-1]
    assert dump.endswith("-manual.dump")
    assert main(["backups", "--db", pg_url]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "2 Kontakte" in listing and "Schema 4" in listing

    open_database(pg_url)
    contacts.create_person({"last_name": "Später"})
    erasure.erase_persons([gone.id])  # after the backup: must stay erased after the restore
    close_database()
    assert main(["restore", dump, "--db", pg_url]) == 0
    assert "1 Löschung nach Art. 17" in capsys.readouterr().out
    open_database(pg_url)
    names = sorted(p.last_name for p in Person.select())
    assert "Später" not in names and "Bleibt" in names and "Geht" not in names
    assert Person.get_by_id(gone.id).erased_at is not None and Person.get_by_id(keep.id).erased_at is None
    reasons = [info.reason for info in backup.list_backups()]
    assert "replaced" in reasons and "erasure" in reasons


def test_a_damaged_dump_is_refused(db, tmp_path) -> None:  # noqa: ANN001
    path = backup.make_backup("manual")
    data = path.read_bytes()
    broken = tmp_path / path.name
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError):
        backup.restore(broken)


def test_rotation_keeps_what_sqlite_keeps(db) -> None:  # noqa: ANN001
    start = dt.datetime(2026, 1, 1, 12, 0)
    for day in range(20):
        backup.make_backup("daily", rotate_after=False, now=start + dt.timedelta(days=day))
    backup_pg.rotate(now=start + dt.timedelta(days=19, hours=1))
    kept = backup.list_backups()
    assert 7 <= len(kept) < 20
    assert all(info.path.with_name(info.path.name + ".json").exists() for info in kept)
