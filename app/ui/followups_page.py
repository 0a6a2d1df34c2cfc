"""Wiedervorlagen: the list page (due, overdue, this week, open, done) and the follow-up dialog.

`new_follow_up(parent, person=…, appointment=…, …)` opens the dialog pre-filled from any editor, the
dashboard or an appointment's outcome; `edit_follow_up(parent, id)` edits one. Overdue follow-ups are
shown in red *and* marked with the word "überfällig", so the cue does not depend on colour alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import db_proxy
from app.services import followups
from app.services.errors import UserError, ValidationError
from app.ui import role_gate
from app.ui.date_entry import DateEdit
from app.ui.formats import format_day
from app.ui.retranslate import Retranslating

OVERDUE = QColor("#b42318")
DONE = QColor("#6e7781")
ROW_ID = Qt.ItemDataRole.UserRole


class FollowUpDialog(QDialog):
    """Create or edit one follow-up; the links (person, appointment, …) come from where it was started."""

    WRITE_CONTROLS = ("save_button",)  # app/ui/role_gate.py: a reader sees the follow-up read-only
    READ_ONLY_AREAS = ("self",)

    def __init__(self, parent: QWidget | None = None, follow_up_id: int | None = None, **values: Any) -> None:
        super().__init__(parent)
        self.follow_up_id = follow_up_id
        self.saved_id: int | None = None
        self.links = {k: values.get(k) for k in ("person", "organization", "network", "appointment")}
        if follow_up_id is not None:
            stored = followups.values_of(follow_up_id)
            self.links = {k: stored.get(k) for k in self.links}
            values = {**stored, **values}
        self.setWindowTitle(self.tr("Wiedervorlage") if follow_up_id is None else self.tr("Wiedervorlage bearbeiten"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit(str(values.get("title") or ""), self)
        self.due = DateEdit(self)
        self.due.setDate(values.get("due_date") or dt.date.today() + dt.timedelta(days=7))
        self.responsible = QLineEdit(str(values.get("responsible") or ""), self)
        self.responsible.setPlaceholderText(self.tr("z. B. Frau Brandt"))
        self.notes = QPlainTextEdit(str(values.get("notes") or ""), self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.done_box = QCheckBox(self.tr("erledigt"), self)
        self.done_box.setChecked(bool(values.get("done")))
        self.errors: dict[str, QLabel] = {}
        for name, caption, widget in (("title", self.tr("&Was ist zu tun? *"), self.title),
                                      ("due_date", self.tr("&Fällig am *"), self.due),
                                      ("responsible", self.tr("&Zuständig"), self.responsible),
                                      ("notes", self.tr("&Notizen"), self.notes)):
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            error = QLabel(holder)
            error.setStyleSheet("color: #c0392b;")
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addRow(label, holder)
        form.addRow("", self.done_box)
        self.about = QLabel(self)
        self.about.setStyleSheet("color: #5a6572;")
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_about()
        self.resize(520, 380)
        role_gate.restrict(self)

    def _show_about(self) -> None:
        text = followups.link_text(**self.links)
        self.about.setText(self.tr("Gehört zu: %1").replace("%1", text) if text else "")

    def data(self) -> dict[str, Any]:
        due: Any = self.due.value() if self.due.commit() else self.due.text()
        return {"title": self.title.text(), "due_date": due, "responsible": self.responsible.text(),
                "notes": self.notes.toPlainText().strip(), "done": self.done_box.isChecked(), **self.links}

    def save(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            if self.follow_up_id is None:
                self.saved_id = followups.create_follow_up(self.data()).id
            else:
                self.saved_id = followups.update_follow_up(self.follow_up_id, self.data()).id
        except ValidationError as exc:
            for name, message in exc.errors.items():
                label = self.errors.get(name)
                if label is not None:
                    label.setText(message)
                    label.show()
                else:
                    QMessageBox.warning(self, self.tr("Nicht gespeichert"), message)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), str(exc))
            return
        self.accept()


def new_follow_up(parent: QWidget | None, **values: Any) -> int | None:
    """Ask for a new follow-up (pre-filled with `values`); returns its id, None when cancelled."""
    dialog = FollowUpDialog(parent, None, **values)
    dialog.exec()
    return dialog.saved_id


def edit_follow_up(parent: QWidget | None, follow_up_id: int) -> bool:
    dialog = FollowUpDialog(parent, follow_up_id)
    dialog.exec()
    return dialog.saved_id is not None


class FollowUpList(Retranslating, QTreeWidget):
    """Rows of follow-ups: due date (with the overdue cue), title, responsible, what it belongs to."""

    changed = Signal()  # a follow-up was edited from the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(4)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: list[followups.Row] = []
        self.itemActivated.connect(self._edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Fällig"), self.tr("Was ist zu tun?"), self.tr("Zuständig"),
                              self.tr("Gehört zu")])

    def set_rows(self, rows: list[followups.Row], today: dt.date, empty: str = "") -> None:
        self.clear()
        self.rows = rows
        for row in rows:
            item = QTreeWidgetItem([self.due_text(row, today), row.title, row.responsible, row.about])
            item.setData(0, ROW_ID, row.id)
            item.setToolTip(1, "\n".join(part for part in (row.title, row.about, row.notes) if part))
            if row.overdue(today):
                bold = QFont(self.font())
                bold.setBold(True)
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setFont(0, bold)
            elif row.done:
                struck = QFont(self.font())
                struck.setStrikeOut(True)
                item.setFont(1, struck)
                for column in range(4):
                    item.setForeground(column, QBrush(DONE))
            self.addTopLevelItem(item)
        if not rows and empty:
            item = QTreeWidgetItem(["", empty, "", ""])
            item.setForeground(1, QBrush(DONE))
            self.addTopLevelItem(item)

    def due_text(self, row: followups.Row, today: dt.date) -> str:
        """"12.03.2026 – überfällig (9 Tage)", "… – heute": a text cue besides the colour."""
        if row.due_date is None:
            return ""
        day = format_day(row.due_date)
        if row.done:
            return day
        if row.due_date < today:
            days = (today - row.due_date).days
            return self.tr("%1 – überfällig (%2 Tage)").replace("%1", day).replace("%2", str(days))
        if row.due_date == today:
            return self.tr("%1 – heute").replace("%1", day)
        return day

    def current_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, ROW_ID) if item is not None else None
        return int(value) if value is not None else None

    def current_row(self) -> followups.Row | None:
        wanted = self.current_id()
        return next((r for r in self.rows if r.id == wanted), None)

    def _edit(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, ROW_ID)
        if value is not None and edit_follow_up(self, int(value)):
            self.changed.emit()


class FollowUpsPage(Retranslating, QWidget):
    """The "Wiedervorlagen" page: filter by due / overdue / this week / open / done."""

    open_requested = Signal(str, int)

    FILTERS = ("due", "overdue", "week", "open", "done", "all")
    WRITE_CONTROLS = ("new_button", "done_button", "delete_button")  # app/ui/role_gate.py

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._fixed_today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        top.addWidget(self.title_label)
        top.addStretch(1)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.filter)
        row.addStretch(1)
        self.counts = QLabel(self)
        self.counts.setObjectName("countLabel")
        row.addWidget(self.counts)
        layout.addLayout(row)
        self.list = FollowUpList(self)
        self.list.changed.connect(self.refresh)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.toggle_done)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_related)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.edit_button, self.done_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.activated.connect(self.delete)
        self.retranslate()

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Wiedervorlagen"))
        self.filter.setAccessibleName(self.tr("Welche Wiedervorlagen"))
        self.list.setAccessibleName(self.tr("Wiedervorlagen"))
        self.new_button.setText(self.tr("Neue Wiedervorlage …"))
        self.edit_button.setText(self.tr("Bearbeiten …"))
        self.open_button.setText(self.tr("Bezug öffnen"))
        self.delete_button.setText(self.tr("Löschen …"))
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(self.FILTERS, (self.tr("Fällig (heute und früher)"), self.tr("Überfällig"),
                                            self.tr("Diese Woche"), self.tr("Alle offenen"), self.tr("Erledigt"),
                                            self.tr("Alle")), strict=True):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0) if current else 0)
        self.filter.blockSignals(False)
        self.list.retranslate()
        self._update_buttons()


    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(max(self.filter.findData(key), 0))
        self.refresh()

    def refresh(self) -> None:

        if db_proxy.obj is None:
            return
        today = self.today()
        bucket = str(self.filter.currentData() or "due")
        current = self.list.current_id()
        self.list.set_rows(followups.follow_ups(bucket, today), today, self.tr("Keine Wiedervorlagen."))
        numbers = followups.counts(today)
        self.counts.setText(self.tr("%1 überfällig · %2 heute · %3 diese Woche · %4 offen")
                            .replace("%1", str(numbers["overdue"])).replace("%2", str(numbers["today"]))
                            .replace("%3", str(numbers["week"])).replace("%4", str(numbers["open"])))
        if current is not None:
            for index in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(index)
                if item is not None and item.data(0, ROW_ID) == current:
                    self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.current_row()
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.about_id is not None)
        self.done_button.setText(self.tr("Wieder öffnen") if row is not None and row.done
                                 else self.tr("Erledigt"))

    def new(self) -> None:
        if new_follow_up(self) is not None:
            self.refresh()

    def edit(self) -> None:
        follow_up_id = self.list.current_id()
        if follow_up_id is not None and edit_follow_up(self, follow_up_id):
            self.refresh()

    @role_gate.requires(role_gate.WRITE)
    def toggle_done(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        try:
            followups.complete(row.id, not row.done)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Wiedervorlage"), str(exc))
        self.refresh()

    def open_related(self) -> None:
        row = self.list.current_row()
        if row is None or row.about_id is None:
            return
        self.open_requested.emit(row.about_kind, row.about_id)
        window = self.window()
        if window is not self and hasattr(window, "open_record"):
            window.open_record(row.about_kind, row.about_id)

    @role_gate.requires(role_gate.WRITE)
    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Löschen"),
                                      self.tr("Wiedervorlage „%1“ löschen?").replace("%1", row.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            followups.delete_follow_up(row.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Löschen"), str(exc))
        self.refresh()
