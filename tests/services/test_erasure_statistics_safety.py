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


def test_an_office_erased_by_an_older_version_is_cleaned_at_the_next_start(db, db_path: Path,
                                                                          monkeypatch) -> None:  # noqa: ANN001
    """Erasures made before the statistics were rebuilt left the samples behind – in the office and in the
    backups they cleaned. The next start rebuilds them once (and not again at the start after)."""
    from app.services import privacy, startup

    person = contacts.create_person({"first_name": "Ottilie", "last_name": "Quxbelwintzer",
                                     "email": MAIL.decode()})
    for number in range(6):
        contacts.create_person({"last_name": f"Nach{number}", "email": f"p{number}@example.org"})
    db_proxy.obj.execute_sql("ANALYZE")
    backup.make_backup("manual")
    with monkeypatch.context() as older:  # the erasure as an older Brücke did it
        older.setattr(privacy, "_refresh_statistics", lambda db=None: None)
        older.setattr(erasure, "_refresh_statistics", lambda db=None: None)
        erasure.erase_person(person.id)
    close_database()
    assert MAIL in db_path.read_bytes()
    assert _files_naming(db_path.parent / "backups", MAIL)
    started = startup.start(db_path)
    started.lock.release()
    close_database()
    assert _files_naming(db_path.parent, MAIL) == []
    assert _stat4_samples(db_path)
    before = {p: p.read_bytes() for p in (db_path.parent / "backups").iterdir()}
    started = startup.start(db_path)  # nothing left to do: no backup is rewritten again
    started.lock.release()
    assert {p: p.read_bytes() for p in before} == before


def test_erasure_empties_the_caches_that_held_the_folded_name(db) -> None:  # noqa: ANN001
    """The search and the duplicate check fold names through small caches: after an erasure none of them may
    still hold the erased person's name in the running program."""
    from app.io.cells import canonical
    from app.models.search import fold
    from app.services import search

    person = contacts.create_person({"first_name": "Ottilie", "last_name": "Quxbelwintzer", "email": MAIL.decode()})
    from app.services import lists

    search.search("Quxbelwintzer")
    canonical("OttilieQuxbelwintzer")
    lists.persons_for_picker("")  # sorts by sortkey(last name)
    from app.services.imports.fields import company_key

    company_key("Übersetzungen Quxbelwintzer")  # an import's organisation cell: a one-person business
    assert fold.cache_info().currsize and canonical.cache_info().currsize and lists.sortkey.cache_info().currsize
    erasure.erase_person(person.id, backup=False)
    assert fold.cache_info().currsize == 0 and company_key.cache_info().currsize == 0
    assert canonical.cache_info().currsize == 0
    assert lists.sortkey.cache_info().currsize == 0
