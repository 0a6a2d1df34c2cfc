"""Datensicherung on the Einstellungen page: status, folder, rotation, "Jetzt sichern", restore, privacy tools.

On the office server a note under the status says who made the office's automatic daily backup and that the
IT's own server backup stays the main safeguard (`backup.automatic_backup_note()`); a SQLite file has none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backup, backup_paths, settings
from app.ui import role_gate
from app.ui.audit_view import AuditView
from app.ui.formats import format_datetime
from app.ui.retention_dialog import RetentionDialog
from app.ui.retranslate import Retranslating
from app.ui.worker import run_in_background


class BackupPanel(Retranslating, QGroupBox):
    """`refresh()` re-reads the status; `restored` is emitted after a restore (the window reloads its data)."""

    # app/ui/role_gate.py: backup settings, backups and restores only for the commissioner (issue 13)
    SAFETY_CONTROLS = ("folder", "folder_button", "keep_daily", "keep_weekly", "keep_monthly", "apply_button",
                       "backup_button", "restore_button")
    WRITE_CONTROLS = ("retention_button",)

    restored = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.note = QLabel(self)  # server only: the office's daily backup and the IT's backup; hidden when ""
        self.note.setObjectName("automaticBackupNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)  # the screen reader names the field by its label
        form.addRow(self.folder_label, folder_row)
        self.keep_daily, self.keep_weekly, self.keep_monthly = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        keep_row = QHBoxLayout()
        self.keep_labels = []
        for spin in (self.keep_daily, self.keep_weekly, self.keep_monthly):
            spin.setRange(0, 366)
            caption = QLabel(self)
            caption.setBuddy(spin)
            self.keep_labels.append(caption)
            keep_row.addWidget(spin)
            keep_row.addWidget(caption)
        keep_row.addStretch(1)
        self.keep_label = QLabel(self)
        form.addRow(self.keep_label, keep_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.open_restore)
        self.audit_button = QPushButton(self)
        self.audit_button.clicked.connect(self.open_audit)
        self.retention_button = QPushButton(self)
        self.retention_button.clicked.connect(self.open_retention)
        for button in (self.apply_button, self.backup_button, self.restore_button, self.audit_button,
                       self.retention_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def apply_capabilities(self, caps: Any) -> None:
        """Assistant or reader on the office server (app/ui/role_gate.py): the reason, visible below the buttons."""
        if not caps.may_change_safety:
            self.message.setText(role_gate.reason(role_gate.SAFETY, caps))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Datensicherung und Datenschutz"))
        self.folder_label.setText(self.tr("Sicherungsordner"))
        self.folder.setPlaceholderText(self.tr("Standard: Ordner „backups“ neben der Datenbank"))
        self.folder_button.setText(self.tr("Wählen …"))
        self.keep_label.setText(self.tr("Aufbewahren"))
        for caption, text in zip(self.keep_labels, (self.tr("tägliche"), self.tr("wöchentliche"),
                                                    self.tr("monatliche")), strict=True):
            caption.setText(text)
        self.apply_button.setText(self.tr("Übernehmen"))
        self.backup_button.setText(self.tr("Jetzt sichern"))
        self.restore_button.setText(self.tr("Wiederherstellen …"))
        self.audit_button.setText(self.tr("Änderungsprotokoll …"))
        self.retention_button.setText(self.tr("Aufbewahrung prüfen …"))
        self.refresh()

    def refresh(self) -> None:
        values = settings.get_all()
        self.folder.setText(values.get("backup_dir", ""))
        for spin, key in ((self.keep_daily, "backup_keep_daily"), (self.keep_weekly, "backup_keep_weekly"),
                          (self.keep_monthly, "backup_keep_monthly")):
            try:
                spin.setValue(int(values.get(key, "0")))
            except ValueError:
                spin.setValue(int(settings.DEFAULTS[key]))
        self._refresh_note()
        try:
            last = backup.last_backup()
            folder = backup.backup_dir()
            default = backup_paths.default_backup_dir()
        except Exception:  # noqa: BLE001 - no database: show nothing rather than fail the page
            self.status.setText("")
            return
        self.folder.setPlaceholderText(self.tr("Standard: %1").replace("%1", str(default)))
        if last is None:
            text = self.tr("Noch keine Sicherung. Ordner: %1")
        else:
            text = self.tr("Letzte Sicherung: %2 (%3). Ordner: %1").replace(
                "%2", format_datetime(last.created)).replace("%3", reason_text(last.reason))
        self.status.setText(text.replace("%1", str(folder)))

    def _refresh_note(self) -> None:
        try:
            note = backup.automatic_backup_note()
        except Exception:  # noqa: BLE001 - no database: no note rather than a failed page
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Sicherungsordner wählen"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def apply(self) -> bool:
        folder = self.folder.text().strip()
        if folder and not Path(folder).expanduser().is_absolute():
            self.message.setText(self.tr("Bitte einen vollständigen Ordnerpfad angeben."))
            return False
        settings.update({"backup_dir": folder, "backup_keep_daily": str(self.keep_daily.value()),
                         "backup_keep_weekly": str(self.keep_weekly.value()),
                         "backup_keep_monthly": str(self.keep_monthly.value())})
        self.message.setText(self.tr("Gespeichert."))
        self.refresh()
        return True

    def backup_now(self) -> None:
        def done(path: Path) -> None:
            self.message.setText(self.tr("Gesichert: %1").replace("%1", str(path)))
            self.refresh()

        run_in_background(self, self.tr("Sicherung"), lambda progress: backup.make_backup("manual"), done)

    def open_restore(self) -> None:
        dialog = RestoreDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_text:
            self.message.setText(dialog.result_text)
            self.refresh()
            self.restored.emit()

    def open_audit(self) -> None:

        AuditView(parent=self).exec()

    def open_retention(self) -> None:

        RetentionDialog(self).exec()


def reason_text(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "daily": QCoreApplication.translate("BackupPanel", "täglich"),
        "manual": QCoreApplication.translate("BackupPanel", "von Hand"),
        "import": QCoreApplication.translate("BackupPanel", "vor Import"),
        "erasure": QCoreApplication.translate("BackupPanel", "vor Löschung"),
        "restore": QCoreApplication.translate("BackupPanel", "vor Wiederherstellung"),
        "replaced": QCoreApplication.translate("BackupPanel", "Stand vor Wiederherstellung"),
        "migration": QCoreApplication.translate("BackupPanel", "vor Umstellung"),
        "damaged": QCoreApplication.translate("BackupPanel", "beschädigt"),
        "encryption": QCoreApplication.translate("BackupPanel", "vor Verschlüsselung"),
    }
    return texts.get(reason, reason)


class RestoreDialog(QDialog):
    """Lists backups with date, reason, schema version and counts; restores the chosen one."""

    COLUMNS = ("Kontakte", "Organisationen", "Termine", "Teilnahmen")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.result_text = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Der aktuelle Stand wird vorher als Sicherung beiseitegelegt. Löschungen nach "
                               "Art. 17, die nach der gewählten Sicherung erfolgten, werden erneut angewendet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.windowTitle())
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Anlass"), self.tr("Schema"), self.tr("Kontakte"),
                                   self.tr("Organisationen"), self.tr("Termine"), self.tr("Teilnahmen"),
                                   self.tr("Datei")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Andere Datei …"), self)
        self.other_button.clicked.connect(self.choose_file)
        row.addWidget(self.other_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("Wiederherstellen"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.resize(900, 420)
        self.load()

    def load(self) -> None:
        self.tree.clear()
        for info in backup.list_backups():
            other_key = not info.readable and info.encrypted  # an older passphrase: asked for on restore
            if info.readable:
                values = [str(info.schema_version)] + [str(info.counts.get(c, "")) for c in self.COLUMNS]
            elif other_key:
                values = [self.tr("anderes Kennwort")] + [""] * len(self.COLUMNS)
            else:
                values = [self.tr("nicht lesbar")] + [""] * len(self.COLUMNS)
            item = QTreeWidgetItem([format_datetime(info.created), reason_text(info.reason), *values,
                                    info.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setDisabled(not info.readable and not other_key)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._selected()

    def _selected(self) -> None:
        item = self.tree.currentItem()
        self.restore_button.setEnabled(item is not None and not item.isDisabled())

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Sicherung wählen"), "",
                                              self.tr("Brücke-Datenbank (*.db)"))
        if name:
            self.restore(Path(name))

    def restore_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not item.isDisabled():
            self.restore(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def restored_text(self, result: backup.RestoreResult) -> str:
        """What the user reads after a restore (plural through Qt's %n forms: "1 Löschung", "2 Löschungen")."""
        text = self.tr("Wiederhergestellt: %1. Der vorige Stand liegt unter %2.").replace(
            "%1", result.restored.name).replace("%2", str(result.kept_aside))
        if result.replayed_erasures:
            text += " " + self.tr("%n Löschung(en) erneut angewendet.", "", result.replayed_erasures)
        return text

    def ask_backup_passphrase(self, path: Path) -> str | None:
        """The passphrase of a backup encrypted with another (older) passphrase; None when cancelled."""
        value, ok = QInputDialog.getText(self, self.windowTitle(), self.tr(
            "Die Sicherung %1 ist mit einem anderen Kennwort verschlüsselt (z. B. einem früheren). Kennwort der "
            "Sicherung:").replace("%1", path.name), QLineEdit.EchoMode.Password)
        return value if ok and value else None

    def restore(self, path: Path) -> None:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Den Stand aus %1 wiederherstellen? Alles, was seitdem eingegeben wurde, ist danach nur noch in "
            "der beiseitegelegten Sicherung.").replace("%1", path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        own_key: str | None = None
        if backup.needs_own_passphrase(path):
            own_key = self.ask_backup_passphrase(path)
            if own_key is None:
                return

        def done(result: backup.RestoreResult) -> None:
            text = self.restored_text(result)
            self.result_text = text
            QMessageBox.information(self, self.windowTitle(), text)
            self.accept()

        run_in_background(self, self.tr("Wiederherstellen"),
                          lambda progress: backup.restore(path, backup_passphrase=own_key), done)
