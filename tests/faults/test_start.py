"""At start: a flipped byte is detected, a second instance is refused, a wrong passphrase changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.models import close_database, open_database
from app.services import contacts, erasure
from tests.faults.conftest import ROOT, kill9, spawn

MARKER = "Quxbelwintzer"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_a_flipped_byte_is_detected_at_start_and_the_file_left_alone(db_path: Path) -> None:
    open_database(db_path)
    for number in range(300):
        contacts.create_person({"last_name": f"Person {number}"})
    close_database()
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person_last_name'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * 4096 + 3] ^= 0x40  # the index page's cell count
    db_path.write_bytes(bytes(data))
    result = cli("check", "--db", str(db_path))
    assert result.returncode == 1
    assert "beschädigt" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == bytes(data)
    wal = Path(str(db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the read-only check writes no log either


HOLDER = """
import sys, time
from pathlib import Path
from app.services import startup
started = startup.start(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(60)
"""


def test_a_second_instance_is_refused_without_touching_the_file(db_path: Path) -> None:
    open_database(db_path)
    contacts.create_person({"last_name": MARKER})
    close_database()
    child = spawn(HOLDER, str(db_path))
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        before = db_path.read_bytes()
        result = cli("erase-person", "1", "--yes", "--db", str(db_path))
        assert result.returncode == 1
        assert "arbeitet bereits" in result.stderr and f"Prozess {child.pid}" in result.stderr
        assert db_path.read_bytes() == before
    finally:
        kill9(child)
    result = cli("erase-person", "1", "--yes", "--db", str(db_path))  # the dead holder's lock is recovered
    assert result.returncode == 0, result.stderr


def test_after_erasure_the_name_is_in_neither_the_db_nor_the_wal(db_path: Path) -> None:
    from app.services import appointments, attendance, networks

    open_database(db_path)
    person = contacts.create_person({"first_name": "Ottilie", "last_name": MARKER,
                                     "email": f"{MARKER.lower()}@example.org", "notes": f"Notiz zu {MARKER}"})
    contacts.update_person(person.id, {"function": f"Sprecherin {MARKER}-Verein"})
    network = networks.create_network({"name": "Beirat", "kind": "advisory_board"})
    networks.add_member(network.id, person=person.id)
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2025-05-05 17:00"})
    attendance.invite(meeting.id, [person.id], status="attended")
    for number in range(50):  # enough other rows that the person's pages are shared
        contacts.create_person({"first_name": "Andere", "last_name": f"Person {number}"})
    wal = Path(str(db_path) + "-wal")
    assert MARKER.encode() in db_path.read_bytes() + wal.read_bytes()
    erasure.erase_person(person.id, backup=False)
    raw = (db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()
    for form in (MARKER, MARKER.lower(), MARKER[:8], "ottilie"):
        assert form.lower().encode() not in raw, form
    assert attendance.counts(meeting.id)["attended"] == 1
    close_database()


def test_encrypted_file_has_no_plain_name_and_a_wrong_passphrase_changes_nothing(db_path: Path) -> None:
    open_database(db_path, passphrase="Richtig-2026")
    contacts.create_person({"first_name": "Ottilie", "last_name": MARKER})
    wal = Path(str(db_path) + "-wal")
    assert MARKER.encode() not in db_path.read_bytes() + wal.read_bytes()
    close_database()
    before = db_path.read_bytes()
    wrong = cli("check", "--db", str(db_path), "--passphrase-env", "BRUECKE_KEY", env={"BRUECKE_KEY": "Falsch"})
    assert wrong.returncode == 1 and "Kennwort passt nicht" in wrong.stderr
    assert "ERROR CORE" not in wrong.stderr and "Traceback" not in wrong.stderr
    assert db_path.read_bytes() == before and not wal.exists()
    right = cli("check", "--db", str(db_path), "--passphrase-env", "BRUECKE_KEY", env={"BRUECKE_KEY": "Richtig-2026"})
    assert right.returncode == 0 and "Kontakte:        1" in right.stdout


def test_the_smoke_run_still_checks_before_the_window_and_exits_1_on_a_damaged_file(db_path: Path) -> None:
    """The GUI defers its quick check until the window shows; `--smoke` still checks first (issue 15 p. 17)."""
    open_database(db_path)
    for number in range(300):
        contacts.create_person({"last_name": f"Person {number}", "email": f"person{number}@example.org"})
    close_database()
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person_email'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * 4096 + 3] ^= 0x40  # an index the persons list never reads: only the check finds it
    db_path.write_bytes(bytes(data))
    result = cli("--smoke", "--db", str(db_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1, result.stderr
    assert "beschädigt" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == bytes(data)
