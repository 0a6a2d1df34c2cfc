"""Saving over a newer version (issue 13): show mine / theirs per field, never overwrite silently.

`resolve_conflict(editor, conflict)` is called by the record editor when its save raised `EditConflict`:
the dialog lists every field where my version and the saved one differ, each with a choice; "Meine
Fassung behalten" saves mine over the saved version, "Gespeicherte übernehmen" reloads the editor with the
saved values, "Zusammenführen" saves the per-field choices. A field I did not touch since opening the
editor is preselected with the saved value, a field the other person did not touch with mine.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.records import EditConflict
from app.ui.formats import format_day
from app.ui.labels import strip_mnemonic


def field_labels(editor: Any) -> dict[str, str]:
    """Field name → the caption the editor shows for it."""
    labels: dict[str, str] = {}
    for label in getattr(editor, "_form_labels", []):
        for field in editor.fields.values():
            if label.buddy() is field.widget:
                labels[field.name] = strip_mnemonic(label.text()).rstrip(" *:")
    return labels


class ConflictDialog(QDialog):
    MINE, THEIRS, MERGE = "mine", "theirs", "merge"

    def __init__(self, conflict: EditConflict, labels: dict[str, str], base: dict[str, Any],
                 widgets: dict[str, QWidget] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self._widgets = widgets or {}
        self._groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(str(conflict), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        who = conflict.changed_by or self.tr("jemand anderes")
        headers = (self.tr("Feld"), self.tr("Meine Fassung"), self.tr("Gespeichert von %1").replace("%1", who))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", grid_host)
            grid.addWidget(header, 0, column)
        for row, name in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(labels.get(name, name), grid_host), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            mine = QRadioButton(self.show_value(name, conflict.mine.get(name)), grid_host)
            theirs = QRadioButton(self.show_value(name, conflict.theirs.get(name)), grid_host)
            mine.setObjectName(f"mine_{name}")
            theirs.setObjectName(f"theirs_{name}")
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            untouched_by_me = name in base and _same(base[name], conflict.mine.get(name))
            (theirs if untouched_by_me else mine).setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self._groups[name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices, not to the scroll area
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("&Meine Fassung behalten"), self)
        self.take_theirs = QPushButton(self.tr("&Gespeicherte übernehmen"), self)
        self.merge = QPushButton(self.tr("&Zusammenführen"), self)
        self.merge.setDefault(True)
        cancel = QPushButton(self.tr("Weiter &bearbeiten"), self)
        self.keep_mine.clicked.connect(lambda: self._finish(self.MINE))
        self.take_theirs.clicked.connect(lambda: self._finish(self.THEIRS))
        self.merge.clicked.connect(lambda: self._finish(self.MERGE))
        cancel.clicked.connect(self.reject)
        for button in (self.keep_mine, self.take_theirs, self.merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def show_value(self, name: str, value: Any) -> str:
        widget = self._widgets.get(name)
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                return widget.itemText(index)
        if isinstance(widget, QCheckBox) or isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nein")
        if value in (None, ""):
            return "–"
        if isinstance(value, dt.datetime):
            return f"{format_day(value.date())} {value:%H:%M}"
        if isinstance(value, dt.date):
            return format_day(value)
        text = str(value)
        return text if len(text) <= 300 else text[:300] + " …"

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def chosen(self) -> dict[str, Any]:
        """Field → value to save: mine, theirs, or each row's choice (merge)."""
        result = {}
        for name, group in self._groups.items():
            take_theirs = self.choice == self.THEIRS or (self.choice == self.MERGE and group.checkedId() == 1)
            result[name] = self.conflict.theirs.get(name) if take_theirs else self.conflict.mine.get(name)
        return result


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return left.strip() == right.strip()
    return bool(left == right)


def resolve_conflict(editor: Any, conflict: EditConflict) -> bool:
    """Ask how to go on after a conflicting save; returns True when the editor's record was saved."""
    widgets = {name: field.widget for name, field in editor.fields.items()}
    dialog = ConflictDialog(conflict, field_labels(editor), dict(getattr(editor, "_snapshot", {})), widgets, editor)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    if dialog.choice == ConflictDialog.THEIRS:
        editor.load()
        return False
    for name, value in dialog.chosen().items():
        if name in editor.fields:
            editor.fields[name].set(value)
    editor._version = conflict.current_version
    return bool(editor.save())
