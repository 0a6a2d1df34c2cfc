"""The wizard's preview page: every row of the file (model/view, any length), what will happen to it, the
file's own cells beside it – correctable in place – and, for calendars, the resulting status and kind with
the category → kind rules the office can change."""

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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.io import cells
from app.services import imports
from app.services.errors import UserError
from app.ui import labels
from app.ui.worker import Cancelled, run_in_background

ACTION_COLOURS = {"create": "#e6f4ea", "update": "#e8f0fe", "skip": "#f1f3f4", "error": "#fce8e6"}


class PreviewModel(QAbstractTableModel):
    """Zeile, Aktion, Eintrag, [Status, Art], Hinweis, then the file's columns (editable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[imports.Row] = []
        self.headers: list[str] = []
        self.calendar = False
        self.on_edit: Callable[[imports.Row, int, str], None] | None = None

    @property
    def fixed(self) -> int:
        return 6 if self.calendar else 4

    def set_rows(self, rows: list[imports.Row], headers: list[str], calendar: bool) -> None:
        self.beginResetModel()
        self.rows, self.headers, self.calendar = rows, headers, calendar
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.fixed + len(self.headers)

    def action_label(self, action: str) -> str:
        return {"create": self.tr("neu anlegen"), "update": self.tr("aktualisieren"),
                "skip": self.tr("überspringen"), "error": self.tr("Fehler")}[action]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("Zeile"), self.tr("Aktion"), self.tr("Eintrag")]
        if self.calendar:
            fixed += [self.tr("Status"), self.tr("Art")]
        fixed.append(self.tr("Hinweis"))
        if section < len(fixed):
            return fixed[section]
        return self.headers[section - self.fixed] or self.tr("(ohne Titel)")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= self.fixed and self.rows[index.row()].raw:
            return base | Qt.ItemFlag.ItemIsEditable  # very long lists keep the cells of problem rows only
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column >= self.fixed:
                raw = row.raw
                offset = column - self.fixed
                return cells.cell_text(raw[offset]) if offset < len(raw) else ""
            if column == 0:
                return row.number
            if column == 1:
                return self.action_label(row.action)
            if column == 2:
                return row.label()
            if self.calendar and column in (3, 4) and (not row.values or row.values.get("private")):
                return ""  # skipped as private: it gets no status or kind
            if self.calendar and column == 3:
                return labels.label("appointment_status", row.values.get("status", ""))
            if self.calendar and column == 4:
                kind = row.values.get("kind", "meeting" if row.values.get("start") else "")
                return labels.label("appointment_kind", kind) if kind else ""
            # the row number has its own column: "Zeile 7: …" / "Row 7: …" shows as "…"
            return row.reason.partition(": ")[2] if row.reason.startswith(("Zeile ", "Row ")) else row.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ACTION_COLOURS[row.action]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or None
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < self.fixed:
            return False
        if self.on_edit is None:
            return False
        self.on_edit(self.rows[index.row()], index.column() - self.fixed, str(value))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))


class ProblemFilter(QSortFilterProxyModel):
    """Shows every row, or with `problems_only` the ones with a note or an error; survives model resets."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.problems_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.problems_only:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        row = model.rows[source_row]
        return bool(row.reason) or row.action == "error"


class PreviewPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:  # the ImportWizard (import_wizard.py) holding the state
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Vorschau – noch ist nichts gespeichert"))
        self.setSubTitle(self.tr("Jede Zeile mit dem, was geschehen wird. Für Duplikate bitte wählen; eine Zelle "
                                 "rechts lässt sich per Doppelklick berichtigen. Fehlerhafte Zeilen werden nicht "
                                 "übernommen."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        duplicates_label = QLabel(self.tr("Alle Duplikate:"), self)
        bar.addWidget(duplicates_label)
        self.all_duplicates = QComboBox(self)
        duplicates_label.setBuddy(self.all_duplicates)
        self.all_duplicates.addItem(self.tr("vorhandene aktualisieren"), "update")
        self.all_duplicates.addItem(self.tr("überspringen"), "skip")
        self.all_duplicates.addItem(self.tr("trotzdem neu anlegen"), "create")
        self.all_duplicates.activated.connect(self._all_duplicates)
        bar.addWidget(self.all_duplicates)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Markierte Zeilen:"), self))
        self.row_buttons = []
        for choice, text in (("update", self.tr("Aktualisieren")), ("skip", self.tr("Überspringen")),
                             ("create", self.tr("Neu anlegen"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, c=choice: self._choose_selected(c))
            bar.addWidget(button)
            self.row_buttons.append(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        bar = QHBoxLayout()  # a second row: the step fits 1024 px and 150 % scaling (issue 14)
        self.problems_only = QCheckBox(self.tr("nur Zeilen mit Hinweis"), self)
        self.problems_only.toggled.connect(self._filter)
        bar.addWidget(self.problems_only)
        bar.addStretch(1)
        self.save_rejected = QPushButton(self.tr("Fehlerhafte Zeilen speichern …"), self)
        self.save_rejected.clicked.connect(self._save_rejected)
        bar.addWidget(self.save_rejected)
        layout.addLayout(bar)
        self.model = PreviewModel(self)
        self.model.on_edit = self._corrected
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("previewTable")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.setAccessibleName(self.title())
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.setMinimumWidth(0)
        layout.addWidget(self.view, 1)
        self.categories_box = QGroupBox(self.tr("Kategorien → Art des Termins (wird gemerkt)"), self)
        box_layout = QVBoxLayout(self.categories_box)
        self.categories = QTableWidget(0, 2, self.categories_box)
        self.categories.setObjectName("categoryRules")
        self.categories.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("wird zu")])
        self.categories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.categories.verticalHeader().hide()
        self.categories.setAccessibleName(self.categories_box.title())
        self.categories.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.categories.setMaximumHeight(130)
        box_layout.addWidget(self.categories)
        layout.addWidget(self.categories_box)
        self.categories_box.hide()
        self.rule_combos: dict[str, QComboBox] = {}
        self.ready = False
        self.committing = False

    def initializePage(self) -> None:  # noqa: N802
        self.ready = False
        layout_ = self.wizard_.layout_
        assert layout_ is not None
        self.model.set_rows([], layout_.headers, self.wizard_.kind == "appointments")
        self.summary.setText(self.tr("Die Liste wird geprüft …"))
        self.save_rejected.setEnabled(False)
        self._load()

    def _load(self) -> None:
        wizard = self.wizard_
        path, kind, layout_, appointment = wizard.path, wizard.kind, wizard.layout_, wizard.appointment_id
        assert path is not None and layout_ is not None

        rows = self._rows_below_header()

        def work(report: Callable[[int, int, str], None]) -> imports.Preview | None:
            def progress(done: int, total: int, text: str) -> None:
                # the check counts rows without knowing how many follow: with the file's own count the dialog
                # shows a bar that fills instead of a busy stripe (a CSV file; a workbook's count is not known here)
                if rows and not total:
                    report(min(done, rows), rows, text)
                else:
                    report(done, total, text)

            try:
                return imports.preview(path, kind, layout_, appointment_id=appointment, progress=progress)
            except Cancelled:
                return None  # the user pressed "Abbrechen": back to the columns (the worker tells no one else)

        def failed(exc: BaseException) -> None:
            self.summary.setText(str(exc) if isinstance(exc, UserError) else self.tr("Prüfung fehlgeschlagen."))
            wizard.fail(exc)

        run_in_background(self, self.tr("Liste wird geprüft"), work, self._loaded, failed)

    def _rows_below_header(self) -> int:
        """How many rows the file says it holds below the header (0: not known)."""
        wizard = self.wizard_
        layout_ = wizard.layout_
        sheet = layout_.sheet if layout_ is not None else None
        for info in wizard.sheets:
            if info.claimed_rows and (sheet is None or info.name == sheet):
                return max(0, info.claimed_rows - (layout_.header_row if layout_ is not None else 1))
        return 0

    def _cancelled_check(self) -> None:
        """The check was cancelled: the columns step again, saying so; "Weiter" starts the check anew."""
        wizard = self.wizard_
        if wizard.currentPage() is not self:
            return
        wizard.back()
        message = getattr(wizard.currentPage(), "message", None)
        if isinstance(message, QLabel):
            message.setText(self.tr("Prüfung abgebrochen – mit „Weiter“ beginnt sie neu."))

    def _loaded(self, preview: imports.Preview | None) -> None:
        if preview is None:
            self._cancelled_check()
            return
        self.wizard_.preview = preview
        self.ready = True
        self.model.set_rows(preview.rows, preview.layout.headers, preview.kind == "appointments")
        self.proxy.set_problems_only(self.problems_only.isChecked())  # the tick keeps filtering after Zurück/Weiter
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.view.setColumnWidth(2, 240)
        self.view.setColumnWidth(self.model.fixed - 1, 280)
        self._show_categories(preview)
        self._update_summary()
        self.completeChanged.emit()

    def _show_categories(self, preview: imports.Preview) -> None:
        found = preview.categories() if preview.kind == "appointments" else []
        self.categories_box.setVisible(bool(found))
        self.categories.setRowCount(len(found))
        self.rule_combos = {}
        rules = preview.layout.category_kinds
        for row, category in enumerate(found):
            self.categories.setItem(row, 0, QTableWidgetItem(category))
            combo = QComboBox(self.categories)
            combo.addItem(self.tr("– keine Vorgabe –"), "")
            for key, text in labels.choices("appointment_kind"):
                combo.addItem(text, key)
            combo.addItem(self.tr("privat – nicht übernehmen"), imports.PRIVATE)
            rule = rules.get(imports.header_key(category)) or imports.suggest_category(category)
            combo.setCurrentIndex(max(0, combo.findData(rule)))
            combo.setAccessibleName(self.tr("Kategorie „%1“ wird zu").replace("%1", category))
            combo.activated.connect(lambda _i, c=category: self._rule_changed(c))
            self.categories.setCellWidget(row, 1, combo)
            self.rule_combos[category] = combo

    def set_rule(self, category: str, kind: str) -> None:
        combo = self.rule_combos[category]
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self._rule_changed(category)

    def _rule_changed(self, category: str) -> None:
        layout_ = self.wizard_.layout_
        assert layout_ is not None
        kind = str(self.rule_combos[category].currentData() or "")
        key = imports.header_key(category)
        if kind:
            layout_.category_kinds[key] = kind
            imports.remember_categories({category: kind})
        else:
            layout_.category_kinds.pop(key, None)
        self.ready = False
        self.completeChanged.emit()
        self._load()

    def _corrected(self, row: imports.Row, column: int, value: str) -> None:
        preview = self.wizard_.preview
        if preview is None:
            return
        imports.correct_cell(preview, row, column, value)
        self._update_summary()

    def _update_summary(self) -> None:
        preview = self.wizard_.preview
        if preview is None:
            return
        counts = preview.counts()
        text = self.tr("%1 neu, %2 aktualisieren, %3 überspringen, %4 mit Fehlern") \
            .replace("%1", str(counts["create"])).replace("%2", str(counts["update"])) \
            .replace("%3", str(counts["skip"])).replace("%4", str(counts["error"]))
        if preview.new_organizations:
            text += " – " + (self.tr("dazu 1 neue Organisation") if preview.new_organizations == 1 else
                             self.tr("dazu %1 neue Organisationen").replace("%1", str(preview.new_organizations)))
        if preview.layout.profile:
            text += " · " + self.tr("Format: %1").replace("%1", preview.layout.profile_label)
        self.summary.setText(text)
        self.save_rejected.setEnabled(counts["error"] > 0)

    def _save_rejected(self) -> None:
        save_rejected_rows(self, self.wizard_.preview)

    def _all_duplicates(self) -> None:
        if self.wizard_.preview is not None:
            imports.set_duplicate_choice(self.wizard_.preview, str(self.all_duplicates.currentData()))
            self.model.changed()
            self._update_summary()

    def selected_rows(self) -> list[imports.Row]:
        return [self.model.rows[self.proxy.mapToSource(index).row()]
                for index in self.view.selectionModel().selectedRows()]

    def _choose_selected(self, choice: str) -> None:
        preview = self.wizard_.preview
        if preview is None:
            return
        for row in self.selected_rows():
            imports.set_choice(preview, row, choice)
        self.model.changed()
        self._update_summary()

    def _filter(self, on: bool) -> None:
        self.proxy.set_problems_only(on)

    def isComplete(self) -> bool:  # noqa: N802
        return self.ready and not self.committing

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.import_result is not None:
            return True
        preview = wizard.preview
        if preview is None:
            return False
        counts = preview.counts()
        if not preview.writes():  # (a list of companies only creates organisations: that is something)
            QMessageBox.information(self, self.tr("Import"), self.tr("Es gibt keine Zeile zu übernehmen."))
            return False
        if counts["error"]:
            answer = QMessageBox.question(
                self, self.tr("Import"),
                self.tr("1 Zeile hat Fehler und wird nicht übernommen. Die übrigen Zeilen jetzt importieren?")
                if counts["error"] == 1 else
                self.tr("%1 Zeilen haben Fehler und werden nicht übernommen. Die übrigen Zeilen jetzt "
                        "importieren?").replace("%1", str(counts["error"])))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.committing = True
        self.completeChanged.emit()

        def work(progress: Callable[[int, int, str], None]) -> imports.Result | None:
            try:
                return imports.commit(preview, progress=progress)
            except Cancelled:
                return None  # rolled back whole (one transaction): nothing was written

        def done(result: imports.Result | None) -> None:
            self.committing = False
            if result is None:
                self.completeChanged.emit()
                self._update_summary()
                self.summary.setText(self.summary.text() + "\n"
                                     + self.tr("Import abgebrochen – nichts gespeichert. „Importieren“ beginnt ihn "
                                               "neu."))
                return
            wizard.import_result = result
            if wizard.on_done is not None:
                wizard.on_done(result)
            wizard.next()

        def failed(exc: BaseException) -> None:
            self.committing = False
            self.completeChanged.emit()
            wizard.fail(exc)

        run_in_background(self, self.tr("Import wird gespeichert"), work, done, failed)
        return False


def save_rejected_rows(parent: QWidget, preview: imports.Preview | None) -> Path | None:
    if preview is None or not preview.errors():
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportWizard", "Fehlerhafte Zeilen speichern"),
        f"{preview.path.stem}_abgelehnt.xlsx",
        QCoreApplication.translate("ImportWizard", "Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)"))
    if not name:
        return None
    try:
        return imports.write_rejected(preview, Path(name))
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ImportWizard", "Import"), str(exc))
        return None
