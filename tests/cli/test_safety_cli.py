"""The data-safety commands as a user runs them: backup, backups, restore, export-person, erase-person,
retention, audit, encrypt – plus the start checks and messages of issue 17."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models import close_database, open_database
from app.models.migrations import LATEST_VERSION
from app.services import appointments, contacts
from tests.cli.conftest import Runner

NAME = "Quxbelwintzer"


@pytest.fixture
def office(db_path: Path) -> Path:
    """A small office file (closed): one person to erase, whose name is also in an appointment title."""
    open_database(db_path)
    person = contacts.create_person({"first_name": "Ottilie", "last_name": NAME,
                                     "email": f"{NAME.lower()}@example.org"})
    assert person.id == 1
    contacts.create_person({"first_name": "Karl", "last_name": "Neumann"})
    appointments.create_appointment({"title": f"Gespräch mit Ottilie {NAME}", "start": "2025-03-03 10:00"})
    close_database()
    return db_path


def _grep(folder: Path, needle: bytes) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and needle in p.read_bytes().lower())


def test_backup_and_backups_list_the_file_and_clean_leftovers(bruecke: Runner, office: Path) -> None:
    made = bruecke("backup", "--db", office)
    assert made.code == 0, made.err
    path = Path(made.out.strip())
    assert path.exists() and path.parent == office.parent / "backups"
    leftover = path.with_name("office-20260101-000000-manual.db.part")
    leftover.write_bytes(b"SQLite format 3\x00")
    Path(str(leftover) + "-journal").write_bytes(b"x")
    listed = bruecke("backups", "--db", office)
    assert listed.code == 0
    assert "2 unvollständige Sicherungen" in listed.out and "manual" in listed.out and str(path) in listed.out
    assert not leftover.exists() and not Path(str(leftover) + "-journal").exists()


def test_erase_person_scrubs_the_appointment_title_and_says_so(bruecke: Runner, office: Path) -> None:
    result = bruecke("erase-person", "1", "--yes", "--db", office)
    assert result.code == 0, result.err
    assert "anonymisiert" in result.out and "in 1 Termin " in result.out and "[gelöscht]" in result.out
    found = bruecke("search", NAME, "--db", office)
    assert found.code == 0 and "Keine Treffer" in found.out
    assert bruecke("erase-person", "1", "--yes", "--db", office).code == 1  # already erased: one line


def test_erasure_reaches_the_backups_and_a_restore_keeps_the_person_erased(bruecke: Runner, office: Path,
                                                                          tmp_path: Path) -> None:
    backup_file = Path(bruecke("backup", "--db", office).out.strip())
    stick = tmp_path.parent / (tmp_path.name + "-usb") / "kopie.db"  # a copy outside the office folder
    stick.parent.mkdir()
    stick.write_bytes(backup_file.read_bytes())
    erased = bruecke("erase-person", "1", "--yes", "--db", office)
    assert erased.code == 0 and "Auch in 2 Sicherungen gelöscht" in erased.out  # manual + before erasure
    close_database()
    assert _grep(office.parent, NAME.lower().encode()) == []
    result = bruecke("restore", backup_file, "--db", office)
    assert result.code == 0, result.err
    result = bruecke("restore", stick, "--db", office)
    assert result.code == 0, result.err
    assert "1 Löschung nach Art. 17 erneut angewendet" in result.out
    close_database()
    assert _grep(office.parent, NAME.lower().encode()) == []


def test_restore_refuses_another_programs_file_and_a_newer_schema(bruecke: Runner, office: Path,
                                                                  tmp_path: Path) -> None:
    other = tmp_path / "other_app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version=3")
    conn.close()
    before = office.read_bytes()
    result = bruecke("restore", other, "--db", office)
    assert result.code == 1 and "Fehler: Die Datei other_app.db ist keine Brücke-Sicherung" in result.err
    newer = Path(bruecke("backup", "--db", office).out.strip())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 95}")
    conn.close()
    result = bruecke("restore", newer, "--db", office)
    assert result.code == 1 and "neueren Brücke-Version" in result.err
    close_database()
    assert office.read_bytes() == before or sqlite3.connect(office).execute(
        "SELECT count(*) FROM person").fetchone()[0] == 2


def test_export_person_writes_pdf_and_refuses_other_suffixes(bruecke: Runner, office: Path,
                                                             tmp_path: Path) -> None:
    result = bruecke("export-person", "1", tmp_path / "auskunft.pdf", "--db", office)
    assert result.code == 0 and (tmp_path / "auskunft.pdf").read_bytes().startswith(b"%PDF")
    wrong = bruecke("export-person", "1", tmp_path / "auskunft.txt", "--db", office)
    assert wrong.code == 2 and "Unbekanntes Format" in wrong.err  # a wrong call (README: 2 falscher Aufruf)


@pytest.mark.parametrize("years", ["-1", "0", "100000"])
def test_retention_years_out_of_range_exit_2_with_one_line(bruecke: Runner, office: Path, years: str) -> None:
    result = bruecke("retention", "--years", years, "--db", office)
    assert result.code == 2 and result.err.count("\n") == 1 and "1 bis 100" in result.err


def test_retention_lists_nobody_active(bruecke: Runner, office: Path) -> None:
    result = bruecke("retention", "--years", "3", "--db", office)
    assert result.code == 0 and "Keine Kontakte ohne Aktivität seit 3 Jahren" in result.out


@pytest.mark.parametrize("value", ["gestern", "2026-13-45", "31.12.2025"])
def test_audit_bad_dates_exit_2_with_one_line(bruecke: Runner, office: Path, value: str) -> None:
    result = bruecke("audit", "--since", value, "--db", office)
    assert result.code == 2 and result.err.count("\n") == 1 and "kein gültiges Datum" in result.err


def test_audit_lists_and_exports(bruecke: Runner, office: Path, tmp_path: Path) -> None:
    listed = bruecke("audit", "--since", "2000-01-01", "--db", office)
    assert listed.code == 0 and "person 1 create" in listed.out
    exported = bruecke("audit", "--export", tmp_path / "protokoll.xlsx", "--db", office)
    assert exported.code == 0 and (tmp_path / "protokoll.xlsx").exists()


def test_encrypt_leaves_no_plaintext_copy_in_the_office_folder(bruecke: Runner, office: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert bruecke("backup", "--db", office).code == 0  # an older plaintext backup
    monkeypatch.setenv("BRUECKE_KEY", "Lindenau 2026!")
    result = bruecke("encrypt", "--new-passphrase-env", "BRUECKE_KEY", "--db", office)
    assert result.code == 0, result.err
    assert "1 ältere Sicherung mit dem neuen Kennwort verschlüsselt" in result.out
    close_database()
    assert _grep(office.parent, NAME.lower().encode()) == []
    assert _grep(office.parent, b"sqlite format 3") == []
    listed = bruecke("backups", "--db", office, "--passphrase-env", "BRUECKE_KEY")
    assert listed.code == 0 and "Schema" in listed.out  # the encrypted backup is still readable


def test_encrypt_keep_lists_the_plaintext_files_and_delete_removes_them(bruecke: Runner, office: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    plain = Path(bruecke("backup", "--db", office).out.strip())
    monkeypatch.setenv("BRUECKE_KEY", "geheim")
    kept = bruecke("encrypt", "--new-passphrase-env", "BRUECKE_KEY", "--plain-backups", "keep", "--db", office)
    assert kept.code == 0 and str(plain) in kept.out and "unverschlüsselt" in kept.out
    assert plain.exists()
    deleted = bruecke("encrypt", "--plain-backups", "delete", "--db", office, "--passphrase-env", "BRUECKE_KEY")
    assert deleted.code == 0 and "1 unverschlüsselte Kopie gelöscht" in deleted.out
    assert not plain.exists()


def test_restore_an_old_backup_after_a_passphrase_change(bruecke: Runner, office: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLD_KEY", "alt")
    monkeypatch.setenv("NEW_KEY", "neu")
    assert bruecke("encrypt", "--new-passphrase-env", "OLD_KEY", "--db", office).code == 0
    old = Path(bruecke("backup", "--db", office, "--passphrase-env", "OLD_KEY").out.strip())
    changed = bruecke("encrypt", "--new-passphrase-env", "NEW_KEY", "--db", office, "--passphrase-env", "OLD_KEY")
    assert changed.code == 0 and "--backup-passphrase-env" in changed.out
    refused = bruecke("restore", old, "--db", office, "--passphrase-env", "NEW_KEY")
    assert refused.code == 1 and "eigenes Kennwort" in refused.err
    done = bruecke("restore", old, "--db", office, "--passphrase-env", "NEW_KEY", "--backup-passphrase-env",
                   "OLD_KEY")
    assert done.code == 0, done.err
    assert bruecke("check", "--db", office, "--passphrase-env", "NEW_KEY").code == 0


def test_check_refuses_another_programs_file_untouched(bruecke: Runner, tmp_path: Path) -> None:
    other = tmp_path / "music.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = bruecke("check", "--db", other)
    assert result.code == 1 and "anderen Programms" in result.err
    assert other.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"Name;Vorname\nMeier;Anna\n" * 50])
def test_a_text_or_empty_file_is_not_called_encrypted(bruecke: Runner, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "liste.db"
    path.write_bytes(content)
    result = bruecke("check", "--db", path)
    assert "verschlüsselt" not in result.err
    assert result.code == 1 and path.read_bytes() == content  # an empty file is refused too, untouched


@pytest.mark.parametrize("name", ["x.txt", "x"])
def test_attendance_refuses_a_non_pdf_name_as_a_wrong_call(bruecke: Runner, office: Path, tmp_path: Path,
                                                          name: str) -> None:
    result = bruecke("attendance", "--appointment", "1", "--out", tmp_path / name, "--db", office)
    assert result.code == 2 and ".pdf" in result.err and not (tmp_path / name).exists()
    assert len(result.err.strip().splitlines()) == 1


def test_encrypt_without_a_mode_is_a_wrong_call(bruecke: Runner, office: Path) -> None:
    result = bruecke("encrypt", "--db", office)
    assert result.code == 2 and "--new-passphrase-env" in result.err
    result = bruecke("encrypt", "--plain-backups", "delete", "--db", office)  # the office is not encrypted
    assert result.code == 2 and "--plain-backups" in result.err


def test_erase_person_in_a_script_without_yes_is_a_wrong_call(bruecke: Runner, office: Path) -> None:
    result = bruecke("erase-person", "1", "--db", office)  # stdin is no terminal under pytest
    assert result.code == 2 and "--yes" in result.err
    assert bruecke("audit", "--db", office, "--entity", "person", "--id", "1").out.count(" erase") == 0


def test_a_3000_word_search_answers(bruecke: Runner, office: Path) -> None:
    words = [f"wort{i}" for i in range(3000)]
    result = bruecke("search", *words, "--db", office)
    assert result.code == 0 and "Keine Treffer" in result.out


def test_a_lock_path_that_is_a_folder_is_one_clear_line(bruecke: Runner, office: Path) -> None:
    Path(str(office) + ".lock").mkdir()
    result = bruecke("erase-person", "1", "--yes", "--db", office)
    assert result.code == 1 and "Sperrdatei" in result.err and "Unerwarteter" not in result.err


HOLD_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(60)
"""


def test_a_database_locked_by_another_writer_is_a_clear_message(bruecke: Runner, office: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(office)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        result = bruecke("erase-person", "1", "--yes", "--db", office)
        assert result.code == 1 and "gesperrt" in result.err and "Unerwarteter" not in result.err
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()


def _smoke_cases(tmp_path: Path, office: Path) -> dict[str, tuple[Path, str]]:
    """Files on which `--smoke` used to hang on a dialog: each must end with exit 1 and its message."""
    import shutil

    from app.models import database as dbmod

    cases: dict[str, tuple[Path, str]] = {}
    encrypted = tmp_path / "encrypted.db"
    shutil.copyfile(office, encrypted)
    dbmod.change_encryption(encrypted, None, "geheim")
    cases["encrypted"] = (encrypted, "verschlüsselt")
    damaged = tmp_path / "damaged.db"
    data = bytearray(office.read_bytes())
    conn = sqlite3.connect(office)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    conn.close()
    data[(root - 1) * 4096] = 0x07
    damaged.write_bytes(bytes(data))
    cases["damaged"] = (damaged, "beschädigt")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(office.read_bytes()[:4096 * 3])
    cases["truncated"] = (truncated, "beschädigt")
    newer = tmp_path / "newer.db"
    shutil.copyfile(office, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    cases["schema99"] = (newer, "neueren Brücke-Version")
    foreign = tmp_path / "music.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    cases["foreign"] = (foreign, "anderen Programms")
    return cases


def test_smoke_never_waits_on_a_dialog(bruecke_process: Runner, office: Path, tmp_path: Path) -> None:
    for name, (path, words) in _smoke_cases(tmp_path, office).items():
        before = path.read_bytes()
        result = bruecke_process("--smoke", "--db", path, timeout=60)
        assert result.code == 1, (name, result.err)
        assert words in result.err, (name, result.err)
        assert path.read_bytes() == before, name  # refused untouched


def test_smoke_with_a_held_lock_exits_1(bruecke_process: Runner, office: Path) -> None:
    from app.services import instance_lock

    with instance_lock.acquire(office):
        result = bruecke_process("--smoke", "--db", office, timeout=60)
    assert result.code == 1 and "arbeitet bereits" in result.err


def test_gui_takes_the_passphrase_from_the_environment(bruecke_process: Runner, office: Path) -> None:
    from app.models import database as dbmod

    dbmod.change_encryption(office, None, "geheim")
    result = bruecke_process("--smoke", "--db", office, "--passphrase-env", "KEY", env={"KEY": "geheim"},
                             timeout=90)
    assert result.code == 0, result.err


def test_backup_beside_an_open_window_works_and_a_start_never_removes_a_running_backup(bruecke: Runner,
                                                                                     office: Path) -> None:
    from app.services import instance_lock

    with instance_lock.acquire(office):  # the window holds the lock: a backup beside it is fine
        made = bruecke("backup", "--db", office)
    assert made.code == 0 and Path(made.out.strip()).exists()
    running = Path(made.out.strip()).with_name("office-20990101-000000-manual.db.part")
    running.write_bytes(b"SQLite format 3\x00")
    with instance_lock.acquire(office):  # a backup running in another process holds the lock …
        listed = bruecke("backups", "--db", office)
    assert listed.code == 0 and "werden beim nächsten Start entfernt" in listed.out
    assert running.exists()  # … so nobody removes its file


# --- QA after issue 17: commands that read an office never create one ---------------------------------------

READERS = [
    ("check",), ("backup",), ("backups",), ("restore", "SOURCE"), ("export", "persons", "--out", "OUT.xlsx"),
    ("report", "--year", "2025", "--out", "OUT.pdf"), ("search", "Müller"),
    ("attendance", "--appointment", "1", "--out", "OUT.pdf"), ("audit",), ("retention",),
    ("erase-person", "1", "--yes"), ("export-person", "1", "OUT.pdf"),
]


def _args(row: tuple[str, ...], tmp_path: Path, source: Path) -> list[str | Path]:
    return [source if part == "SOURCE" else tmp_path / part if part.startswith("OUT") else part for part in row]


@pytest.mark.parametrize("row", READERS, ids=lambda row: row[0])
def test_a_reading_command_refuses_a_missing_office_and_creates_nothing(bruecke: Runner, office: Path,
                                                                        tmp_path: Path, row: tuple[str, ...]) -> None:
    missing = tmp_path / "vertippt" / "buero.db"
    result = bruecke(*_args(row, tmp_path, office), "--db", missing)
    assert result.code == 1, result
    assert "gibt es nicht" in result.err and len(result.err.strip().splitlines()) == 1
    assert not missing.parent.exists()  # neither the file nor its folder


@pytest.mark.parametrize("row", READERS, ids=lambda row: row[0])
def test_a_reading_command_refuses_a_zero_byte_file_untouched(bruecke: Runner, office: Path, tmp_path: Path,
                                                              row: tuple[str, ...]) -> None:
    empty = tmp_path / "leer.db"
    empty.write_bytes(b"")
    result = bruecke(*_args(row, tmp_path, office), "--db", empty)
    assert result.code == 1, result
    assert "leere Datei – keine Brücke-Datenbank" in result.err
    assert empty.read_bytes() == b""
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("leer.db") and p.name != "leer.db"]


def test_demo_still_creates_a_new_office(bruecke: Runner, tmp_path: Path) -> None:
    new = tmp_path / "neu" / "buero.db"
    result = bruecke("demo", "--persons", "5", "--years", "1", "--per-year", "5", "--db", new)
    assert result.code == 0, result.err and new.stat().st_size > 0


def test_smoke_refuses_a_zero_byte_file(bruecke_process: Runner, tmp_path: Path) -> None:
    empty = tmp_path / "leer.db"
    empty.write_bytes(b"")
    result = bruecke_process("--smoke", "--db", empty, timeout=60)
    assert result.code == 1 and "leere Datei – keine Brücke-Datenbank" in result.err
    assert empty.read_bytes() == b""
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("leer.db") and p.name != "leer.db"]


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_smoke_leaves_no_wal_or_shm_beside_a_refused_file(bruecke_process: Runner, office: Path,
                                                         tmp_path: Path) -> None:
    cases = _smoke_cases(tmp_path, office)
    for name in ("schema99", "truncated", "damaged", "foreign"):
        path = cases[name][0]
        assert _companions(path) == []
        result = bruecke_process("--smoke", "--db", path, timeout=60)
        assert result.code == 1, (name, result.err)
        assert _companions(path) == [], name


def test_restore_of_a_broken_source_leaves_nothing_beside_it(bruecke: Runner, office: Path, tmp_path: Path) -> None:
    import shutil

    source = tmp_path / "quelle" / "brokenidx.db"
    source.parent.mkdir()
    shutil.copyfile(office, source)
    conn = sqlite3.connect(source)  # the index loses an entry: quick_check passes, integrity_check does not
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX \"person_last_name\" ON \"person\" (\"first_name\")'"
                 " WHERE name = 'person_last_name'")
    conn.commit()
    conn.close()
    assert _companions(source) == []
    result = bruecke("restore", source, "--db", office)
    assert result.code == 1
    assert _companions(source) == []
    good = tmp_path / "quelle" / "good.db"
    shutil.copyfile(office, good)
    assert bruecke("restore", good, "--db", office).code == 0
    assert _companions(good) == []


def test_plaintext_backups_kept_beside_an_encrypted_office_are_named_at_every_look(
        bruecke: Runner, office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QA after issue 17: `check` and `backups` on an encrypted office say exactly which files hold plaintext."""
    plain = Path(bruecke("backup", "--db", office).out.strip())
    monkeypatch.setenv("BRUECKE_KEY", "geheim")
    assert bruecke("encrypt", "--new-passphrase-env", "BRUECKE_KEY", "--plain-backups", "keep",
                   "--db", office).code == 0
    for command in ("check", "backups"):
        result = bruecke(command, "--db", office, "--passphrase-env", "BRUECKE_KEY")
        assert result.code == 0, result.err
        assert str(plain) in result.err and "unverschlüsselt" in result.err and "--plain-backups delete" in result.err
        assert plain.read_bytes().startswith(b"SQLite format 3")  # kept, as chosen
