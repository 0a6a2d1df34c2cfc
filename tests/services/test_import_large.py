"""A large import builds the person and word indexes after its rows (app/models/bulk_indexes.py): the office
keeps every index, finds every new contact, and a failed import leaves the indexes as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.export import write_table
from app.models import db_proxy
from app.models.bulk_indexes import table_indexes
from app.services import bulk, contacts, imports, search
from app.services.imports import writing


def _list(path: Path, count: int) -> Path:
    rows = [[f"Vorname{n}", f"Nachname{n}", f"Verein {n % 7} e. V.", f"person{n}@example.org"] for n in range(count)]
    return write_table(path, ["Vorname", "Nachname", "Einrichtung", "E-Mail"], rows)


def _preview(path: Path) -> imports.Preview:
    return imports.preview(path, "persons", imports.analyse(path, "persons"))


def test_a_large_import_keeps_every_index_and_finds_every_contact(db, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    contacts.create_person({"first_name": "Anna", "last_name": "Schon-Da"})
    before = table_indexes(db_proxy.obj, ("person", "search_word"))
    monkeypatch.setattr(writing, "LARGE_IMPORT", 10)
    monkeypatch.setattr(writing, "CHUNK", 7)
    dropped: list[str] = []
    real = bulk.insert

    def watching(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        names = {name for name, _ in table_indexes(db_proxy.obj, ("person",))}
        dropped.extend(name for name, _ in before if name not in names)
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert", watching)
    result = imports.commit(_preview(_list(tmp_path / "liste.xlsx", 30)), backup=False)
    assert result.created == 30
    assert dropped  # the indexes really were set aside while the rows went in
    assert table_indexes(db_proxy.obj, ("person", "search_word")) == before
    assert db_proxy.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [hit.label for hit in search.search("nachname17")] == ["Vorname17 Nachname17"]
    assert db_proxy.obj.execute_sql("SELECT count(*) FROM person").fetchone()[0] == 31


def test_a_large_import_that_fails_leaves_the_office_and_its_indexes_as_they_were(db, tmp_path: Path,  # noqa: ANN001
                                                                                 monkeypatch) -> None:  # noqa: ANN001
    contacts.create_person({"first_name": "Anna", "last_name": "Schon-Da"})
    before = table_indexes(db_proxy.obj, ("person", "search_word"))
    monkeypatch.setattr(writing, "LARGE_IMPORT", 10)
    monkeypatch.setattr(writing, "CHUNK", 7)
    calls = []
    real = bulk.insert

    def failing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) == 3:  # organisations, then two chunks of contacts written: the disk fills up
            raise OSError("database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert", failing)
    with pytest.raises(OSError):
        imports.commit(_preview(_list(tmp_path / "liste.xlsx", 30)), backup=False)
    assert table_indexes(db_proxy.obj, ("person", "search_word")) == before
    assert db_proxy.obj.execute_sql("SELECT count(*) FROM person").fetchone()[0] == 1
    assert db_proxy.obj.execute_sql("SELECT count(*) FROM organization").fetchone()[0] == 0
    assert db_proxy.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_cycle_collector_runs_again_after_an_import_and_after_a_failed_one(db, tmp_path: Path,  # noqa: ANN001
                                                                              monkeypatch) -> None:  # noqa: ANN001
    import gc

    path = _list(tmp_path / "liste.xlsx", 5)
    seen: list[bool] = []
    real = bulk.insert

    def watching(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert", watching)
    imports.commit(_preview(path), backup=False)
    assert seen and not any(seen)  # paused while the rows were written
    assert gc.isenabled()

    def failing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("database or disk is full")

    monkeypatch.setattr(bulk, "insert", failing)
    with pytest.raises(OSError):
        imports.commit(_preview(_list(tmp_path / "mehr.xlsx", 9)), backup=False)  # four new contacts
    assert gc.isenabled()


def test_a_large_import_keeps_the_planner_statistics(db, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """DROP INDEX removes the index's rows from sqlite_stat1: an office that had statistics has them again."""
    for n in range(5):
        contacts.create_person({"first_name": f"Vor{n}", "last_name": f"Nach{n}", "email": f"p{n}@example.org"})
    db_proxy.obj.execute_sql("ANALYZE")

    def person_stats() -> set[str]:
        return {row[0] for row in db_proxy.obj.execute_sql("SELECT idx FROM sqlite_stat1 WHERE tbl = 'person'")}

    before = person_stats()
    assert "person_email" in before
    monkeypatch.setattr(writing, "LARGE_IMPORT", 10)
    assert imports.commit(_preview(_list(tmp_path / "liste.xlsx", 30)), backup=False).created == 30
    assert person_stats() >= before
