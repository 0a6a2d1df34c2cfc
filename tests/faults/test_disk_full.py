"""A full disk (a small tmpfs): backup, import, erasure and exports end with one clear line, no traceback,
nothing half-written (issue 17 #12). Skipped with a message where mounting is not allowed."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models import close_database, open_database
from app.models import database as dbmod
from tests.faults.conftest import ROOT

SIZE_MB = 24


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datetime as dt

    from app.services import demo

    path = tmp_path_factory.mktemp("full") / "office.db"
    open_database(path)
    demo.fill_demo(seed=4, persons=2500, years=1, today=dt.date(2026, 11, 23))
    close_database()
    return path


@pytest.fixture
def full_disk(tmp_path: Path, office_template: Path) -> Iterator[Path]:
    """A tmpfs holding the office, filled up to the last few kilobytes."""
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip() or 'not root'}): disk-full test skipped")
    try:
        office = mount / "office.db"
        shutil.copyfile(office_template, office)
        (mount / "backups").mkdir()
        filler = mount / "filler.bin"
        # fill to the last byte, then give back a little: the file opens. Unbuffered, so that closing the
        # filler has nothing left to flush into the full disk.
        with open(filler, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * (16 << 10))
            except OSError:
                pass
        with open(filler, "r+b") as handle:
            handle.truncate(filler.stat().st_size - (96 << 10))
        yield office
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *(str(a) for a in args)], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)


def _assert_clear(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result.stderr
    assert "Kein Speicherplatz" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "Unerwarteter" not in result.stderr and "Exception" not in \
        result.stderr, result.stderr


def _sound(office: Path) -> None:
    (office.parent / "filler.bin").unlink()
    assert dbmod.quick_check(office, full=True) == "ok"
    assert not [p for p in office.parent.rglob("*") if ".part" in p.name or p.name.startswith(".~")]


def test_disk_full_backup_erasure_exports_and_import(full_disk: Path, tmp_path: Path) -> None:
    office = full_disk
    backups_before = sorted((office.parent / "backups").iterdir())
    _assert_clear(cli("backup", "--db", office))
    assert sorted((office.parent / "backups").iterdir()) == backups_before  # no half copy under a name
    _assert_clear(cli("erase-person", "5", "--yes", "--db", office))
    for name in ("liste.xlsx", "liste.csv"):
        _assert_clear(cli("export", "persons", "--out", office.parent / name, "--db", office))
        assert not (office.parent / name).exists()
    source = tmp_path / "import.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Vorname", "Nachname", "E-Mail", "Notizen"])
        for number in range(20000):
            writer.writerow([f"Vor{number}", f"Voll{number}", f"v{number}@example.org", "x" * 200])
    _assert_clear(cli("import", source, "--kind", "persons", "--db", office))
    _sound(office)
    conn = dbmod.connect_raw(office, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM person WHERE last_name LIKE 'Voll%'").fetchone()[0] == 0
        assert conn.execute("SELECT erased_at FROM person WHERE id = 5").fetchone()[0] is None
    finally:
        conn.close()
