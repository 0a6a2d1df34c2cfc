"""Einstellungen → "Datensicherung und Datenschutz": the backup folder and rotation, "Jetzt sichern",
restore, the change log and the retention review. The widget is app/ui/backup_panel.py; its folder and
rotation are saved with its own "Übernehmen" (they take effect for the next backup at once)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.ui.backup_panel import BackupPanel
from app.ui.settings.base import SettingsSection


class BackupSettings(BackupPanel, SettingsSection):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def load(self) -> None:
        self.refresh()
