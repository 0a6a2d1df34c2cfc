"""Keeping the backup folder clean: leftovers of killed runs (`….part` – full copies of the office), erasures
carried into every backup that still holds the person, and plaintext copies after encryption."""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.models import Setting, db_proxy
from app.models import database as dbmod
from app.services import privacy
from app.services.backup_paths import backup_dir, current_db_path
from app.services.backup_paths import parse_name as _parse

log = logging.getLogger(__name__)


PARTIAL_PATTERNS = ("*.db.part", "*.db.part-wal", "*.db.part-shm", "*.db.part-journal", "*.db.crypt.part",
                    "*.db.crypt.part-journal", "*.db.restore.part", "*.db.restore.part-wal",
                    "*.db.restore.part-shm", "*.db.restore.part-journal")


def partial_files(db_path: Path | None = None) -> list[Path]:
    """Leftovers of a backup, restore or encryption that was killed half-way (full copies of the office!)."""
    db_path = db_path or current_db_path()
    found: set[Path] = set()
    for directory in {backup_dir(db_path), db_path.parent}:
        if directory.is_dir():
            for pattern in PARTIAL_PATTERNS:
                found.update(p for p in directory.glob(pattern) if p.name.startswith(db_path.stem))
    return sorted(found)


def remove_partial_files(db_path: Path | None = None) -> int:
    """Delete the leftovers of interrupted runs. Only call while holding the instance lock (or nobody else can
    be writing a backup of this file); returns how many files were removed."""
    removed = 0
    for path in partial_files(db_path):
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove leftover %s: %s", path.name, exc.strerror)
    if removed:
        log.info("removed %d leftover file(s) of interrupted backups", removed)
    return removed


# --- erasures reach the backups ----------------------------------------------------------------------------

@dataclass
class BackupScrub:
    cleaned: list[Path] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)  # another passphrase, damaged: could not be cleaned


def _holds_unerased(path: Path, key: str | None, person_ids: list[int]) -> bool:
    conn = dbmod.connect_raw(path, key, readonly=True)
    try:
        marks = ",".join("?" * len(person_ids))
        return conn.execute(f"SELECT 1 FROM person WHERE id IN ({marks}) AND erased_at IS NULL LIMIT 1",
                            person_ids).fetchone() is not None
    finally:
        conn.close()


def _scrub_one(path: Path, key: str | None, entries: list[privacy.ErasureEntry]) -> None:
    """Apply the erasures to one backup file: a cleaned, compacted copy replaces it (never edited in place)."""
    work_path = path.with_name(path.name + ".part")
    try:
        dbmod.copy_database(path, key, work_path, key)
        work = dbmod.make_database(work_path, key)
        try:
            work.connect()
            dbmod.migrate(work, None)
            if not privacy.replay_erasures(entries, work):  # nobody new: the statistics may still name someone
                privacy._refresh_statistics(work)
            privacy.checkpoint(work)
            work.execute_sql("PRAGMA journal_mode=DELETE")
            work.execute_sql("VACUUM")  # no freed page keeps an old value
            result = work.execute_sql("PRAGMA quick_check").fetchone()[0]
        finally:
            work.close()
        if result != "ok":
            raise dbmod.DatabaseError(f"{path.name}: {result}")
        with open(work_path, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(work_path, path)
    finally:
        dbmod.remove_with_companions(work_path)


def _timestamp(when: object) -> float:
    if isinstance(when, dt.datetime):
        return when.timestamp()
    try:
        return dt.datetime.fromisoformat(str(when)).timestamp()
    except ValueError:
        return dt.datetime.now().timestamp()


def scrub_backups(entries: list[privacy.ErasureEntry] | None = None) -> BackupScrub:
    """After an erasure (or a restore): erase the same persons in every backup of this office that still holds
    them, so no copy Brücke keeps can bring them back. Backups with another passphrase are listed."""
    entries = privacy.erasure_entries() if entries is None else entries
    outcome = BackupScrub()
    if not entries:
        return outcome
    db_path = current_db_path()
    passphrase = dbmod.passphrase_of(db_proxy.obj)
    person_ids = sorted({entry[0] for entry in entries})
    # a file written after the newest erasure cannot hold anyone erased (checked ones are touched below), so a
    # normal start opens no backup at all – with SQLCipher each opening costs a key derivation
    settled = max(_timestamp(entry[1]) for entry in entries) + 2
    directory = backup_dir(db_path)
    files = set(directory.glob(f"{db_path.stem}-*.db")) if directory.is_dir() else set()
    files.update(db_path.parent.glob(f"{db_path.stem}-*-damaged.db"))  # damaged files kept aside hold names too
    for path in sorted(p for p in files if _parse(p, db_path.stem) is not None):
        if path.stat().st_mtime > settled:
            continue
        kind = dbmod.file_kind(path)
        key = passphrase if kind == "encrypted" else None
        try:
            if kind not in ("sqlite", "encrypted") or (kind == "encrypted" and not passphrase):
                raise dbmod.DatabaseError("unreadable")
            if not _holds_unerased(path, key, person_ids):
                os.utime(path)  # checked: nobody erased is in it
                continue
            _scrub_one(path, key, entries)
            outcome.cleaned.append(path)
        except Exception as exc:  # noqa: BLE001 - one backup that cannot be cleaned is reported, not fatal
            if dbmod.is_disk_full(exc):
                log.warning("no space to clean backup %s", path.name)
            else:
                log.warning("backup %s not cleaned: %s", path.name, type(exc).__name__)
            outcome.unreadable.append(path)
    if outcome.cleaned:
        log.info("erasures applied to %d backup(s)", len(outcome.cleaned))
    return outcome


# --- plaintext copies after encryption ---------------------------------------------------------------------

def plain_copies(db_path: Path | None = None) -> list[Path]:
    """Unencrypted copies of this office that Brücke made: backups, damaged files kept aside, leftovers."""
    db_path = db_path or current_db_path()
    found: set[Path] = set()
    candidates = set(backup_dir(db_path).glob(f"{db_path.stem}-*.db")) if backup_dir(db_path).is_dir() else set()
    candidates.update(db_path.parent.glob(f"{db_path.stem}-*-damaged.db"))
    found.update(p for p in candidates if _parse(p, db_path.stem) is not None and dbmod.file_kind(p) == "sqlite")
    found.update(p for p in partial_files(db_path) if p.exists())
    found.discard(db_path)
    return sorted(found)


def encrypt_plain_copies(paths_: list[Path], passphrase: str) -> tuple[list[Path], list[Path]]:
    """Encrypt plain backups in place with `passphrase`; returns (encrypted, left as they were)."""
    done, failed = [], []
    for path in paths_:
        try:
            if path.name.endswith(".db") and dbmod.quick_check(path) == "ok":
                dbmod.change_encryption(path, None, passphrase)
                done.append(path)
                continue
        except (dbmod.DatabaseError, OSError) as exc:
            log.warning("could not encrypt %s: %s", path.name, type(exc).__name__)
        failed.append(path)
    return done, failed


def delete_files(paths_: list[Path]) -> list[Path]:
    """Delete files (with their journal companions); returns the ones that could not be deleted."""
    failed = []
    for path in paths_:
        try:
            dbmod.remove_with_companions(path)
        except OSError as exc:
            log.warning("could not delete %s: %s", path.name, exc.strerror)
            failed.append(path)
    return failed



# --- an encrypted office keeps no plaintext copy (also after a kill during `bruecke encrypt`) -------------------

PLAIN_CHOICE_KEY = "plain_backups_after_encryption"  # encrypt | delete | keep – what the user chose in `encrypt`
PLAIN_CHOICES = ("encrypt", "delete", "keep")


@dataclass
class PlainCopies:
    """What became of the plaintext copies of an encrypted office."""

    encrypted: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)  # still plaintext: kept by choice, damaged or busy


def remember_plain_choice(mode: str) -> None:
    """Written into the office right before it is encrypted, so the encrypted file carries it: a start after a
    run killed between the encryption and the plaintext step finishes that step the way the user chose."""
    if mode not in PLAIN_CHOICES:
        raise ValueError(mode)
    Setting.insert(key=PLAIN_CHOICE_KEY, value=mode).on_conflict_replace().execute()


def plain_choice() -> str:
    row = Setting.get_or_none(Setting.key == PLAIN_CHOICE_KEY)
    return row.value if row is not None and row.value in PLAIN_CHOICES else "encrypt"


def settle_plain_copies(*, act: bool = True) -> PlainCopies:
    """For an encrypted office: its plaintext copies (backups, damaged files kept aside, leftovers) are
    encrypted with its key or deleted, as chosen in `bruecke encrypt` (default: encrypt) – this resumes an
    encryption that was killed after the office itself was encrypted. `act=False` (another Brücke holds the
    lock) or the choice "keep": nothing is changed and `left` names the files that still hold plaintext."""
    outcome = PlainCopies()
    db = db_proxy.obj
    passphrase = dbmod.passphrase_of(db)
    if not passphrase or dbmod.is_readonly(db):
        return outcome
    plain = plain_copies()
    if not act:  # a `.part` may be another instance's backup in progress (encrypted, being written)
        outcome.left = [p for p in plain if ".part" not in p.name]
        return outcome
    choice = plain_choice()
    if choice == "encrypt" and plain:
        outcome.encrypted, plain = encrypt_plain_copies(plain, passphrase)
    elif choice == "delete" and plain:
        failed = delete_files(plain)
        outcome.deleted, plain = [p for p in plain if p not in failed], failed
    if outcome.encrypted or outcome.deleted:
        log.warning("plaintext copies of the encrypted office: %d encrypted, %d deleted", len(outcome.encrypted),
                    len(outcome.deleted))
        _UNTOLD.encrypted += outcome.encrypted
        _UNTOLD.deleted += outcome.deleted
    outcome.left = plain
    return outcome


_UNTOLD = PlainCopies()  # settled during a start (startup.tidy) – the command line tells the user afterwards


def take_untold() -> PlainCopies:
    """What `settle_plain_copies` did that nobody has told the user yet (emptied by the call)."""
    global _UNTOLD
    told, _UNTOLD = _UNTOLD, PlainCopies()
    return told


# --- statistics written before erasures rebuilt statistics (offices erased with an older Brücke) --------------

STATS_KEY = "statistics_clean_after_erasure"  # the newest erasure_log id whose names no statistics hold


def _has_statistics(path: Path, key: str | None) -> bool:
    conn = dbmod.connect_raw(path, key, readonly=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").fetchone() is not None
    finally:
        conn.close()


def refresh_stale_statistics() -> int:
    """Once per new erasure (also those made before erasures rebuilt SQLite's statistics): rebuild the
    statistics of the office and of every kept backup that has some – ANALYZE samples held erased names and
    e-mails verbatim. Call with the instance lock held; returns how many backups were rewritten."""
    import peewee as pw

    db = db_proxy.obj
    if not isinstance(db, pw.SqliteDatabase) or dbmod.is_readonly(db):
        return 0
    newest = db.execute_sql("SELECT max(id) FROM erasure_log").fetchone()[0]
    row = Setting.get_or_none(Setting.key == STATS_KEY)
    if not newest or (row is not None and row.value == str(newest)):
        return 0
    with db.atomic():
        privacy._refresh_statistics(db)
        Setting.insert(key=STATS_KEY, value=str(newest)).on_conflict_replace().execute()
    privacy.checkpoint(db)
    entries = privacy.erasure_entries()
    db_path = current_db_path()
    passphrase = dbmod.passphrase_of(db)
    directory = backup_dir(db_path)
    rewritten = 0
    for path in sorted(directory.glob(f"{db_path.stem}-*.db")) if directory.is_dir() else []:
        if _parse(path, db_path.stem) is None:
            continue
        kind = dbmod.file_kind(path)
        key = passphrase if kind == "encrypted" else None
        try:
            if kind == "sqlite" or (kind == "encrypted" and passphrase):
                if _has_statistics(path, key):
                    _scrub_one(path, key, entries)
                    rewritten += 1
        except Exception as exc:  # noqa: BLE001 - reported in the log; the next erasure tries again
            log.warning("statistics of backup %s not rebuilt: %s", path.name, type(exc).__name__)
    if rewritten:
        log.info("statistics rebuilt in %d backup(s) after erasures", rewritten)
    return rewritten


def mark_statistics_clean() -> None:
    """After an erasure that rebuilt the statistics in the office and in the backups it cleaned: no need to
    do it again at the next start. Only once the first pass (`refresh_stale_statistics`) has run – backups
    from erasures made by an older version are rebuilt there."""
    row = Setting.get_or_none(Setting.key == STATS_KEY)
    if row is None:
        return
    newest = db_proxy.obj.execute_sql("SELECT max(id) FROM erasure_log").fetchone()[0]
    Setting.update(value=str(newest)).where(Setting.key == STATS_KEY).execute()
