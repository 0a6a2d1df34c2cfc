"""Where an office's backups live and how their names read (`office-20261123-093000-manual.db`)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app import paths
from app.models import database as dbmod
from app.models import db_proxy
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


def backup_dir(db_path: Path | None = None) -> Path:
    """The configured backup folder (setting `backup_dir`, may be another drive) or `backups/` beside the db."""
    configured = settings.get("backup_dir").strip() if db_proxy.obj is not None else ""
    if configured:
        return Path(configured).expanduser()
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
