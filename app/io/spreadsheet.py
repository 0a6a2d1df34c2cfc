"""Reading the lists offices send – .xlsx/.xlsm/.xlsb, old .xls, .ods and .csv – without letting a hostile file hurt.

Before any parser sees a workbook, the file is checked: not empty, of a known kind by its first bytes
(an OLE2 container is an old .xls – or a password-protected workbook, which gets its own advice),
for zip-based files complete (central directory and every member's header readable), not too big once
unpacked and not suspiciously well compressed (zip bomb). Then the sheet's real size is measured from the
file (app/io/readers.py) and only then python-calamine reads it: values, never formulas; XML entities are
never expanded. A sheet that claims or turns out to hold more than `MAX_ROWS` rows is refused.
openpyxl is used for writing only (app/io/export.py).

CSV files (app/io/csv_text.py) are read as German Excel and the address-book programs write them.

Rows come out as `(row_number, values)` with 1-based row numbers, so messages can name them.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.io import csv_text, readers
from app.io.csv_text import decode_text, detect_delimiter
from app.io.messages import t

MAX_ROWS = 200_000          # data rows a list may have
MAX_COLUMNS = readers.MAX_COLUMNS
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 100             # uncompressed : compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_CSV_BYTES = csv_text.MAX_CSV_BYTES
HEAD_ROWS = 40

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
SUFFIXES = EXCEL_SUFFIXES + CSV_SUFFIXES
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")

Row = tuple[Any, ...]
__all__ = ["SpreadsheetError", "SheetInfo", "describe", "sheet_names", "default_sheet", "hidden_rows", "head",
           "iter_rows", "file_kind", "check_archive", "decode_text", "detect_delimiter", "SUFFIXES"]


class SpreadsheetError(FileFormatError):
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
        text = _guard(lambda: csv_text.read_text(path))
        return [SheetInfo(path.stem, text.count("\n") + 1)]
    _guard(lambda: readers.check_size(path, kind, MAX_ROWS + HEAD_ROWS, _too_many_rows))
    return [SheetInfo(name, None) for name in _guard(lambda: readers.sheet_names(path))]


def sheet_names(path: Path) -> list[str]:
    return [info.name for info in describe(path)]


def hidden_rows(path: Path, sheet: str | None = None) -> set[int]:
    """Row numbers (as iter_rows gives them) that are hidden in the file – for the sheet iter_rows reads with
    the same `sheet`; empty for a CSV file. An import can name them ("in der Datei ausgeblendet")."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "csv":
        return set()
    name = sheet if sheet is not None else default_sheet(path)
    return readers.hidden_rows(path, kind, name) if name else set()


def default_sheet(path: Path) -> str | None:
    """The sheet `head`/`iter_rows` read when none is named: the first shown sheet holding a list (a cover
    sheet or a hidden sheet before it is passed); None for a CSV file."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "csv":
        return None
    _guard(lambda: readers.check_size(path, kind, MAX_ROWS + HEAD_ROWS, _too_many_rows))
    return str(_guard(lambda: readers.default_sheet(path)))


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
    kind = file_kind(path)
    limit = MAX_ROWS + HEAD_ROWS
    try:
        if kind == "csv":
            yield from csv_text.rows(path, limit, _too_many_rows)
        else:
            readers.check_size(path, kind, limit, _too_many_rows)
            yield from readers.iter_sheet(path, sheet, limit, _too_many_rows)
    except (csv_text.CsvError, readers.ReaderError) as exc:
        raise SpreadsheetError(str(exc)) from None
    except zipfile.BadZipFile:
        raise _broken(path) from None


def _guard(call: Any) -> Any:
    try:
        return call()
    except (csv_text.CsvError, readers.ReaderError) as exc:
        raise SpreadsheetError(str(exc)) from None


def _broken(path: Path) -> SpreadsheetError:
    return SpreadsheetError(f"„{path.name}“ ist beschädigt oder unvollständig (z. B. abgebrochener Download). "
                            "Bitte die Datei erneut speichern oder noch einmal schicken lassen.")


def file_kind(path: Path) -> str:
    """'xlsx', 'xlsb', 'ods', 'xls' or 'csv' – after checking the file's bytes; SpreadsheetError otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as stream:
            start = stream.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(t("file_missing", name=path.name)) from None
    except IsADirectoryError:
        raise SpreadsheetError(t("is_folder", name=path.name)) from None
    except OSError as exc:
        raise SpreadsheetError(t("cannot_open", name=path.name, reason=exc.strerror)) from None
    suffix = path.suffix.lower()
    if size == 0:
        raise SpreadsheetError(t("file_empty", name=path.name))
    if start.startswith(OLE2_MAGIC):
        if size > readers.MAX_BINARY_BYTES:
            raise SpreadsheetError(t("too_big", name=path.name, size=size // (1024 * 1024),
                                     limit=readers.MAX_BINARY_BYTES // (1024 * 1024)))
        if _ENCRYPTED in path.read_bytes():
            raise SpreadsheetError(
                f"„{path.name}“ ist mit einem Kennwort geschützt. Bitte in Excel öffnen, unter „Datei → "
                "Informationen → Arbeitsmappe schützen“ das Kennwort entfernen, speichern und diese Datei "
                "importieren.")
        return "xls"
    if start.startswith(ZIP_MAGIC):
        return check_archive(path)
    if suffix in EXCEL_SUFFIXES:
        raise SpreadsheetError(t("not_a_table_file", name=path.name, suffix=suffix))
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise SpreadsheetError(t("unsupported_type", suffix=path.suffix or t("no_extension")))


# --- zip containers (.xlsx, .xlsm, .xlsb, .ods) ------------------------------------------------------------

def check_archive(path: Path) -> str:
    """Refuse truncated archives and zip bombs before any XML is parsed; return the workbook kind."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetError(t("too_many_parts", name=name, count=len(members)))
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
            if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
                kind = "xlsx"
            elif "xl/workbook.bin" in names:
                kind = "xlsb"
            elif "content.xml" in names and b"opendocument.spreadsheet" in _member_start(archive, "mimetype"):
                kind = "ods"
            else:
                raise SpreadsheetError(t("not_xlsx_or_ods", name=name))
            for info in members:  # every local header must be there: a cut file fails here
                with archive.open(info) as member:
                    member.read(1)
            return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError, KeyError,
            RuntimeError):  # RuntimeError: a member flagged as encrypted
        raise _broken(path) from None
    except OSError as exc:
        raise SpreadsheetError(t("unreadable", name=name, reason=exc.strerror or exc)) from None


def _member_start(archive: zipfile.ZipFile, member: str) -> bytes:
    try:
        with archive.open(member) as stream:
            return stream.read(100)
    except KeyError:
        return b""


def _too_many_rows(name: str, limit: int, rows: int, claimed: bool = False) -> SpreadsheetError:
    amount = (f"laut Datei {rows:,}" if claimed else f"mehr als {limit:,}").replace(",", ".")
    return SpreadsheetError(
        f"Die Tabelle „{name}“ hat {amount} Zeilen; eingelesen werden höchstens {MAX_ROWS:,} Zeilen".replace(",", ".")
        + ". Bitte die Liste in mehrere Dateien teilen (oder leere, formatierte Zeilen am Ende löschen).")
