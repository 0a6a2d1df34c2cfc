"""GUI parts of issue 17: restoring a backup with its own (older) passphrase, the read-only banner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMessageBox

from app.models import Person, close_database, open_database
from app.models import database as dbmod
from app.services import backup, contacts


def test_restore_dialog_asks_for_an_older_backups_passphrase(db_path: Path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from app.ui.backup_panel import RestoreDialog

    open_database(db_path, passphrase="alt")
    contacts.create_person({"last_name": "Aus alter Zeit"})
    backup.make_backup()
    close_database()
    dbmod.change_encryption(db_path, "alt", "neu")
    open_database(db_path, passphrase="neu")
    contacts.create_person({"last_name": "Neu"})
    try:
        dialog = RestoreDialog()
        qtbot.addWidget(dialog)
        item = dialog.tree.topLevelItem(0)
        assert item.text(2) == "anderes Kennwort" and not item.isDisabled()
        asked: list[str] = []

        def answer(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            asked.append(args[2])
            return "alt", True

        monkeypatch.setattr(QInputDialog, "getText", answer)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
        assert asked and "anderen Kennwort" in asked[0]
        assert [p.last_name for p in Person.select()] == ["Aus alter Zeit"]
    finally:
        close_database()


def test_a_read_only_office_shows_a_banner(db_path: Path, qtbot) -> None:  # noqa: ANN001
    from app.ui.startup_dialogs import add_readonly_banner

    open_database(db_path)
    contacts.create_person({"last_name": "Lesbar"})
    close_database()
    window = QMainWindow()
    qtbot.addWidget(window)
    open_database(db_path)
    try:
        assert add_readonly_banner(window) is None  # a writable office has no banner
    finally:
        close_database()
    open_database(db_path, readonly=True)
    try:
        bar = add_readonly_banner(window)
        assert bar is not None and "Schreibgeschützt" in bar.widgetForAction(bar.actions()[0]).text()
        assert "schreibgeschützt" in window.windowTitle()
    finally:
        close_database()
