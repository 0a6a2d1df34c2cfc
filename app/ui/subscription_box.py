"""Einstellungen → "Kalender-Abonnement": the folder where Brücke keeps `bruecke.ics` current.

Choosing a folder (e.g. a synced OneDrive or Nextcloud folder) saves the setting at once and writes the
file; from then on every appointment change rewrites it (app/services/subscription.py). Outlook, Thunderbird
and phones subscribe to the synced file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import settings, subscription
from app.ui.retranslate import Retranslating


class SubscriptionBox(Retranslating, QGroupBox):
    WRITE_CONTROLS = ("choose_button", "clear_button")  # app/ui/role_gate.py: locked for a reader
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionBox")
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(lambda: self.set_folder(""))
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        self.caption = QLabel(self)
        self.caption.setBuddy(self.folder)
        row.addWidget(self.caption)
        row.addWidget(self.folder, 1)
        for button in (self.choose_button, self.clear_button, self.open_button):
            row.addWidget(button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("subscriptionStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts, then the folder and status again (their wording is translated too)."""
        self.setTitle(self.tr("Kalender-Abonnement"))
        self.caption.setText(self.tr("&Ordner:"))
        self.choose_button.setText(self.tr("Ordner wählen …"))
        self.clear_button.setText(self.tr("Abschalten"))
        self.open_button.setText(self.tr("Ordner öffnen"))
        self.note.setText(self.tr(
            "Brücke hält in diesem Ordner die Datei bruecke.ics aktuell (Termine der letzten 3 und der nächsten "
            "12 Monate, vertrauliche ohne Einzelheiten). Liegt der Ordner in OneDrive oder Nextcloud, können "
            "Outlook und das Telefon diesen Kalender abonnieren."))
        self.folder.setPlaceholderText(self.tr("kein Ordner – keine Abo-Datei"))
        self.folder.setAccessibleName(self.tr("Ordner der Abo-Datei"))
        self.load()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def load(self) -> None:
        try:
            folder = subscription.folder()
        except Exception:  # noqa: BLE001 - no database open (first start)
            folder = None
        self.folder.setText(str(folder) if folder else "")
        self.clear_button.setEnabled(folder is not None)
        self.open_button.setEnabled(folder is not None and folder.is_dir())
        target = subscription.target() if folder is not None else None
        if target is None:
            self.status.setText("")
        elif target.exists():
            self.status.setText(self.tr("Abo-Datei: %1").replace("%1", str(target)))
        else:
            self.status.setText(self.tr("Noch keine Datei in %1").replace("%1", str(folder)))

    def choose(self, folder: str | None = None) -> bool:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Abo-Datei wählen"),
                                                      self.folder.text() or str(Path.home()))
            if not folder:
                return False
        return self.set_folder(folder)

    def set_folder(self, folder: str) -> bool:
        settings.update({subscription.SETTING: folder})
        if not folder:
            self.load()
            return True
        try:
            written = subscription.write()
        except OSError as exc:
            self.load()
            self.status.setText(self.tr("Die Abo-Datei konnte nicht geschrieben werden: %1").replace("%1", str(exc)))
            return False
        self.load()
        if written is not None:
            path, count = written
            self.status.setText((self.tr("1 Termin in %2 geschrieben.") if count == 1 else
                                 self.tr("%1 Termine in %2 geschrieben.")).replace("%1", str(count))
                                .replace("%2", str(path)))
        return True

    def open_folder(self) -> None:
        folder = subscription.folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
