"""The activity report's figures as an Excel workbook – one sheet per table, for offices that draw their
own charts. The numbers are the very objects the PDF prints (app.services.reports.figure_sheets), as real
numbers.

Every sheet has a bold, frozen header row. Text cells are always text: a value starting with `=`, `+`, `-`,
`@`, tab or carriage return is stored as a string with Excel's quote prefix, never as a formula.
Confidential appointments appear as "Vertraulicher Termin (<Art>)" without title or place, as in the PDF.
The file is written next to the target and moved into place (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.io.export import FORMULA_STARTS
from app.io.files import write_atomically

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DATE_FORMAT = "DD.MM.YYYY"
TIME_FORMAT = "HH:MM"
DECIMAL_FORMAT = "0.0"
PERCENT_FORMAT = "0.0"


def _text_cell(sheet: object, value: str) -> WriteOnlyCell:
    text = _ILLEGAL_XML.sub("", value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would take "=…" for a formula
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _cell(sheet: object, value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _text_cell(sheet, value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = TIME_FORMAT if isinstance(value, dt.time) else DATE_FORMAT
        return cell
    if isinstance(value, float):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DECIMAL_FORMAT
        return cell
    if isinstance(value, int):
        return value
    return _text_cell(sheet, str(value))


def _width(values: Sequence[object]) -> float:
    longest = 0
    for value in values:
        if isinstance(value, dt.date):
            length = 10
        elif isinstance(value, dt.time):
            length = 5
        else:
            length = len(str(value)) if value is not None else 0
        longest = max(longest, length)
    return max(6, min(60, longest + 2))


Sheet = tuple[str, list[str], list[list[object]]]
"""(sheet title, headers, rows) – app.services.reports.figure_sheets() makes them from the statistics."""


def write_workbook(path: Path | str, sheets: Sequence[Sheet]) -> Path:
    """Write one sheet per table: bold frozen header, columns as wide as their content, real numbers."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(re.sub(r"[\\/*?:\[\]]", " ", title)[:31])
        for column, header in enumerate(headers):
            sample = [header, *(row[column] for row in rows[:500])]
            sheet.column_dimensions[get_column_letter(column + 1)].width = _width(sample)
        sheet.freeze_panes = "A2"
        header_cells = []
        for header in headers:
            cell = _text_cell(sheet, header)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    write_atomically(path, workbook.save)
    return path
