"""Berichte: the yearly activity report (Tätigkeitsbericht) – pick the period, sections, language and options,
see the key figures before generating, generate in the background, then open or save the accessible PDF (and
the editable Word document and the Excel figures).

Figures, PDF, Word document and workbook come from app.services.reports (statistics, wording, the file
formats in app.io); this page only collects the choices and moves files.
A little over 500 lines: the choices (period, sections, language, names), the key-figure preview and the
three outputs (PDF, Word, Excel) with their background job are one page a user works through top to bottom.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import report_labels, reports, settings, statistics
from app.services.statistics import Period
from app.ui.formats import date_pattern
from app.ui.retranslate import Retranslating
from app.ui.worker import Cancelled, run_in_background

SECTION_TITLES = {
    "summary": QT_TRANSLATE_NOOP("ReportsPage", "Das Jahr in Zahlen (mit Vorjahresvergleich)"),
    "charts": QT_TRANSLATE_NOOP("ReportsPage", "Diagramme: Monate, Terminarten, Handlungsfelder"),
    "networks": QT_TRANSLATE_NOOP("ReportsPage", "Gremien und Netzwerke"),
    "appointments": QT_TRANSLATE_NOOP("ReportsPage", "Termine im Einzelnen (nach Monaten)"),
    "partners": QT_TRANSLATE_NOOP("ReportsPage", "Anhang: Netzwerkpartner nach Bereich"),
}
FIGURE_TITLES = {
    "appointments": QT_TRANSLATE_NOOP("ReportsPage", "Termine insgesamt"),
    "held": QT_TRANSLATE_NOOP("ReportsPage", "Durchgeführte Termine"),
    "confidential_held": QT_TRANSLATE_NOOP("ReportsPage", "davon vertraulich"),
    "held_with_attendance": QT_TRANSLATE_NOOP("ReportsPage", "davon mit erfasster Teilnahme"),
    "cancelled": QT_TRANSLATE_NOOP("ReportsPage", "Abgesagte Termine"),
    "postponed": QT_TRANSLATE_NOOP("ReportsPage", "Verschobene Termine"),
    "planned": QT_TRANSLATE_NOOP("ReportsPage", "Noch geplante Termine"),
    "network_meetings": QT_TRANSLATE_NOOP("ReportsPage", "davon von Gremien/Netzwerken"),
    "attendances": QT_TRANSLATE_NOOP("ReportsPage", "Teilnahmen insgesamt"),
    "distinct_persons": QT_TRANSLATE_NOOP("ReportsPage", "Erreichte Personen"),
    "distinct_organizations": QT_TRANSLATE_NOOP("ReportsPage", "Erreichte Organisationen"),
    "new_partner_organizations": QT_TRANSLATE_NOOP("ReportsPage", "Neue Netzwerkpartner"),
    "new_persons": QT_TRANSLATE_NOOP("ReportsPage", "Neu erfasste Kontakte"),
}
PREVIEW_ORDER = ("appointments", "held", "network_meetings", "confidential_held", "held_with_attendance",
                 "cancelled", "postponed", "planned", "attendances", "distinct_persons", "distinct_organizations",
                 "new_partner_organizations", "new_persons")
SUB_FIGURES = ("network_meetings", "confidential_held", "held_with_attendance")


@dataclass(frozen=True)
class GeneratedReport:
    pdf: Path
    xlsx: Path | None
    docx: Path | None
    period: Period
    language: str
    pages: int


class ReportsPage(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.result: GeneratedReport | None = None
        self._workdir: Path | None = None
        self._job: object | None = None  # the running background job, if any

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("countLabel")
        self.subtitle.setWordWrap(True)

        left = QVBoxLayout()  # the widgets are built top to bottom: that is also the Tab order
        left.addWidget(self._build_period())
        left.addWidget(self._build_sections())
        left.addWidget(self._build_options())
        left.addLayout(self._build_actions())
        left.addWidget(self.status)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self._build_preview(), 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.year_radio.toggled, self.year_spin.valueChanged, self.from_edit.dateChanged,
                       self.to_edit.dateChanged):
            signal.connect(self._period_changed)
        self.retranslate()
        self._period_changed()

    # --- building ---------------------------------------------------------------------------------------

    def _build_period(self) -> QGroupBox:
        """Calendar year or a free range "von … bis …" (with the error shown when it is reversed)."""
        year = self.today().year
        self.period_box = QGroupBox(self)
        self.year_radio = QRadioButton(self.period_box)
        self.range_radio = QRadioButton(self.period_box)
        group = QButtonGroup(self)
        group.addButton(self.year_radio)
        group.addButton(self.range_radio)
        self.year_radio.setChecked(True)
        self.year_spin = QSpinBox(self.period_box)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.year_spin.setMaximumWidth(110)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.from_edit = QDateEdit(QDate(year, 1, 1), self.period_box)
        self.to_edit = QDateEdit(QDate(year, 12, 31), self.period_box)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
        self.to_label = QLabel(self.period_box)
        self.to_label.setBuddy(self.to_edit)
        self.period_error = QLabel(self.period_box)
        self.period_error.setObjectName("fieldError")
        period_grid = QGridLayout(self.period_box)
        period_grid.addWidget(self.year_radio, 0, 0)
        period_grid.addWidget(self.year_spin, 0, 1)
        period_grid.addWidget(self.range_radio, 1, 0)
        range_row = QHBoxLayout()
        range_row.addWidget(self.from_edit)
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.to_edit)
        range_row.addStretch(1)
        period_grid.addLayout(range_row, 1, 1)
        period_grid.addWidget(self.period_error, 2, 0, 1, 2)
        period_grid.setColumnStretch(2, 1)
        for first, second in ((self.year_radio, self.year_spin), (self.year_spin, self.range_radio),
                              (self.range_radio, self.from_edit), (self.from_edit, self.to_edit)):
            QWidget.setTabOrder(first, second)  # Tab follows the rows: year, then the range
        return self.period_box

    def _build_sections(self) -> QGroupBox:
        """One check box per section of the report, all ticked."""
        self.sections_box = QGroupBox(self)
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for key in report_labels.SECTIONS:
            check = QCheckBox(self.sections_box)
            check.setChecked(True)
            check.toggled.connect(self._update_buttons)
            sections_layout.addWidget(check)
            self.section_checks[key] = check
        return self.sections_box

    def _build_options(self) -> QGroupBox:
        """The report's language, participant names, and the Excel and Word files beside the PDF."""
        self.options_box = QGroupBox(self)
        self.language_combo = QComboBox(self.options_box)
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        wanted = settings.get("report_language") or "de"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(wanted)))
        self.names_check = QCheckBox(self.options_box)
        self.names_hint = QLabel(self.options_box)
        self.names_hint.setObjectName("countLabel")
        self.names_hint.setWordWrap(True)
        self.xlsx_check = QCheckBox(self.options_box)
        self.xlsx_check.setChecked(True)
        self.docx_check = QCheckBox(self.options_box)
        self.docx_check.setChecked(True)
        self.language_label = QLabel(self.options_box)
        options_form = QFormLayout(self.options_box)
        self.language_label.setBuddy(self.language_combo)
        options_form.addRow(self.language_label, self.language_combo)
        options_form.addRow(self.names_check)
        options_form.addRow(self.names_hint)
        options_form.addRow(self.xlsx_check)
        options_form.addRow(self.docx_check)
        return self.options_box

    def _build_actions(self) -> QGridLayout:
        """Generate, open and save buttons (two rows: fits a narrow window) and the status line."""
        self.generate_button = QPushButton(self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_report)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_report)
        self.save_xlsx_button = QPushButton(self)
        self.save_xlsx_button.clicked.connect(self.save_figures)
        self.save_docx_button = QPushButton(self)
        self.save_docx_button.clicked.connect(self.save_docx)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QGridLayout()  # two rows: fits a narrow window
        actions.addWidget(self.generate_button, 0, 0)
        actions.addWidget(self.open_button, 0, 1)
        actions.addWidget(self.save_button, 1, 0)
        actions.addWidget(self.save_docx_button, 1, 1)
        actions.addWidget(self.save_xlsx_button, 1, 2)
        actions.setColumnStretch(3, 1)
        return actions

    def _build_preview(self) -> QGroupBox:
        """The key figures of the chosen period against the previous one, before generating."""
        self.preview_box = QGroupBox(self)
        self.preview = QTableWidget(len(PREVIEW_ORDER), 4, self.preview_box)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setAlternatingRowColors(True)
        self.preview.setShowGrid(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        # a narrow window wraps a figure's name instead of cutting it ("Termine …", "davon …" – QA 14/15.11)
        self.preview.setWordWrap(True)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_note = QLabel(self.preview_box)
        self.preview_note.setObjectName("countLabel")
        self.preview_note.setWordWrap(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.preview_note)
        return self.preview_box

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- choices ---------------------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The chosen period, or None when "from" lies after "to"."""
        if self.year_radio.isChecked():
            return Period.year(self.year_spin.value())
        start, end = self.from_edit.date(), self.to_edit.date()
        first = dt.date(start.year(), start.month(), start.day())
        last = dt.date(end.year(), end.month(), end.day())
        return Period(first, last) if first <= last else None

    def sections(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.section_checks.items() if check.isChecked())

    def language(self) -> str:
        return self.language_combo.currentData() or "de"

    def _year_changed(self, year: int) -> None:
        """Keep the free range on the chosen year until the user switches to it."""
        if self.year_radio.isChecked():
            self.from_edit.setDate(QDate(year, 1, 1))
            self.to_edit.setDate(QDate(year, 12, 31))

    def _period_changed(self) -> None:
        ranged = self.range_radio.isChecked()
        self.year_spin.setEnabled(not ranged)
        self.from_edit.setEnabled(ranged)
        self.to_edit.setEnabled(ranged)
        self.period_error.setText("" if self.period() is not None else
                                  self.tr("„Von“ liegt nach „bis“ – bitte den Zeitraum korrigieren."))
        self._update_buttons()
        if self.isVisible():  # a hidden page computes its preview in refresh(), when it is shown
            self._preview_timer.start()

    def _update_buttons(self) -> None:
        ready = self.period() is not None and bool(self.sections()) and self._job is None
        self.generate_button.setEnabled(ready)
        self.open_button.setEnabled(self.result is not None)
        self.save_button.setEnabled(self.result is not None)
        self.save_xlsx_button.setEnabled(self.result is not None and self.result.xlsx is not None)
        self.save_docx_button.setEnabled(self.result is not None and self.result.docx is not None)

    # --- preview ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.update_preview()

    def update_preview(self) -> None:
        """Key figures of the chosen period and its comparison period (a few quick queries)."""
        self._preview_timer.stop()
        period = self.period()
        if period is None:
            self.preview.clearContents()
            return
        previous = period.previous()
        current_figures = statistics.key_figures(period)
        previous_figures = statistics.key_figures(previous)
        language = "de" if self._ui_language() == "de" else "en"
        self.preview.setHorizontalHeaderLabels([
            self.tr("Kennzahl"), report_labels.period_label(period.start, period.end, language),
            report_labels.period_label(previous.start, previous.end, language), self.tr("Veränderung")])
        changes = {c.name: c for c in statistics.compare(current_figures, previous_figures)}
        for row, name in enumerate(PREVIEW_ORDER):
            change = changes[name]
            label = self.tr(str(FIGURE_TITLES[name]))
            if name in SUB_FIGURES:
                label = "    " + label
            first = QTableWidgetItem(label)
            first.setToolTip(label.strip())
            items = [first, self._number_item(change.current, language),
                     self._number_item(change.previous, language),
                     self._number_item(change.delta, language, signed=True)]
            if name in ("held", "attendances", "distinct_persons"):
                for item in items:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            for column, item in enumerate(items):
                self.preview.setItem(row, column, item)

    def _number_item(self, value: int, language: str, signed: bool = False) -> QTableWidgetItem:
        text = report_labels.number(abs(value) if signed else value, language)
        if signed:
            text = ("+" if value > 0 else "−" if value < 0 else "±") + text
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _ui_language(self) -> str:
        return "de" if self.tr("Kennzahl") == "Kennzahl" else "en"

    # --- generating ------------------------------------------------------------------------------------

    def generate(self) -> None:
        period = self.period()
        sections = self.sections()
        if period is None or not sections or self._job is not None:
            return

        language = self.language()
        names = self.names_check.isChecked()
        with_xlsx = self.xlsx_check.isChecked()
        with_docx = self.docx_check.isChecked()
        label = report_labels.period_label(period.start, period.end, language)
        stem = ("Taetigkeitsbericht" if language == "de" else "Activity-report") + "-" + label.replace(
            " – ", "_").replace("/", "-").replace(".", "-")
        self._workdir = self._workdir or Path(tempfile.mkdtemp(prefix="bruecke-report-"))
        pdf_path = self._workdir / f"{stem}.pdf"
        xlsx_path = self._workdir / f"{stem}.xlsx" if with_xlsx else None
        docx_path = self._workdir / f"{stem}.docx" if with_docx else None
        texts = {"start": self.tr("Kennzahlen werden berechnet …"), "page": self.tr("PDF wird gesetzt: Seite %1"),
                 "xlsx": self.tr("Excel-Datei wird geschrieben …"),
                 "docx": self.tr("Word-Dokument wird geschrieben …")}
        created = self.today()

        def work(progress):  # noqa: ANN001, ANN202 - runs on a pool thread: no widgets here
            def stats_progress(done: int, total: int, _text: str) -> None:
                progress(done, 10, texts["start"])

            def pdf_progress(_done: int, _total: int, text: str) -> None:
                page = text.split()[-1] if text.startswith("page") else ""
                progress(7, 10, texts["page"].replace("%1", page))

            stats = statistics.collect(period, progress=stats_progress)
            options = reports.ReportOptions(period=period, language=language, sections=sections,
                                               include_participant_names=names, created=created)
            written = reports.write_report(pdf_path, options, stats, progress=pdf_progress)
            if docx_path is not None:
                progress(8, 10, texts["docx"])
                reports.write_docx(docx_path, options, stats)
            if xlsx_path is not None:
                progress(9, 10, texts["xlsx"])
                reports.write_figures(xlsx_path, stats, language=language)
            return GeneratedReport(pdf_path, xlsx_path, docx_path, period, language, written.pages)

        self.result = None
        self.status.setText(self.tr("Bericht wird erstellt …"))
        self._job = run_in_background(self, self.tr("Tätigkeitsbericht erstellen"), work, self._generated,
                                      self._failed)
        self._update_buttons()

    def _generated(self, result: GeneratedReport) -> None:
        self._job = None
        self.result = result
        self.status.setText(self.tr("Bericht fertig: %1 Seiten. Jetzt öffnen oder speichern.")
                            .replace("%1", str(result.pages)))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:

        self._job = None
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Abgebrochen."))
            return
        self.status.setText(self.tr("Der Bericht konnte nicht erstellt werden."))
        QMessageBox.warning(self, self.tr("Tätigkeitsbericht"),
                            self.tr("Der Bericht konnte nicht erstellt werden: %1").replace("%1", str(exc)))

    # --- results ---------------------------------------------------------------------------------------

    def open_report(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.pdf)))

    def save_report(self) -> Path | None:
        if self.result is None:
            return None
        return self._save_copy(self.result.pdf, self.tr("Bericht speichern unter"), self.tr("PDF-Dateien (*.pdf)"),
                               ".pdf")

    def save_figures(self) -> Path | None:
        if self.result is None or self.result.xlsx is None:
            return None
        return self._save_copy(self.result.xlsx, self.tr("Kennzahlen speichern unter"),
                               self.tr("Excel-Dateien (*.xlsx)"), ".xlsx")

    def save_docx(self) -> Path | None:
        if self.result is None or self.result.docx is None:
            return None
        return self._save_copy(self.result.docx, self.tr("Word-Dokument speichern unter"),
                               self.tr("Word-Dokumente (*.docx)"), ".docx")

    def _save_copy(self, source: Path, caption: str, file_filter: str, suffix: str) -> Path | None:
        start = str(Path.home() / source.name)
        name, _ = QFileDialog.getSaveFileName(self, caption, start, file_filter)
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            handle, temp_name = tempfile.mkstemp(prefix=".~", suffix=suffix, dir=target.parent)
            os.close(handle)
            try:
                shutil.copyfile(source, temp_name)
                os.replace(temp_name, target)
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
        except OSError as exc:
            QMessageBox.warning(self, caption, self.tr("Die Datei konnte nicht gespeichert werden: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return None
        self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(target)))
        return target

    # --- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Berichte"))
        self.subtitle.setText(self.tr("Der Tätigkeitsbericht als barrierefreies PDF – mit Kennzahlen, Diagrammen, "
                                      "Gremien, Terminliste und Partnern; dazu als bearbeitbares Word-Dokument "
                                      "und die Zahlen als Excel-Datei."))
        self.period_box.setTitle(self.tr("Zeitraum"))
        self.year_radio.setText(self.tr("Kalenderjahr"))
        self.range_radio.setText(self.tr("Von"))
        self.to_label.setText(self.tr("bis"))
        self.year_spin.setAccessibleName(self.year_radio.text())
        self.from_edit.setAccessibleName(self.range_radio.text())
        self.sections_box.setTitle(self.tr("Abschnitte"))
        for key, check in self.section_checks.items():
            check.setText(self.tr(str(SECTION_TITLES[key])))
        self.options_box.setTitle(self.tr("Sprache und Optionen"))
        self.language_label.setText(self.tr("Sprache des Berichts"))
        self.names_check.setText(self.tr("Namen der Teilnehmenden in der Terminliste drucken"))
        self.names_hint.setText(self.tr("Ohne diese Option nennt der Bericht keine Namen von Personen. "
                                        "Vertrauliche Termine erscheinen immer nur als „Vertraulicher Termin“."))
        self.xlsx_check.setText(self.tr("Kennzahlen zusätzlich als Excel-Datei"))
        self.docx_check.setText(self.tr("Bericht zusätzlich als bearbeitbares Word-Dokument (.docx)"))
        self.generate_button.setText(self.tr("Bericht erstellen"))
        self.open_button.setText(self.tr("Öffnen"))
        self.save_button.setText(self.tr("PDF speichern …"))
        self.save_docx_button.setText(self.tr("Word speichern …"))
        self.save_xlsx_button.setText(self.tr("Excel speichern …"))
        self.save_button.setToolTip(self.tr("Den Bericht als barrierefreies PDF speichern"))
        self.save_docx_button.setToolTip(self.tr("Den Bericht als bearbeitbares Word-Dokument speichern"))
        self.save_xlsx_button.setToolTip(self.tr("Die Kennzahlen als Excel-Datei speichern"))
        self.preview_box.setTitle(self.tr("Vorschau der Kennzahlen"))
        self.preview_note.setText(self.tr("Gezählt wird jeder Termin in dem Monat, in dem er beginnt; "
                                          "durchgeführt heißt Status „Stattgefunden“. Vertrauliche Termine "
                                          "zählen mit. Ohne erfasste Teilnahme ist die Teilnehmerzahl eines "
                                          "Termins unbekannt, nicht null."))
        self._period_changed()
