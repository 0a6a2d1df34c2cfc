"""Opens the SQLite file: pragmas, schema version, migrations with a backup first.

The only module that creates a database connection. Models are bound through `db_proxy`, so each test
opens its own file in `tmp_path`.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import peewee as pw

from app.models.entities import db_proxy
from app.models.migrations import LATEST_VERSION, MIGRATIONS

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: consent and erasure records must survive a power cut
    "busy_timeout": 5000,
    "secure_delete": 1,  # erased values are overwritten, not left in free pages
}


class DatabaseError(Exception):
    """A database file that cannot be opened as asked; the message is for the user."""


class DatabaseTooNew(DatabaseError):
    pass


def schema_version(db: pw.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def backup_file(source: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database with SQLite's backup API into a temp file, check it, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    temp.unlink(missing_ok=True)
    dest = sqlite3.connect(temp)
    try:
        source.backup(dest)
        result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    if result != "ok":
        temp.unlink(missing_ok=True)
        raise DatabaseError(f"Die Sicherungskopie ist beschädigt ({result}); es wurde nichts geändert.")
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    return target


def pre_migration_backup_path(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}-before-v{version}-{stamp}.db"


def migrate(db: pw.SqliteDatabase, path: Path | None) -> None:
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            f"Die Datei {path} wurde mit einer neueren Brücke-Version geschrieben (Schema {version}, "
            f"diese Version kennt {LATEST_VERSION}). Bitte Brücke aktualisieren."
        )
    if version == LATEST_VERSION:
        return
    if version > 0 and path is not None:
        backup_file(db.connection(), pre_migration_backup_path(path, version))
    # Table rebuilds on SQLite cascade through foreign keys: switch them off around the ladder.
    db.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            for step_version, step in MIGRATIONS:
                if step_version <= version:
                    continue
                step(db)
                db.execute_sql(f"PRAGMA user_version={step_version}")
            problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(f"Migration abgebrochen: {len(problems)} verwaiste Verweise gefunden.")
    finally:
        db.execute_sql("PRAGMA foreign_keys=ON")


def open_database(path: Path | str, *, migrate_schema: bool = True) -> pw.SqliteDatabase:
    """Open (or create) the database file, upgrade it to the current schema and bind the models."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, timeout=5)
    try:
        db.connect()
        if migrate_schema:
            migrate(db, path)
    except pw.DatabaseError as exc:
        db.close()
        raise DatabaseError(f"Die Datei {path} ist keine lesbare Brücke-Datenbank: {exc}") from exc
    except BaseException:
        db.close()
        raise
    db_proxy.initialize(db)
    return db


def close_database() -> None:
    db = db_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
