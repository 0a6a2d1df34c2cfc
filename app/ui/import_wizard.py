"""The import wizard: file → sheet → header/mapping → preview (with per-row choice) → result.

The sheet step appears only when there is something to choose: a workbook with two or more sheets. A CSV
file or a one-sheet workbook goes from the file step straight to the columns (FilePage.nextId), and Back
from there returns to the file step.

    open_import_wizard(parent, kind="persons", path=None, appointment_id=None, on_done=callback)

Reading and committing run through `run_in_background` (progress with cancel); every problem is shown in
the preview before anything is written; the result page can undo the import as a whole and save the
rejected rows. `install_drop_import(widget)` lets a window take a list (.xlsx, .xls, .ods, .csv) dropped
onto it. The mapping page lives in import_mapping.py, the preview in import_preview.py. Calendar and
address-book files (.ics, .vcf) open their own import through `OTHER_FORMATS` (suffix → opener), which
the ICS/vCard import registers; the wizard hands such a file over from its first page and on drop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.io import spreadsheet
from app.services import imports
from app.services.errors import UserError
from app.ui.import_mapping import MappingPage
from app.ui.import_preview import PreviewModel, PreviewPage, save_rejected_rows

IMPORT_SUFFIXES = spreadsheet.SUFFIXES
# ".ics"/".vcf"/".vcard" → opener(parent, path, on_done): registered by the calendar/address-book import
OTHER_FORMATS: dict[str, Callable[[QWidget | None, Path, Callable[[Any], None] | None], object]] = {}
WIZARD_SIZE = (1060, 660)
__all__ = ["ImportWizard", "MappingPage", "PreviewModel", "PreviewPage", "OTHER_FORMATS", "open_import_wizard",
           "install_drop_import", "install_import", "dropped_file", "dropped_files", "open_dropped",
           "save_rejected_rows"]


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
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        size = (min(WIZARD_SIZE[0], screen.width() - 16), min(WIZARD_SIZE[1], screen.height() - 40)) if screen \
            else WIZARD_SIZE  # never larger than a small screen or 150 % scaling (issue 14)
        self.resize(*size)
        self._width = size[0]
        self._switching = False
        self.on_done = on_done
        self.kind = kind
        self.path: Path | None = None
        self.sheets: list[spreadsheet.SheetInfo] = []
        self.layout_: imports.Layout | None = None
        self.preview: imports.Preview | None = None
        self.import_result: imports.Result | None = None
        self.appointment_id = appointment_id
        self.chosen_kind = kind  # what the user asked for; `kind` follows a recognised export of the other kind
        self.setPage(self.PAGE_FILE, FilePage(self, kind, path, appointment_id))
        self.setPage(self.PAGE_SHEET, SheetPage(self))
        self.setPage(self.PAGE_MAPPING, MappingPage(self))
        self.setPage(self.PAGE_PREVIEW, PreviewPage(self))
        self.setPage(self.PAGE_RESULT, ResultPage(self))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Schließen"))
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        """The step that writes says so: "Importieren" instead of "Weiter >"; the width stays put."""
        text = self.tr("Importieren") if page_id == self.PAGE_PREVIEW else self.tr("Weiter >")
        self.setButtonText(QWizard.WizardButton.NextButton, text)
        self._switching = True
        self._restore_width()
        QTimer.singleShot(0, self, self._restore_width)  # (with self as context: dropped if the wizard is gone)

    def _restore_width(self) -> None:
        if self.width() != self._width and not self.isMaximized() and not self.isFullScreen():
            self.resize(self._width, self.height())
        self._switching = False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - the width the user chose stays for every step
        super().resizeEvent(event)
        if not getattr(self, "_switching", True):
            self._width = self.width()

    def sheet_choice_needed(self) -> bool:
        """Only a workbook with two or more sheets asks which one; a CSV file or a single sheet has no choice."""
        return len(self.sheets) > 1

    def sheet_name(self) -> str | None:
        """The first sheet, handed to the reader when there is no choice; None for a CSV/text file."""
        if self.path is None or self.path.suffix.lower() in spreadsheet.CSV_SUFFIXES or not self.sheets:
            return None
        return self.sheets[0].name

    def analyse(self, sheet: str | None) -> str:
        """Find the header and suggest the mapping for `sheet`; the message to show, "" when it worked.

        A file that is plainly the other kind of list is read as what it is, and the mapping page says so: a known
        export of the other kind (an Outlook calendar opened while contacts were chosen – Ctrl+I or a drop on the
        overview – or a Google/Outlook/Thunderbird address book opened from the calendar), or a hand-made list
        whose columns fit only the other kind (Thema and Datum but no name column)."""
        assert self.path is not None
        try:
            self.layout_ = imports.analyse(self.path, self.kind, sheet)
            other = self._other_kind(self.layout_, sheet)
            if other is not None:
                self.layout_, self.kind = other
                file_page = self.page(self.PAGE_FILE)
                if isinstance(file_page, FilePage):
                    file_page.show_kind(self.kind)
        except UserError as exc:
            return str(exc)
        return ""

    def _other_kind(self, layout: imports.Layout, sheet: str | None) -> tuple[imports.Layout, str] | None:
        """The other kind's layout when the file is that kind of list and not the chosen one (else None)."""
        if layout.profile or layout.remembered or self.kind not in ("persons", "appointments"):
            return None
        assert self.path is not None
        other = "appointments" if self.kind == "persons" else "persons"
        if any(imports.find_profile(other, values) is not None for _number, values in layout.head):
            return imports.analyse(self.path, other, sheet), other
        if imports.check_layout(layout) is None:
            return None  # the columns fit the chosen kind: it stays
        candidate = imports.analyse(self.path, other, sheet)
        return (candidate, other) if imports.check_layout(candidate) is None else None

    def kind_changed_note(self) -> str:
        """ "" or the sentence saying that the file is read as the other kind than the one chosen."""
        if self.kind == self.chosen_kind or self.chosen_kind not in ("persons", "appointments"):
            return ""
        if self.kind == "appointments":
            return self.tr("Die Datei enthält Termine (Kalender-Export oder Terminliste): sie wird als Termine "
                           "importiert, nicht als Kontakte.")
        return self.tr("Die Datei enthält Kontakte (Adressbuch-Export oder Partnerliste): sie wird als Kontakte "
                       "importiert, nicht als Termine.")

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
        self.setSubTitle(self.tr("Excel-Arbeitsmappe (.xlsx, .xls), OpenDocument-Tabelle (.ods) oder CSV-Datei – "
                                 "auch Exporte aus Outlook, Google Kontakte und Thunderbird. Ein Kalender (.ics) oder "
                                 "Adressbuch (.vcf) öffnet seine eigene Vorschau."))
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
        self.path_edit.setAccessibleName(self.tr("Datei:").rstrip(":"))  # the row label names a layout
        self.appointment_box = QComboBox(self)
        self.appointment_label = QLabel(self.tr("Termin:"), self)
        for appointment_key, text in imports.appointment_choices():
            self.appointment_box.addItem(text, appointment_key)
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
        for target in (self, self.path_edit):
            target.setAcceptDrops(True)
            target.installEventFilter(self)
        self._kind_changed()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def show_kind(self, kind: str) -> None:
        """The kind the file is read as (a recognised export of the other kind); Zurück shows it."""
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.kind_box.blockSignals(False)
        self._kind_changed()

    def path(self) -> Path:
        """The chosen file as typed, pasted or dropped: a "file:///…" address is the file it names, the quotes of
        Windows Explorer's "Als Pfad kopieren" ("C:\\…\\Kontakte.CSV") are no part of the name, "~" is the home."""
        text = self.path_edit.text().strip()
        if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1].strip()
        if text.lower().startswith("file:"):
            local = QUrl(text).toLocalFile()
            if local:
                return Path(local)
        return Path(text).expanduser()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A file dragged onto the page or its file field ("… oder hierher ziehen") is taken as the file."""
        if isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent):
            path = dropped_file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.path_edit.setText(str(path))
            return True
        return False

    def _kind_changed(self) -> None:
        attendance = self.kind() == "attendance"
        self.appointment_box.setVisible(attendance)
        self.appointment_label.setVisible(attendance)
        no_appointment = attendance and self.appointment_box.count() == 0
        if no_appointment:  # "Weiter" stays grey: say why instead of leaving the user guessing
            self.message.setText(self._no_appointment_text())
        elif self.message.text() == self._no_appointment_text():
            self.message.clear()
        self.completeChanged.emit()

    def _no_appointment_text(self) -> str:
        return self.tr("Es gibt noch keine Termine. Eine Teilnahmeliste gehört zu einem Termin: bitte zuerst den "
                       "Termin anlegen oder die Termine importieren.")

    def browse(self) -> None:
        filters = self.tr("Tabellen (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt);;Alle Dateien (*)")
        if OTHER_FORMATS:  # a calendar or address book chosen here goes to its own import (validatePage)
            spreadsheets, _sep, rest = filters.partition(";;")
            patterns = " ".join(f"*{suffix}" for suffix in sorted(OTHER_FORMATS))
            filters = ";;".join((spreadsheets, self.tr("Kalender und Adressbücher (%1)").replace("%1", patterns),
                                 rest))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Liste öffnen"), str(self.path()), filters)
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
        path = self.path()
        opener = OTHER_FORMATS.get(path.suffix.lower())
        if opener is not None:  # a calendar or address book: its own import takes over
            wizard = self.wizard_
            QTimer.singleShot(0, lambda: opener(wizard.parentWidget(), path, wizard.on_done))
            QTimer.singleShot(0, wizard.close)
            return False
        try:
            sheets = spreadsheet.describe(path)
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        wizard = self.wizard_
        wizard.path, wizard.sheets, wizard.kind = path, sheets, self.kind()
        wizard.chosen_kind = wizard.kind
        wizard.appointment_id = self.appointment_box.currentData() if wizard.kind == "attendance" else None
        if not wizard.sheet_choice_needed():  # no sheet step follows: read the header here
            problem = wizard.analyse(wizard.sheet_name())
            if problem:
                self.message.setText(problem)
                return False
        return True

    def nextId(self) -> int:  # noqa: N802 - the sheet step only when there is a sheet to choose
        return ImportWizard.PAGE_SHEET if self.wizard_.sheet_choice_needed() else ImportWizard.PAGE_MAPPING


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Tabellenblatt wählen"))
        self.setSubTitle(self.tr("Welches Blatt der Arbeitsmappe enthält die Liste?"))
        layout = QVBoxLayout(self)
        self.sheets = QListWidget(self)
        self.sheets.setAccessibleName(self.title())
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
        names = [info.name for info in self.wizard_.sheets]
        wanted = self._list_sheet()
        self.sheets.setCurrentRow(names.index(wanted) if wanted is not None and wanted in names else 0)

    def _list_sheet(self) -> str | None:
        """The sheet the command line reads by default: the first shown one holding a list – a cover sheet
        ("Hinweise") or a hidden sheet of choice lists before it is passed over."""
        if self.wizard_.path is None:
            return None
        try:
            return spreadsheet.default_sheet(self.wizard_.path)
        except UserError:
            return None

    def selected(self) -> str | None:
        item = self.sheets.currentItem()
        if item is None or self.wizard_.sheet_name() is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def validatePage(self) -> bool:  # noqa: N802
        problem = self.wizard_.analyse(self.selected())
        self.message.setText(problem)
        return not problem


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
        result = self.wizard_.import_result
        if result is None:
            return
        text = self.tr("Import Nr. %1 gespeichert: %2 neu angelegt, %3 aktualisiert, %4 übersprungen, "
                       "%5 mit Fehlern.").replace("%1", str(result.batch_id)).replace("%2", str(result.created)) \
            .replace("%3", str(result.updated)).replace("%4", str(result.skipped)).replace("%5", str(result.errors))
        if result.organizations:
            text += " " + (self.tr("Dazu 1 neue Organisation.") if result.organizations == 1 else
                           self.tr("Dazu %1 neue Organisationen.").replace("%1", str(result.organizations)))
        if result.backup:
            text += "\n" + self.tr("Sicherung vor dem Import: %1").replace("%1", str(result.backup))
        self.text.setText(text)
        self.save_rejected.setEnabled(result.errors > 0)

    def _undo(self) -> None:
        result = self.wizard_.import_result
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


def open_import_wizard(parent: QWidget | None = None, kind: str = "persons", path: Path | None = None,
                       appointment_id: int | None = None,
                       on_done: Callable[[imports.Result], None] | None = None) -> ImportWizard:
    wizard = ImportWizard(parent, kind, path, appointment_id, on_done)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    if path is not None:
        QTimer.singleShot(0, wizard.next)
    return wizard


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Every local file of a drag that an import reads (lists, calendars, address books), in the drag's order."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    found = []
    for url in mime.urls():
        suffix = Path(url.toLocalFile()).suffix.lower()
        if url.isLocalFile() and (suffix in IMPORT_SUFFIXES or suffix in OTHER_FORMATS):
            found.append(Path(url.toLocalFile()))
    return found


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    found = dropped_files(event)
    return found[0] if found else None


def open_dropped(widget: QWidget, paths: list[Path], kind_for: Callable[[], str],
                 on_done: Callable[[Any], None] | None) -> list[QWidget]:
    """One import per dropped file – a new office drops its Outlook, Thunderbird and Google exports at once – each
    window a little below the one before, so that none hides another."""
    opened: list[QWidget] = []
    for path in paths:
        opener = OTHER_FORMATS.get(path.suffix.lower())
        window = opener(widget, path, on_done) if opener is not None else \
            open_import_wizard(widget, kind_for(), path, on_done=on_done)
        if isinstance(window, QWidget):
            if opened:
                window.move(opened[0].pos() + QPoint(32, 32) * len(opened))
            opened.append(window)
    return opened


class _DropImport(QObject):
    """Event filter: lists (.xlsx/.csv …), calendars and address books dropped onto the window open their import,
    one per file."""

    def __init__(self, widget: QWidget, kind_for: Callable[[], str], on_done: Callable[[Any], None] | None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.kind_for = kind_for
        self.on_done = on_done

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802
        paths = dropped_files(event) if isinstance(event, QDragEnterEvent | QDropEvent) else []
        if paths:
            event.acceptProposedAction()
            if not isinstance(event, QDragEnterEvent) and event.type() == QDropEvent.Type.Drop:
                open_dropped(self.widget, paths, self.kind_for, self.on_done)
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


def import_action_text() -> str:
    return QCoreApplication.translate("ImportWizard", "Liste importieren …")


def install_import(window: QWidget) -> QAction:
    """Ctrl+I and drag-and-drop of an .xlsx/.csv onto `window` open the wizard (kind from the current page)."""
    def refresh(_result: object) -> None:
        changed = getattr(window, "_data_changed", None)
        if callable(changed):
            changed()

    action = QAction(import_action_text(), window)  # (MainWindow.retranslate sets it again on a language switch)
    action.setObjectName("importAction")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_import_wizard(window, _kind_for(window), on_done=refresh))
    window.addAction(action)
    install_drop_import(window, lambda: _kind_for(window), refresh)
    return action
