"""Backups and restore: SQLite's backup API into a temp file, flushed, checked, renamed into place.

- `daily_backup_if_due()` on start (at most once a calendar day),
- `before_risky_action(reason)` before imports, erasures and restores (migrations back up in
  app/models/database.py, into the same folder),
- rotation keeps everything from the last 24 hours plus the newest backup of each of the last
  `backup_keep_daily` days, `backup_keep_weekly` ISO weeks and `backup_keep_monthly` months,
- `restore()` checks the backup completely, upgrades its schema and replays the erasure log in a staged copy,
  then writes that copy into the open database through the backup API (one atomic write); the current state
  is kept aside as a backup,
- `restore_offline()` replaces a damaged file that must not be opened (it is kept aside, not deleted).

Where backups live: backup_paths.py; leftovers, erasures carried into backups, plaintext copies:
backup_hygiene.py (both re-exported here).

Never a plain file copy of a live database. Backups of an encrypted database are encrypted with its key.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.models import database as dbmod
from app.models import db_proxy, engine
from app.models.migrations import LATEST_VERSION
from app.services import backup_pg, privacy
from app.services.backup_hygiene import BackupScrub as BackupScrub  # re-exported: callers use backup.<name>
from app.services.backup_hygiene import delete_files as delete_files
from app.services.backup_hygiene import encrypt_plain_copies as encrypt_plain_copies
from app.services.backup_hygiene import mark_statistics_clean as mark_statistics_clean
from app.services.backup_hygiene import partial_files as partial_files
from app.services.backup_hygiene import plain_copies as plain_copies
from app.services.backup_hygiene import refresh_stale_statistics as refresh_stale_statistics
from app.services.backup_hygiene import remember_plain_choice as remember_plain_choice
from app.services.backup_hygiene import remove_partial_files as remove_partial_files
from app.services.backup_hygiene import scrub_backups as scrub_backups
from app.services.backup_hygiene import settle_plain_copies as settle_plain_copies
from app.services.backup_hygiene import take_untold as take_untold
from app.services.backup_paths import REASONS as REASONS
from app.services.backup_paths import BackupInfo as BackupInfo
from app.services.backup_paths import RestoreResult as RestoreResult
from app.services.backup_paths import _keep
from app.services.backup_paths import backup_dir as backup_dir
from app.services.backup_paths import current_db_path as current_db_path
from app.services.backup_paths import parse_name as _parse
from app.services.backup_paths import plan_rotation as plan_rotation
from app.services.errors import UserError
from app.services.messages import t

log = logging.getLogger(__name__)

COUNT_TABLES = {"person": "Kontakte", "organization": "Organisationen", "network": "Gremien",
                "appointment": "Termine", "attendance": "Teilnahmen"}


# --- making -----------------------------------------------------------------------------------------------

def _target(directory: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    base = f"{stem}-{when:%Y%m%d-%H%M%S}-{reason}"
    target = directory / f"{base}.db"
    number = 2
    while target.exists():
        target = directory / f"{base}-{number}.db"
        number += 1
    return target


def make_backup(reason: str = "manual", *, rotate_after: bool = True, now: dt.datetime | None = None) -> Path:
    """Back up the open database now; returns the file written."""
    if reason not in REASONS:
        raise ValueError(reason)
    if engine.is_server(db_proxy.obj):  # PostgreSQL: pg_dump, same checks and rotation (backup_pg.py)
        return backup_pg.make_backup(reason, rotate_after=rotate_after, now=now)
    db = db_proxy.obj
    db_path = current_db_path()
    directory = backup_dir(db_path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(t("backup_folder_unreachable", folder=directory, reason=exc.strerror)) from exc
    target = _target(directory, db_path.stem, reason, now or dt.datetime.now())
    try:
        dbmod.backup_file(db.connection(), target, dbmod.passphrase_of(db))
    except Exception as exc:
        if dbmod.is_disk_full(exc):
            raise UserError(t("disk_full", where=directory)) from exc
        if dbmod.is_readonly_error(exc):
            raise UserError(t("file_readonly", where=directory)) from exc
        if isinstance(exc, OSError):
            raise UserError(t("backup_failed", folder=directory, reason=exc.strerror)) from exc
        raise
    log.info("backup written: %s (%s)", target.name, reason)
    if rotate_after:
        rotate(now=now)
    return target


def before_risky_action(reason: str) -> Path | None:
    """A checked backup right before an import, erasure or restore. Call it before opening the transaction.

    None on a server for an assistant or reader: their dump would lack the confidential appointments (an
    import is undone through its own records; the server's backup by the IT covers the rest)."""
    if engine.is_server(db_proxy.obj) and not backup_pg.may_dump():
        log.info("no backup before %s: this sign-in cannot read everything", reason)
        return None
    return make_backup(reason)


def daily_backup_if_due(now: dt.datetime | None = None) -> Path | None:
    """On start: back up unless a backup of this database was already made today (on a server: by anyone in the
    office, see backup_pg.daily_backup_if_due)."""
    if engine.is_server(db_proxy.obj):
        return backup_pg.daily_backup_if_due(now)
    now = now or dt.datetime.now()
    newest = list_backups(inspect=False)
    if newest and newest[0].created.date() >= now.date():
        return None
    return make_backup("daily", now=now)


def automatic_backup_note() -> str:
    """On a server: who made the office's automatic backup when, and that the IT's server backup stays the main
    safeguard (shown after the start's housekeeping); "" for a file on this computer."""
    return backup_pg.automatic_backup_note() if engine.is_server(db_proxy.obj) else ""


# --- listing ----------------------------------------------------------------------------------------------

def inspect_file(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Date, schema version and counts of one backup file (read-only)."""
    parsed = _parse(path, path.name.split("-")[0]) or (dt.datetime.fromtimestamp(path.stat().st_mtime), "manual")
    info = BackupInfo(path, parsed[0], parsed[1], path.stat().st_size, dbmod.is_encrypted(path))
    if info.encrypted and not passphrase:
        info.readable = False
        info.problem = "verschlüsselt"
        return info
    try:
        conn = dbmod.connect_raw(path, passphrase if info.encrypted else None, readonly=True)
        try:
            info.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table, label in COUNT_TABLES.items():
                if table in tables:
                    info.counts[label] = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        finally:
            conn.close()
    except Exception as exc:  # unreadable file: listed, but marked
        info.readable = False
        info.problem = "nicht lesbar" if "not a database" not in str(exc) else "falsches Kennwort"
    return info


def list_backups(db_path: Path | None = None, *, inspect: bool = True,
                 passphrase: str | None = None) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    if db_path is None and engine.is_server(db_proxy.obj):
        return backup_pg.list_backups(inspect=inspect)
    db_path = db_path or current_db_path()
    directory = backup_dir(db_path)
    if passphrase is None:
        passphrase = dbmod.passphrase_of(db_proxy.obj)
    found = []
    if not directory.is_dir():
        return []
    for path in directory.glob(f"{db_path.stem}-*.db"):
        parsed = _parse(path, db_path.stem)
        if parsed is None:
            continue
        if inspect:
            info = inspect_file(path, passphrase)
            info.created, info.reason = parsed
        else:
            info = BackupInfo(path, parsed[0], parsed[1], path.stat().st_size, False)
        found.append(info)
    found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return found


def last_backup(db_path: Path | None = None) -> BackupInfo | None:
    backups = list_backups(db_path, inspect=False)
    return backups[0] if backups else None


def newest_good_backup(db_path: Path, passphrase: str | None = None,
                       directory: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes quick_check and this version can open (the database may be closed)."""
    directory = directory or paths.default_backup_dir(db_path)
    candidates = []
    for path in directory.glob(f"{db_path.stem}-*.db") if directory.is_dir() else []:
        parsed = _parse(path, db_path.stem)
        if parsed is not None and parsed[1] != "damaged":
            candidates.append((parsed[0], path))
    for _, path in sorted(candidates, reverse=True):
        try:
            if dbmod.quick_check(path, passphrase if dbmod.is_encrypted(path) else None) != "ok":
                continue
        except dbmod.DatabaseError:
            continue
        info = inspect_file(path, passphrase)
        if info.readable and (info.schema_version or 0) <= LATEST_VERSION:
            return info
    return None


# --- rotation ---------------------------------------------------------------------------------------------

def rotate(db_path: Path | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups the policy no longer keeps; returns the deleted files. Damaged files are never deleted."""
    db_path = db_path or current_db_path()
    directory = backup_dir(db_path)
    now = now or dt.datetime.now()
    items = []
    for path in directory.glob(f"{db_path.stem}-*.db") if directory.is_dir() else []:
        parsed = _parse(path, db_path.stem)
        if parsed is not None and parsed[1] != "damaged":
            items.append((parsed[0], path))
    keep = plan_rotation(items, now, _keep("backup_keep_daily"), _keep("backup_keep_weekly"),
                         _keep("backup_keep_monthly"))
    removed = []
    for _, path in items:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", path.name, exc.strerror)
    return removed


# --- restore ----------------------------------------------------------------------------------------------

def validate_source(path: Path, passphrase: str | None) -> BackupInfo:
    """Check a backup completely before anything is touched: it exists, is readable (with `passphrase` if it
    is encrypted), passes the full integrity_check, is Brücke's and not newer than this version."""
    if not path.is_file():
        raise UserError(t("restore_missing", file=path))
    kind = dbmod.file_kind(path)
    if kind in ("other", "empty"):
        raise UserError(t("restore_not_bruecke", file=path.name, reason=dbmod.describe_other(path)))
    key = passphrase if kind == "encrypted" else None
    if kind == "encrypted" and not passphrase:
        raise UserError(t("restore_needs_passphrase", file=path.name))
    try:
        result = dbmod.quick_check(path, key, full=True)
    except dbmod.WrongPassphrase as exc:
        raise UserError(t("restore_needs_passphrase", file=path.name)) from exc
    except dbmod.DatabaseError as exc:
        raise UserError(t("restore_not_bruecke", file=path.name, reason=str(exc))) from exc
    if result != "ok":
        raise UserError(t("restore_damaged", file=path.name, reason=result))
    conn = dbmod.connect_raw(path, key, readonly=True)
    try:
        kind_of_db, tables = dbmod.database_kind(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    if kind_of_db != "bruecke":
        reason = "leer" if kind_of_db == "empty" else "Tabellen: " + ", ".join(tables[:5])
        raise UserError(t("restore_not_bruecke", file=path.name, reason=reason))
    if version > LATEST_VERSION:
        raise UserError(t("restore_too_new", file=path.name, version=version))
    return inspect_file(path, key)


def _source_passphrase(path: Path, current: str | None, given: str | None) -> str | None:
    """The passphrase to read a backup with: its own (given), else the database's (encrypted files only)."""
    if dbmod.file_kind(path) != "encrypted":
        return None
    return given or current


def needs_own_passphrase(path: Path) -> bool:
    """True for an encrypted backup the open database's passphrase does not open (an older passphrase, or the
    database is not encrypted): the user must give the backup's own passphrase."""
    if dbmod.file_kind(path) != "encrypted":
        return False
    passphrase = dbmod.passphrase_of(db_proxy.obj)
    if not passphrase:
        return True
    try:
        dbmod.quick_check(path, passphrase)
    except dbmod.WrongPassphrase:
        return True
    except dbmod.DatabaseError:
        return False
    return False


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restore.part")


def _prepare(backup_path: Path, source_passphrase: str | None, staged: Path, passphrase: str | None,
             erasures: list[privacy.ErasureEntry]) -> int:
    """Copy the backup into `staged` (keyed like the live file), upgrade its schema and replay the erasures
    there – the erased persons never reach the live file. Returns how many erasures were replayed."""
    dbmod.copy_database(backup_path, source_passphrase, staged, passphrase)
    work = dbmod.make_database(staged, passphrase)
    try:
        work.connect()
        dbmod.migrate(work, None)  # the backup itself is the copy of the old state
        replayed = privacy.replay_erasures(erasures, work)
        privacy.checkpoint(work)
        work.execute_sql("PRAGMA journal_mode=DELETE")
        result = work.execute_sql("PRAGMA quick_check").fetchone()[0]
    finally:
        work.close()
    if result != "ok":
        raise UserError(t("restore_damaged", file=backup_path.name, reason=result))
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    return replayed


def restore(backup_path: Path | str, progress: Callable[[str], None] | None = None, *,
            backup_passphrase: str | None = None) -> RestoreResult:
    """Replace the open database's contents with a backup; the current state is kept aside as a backup.

    The backup is checked completely first, then copied into a staged file beside the database where the
    schema is upgraded and every erasure of the erasure log is replayed; only then is the staged file
    written into the live database through the backup API – one transaction, so a crash at any moment
    leaves either the old state or the restored one with all erasures applied. `backup_passphrase`: the
    backup's own passphrase (an older one, or for a backup that is encrypted while the database is not)."""
    if engine.is_server(db_proxy.obj):
        return backup_pg.restore(backup_path, progress)
    say = progress or (lambda text: None)
    backup_path = Path(backup_path)
    db = db_proxy.obj
    db_path = current_db_path()
    if dbmod.is_readonly(db):
        raise UserError(t("db_readonly"))
    passphrase = dbmod.passphrase_of(db)
    say("Sicherung prüfen …")
    source_key = _source_passphrase(backup_path, passphrase, backup_passphrase)
    info = validate_source(backup_path, source_key)
    erasures = privacy.erasure_entries()
    say("Aktuellen Stand beiseitelegen …")
    aside = make_backup("replaced", rotate_after=False)
    staged = staged_path(db_path)
    try:
        say("Sicherung vorbereiten, Schema und Löschprotokoll nachführen …")
        replayed = _prepare(backup_path, source_key, staged, passphrase, erasures)
        say("Sicherung zurückschreiben …")
        source = dbmod.connect_raw(staged, passphrase, readonly=True)
        try:
            source.backup(db.connection())  # one write transaction on the live file: all or nothing
        finally:
            source.close()
    except Exception as exc:
        if dbmod.is_disk_full(exc):
            raise UserError(t("disk_full", where=db_path.parent)) from exc
        raise
    finally:
        dbmod.remove_with_companions(staged)
    privacy.checkpoint()
    log.info("restored %s (schema %s), %d erasures replayed", backup_path.name, info.schema_version, replayed)
    if erasures:
        scrub_backups(erasures)  # the restored backup itself still held the erased persons
    return RestoreResult(backup_path, aside, dbmod.schema_version(db), replayed)


def erasures_for_offline_restore(db_path: Path, passphrase: str | None, *,
                                 ignore_unreadable_log: bool = False) -> list[privacy.ErasureEntry]:
    """Erasures to replay when a damaged file is replaced: its own log, merged with the logs of every readable
    backup in the folder. An unreadable own log stops the restore unless `ignore_unreadable_log`."""
    lists = []
    try:
        lists.append(privacy.erasure_entries_from_file(db_path, passphrase))
    except privacy.ErasureLogUnreadable:
        if not ignore_unreadable_log:
            raise
        log.warning("restoring without the damaged file's erasure log (confirmed by the user)")
    directory = paths.default_backup_dir(db_path)
    for path in sorted(directory.glob(f"{db_path.stem}-*.db")) if directory.is_dir() else []:
        kind = dbmod.file_kind(path)
        if kind == "sqlite" or (kind == "encrypted" and passphrase):
            try:
                lists.append(privacy.erasure_entries_from_file(path, passphrase if kind == "encrypted" else None))
            except privacy.ErasureLogUnreadable:
                continue  # a secondary source; logged inside
    return privacy.merge_entries(*lists)


def restore_offline(backup_path: Path | str, db_path: Path, passphrase: str | None = None, *,
                    backup_passphrase: str | None = None, ignore_unreadable_log: bool = False) -> tuple[Path, int]:
    """Put a backup in place of a database that must not be opened (damaged), with the erasures replayed
    before it takes the file's place. Returns (damaged file kept aside, erasures replayed). The caller holds
    the instance lock."""
    backup_path = Path(backup_path)
    source_key = _source_passphrase(backup_path, passphrase, backup_passphrase)
    validate_source(backup_path, source_key)
    erasures = erasures_for_offline_restore(db_path, passphrase, ignore_unreadable_log=ignore_unreadable_log)
    staged = staged_path(db_path)
    try:
        replayed = _prepare(backup_path, source_key, staged, passphrase, erasures)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = db_path.with_name(f"{db_path.stem}-{stamp}-damaged.db")
        for suffix in ("", "-wal"):  # a copy: the damaged file keeps its place until the staged one replaces it
            original = Path(str(db_path) + suffix)
            if original.exists():
                shutil.copyfile(original, Path(str(aside) + suffix))
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        dbmod.fsync_dir(db_path.parent)
    finally:
        dbmod.remove_with_companions(staged)
    return aside, replayed


def backup_before(reason: str = "import") -> Path | None:
    """Alias of `before_risky_action` (the name the import service looks for)."""
    return before_risky_action(reason)
