"""Opening refuses what is not Brücke's and opens a read-only office read-only (issue 17 #4, #12)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models import Person, close_database, open_database
from app.models import database as dbmod
from app.services import contacts, instance_lock, search, startup
from app.services.errors import UserError


def _other_app(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO songs (title) VALUES ('Lied')")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "music.db"
    before = _other_app(path)
    with pytest.raises(dbmod.NotBrueckeDatabase, match="anderen Programms"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["songs"]
    conn.close()


@pytest.mark.parametrize("content, word", [(b"Name;Vorname\nMeier;Anna\n" * 80, "Textdatei"),
                                           (b"%PDF-1.7\n" + b"x" * 4000, "PDF")])
def test_a_text_or_pdf_file_is_not_called_encrypted(tmp_path: Path, content: bytes, word: str) -> None:
    path = tmp_path / "liste.db"
    path.write_bytes(content)
    assert not dbmod.is_encrypted(path)
    assert startup.passphrase_for(path) is None
    with pytest.raises(dbmod.NotADatabase, match=word) as info:
        open_database(path)
    assert "verschlüsselt" not in str(info.value)
    assert path.read_bytes() == content


def test_an_empty_file_needs_no_passphrase_and_becomes_an_office(tmp_path: Path) -> None:
    path = tmp_path / "leer.db"
    path.write_bytes(b"")
    assert startup.passphrase_for(path) is None  # was: "ist verschlüsselt: bitte --passphrase-env"
    open_database(path)
    assert Person.select().count() == 0
    close_database()


def test_a_lock_path_that_is_a_folder_gives_a_clear_message(db_path: Path) -> None:
    instance_lock.lock_path(db_path).mkdir(parents=True)
    with pytest.raises(UserError, match="Sperrdatei"):
        instance_lock.acquire(db_path)


@pytest.fixture
def readonly_folder(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (chmod does not stop root): a small tmpfs remounted read-only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _remount_readonly(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def test_a_read_only_office_opens_read_only_for_browsing_search_and_export(readonly_folder: Path) -> None:
    path = readonly_folder / "office.db"
    open_database(path)
    contacts.create_person({"first_name": "Rūta", "last_name": "Žemaitytė"})
    close_database()
    _remount_readonly(readonly_folder)
    assert not dbmod.is_writable(path)
    started = startup.start(path)  # no lock file can be written in a read-only folder: none is needed
    db = started.db
    try:
        assert not started.lock.held and started.backup is None
        assert dbmod.is_readonly(db)
        assert [p.last_name for p in Person.select()] == ["Žemaitytė"]
        assert search.search("zemaityte")
        with pytest.raises(Exception) as info:
            contacts.create_person({"last_name": "Neu"})
        from app.services import failures

        assert "schreibgeschützt" in (failures.describe(info.value) or "")
    finally:
        close_database()
    assert not Path(str(path) + "-wal").exists()
    assert os.listdir(readonly_folder) == ["office.db"]


def test_smoke_over_a_read_only_office_never_waits_on_a_dialog(readonly_folder: Path) -> None:
    import sys

    path = readonly_folder / "office.db"
    open_database(path)
    contacts.create_person({"last_name": "Lesbar"})
    close_database()
    _remount_readonly(readonly_folder)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", "--smoke", "--db", str(path)], capture_output=True,
                            text=True, env=env, timeout=90)
    assert result.returncode == 0, result.stderr  # every page leaves a read-only office alone
    assert "Unerwarteter" not in result.stderr
    assert os.listdir(readonly_folder) == ["office.db"]
