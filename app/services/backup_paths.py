"""Where an office's backups live, how their names read (`office-20261123-093000-manual.db`), what a backup
is (`BackupInfo`) and which ones the rotation keeps – shared by the file engine (backup.py) and the server
engine (backup_pg.py), so neither imports the other."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.models import database as dbmod
from app.models import db_proxy, engine
from app.services import settings
from app.services.errors import UserError
from app.services.messages import t

REASONS = ("daily", "manual", "import", "erasure", "restore", "replaced", "migration", "damaged", "encryption")
_STAMP = re.compile(r"(\d{8}-\d{6})")


def current_db_path() -> Path:
    db = db_proxy.obj
    if db is None:
        raise UserError(t("no_database_open"))
    return dbmod.database_path(db)


SERVER_BACKUPS = "server-backups"  # the server's dumps, in this computer's data folder (no file to sit beside)


def backup_dir(db_path: Path | None = None) -> Path:
    """The configured backup folder (setting `backup_dir`, may be another drive) or `backups/` beside the db –
    for an open office server `server-backups/` in the data folder."""
    configured = settings.get("backup_dir").strip() if db_proxy.obj is not None else ""
    if configured:
        return Path(configured).expanduser()
    return default_backup_dir(db_path)


def default_backup_dir(db_path: Path | None = None) -> Path:
    """The folder used while the setting `backup_dir` is empty."""
    if db_path is None and engine.is_server(db_proxy.obj):
        return paths.data_dir() / SERVER_BACKUPS
    return paths.default_backup_dir(db_path or current_db_path())


def parse_name(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
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


# --- what a backup is and which ones are kept (shared by the file and the server engine) ---------------

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


def _keep(key: str) -> int:
    try:
        return max(0, int(settings.get(key)))
    except ValueError:
        return int(settings.DEFAULTS[key])


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
