"""The report's figures as Excel: the same numbers as the statistics and the PDF, real numbers, no formulas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from app.services import report_labels, statistics
from app.services.reports import ReportOptions, write_figures, write_report
from app.services.statistics import Period
from tests.io.report_office import CONFIDENTIAL_TITLE, build_office, pdf_pages, summary_numbers


def _rows(path: Path, sheet: str) -> list[tuple]:
    workbook = load_workbook(path)
    try:
        return [tuple(cell.value for cell in row) for row in workbook[sheet].iter_rows()]
    finally:
        workbook.close()


def test_excel_figures_equal_the_statistics_and_the_pdf(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    stats = statistics.collect(Period.year(2025))
    xlsx = write_figures(tmp_path / "kennzahlen.xlsx", stats)
    pdf = write_report(tmp_path / "bericht.pdf", ReportOptions(period=Period.year(2025)), stats).path
    pages = pdf_pages(pdf)
    rows = _rows(xlsx, "Kennzahlen")
    assert rows[0] == ("Kennzahl", "2025", "2024", "Veränderung", "Veränderung %")
    by_label = {row[0]: row for row in rows[1:]}
    assert len(by_label) == len(statistics.FIGURE_NAMES)
    for name in statistics.FIGURE_NAMES:
        label = report_labels.figure(name)
        current, previous = getattr(stats.figures, name), getattr(stats.previous, name)
        assert by_label[label][1:4] == (current, previous, current - previous), name
        assert summary_numbers(pages, label) == (current, previous), name
    assert by_label["Durchgeführte Termine"][1:] == (3, 1, 2, 200.0)
    assert by_label["Noch geplante Termine"][4] is None  # no ratio against 0


def test_one_sheet_per_table_with_bold_frozen_header_and_real_numbers(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    stats = statistics.collect(Period.year(2025))
    path = write_figures(tmp_path / "k.xlsx", stats)
    workbook = load_workbook(path)
    try:
        assert workbook.sheetnames == ["Kennzahlen", "Monate", "Terminarten", "Handlungsfelder", "Gremien",
                                       "Termine", "Netzwerkpartner"]
        for sheet in workbook.worksheets:
            assert sheet.freeze_panes == "A2"
            assert all(cell.font.bold for cell in sheet[1] if cell.value is not None)
        months = list(workbook["Monate"].iter_rows(min_row=2, values_only=True))
        assert len(months) == 12 and sum(row[2] for row in months) == stats.figures.held
        assert months[11][:3] == (2025, "Dezember", 1)  # the New Year's Eve reception counts in December
        assert all(isinstance(row[2], int) for row in months)
        networks = list(workbook["Gremien"].iter_rows(min_row=2, values_only=True))
        # held 1, of which with recorded attendance 1, planned 0, attendances 2, average 2.0
        assert networks[0][:8] == ("Runder Tisch Integration", "Runder Tisch", "vierteljährlich", 1, 1, 0, 2, 2.0)
    finally:
        workbook.close()


def test_confidential_and_formula_like_texts(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    path = write_figures(tmp_path / "k.xlsx", period=Period.year(2025))
    workbook = load_workbook(path)
    try:
        sheet = workbook["Termine"]
        titles = {row[3].value: row for row in sheet.iter_rows(min_row=2)}
        assert CONFIDENTIAL_TITLE not in titles
        secret = titles["Vertraulicher Termin (Sprechstunde)"]
        assert secret[6].value is None and secret[11].value == "ja"  # no place, marked confidential
        formula = titles["Silvesterempfang =SUMME(A1:A9)"][3]
        assert formula.data_type == "s"
        date_cell = titles["Silvesterempfang =SUMME(A1:A9)"][0]
        assert date_cell.value == dt.datetime(2025, 12, 31) and date_cell.number_format == "DD.MM.YYYY"
        partners = [row[1].value for row in workbook["Netzwerkpartner"].iter_rows(min_row=2)]
        assert "VHS <Lindenau> & Umland" in partners
    finally:
        workbook.close()
    # a title that *starts* with "=" stays text (quote prefix), never a formula
    from app.services import appointments
    appointments.create_appointment({"title": "=HYPERLINK(\"http://x\")", "start": "2025-04-01 10:00",
                                     "status": "held"})
    path = write_figures(tmp_path / "k2.xlsx", period=Period.year(2025))
    workbook = load_workbook(path)
    try:
        cell = next(row[3] for row in workbook["Termine"].iter_rows(min_row=2)
                    if str(row[3].value).startswith("=HYPERLINK"))
        assert cell.data_type == "s" and cell.quotePrefix
    finally:
        workbook.close()


def test_english_workbook(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    path = write_figures(tmp_path / "figures.xlsx", period=Period.year(2025), language="en")
    rows = _rows(path, "Key figures")
    assert rows[0][0] == "Figure" and ("Appointments held", 3, 1, 2, 200.0) in rows
    assert ("Confidential appointment (Counselling hours)" in
            [row[3] for row in _rows(path, "Appointments")])
