"""Erasure reaches SQLite's planner statistics: ANALYZE copies index keys (names, e-mails) verbatim into
`sqlite_stat4` samples – in the office file and in every backup the erasure cleans (QA after issue 17)."""

from __future__ import annotations

from pathlib import Path

from app.models import close_database, db_proxy, open_database
from app.services import backup, contacts, erasure

MAIL = b"ottilie.quxbelwintzer@example.org"


def _files_naming(folder: Path, needle: bytes) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and needle in p.read_bytes().lower())


def _stat4_samples(path: Path) -> list[bytes]:
    import sqlean

    conn = sqlean.connect(path)
    try:
        return [bytes(row[0]) for row in conn.execute("SELECT sample FROM sqlite_stat4")]
    finally:
        conn.close()


def test_erasure_leaves_the_person_in_no_statistics_sample_nor_in_a_backup(db, db_path: Path) -> None:
    person = contacts.create_person({"first_name": "Ottilie", "last_name": "Quxbelwintzer",
                                     "email": MAIL.decode()})
    for number in range(6):
        contacts.create_person({"first_name": f"Vor{number}", "last_name": f"Nach{number}",
                                "email": f"p{number}@example.org"})
    db_proxy.obj.execute_sql("ANALYZE")  # as the demo does; `PRAGMA optimize` may do it on any close
    assert any(MAIL in sample for sample in _stat4_samples(db_path))  # the precondition QA found
    backup.make_backup("manual")
    summary = erasure.erase_person(person.id)
    assert summary.backups_cleaned >= 2  # the manual and the erasure backup held the person
    close_database()
    assert _files_naming(db_path.parent, MAIL) == []
    assert _files_naming(db_path.parent, b"quxbelwintzer") == []
    assert _stat4_samples(db_path)  # the statistics are rebuilt, not just dropped
    for info in backup.list_backups(db_path, inspect=False):
        assert not any(MAIL in sample for sample in _stat4_samples(info.path))
    open_database(db_path)  # the fixture closes it again
