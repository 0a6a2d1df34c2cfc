"""The attendance list as a table: one appointment's rows (model), type-to-find (filter), status and role
choosers, and the table view that ticks with Space and filters with letters (used by attendance_tab.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QTableView, QWidget

from app.models import Attendance
from app.models.entities import ATTENDANCE_ROLES, ATTENDANCE_STATUSES
from app.models.search import fold
from app.services import attendance, signin
from app.services.errors import UserError, ValidationError
from app.ui import role_gate
from app.ui.labels import choices, label

ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_ATTENDED, COL_NAME, COL_ORG, COL_STATUS, COL_ROLE = range(5)


@dataclass
class Row:
    id: int
    name: str
    sort_name: str
    organization: str
    function: str
    status: str
    role: str
    name_words: tuple[str, ...]  # folded words of the name, for type-to-find
    org_words: tuple[str, ...]  # … and of organisation and function

    @classmethod
    def of(cls, a: Attendance) -> Row:
        return cls(a.id, a.snapshot_name, a.snapshot_sort_name or a.snapshot_name, a.snapshot_organization,
                   a.snapshot_function, a.status, a.role, words(a.snapshot_name),
                   words(f"{a.snapshot_organization} {a.snapshot_function}"))


def words(text: str) -> tuple[str, ...]:
    """Folded words; a double name counts whole and by its parts ("obracht-prondzynski", "prondzynski")."""
    result: list[str] = []
    for word in fold(text).split():
        result.append(word)
        parts = [p for p in re.split(r"[-‐'’.,()/]", word) if p]
        if len(parts) > 1:
            result.extend(parts)
    return tuple(result)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.errors.values())
    return str(exc)


class AttendanceModel(QAbstractTableModel):
    """One appointment's attendance, sorted by last name like the paper list; edits go to the service."""

    changed = Signal()  # a row's status changed: counts need an update
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def load(self, appointment_id: int | None) -> None:
        self.beginResetModel()
        self.rows = [] if appointment_id is None else [Row.of(a) for a in
                                                        attendance.attendance_list(appointment_id)]
        self.rows.sort(key=lambda r: signin.sort_key(r.sort_name))
        self.endResetModel()
        self.changed.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Anwesend"), self.tr("Name"), self.tr("Organisation / Funktion"), self.tr("Status"),
                self.tr("Rolle"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ATTENDED:
            return Qt.CheckState.Checked if row.status == "attended" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_ORG:
                return " – ".join(p for p in (row.organization, row.function) if p)
            if column == COL_STATUS:
                return label("attendance_status", row.status)
            if column == COL_ROLE:
                return label("attendance_role", row.role)
        if role == Qt.ItemDataRole.EditRole:
            return row.status if column == COL_STATUS else row.role if column == COL_ROLE else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ATTENDED:
            return self.tr("Leertaste: anwesend an/aus")
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ATTENDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (COL_STATUS, COL_ROLE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @role_gate.requires(role_gate.WRITE, otherwise=False)  # a reader's check-in is refused before the database
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_ATTENDED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.set_status(index.row(), "attended" if checked else "invited")
        if role == Qt.ItemDataRole.EditRole and index.column() == COL_STATUS and value in ATTENDANCE_STATUSES:
            return self.set_status(index.row(), value)
        if role == Qt.ItemDataRole.EditRole and index.column() == COL_ROLE and value in ATTENDANCE_ROLES:
            try:
                attendance.set_role(row.id, value)
            except UserError as exc:
                self.failed.emit(error_text(exc))
                return False
            row.role = value
            self.dataChanged.emit(index, index)
            return True
        return False

    @role_gate.requires(role_gate.WRITE, otherwise=False)
    def set_status(self, position: int, status: str) -> bool:
        row = self.rows[position]
        if row.status == status:
            return True
        try:
            attendance.set_status(row.id, status)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        row.status = status
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))
        self.changed.emit()
        return True

    def toggle(self, position: int) -> None:
        self.set_status(position, "invited" if self.rows[position].status == "attended" else "attended")

    def position_of(self, attendance_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == attendance_id), -1)

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(ATTENDANCE_STATUSES, 0)
        for row in self.rows:
            result[row.status] = result.get(row.status, 0) + 1
        return result


class FindFilter(QSortFilterProxyModel):
    """Type-to-find: rows where every typed word starts a word of the name; only when no name fits,
    words of the organisation and function count too ("vhs" finds the people from the VHS)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allowed: set[int] | None = None

    def set_text(self, text: str) -> None:
        typed = fold(text).split()
        model = self.sourceModel()
        allowed: set[int] | None = None
        if typed and isinstance(model, AttendanceModel):
            def fits(candidates: tuple[str, ...]) -> bool:
                return all(any(c.startswith(t) for c in candidates) for t in typed)

            allowed = {i for i, row in enumerate(model.rows) if fits(row.name_words)}
            if not allowed:
                allowed = {i for i, row in enumerate(model.rows) if fits(row.name_words + row.org_words)}
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self.allowed = allowed
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.allowed = allowed
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return self.allowed is None or source_row in self.allowed


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the status and role columns."""

    def createEditor(self, parent: QWidget, option: Any,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        kind = "attendance_status" if index.column() == COL_STATUS else "attendance_role"
        for key, text in choices(kind):
            combo.addItem(text, key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: Any,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TickTable(QTableView):
    """The list: Space toggles attended, letters go to the find field, Del removes."""

    toggle_requested = Signal()
    typed = Signal(str)
    backspace = Signal()
    escape = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = False  # something typed: Esc belongs to the list, not to a window shortcut

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                (event.key() == Qt.Key.Key_Escape and self.finding) or event.key() == Qt.Key.Key_Space):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space and plain:
            self.toggle_requested.emit()
        elif key == Qt.Key.Key_Backspace and plain:
            self.backspace.emit()
        elif key == Qt.Key.Key_Escape:
            self.escape.emit()
        elif key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        elif plain and event.text() and event.text().isprintable() and not event.text().isspace():
            self.typed.emit(event.text())
        else:
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - letters filter instead (see keyPressEvent)
        pass
