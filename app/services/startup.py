"""What happens before the main window opens – without Qt, so the GUI, the CLI and tests share it.

    lock = startup.acquire(db_path)                  # network path refused, second instance refused
    db = startup.open_checked(db_path, passphrase)   # quick check (read-only), passphrase, migrations
    startup.after_open()                             # daily backup (at most once a day)

`open_checked` raises `DatabaseCorrupt` for a damaged file (nothing written); `newest_good_backup()` and
`recover()` then put the newest good backup in its place, keeping the damaged file aside.

The GUI starts faster (issue 15 point 17): `open_fast` opens a file that needs no upgrade WITHOUT the quick
check, with every write refused (`PRAGMA query_only`) until `deferred_check` (run in the background after the
window shows) has passed and `release_writes` lifts the block – or found damage, and then nothing was written.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from app import paths
from app.models import database as dbmod
from app.models import db_proxy
from app.models.engine import server_url
from app.models.migrations import LATEST_VERSION
from app.services import backup, instance_lock, series
from app.services.errors import UserError
from app.services.messages import t

log = logging.getLogger(__name__)


@dataclass
class Started:
    db: pw.SqliteDatabase
    lock: instance_lock.InstanceLock
    backup: Path | None
    backup_error: str | None
    check_pending: bool = False  # opened by `open_fast`: writes refused until `deferred_check` has passed


def acquire(db_path: Path) -> instance_lock.InstanceLock:
    """Refuse network paths and a second instance; never opens the database."""
    dbmod.check_location(db_path)
    return instance_lock.acquire(db_path)


def open_checked(db_path: Path, passphrase: str | None = None) -> pw.SqliteDatabase:
    return dbmod.open_database(db_path, passphrase=passphrase)


def _can_defer(db_path: Path) -> bool:
    """The quick check may wait only when opening cannot write: a plain local SQLite file already in WAL mode
    with an empty log (a non-empty log is checkpointed into the file when the last connection closes)."""
    if dbmod.file_kind(db_path) != "sqlite":
        return False  # encrypted, new, empty or another kind of file: the usual checked open
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(20)
        wal = Path(str(db_path) + "-wal")
        return header[18:20] == b"\x02\x02" and (not wal.exists() or wal.stat().st_size == 0)
    except OSError:
        return False


def _block_writes(db: pw.SqliteDatabase) -> None:
    """Every connection of `db` (this thread's now, other threads' when they connect) refuses writes."""
    db.bruecke_checking = True
    db.bruecke_pragmas = list(db._pragmas)
    db._pragmas = [(k, v) for k, v in db._pragmas if k != "query_only"] + [("query_only", 1)]
    db.execute_sql("PRAGMA query_only=1")


def check_pending(db: pw.Database | None = None) -> bool:
    """True while the start-up quick check of the open database has not passed yet (writes are refused)."""
    if db is None:

        db = db_proxy.obj
    return bool(getattr(db, "bruecke_checking", False))


def open_fast(db_path: Path, passphrase: str | None = None) -> tuple[pw.SqliteDatabase, bool]:
    """(database, check_pending). A file that can be opened without writing is opened at once with writes
    blocked; the quick check then runs later (`deferred_check`). Anything else – a new, encrypted or older
    file, a log left by a crash, a file that does not open cleanly – takes the usual checked way
    (`open_checked`), with its errors (DatabaseCorrupt, PassphraseRequired …)."""

    if server_url(db_path) is not None or not _can_defer(Path(db_path)):
        return open_checked(db_path, passphrase), False
    try:
        db = dbmod.open_database(db_path, passphrase=passphrase, check=False, migrate_schema=False)
    except (dbmod.DatabaseTooNew, dbmod.NotBrueckeDatabase, dbmod.NotADatabase, dbmod.NetworkPathRefused):
        raise  # refused exactly as the checked open refuses them
    except Exception:  # noqa: BLE001 - unreadable (maybe damaged): the checked open says what is wrong
        return open_checked(db_path, passphrase), False
    _block_writes(db)
    if dbmod.schema_version(db) != LATEST_VERSION:  # an upgrade writes: check first, as always
        db.close()
        return open_checked(db_path, passphrase), False
    return db, True


def deferred_check(db_path: Path, passphrase: str | None = None) -> str:
    """The start-up quick check of a file opened by `open_fast` ('ok' or the problems); reads only. Runs on a
    worker thread (its own read-only connection)."""
    return dbmod.quick_check(db_path, passphrase)


def defer_housekeeping(db: pw.Database, pending: bool) -> None:
    """The GUI runs the daily backup and the series extension after its window shows; until then pages that
    would extend series on refresh leave it to that job (`start_work_pending`)."""
    db.bruecke_housekeeping = pending


def start_work_pending(db: pw.Database | None = None) -> bool:
    """True while the start-up check or the start-up housekeeping of the open database is still to come."""
    if db is None:

        db = db_proxy.obj
    return check_pending(db) or bool(getattr(db, "bruecke_housekeeping", False))


def housekeeping() -> tuple[Path | None, str | None, int]:
    """After the GUI's window shows (on a worker): `after_open` (tidy, daily backup), then the occurrences of
    every series up to the horizon. (backup made, backup error, occurrences created)."""

    made, error = after_open()
    return made, error, series.extend_series()


def release_writes(db: pw.SqliteDatabase) -> None:
    """The check passed: writes are allowed again (a read-only office stays read-only)."""
    if not check_pending(db):
        return
    db._pragmas = list(getattr(db, "bruecke_pragmas", db._pragmas))
    db.bruecke_checking = False
    if not dbmod.is_readonly(db):
        db.execute_sql("PRAGMA query_only=0")


def close_unchecked(db: pw.SqliteDatabase) -> None:
    """Damage found by the deferred check: close without writing (no `PRAGMA optimize`, query_only stays)."""
    if not db.is_closed():
        db.close()


def after_open() -> tuple[Path | None, str | None]:
    """Leftovers of killed backups removed, then the daily backup; a failure is reported, not fatal (the office
    can still work and fix the folder). Nothing is written to a read-only database."""

    if dbmod.is_readonly(db_proxy.obj):
        return None, None
    tidy()
    try:
        return backup.daily_backup_if_due(), None
    except (UserError, dbmod.DatabaseError, OSError) as exc:
        log.warning("daily backup failed: %s", type(exc).__name__)
        return None, str(exc)


def tidy() -> None:
    """With the lock held, after opening: remove the leftovers of killed backups/restores (full copies of the
    office), and carry erasures into backups that a killed erasure or restore did not reach yet."""

    if db_proxy.obj is None or dbmod.is_readonly(db_proxy.obj):
        return
    try:
        backup.remove_partial_files()
    except OSError as exc:
        log.warning("leftover cleanup failed: %s", exc.strerror)
    try:
        backup.scrub_backups()
    except Exception as exc:  # noqa: BLE001 - the office opens anyway; the next start tries again
        log.warning("erasures not carried into the backups: %s", type(exc).__name__)
    try:  # ANALYZE's samples of erased names (offices erased with an older version); plaintext copies of
        backup.refresh_stale_statistics()  # an encrypted office (a killed `bruecke encrypt`): finished here
        backup.settle_plain_copies()
    except Exception as exc:  # noqa: BLE001 - the office opens anyway; the next start tries again
        log.warning("statistics or plaintext copies not settled: %s", type(exc).__name__)


def tidy_if_free(db_path: Path) -> None:
    """`tidy()` for a command that does not hold the lock: only when no other Brücke works with the file."""
    try:
        held = instance_lock.acquire(db_path)
    except UserError:
        return
    try:
        if held.held:
            tidy()
    finally:
        held.release()


def start(db_path: Path, passphrase: str | None = None) -> Started:
    """All steps at once (CLI and tests); the lock is released again if opening fails."""
    lock = acquire(db_path)
    try:
        db = open_checked(db_path, passphrase)
    except BaseException:
        lock.release()
        raise
    made, error = after_open()
    return Started(db, lock, made, error)


def configured_backup_dir(db_path: Path, passphrase: str | None = None) -> Path:
    """The backup folder of a file that is not open (maybe damaged): its setting if readable, else default."""
    try:
        conn = dbmod.connect_raw(db_path, passphrase, readonly=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup_dir'").fetchone()
        finally:
            conn.close()
        if row and row[0]:
            return Path(row[0]).expanduser()
    except Exception as exc:  # damaged or unreadable: the default folder
        log.warning("backup folder setting of %s unreadable (%s); using the default folder", db_path.name,
                    type(exc).__name__)
    return paths.default_backup_dir(db_path)


def newest_good_backup(db_path: Path, passphrase: str | None = None) -> backup.BackupInfo | None:
    return backup.newest_good_backup(db_path, passphrase, configured_backup_dir(db_path, passphrase))


def recover(db_path: Path, backup_path: Path, passphrase: str | None = None, *,
            backup_passphrase: str | None = None,
            ignore_unreadable_log: bool = False) -> tuple[pw.SqliteDatabase, Path]:
    """Replace a damaged file with a backup (the damaged one is kept aside, erasures replayed before the backup
    takes its place), then open it.

    The caller holds the instance lock. Returns the opened database and where the damaged file now lies.
    """
    aside, replayed = backup.restore_offline(backup_path, db_path, passphrase, backup_passphrase=backup_passphrase,
                                             ignore_unreadable_log=ignore_unreadable_log)
    db = dbmod.open_database(db_path, passphrase=passphrase)
    log.warning("damaged database replaced by backup %s (%d erasures replayed); damaged file kept as %s",
                backup_path.name, replayed, aside.name)
    return db, aside


def passphrase_for(db_path: Path, env_var: str | None = None) -> str | None:
    """CLI: the passphrase of an encrypted file from an environment variable or a prompt (None if plain)."""
    kind = dbmod.file_kind(db_path)
    if kind in ("sqlite", "other") or (kind == "empty" and not env_var):
        return None  # a plain file needs no passphrase; a text file is refused when opened
    if env_var:
        value = os.environ.get(env_var)
        if not value:
            raise UserError(t("env_var_missing", name=env_var))
        return value
    if kind in ("missing", "empty"):
        return None  # a new file is plain unless a passphrase is given
    if not sys.stdin.isatty():
        raise UserError(t("encrypted_needs_passphrase", path=db_path))
    value = getpass.getpass(f"Kennwort für {db_path.name}: ")
    if not value:
        raise UserError(t("no_passphrase"))
    return value
