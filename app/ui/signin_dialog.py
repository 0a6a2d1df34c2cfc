"""Print the sign-in sheet: options, then paper (system print dialog), a saved PDF, or the PDF opened.

One document, two outputs: Drucken renders the very PDF that reportlab wrote onto the QPrinter with
QPdfDocument – no second layout to keep in step. The options are remembered per network.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import attendance, records, signin
from app.services.appointments import APPOINTMENT
from app.services.errors import UserError, ValidationError
from app.services.signin import SheetOptions
from app.ui import i18n, theme
from app.ui.formats import format_day
from app.ui.worker import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PRINT_DPI = 300  # enough for text on paper; keeps a page image at ~8.7 megapixels


def ask_and_print(parent: QWidget, pdf_path: Path, title: str, landscape: bool) -> int | None:
    """The system print dialog for an A4 PDF written by Brücke, then the PDF itself onto the chosen printer:
    pages printed, or None when the user cancelled or printing failed (the reason was shown)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(pdf_path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return print_pdf(pdf_path, printer)
    except UserError as exc:
        QMessageBox.warning(parent, parent.windowTitle(), str(exc))
        return None


def print_pdf(pdf_path: str | Path, printer: QPrinter) -> int:
    """Render every page of the PDF (or the printer's page range) onto the printer; returns pages printed."""
    document = QPdfDocument()
    document.load(str(pdf_path))
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError(QCoreApplication.translate("SigninDialog", "Die PDF-Datei konnte nicht gelesen werden."))
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, printer.toPage() - 1 if printer.toPage() > 0 else count - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate("SigninDialog", "Der Drucker ist nicht bereit."))
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            image = document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            painter.drawImage(QRectF((target.width() - width) / 2, (target.height() - height) / 2, width, height),
                              image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed


class SigninDialog(QDialog):
    """Options for the sign-in sheet of one appointment (or several of the same day) and its outputs."""

    def __init__(self, appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        i18n.ensure_installed()  # plural forms ("1 Eintrag") come from a .qm, German too
        self.appointment_id = appointment_id
        self.setWindowTitle(self.tr("Teilnahmeliste drucken"))
        self.resize(560, 520)
        self._folder = tempfile.TemporaryDirectory(prefix="bruecke-liste-")
        self.busy = False
        self.last_pdf: Path | None = None
        options = signin.options_for(appointment_id)

        appointment = records.get(APPOINTMENT, appointment_id)
        self.appointments = QListWidget(self)
        self.appointments.setMaximumHeight(120)
        self.appointments.setAccessibleName(self.tr("Termine auf der Liste"))
        for other in signin.same_day(appointment_id):
            start = other.start if isinstance(other.start, dt.datetime) else None
            counts = attendance.counts(other.id)
            expected = sum(counts.get(status, 0) for status in signin.PRINTED_STATUSES)
            text = f"{start:%H:%M}  {other.title}" if start else other.title
            item = QListWidgetItem(text + "  " + self.tr("(%1 Namen)").replace("%1", str(expected)))
            item.setData(ID_ROLE, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if other.id == appointment_id else Qt.CheckState.Unchecked)
            self.appointments.addItem(item)
        day = format_day(appointment.start) if isinstance(appointment.start, dt.datetime) else ""
        appointments_box = QGroupBox(self.tr("Termine am %1 – jeder angehakte bekommt eigene Seiten in derselben PDF")
                                     .replace("%1", day), self)
        QVBoxLayout(appointments_box).addWidget(self.appointments)

        self.email = QCheckBox(self.tr("&E-Mail"), self)
        self.place = QCheckBox(self.tr("&Ort und Land (Nachweis für EU-geförderte Projekte)"), self)
        self.photo = QCheckBox(self.tr("Einwilligung zu &Fotos (ja/nein zum Ankreuzen)"), self)
        columns_box = QGroupBox(self.tr("Zusätzliche Spalten"), self)
        columns_layout = QVBoxLayout(columns_box)
        for box in (self.email, self.place, self.photo):
            columns_layout.addWidget(box)

        self.blank_rows = QSpinBox(self)
        self.blank_rows.setRange(0, signin.MAX_BLANK_ROWS)
        self.blank_rows.setSuffix(self.tr(" Zeilen"))
        self.blank_sheet = QCheckBox(self.tr("Lee&re Liste ohne vorgedruckte Namen"), self)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Hochformat"), False)
        self.orientation.addItem(self.tr("Querformat"), True)
        self.language = QComboBox(self)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("&Leerzeilen für Nachzügler"), self.blank_rows)
        form.addRow("", self.blank_sheet)
        form.addRow(self.tr("&Papier"), self.orientation)
        form.addRow(self.tr("Sprac&he der Liste"), self.language)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(theme.style("success"))
        self.print_button = QPushButton(self.tr("&Drucken …"), self)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Als PDF &speichern …"), self)
        self.open_button = QPushButton(self.tr("PDF öff&nen"), self)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(appointments_box)
        layout.addWidget(columns_box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)
        self.set_options(options)
        self.appointments.setFocus()

    # --- options ------------------------------------------------------------------------------------------

    def set_options(self, options: SheetOptions) -> None:
        self.email.setChecked("email" in options.columns)
        self.place.setChecked("place" in options.columns)
        self.photo.setChecked("photo_consent" in options.columns)
        self.blank_rows.setValue(options.blank_rows)
        self.blank_sheet.setChecked(options.blank)
        self.orientation.setCurrentIndex(1 if options.landscape else 0)
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))

    def options(self) -> SheetOptions:
        columns = tuple(name for name, box in (("email", self.email), ("place", self.place),
                                               ("photo_consent", self.photo)) if box.isChecked())
        return SheetOptions(columns=columns, blank_rows=self.blank_rows.value(),
                            landscape=bool(self.orientation.currentData()), language=self.language.currentData(),
                            blank=self.blank_sheet.isChecked())

    def appointment_ids(self) -> list[int]:
        items = [self.appointments.item(i) for i in range(self.appointments.count())]
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def suggested_name(self) -> str:
        appointment = records.get(APPOINTMENT, self.appointment_id)
        stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in appointment.title).strip()
        start = appointment.start if isinstance(appointment.start, dt.datetime) else None
        prefix = self.tr("Teilnahmeliste")
        return f"{prefix} {start:%Y-%m-%d} {stem}.pdf" if start else f"{prefix} {stem}.pdf"

    # --- writing ------------------------------------------------------------------------------------------

    def write(self, path: Path, then: Any) -> None:
        """Write the PDF in the background, remember the options, then call `then(path)`."""
        ids = self.appointment_ids()
        if not ids:
            QMessageBox.information(self, self.windowTitle(), self.tr("Bitte mindestens einen Termin anhaken."))
            return
        try:
            options = self.options().normalised()
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(exc.errors.values()))
            return
        self._set_busy(True)
        label = self.tr("Teilnahmeliste wird erstellt …")

        def work(progress: Any) -> Path:
            progress(0, 0, label)
            return signin.write_for_appointments(path, ids, options)

        def done(result: Path) -> None:
            self._set_busy(False)
            signin.remember(self.appointment_id, options)
            self.last_pdf = result
            then(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, OSError):
                text = self.tr("Die Datei konnte nicht geschrieben werden: %1").replace("%1", exc.strerror or str(exc))
            elif isinstance(exc, ValidationError):
                text = "\n".join(exc.errors.values())
            elif isinstance(exc, UserError):
                text = str(exc)
            else:
                text = self.tr("Unerwarteter Fehler: %1").replace("%1", type(exc).__name__)
            QMessageBox.warning(self, self.windowTitle(), text)

        run_in_background(self, self.tr("Teilnahmeliste"), work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(not busy)

    def _temp_pdf(self) -> Path:
        return Path(self._folder.name) / self.suggested_name()

    def print_sheet(self) -> None:
        self.write(self._temp_pdf(), self._print_written)

    def _print_written(self, path: Path) -> None:
        pages = ask_and_print(self, path, self.tr("Teilnahmeliste drucken"), self.options().landscape)
        if pages is None:
            return
        self.status.setText(self.tr("%n Seite(n) an den Drucker geschickt.", "", pages))

    def save_pdf(self) -> None:
        start = Path.home() / self.suggested_name()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Teilnahmeliste als PDF speichern"), str(start),
                                              self.tr("PDF-Dokument (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.write(Path(path), lambda p: self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(p))))

    def open_pdf(self) -> None:
        # a folder that outlives the dialog: the PDF viewer may open the file after we are gone
        folder = Path(tempfile.gettempdir()) / "bruecke-teilnahmelisten"
        folder.mkdir(exist_ok=True)
        self.write(folder / self.suggested_name(), self._open_written)

    def _open_written(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("Kein PDF-Programm gefunden. Die Datei liegt hier: %1")
                                .replace("%1", str(path)))
            return
        self.status.setText(self.tr("Geöffnet: %1").replace("%1", str(path)))

    def done(self, result: int) -> None:  # noqa: D401 - QDialog.done
        super().done(result)
        self._folder.cleanup()
