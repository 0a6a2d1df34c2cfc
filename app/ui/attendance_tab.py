"""The attendance tab of an appointment: invite, add walk-ins, tick who came, print the sign-in sheet.

Keyboard first – an assistant with the signed paper list ticks 25 of 31 without the mouse:

- In the list: type letters to find (the filter field shows them), ↑/↓ to move, **Space** toggles
  "anwesend", Backspace/Esc edit or clear what was typed, Del removes an entry.
- In the filter field: type any part of a name or organisation, ↑/↓ choose among the matches,
  **Enter** marks the chosen person as attended and selects the text, so the next name replaces it.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.io.export import write_table
from app.models.entities import ATTENDANCE_ROLES, ATTENDANCE_STATUSES
from app.services import attendance, letters, lists, networks, records, settings, signin
from app.services.appointments import APPOINTMENT
from app.services.errors import UserError
from app.ui import i18n, import_wizard, role_gate, theme
from app.ui.attendance_dialogs import PersonPicker, WalkInDialog
from app.ui.attendance_table import (
    COL_ATTENDED,
    COL_NAME,
    COL_ORG,
    COL_ROLE,
    COL_STATUS,
    AttendanceModel,
    ChoiceDelegate,
    FindFilter,
    TickTable,
    error_text,
)
from app.ui.labels import choices, label
from app.ui.retranslate import Retranslating
from app.ui.signin_dialog import SigninDialog


class AttendanceTab(Retranslating, QWidget):
    """Who is invited, who came: the attendance list of one appointment."""

    WRITE_CONTROLS = ("add_button", "network_combo", "invite_button", "walk_in_button", "remove_button",
                      "import_button")  # app/ui/role_gate.py: a reader's attendance list is read-only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        i18n.ensure_installed()  # plural forms ("1 Eintrag") come from a .qm, German too
        self.appointment_id: int | None = None
        self._restart_find = False
        self.model = AttendanceModel(self)
        self.proxy = FindFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_toolbar()
        self._build_find()
        self._build_table()
        self._build_bottom_bar()
        self._build_layout()
        self._connect_signals()
        self.retranslate()
        self.set_appointment(None)

    def _build_toolbar(self) -> None:
        """Add / walk-in / remove, and the network to invite."""
        self.add_button = QPushButton(self)
        self.network_combo = QComboBox(self)
        self.network_combo.setMinimumContentsLength(14)
        self.network_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.invite_button = QPushButton(self)
        self.walk_in_button = QPushButton(self)
        self.remove_button = QPushButton(self)

    def _build_find(self) -> None:
        self.find_field = QLineEdit(self)
        self.find_field.setClearButtonEnabled(True)
        self.find_field.installEventFilter(self)

    def _build_table(self) -> None:
        self.table = TickTable(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(COL_STATUS, ChoiceDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_ROLE, ChoiceDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; Space ticks, arrows move
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ATTENDED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)

    def _build_bottom_bar(self) -> None:
        """Counts and messages, mail to the invitees, import, export and print."""
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style("success"))
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.print_button.setDefault(False)
        from app.ui.mail_button import MailButton  # issue 11 §8: the invitees in BCC

        self.mail_button = MailButton(lambda: letters.mail_addresses_for_appointment(self.appointment_id)
                                      if self.appointment_id else [], self)

    def _build_layout(self) -> None:
        # two short rows instead of one long one: the tab fits a 1024 px screen and 150 % scaling
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.walk_in_button)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.network_combo, 1)
        invite_row.addWidget(self.invite_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mail_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(invite_row)
        layout.addWidget(self.find_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.counts_label)
        layout.addLayout(bottom)
        order: list[QWidget] = [self.add_button, self.walk_in_button, self.remove_button, self.network_combo,
                                self.invite_button, self.find_field, self.table, self.mail_button, self.import_button,
                                self.export_button, self.print_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_persons)
        self.invite_button.clicked.connect(self.invite_network)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_excel)
        self.import_button.clicked.connect(self.import_registrations)
        self.print_button.clicked.connect(self.print_sheet)
        self.find_field.textChanged.connect(self._find_changed)
        self.table.toggle_requested.connect(self.toggle_current)
        self.table.typed.connect(self._typed_in_table)
        self.table.backspace.connect(lambda: self.find_field.setText(self.find_field.text()[:-1]))
        self.table.escape.connect(self.find_field.clear)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.model.changed.connect(self._update_counts)
        self.model.failed.connect(lambda text: QMessageBox.warning(self, self.tr("Teilnahme"), text))
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_sheet, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def apply_capabilities(self, caps: object) -> None:
        """A reader ticks nobody: no editing in the table (the model refuses the check-in as well)."""
        if not role_gate.may(role_gate.WRITE):
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Teilnahme"))
        self.add_button.setText(self.tr("Person &hinzufügen …"))
        self.network_combo.setAccessibleName(self.tr("Gremium zum Einladen"))
        self.invite_button.setText(self.tr("Gremium &einladen"))
        self.invite_button.setToolTip(self.tr("Alle Mitglieder des gewählten Gremiums einladen (Personen und die "
                                              "Ansprechpersonen der Mitgliedsorganisationen); wer schon auf der "
                                              "Liste steht, bleibt wie er ist."))
        self.walk_in_button.setText(self.tr("Spontan &dazugekommen …"))
        self.remove_button.setText(self.tr("Ent&fernen"))
        self.remove_button.setToolTip(self.tr("Die gewählten Einträge von der Liste nehmen (Entf)"))
        self.find_field.setPlaceholderText(self.tr("Finden: Namen tippen – ↑/↓ wählen, Enter trägt als anwesend "
                                                   "ein (in der Liste hakt die Leertaste ab)"))
        self.find_field.setAccessibleName(self.tr("Finden"))
        self.find_field.setToolTip(self.find_field.placeholderText())
        self.table.setAccessibleName(self.tr("Teilnahmeliste"))
        self.table.setAccessibleDescription(self.tr("Leertaste: anwesend an/aus, Buchstaben: finden, Entf: entfernen"))
        self.export_button.setText(self.tr("Nach E&xcel exportieren …"))
        self.import_button.setText(self.tr("Anmeldeliste &importieren …"))
        self.import_button.setToolTip(self.tr("Eine Anmeldeliste (Excel/CSV) für diesen Termin einlesen"))
        self.print_button.setText(self.tr("&Teilnahmeliste drucken …"))
        self.print_button.setToolTip(self.tr("Teilnahmeliste drucken oder als PDF speichern (Strg+P)"))
        if self.network_combo.count():  # the "— Gremium wählen —" entry and the status names in the counts
            self.network_combo.setItemText(0, self.tr("— Gremium wählen —"))
            self._update_counts()

    def import_registrations(self) -> None:
        """A registration list for this appointment goes through the import wizard (preview first)."""
        if self.appointment_id is None:
            return

        self.import_wizard = import_wizard.open_import_wizard(
            self.window(), "attendance", appointment_id=self.appointment_id, on_done=lambda _result: self.reload())

    def set_appointment(self, appointment_id: int | None) -> None:
        self.appointment_id = appointment_id
        self.find_field.clear()
        self.message.clear()
        self.model.load(appointment_id)
        self._fill_networks()
        for widget in (self.add_button, self.network_combo, self.invite_button, self.walk_in_button,
                       self.remove_button, self.find_field, self.table, self.export_button, self.import_button,
                       self.print_button, self.mail_button):
            widget.setEnabled(appointment_id is not None)
        if appointment_id is not None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))

    def reload(self) -> None:
        current = self._current_id()
        self.model.load(self.appointment_id)
        self.proxy.set_text(self.find_field.text())  # row numbers changed: match again
        if current is not None:
            self._select_id(current)

    def _fill_networks(self) -> None:
        self.network_combo.clear()
        self.network_combo.addItem(self.tr("— Gremium wählen —"), None)
        default = None
        if self.appointment_id is not None:
            default = records.get(APPOINTMENT, self.appointment_id).network_id
        for network_id, name in lists.choices("network"):
            self.network_combo.addItem(name, network_id)
        if default is not None and self.network_combo.findData(default) < 0:  # an archived network keeps its entry
            self.network_combo.addItem(networks.get_network(default).name, default)
        index = self.network_combo.findData(default) if default is not None else 0
        self.network_combo.setCurrentIndex(max(0, index))

    def _update_counts(self) -> None:
        counts = self.model.counts()
        parts = [f"{label('attendance_status', key)}: {counts[key]}" for key in ATTENDANCE_STATUSES]
        total = self.tr("Gesamt: %1").replace("%1", str(sum(counts.values())))
        self.counts_label.setText("   ·   ".join([*parts, total]))

    # --- keyboard ticking ----------------------------------------------------------------------------------

    def _current_source_row(self) -> int:
        index = self.table.currentIndex()
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(index).row()

    def _current_id(self) -> int | None:
        row = self._current_source_row()
        return self.model.rows[row].id if row >= 0 else None

    def _select_id(self, attendance_id: int) -> None:
        position = self.model.position_of(attendance_id)
        if position < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(position, COL_NAME))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def toggle_current(self) -> None:
        row = self._current_source_row()
        if row < 0:
            return
        self.model.toggle(row)
        person = self.model.rows[row]
        self._tell(self.tr("%1: %2").replace("%1", person.name)
                   .replace("%2", label("attendance_status", person.status)))
        self._restart_find = bool(self.find_field.text())

    def mark_current_attended(self) -> None:
        row = self._current_source_row()
        if row < 0:
            self._tell(self.tr("Niemand gefunden."))
            return
        self.model.set_status(row, "attended")
        self._tell(self.tr("%1 ist als anwesend eingetragen.").replace("%1", self.model.rows[row].name))
        self.find_field.selectAll()

    def _typed_in_table(self, text: str) -> None:
        if self._restart_find:
            self._restart_find = False
            self.find_field.setText(text)
        else:
            self.find_field.setText(self.find_field.text() + text)

    def _find_changed(self, text: str) -> None:
        """Filter; while typing the first match is the current row, after clearing the last one stays."""
        current = self._current_id()
        self.proxy.set_text(text)
        self.table.finding = bool(text)
        if text and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))
            self.message.clear()
        elif text:
            self._tell(self.tr("Niemand passt zu „%1“.").replace("%1", text))
        elif current is not None:
            self._select_id(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.find_field and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self.find_field.text()):
            event.accept()  # Esc clears the search before it may close the window
            return True
        if watched is self.find_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(Qt.Key(key))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.mark_current_attended()
                return True
            if key == Qt.Key.Key_Escape and self.find_field.text():
                self.find_field.clear()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
        target = min(count - 1, max(0, current + step))
        index = self.proxy.index(target, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _tell(self, text: str) -> None:
        self.message.setText(text)

    # --- actions ---------------------------------------------------------------------------------------

    def _present(self) -> set[int]:
        if self.appointment_id is None:
            return set()
        return {a.person_id for a in attendance.attendance_list(self.appointment_id)}

    def add_persons(self) -> None:
        if self.appointment_id is None:
            return
        picker = PersonPicker(self._present(), self)
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.chosen():
            return
        self.invite_persons(picker.chosen())

    def invite_persons(self, person_ids: list[int]) -> None:
        assert self.appointment_id is not None
        try:
            added = attendance.invite(self.appointment_id, person_ids)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Personen hinzufügen"), error_text(exc))
            return
        self.reload()
        if added:
            self._select_id(added[0].id)
        self._tell(self.tr("%n Person(en) eingeladen.", "", len(added)))

    def invite_network(self) -> None:
        network_id = self.network_combo.currentData()
        if self.appointment_id is None or network_id is None:
            self._tell(self.tr("Bitte zuerst ein Gremium wählen."))
            return
        try:
            added = attendance.invite_network(self.appointment_id, network_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Gremium einladen"), error_text(exc))
            return
        self.reload()
        text = self.tr("%n Person(en) aus „%1“ eingeladen.", "", len(added)).replace(
            "%1", self.network_combo.currentText())
        if not added:
            text = self.tr("Alle Mitglieder von „%1“ stehen schon auf der Liste.").replace(
                "%1", self.network_combo.currentText())
        self._tell(text)

    def add_walk_in(self) -> None:
        if self.appointment_id is None:
            return
        dialog = WalkInDialog(self.appointment_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_row is None:
            return
        self.reload()
        self._select_id(dialog.result_row.id)
        self._tell(self.tr("%1 ist als anwesend eingetragen.").replace("%1", dialog.result_row.snapshot_name))

    def _selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self._current_source_row() >= 0:
            rows = {self._current_source_row()}
        return sorted(rows)

    @role_gate.requires(role_gate.WRITE)
    def remove_selected(self) -> None:
        rows = self._selected_rows()
        if not rows or self.appointment_id is None:
            return
        names = [self.model.rows[r].name for r in rows]
        question = (self.tr("„%1“ von der Liste entfernen?").replace("%1", names[0]) if len(names) == 1 else
                    self.tr("%n Einträge von der Liste entfernen?", "", len(names)))
        answer = QMessageBox.question(self, self.tr("Entfernen"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        for r in rows:
            attendance.remove(self.model.rows[r].id)
        self.reload()
        self._tell(self.tr("%n Eintrag/Einträge entfernt.", "", len(rows)))

    def set_status_of_selection(self, status: str) -> None:
        for r in self._selected_rows():
            if not self.model.set_status(r, status):
                break

    def set_role_of_selection(self, role: str) -> None:
        for r in self._selected_rows():
            self.model.setData(self.model.index(r, COL_ROLE), role, Qt.ItemDataRole.EditRole)

    @role_gate.requires(role_gate.WRITE)  # every entry changes the list: a reader gets no menu
    def _context_menu(self, position: Any) -> None:
        if not self._selected_rows():
            return
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Status setzen"))
        for key, text in choices("attendance_status"):
            status_menu.addAction(text, partial(self.set_status_of_selection, key))
        role_menu = menu.addMenu(self.tr("Rolle setzen"))
        for key, text in choices("attendance_role"):
            role_menu.addAction(text, partial(self.set_role_of_selection, key))
        menu.addSeparator()
        menu.addAction(self.tr("Entfernen"), self.remove_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def export_excel(self) -> None:
        if self.appointment_id is None:
            return
        appointment = records.get(APPOINTMENT, self.appointment_id)
        start = appointment.start if isinstance(appointment.start, dt.datetime) else None
        stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in appointment.title).strip()
        suggestion = f"Teilnahme {start:%Y-%m-%d} {stem}.xlsx" if start else f"Teilnahme {stem}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Teilnahme nach Excel exportieren"), suggestion,
                                              self.tr("Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        self.write_export(path)

    def write_export(self, path: str) -> None:

        assert self.appointment_id is not None
        labels = {key: label("attendance_status", key) for key in ATTENDANCE_STATUSES}
        labels.update({key: label("attendance_role", key) for key in ATTENDANCE_ROLES})
        headers, rows = signin.rows_for_export(self.appointment_id, labels, settings.get("language"))
        try:
            write_table(Path(path), headers, rows)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Die Datei konnte nicht geschrieben werden: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        self._tell(self.tr("Exportiert: %1").replace("%1", path))

    def print_sheet(self) -> None:
        if self.appointment_id is None:
            return

        SigninDialog(self.appointment_id, self).exec()
