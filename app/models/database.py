"""Opens the SQLite file: location check, quick check, pragmas, schema version, migrations with a backup first.

The only module that creates a database connection. Models are bound through `db_proxy`, so each test
opens its own file in `tmp_path`. A file can be encrypted with SQLCipher (`passphrase=`); plain SQLite is
the default. A damaged file is never written to: it is checked through a read-only connection before the
real connection (which may set the journal mode or migrate) is made.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from typing import Any

import peewee as pw

# A current SQLite on every platform (DESIGN.md §6): Python's bundled library differs per system, and
# 3.40.1 segfaults on FTS5 trigram queries that 3.50 answers. SQLCipher mode keeps sqlcipher3's own build.
import sqlean as sqlite_driver

from app.errors import DatabaseError
from app.models.entities import db_proxy
from app.models.migrations import LATEST_VERSION, MIGRATIONS

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: consent and erasure records must survive a power cut
    "busy_timeout": 5000,
    "secure_delete": 1,  # erased values are overwritten, not left in free pages
}

SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


def sqlite_version() -> str:
    """The SQLite library Brücke runs on (the pinned driver's, not the system's)."""
    return str(sqlite_driver.sqlite_version)


class PinnedSqliteDatabase(pw.SqliteDatabase):
    """peewee's SqliteDatabase on the pinned driver instead of the interpreter's `sqlite3` module."""

    def _connect(self) -> Any:
        conn = sqlite_driver.connect(self.database, timeout=self._timeout, isolation_level=None,
                                     **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn

# File systems on which SQLite's locking is known to be unreliable (https://www.sqlite.org/useovernet.html).
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "glusterfs", "ceph", "fuse.glusterfs", "lustre",
}


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    """The quick check found damage; the file was not written to."""

    def __init__(self, path: Path, details: str) -> None:
        self.path = path
        self.details = details
        super().__init__(
            f"Die Datei {path} ist beschädigt ({details}). Brücke hat nichts in sie geschrieben. "
            "Bitte die neueste gute Sicherung wiederherstellen.")


class PassphraseRequired(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Die Datei {path} ist keine lesbare Brücke-Datenbank – oder sie ist verschlüsselt "
                         "und braucht ihr Kennwort.")


class WrongPassphrase(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Das Kennwort passt nicht zur Datei {path} (oder die Datei ist keine "
                         "Brücke-Datenbank). Die Datei wurde nicht verändert.")


class NetworkPathRefused(DatabaseError):
    def __init__(self, path: Path, where: str) -> None:
        self.path = path
        super().__init__(
            f"Die Datenbank {path} liegt {where}. Auf Netzlaufwerken kann SQLite die Datei beschädigen – "
            "bitte einen Ordner auf diesem Rechner wählen (Sicherungen dürfen auf ein anderes Laufwerk).")


def schema_version(db: pw.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def passphrase_of(db: pw.SqliteDatabase | None) -> str | None:
    """The passphrase an open database was opened with, or None for a plain file."""
    if db is None:
        return None
    return db.connect_params.get("passphrase") or None


def is_encrypted(path: Path | str) -> bool:
    """True when the file exists, is not empty and does not start with SQLite's plain-text header."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


# --- location --------------------------------------------------------------------------------------------

def _is_unc(text: str) -> bool:
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def _linux_filesystem(path: Path) -> str | None:
    """File-system type of the mount holding `path` (longest mount point prefix in /proc/mounts)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best, kind = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
            best, kind = mount, parts[2]
    return kind


def _windows_remote_drive(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # type: ignore[attr-defined] # DRIVE_REMOTE


def check_location(path: Path | str) -> None:
    """Refuse paths where SQLite is known to corrupt files: UNC paths and network file systems."""
    text = str(path)
    if text == ":memory:":
        return
    if _is_unc(text):
        raise NetworkPathRefused(Path(text), "auf einer Netzwerkfreigabe (UNC-Pfad)")
    resolved = Path(text).expanduser()
    existing = resolved if resolved.exists() else resolved.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        existing = existing.resolve()
    except OSError:
        pass
    if _is_unc(str(existing)):
        raise NetworkPathRefused(Path(text), "auf einer Netzwerkfreigabe (UNC-Pfad)")
    if sys.platform.startswith("linux"):
        kind = _linux_filesystem(existing)
        if kind in NETWORK_FILESYSTEMS:
            raise NetworkPathRefused(Path(text), f"auf einem Netzlaufwerk ({kind})")
    elif sys.platform == "win32" and _windows_remote_drive(existing):
        raise NetworkPathRefused(Path(text), "auf einem Netzlaufwerk")


# --- raw connections -------------------------------------------------------------------------------------

_QUIET = False


def _quiet_sqlcipher() -> None:
    """SQLCipher logs a wrong key to stderr; Brücke reports it itself (WrongPassphrase)."""
    global _QUIET
    if not _QUIET:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
        _QUIET = True


def connect_raw(path: Path | str, passphrase: str | None = None, *, readonly: bool = False) -> Any:
    """A plain DB-API connection (sqlite3, or sqlcipher3 when a passphrase is given) without Brücke pragmas."""
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    if passphrase:
        import sqlcipher3

        _quiet_sqlcipher()
        conn = sqlcipher3.connect(target, uri=readonly, check_same_thread=False)
        conn.execute("PRAGMA key='" + passphrase.replace("'", "''") + "'")
    else:
        conn = sqlite_driver.connect(target, uri=readonly, check_same_thread=False)
    return conn


def quick_check(path: Path | str, passphrase: str | None = None) -> str:
    """'ok' or the first problems PRAGMA quick_check reports; reads only, never writes.

    Raises PassphraseRequired / WrongPassphrase when the file cannot be read at all.
    """
    path = Path(path)
    if passphrase is None and is_encrypted(path):
        raise PassphraseRequired(path)
    conn = connect_raw(path, passphrase, readonly=True)
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except Exception as exc:  # sqlite3/sqlcipher3 DatabaseError: not a database, malformed …
            text = str(exc)
            if "not a database" in text or "encrypted" in text:
                if passphrase:
                    raise WrongPassphrase(path) from exc
                raise PassphraseRequired(path) from exc
            return text
    finally:
        conn.close()
    results = [str(r[0]) for r in rows]
    return "ok" if results == ["ok"] else "; ".join(results[:5])


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Any, target: Path, passphrase: str | None = None) -> Path:
    """Copy a live database with SQLite's backup API into a temp file, flush and check it, then rename it.

    `source` is an open DB-API connection. With a passphrase the copy is encrypted with the same key (the
    source must then be a SQLCipher connection with that key).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    temp.unlink(missing_ok=True)
    dest = connect_raw(temp, passphrase)
    try:
        source.backup(dest)
        result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        dest.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        dest.close()
        temp.unlink(missing_ok=True)
        raise
    dest.close()
    if result != "ok":
        temp.unlink(missing_ok=True)
        raise DatabaseError(f"Die Sicherungskopie ist beschädigt ({result}); es wurde nichts geändert.")
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    fsync_dir(target.parent)
    return target


def _configured_backup_dir(db: pw.SqliteDatabase, path: Path) -> Path:
    """The office's backup folder (setting `backup_dir`) if the file already has one, else `backups/`."""
    try:
        row = db.execute_sql("SELECT value FROM setting WHERE key = 'backup_dir'").fetchone()
    except pw.DatabaseError:
        row = None
    if row and row[0]:
        return Path(row[0])
    return path.parent / "backups"


def pre_migration_backup_path(path: Path, version: int, directory: Path | None = None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return (directory or path.parent / "backups") / f"{path.stem}-before-v{version}-{stamp}.db"


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
        directory = _configured_backup_dir(db, path)
        backup_file(db.connection(), pre_migration_backup_path(path, version, directory), passphrase_of(db))
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


def make_database(path: Path | str, passphrase: str | None = None) -> pw.SqliteDatabase:
    """An unconnected peewee database for `path` with Brücke's pragmas (SQLCipher with a passphrase)."""
    if passphrase:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        _quiet_sqlcipher()
        return SqlCipherDatabase(str(path), passphrase=passphrase, pragmas=PRAGMAS, check_same_thread=False,
                                 timeout=5)
    return PinnedSqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, timeout=5)


def open_database(path: Path | str, *, migrate_schema: bool = True, passphrase: str | None = None,
                  check: bool = True) -> pw.SqliteDatabase:
    """Open (or create) the database file, upgrade it to the current schema and bind the models.

    Refuses network paths; checks an existing file read-only first (`DatabaseCorrupt`, nothing written);
    an encrypted file needs its passphrase (`PassphraseRequired`, `WrongPassphrase`).
    """
    path = Path(path)
    memory = str(path) == ":memory:"
    if not memory:
        check_location(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            if passphrase is None and is_encrypted(path):
                raise PassphraseRequired(path)
            if check:
                result = quick_check(path, passphrase)
                if result != "ok":
                    raise DatabaseCorrupt(path, result)
    db = make_database(path, passphrase)
    try:
        db.connect()
        if migrate_schema:
            migrate(db, path)
    except pw.DatabaseError as exc:
        db.close()
        if "not a database" in str(exc):
            if passphrase:
                raise WrongPassphrase(path) from exc
            raise PassphraseRequired(path) from exc
        raise DatabaseError(f"Die Datei {path} ist keine lesbare Brücke-Datenbank: {exc}") from exc
    except BaseException:
        db.close()
        raise
    db_proxy.initialize(db)
    log.info("database opened on SQLite %s (%s)", sqlite_version(), "SQLCipher" if passphrase else "sqlean")
    return db


def close_database() -> None:
    db = db_proxy.obj
    if db is not None and not db.is_closed():
        try:  # SQLite's advice for closing connections: refresh the planner's statistics where useful
            db.execute_sql("PRAGMA optimize")
        except pw.DatabaseError:
            pass
        db.close()


def change_encryption(path: Path | str, old_passphrase: str | None, new_passphrase: str | None) -> Path:
    """Rewrite a closed database file encrypted with `new_passphrase` (None: plain SQLite).

    Encrypts a plain file, decrypts, or changes the passphrase. The new file is written next to the old one
    with `sqlcipher_export`, checked, flushed and renamed over it; the old contents never stay beside it.
    """
    import sqlcipher3

    path = Path(path)
    result = quick_check(path, old_passphrase)
    if result != "ok":
        raise DatabaseCorrupt(path, result)
    temp = path.with_name(path.name + ".crypt.part")
    temp.unlink(missing_ok=True)
    source = connect_raw(path, old_passphrase)
    if not old_passphrase:  # a plain file read through SQLCipher needs an explicit empty key
        source.close()
        source = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
        key = (new_passphrase or "").replace("'", "''")
        source.execute(f"ATTACH DATABASE ? AS converted KEY '{key}'", (str(temp),))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version={int(version)}")
        source.execute("DETACH DATABASE converted")
    except BaseException:
        source.close()
        temp.unlink(missing_ok=True)
        raise
    source.close()
    check_result = quick_check(temp, new_passphrase)
    if check_result != "ok":
        temp.unlink(missing_ok=True)
        raise DatabaseError(f"Die umgeschriebene Datei ist beschädigt ({check_result}); nichts geändert.")
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(temp, path)
    fsync_dir(path.parent)
    return path
