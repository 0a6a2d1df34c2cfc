from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models import DatabaseError, DatabaseTooNew, Organization, Person, close_database, open_database
from app.models.migrations import LATEST_VERSION, MIGRATIONS


def make_v1_file(path: Path) -> None:
    """An office file as version 1 wrote it, with a person, an appointment and attendance."""
    import peewee as pw

    raw = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    raw.connect()
    with raw.atomic():
        MIGRATIONS[0][1](raw)
        raw.execute_sql("PRAGMA user_version=1")
    raw.execute_sql(
        "INSERT INTO organization (created_at, updated_at, name, short_name, sector, street, postal_code, city,"
        " country, phone, email, website, notes, is_partner, archived) VALUES"
        " ('2024-01-01', '2024-01-01', 'Caritas Lindenau', '', 'welfare_association', '', '', 'Lindenau',"
        " 'Deutschland', '', '', '', '', 1, 0)")
    raw.execute_sql(
        "INSERT INTO person (created_at, updated_at, salutation, title, first_name, last_name, function,"
        " organization_id, email, phone, mobile, street, postal_code, city, country, languages, notes,"
        " legal_basis, consent_purpose, consent_how, archived) VALUES ('2024-01-01', '2024-01-01', 'Frau', '',"
        " 'Rūta', 'Žemaitytė', 'Beraterin', 1, '', '', '', '', '', '', '', '', '', '', '', '', 0)")
    raw.execute_sql(
        "INSERT INTO appointment (created_at, updated_at, title, kind, start, all_day, location, online_link,"
        " status, agenda, outcome) VALUES ('2024-01-01', '2024-01-01', 'Runder Tisch', 'committee_session',"
        " '2024-03-01 10:00:00', 0, '', '', 'held', '', '')")
    raw.execute_sql(
        "INSERT INTO attendance (appointment_id, person_id, status, role, snapshot_name, snapshot_sort_name,"
        " snapshot_organization, snapshot_function, created_at) VALUES (1, 1, 'attended', 'participant',"
        " 'Rūta Žemaitytė', 'Žemaitytė, Rūta', 'Caritas Lindenau', 'Beraterin', '2024-01-01')")
    raw.close()


def test_new_file_gets_latest_schema_with_wal_and_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    close_database()


def test_older_file_is_upgraded_after_a_backup_and_keeps_its_data(db_path: Path) -> None:
    make_v1_file(db_path)
    open_database(db_path)
    person = Person.get()
    assert person.last_name == "Žemaitytė" and person.organization.name == "Caritas Lindenau"
    assert person.sort_key == "zemaityte\x1fruta"  # step 3 derived the list's sort key for old rows
    from app.services import search

    assert [h.label for h in search.search("zemaityte")] == ["Rūta Žemaitytė"]
    close_database()
    backups = list((db_path.parent / "backups").glob("office-before-v1-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT last_name FROM person").fetchone()[0] == "Žemaitytė"
    copy.close()


def test_file_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="neueren Brücke-Version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_failing_migration_step_leaves_version_and_data_unchanged(db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1_file(db_path)
    from app.models import database, migrations

    def broken(db) -> None:  # noqa: ANN001
        db.execute_sql('ALTER TABLE "appointment" ADD COLUMN "confidential" INTEGER NOT NULL DEFAULT 0')
        raise RuntimeError("disk full")

    monkeypatch.setattr(database, "MIGRATIONS", [migrations.MIGRATIONS[0], (2, broken)])
    with pytest.raises(RuntimeError):
        open_database(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in raw.execute("PRAGMA table_info(appointment)")]
    assert "confidential" not in columns
    assert raw.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1
    raw.close()


def test_garbage_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-db.db"
    path.write_bytes(b"this is a word document" * 100)
    with pytest.raises(DatabaseError, match="keine lesbare"):
        open_database(path)


def test_deleting_an_organization_with_people_is_refused_by_the_database(db) -> None:  # noqa: ANN001
    import peewee as pw

    org = Organization.create(name="Jobcenter")
    Person.create(last_name="Weber", organization=org)
    with pytest.raises(pw.IntegrityError):
        org.delete_instance()
