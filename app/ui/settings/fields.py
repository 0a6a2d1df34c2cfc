"""Einstellungen → "Handlungsfelder": add, rename, archive and restore fields of action, and name them in
English for English reports. Each change is saved at once (its own transaction), not with Speichern."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import appointments, report_labels
from app.services.errors import UserError, ValidationError
from app.ui import theme
from app.ui.settings.base import SettingsBox

FIELD_ID_ROLE = Qt.ItemDataRole.UserRole
FIELD_ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 1


class FieldsSettings(SettingsBox):
    WRITE_CONTROLS = ("add_field_button", "rename_field_button", "archive_field_button",
                      "english_field_button")  # app/ui/role_gate.py: locked for a reader
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db_path, parent)
        self._build_list()
        self._build_buttons()
        self._build_layout()
        self.retranslate()

    def _build_list(self) -> None:
        self.fields = QListWidget()
        self.fields.setMinimumHeight(200)
        self.fields.currentItemChanged.connect(self._field_selected)
        self.fields.itemDoubleClicked.connect(lambda _item: self.rename_field())

    def _build_buttons(self) -> None:
        self.add_field_button = QPushButton()
        self.add_field_button.clicked.connect(lambda: self.add_field())
        self.rename_field_button = QPushButton()
        self.rename_field_button.clicked.connect(lambda: self.rename_field())
        self.archive_field_button = QPushButton()
        self.archive_field_button.clicked.connect(self.toggle_field_archived)
        self.english_field_button = QPushButton()  # issue 15 #14: the field's name in English reports
        self.english_field_button.clicked.connect(lambda: self.name_field_in_english())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.style("muted"))

    def _build_layout(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.add_field_button, self.rename_field_button, self.archive_field_button,
                       self.english_field_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.fields, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def load(self) -> None:
        self.load_fields()

    def refresh(self) -> None:
        self.load_fields()

    def load_fields(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_field_id()
        self.fields.clear()
        english = report_labels.english_field_names()
        for field in appointments.fields_of_action(include_archived=True):
            item = QListWidgetItem(field.name)
            item.setToolTip(self.tr("Englisch: %1").replace(
                "%1", report_labels.field_name(field.id, field.name, "en", english)))
            item.setData(FIELD_ID_ROLE, field.id)
            item.setData(FIELD_ARCHIVED_ROLE, field.archived)
            if field.archived:
                item.setText(self.tr("%1 (archiviert)").replace("%1", field.name))
                item.setForeground(theme.color("muted"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.fields.addItem(item)
            if field.id == current:
                self.fields.setCurrentItem(item)
        self._field_selected()

    def field_names(self, include_archived: bool = False) -> list[str]:
        return [f.name for f in appointments.fields_of_action(include_archived=include_archived)]

    def current_field_id(self) -> int | None:
        item = self.fields.currentItem()
        return int(item.data(FIELD_ID_ROLE)) if item is not None else None

    def _field_selected(self, *_args: object) -> None:
        item = self.fields.currentItem()
        self.rename_field_button.setEnabled(item is not None)
        self.archive_field_button.setEnabled(item is not None)
        self.english_field_button.setEnabled(item is not None)
        archived = bool(item.data(FIELD_ARCHIVED_ROLE)) if item is not None else False
        self.archive_field_button.setText(self.tr("Wieder aktivieren") if archived else self.tr("Archivieren"))

    # --- actions (each saved at once) -------------------------------------------------------------------

    def add_field(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Neues Handlungsfeld"), self.tr("Name:"))
            if not ok:
                return False
        return self._field_action(lambda: appointments.create_field_of_action(name).id)

    def rename_field(self, name: str | None = None) -> bool:
        field_id = self.current_field_id()
        if field_id is None:
            return False
        if name is None:
            old = next((f.name for f in appointments.fields_of_action(True) if f.id == field_id), "")
            name, ok = QInputDialog.getText(self, self.tr("Handlungsfeld umbenennen"), self.tr("Name:"), text=old)
            if not ok:
                return False
        return self._field_action(lambda: appointments.rename_field_of_action(field_id, name).id)

    def name_field_in_english(self, name: str | None = None) -> bool:
        """The selected field's name in English reports (empty: the built-in translation or the German name)."""
        field_id = self.current_field_id()
        if field_id is None:
            return False
        if name is None:
            current = report_labels.english_field_names().get(field_id, "")
            name, ok = QInputDialog.getText(self, self.tr("Name auf Englisch"),
                                            self.tr("Name in englischen Berichten (leer: Standardübersetzung):"),
                                            text=current)
            if not ok:
                return False

        def rename() -> int:
            report_labels.set_english_field_name(field_id, name or "")
            return field_id

        return self._field_action(rename)

    def toggle_field_archived(self) -> bool:
        item = self.fields.currentItem()
        if item is None:
            return False
        field_id = int(item.data(FIELD_ID_ROLE))
        archived = not bool(item.data(FIELD_ARCHIVED_ROLE))
        return self._field_action(lambda: appointments.archive_field_of_action(field_id, archived).id)

    def _field_action(self, action: Callable[[], int]) -> bool:
        try:
            field_id = action()
        except ValidationError as error:
            message = "\n".join(error.errors.values()) if error.errors else str(error)
            QMessageBox.warning(self, self.tr("Handlungsfeld"), message)
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Handlungsfeld"), str(error))
            return False
        self.load_fields(select=field_id)
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Handlungsfelder"))
        self.fields.setAccessibleName(self.tr("Handlungsfelder"))
        self.add_field_button.setText(self.tr("&Hinzufügen…"))
        self.rename_field_button.setText(self.tr("&Umbenennen…"))
        self.english_field_button.setText(self.tr("Name auf Englisch…"))
        self.english_field_button.setToolTip(self.tr("So heißt das Handlungsfeld in englischen Berichten"))
        self.note.setText(self.tr("Archivierte Handlungsfelder bleiben bei alten Terminen erhalten, werden "
                                  "für neue Termine aber nicht mehr angeboten."))
        self._field_selected()
        if self.fields.count():
            self.load_fields()
