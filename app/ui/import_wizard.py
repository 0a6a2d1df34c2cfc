"""The import wizard: file → sheet → header/mapping → preview (with per-row choice) → result.

    open_import_wizard(parent, kind="persons", path=None, appointment_id=None, on_done=callback)

Reading and committing run through `run_in_background` (progress with cancel); every problem is shown in
the preview before anything is written; the result page can undo the import as a whole and save the
rejected rows. `install_drop_import(widget)` lets a window take an .xlsx/.csv dropped onto it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.io import spreadsheet
from app.models import Appointment
from app.services import imports
from app.services.errors import UserError
from app.ui.worker import run_in_background

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".xls", ".ods")
_ACTION_COLOURS = {"create": "#e6f4ea", "update": "#e8f0fe", "skip": "#f1f3f4", "error": "#fce8e6"}


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(5)

    def __init__(self, parent: QWidget | None = None, kind: str = "persons", path: Path | None = None,
                 appointment_id: int | None = None, on_done: Callable[[imports.Result], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Liste importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 640)
        self.on_done = on_done
        self.kind = kind
        self.path: Path | None = None
        self.sheets: list[spreadsheet.SheetInfo] = []
        self.layout_: imports.Layout | None = None
        self.preview: imports.Preview | None = None
        self.result: imports.Result | None = None
        self.appointment_id = appointment_id
        self.setPage(self.PAGE_FILE, FilePage(self, kind, path, appointment_id))
        self.setPage(self.PAGE_SHEET, SheetPage(self))
        self.setPage(self.PAGE_MAPPING, MappingPage(self))
        self.setPage(self.PAGE_PREVIEW, PreviewPage(self))
        self.setPage(self.PAGE_RESULT, ResultPage(self))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Schließen"))

    def fail(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Import"), str(exc))
        else:
            QMessageBox.critical(self, self.tr("Import"),
                                 self.tr("Unerwarteter Fehler: %1").replace("%1", type(exc).__name__))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str, path: Path | None, appointment_id: int | None) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(self.tr("Excel-Arbeitsmappe (.xlsx, .xlsm) oder CSV-Datei, wie Partner sie schicken."))
        form = QFormLayout(self)
        self.kind_box = QComboBox(self)
        for key, label in (("persons", self.tr("Kontakte mit Organisationen (Partnerliste)")),
                           ("appointments", self.tr("Termine (Terminliste)")),
                           ("attendance", self.tr("Teilnahmeliste eines Termins (Anmeldeliste)"))):
            self.kind_box.addItem(label, key)
        self.kind_box.setCurrentIndex(max(0, imports.KINDS.index(kind) if kind in imports.KINDS else 0))
        form.addRow(self.tr("Art der Liste:"), self.kind_box)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Datei auswählen oder hierher ziehen …"))
        if path is not None:
            self.path_edit.setText(str(path))
        browse = QPushButton(self.tr("Durchsuchen …"), self)
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Datei:"), row)
        self.appointment_box = QComboBox(self)
        self.appointment_label = QLabel(self.tr("Termin:"), self)
        for appointment in (Appointment.select(Appointment.id, Appointment.title, Appointment.start)
                            .order_by(Appointment.start.desc()).limit(300)):
            self.appointment_box.addItem(f"{appointment.start:%d.%m.%Y} – {appointment.title}", appointment.id)
        if appointment_id is not None:
            index = self.appointment_box.findData(appointment_id)
            if index < 0:
                self.appointment_box.addItem(imports.appointment_label(appointment_id), appointment_id)
                index = self.appointment_box.count() - 1
            self.appointment_box.setCurrentIndex(index)
        form.addRow(self.appointment_label, self.appointment_box)
        self.template_button = QPushButton(self.tr("Vorlage speichern …"), self)
        self.template_button.setToolTip(self.tr("Leere Liste mit den Spalten, die der Import erkennt"))
        self.template_button.clicked.connect(self.save_template)
        form.addRow("", self.template_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        form.addRow(self.message)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.path_edit.textChanged.connect(self.completeChanged)
        self._kind_changed()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _kind_changed(self) -> None:
        attendance = self.kind() == "attendance"
        self.appointment_box.setVisible(attendance)
        self.appointment_label.setVisible(attendance)
        self.completeChanged.emit()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Liste öffnen"), self.path_edit.text(),
                                              self.tr("Tabellen (*.xlsx *.xlsm *.csv);;Alle Dateien (*)"))
        if name:
            self.path_edit.setText(name)

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Vorlage speichern"), f"Vorlage_{self.kind()}.xlsx",
                                              self.tr("Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        try:
            imports.write_template(self.kind(), Path(name))
        except (UserError, OSError) as exc:
            self.wizard_.fail(exc)

    def isComplete(self) -> bool:  # noqa: N802
        if not self.path_edit.text().strip():
            return False
        return self.kind() != "attendance" or self.appointment_box.currentData() is not None

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path_edit.text().strip())
        try:
            sheets = spreadsheet.describe(path)
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        wizard = self.wizard_
        wizard.path, wizard.sheets, wizard.kind = path, sheets, self.kind()
        wizard.appointment_id = self.appointment_box.currentData() if wizard.kind == "attendance" else None
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Tabellenblatt wählen"))
        self.setSubTitle(self.tr("Welches Blatt der Arbeitsmappe enthält die Liste?"))
        layout = QVBoxLayout(self)
        self.sheets = QListWidget(self)
        layout.addWidget(self.sheets)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        self.sheets.clear()
        for info in self.wizard_.sheets:
            item = QListWidgetItem(info.name if info.claimed_rows is None else
                                   self.tr("%1 (etwa %2 Zeilen)").replace("%1", info.name)
                                   .replace("%2", str(info.claimed_rows)))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.sheets.addItem(item)
        self.sheets.setCurrentRow(0)

    def selected(self) -> str | None:
        item = self.sheets.currentItem()
        if item is None or (self.wizard_.path and self.wizard_.path.suffix.lower() in (".csv", ".txt")):
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        assert wizard.path is not None
        try:
            wizard.layout_ = imports.analyse(wizard.path, wizard.kind, self.selected())
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Kopfzeile und Spalten"))
        self.setSubTitle(self.tr("Die Kopfzeile wurde erkannt; Titelzeilen und Notizen darüber werden übersprungen. "
                                 "Bitte prüfen, welche Spalte wohin gehört."))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kopfzeile ist Zeile:"), self))
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, spreadsheet.HEAD_ROWS)
        top.addWidget(self.header_spin)
        self.remembered = QLabel(self)
        top.addWidget(self.remembered, 1)
        self.remember = QCheckBox(self.tr("Zuordnung für Dateien mit diesen Spalten merken"), self)
        self.remember.setChecked(True)
        top.addWidget(self.remember)
        layout.addLayout(top)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []
        self.header_spin.valueChanged.connect(self._header_changed)

    def target_label(self, key: str) -> str:
        labels = {
            "name": self.tr("Name (wird geteilt)"), "salutation": self.tr("Anrede"), "title": self.tr("Titel"),
            "first_name": self.tr("Vorname"), "last_name": self.tr("Nachname"), "function": self.tr("Funktion"),
            "organization": self.tr("Organisation"), "email": self.tr("E-Mail"), "phone": self.tr("Telefon"),
            "mobile": self.tr("Mobil"), "street": self.tr("Straße"), "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"), "country": self.tr("Land"), "languages": self.tr("Sprachen"),
            "consent_date": self.tr("Einwilligung am"), "notes": self.tr("Notizen"), "status": self.tr("Status"),
            "role": self.tr("Rolle"), "date": self.tr("Datum"), "start_time": self.tr("von (Uhrzeit)"),
            "end_time": self.tr("bis (Uhrzeit)"), "kind": self.tr("Art"), "location": self.tr("Ort"),
            "network": self.tr("Gremium"), "agenda": self.tr("Tagesordnung"), "outcome": self.tr("Ergebnis"),
            "expected_participants": self.tr("Erwartete Teilnehmende"),
        }
        if key == "title" and self.wizard_.kind == "appointments":
            return self.tr("Thema")
        return labels.get(key, key)

    def initializePage(self) -> None:  # noqa: N802
        layout = self.wizard_.layout_
        assert layout is not None
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(layout.header_row)
        self.header_spin.blockSignals(False)
        self._show(layout)

    def _header_changed(self, value: int) -> None:
        wizard = self.wizard_
        assert wizard.path is not None and wizard.layout_ is not None
        try:
            wizard.layout_ = imports.analyse(wizard.path, wizard.kind, wizard.layout_.sheet, header_row=value)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self._show(wizard.layout_)

    def _show(self, layout: imports.Layout) -> None:
        self.remembered.setText(self.tr("Zuordnung wie beim letzten Mal") if layout.remembered else "")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        targets = imports.TARGETS[self.wizard_.kind]
        for column, (header, target) in enumerate(zip(layout.headers, layout.mapping, strict=True)):
            label = QLabel(header or self.tr("(ohne Titel)"), self.grid_host)
            label.setStyleSheet("font-weight: bold;")
            combo = QComboBox(self.grid_host)
            combo.addItem(self.tr("– nicht übernehmen –"), "")
            for item in targets:
                combo.addItem(self.target_label(item.key), item.key)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(self._check)
            self.grid.addWidget(label, 0 if column < 6 else 2, column % 6)
            self.grid.addWidget(combo, 1 if column < 6 else 3, column % 6)
            self.combos.append(combo)
        numbered = [(number, values) for number, values in layout.head if number > layout.header_row][:12]
        rows = [values for _, values in numbered]
        width = max([len(layout.headers)] + [len(r) for r in rows]) if rows or layout.headers else 0
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(layout.headers + [""] * (width - len(layout.headers)))
        self.table.setVerticalHeaderLabels([str(number) for number, _ in numbered])  # rows as in Excel
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(imports._cell_text(value)))
        self._check()

    def mapping(self) -> list[str]:
        return [str(combo.currentData() or "") for combo in self.combos]

    def _check(self) -> None:
        problem = imports.check_mapping(self.wizard_.kind, self.mapping())
        self.message.setText(problem or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and imports.check_mapping(self.wizard_.kind, self.mapping()) is None

    def validatePage(self) -> bool:  # noqa: N802
        layout = self.wizard_.layout_
        assert layout is not None
        layout.mapping = self.mapping()
        if self.remember.isChecked():
            imports.remember_mapping(self.wizard_.kind, layout.headers, layout.mapping)
        return True


class PreviewModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[imports.Row] = []

    def set_rows(self, rows: list[imports.Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def action_label(self, action: str) -> str:
        return {"create": self.tr("neu anlegen"), "update": self.tr("aktualisieren"),
                "skip": self.tr("überspringen"), "error": self.tr("Fehler")}[action]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Zeile"), self.tr("Aktion"), self.tr("Eintrag"), self.tr("Hinweis"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.number
            if column == 1:
                return self.action_label(row.action)
            if column == 2:
                return row.label()
            return row.reason.partition(": ")[2] if row.reason.startswith("Zeile ") else row.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_ACTION_COLOURS[row.action]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or None
        return None

    def changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Vorschau – noch ist nichts gespeichert"))
        self.setSubTitle(self.tr("Jede Zeile mit dem, was geschehen wird. Für Duplikate bitte wählen; "
                                 "fehlerhafte Zeilen werden nicht übernommen."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Alle Duplikate:"), self))
        self.all_duplicates = QComboBox(self)
        self.all_duplicates.addItem(self.tr("vorhandene aktualisieren"), "update")
        self.all_duplicates.addItem(self.tr("überspringen"), "skip")
        self.all_duplicates.addItem(self.tr("trotzdem neu anlegen"), "create")
        self.all_duplicates.activated.connect(self._all_duplicates)
        bar.addWidget(self.all_duplicates)
        bar.addSpacing(20)
        bar.addWidget(QLabel(self.tr("Markierte Zeilen:"), self))
        self.row_buttons = []
        for choice, label in (("update", self.tr("Aktualisieren")), ("skip", self.tr("Überspringen")),
                              ("create", self.tr("Neu anlegen"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, c=choice: self._choose_selected(c))
            bar.addWidget(button)
            self.row_buttons.append(button)
        bar.addStretch(1)
        self.problems_only = QCheckBox(self.tr("nur Zeilen mit Hinweis"), self)
        self.problems_only.toggled.connect(self._filter)
        bar.addWidget(self.problems_only)
        self.save_rejected = QPushButton(self.tr("Fehlerhafte Zeilen speichern …"), self)
        self.save_rejected.clicked.connect(lambda: save_rejected_rows(self, self.wizard_.preview))
        bar.addWidget(self.save_rejected)
        layout.addLayout(bar)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 260)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.ready = False
        self.committing = False

    def initializePage(self) -> None:  # noqa: N802
        self.ready = False
        self.model.set_rows([])
        self.summary.setText(self.tr("Die Liste wird geprüft …"))
        wizard = self.wizard_
        path, kind, layout, appointment = wizard.path, wizard.kind, wizard.layout_, wizard.appointment_id
        assert path is not None and layout is not None

        def work(progress: Callable[[int, int, str], None]) -> imports.Preview:
            return imports.preview(path, kind, layout, appointment_id=appointment, progress=progress)

        def failed(exc: BaseException) -> None:
            self.summary.setText(str(exc) if isinstance(exc, UserError) else self.tr("Prüfung fehlgeschlagen."))
            wizard.fail(exc)

        run_in_background(self, self.tr("Liste wird geprüft"), work, self._loaded, failed)

    def _loaded(self, preview: imports.Preview) -> None:
        self.wizard_.preview = preview
        self.ready = True
        self.model.set_rows(preview.rows)
        self._update_summary()
        self.completeChanged.emit()

    def _update_summary(self) -> None:
        preview = self.wizard_.preview
        if preview is None:
            return
        counts = preview.counts()
        text = self.tr("%1 neu, %2 aktualisieren, %3 überspringen, %4 mit Fehlern") \
            .replace("%1", str(counts["create"])).replace("%2", str(counts["update"])) \
            .replace("%3", str(counts["skip"])).replace("%4", str(counts["error"]))
        if preview.new_organizations:
            text += " – " + self.tr("dazu %1 neue Organisationen").replace("%1", str(preview.new_organizations))
        self.summary.setText(text)
        self.save_rejected.setEnabled(counts["error"] > 0)

    def _all_duplicates(self) -> None:
        if self.wizard_.preview is not None:
            imports.set_duplicate_choice(self.wizard_.preview, str(self.all_duplicates.currentData()))
            self.model.changed()
            self._update_summary()

    def _choose_selected(self, choice: str) -> None:
        preview = self.wizard_.preview
        if preview is None:
            return
        for index in self.view.selectionModel().selectedRows():
            imports.set_choice(preview, self.model.rows[index.row()], choice)
        self.model.changed()
        self._update_summary()

    def _filter(self, on: bool) -> None:
        for number, row in enumerate(self.model.rows):
            self.view.setRowHidden(number, on and not (row.reason or row.action == "error"))

    def isComplete(self) -> bool:  # noqa: N802
        return self.ready and not self.committing

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.result is not None:
            return True
        preview = wizard.preview
        if preview is None:
            return False
        counts = preview.counts()
        if counts["create"] + counts["update"] == 0:
            QMessageBox.information(self, self.tr("Import"), self.tr("Es gibt keine Zeile zu übernehmen."))
            return False
        if counts["error"]:
            answer = QMessageBox.question(
                self, self.tr("Import"),
                self.tr("%1 Zeilen haben Fehler und werden nicht übernommen. Die übrigen Zeilen jetzt "
                        "importieren?").replace("%1", str(counts["error"])))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.committing = True
        self.completeChanged.emit()

        def done(result: imports.Result) -> None:
            self.committing = False
            wizard.result = result
            if wizard.on_done is not None:
                wizard.on_done(result)
            wizard.next()

        def failed(exc: BaseException) -> None:
            self.committing = False
            self.completeChanged.emit()
            wizard.fail(exc)

        run_in_background(self, self.tr("Import wird gespeichert"), lambda progress: imports.commit(
            preview, progress=progress), done, failed)
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Ergebnis"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.save_rejected = QPushButton(self.tr("Fehlerhafte Zeilen als Excel-Datei speichern …"), self)
        self.save_rejected.clicked.connect(lambda: save_rejected_rows(self, self.wizard_.preview))
        self.undo = QPushButton(self.tr("Import rückgängig machen"), self)
        self.undo.clicked.connect(self._undo)
        buttons.addWidget(self.save_rejected)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        result = self.wizard_.result
        if result is None:
            return
        text = self.tr("Import Nr. %1 gespeichert: %2 neu angelegt, %3 aktualisiert, %4 übersprungen, "
                       "%5 mit Fehlern.").replace("%1", str(result.batch_id)).replace("%2", str(result.created)) \
            .replace("%3", str(result.updated)).replace("%4", str(result.skipped)).replace("%5", str(result.errors))
        if result.organizations:
            text += " " + self.tr("Dazu %1 neue Organisationen.").replace("%1", str(result.organizations))
        if result.backup:
            text += "\n" + self.tr("Sicherung vor dem Import: %1").replace("%1", str(result.backup))
        self.text.setText(text)
        self.save_rejected.setEnabled(result.errors > 0)

    def _undo(self) -> None:
        result = self.wizard_.result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Import rückgängig machen"),
                                      self.tr("Alle Änderungen dieses Imports zurücknehmen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            imports.undo(result.batch_id)
        except UserError as exc:
            self.wizard_.fail(exc)
            return
        self.undo.setEnabled(False)
        self.text.setText(self.text.text() + "\n" + self.tr("Der Import wurde rückgängig gemacht."))
        if self.wizard_.on_done is not None:
            self.wizard_.on_done(result)


def save_rejected_rows(parent: QWidget, preview: imports.Preview | None) -> Path | None:
    if preview is None or not preview.errors():
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, QWizard.tr("Fehlerhafte Zeilen speichern"), f"{preview.path.stem}_abgelehnt.xlsx",
        QWizard.tr("Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)"))
    if not name:
        return None
    try:
        return imports.write_rejected(preview, Path(name))
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, QWizard.tr("Import"), str(exc))
        return None


def open_import_wizard(parent: QWidget | None = None, kind: str = "persons", path: Path | None = None,
                       appointment_id: int | None = None,
                       on_done: Callable[[imports.Result], None] | None = None) -> ImportWizard:
    wizard = ImportWizard(parent, kind, path, appointment_id, on_done)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    if path is not None:
        QTimer.singleShot(0, wizard.next)
    return wizard


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES:
            return Path(url.toLocalFile())
    return None


class _DropImport(QObject):
    """Event filter: an .xlsx/.csv dropped onto the window opens the wizard with that file."""

    def __init__(self, widget: QWidget, kind_for: Callable[[], str], on_done: Callable[[Any], None] | None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.kind_for = kind_for
        self.on_done = on_done

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802
        if isinstance(event, QDragEnterEvent | QDropEvent) and dropped_file(event) is not None:
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and not isinstance(event, QDragEnterEvent) \
                    and event.type() == QDropEvent.Type.Drop:
                open_import_wizard(self.widget, self.kind_for(), dropped_file(event), on_done=self.on_done)
            return True
        return False


def install_drop_import(widget: QWidget, kind_for: Callable[[], str] = lambda: "persons",
                        on_done: Callable[[Any], None] | None = None) -> QObject:
    widget.setAcceptDrops(True)
    drop_filter = _DropImport(widget, kind_for, on_done)
    widget.installEventFilter(drop_filter)
    return drop_filter


def _kind_for(window: QWidget) -> str:
    page_key = getattr(window, "page_key", None)
    key = page_key() if callable(page_key) else ""
    return "appointments" if key == "appointments" else "persons"


def install_import(window: QWidget) -> QAction:
    """Ctrl+I and drag-and-drop of an .xlsx/.csv onto `window` open the wizard (kind from the current page)."""
    def refresh(_result: object) -> None:
        changed = getattr(window, "_data_changed", None)
        if callable(changed):
            changed()

    action = QAction(QCoreApplication.translate("ImportWizard", "Liste importieren …"), window)
    action.setObjectName("importAction")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_import_wizard(window, _kind_for(window), on_done=refresh))
    window.addAction(action)
    install_drop_import(window, lambda: _kind_for(window), refresh)
    return action
