"""Einstellungen → "Datenablage": the one database file that holds the office's data, and its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.models import db_proxy
from app.ui.settings.base import SettingsBox


def database_path() -> Path | None:
    """The open database file, if any (peewee keeps the path it was opened with)."""
    database = getattr(db_proxy, "obj", None)
    name = getattr(database, "database", None)
    return Path(name) if isinstance(name, str) and name not in ("", ":memory:") else None


class DataSettings(SettingsBox):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db_path, parent)
        self.data_path = QLabel()
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_data_folder)
        row = QHBoxLayout(self)
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_folder_button)
        self.retranslate()

    def path(self) -> Path | None:
        return self.db_path or database_path()

    def load(self) -> None:
        path = self.path()
        self.data_path.setText(str(path) if path else self.tr("(keine Datei geöffnet)"))
        self.open_folder_button.setEnabled(path is not None)

    def data_folder_url(self) -> QUrl | None:
        path = self.path()
        return QUrl.fromLocalFile(str(path.resolve().parent)) if path else None

    def open_data_folder(self) -> None:
        url = self.data_folder_url()
        if url is not None and not QDesktopServices.openUrl(url):
            QMessageBox.information(self, self.tr("Ordner öffnen"),
                                    self.tr("Der Ordner ließ sich nicht öffnen:\n%1").replace("%1", url.toLocalFile()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Datenablage"))
        self.open_folder_button.setText(self.tr("Ordner ö&ffnen"))
        self.data_path.setToolTip(self.tr("Alle Daten des Büros liegen in dieser einen Datei."))
        self.load()
