"""Calendar (.ics) and address-book (.vcf) files in the GUI, and mail to a group.

- `ExchangeDialog`: the preview of an .ics/.vcf file – which program wrote it, one row per event, series or
  card with create / update / skip and the reason – the user can change rows, then "Importieren" writes
  everything in one transaction (undoable: "Rückgängig" right there or `bruecke import-undo`).
- `install_exchange(window)`: Datei-menu entries and drag and drop of .ics/.vcf onto the window.
- `export_calendar` / `export_contacts`: save dialogs used by the lists' export buttons and the menu.
- "E-Mail an alle" lives in mail_button.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import exchange, imports
from app.services.errors import UserError
from app.ui import import_wizard
from app.ui.worker import Cancelled, run_in_background

EXCHANGE_SUFFIXES = tuple(exchange.FORMATS)
LOAD_IN_BACKGROUND = 512 * 1024  # bytes: a larger file is read off the GUI thread (5,000 phone contacts ≈ 1.7 s)
ACTION_COLOURS = {"create": "#1e7b34", "update": "#1f5fa8", "skip": "#7a7f87", "error": "#c0392b"}
Done = Callable[[Any], None] | None


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class PreviewModel(QAbstractTableModel):
    """The rows of an exchange preview: action, entry, details, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[exchange.Row] = []
        self.calendar = True

    def set_rows(self, rows: list[exchange.Row], calendar: bool = True) -> None:
        self.beginResetModel()
        self.rows, self.calendar = rows, calendar
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def action_label(self, action: str) -> str:
        return {"create": self.tr("neu"), "update": self.tr("aktualisieren"), "skip": self.tr("überspringen"),
                "error": self.tr("Fehler")}[action]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            details = self.tr("Wann / Details") if self.calendar else self.tr("Details")  # a card has no date
            return (self.tr("Aktion"), self.tr("Eintrag"), details, self.tr("Grund"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.action_label(row.action), row.label, row.detail, row.reason)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(QColor(ACTION_COLOURS[row.action]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        return None

    def changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))


class ExchangeDialog(QDialog):
    """Preview and import of one .ics or .vcf file."""

    def __init__(self, path: Path, parent: QWidget | None = None, kind: str | None = None,
                 on_done: Done = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.kind = kind
        self.on_done = on_done
        self.preview: exchange.Preview | None = None
        self.import_result: exchange.Result | None = None
        self.setWindowTitle(self.tr("Importieren: %1").replace("%1", self.path.name))
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        layout.addWidget(self.profile_label)
        self.private_box = QCheckBox(self.tr("Private Einträge und Abwesenheiten trotzdem übernehmen"), self)
        self.private_box.toggled.connect(lambda _on: self.load())
        layout.addWidget(self.private_box)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 300)
        self.table.setAccessibleName(self.tr("Einträge der Datei"))
        self.table.setAccessibleDescription(self.tr("Je Eintrag: Aktion, Eintrag, Wann/Details, Grund. Markierte "
                                                    "Zeilen lassen sich übernehmen oder überspringen."))
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Markierte übernehmen"), self)
        self.take_button.clicked.connect(lambda: self.choose("take"))
        self.skip_button = QPushButton(self.tr("Markierte überspringen"), self)
        self.skip_button.clicked.connect(lambda: self.choose("skip"))
        self.undo_button = QPushButton(self.tr("Import rückgängig machen"), self)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.import_button = QPushButton(self.tr("Importieren"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.take_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.undo_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        """Read the file: at once for a usual file, in the background with progress for a large one (a phone's
        address book), so that the window never freezes without a word."""
        include_private = self.private_box.isChecked()
        try:
            large = self.path.stat().st_size > LOAD_IN_BACKGROUND
        except OSError:
            large = False  # the reading says what is wrong with the file
        if not large:
            try:
                preview = exchange.preview(self.path, self.kind, include_private=include_private)
            except UserError as exc:
                self._unreadable(exc)
                return
            self._loaded(preview)
            return
        self.preview = None
        self.model.set_rows([])
        self.import_button.setEnabled(False)
        self.private_box.setVisible(exchange.format_of(self.path) == "ics")  # an address book has no private dates
        self.summary.setText("")
        self.profile_label.setText(self.tr("„%1“ wird gelesen …").replace("%1", self.path.name))
        path, kind = self.path, self.kind

        def work(progress: Callable[[int, int, str], None]) -> exchange.Preview | None:
            try:
                progress(0, 0, "")  # the busy dialog shows after 200 ms (a QProgressDialog never shows without a value)
            except Cancelled:
                return None
            return exchange.preview(path, kind, include_private=include_private)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._unreadable(exc)
            else:
                self.profile_label.setText(self.tr("Die Datei konnte nicht gelesen werden."))
                QMessageBox.critical(self, self.tr("Import"), self.tr("Unerwarteter Fehler: %1")
                                     .replace("%1", type(exc).__name__))

        def read(preview: exchange.Preview | None) -> None:
            from shiboken6 import isValid

            if not isValid(self):
                return  # the dialog was closed while the file was read
            if preview is None or job.cancelled:  # "Abbrechen" while reading: the dialog closes
                self.reject()
            else:
                self._loaded(preview)

        job = run_in_background(self, self.tr("„%1“ wird gelesen …").replace("%1", self.path.name), work, read,
                                failed)

    def _unreadable(self, exc: UserError) -> None:
        self.preview = None
        self.model.set_rows([])
        self.profile_label.setText(str(exc))
        self.import_button.setEnabled(False)
        self.summary.setText("")

    def _loaded(self, preview: exchange.Preview) -> None:
        self.preview = preview
        is_ics = self.preview.format == "ics"
        self.private_box.setVisible(is_ics)
        what = self.tr("Kalender (iCalendar)") if is_ics else self.tr("Adressbuch (vCard)")
        count = len(self.preview.rows)
        text = self.tr("Erkannt: %1 – %2, 1 Eintrag") if count == 1 else self.tr("Erkannt: %1 – %2, %3 Einträge")
        self.profile_label.setText(text.replace("%1", self.preview.profile).replace("%2", what)
                                   .replace("%3", str(count)))
        self.model.set_rows(self.preview.rows, calendar=is_ics)
        self.update_summary()

    def update_summary(self) -> None:
        if self.preview is None:
            return
        counts = self.preview.counts()
        self.summary.setText(self.preview.summary_text())
        self.import_button.setEnabled(self.import_result is None and bool(counts["create"] or counts["update"]))

    def selected_rows(self) -> list[exchange.Row]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def choose(self, what: str) -> None:
        if self.preview is None or self.import_result is not None:
            return
        for row in self.selected_rows():
            if row.action == "error":
                continue
            target = "skip" if what == "skip" else ("update" if row.match_id is not None else "create")
            if what == "take" and row.default == "skip" and not row.forced_skip and row.match_id is not None:
                continue  # unchanged entries stay skipped: nothing to write
            exchange.set_choice(self.preview, row, target)
        self.model.changed()
        self.update_summary()

    def run_import(self) -> None:

        preview = self.preview
        if preview is None:
            return
        self.import_button.setEnabled(False)

        def work(progress: Callable[[int, int, str], None]) -> exchange.Result | None:
            try:
                return exchange.commit(preview, progress=progress)
            except Cancelled:
                return None  # one transaction, rolled back: nothing was written

        def failed(exc: BaseException) -> None:
            self.update_summary()
            QMessageBox.warning(self, self.tr("Import"), str(exc))

        run_in_background(self, self.tr("Importieren …"), work, self.imported, failed)

    def imported(self, result: exchange.Result | None) -> None:
        if result is None:  # "Abbrechen" in the progress dialog
            self.update_summary()
            self.summary.setText(self.summary.text() + " – " + self.tr("Import abgebrochen, nichts gespeichert."))
            return
        self.import_result = result
        self.summary.setText(self.tr("Import Nr. %1: %2").replace("%1", str(result.batch_id))
                             .replace("%2", result.text()))
        self.import_button.setEnabled(False)
        self.take_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.private_box.setEnabled(False)
        self.undo_button.show()
        if self.on_done is not None:
            self.on_done(result)

    def undo(self) -> None:

        if self.import_result is None:
            return
        try:
            counts = imports.undo(self.import_result.batch_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import"), str(exc))
            return

        self.summary.setText(self.tr("Import Nr. %1 rückgängig gemacht: %2 entfernt, %3 wiederhergestellt.")
                             .replace("%1", str(self.import_result.batch_id)).replace("%2", str(counts["removed"]))
                             .replace("%3", str(counts["restored"])))
        self.undo_button.setEnabled(False)
        if self.on_done is not None:
            self.on_done(None)


def open_exchange_file(parent: QWidget | None, path: Path, kind: str | None = None,
                       on_done: Done = None) -> ExchangeDialog:
    dialog = ExchangeDialog(path, parent, kind, on_done)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def choose_and_import(parent: QWidget | None, kind: str | None = None, on_done: Done = None) -> None:
    patterns = " ".join(f"*{suffix}" for suffix, fmt in exchange.FORMATS.items()  # .ics .ical .ifb / .vcf .vcard
                        if kind is None or exchange.KIND_OF_FORMAT[fmt] == kind)
    title = QCoreApplication.translate("ExchangeDialog", "Kalender oder Kontakte importieren")
    filters = QCoreApplication.translate("ExchangeDialog", "Kalender und vCards (%1);;Alle Dateien (*)")
    name, _ = QFileDialog.getOpenFileName(parent, title, str(_documents()), filters.replace("%1", patterns))
    if name:
        open_exchange_file(parent, Path(name), kind, on_done)


def save_path(parent: QWidget, title: str, suggested: str, filters: str, suffix: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_documents() / suggested), filters)
    if not name:
        return None
    target = Path(name)
    return target if target.suffix.lower() == suffix else target.with_suffix(suffix)


def write_export(parent: QWidget, what: str, target: Path, ids: list[int] | None = None,
                 network_id: int | None = None, todos: bool = False,
                 done: Callable[[Path], None] | None = None) -> None:
    """Write the .ics/.vcf in the background (thousands of contacts take seconds), then say where it is."""

    title = QCoreApplication.translate("ExchangeDialog", "Exportieren")

    def work(_progress: Callable[[int, int, str], None]) -> tuple[Path, int]:
        return exchange.export_file(what, target, ids=ids, network_id=network_id, todos=todos)

    def finished(result: tuple[Path, int]) -> None:
        path, count = result
        if what == "appointments":
            text = QCoreApplication.translate("ExchangeDialog", "1 Termin gespeichert in\n%2") if count == 1 else \
                QCoreApplication.translate("ExchangeDialog", "%1 Termine gespeichert in\n%2")
        else:
            text = QCoreApplication.translate("ExchangeDialog", "1 Kontakt gespeichert in\n%2") if count == 1 else \
                QCoreApplication.translate("ExchangeDialog", "%1 Kontakte gespeichert in\n%2")
        QMessageBox.information(parent, title, text.replace("%1", str(count)).replace("%2", str(path)))
        if done is not None:
            done(path)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, str(exc))

    run_in_background(parent, title + " …", work, finished, failed)


def export_calendar(parent: QWidget, ids: list[int] | None = None, network_id: int | None = None) -> Path | None:
    title = QCoreApplication.translate("ExchangeDialog", "Termine als Kalender exportieren")
    target = save_path(parent, title, "Termine.ics",
                       QCoreApplication.translate("ExchangeDialog", "Kalender (*.ics)"), ".ics")
    if target is None:
        return None
    from app.services import ics_export  # icalendar only when a calendar file is written (fast start)

    todos = False
    count = ics_export.open_follow_ups()
    if count:  # issue 12: follow-ups can travel along as tasks (VTODO)
        question = QCoreApplication.translate(
            "ExchangeDialog", "Die %1 offenen Wiedervorlagen als Aufgaben mit in die Kalenderdatei schreiben?")
        answer = QMessageBox.question(parent, title, question.replace("%1", str(count)))
        todos = answer == QMessageBox.StandardButton.Yes
    write_export(parent, "appointments", target, ids, network_id, todos=todos)
    return target


def export_contacts(parent: QWidget, ids: list[int] | None = None, network_id: int | None = None) -> Path | None:
    title = QCoreApplication.translate("ExchangeDialog", "Kontakte als vCard exportieren")
    target = save_path(parent, title, "Kontakte.vcf",
                       QCoreApplication.translate("ExchangeDialog", "vCard (*.vcf)"), ".vcf")
    if target is not None:
        write_export(parent, "persons", target, ids, network_id)
    return target


def export_filter(kind: str) -> tuple[str, str]:
    """The extra file-dialog filter and suffix of a list's export: .ics for appointments, .vcf for persons."""
    if kind == "appointment":
        return QCoreApplication.translate("ExchangeDialog", "Kalender (*.ics)"), ".ics"
    if kind == "person":
        return QCoreApplication.translate("ExchangeDialog", "vCard (*.vcf)"), ".vcf"
    return "", ""


# --- the main window: menu entries and drag and drop ------------------------------------------------------------

def dropped_exchange_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in EXCHANGE_SUFFIXES]


def dropped_exchange_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    found = dropped_exchange_files(event)
    return found[0] if found else None


class _WindowHook(QObject):
    """Drop an .ics/.vcf onto the window → preview dialog; keeps the menu texts in the current language."""

    def __init__(self, window: QWidget, actions: dict[str, QAction], on_done: Done) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.on_done = on_done
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["import"].setText(self.tr("Kalender oder Kontakte importieren (.ics, .vcf) …"))
        self.actions["calendar"].setText(self.tr("Termine als Kalender exportieren (.ics) …"))
        self.actions["contacts"].setText(self.tr("Kontakte als vCard exportieren (.vcf) …"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            return False
        if isinstance(event, QDragEnterEvent | QDropEvent) and dropped_exchange_file(event) is not None:
            if any(path.suffix.lower() not in EXCHANGE_SUFFIXES for path in import_wizard.dropped_files(event)):
                return False  # lists among them: the window's list drop opens every file (import_wizard.py)
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                for number, path in enumerate(dropped_exchange_files(event)):
                    dialog = open_exchange_file(self.window, path, on_done=self.on_done)
                    if number:
                        dialog.move(dialog.pos() + QPoint(32, 32) * number)
            return True
        return False


def install_exchange(window: QWidget, menu: QMenu, before: QAction | None = None) -> dict[str, QAction]:
    """Add the .ics/.vcf entries to `menu` (before `before`) and accept dropped .ics/.vcf files."""
    def refresh(_result: object) -> None:
        changed = getattr(window, "_data_changed", None)
        if callable(changed):
            changed()

    actions = {key: QAction(window) for key in ("import", "calendar", "contacts")}
    actions["import"].setObjectName("exchangeImportAction")
    actions["import"].triggered.connect(lambda: choose_and_import(window, on_done=refresh))
    actions["calendar"].triggered.connect(lambda: export_calendar(window))
    actions["contacts"].triggered.connect(lambda: export_contacts(window))
    for action in actions.values():
        menu.insertAction(before, action) if before is not None else menu.addAction(action)
    window.setAcceptDrops(True)
    hook = _WindowHook(window, actions, refresh)
    window.installEventFilter(hook)
    register_with_wizard()
    return actions


def register_with_wizard() -> None:
    """The spreadsheet wizard hands .ics/.vcf files (chosen on its first page or dropped) to this import."""

    formats = getattr(import_wizard, "OTHER_FORMATS", None)
    if formats is None:
        return
    for suffix in EXCHANGE_SUFFIXES:
        formats.setdefault(suffix, lambda parent, path, on_done: open_exchange_file(parent, path, on_done=on_done))


def list_import_menu(page: QWidget, kind: str, on_done: Done, wizard: Callable[[], None]) -> QMenu:
    """The menu of a list's import button: the spreadsheet wizard or a calendar/vCard file."""
    menu = QMenu(page)
    menu.addAction(QCoreApplication.translate("ExchangeDialog", "Excel- oder CSV-Liste …"), wizard)
    if kind == "appointment":
        menu.addAction(QCoreApplication.translate("ExchangeDialog", "Kalenderdatei (.ics) …"),
                       lambda: choose_and_import(page, "appointments", on_done))
    elif kind == "person":
        menu.addAction(QCoreApplication.translate("ExchangeDialog", "vCard-Datei (.vcf) …"),
                       lambda: choose_and_import(page, "persons", on_done))
    return menu
