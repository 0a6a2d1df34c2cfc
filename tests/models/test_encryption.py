from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models import Person, close_database, open_database
from app.models import database as dbmod
from app.models.migrations import LATEST_VERSION
from app.services import backup, contacts

MARKER = "Xylophonbauer"


def test_encrypted_file_has_no_plain_text_and_reopens_with_its_passphrase(db_path: Path) -> None:
    open_database(db_path, passphrase="Lindenau 2026!")
    contacts.create_person({"first_name": "Ilse", "last_name": MARKER, "email": "ilse@example.org"})
    raw = db_path.read_bytes() + Path(str(db_path) + "-wal").read_bytes()
    assert MARKER.encode() not in raw and b"SQLite format 3" not in raw
    close_database()
    assert dbmod.is_encrypted(db_path)
    open_database(db_path, passphrase="Lindenau 2026!")
    assert Person.get().last_name == MARKER
    close_database()


def test_wrong_or_missing_passphrase_is_clear_and_changes_nothing(db_path: Path) -> None:
    open_database(db_path, passphrase="richtig")
    contacts.create_person({"last_name": MARKER})
    close_database()
    before = db_path.read_bytes()
    with pytest.raises(dbmod.WrongPassphrase, match="Kennwort passt nicht"):
        open_database(db_path, passphrase="falsch")
    with pytest.raises(dbmod.PassphraseRequired, match="verschlüsselt"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not Path(str(db_path) + "-wal").exists()


def test_plain_file_converted_to_encrypted_and_back(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": MARKER})
    close_database()
    dbmod.change_encryption(db_path, None, "neu")
    assert MARKER.encode() not in db_path.read_bytes()
    open_database(db_path, passphrase="neu")
    assert Person.get().last_name == MARKER
    close_database()
    dbmod.change_encryption(db_path, "neu", None)
    assert not dbmod.is_encrypted(db_path)
    open_database(db_path)
    assert Person.get().last_name == MARKER
    close_database()


def test_backups_of_an_encrypted_database_are_encrypted(db_path: Path) -> None:
    open_database(db_path, passphrase="geheim")
    contacts.create_person({"last_name": MARKER})
    path = backup.make_backup()
    assert dbmod.is_encrypted(path) and MARKER.encode() not in path.read_bytes()
    [info] = backup.list_backups()
    assert info.encrypted and info.counts["Kontakte"] == 1 and info.schema_version == LATEST_VERSION
    contacts.create_person({"last_name": "Später"})
    backup.restore(path)
    assert [p.last_name for p in Person.select()] == [MARKER]
    close_database()


def test_network_paths_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(dbmod.NetworkPathRefused, match="Netzwerkfreigabe"):
        open_database("//server/freigabe/bruecke.db")
    with pytest.raises(dbmod.NetworkPathRefused):
        dbmod.check_location("\\\\server\\freigabe\\bruecke.db")
    monkeypatch.setattr(dbmod, "_linux_filesystem", lambda path: "cifs")
    monkeypatch.setattr(dbmod.sys, "platform", "linux")
    with pytest.raises(dbmod.NetworkPathRefused, match="Netzlaufwerk"):
        open_database(tmp_path / "office.db")
    assert not (tmp_path / "office.db").exists()


def test_mount_table_lookup_finds_the_longest_mount_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\nserver:/home /mnt/share nfs4 rw 0 0\n")
    real = Path

    def fake_path(arg: object = "", *rest: object) -> Path:
        return real(mounts) if arg == "/proc/mounts" else real(arg, *rest)

    monkeypatch.setattr(dbmod, "Path", fake_path)
    assert dbmod._linux_filesystem(real("/mnt/share/office/bruecke.db")) == "nfs4"
    assert dbmod._linux_filesystem(real("/mnt/shared")) == "ext4"


def test_damage_is_detected_before_anything_is_written(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": MARKER})
    close_database()
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person_last_name'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * 4096] ^= 0xFF  # flip the page-type byte of an index page
    db_path.write_bytes(bytes(data))
    with pytest.raises(dbmod.DatabaseCorrupt, match="beschädigt"):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)
