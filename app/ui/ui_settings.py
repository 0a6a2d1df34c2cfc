"""The GUI's own settings file (window geometry, splitters, column widths) – not office data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths


def ui_settings() -> QSettings:
    """Window geometry, splitters and column widths: an INI file in the config folder (tests: BRUECKE_HOME)."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
