"""The main window (minimal until the GUI issue lands)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from app.services import maintenance


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Brücke – Büro der Integrationsbeauftragten"))
        counts = maintenance.counts()
        text = "\n".join(f"{label}: {count}" for label, count in counts.items())
        self.setCentralWidget(QLabel(f"{db_path}\n\n{text}"))
        self.resize(1280, 760)
