"""kill -9 at random moments: during an import, a backup and a migration the file stays sound."""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from pathlib import Path

import pytest

from app.models import close_database, open_database
from app.services import backup
from tests.faults.conftest import health, kill9, spawn
from tests.models.test_database import make_v1_file

ROWS = 10_000

IMPORT_CHILD = """
import sys
from pathlib import Path
from app.models import open_database
from app.services import imports
db, source = Path(sys.argv[1]), Path(sys.argv[2])
open_database(db)
preview = imports.preview(source, "persons", imports.analyse(source, "persons"))
print("ready", flush=True)
imports.commit(preview, backup=False)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import") / "liste.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Vorname", "Nachname", "E-Mail", "Organisation"])
        for number in range(ROWS):
            writer.writerow([f"Vor{number}", f"Faultmark{number}", f"p{number}@example.org", f"Träger {number % 50}"])
    return path


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def test_import_killed_at_random_moments_leaves_all_or_nothing(tmp_path: Path, import_file: Path) -> None:
    rng = random.Random(7)
    outcomes = set()
    for round_number in range(5):
        path = tmp_path / f"office{round_number}.db"
        open_database(path)
        close_database()
        child = spawn(IMPORT_CHILD, str(path), str(import_file))
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.0))
        kill9(child)
        integrity, problems = health(path)
        assert integrity == "ok" and problems == []
        persons, batches = _count(path, "person"), _count(path, "import_batch")
        assert (persons, batches) in ((0, 0), (ROWS, 1))
        assert _count(path, "organization") in (0, 50)
        outcomes.add(persons)
    assert outcomes  # (which outcomes occur depends on timing; both are correct)


BACKUP_CHILD = """
import sys
from pathlib import Path
from app.models import open_database
from app.services import backup
open_database(Path(sys.argv[1]))
print("ready", flush=True)
while True:
    backup.make_backup("manual", rotate_after=False)
    print("made", flush=True)
"""


def test_backup_killed_at_random_moments_never_leaves_a_broken_backup_or_database(db_path: Path) -> None:
    from app.services import bulk, contacts

    open_database(db_path)
    bulk.insert(contacts.PERSON, [{"first_name": f"Vor{i}", "last_name": f"Nach{i}", "notes": "x" * 200}
                                  for i in range(20_000)])
    close_database()
    rng = random.Random(11)
    for _ in range(4):
        child = spawn(BACKUP_CHILD, str(db_path))
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        assert child.stdout.readline().strip() == "made"  # on a busy machine one backup can take a second
        time.sleep(rng.uniform(0.05, 0.8))
        kill9(child)
        assert health(db_path) == ("ok", [])
    open_database(db_path)
    listed = backup.list_backups()
    assert listed, "the child made no backup at all"
    for info in listed:  # a half-written file is never under a backup's name
        assert health(info.path) == ("ok", [])
        assert info.counts["Kontakte"] == 20_000
    close_database()


MIGRATION_CHILD = """
import sys, time
from pathlib import Path
from app.models import database, migrations, open_database

def slow(db):
    migrations.MIGRATIONS[1][1](db)
    print("mid", flush=True)
    time.sleep(30)

database.MIGRATIONS = [migrations.MIGRATIONS[0], (2, slow)]
open_database(Path(sys.argv[1]))
"""


def test_migration_killed_half_way_leaves_data_and_version_unchanged(db_path: Path) -> None:
    """Extends test_database's in-process failure: here the process dies inside the migration."""
    make_v1_file(db_path)
    child = spawn(MIGRATION_CHILD, str(db_path))
    assert child.stdout.readline().strip() == "mid", child.stderr.read()
    kill9(child)
    assert health(db_path) == ("ok", [])
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "confidential" not in [row[1] for row in conn.execute("PRAGMA table_info(appointment)")]
    assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1
    conn.close()
    open_database(db_path)  # the next start upgrades normally
    from app.models import Person

    assert Person.get().last_name == "Žemaitytė"
    close_database()
