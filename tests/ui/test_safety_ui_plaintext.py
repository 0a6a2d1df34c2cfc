"""A GUI start on an encrypted office names the plaintext copies still beside it and offers to delete them
(QA after issue 17: a kill during `bruecke encrypt` left `backups/…-manual.db` in plaintext without a word)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import close_database, open_database
from app.models import database as dbmod
from app.services import backup, contacts


def _encrypted_office_with_a_kept_plain_backup(db_path: Path) -> Path:
    contacts.create_person({"first_name": "Ottilie", "last_name": "Quxbelwintzer"})
    plain = backup.make_backup("manual")
    backup.remember_plain_choice("keep")
    close_database()
    dbmod.change_encryption(db_path, None, "geheim")
    open_database(db_path, passphrase="geheim")
    return plain


def _answer(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
    QTimer.singleShot(50, click)


def test_start_names_plaintext_copies_and_deletes_them_when_asked(db, db_path: Path, qtbot) -> None:  # noqa: ANN001
    from app.ui.startup_dialogs import warn_plain_copies

    plain = _encrypted_office_with_a_kept_plain_backup(db_path)
    seen: list[str] = []
    original = QMessageBox.exec

    def record(box: QMessageBox) -> int:
        seen.append(box.text())
        return original(box)

    QMessageBox.exec = record  # type: ignore[method-assign]
    try:
        _answer("Behalten")
        assert warn_plain_copies(None) == [plain]
        assert str(plain) in seen[-1] and plain.exists()
        _answer("Unverschlüsselte Kopien löschen")
        assert warn_plain_copies(None) == []
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
    assert not plain.exists()
    assert warn_plain_copies(None) == []  # nothing left: no question
