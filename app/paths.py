"""Where Brücke keeps its files. The one module that decides; tests and `--db` override it.

Environment overrides: BRUECKE_DB (database file), BRUECKE_HOME (a folder that replaces every platform
directory – used by tests and portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Bruecke"
APP_AUTHOR = "Bruecke"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def _home() -> Path | None:
    value = os.environ.get("BRUECKE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    override = os.environ.get("BRUECKE_DB")
    return Path(override) if override else data_dir() / "bruecke.db"


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
