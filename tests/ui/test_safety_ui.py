from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.models import Person
from app.models.migrations import LATEST_VERSION
from app.services import backup, contacts, erasure, privacy


def test_backup_panel_backs_up_now_and_shows_the_status(db, qtbot) -> None:  # noqa: ANN001
    from app.ui.backup_panel import BackupPanel

    panel = BackupPanel()
    qtbot.addWidget(panel)
    assert "Noch keine Sicherung" in panel.status.text()
    assert panel.folder.placeholderText() == f"Standard: {backup.backup_dir()}"  # beside the office file
    panel.backup_now()
    qtbot.waitUntil(lambda: "Gesichert" in panel.message.text(), timeout=5000)
    assert len(backup.list_backups()) == 1 and "Letzte Sicherung" in panel.status.text()
    panel.keep_daily.setValue(3)
    panel.folder.setText("relativ/ordner")
    assert not panel.apply()
    panel.folder.setText("")
    assert panel.apply()
    from app.services import settings

    assert settings.get("backup_keep_daily") == "3"


def test_restore_dialog_lists_date_schema_and_counts_and_restores(db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from app.ui.backup_panel import RestoreDialog

    contacts.create_person({"last_name": "Gesichert"})
    backup.make_backup()
    contacts.create_person({"last_name": "Danach"})
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item.text(1) == "von Hand" and item.text(2) == str(LATEST_VERSION) and item.text(3) == "1"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert [p.last_name for p in Person.select()] == ["Gesichert"]
    assert "vorige Stand" in dialog.result_text


def test_privacy_tab_consent_history_and_erasure_confirmation(db, qtbot) -> None:  # noqa: ANN001
    from app.ui.privacy_tab import EraseConfirmation, PrivacyTab

    person = contacts.create_person({"first_name": "Rūta", "last_name": "Žemaitytė", "consent_date": "2025-03-01"})
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    tab.set_person(person.id)
    assert tab.consent_date.text() == "01.03.2025" and tab.history.topLevelItemCount() == 1
    tab.consent_withdrawn.setText("01.01.2024")
    assert not tab.save_consent() and "Widerrufen am" in tab.consent_error.text()
    tab.consent_withdrawn.setText("01.06.2025")
    tab.consent_purpose.setText("Einladungen")
    assert tab.save_consent()
    assert privacy.consent(person.id)["consent_withdrawn"] == dt.date(2025, 6, 1)
    confirm = EraseConfirmation("Rūta Žemaitytė")
    qtbot.addWidget(confirm)
    assert not confirm.ok.isEnabled()
    confirm.word.setText("löschen")
    assert not confirm.ok.isEnabled()
    confirm.word.setText("LÖSCHEN")
    assert confirm.ok.isEnabled()
    erasure.erase_person(person.id, backup=False)
    tab.set_person(person.id)
    assert not tab.erase_button.isEnabled() and "gelöscht am" in tab.state.text()


def test_retention_dialog_and_audit_view(db, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from app.ui.audit_view import AuditView
    from app.ui.retention_dialog import RetentionDialog

    idle = contacts.create_person({"last_name": "Ruhig"})
    long_ago = dt.datetime(2015, 1, 1)
    Person.update(created_at=long_ago, updated_at=long_ago).where(Person.id == idle.id).execute()
    contacts.create_person({"last_name": "Aktiv"})
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(0) == "Ruhig"
    assert not dialog.archive_button.isEnabled()
    dialog.check_all(True)
    assert dialog.checked_ids() == [idle.id]
    dialog.archive()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(3) == "ja", timeout=5000)
    view = AuditView(entity="person")
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 3  # two creates, one archive
    assert "3 Einträge" in view.summary.text()
