"""The Berichte page: choices, a preview of the key figures, background generation, open and save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from app.services import statistics
from app.services.statistics import Period
from app.ui import reports_page
from app.ui.reports_page import PREVIEW_ORDER, ReportsPage
from tests.io.report_office import pdf_pages, summary_numbers


def _preview(page: ReportsPage) -> dict[str, tuple[int, int] | None]:
    def value(row: int, column: int) -> int | None:
        item = page.preview.item(row, column)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    return {name: (value(row, 1), value(row, 2)) for row, name in enumerate(PREVIEW_ORDER)}


@pytest.fixture
def page(qtbot, demo_db) -> ReportsPage:  # noqa: ANN001
    widget = ReportsPage(today=dt.date(2026, 11, 23))
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget


def test_preview_shows_the_figures_of_the_chosen_period(qtbot, page: ReportsPage) -> None:  # noqa: ANN001
    assert page.year_spin.value() == 2026
    page.year_spin.setValue(2025)
    expected = statistics.key_figures(Period.year(2025))
    previous = statistics.key_figures(Period.year(2024))
    qtbot.waitUntil(lambda: _preview(page)["held"] == (expected.held, previous.held), timeout=3000)
    shown = _preview(page)
    assert shown["attendances"] == (expected.attendances, previous.attendances)
    assert shown["distinct_persons"] == (expected.distinct_persons, previous.distinct_persons)
    assert page.preview.horizontalHeaderItem(1).text() == "2025"
    page.range_radio.setChecked(True)
    page.from_edit.setDate(QDate(2025, 3, 1))
    page.to_edit.setDate(QDate(2025, 6, 30))
    page.update_preview()
    spring = statistics.key_figures(Period(dt.date(2025, 3, 1), dt.date(2025, 6, 30)))
    assert _preview(page)["held"][0] == spring.held
    assert page.preview.horizontalHeaderItem(2).text() == "01.11.2024 – 28.02.2025"


def test_impossible_choices_disable_generating(page: ReportsPage) -> None:
    assert page.generate_button.isEnabled()
    page.range_radio.setChecked(True)
    page.from_edit.setDate(QDate(2025, 6, 1))
    page.to_edit.setDate(QDate(2025, 5, 1))
    assert page.period() is None and not page.generate_button.isEnabled()
    assert "bis" in page.period_error.text()
    page.to_edit.setDate(QDate(2025, 7, 1))
    assert page.generate_button.isEnabled() and page.period_error.text() == ""
    for check in page.section_checks.values():
        check.setChecked(False)
    assert not page.generate_button.isEnabled()
    assert not page.open_button.isEnabled() and not page.save_button.isEnabled()


def test_generate_in_background_then_open_and_save(qtbot, page: ReportsPage, tmp_path: Path,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page.year_spin.setValue(2025)
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.section_checks["partners"].setChecked(False)
    page.generate()
    assert not page.generate_button.isEnabled()  # no second run while one is going
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    result = page.result
    assert result.pages >= 5 and result.language == "en" and result.xlsx is not None
    assert str(result.pages) in page.status.text()
    assert page.open_button.isEnabled() and page.save_button.isEnabled() and page.save_xlsx_button.isEnabled()

    opened = []
    monkeypatch.setattr(reports_page.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.open_report()
    assert opened == [str(result.pdf)]

    target = tmp_path / "abgabe" / "report"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    saved = page.save_report()
    assert saved == target.with_name("report.pdf") and saved.exists()
    pages = pdf_pages(saved)
    stats = statistics.key_figures(Period.year(2025))
    assert "Activity report" in pages[0]
    assert summary_numbers(pages, "Appointments held")[0] == stats.held
    assert "Appendix: partner organisations by sector" not in "\n".join(pages)
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no temp file left behind

    saved_xlsx = page.save_figures()
    workbook = load_workbook(saved_xlsx, read_only=True)
    try:
        rows = {row[0]: row for row in workbook["Key figures"].iter_rows(min_row=2, values_only=True)}
    finally:
        workbook.close()
    assert rows["Appointments held"][1] == stats.held

    from docx import Document

    assert page.save_docx_button.isEnabled()
    target_docx = tmp_path / "abgabe" / "report-word"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target_docx), ""))
    saved_docx = page.save_docx()
    assert saved_docx == target_docx.with_name("report-word.docx")
    document = Document(str(saved_docx))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][0] == "The year in figures"
    assert all(shape._inline.docPr.get("descr") for shape in document.inline_shapes)


def test_cancelled_save_dialog_writes_nothing(qtbot, page: ReportsPage, tmp_path: Path,  # noqa: ANN001
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page.xlsx_check.setChecked(False)
    page.docx_check.setChecked(False)
    for key in ("charts", "networks", "appointments", "partners"):
        page.section_checks[key].setChecked(False)
    page.generate()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    assert page.result.xlsx is None and not page.save_xlsx_button.isEnabled()
    assert page.result.docx is None and not page.save_docx_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert page.save_report() is None


def test_settings_give_the_cover_its_role_line_and_fields_english_names(qtbot, db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 15 #12/#14 through the GUI: the office's own title and a field's English name, typed on
    Einstellungen, appear in the report."""
    from app.services import appointments, report_labels, settings
    from app.services.reports import ReportOptions, write_report
    from app.ui.settings_page import SettingsPage

    settings_page = SettingsPage()
    qtbot.addWidget(settings_page)
    settings_page.commissioner.setText("Dr. Maria Beispiel")
    settings_page.commissioner_title.setText("Migrationsbeauftragte")
    settings_page.commissioner_title_en.setText("Commissioner for Migration")
    assert settings_page.save()
    assert settings.get("commissioner_title") == "Migrationsbeauftragte"
    settings_page.fields.setCurrentRow(0)
    field_id = settings_page.current_field_id()
    assert settings_page.english_field_button.isEnabled()
    assert settings_page.name_field_in_english("Welcome first")
    assert report_labels.english_field_names()[field_id] == "Welcome first"
    assert "Welcome first" in settings_page.fields.item(0).toolTip()
    appointments.create_appointment({"title": "Willkommenstreffen", "start": "2025-05-05 10:00", "status": "held"},
                                    fields=[field_id])
    german = pdf_pages(write_report(tmp_path / "de.pdf", ReportOptions(Period.year(2025))).path)
    assert "Dr. Maria Beispiel" in german[0] and "Migrationsbeauftragte" in german[0]
    english = "\n".join(pdf_pages(write_report(tmp_path / "en.pdf",
                                               ReportOptions(Period.year(2025), language="en")).path))
    assert "Commissioner for Migration" in english and "Welcome first" in english


def test_preview_labels_stay_readable_in_a_narrow_window(qtbot, db) -> None:  # noqa: ANN001
    """QA 14/15.11: at 1024×768 the figure names were cut to "Termine …", "davon …": they wrap instead."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    page = reports_page.ReportsPage(today=dt.date(2026, 6, 1))
    qtbot.addWidget(page)
    page.resize(790, 700)  # beside the navigation of a 1024 px wide window
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.wait(20)
    table = page.preview
    width = table.columnWidth(0) - 8  # the cell's text margins
    assert width < 200  # the case of the report: the label column is narrow
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        needed = QFontMetrics(item.font()).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                                        item.text()).height()
        assert table.rowHeight(row) >= needed, item.text()
