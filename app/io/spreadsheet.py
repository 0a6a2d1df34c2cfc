"""Reading the lists offices send – `.xlsx`/`.xlsm` and `.csv` – without letting a hostile file hurt.

Before openpyxl sees a workbook, the archive is checked: not empty, really a zip (an old `.xls` or a
password-protected workbook is an OLE2 container and gets its own advice), complete (central directory
and every member's header readable), not too big once unpacked and not suspiciously well compressed
(zip bomb). openpyxl then reads with `read_only=True, data_only=True` (values, never formulas), through
defusedxml (no entity expansion: XML bombs are refused), with rows and columns bounded, and the workbook
is always closed. A sheet that claims or turns out to hold more than `MAX_ROWS` rows is refused.

CSV files are read as German Excel writes them: `;` or `,` (or tab) as separator, UTF-8 with or without
BOM or Windows-1252 – detected, not asked. A leading `'` that protected a formula-like value on export is
removed again.

Rows come out as `(row_number, values)` with Excel's 1-based row numbers, so messages can name them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from app.errors import UserError

MAX_ROWS = 200_000          # data rows a list may have
MAX_COLUMNS = 200           # columns read per row
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 100             # uncompressed : compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_CSV_BYTES = 100 * 1024 * 1024
HEAD_ROWS = 40

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")

Row = tuple[Any, ...]


class SpreadsheetError(UserError):
    """A file that cannot or must not be read; the message says what to do (German)."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    claimed_rows: int | None  # what the file says about its size (for progress), None if unknown


def describe(path: Path) -> list[SheetInfo]:
    """Check the file and list its sheets (a CSV file has one, named after the file)."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "csv":
        text = _read_csv_text(path)
        return [SheetInfo(path.stem, text.count("\n") + 1)]
    with _Workbook(path) as workbook:
        infos = []
        for sheet in workbook.worksheets:
            claimed = getattr(sheet, "max_row", None)
            infos.append(SheetInfo(sheet.title, claimed))
        return infos


def sheet_names(path: Path) -> list[str]:
    return [info.name for info in describe(path)]


def head(path: Path, sheet: str | None = None, rows: int = HEAD_ROWS) -> list[tuple[int, Row]]:
    """The first `rows` rows (empty ones included), for header detection and the mapping page."""
    result = []
    for number, values in iter_rows(path, sheet):
        if number > rows:
            break
        result.append((number, values))
    return result


def iter_rows(path: Path, sheet: str | None = None) -> Iterator[tuple[int, Row]]:
    """Every row as (row number, values without trailing empty cells); refuses oversized sheets."""
    path = Path(path)
    if file_kind(path) == "csv":
        yield from _csv_rows(path)
    else:
        yield from _xlsx_rows(path, sheet)


def file_kind(path: Path) -> str:
    """'xlsx' or 'csv' – after checking the file's first bytes; raises SpreadsheetError otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as stream:
            start = stream.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(f"Die Datei „{path.name}“ gibt es nicht (mehr).") from None
    except IsADirectoryError:
        raise SpreadsheetError(f"„{path.name}“ ist ein Ordner, keine Datei.") from None
    except OSError as exc:
        raise SpreadsheetError(f"Die Datei „{path.name}“ lässt sich nicht öffnen: {exc.strerror}.") from None
    suffix = path.suffix.lower()
    if size == 0:
        raise SpreadsheetError(f"Die Datei „{path.name}“ ist leer (0 Byte). Bitte die Liste erneut speichern "
                               "oder noch einmal schicken lassen.")
    if start.startswith(OLE2_MAGIC):
        raise SpreadsheetError(
            f"„{path.name}“ ist eine Excel-Datei im alten Format (.xls) oder mit Kennwort geschützt. "
            "Bitte in Excel öffnen, das Kennwort ggf. entfernen und über „Speichern unter“ als "
            "„Excel-Arbeitsmappe (*.xlsx)“ speichern; dann diese Datei importieren.")
    if suffix in EXCEL_SUFFIXES or start.startswith(ZIP_MAGIC):
        if suffix == ".ods":
            raise SpreadsheetError(f"„{path.name}“ ist eine OpenDocument-Tabelle. Bitte in LibreOffice als "
                                   "„Excel 2007-365 (.xlsx)“ speichern und diese Datei importieren.")
        if not start.startswith(ZIP_MAGIC):
            raise SpreadsheetError(f"„{path.name}“ ist keine gültige Excel-Arbeitsmappe (.xlsx). Bitte in Excel "
                                   "öffnen und als „Excel-Arbeitsmappe (*.xlsx)“ speichern.")
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise SpreadsheetError(f"Dateien vom Typ „{path.suffix or 'ohne Endung'}“ können nicht importiert werden. "
                           "Bitte eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei wählen.")


# --- xlsx -----------------------------------------------------------------------------------------------

def check_archive(path: Path) -> None:
    """Refuse truncated archives and zip bombs before any XML is parsed."""
    name = path.name
    broken = SpreadsheetError(f"„{name}“ ist beschädigt oder unvollständig (z. B. abgebrochener Download). "
                              "Bitte die Datei erneut speichern oder noch einmal schicken lassen.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetError(f"„{name}“ enthält ungewöhnlich viele Teile ({len(members)}) und wird "
                                       "nicht geöffnet.")
            total = 0
            for info in members:
                total += info.file_size
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
                    raise SpreadsheetError(
                        f"„{name}“ ist ungewöhnlich stark komprimiert ({info.file_size // (1024 * 1024)} MB "
                        "entpackt) – möglicherweise eine „Zip-Bombe“. Die Datei wird nicht geöffnet.")
            if total > MAX_UNCOMPRESSED:
                raise SpreadsheetError(
                    f"„{name}“ wäre entpackt {total // (1024 * 1024)} MB groß (höchstens "
                    f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB). Bitte die Liste teilen.")
            names = {info.filename for info in members}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise SpreadsheetError(f"„{name}“ ist keine Excel-Arbeitsmappe (.xlsx). Bitte in Excel öffnen "
                                       "und als „Excel-Arbeitsmappe (*.xlsx)“ speichern.")
            for info in members:  # every local header must be there: a cut file fails here
                with archive.open(info) as member:
                    member.read(1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, KeyError):
        raise broken from None
    except OSError as exc:
        raise SpreadsheetError(f"„{name}“ lässt sich nicht lesen: {exc.strerror or exc}.") from None


class _Workbook:
    """openpyxl workbook opened safely and always closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: Any = None

    def __enter__(self) -> Any:
        import openpyxl

        if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
            raise SpreadsheetError("Das Paket „defusedxml“ fehlt; Excel-Dateien werden ohne es nicht geöffnet.")
        check_archive(self.path)
        try:
            self.book = openpyxl.load_workbook(self.path, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # noqa: BLE001 - any parser failure is a broken or hostile file
            raise _unreadable(self.path, exc) from None
        return self.book

    def __exit__(self, *exc: object) -> None:
        if self.book is not None:
            self.book.close()


def _unreadable(path: Path, exc: BaseException) -> SpreadsheetError:
    kind = type(exc).__name__
    chain: BaseException | None = exc
    while chain is not None:  # openpyxl wraps parser errors in a ValueError
        if isinstance(chain, DefusedXmlException):
            kind = "DefusedXmlException"
            break
        chain = chain.__cause__ or chain.__context__
    if kind == "DefusedXmlException":
        return SpreadsheetError(f"„{path.name}“ enthält unzulässige XML-Konstrukte (möglicherweise eine "
                                "„XML-Bombe“). Die Datei wird nicht geöffnet.")
    if isinstance(exc, SpreadsheetError):
        return exc
    if isinstance(exc, zipfile.BadZipFile | EOFError):
        return SpreadsheetError(f"„{path.name}“ ist beschädigt oder unvollständig. Bitte erneut speichern.")
    return SpreadsheetError(f"„{path.name}“ lässt sich nicht als Excel-Arbeitsmappe lesen ({kind}). Bitte in "
                            "Excel öffnen und erneut als „Excel-Arbeitsmappe (*.xlsx)“ speichern.")


def _too_many_rows(name: str, rows: int | str) -> SpreadsheetError:
    return SpreadsheetError(
        f"Die Tabelle „{name}“ hat {rows} Zeilen; eingelesen werden höchstens {MAX_ROWS:,} Zeilen".replace(",", ".")
        + ". Bitte die Liste in mehrere Dateien teilen (oder leere, formatierte Zeilen am Ende löschen).")


def _xlsx_rows(path: Path, sheet_name: str | None) -> Iterator[tuple[int, Row]]:
    with _Workbook(path) as book:
        if sheet_name is None:
            sheet = book.worksheets[0]
        elif sheet_name in book.sheetnames:
            sheet = book[sheet_name]
        else:
            raise SpreadsheetError(f"In „{path.name}“ gibt es kein Tabellenblatt „{sheet_name}“.")
        if not hasattr(sheet, "iter_rows"):
            raise SpreadsheetError(f"„{sheet.title}“ ist ein Diagrammblatt und enthält keine Tabelle.")
        claimed_rows = sheet.max_row
        claimed_cols = sheet.max_column
        limit = MAX_ROWS + HEAD_ROWS
        if claimed_rows is not None and claimed_rows > limit:
            raise _too_many_rows(sheet.title, f"laut Datei {claimed_rows:,}".replace(",", "."))
        max_col = min(claimed_cols or MAX_COLUMNS, MAX_COLUMNS)
        try:
            rows = sheet.iter_rows(min_row=1, max_row=claimed_rows or limit + 1, max_col=max_col,
                                   values_only=True)
            for number, values in enumerate(rows, start=1):
                if number > limit:
                    raise _too_many_rows(sheet.title, f"mehr als {limit:,}".replace(",", "."))
                yield number, _trim(values)
        except SpreadsheetError:
            raise
        except GeneratorExit:
            raise
        except Exception as exc:  # noqa: BLE001
            raise _unreadable(path, exc) from None


def _trim(values: Any) -> Row:
    values = tuple(values)
    end = len(values)
    while end and (values[end - 1] is None or values[end - 1] == ""):
        end -= 1
    return values[:end]


# --- csv ------------------------------------------------------------------------------------------------

def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 – the two encodings German Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise SpreadsheetError(f"„{path.name}“ ist {size // (1024 * 1024)} MB groß (höchstens "
                               f"{MAX_CSV_BYTES // (1024 * 1024)} MB). Bitte die Liste teilen.")
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SpreadsheetError(f"„{path.name}“ ist keine Textdatei (CSV). Bitte eine Excel-Arbeitsmappe (.xlsx) "
                               "oder eine CSV-Datei wählen.")
    return decode_text(data)


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently into more than one column."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", -1.0
    for delimiter in (";", ",", "\t"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * 10 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_value(text: str) -> str | None:
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        text = text[1:]
    return text if text != "" else None


def _csv_rows(path: Path) -> Iterator[tuple[int, Row]]:
    text = _read_csv_text(path)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    limit = MAX_ROWS + HEAD_ROWS
    try:
        for number, row in enumerate(reader, start=1):
            if number > limit:
                raise _too_many_rows(path.name, f"mehr als {limit:,}".replace(",", "."))
            yield number, _trim(_csv_value(cell) for cell in row[:MAX_COLUMNS])
    except csv.Error as exc:
        raise SpreadsheetError(f"„{path.name}“ ist keine lesbare CSV-Datei ({exc}).") from None
