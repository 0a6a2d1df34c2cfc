"""The attendance tab's two small dialogs: pick persons to invite, and record someone who came uninvited."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import Attendance
from app.services import lists, search, signin
from app.services.errors import UserError
from app.ui import theme
from app.ui.attendance_table import ID_ROLE, error_text


class PersonPicker(QDialog):
    """Find persons by name, organisation or e-mail and add one or several to the list."""

    def __init__(self, present: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.present = present
        self.setWindowTitle(self.tr("Personen hinzufügen"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Name, Organisation oder E-Mail tippen …"))
        self.field.setAccessibleName(self.tr("Person suchen"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Gefundene Personen"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.hint = QLabel(self.tr("Mehrere auswählen mit Strg/Umschalt. Enter fügt die Auswahl hinzu."), self)
        self.hint.setStyleSheet(theme.style("muted"))
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Hinzufügen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.setFocus()
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self.update_results)
        self.field.installEventFilter(self)
        self.results.itemDoubleClicked.connect(lambda _: self.accept())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setFocus()
                return False
        return super().eventFilter(watched, event)

    def update_results(self, text: str) -> None:
        self.results.clear()
        for hit in search.search(text, limit=40, kinds=("person",)):
            item = QListWidgetItem(f"{hit.label}  –  {hit.detail}" if hit.detail else hit.label)
            item.setData(ID_ROLE, hit.id)
            if hit.id in self.present:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(item.text() + "  " + self.tr("(schon auf der Liste)"))
            self.results.addItem(item)
        first = next((self.results.item(i) for i in range(self.results.count())
                      if self.results.item(i).flags() & Qt.ItemFlag.ItemIsSelectable), None)
        if first is not None:
            first.setSelected(True)
            self.results.setCurrentItem(first)

    def chosen(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self.results.selectedItems()]


class WalkInDialog(QDialog):
    """Someone came who was not invited: name and organisation, recorded as attended right away."""

    def __init__(self, appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointment_id = appointment_id
        self.result_row: Attendance | None = None
        self.setWindowTitle(self.tr("Spontan dazugekommen"))
        form = QFormLayout(self)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.organization = QComboBox(self)
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.addItem("")
        for _org_id, name in lists.choices("organization"):
            self.organization.addItem(name)
        self.organization.setCurrentIndex(0)
        completer = self.organization.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.function = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(theme.style("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("&Vorname"), self.first_name)
        form.addRow(self.tr("&Nachname *"), self.last_name)
        form.addRow(self.tr("&Organisation"), self.organization)
        form.addRow(self.tr("&Funktion"), self.function)
        self.first_name.setFocus()
        form.addRow(self.error)
        hint = QLabel(self.tr("Eine neue Organisation wird mit diesem Namen angelegt."), self)
        hint.setStyleSheet(theme.style("muted"))
        form.addRow(hint)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Als anwesend eintragen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            self.result_row = signin.walk_in(self.appointment_id, self.first_name.text(), self.last_name.text(),
                                             self.organization.currentText(), self.function.text())
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
