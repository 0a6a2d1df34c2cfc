"""kill -9 during `bruecke migrate` (issue 17's fault harness): the source file stays byte for byte as it
was, and the server holds either nothing or the whole office – never half of it."""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

from app.models import Person, close_database, open_database
from tests.faults.conftest import kill9, spawn

MIGRATE_CHILD = """
import sys
from pathlib import Path
from app.services.office_migration import migrate_office
print("ready", flush=True)
migrate_office(Path(sys.argv[1]), sys.argv[2])
print("done", flush=True)
"""


def _persons(url: str) -> int:
    open_database(url)
    try:
        return Person.select().count()
    finally:
        close_database()


def test_kill_during_migrate_leaves_the_server_empty_or_complete(demo_template: Path, pg_url: str,
                                                                  tmp_path: Path) -> None:
    source = tmp_path / "office.db"
    source.write_bytes(demo_template.read_bytes())
    open_database(source)
    expected = Person.select().count()
    close_database()
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    child = spawn(MIGRATE_CHILD, str(source), pg_url)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(random.Random(4).uniform(0.3, 1.5))
    kill9(child)
    time.sleep(0.5)  # the server rolls the dead session's transaction back
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert _persons(pg_url) in (0, expected)
