"""Tables out to `.xlsx` or `.csv` the way a German office opens them – and never as formulas.

`write_table(path, headers, rows)` picks the format from the suffix:

- `.xlsx`: bold, frozen header row with an autofilter, column widths from the content, real date and
  date-time cells with German number formats (`TT.MM.JJJJ`). Text is always a text cell: a value such
  as `=HYPERLINK(…)` or `+49 …` is stored as an inline string with the "quote prefix" style, so neither
  Excel nor LibreOffice evaluates it, and it stays exactly what the user typed.
- `.csv`: semicolon-separated, UTF-8 with BOM, `\\r\\n` line ends, dates as `09.07.2025`, decimals with a
  comma – what German Excel opens with a double click. A text value starting with `=`, `+`, `-`, `@`,
  tab or carriage return is prefixed with `'` (OWASP's advice for CSV injection).

The file appears whole or not at all: it is written next to the target and moved into place.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import islice
from pathlib import Path

from app.errors import FileFormatError
from app.io.files import write_atomically
from app.io.messages import t

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
TIME_FORMAT = "HH:MM"
MIN_WIDTH, MAX_WIDTH = 6, 60
WIDTH_SAMPLE = 1000  # rows looked at for column widths; the rest is streamed
SHEET_TITLE_LIMIT = 31

# XML 1.0 forbids most control characters; Excel would refuse the file.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_TITLE_BAD = re.compile(r"[\\/*?:\[\]]")



class ExportError(FileFormatError):
    """The file could not be written (message for the user)."""


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def csv_safe(value: str) -> str:
    """A text value as a CSV cell no spreadsheet will evaluate."""
    return "'" + value if is_formula_like(value) else value


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
                sheet_title: str = "Export") -> Path:
    """Write headers and rows to `path` (.xlsx or .csv by suffix); returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(t("export_format", suffix=path.suffix))

    def write(temp: Path) -> None:
        if suffix == ".xlsx":
            _write_xlsx(temp, list(headers), rows, sheet_title)
        else:
            _write_csv(temp, list(headers), rows)

    write_atomically(path, write)
    return path


# --- xlsx -----------------------------------------------------------------------------------------------

def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, dt.time):
        return 5
    text = str(value)
    if "\n" in text:
        return max(len(line) for line in text.splitlines()) if text.strip() else 0
    return len(text)


def _sheet_title(title: str) -> str:
    clean = _SHEET_TITLE_BAD.sub(" ", title).strip().strip("'")
    return (clean or "Export")[:SHEET_TITLE_LIMIT]


def _write_xlsx(target: Path, headers: list[str], rows: Iterable[Sequence[object]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    iterator = iter(rows)
    sample = list(islice(iterator, WIDTH_SAMPLE))
    width = max([len(headers)] + [len(row) for row in sample]) if sample or headers else 1

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    for column in range(width):
        lengths = [_display_length(headers[column]) + 3 if column < len(headers) else 0]
        lengths += [_display_length(row[column]) for row in sample if column < len(row)]
        sheet.column_dimensions[get_column_letter(column + 1)].width = \
            max(MIN_WIDTH, min(MAX_WIDTH, max(lengths) + 2))
    if headers:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}1"
    bold = Font(bold=True)

    def cell(value: object) -> WriteOnlyCell | object:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            text = _ILLEGAL_XML.sub("", value)
            item = WriteOnlyCell(sheet, value=text)
            if item.data_type != "s":  # openpyxl marks "=…" as formula (and some strings as numbers/errors)
                item.data_type = "s"
            if is_formula_like(text):
                item.quotePrefix = True  # Excel keeps it text even when the user edits the cell
            return item
        if isinstance(value, bool):
            return value
        if isinstance(value, dt.datetime):
            item = WriteOnlyCell(sheet, value=value.replace(tzinfo=None, microsecond=0))
            item.number_format = DATETIME_FORMAT
            return item
        if isinstance(value, dt.date):
            item = WriteOnlyCell(sheet, value=value)
            item.number_format = DATE_FORMAT
            return item
        if isinstance(value, dt.time):
            item = WriteOnlyCell(sheet, value=value.replace(microsecond=0, tzinfo=None))
            item.number_format = TIME_FORMAT
            return item
        if isinstance(value, int | float | Decimal):
            return value
        return cell(str(value))

    header_cells = []
    for name in headers:
        item = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("", str(name)))
        item.data_type = "s"
        item.font = bold
        header_cells.append(item)
    if header_cells:
        sheet.append(header_cells)
    for row in _chain(sample, iterator):
        sheet.append([cell(value) for value in row])
    workbook.save(target)


def _chain(first: list[Sequence[object]], rest: Iterator[Sequence[object]]) -> Iterator[Sequence[object]]:
    yield from first
    yield from rest


# --- csv ------------------------------------------------------------------------------------------------

_CSV_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def csv_clean(value: str) -> str:
    """A text value without control characters (NUL, ESC …: terminal escapes, truncated cells), formula-safe;
    tab, line feed and carriage return stay (quoted by the csv writer)."""
    return csv_safe(_CSV_CONTROLS.sub("", value))


def csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_clean(value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return csv_clean(str(value))


def _write_csv(target: Path, headers: list[str], rows: Iterable[Sequence[object]]) -> None:
    with open(target, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        if headers:
            writer.writerow([csv_text(name) for name in headers])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
