"""The common list page: search as you type, filters, sortable table, row count, export, new/open/delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.io.export import write_table
from app.ui import i18n, import_wizard, role_gate
from app.ui.editors.actions import delete_record, is_archived, set_archived
from app.ui.exchange_dialog import export_filter, list_import_menu, write_export
from app.ui.retranslate import Retranslating
from app.ui.tables import ID_ROLE, ListTableModel
from app.ui.ui_settings import ui_settings
from app.ui.worker import run_in_background


def locale_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class RecordTable(QTableView):
    """A table that opens the current row on Enter/double-click and forwards Delete."""

    activated_id = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._open_index)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.activated_id.emit(int(value))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            record_id = self.current_id()
            if record_id is not None:
                self.activated_id.emit(record_id)
                return
        if event.matches(QKeySequence.StandardKey.Delete):
            record_id = self.current_id()
            if record_id is not None:
                self.delete_requested.emit(record_id)
                return
        super().keyPressEvent(event)


FILTER_MIN, FILTER_CAP = 90, 220


def fit_combo(combo: QComboBox) -> None:
    """A filter never shrinks below its chosen entry ("Dieses Jahr", "Jeder Status" stay whole on a narrow
    screen; QA 14/15.11); only a long chosen entry (an organisation's name) may still be cut, at FILTER_CAP."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()) + 2, metrics.height())
    wanted = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    combo.setMinimumWidth(max(FILTER_MIN, min(wanted, FILTER_CAP)))


class ListPage(Retranslating, QWidget):
    """Subclasses set KIND, add filters in `build_filters()` and return them from `filters()`."""

    KIND = ""
    WRITE_CONTROLS = ("new_button", "import_button")  # app/ui/role_gate.py: locked for a reader
    open_requested = Signal(str, int)  # kind, id
    new_requested = Signal(str)  # kind
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        i18n.ensure_installed()  # plural forms ("1 Kontakt angezeigt") come from a .qm, German too
        self.model = ListTableModel(self.KIND, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        top.addWidget(self.title_label)
        top.addStretch(1)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.KIND))
        self.import_button = QToolButton(self)  # the import wizard; its menu also opens .ics/.vcf (issue 11)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self._import)
        self.import_button.setVisible(self.KIND in ("person", "organization", "appointment"))
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)  # the filters beside it keep their chosen entry whole (1024 px)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.search.setMaximumWidth(340)
        self.filter_row.addWidget(self.search, 1)
        self._filter_widgets: list[QWidget] = []
        self.build_filters()
        self.filter_row.addStretch(1)
        layout.addLayout(self.filter_row)
        self.filter_row.setSizeConstraint(QHBoxLayout.SizeConstraint.SetDefaultConstraint)

        self.table = RecordTable(self)
        if export_filter(self.KIND)[1]:  # contacts/appointments: several rows can be marked for a .vcf/.ics export
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        self.table.activated_id.connect(lambda record_id: self.open_requested.emit(self.KIND, record_id))
        self.table.delete_requested.connect(self.delete_record)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout.addLayout(bottom)

        self.model.modelReset.connect(self._update_count)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnWidth(number, column.width)
        self.fix_tab_order()
        self.retranslate()
        self._loaded = False
        self._restore_state()

    # --- to override ---------------------------------------------------------------------------------
    def build_filters(self) -> None:
        """Add filter widgets with `add_filter`."""

    def filters(self) -> dict[str, Any]:
        return {}

    def page_title(self) -> str:
        return ""

    def search_hint(self) -> str:
        return self.tr("Suchen …")

    def new_text(self) -> str:
        return self.tr("Neu …")

    def count_text(self, shown: int) -> str:
        return self.tr("%Ln Eintrag/Einträge", "", shown)

    def retranslate_filters(self) -> None:
        """Set the texts of the filter widgets (called at start and on a language change)."""

    # --- helpers ---------------------------------------------------------------------------------------
    def fix_tab_order(self, before: list[QWidget] | None = None) -> None:
        """Tab follows the visual order: title-row buttons, search, filters left to right, table."""
        chain = [*(before or []), self.new_button, self.import_button, self.export_button, self.search,
                 *self._filter_widgets, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_filter(self, widget: QWidget, caption: QLabel | None = None) -> None:
        if caption is not None:
            caption.setBuddy(widget)
            self.filter_row.addWidget(caption)
        self.filter_row.addWidget(widget)
        self._filter_widgets.append(widget)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.apply_filters)
            # show whole labels when there is room, shrink on narrow screens
            # whole labels when there is room; long entries (organisation names) shrink on a small screen
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            widget.currentIndexChanged.connect(lambda _index, combo=widget: fit_combo(combo))
            fit_combo(widget)

    @staticmethod
    def fill_combo(combo: QComboBox, items: list[tuple[Any, str]], keep: bool = True) -> None:
        current = combo.currentData() if keep else None
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        fit_combo(combo)

    def retranslate(self) -> None:
        self.title_label.setText(self.page_title())
        self.search.setPlaceholderText(self.search_hint())
        self.new_button.setText(self.new_text())
        self.import_button.setText(self.tr("Importieren …"))
        if self.KIND in ("person", "appointment"):  # (built again: its entries follow a language switch)
            previous = self.import_button.menu()
            self.import_button.setMenu(list_import_menu(self, self.KIND, lambda _r: self._window_changed(),
                                                        self._import))
            if previous is not None:
                previous.deleteLater()
        self.import_button.setToolTip(self.tr("Excel- oder CSV-Liste einlesen (Strg+I)"))
        self.new_button.setToolTip(self.tr("Neuer Eintrag (Strg+N)"))
        self.export_button.setText(self.tr("E&xportieren …"))
        self.export_button.setToolTip(self.tr("Die angezeigten Zeilen und Spalten als Excel- oder CSV-Datei "
                                              "speichern"))
        self.retranslate_filters()
        self.search.setAccessibleName(self.tr("%1 durchsuchen").replace("%1", self.page_title()))
        self.table.setAccessibleName(self.page_title())
        self.table.setAccessibleDescription(self.tr("Enter öffnet den Eintrag, Entf löscht ihn, Tab verlässt die "
                                                    "Tabelle"))
        self.count_label.setAccessibleName(self.tr("Anzahl"))
        for widget in self._filter_widgets:
            if isinstance(widget, QComboBox) and widget.count() and widget.property("autoName") is not False:
                # a filter combo announces what it filters, not only its current value
                widget.setAccessibleName(self.tr("Filter: %1").replace("%1", widget.itemText(0)))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_count()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                if key != Qt.Key.Key_Down:
                    record_id = self.table.current_id()
                    if record_id is not None:
                        self.open_requested.emit(self.KIND, record_id)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # --- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the database (called when the page is shown and after edits)."""
        current = self.table.current_id()
        if not self._loaded:
            self.model.filters = self.filters()
            self._loaded = True
        else:
            self.reload_choices()
            self.model.filters = self.filters()
        self.model.refresh()
        if current is not None:
            self.select_id(current)

    def reload_choices(self) -> None:
        """Refresh combo boxes whose items come from the database (organisations, networks)."""

    def apply_filters(self) -> None:
        if self._loaded:
            self.model.set_filters(self.filters())

    def _search_changed(self, text: str) -> None:
        if self._loaded:
            self.model.set_search(text)
        else:
            self.model.term = text

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount()))

    # --- actions ---------------------------------------------------------------------------------------
    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        record_id = int(index.siblingAtColumn(0).data(ID_ROLE))
        menu = QMenu(self)
        open_action = QAction(self.tr("Öffnen"), menu)
        open_action.triggered.connect(lambda: self.open_requested.emit(self.KIND, record_id))
        menu.addAction(open_action)
        self.extend_context_menu(menu, record_id)
        delete_action = QAction(self.tr("Löschen …"), menu)
        delete_action.triggered.connect(lambda: self.delete_record(record_id))
        delete_action.setEnabled(role_gate.may(role_gate.WRITE))
        menu.addSeparator()
        menu.addAction(delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def extend_context_menu(self, menu: QMenu, record_id: int) -> None:

        if self.KIND == "appointment":
            return
        archived = is_archived(self.KIND, record_id)
        action = QAction(self.tr("Wiederherstellen") if archived else self.tr("Archivieren"), menu)

        def toggle() -> None:
            set_archived(self, self.KIND, record_id, not archived)
            self.refresh()
            self.data_changed.emit()
        action.triggered.connect(toggle)
        action.setEnabled(role_gate.may(role_gate.WRITE))
        menu.addAction(action)

    @role_gate.requires(role_gate.WRITE)
    def delete_record(self, record_id: int) -> None:

        if delete_record(self, self.KIND, record_id):
            self.refresh()
            self.data_changed.emit()

    def _window_changed(self) -> None:
        changed = getattr(self.window(), "_data_changed", None)
        if callable(changed):
            changed()

    def _import(self) -> None:

        kind = "appointments" if self.KIND == "appointment" else "persons"
        window = self.window()
        done = getattr(window, "_data_changed", None)
        import_wizard.open_import_wizard(window, kind, on_done=(lambda _result: done()) if callable(done) else None)

    def export(self) -> None:

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / (self.export_name() + ".xlsx"))

        filters = self.tr("Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)")
        exchange_filter, exchange_suffix = export_filter(self.KIND)  # issue 11: .ics / .vcf
        marked = self.marked_ids() if exchange_suffix else []
        marked_filter = ""
        if exchange_suffix:
            filters += ";;" + exchange_filter
            if marked:  # issue 11 §6: "a selection in the GUI" – only the rows marked in the table
                marked_filter = exchange_filter.replace(" (", " – " + self.tr("nur markierte Zeilen") + " (", 1)
                filters += ";;" + marked_filter
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Exportieren"), suggested, filters)
        if not path:
            return
        target = Path(path)
        if exchange_suffix and exchange_suffix in (target.suffix.lower(), chosen[-5:-1]):
            what = "appointments" if exchange_suffix == ".ics" else "persons"
            ids = marked if marked_filter and chosen == marked_filter else list(self.model.ids)  # else the rows shown
            write_export(self, what, target.with_suffix(exchange_suffix), ids=ids)
            return
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        hidden = {c for c in range(self.model.columnCount()) if self.table.isColumnHidden(c)}
        header = self.table.horizontalHeader()
        order = sorted((c for c in range(self.model.columnCount()) if c not in hidden), key=header.visualIndex)
        headers, rows = self.model.visible_table(hidden)
        logical = [c for c in range(self.model.columnCount()) if c not in hidden]
        permutation = [logical.index(c) for c in order]
        total = self.model.rowCount()
        title = self.page_title()

        def work(progress: Any) -> Path:

            def rows_in_view_order() -> Any:
                for number, row in enumerate(rows):
                    if number % 1000 == 0:
                        progress(number, total, "")
                    yield [row[i] for i in permutation]
            return write_table(target, [headers[i] for i in permutation], rows_in_view_order(), sheet_title=title)

        def done(written: Path) -> None:
            QMessageBox.information(self, self.tr("Exportieren"),
                                    (self.tr("1 Zeile gespeichert in\n%2") if total == 1 else
                                     self.tr("%1 Zeilen gespeichert in\n%2")).replace("%1", locale_number(total))
                                    .replace("%2", str(written)))
        run_in_background(self, self.tr("Exportieren …"), work, done)

    def marked_ids(self) -> list[int]:
        """The records of the rows marked in the table (several with Ctrl/Shift+click)."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        ids = [self.table.model().index(index.row(), 0).data(ID_ROLE) for index in selection.selectedRows()]
        return [int(i) for i in ids if i is not None]

    def export_name(self) -> str:
        return self.page_title()

    # --- remembered state ------------------------------------------------------------------------------
    def _restore_state(self) -> None:

        state = ui_settings().value(self._state_key())
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)

    def save_state(self) -> None:

        ui_settings().setValue(self._state_key(), self.table.horizontalHeader().saveState())

    def _state_key(self) -> str:
        """Column widths/order are remembered per column layout (a changed layout starts fresh)."""
        import zlib

        signature = zlib.crc32("|".join(c.key for c in self.model.columns).encode())
        return f"lists/{self.KIND}/header-{signature:08x}"
