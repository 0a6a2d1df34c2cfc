"""Backups and restore: SQLite's backup API into a temp file, flushed, checked, renamed into place.

- `daily_backup_if_due()` on start (at most once a calendar day),
- `before_risky_action(reason)` before imports, erasures and restores (migrations back up in
  app/models/database.py, into the same folder),
- rotation keeps everything from the last 24 hours plus the newest backup of each of the last
  `backup_keep_daily` days, `backup_keep_weekly` ISO weeks and `backup_keep_monthly` months,
- `restore()` writes a backup into the open database through the backup API (one atomic write), keeps the
  current state aside as a backup, upgrades an older schema and replays the erasure log,
- `restore_offline()` replaces a damaged file that must not be opened (it is renamed aside, not deleted).

Never a plain file copy of a live database. Backups of an encrypted database are encrypted with its key.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.models import database as dbmod
from app.models import db_proxy
from app.models.migrations import LATEST_VERSION
from app.services import settings
from app.services.errors import UserError

log = logging.getLogger(__name__)

REASONS = ("daily", "manual", "import", "erasure", "restore", "replaced", "migration", "damaged", "encryption")
_STAMP = re.compile(r"(\d{8}-\d{6})")
COUNT_TABLES = {"person": "Kontakte", "organization": "Organisationen", "network": "Gremien",
                "appointment": "Termine", "attendance": "Teilnahmen"}


@dataclass
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    encrypted: bool
    schema_version: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    readable: bool = True
    problem: str = ""


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept_aside: Path
    schema_version: int
    replayed_erasures: int


# --- where ------------------------------------------------------------------------------------------------

def current_db_path() -> Path:
    db = db_proxy.obj
    if db is None:
        raise UserError("Keine Datenbank geöffnet.")
    return Path(db.database)


def backup_dir(db_path: Path | None = None) -> Path:
    """The configured backup folder (setting `backup_dir`, may be another drive) or `backups/` beside the db."""
    configured = settings.get("backup_dir").strip() if db_proxy.obj is not None else ""
    if configured:
        return Path(configured).expanduser()
    return paths.default_backup_dir(db_path or current_db_path())


def _keep(key: str) -> int:
    try:
        return max(0, int(settings.get(key)))
    except ValueError:
        return int(settings.DEFAULTS[key])


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
    db = db_proxy.obj
    db_path = current_db_path()
    directory = backup_dir(db_path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Der Sicherungsordner {directory} ist nicht erreichbar ({exc.strerror}). "
                        "Bitte in den Einstellungen einen anderen Ordner wählen.") from exc
    target = _target(directory, db_path.stem, reason, now or dt.datetime.now())
    try:
        dbmod.backup_file(db.connection(), target, dbmod.passphrase_of(db))
    except OSError as exc:
        raise UserError(f"Die Sicherung nach {directory} ist fehlgeschlagen ({exc.strerror}); die Datenbank "
                        "ist unverändert.") from exc
    log.info("backup written: %s (%s)", target.name, reason)
    if rotate_after:
        rotate(now=now)
    return target


def before_risky_action(reason: str) -> Path:
    """A checked backup right before an import, erasure or restore. Call it before opening the transaction."""
    return make_backup(reason)


def daily_backup_if_due(now: dt.datetime | None = None) -> Path | None:
    """On start: back up unless a backup of this database was already made today."""
    now = now or dt.datetime.now()
    newest = list_backups(inspect=False)
    if newest and newest[0].created.date() >= now.date():
        return None
    return make_backup("daily", now=now)


# --- listing ----------------------------------------------------------------------------------------------

def _parse(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    name = path.name
    if not name.startswith(stem + "-") or not name.endswith(".db"):
        return None
    match = _STAMP.search(name[len(stem):])
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    if "-before-v" in name:
        return created, "migration"
    rest = name[len(stem) + 1 + match.end():-3].lstrip("-")
    reason = rest.split("-")[0] if rest else "manual"
    return created, reason if reason in REASONS else "manual"


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

def plan_rotation(items: list[tuple[dt.datetime, Path]], now: dt.datetime, daily: int, weekly: int,
                  monthly: int) -> set[Path]:
    """The paths to keep: all from the last 24 hours plus the newest of each recent day, week and month."""
    keep = {path for created, path in items if now - created < dt.timedelta(days=1)}
    newest_first = sorted(items, reverse=True)
    for count, key in ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
                       (monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for created, path in newest_first:
            bucket = key(created)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(path)
    return keep


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

def _verify(path: Path, passphrase: str | None) -> BackupInfo:
    if not path.is_file():
        raise UserError(f"Die Sicherung {path} gibt es nicht.")
    encrypted = dbmod.is_encrypted(path)
    try:
        result = dbmod.quick_check(path, passphrase if encrypted else None)
    except dbmod.PassphraseRequired as exc:
        raise UserError(f"Die Sicherung {path.name} ist verschlüsselt; bitte die Datenbank mit ihrem Kennwort "
                        "öffnen.") from exc
    except dbmod.WrongPassphrase as exc:
        raise UserError(f"Die Sicherung {path.name} ist mit einem anderen Kennwort verschlüsselt.") from exc
    if result != "ok":
        raise UserError(f"Die Sicherung {path.name} ist beschädigt ({result}); es wurde nichts geändert.")
    info = inspect_file(path, passphrase)
    if (info.schema_version or 0) > LATEST_VERSION:
        raise UserError(f"Die Sicherung {path.name} stammt von einer neueren Brücke-Version "
                        f"(Schema {info.schema_version}).")
    if not info.schema_version:
        raise UserError(f"Die Datei {path.name} ist keine Brücke-Sicherung.")
    return info


def restore(backup_path: Path | str, progress: Callable[[str], None] | None = None) -> RestoreResult:
    """Replace the open database's contents with a backup; the current state is kept aside as a backup."""
    from app.services import privacy

    say = progress or (lambda text: None)
    backup_path = Path(backup_path)
    db = db_proxy.obj
    db_path = current_db_path()
    passphrase = dbmod.passphrase_of(db)
    say("Sicherung prüfen …")
    info = _verify(backup_path, passphrase)
    if info.encrypted != bool(passphrase):
        raise UserError("Die Sicherung ist " + ("verschlüsselt, die Datenbank nicht" if info.encrypted else
                        "unverschlüsselt, die Datenbank verschlüsselt") + ". Bitte die Datenbank zuerst "
                        "passend umstellen (bruecke encrypt).")
    erasures = privacy.erasure_entries()
    say("Aktuellen Stand beiseitelegen …")
    aside = make_backup("replaced", rotate_after=False)
    say("Sicherung zurückschreiben …")
    source = dbmod.connect_raw(backup_path, passphrase, readonly=True)
    try:
        source.backup(db.connection())  # one write transaction on the live file: all or nothing
    finally:
        source.close()
    say("Schema und Löschprotokoll nachführen …")
    dbmod.migrate(db, db_path)
    replayed = privacy.replay_erasures(erasures)
    privacy.checkpoint()
    log.info("restored %s (schema %s), %d erasures replayed", backup_path.name, info.schema_version, replayed)
    return RestoreResult(backup_path, aside, dbmod.schema_version(db), replayed)


def restore_offline(backup_path: Path | str, db_path: Path, passphrase: str | None = None) -> tuple[Path, list]:
    """Put a backup in place of a database that must not be opened (damaged). Returns (damaged file kept
    aside, erasure entries read from it where still readable) – open the database, then
    `privacy.replay_erasures(entries)`."""
    from app.services import privacy

    backup_path = Path(backup_path)
    if dbmod.is_encrypted(backup_path) and not passphrase:
        raise UserError(f"Die Sicherung {backup_path.name} ist verschlüsselt; bitte das Kennwort angeben.")
    _verify_offline(backup_path, passphrase)
    erasures = privacy.erasure_entries_from_file(db_path, passphrase)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}-{stamp}-damaged.db")
    if db_path.exists():
        db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(str(db_path) + suffix)
        if companion.exists():
            companion.replace(Path(str(aside) + suffix))
    source = dbmod.connect_raw(backup_path, passphrase, readonly=True)
    try:
        dbmod.backup_file(source, db_path, passphrase)
    finally:
        source.close()
    return aside, erasures


def _verify_offline(path: Path, passphrase: str | None) -> None:
    if not path.is_file():
        raise UserError(f"Die Sicherung {path} gibt es nicht.")
    try:
        result = dbmod.quick_check(path, passphrase)
    except dbmod.DatabaseError as exc:
        raise UserError(str(exc)) from exc
    if result != "ok":
        raise UserError(f"Die Sicherung {path.name} ist beschädigt ({result}).")


def backup_before(reason: str = "import") -> Path:
    """Alias of `before_risky_action` (the name the import service looks for)."""
    return before_risky_action(reason)
