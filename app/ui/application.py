"""Starts the Qt application over one database file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.models import open_database
from app.ui.main_window import MainWindow


def run_gui(db_path: Path, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Brücke")
    app.setOrganizationName("Bruecke")
    open_database(db_path)
    window = MainWindow(db_path)
    window.show()
    if smoke:
        app.processEvents()
        window.close()
        return 0
    QTimer.singleShot(0, window.raise_)
    return app.exec()
