"""Opens the SQLite file: location check, quick check, pragmas, schema version, migrations with a backup first.

The only module that creates a database connection. Models are bound through `db_proxy`, so each test
opens its own file in `tmp_path`. A file can be encrypted with SQLCipher (`passphrase=`); plain SQLite is
the default. A damaged file is never written to: it is checked through a read-only connection before the
real connection (which may set the journal mode or migrate) is made.

One file on purpose (~570 lines): every path that connects to SQLite – the read-only checks, backups,
re-keying and opening – stays visible in one place; what only inspects files is in `sqlite_files.py`.
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

from app.errors import DatabaseError as DatabaseError  # re-exported: dbmod.DatabaseError
from app.models.engine import open_server, server_url
from app.models.entities import db_proxy
from app.models.migrations import LATEST_VERSION, MIGRATIONS

# file kinds, read-only URIs and error meanings live in sqlite_files; re-exported so callers keep `dbmod.<name>`
from app.models.sqlite_files import BRUECKE_TABLES as BRUECKE_TABLES
from app.models.sqlite_files import COMPANION_SUFFIXES as COMPANION_SUFFIXES
from app.models.sqlite_files import SQLITE_HEADER as SQLITE_HEADER
from app.models.sqlite_files import database_kind as database_kind
from app.models.sqlite_files import describe_other as describe_other
from app.models.sqlite_files import file_kind as file_kind
from app.models.sqlite_files import is_disk_full as is_disk_full
from app.models.sqlite_files import is_locked as is_locked
from app.models.sqlite_files import is_readonly_error as is_readonly_error
from app.models.sqlite_files import is_writable as is_writable
from app.models.sqlite_files import readonly_uri as readonly_uri
from app.models.sqlite_files import remove_with_companions as remove_with_companions

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: consent and erasure records must survive a power cut
    "busy_timeout": 5000,
    "secure_delete": 1,  # erased values are overwritten, not left in free pages
}

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


class NotADatabase(DatabaseError):
    """The file is no SQLite database at all (a text, Office or empty-ish file) – and not an encrypted one."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(f"Die Datei {path} ist keine lesbare Brücke-Datenbank ({what}). Brücke hat sie nicht "
                         "verändert; bitte die richtige Datei wählen.")


class NotBrueckeDatabase(DatabaseError):
    """A SQLite file with data of another program: refused untouched (no tables added, version unchanged)."""

    def __init__(self, path: Path, tables: list[str]) -> None:
        self.path = path
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        super().__init__(f"Die Datei {path} ist eine SQLite-Datenbank eines anderen Programms (Tabellen: {shown}). "
                         "Brücke hat sie nicht verändert; bitte eine Brücke-Datei oder eine neue, leere Datei "
                         "wählen.")


class ReadOnlyNeedsUpgrade(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Die Datei {path} ist schreibgeschützt und stammt von einer älteren Brücke-Version; "
                         "sie muss umgestellt werden. Bitte Schreibrechte für Datei und Ordner geben.")


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
    """True when the file looks like a SQLCipher database (not SQLite's header, page-sized, random bytes)."""
    return file_kind(path) == "encrypted"


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
    target = readonly_uri(path) if readonly else str(path)
    if passphrase:
        import sqlcipher3

        _quiet_sqlcipher()
        conn = sqlcipher3.connect(target, uri=readonly, check_same_thread=False)
        conn.execute("PRAGMA key='" + passphrase.replace("'", "''") + "'")
    else:
        conn = sqlite_driver.connect(target, uri=readonly, check_same_thread=False)
    return conn


def quick_check(path: Path | str, passphrase: str | None = None, *, full: bool = False,
                identify: bool = False) -> str:
    """'ok' or the first problems PRAGMA quick_check (`full`: integrity_check) reports; reads only, never writes.

    Raises NotADatabase for a text/Office/other file, PassphraseRequired / WrongPassphrase when an encrypted
    file cannot be read. `identify`: also refuse another program's file or a newer schema (`refuse_foreign`)
    through the same connection – with SQLCipher every connection costs a key derivation.
    """
    path = Path(path)
    kind = file_kind(path)
    if kind == "other":
        raise NotADatabase(path, describe_other(path))
    if passphrase is None and kind == "encrypted":
        raise PassphraseRequired(path)
    conn = connect_raw(path, passphrase, readonly=True)
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        except Exception as exc:  # sqlite3/sqlcipher3 DatabaseError: not a database, malformed …
            text = str(exc)
            if ("not a database" in text or "encrypted" in text) and kind != "sqlite":
                if passphrase:
                    raise WrongPassphrase(path) from exc
                raise PassphraseRequired(path) from exc
            if "not a database" in text and passphrase:
                raise WrongPassphrase(path) from exc
            return text
        results = [str(r[0]) for r in rows]
        if identify and results == ["ok"]:
            _identify(conn, Path(path))
    finally:
        conn.close()
    return "ok" if results == ["ok"] else "; ".join(results[:5])


def refuse_foreign(path: Path, passphrase: str | None = None) -> str:
    """'empty' or 'bruecke'; raises NotBrueckeDatabase for another program's non-empty SQLite file (read-only)."""
    conn = connect_raw(path, passphrase, readonly=True)
    try:
        return _identify(conn, path)
    finally:
        conn.close()


def _identify(conn: Any, path: Path) -> str:
    kind, tables = database_kind(conn)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_VERSION and (kind == "bruecke" or not tables):
        raise too_new(path, version)  # refused before the real connection could switch the journal mode
    if kind == "foreign":
        raise NotBrueckeDatabase(path, tables)
    return kind


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
        remove_with_companions(temp)
        raise
    dest.close()
    try:
        if result != "ok":
            raise DatabaseError(f"Die Sicherungskopie ist beschädigt ({result}); es wurde nichts geändert.")
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        remove_with_companions(temp)
        raise
    fsync_dir(target.parent)
    return target


def copy_database(source: Path, source_passphrase: str | None, target: Path,
                  target_passphrase: str | None) -> Path:
    """Copy a closed database file into `target` (a work file, replaced if present), re-keyed when the
    passphrases differ (plain → encrypted, encrypted → plain, old key → new key). Not checked, not fsynced."""
    remove_with_companions(target)
    try:
        if (source_passphrase or None) == (target_passphrase or None):
            src = connect_raw(source, source_passphrase, readonly=True)
            dest = connect_raw(target, target_passphrase)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
                src.close()
            return target
        import sqlcipher3

        _quiet_sqlcipher()
        src = sqlcipher3.connect(str(source), check_same_thread=False)  # attaching needs a writable connection
        try:
            if source_passphrase:
                src.execute("PRAGMA key='" + source_passphrase.replace("'", "''") + "'")
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
            key = (target_passphrase or "").replace("'", "''")
            src.execute(f"ATTACH DATABASE ? AS converted KEY '{key}'", (str(target),))
            src.execute("SELECT sqlcipher_export('converted')")
            src.execute(f"PRAGMA converted.user_version={version}")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
    except BaseException:
        remove_with_companions(target)
        raise
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


def too_new(path: Path | None, version: int) -> DatabaseTooNew:
    return DatabaseTooNew(f"Die Datei {path} wurde mit einer neueren Brücke-Version geschrieben (Schema {version}, "
                          f"diese Version kennt {LATEST_VERSION}). Bitte Brücke aktualisieren.")


def migrate(db: pw.SqliteDatabase, path: Path | None) -> None:
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise too_new(path, version)
    if version == LATEST_VERSION:
        return
    if is_readonly(db):
        raise ReadOnlyNeedsUpgrade(path or Path(db.database))
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


READONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}


def make_database(path: Path | str, passphrase: str | None = None, *, readonly: bool = False) -> pw.SqliteDatabase:
    """An unconnected peewee database for `path` with Brücke's pragmas (SQLCipher with a passphrase).

    `readonly`: opened through a read-only URI with `query_only` – every write fails, nothing is created."""
    target = readonly_uri(path) if readonly else str(path)
    pragmas = READONLY_PRAGMAS if readonly else PRAGMAS
    extra: dict[str, Any] = {"uri": True} if readonly else {}
    db: pw.SqliteDatabase
    if passphrase:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        _quiet_sqlcipher()
        db = SqlCipherDatabase(target, passphrase=passphrase, pragmas=pragmas, check_same_thread=False,
                               timeout=5, **extra)
    else:
        db = PinnedSqliteDatabase(target, pragmas=pragmas, check_same_thread=False, timeout=5, **extra)
    db.bruecke_path = Path(path)  # type: ignore[attr-defined]
    db.bruecke_readonly = readonly  # type: ignore[attr-defined]
    return db


def is_readonly(db: pw.Database | None) -> bool:
    """True when the open database is read-only (file or folder without write permission)."""
    return bool(getattr(db, "bruecke_readonly", False))


def database_path(db: pw.Database) -> Path:
    """The file of an open database (also for a read-only one, whose `database` is a URI)."""
    return Path(getattr(db, "bruecke_path", None) or db.database)


def open_database(path: Path | str, *, migrate_schema: bool = True, passphrase: str | None = None,
                  check: bool = True, readonly: bool | None = None) -> pw.SqliteDatabase:
    """Open (or create) the database file, upgrade it to the current schema and bind the models.

    Refuses network paths; checks an existing file read-only first (`DatabaseCorrupt`, nothing written);
    an encrypted file needs its passphrase (`PassphraseRequired`, `WrongPassphrase`); a text or other file
    is `NotADatabase`, another program's SQLite file `NotBrueckeDatabase` – both left untouched.
    `readonly=None` opens read-only when the file or its folder cannot be written.
    A `postgresql://…` URL opens the office server instead (app/models/postgres.py; `passphrase` is then
    the password asked for, if the server wants one that ~/.pgpass does not supply).
    """

    if (url := server_url(path)) is not None:

        return open_server(url, migrate_schema=migrate_schema, password=passphrase)
    path = Path(path)
    memory = str(path) == ":memory:"
    exists = not memory and path.exists() and path.stat().st_size > 0
    if readonly is None:
        readonly = exists and not is_writable(path)
    if not memory:
        check_location(path)
        if not readonly:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"Der Ordner {path.parent} lässt sich nicht anlegen ({exc.strerror}).") from exc
        if exists:
            kind = file_kind(path)
            if kind == "other":
                raise NotADatabase(path, describe_other(path))
            if passphrase is None and kind == "encrypted":
                raise PassphraseRequired(path)
            if check:
                result = quick_check(path, passphrase, identify=True)
                if result != "ok":
                    raise DatabaseCorrupt(path, result)
            else:
                refuse_foreign(path, passphrase)
        elif readonly or not is_writable(path):
            raise DatabaseError(f"Im Ordner {path.parent} kann Brücke keine Datei anlegen (schreibgeschützt). "
                                "Bitte einen anderen Ordner wählen.")
    db = make_database(path, passphrase, readonly=readonly)
    try:
        db.connect()
        if migrate_schema:
            migrate(db, None if memory else path)
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
    log.info("database opened on SQLite %s (%s%s)", sqlite_version(), "SQLCipher" if passphrase else "sqlean",
             ", read-only" if readonly else "")
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
