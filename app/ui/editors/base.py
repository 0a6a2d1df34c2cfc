"""The common record editor: a form tab with field-level errors, Save (Ctrl+S) / Cancel, unsaved-change
warning, delete/archive, and room for more tabs (`self.tabs`).

Longer than most modules (~650 lines) on purpose: it is the one base every editor shares – form building,
typed field widgets, the save/conflict/unsaved-changes cycle and window placement – and splitting its
translated texts across classes would change their translation context (the .ts entries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import NotFoundError, UserError, ValidationError
from app.services.records import EditConflict, expecting_version, version_of
from app.ui import theme
from app.ui.formats import date_pattern, date_placeholder, to_iso
from app.ui.formats import format_day as _format_day
from app.ui.labels import choices, strip_mnemonic, with_mnemonic
from app.ui.retranslate import Retranslating


@dataclass
class Field:
    name: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: QLabel


def format_day(value: Any) -> str:
    """A day for display in the current UI language (one format everywhere: app/ui/formats.py)."""
    return _format_day(value)


def _narrow(combo: QComboBox) -> None:
    """A combo with long entries (organisation names) must not widen the editor past a small screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)


class RelatedList(QTreeWidget):
    """A small read-only table of related records; double-click opens one."""

    open_requested = Signal(str, int)

    def __init__(self, kind: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.setTabKeyNavigation(False)
        self.setAccessibleName(" / ".join(headers))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemDoubleClicked.connect(self._open)
        self.itemActivated.connect(self._open)

    def set_rows(self, rows: list[tuple[int, list[str]]]) -> None:
        self.clear()
        for record_id, values in rows:
            item = QTreeWidgetItem(values)
            item.setData(0, Qt.ItemDataRole.UserRole, record_id)
            self.addTopLevelItem(item)
        for column in range(1, self.columnCount()):
            self.resizeColumnToContents(column)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        record_id = item.data(0, Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self.open_requested.emit(self.kind, int(record_id))


class RecordEditor(Retranslating, QDialog):
    """Subclasses set KIND, build the form in `build_form()`, and implement load/create/update."""

    KIND = ""
    ARCHIVABLE = True
    RELATED_NEEDS_RECORD = True  # related data appears once the record exists
    FOLLOW_UPS = True  # a "Wiedervorlage …" button once the record is saved (issue 12)
    is_record_editor = True
    # a reader (issue 13) sees the record read-only: app/ui/role_gate.py locks these
    WRITE_CONTROLS: tuple[str, ...] = ("save_button", "save_close_button", "delete_button", "archive_button",
                                       "follow_up_button", "save_shortcut")
    READ_ONLY_AREAS: tuple[str, ...] = ("form_scroll",)
    read_only = False  # set by apply_capabilities for a reader
    saved = Signal(str, int)  # kind, id
    open_requested = Signal(str, int)

    def __init__(self, record_id: int | None, parent: QWidget | None = None, **defaults: Any) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_id = record_id
        self.defaults = defaults
        self.fields: dict[str, Field] = {}
        self._snapshot: dict[str, Any] = {}
        self._archived = False
        self._closing_ok = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self._build_heading(layout)
        self._build_tabs(layout)
        self._build_buttons(layout)
        self._build_shortcuts()
        self._set_chrome_texts()
        self.build_form()
        self.build_related()
        self._arrange_splitter()
        self._assign_mnemonics()
        self.load()
        self._restore_geometry()
        self.focus_first_field()

    def _build_heading(self, layout: QVBoxLayout) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet(f"font-size: {theme.points(1.5)}; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.status_line = QLabel(self)
        self.status_line.setStyleSheet(theme.style("muted"))
        layout.addWidget(self.status_line)

    def _build_tabs(self, layout: QVBoxLayout) -> None:
        """The first tab: the form (scrolling, left) beside the related lists (right) in a splitter."""
        self.tabs = QTabWidget(self)
        self.tabs.setTabBarAutoHide(True)  # an editor with one tab shows no tab bar
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.form_page = QWidget()
        form_outer = QHBoxLayout(self.form_page)
        form_outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.form_page)
        form_outer.addWidget(self.splitter)
        scroll = QScrollArea(self.splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(300)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field, not to the scroll area
        self.form_scroll = scroll
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form_labels: list[QLabel] = []
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setContentsMargins(10, 10, 10, 10)
        self.form.setVerticalSpacing(4)
        scroll.setWidget(form_host)
        self.splitter.addWidget(scroll)
        self.related_host = QWidget(self.splitter)
        self.related_layout = QVBoxLayout(self.related_host)
        self.related_layout.setContentsMargins(6, 6, 6, 6)
        self.splitter.addWidget(self.related_host)
        self.tabs.addTab(self.form_page, "")

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """Delete, archive and follow-up on the left; save and close, save, cancel on the right."""
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.archive_button)
        self.follow_up_button = QPushButton(self)  # issue 12
        self.follow_up_button.clicked.connect(self.new_follow_up)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        self.save_close_button = QPushButton(self)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.close)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _build_shortcuts(self) -> None:
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _set_chrome_texts(self) -> None:
        """The texts of the editor's frame (the form's captions come from the subclass's build_form)."""
        self.tabs.setTabText(0, self.tr("Stammdaten"))
        self.delete_button.setText(self.tr("&Löschen …"))
        self.archive_button.setText(self.tr("&Archivieren"))
        self.follow_up_button.setText(self.tr("Wiedervorlage …"))
        self.follow_up_button.setToolTip(self.tr("Eine Wiedervorlage zu diesem Eintrag anlegen"))
        self.save_close_button.setText(self.tr("Speichern und s&chließen"))
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.cancel_button.setToolTip(self.tr("Schließen ohne zu speichern (Esc)"))
        if self.read_only:
            self.cancel_button.setText(self.tr("Schließen"))
            self.cancel_button.setToolTip(self.tr("Schließen (Esc)"))

    def _arrange_splitter(self) -> None:
        if not self.related_layout.count():
            self.related_host.hide()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.resize(1060, 680)
        self.splitter.setSizes([540, 500])

    def apply_capabilities(self, caps: Any) -> None:
        """A reader (issue 13, app/ui/role_gate.py): the editor says it is read-only; Abbrechen is Schließen."""
        if not caps.may_write and not self.read_only:
            self.read_only = True
            self._set_chrome_texts()
            self.refresh_chrome()

    def retranslate(self) -> None:
        """After a language switch: the frame's texts, their Alt+letters, and the title and archive state."""
        self._set_chrome_texts()
        self._assign_mnemonics()
        self.refresh_chrome()

    # --- to override ---------------------------------------------------------------------------------
    def build_form(self) -> None:
        raise NotImplementedError

    def build_related(self) -> None:
        """Add related-data widgets to self.related_layout."""

    def fetch(self, record_id: int) -> dict[str, Any]:
        raise NotImplementedError

    def initial(self) -> dict[str, Any]:
        return {}

    def write(self, data: dict[str, Any]) -> int:
        """Create or update; returns the id. Raises ValidationError."""
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    def load_related(self) -> None:
        """Fill the related-data widgets for self.record_id."""

    def record_changed(self) -> None:
        """Called after load and save with self.record_id set (extra tabs hook in here)."""

    # --- keyboard --------------------------------------------------------------------------------------
    def _assign_mnemonics(self) -> None:
        """Alt+letter for every button and every form label (buttons keep the letters they were given)."""
        used: set[str] = set()
        buttons = [b for b in self.findChildren(QPushButton) if b.window() is self]
        for button in buttons:
            if "&" in button.text().replace("&&", ""):
                with_mnemonic(button.text(), used)
        for label in self._form_labels:
            label.setText(with_mnemonic(label.text(), used))
        for button in buttons:
            button.setText(with_mnemonic(button.text(), used))

    def first_field(self) -> QWidget | None:
        for field in self.fields.values():
            if field.widget.isEnabled() and field.widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return field.widget
        return None

    def focus_first_field(self) -> None:
        """A new editor starts in its first field (not on the tab bar or the scroll area)."""
        self.tabs.setCurrentIndex(0)
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_noun(self) -> str:
        return {"person": self.tr("Kontakt"), "organization": self.tr("Organisation"),
                "network": self.tr("Gremium"), "appointment": self.tr("Termin")}.get(self.KIND, "")

    def record_name(self) -> str:
        """The record's name as the user typed it (for questions that must name the record)."""
        values = {name: field.get() for name, field in self.fields.items()
                  if name in ("name", "title", "first_name", "last_name")}
        if "first_name" in values or "last_name" in values:
            return " ".join(str(values.get(k) or "") for k in ("first_name", "last_name")).strip()
        return str(values.get("name") or values.get("title") or "").strip()

    def unsaved_question(self) -> str:
        name = self.record_name()
        if not name:
            return self.tr("%1 hat ungespeicherte Änderungen. Speichern?").replace("%1", self.title_text())
        if self.record_id is None:
            return self.tr("Neuer Eintrag – %1 „%2“ ist noch nicht gespeichert. Speichern?").replace(
                "%1", self.record_noun()).replace("%2", name)
        return self.tr("%1 „%2“ hat ungespeicherte Änderungen. Speichern?").replace(
            "%1", self.record_noun()).replace("%2", name)

    # --- form helpers ----------------------------------------------------------------------------------
    def _add(self, name: str, caption: str, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None],
             layout_widget: QWidget | None = None) -> Field:
        error = QLabel(self)
        error.setObjectName("fieldError")
        error.setStyleSheet(theme.style("error"))
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 4)
        box.setSpacing(1)
        box.addWidget(layout_widget or widget)
        box.addWidget(error)
        if caption:
            # a real buddy: the screen reader names the input by its visible label, Alt+letter jumps to it
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self._form_labels.append(label)
            self.form.addRow(label, holder)
        else:
            self.form.addRow(holder)
        if not widget.accessibleName() and not isinstance(widget, QCheckBox):
            widget.setAccessibleName(strip_mnemonic(caption).rstrip(" *:"))
        error.setAccessibleName(self.tr("Fehler bei %1").replace("%1", strip_mnemonic(caption).rstrip(" *:")))
        field = Field(name, widget, get, put, error)
        self.fields[name] = field
        return field

    def section(self, caption: str) -> None:
        label = QLabel(caption, self)
        label.setStyleSheet(theme.style("heading", "font-weight: 600; margin-top: 8px;"))
        self.form.addRow(label)

    def text(self, name: str, caption: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self._add(name, caption, edit, lambda: edit.text().strip(), lambda v: edit.setText("" if v is None else str(v)))
        return edit

    def date_text(self, name: str, caption: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(date_placeholder())
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self._add(name, caption, edit, lambda: to_iso(edit.text()), lambda v: edit.setText(format_day(v)))
        return edit

    def longtext(self, name: str, caption: str, height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        self._add(name, caption, edit, lambda: edit.toPlainText().strip(),
                  lambda v: edit.setPlainText("" if v is None else str(v)))
        return edit

    def choice(self, name: str, caption: str, kind_of_choice: str) -> QComboBox:
        combo = QComboBox(self)
        _narrow(combo)
        for key, text in choices(kind_of_choice):
            combo.addItem(text, key)
        self._add(name, caption, combo, lambda: combo.currentData(),
                  lambda v: combo.setCurrentIndex(max(combo.findData(v), 0)))
        return combo

    def reference(self, name: str, caption: str, items: list[tuple[int, str]], none_text: str) -> QComboBox:
        combo = QComboBox(self)
        _narrow(combo)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(none_text, None)
        for record_id, text in items:
            combo.addItem(text, record_id)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

        def get() -> Any:
            index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
            if index < 0:
                return "?" if combo.currentText().strip() else None
            return combo.itemData(index)

        def put(value: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self._add(name, caption, combo, get, put)
        return combo

    def checkbox(self, name: str, caption: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        self._add(name, caption, box, box.isChecked, lambda v: box.setChecked(bool(v)))
        return box

    def datetime_pair(self, name: str, caption: str) -> tuple[QDateEdit, QTimeEdit]:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        date_edit = QDateEdit(holder)
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat(date_pattern())
        date_edit.setAccessibleName(strip_mnemonic(caption).rstrip(" *:") + " – " + self.tr("Datum"))
        time_edit = QTimeEdit(holder)
        time_edit.setAccessibleName(strip_mnemonic(caption).rstrip(" *:") + " – " + self.tr("Uhrzeit"))
        time_edit.setDisplayFormat("HH:mm")
        row.addWidget(date_edit)
        row.addWidget(time_edit)
        row.addStretch(1)

        def get() -> dt.datetime:
            d, t = date_edit.date(), time_edit.time()
            return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

        def put(value: Any) -> None:
            if isinstance(value, dt.datetime):
                date_edit.setDate(QDate(value.year, value.month, value.day))
                time_edit.setTime(QTime(value.hour, value.minute))
        self._add(name, caption, date_edit, get, put, layout_widget=holder)
        return date_edit, time_edit

    # --- state -----------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: field.get() for name, field in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def load(self) -> None:
        if self.record_id is None:
            data = self.initial()
            data.update({k: v for k, v in self.defaults.items() if k in self.fields})
        else:
            data = self.fetch(self.record_id)
        self._version = version_of(self.KIND, self.record_id)  # a save over a newer one is a conflict
        self._archived = bool(data.get("archived", False))
        for name, field in self.fields.items():
            if name in data:
                field.set(data[name])
        self.clear_errors()
        self._snapshot = self.values() if self.record_id is not None else self._blank_snapshot(data)
        self.refresh_chrome()
        if self.record_id is not None:
            self.load_related()
            self.record_changed()

    def _blank_snapshot(self, data: dict[str, Any]) -> dict[str, Any]:
        # a new record counts as unchanged until the user types something
        return self.values()

    def refresh_chrome(self) -> None:
        exists = self.record_id is not None
        self.setWindowTitle(self.title_text())
        self.heading.setText(self.title_text())
        self.delete_button.setVisible(exists)
        self.follow_up_button.setVisible(exists and self.FOLLOW_UPS)
        self.archive_button.setVisible(exists and self.ARCHIVABLE)
        self.archive_button.setText(self.tr("&Wiederherstellen") if self._archived else self.tr("&Archivieren"))
        notes = [self.tr("Archiviert – erscheint nur unter „Archivierte“.")] if self._archived else []
        if self.read_only:
            notes.append(self.tr("Nur lesen – Ihre Rolle erlaubt keine Änderungen."))
        self.status_line.setText(" ".join(notes))
        self.status_line.setVisible(bool(notes))
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, exists)
        if self.RELATED_NEEDS_RECORD and self.related_layout.count():
            self.related_host.setVisible(exists)

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.clear()
            field.error.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        unplaced = []
        for name, message in errors.items():
            field = self.fields.get(name)
            if field is None:
                unplaced.append(message)
                continue
            field.error.setText(message)
            field.error.show()
            if first is None:
                first = field.widget
        self.tabs.setCurrentIndex(0)
        if first is not None:
            first.setFocus()
        if unplaced:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), "\n".join(unplaced))

    # --- actions ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        data = self.values()
        unknown = {name: self.tr("Bitte einen Eintrag aus der Liste wählen.")
                   for name, value in data.items() if isinstance(value, str) and value == "?"
                   and isinstance(self.fields[name].widget, QComboBox)}
        if unknown:
            self.show_errors(unknown)
            return False
        try:
            with expecting_version(self.KIND, self.record_id, getattr(self, "_version", None)):
                new_id = self.write(data)
        except EditConflict as exc:  # someone else saved first: mine / theirs / merge (app/ui/conflict_dialog.py)
            from app.ui.conflict_dialog import resolve_conflict

            return resolve_conflict(self, exc)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), str(exc))
            return False
        self.record_id = new_id
        self.load()
        self.saved.emit(self.KIND, new_id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self._closing_ok = True
            self.close()

    def delete(self) -> None:
        from app.ui.editors.actions import delete_record

        if self.record_id is None:
            return
        record_id = self.record_id
        if delete_record(self, self.KIND, record_id):
            from app.ui.editors.actions import _MODELS

            model = _MODELS[self.KIND]
            if model.get_or_none(model.id == record_id) is None:
                self._closing_ok = True
                self.saved.emit(self.KIND, record_id)
                self.close()
            else:
                self.load()
                self.saved.emit(self.KIND, record_id)

    def toggle_archived(self) -> None:
        from app.ui.editors.actions import set_archived

        if self.record_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        if set_archived(self, self.KIND, self.record_id, not self._archived):
            self.load()
            self.saved.emit(self.KIND, self.record_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing_ok and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Ungespeicherte Änderungen"), self.unsaved_question(),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        self._save_geometry()
        event.accept()
        self.finished.emit(0)
        # not QDialog.closeEvent: it would call reject() and re-enter close()
        QWidget.closeEvent(self, event)

    def reject(self) -> None:
        """Esc and the window manager's close button: the same checks as Cancel."""
        self.close()

    def new_follow_up(self) -> None:
        """A follow-up (Wiedervorlage) tied to this record (issue 12)."""
        from app.ui.followups_page import new_follow_up

        if self.record_id is not None:
            new_follow_up(self, **{self.KIND: self.record_id})

    def create_related(self, kind: str, /, **defaults: Any) -> QWidget:
        """Open a new editor for a related record (through the main window when there is one)."""
        window = self.parentWidget()
        if window is not None and hasattr(window, "new_record"):
            editor = window.new_record(kind, **defaults)
        else:
            from app.ui.editors import new_editor

            editor = new_editor(kind, window, **defaults)
            editor.show()
        editor.saved.connect(lambda *_: self.load_related() if self.record_id is not None else None)
        return editor

    def reload_if_deleted(self) -> None:
        try:
            if self.record_id is not None:
                self.fetch(self.record_id)
        except NotFoundError:
            self._closing_ok = True
            self.close()

    # --- geometry --------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        from app.ui.ui_settings import ui_settings

        settings = ui_settings()
        geometry = settings.value(f"editors/{self.KIND}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value(f"editors/{self.KIND}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a small laptop, a projector, 150 % scaling)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = 40  # title bar and borders the window manager adds
        width = min(self.width(), free.width() - 16)
        height = min(self.height(), free.height() - frame)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 200), max(height, 200))
        if self.pos().x() + self.width() > free.right() or self.pos().y() + self.height() + frame > free.bottom():
            self.move(max(free.left(), min(self.pos().x(), free.right() - self.width())),
                      max(free.top(), min(self.pos().y(), free.bottom() - self.height() - frame)))

    def _save_geometry(self) -> None:
        from app.ui.ui_settings import ui_settings

        settings = ui_settings()
        settings.setValue(f"editors/{self.KIND}/geometry", self.saveGeometry())
        settings.setValue(f"editors/{self.KIND}/splitter", self.splitter.saveState())

