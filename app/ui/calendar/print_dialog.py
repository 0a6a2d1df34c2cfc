"""Print the Wochenplan or the Monatsplan: paper (system print dialog), a saved PDF, or the PDF opened.

The same path as the sign-in sheets: ReportLab writes the PDF (app/io/week_plan_pdf.py) and Drucken
renders that very PDF onto the QPrinter (`signin_dialog.print_pdf`), A4 landscape.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import calendar, messages
from app.ui.signin_dialog import ask_and_print


class PlanPrintDialog(QDialog):
    """Choose week or month (of the day the calendar shows) and the language, then print or save."""

    def __init__(self, day: dt.date, monthly: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self._folder = tempfile.TemporaryDirectory(prefix="bruecke-plan-")
        self.last_pdf: Path | None = None
        self.setWindowTitle(self.tr("Plan drucken"))
        monday = calendar.week_of(day)[0]
        self.week = QRadioButton(self.tr("Wochenplan KW %1 (%2 – %3)").replace(
            "%1", str(calendar.iso_week(monday))).replace("%2", f"{monday:%d.%m.}").replace(
            "%3", f"{monday + dt.timedelta(days=6):%d.%m.%Y}"))
        self.month = QRadioButton(calendar.month_plan_title(day.year, day.month, messages.language()))
        group = QButtonGroup(self)
        for button in (self.week, self.month):
            group.addButton(button)
        (self.month if monthly else self.week).setChecked(True)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(messages.language())))
        form = QFormLayout()
        language_label = QLabel(self.tr("Spr&ache:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        note = QLabel(self.tr("A4 quer. Vertrauliche Termine erscheinen nur als „Termin (vertraulich)“."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Als PDF &speichern …"))
        self.open_button = QPushButton(self.tr("PDF ö&ffnen"))
        self.close_button = QPushButton(self.tr("Schließen"))
        buttons = QHBoxLayout()
        for action_button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week)
        layout.addWidget(self.month)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)
        self.week.setFocus()

    def suggested_name(self) -> str:
        language = str(self.language.currentData())
        if self.month.isChecked():
            return f"{calendar.month_plan_title(self.day.year, self.day.month, language)}.pdf"
        monday = calendar.week_of(self.day)[0]
        return f"{calendar.PLAN_WORDS['week'][language == 'en']} {monday:%Y}-KW{calendar.iso_week(monday):02d}.pdf"

    def write(self, path: Path) -> Path | None:
        language = str(self.language.currentData())
        try:
            if self.month.isChecked():
                result = calendar.write_month_plan(path, self.day.year, self.day.month, language)
            else:
                result = calendar.write_week_plan(path, self.day, language)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Die Datei konnte nicht geschrieben werden: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return None
        self.last_pdf = result
        return result

    def _then(self, path: Path, done: Callable[[Path], None]) -> None:
        written = self.write(path)
        if written is not None:
            done(written)

    def print_plan(self) -> None:
        self._then(Path(self._folder.name) / self.suggested_name(), self._print_written)

    def _print_written(self, path: Path) -> None:
        pages = ask_and_print(self, path, self.tr("Plan drucken"), landscape=True)
        if pages is None:
            return
        self.status.setText(self.tr("%n Seite(n) an den Drucker geschickt.", "", pages))

    def save_pdf(self) -> None:
        start = Path.home() / self.suggested_name()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Plan als PDF speichern"), str(start),
                                              self.tr("PDF-Dokument (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._then(Path(path), lambda p: self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(p))))

    def open_pdf(self) -> None:
        folder = Path(tempfile.gettempdir()) / "bruecke-plaene"  # outlives the dialog: the viewer may be slow
        folder.mkdir(exist_ok=True)
        self._then(folder / self.suggested_name(), self._open_written)

    def _open_written(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("Kein PDF-Programm gefunden. Die Datei liegt hier: %1")
                                .replace("%1", str(path)))
            return
        self.status.setText(self.tr("Geöffnet: %1").replace("%1", str(path)))

    def done(self, result: int) -> None:  # noqa: D401 - QDialog.done
        super().done(result)
        self._folder.cleanup()
