"""Workbooks read with python-calamine (.xlsx, .xlsm, .xlsb, .xls, .ods), sized up before parsing.

calamine builds a whole sheet in memory as a rectangle from the first to the last used cell, so a
hostile file with one cell in A1 and one in XFD1048576 would ask for billions of cells. Before calamine
sees a sheet its size is measured from the file itself: the row and column references of an .xlsx/.xlsm
sheet (streamed, in chunks), the repeated rows/cells of an .ods table, the file size of an .xls/.xlsb.
XML entities are not expanded by calamine (an XML bomb is an error, not a hang). Values come out as
calamine reads them: float/int, str, bool, date/datetime/time/timedelta, "" for empty cells.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.io.messages import t

MAX_CELLS = 6_000_000           # rectangle cells calamine may build for one sheet (~200 MB at most)
MAX_COLUMNS = 200
MAX_BINARY_BYTES = 64 * 1024 * 1024   # .xls / .xlsb files
MAX_ODS_CONTENT = 150 * 1024 * 1024
_CHUNK = 1 << 20
_ROW_REF = re.compile(rb"r=\"(\d+)\"")                      # rows carry a number, cells a letter too
_DEEP_CELL = re.compile(rb"r=\"([A-Z]{1,3})(\d{6,})\"")
_WIDE_CELL = re.compile(rb"r=\"([A-Z]{3}|[B-Z][A-Z])(\d+)\"")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{0,3}\d*:?[A-Z]{0,3}(\d+)\"")
_SHEET = re.compile(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]+)\"")
_REL = re.compile(r"<Relationship\b[^>]*?\bId=\"([^\"]+)\"[^>]*?\bTarget=\"([^\"]+)\"|"
                  r"<Relationship\b[^>]*?\bTarget=\"([^\"]+)\"[^>]*?\bId=\"([^\"]+)\"")
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(/>|>(.*?)</table:table-row>)", re.DOTALL)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/>|>(.*?)</table:(?:covered-)?table-cell>)",
                       re.DOTALL)
_REPEAT_ROWS = re.compile(rb"number-rows-repeated=\"(\d+)\"")
_REPEAT_COLS = re.compile(rb"number-columns-repeated=\"(\d+)\"")


class ReaderError(FileFormatError):
    """A workbook that cannot or must not be read (German message)."""


def column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def _too_big(name: str, rows: int, columns: int) -> ReaderError:
    return ReaderError(f"Die Tabelle in „{name}“ reicht bis Zeile {rows:,} und Spalte {columns:,} ".replace(",", ".")
                       + "– zu groß zum Einlesen. Bitte nur den Bereich mit der Liste in eine neue Datei kopieren.")


def xlsx_sheet_members(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member) in workbook order, from workbook.xml and its relationships."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", errors="replace")
    except KeyError:
        return []
    targets = {}
    for match in _REL.finditer(rels):
        rel_id, target = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        target = target.lstrip("/")
        targets[rel_id] = target if target.startswith("xl/") else "xl/" + target
    return [(name, targets.get(rel_id, "")) for name, rel_id in _SHEET.findall(workbook)]


def xlsx_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int, int]:
    """(claimed rows from <dimension>, last row referenced, last column referenced) of one sheet.

    Three quick passes per chunk: every row's number, cells whose row number has six digits or more, and cells
    beyond column GZ – enough to know the rectangle calamine would build, without visiting every cell."""
    claimed = last_row = last_col = 0
    tail = b""
    with archive.open(member) as stream:
        first = True
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            data = tail + chunk
            if first:
                match = _DIMENSION.search(data[:4096])
                claimed = int(match.group(1)) if match else 0
                first = False
            rows = _ROW_REF.findall(data)
            if rows:
                last_row = max(last_row, max(map(int, rows)))
            for _letters, number in _DEEP_CELL.findall(data):
                last_row = max(last_row, int(number))
            for letters, number in _WIDE_CELL.findall(data):
                last_col = max(last_col, column_number(letters))
                last_row = max(last_row, int(number))
            cut = data.rfind(b"<")
            tail = data[cut:] if cut >= 0 and len(data) - cut < 512 else b""
    return claimed, last_row, max(last_col, 1)


def ods_extent(archive: zipfile.ZipFile) -> tuple[int, int]:
    """(last row, last column) holding a value over all tables of an .ods, repeated rows/cells counted."""
    info = archive.getinfo("content.xml")
    if info.file_size > MAX_ODS_CONTENT:
        raise ReaderError(t("ods_too_big"))
    content = archive.read("content.xml")
    last_row = last_col = 0
    for table in content.split(b"<table:table ")[1:]:
        row_number = 0
        for row in _ODS_ROW.finditer(table):
            repeat = _REPEAT_ROWS.search(row.group(1))
            rows = int(repeat.group(1)) if repeat else 1
            body = row.group(3) or b""
            column = 0
            filled = 0
            for cell in _ODS_CELL.finditer(body):
                repeat_cols = _REPEAT_COLS.search(cell.group(1))
                cols = int(repeat_cols.group(1)) if repeat_cols else 1
                column += cols
                if b"office:value" in cell.group(1) or (cell.group(3) and b"<text:" in cell.group(3)):
                    filled = column
            row_number += rows
            if filled:
                last_row = max(last_row, row_number)
                last_col = max(last_col, filled)
    return last_row, last_col


_CHECKED: dict[tuple[str, int, int], bool] = {}   # files measured already (path, size, mtime): read twice


def check_size(path: Path, kind: str, row_limit: int, too_many: Any) -> None:
    """Refuse a sheet calamine would have to build too large, before it parses anything."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _CHECKED:
        return
    _check_size(path, kind, row_limit, too_many)
    if len(_CHECKED) > 64:
        _CHECKED.clear()
    _CHECKED[key] = True


def _check_size(path: Path, kind: str, row_limit: int, too_many: Any) -> None:
    if kind in ("xls", "xlsb"):
        size = path.stat().st_size
        if size > MAX_BINARY_BYTES:
            raise ReaderError(t("too_big", name=path.name, size=size // (1024 * 1024),
                                          limit=MAX_BINARY_BYTES // (1024 * 1024)))
        return
    with zipfile.ZipFile(path) as archive:
        if kind == "ods":
            rows, columns = ods_extent(archive)
            if rows > row_limit:
                raise too_many(path.name, row_limit, rows)
            if rows * max(columns, 1) > MAX_CELLS:
                raise _too_big(path.name, rows, columns)
            return
        for _name, member in xlsx_sheet_members(archive):
            if not member or member not in archive.namelist():
                continue
            claimed, rows, columns = xlsx_extent(archive, member)
            if claimed > row_limit:
                raise too_many(path.name, row_limit, claimed, claimed=True)
            if rows > row_limit:
                raise too_many(path.name, row_limit, rows)
            if rows * max(columns, 1) > MAX_CELLS:
                raise _too_big(path.name, rows, columns)


def sheet_names(path: Path) -> list[str]:
    import python_calamine

    workbook = _open(path)
    try:
        return [meta.name for meta in workbook.sheets_metadata
                if meta.typ == python_calamine.SheetTypeEnum.WorkSheet]
    finally:
        workbook.close()


def _open(path: Path) -> Any:
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ReaderError(t("password_protected", name=path.name)) from None
    except Exception as exc:  # noqa: BLE001 - any parser failure is a broken or hostile file
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: BaseException) -> ReaderError:
    message = str(exc)
    if "entity" in message.lower() or "doctype" in message.lower() or type(exc).__name__ == "XmlError":
        return ReaderError(f"„{path.name}“ enthält unzulässige XML-Konstrukte (möglicherweise eine "
                           "„XML-Bombe“) oder ist beschädigt. Die Datei wird nicht geöffnet.")
    if type(exc).__name__ == "PasswordError" or "password" in message.lower():
        return ReaderError(f"„{path.name}“ ist mit einem Kennwort geschützt. Bitte in Excel/LibreOffice öffnen, "
                           "das Kennwort entfernen und erneut speichern.")
    return ReaderError(f"„{path.name}“ ist beschädigt oder unvollständig und lässt sich nicht lesen. Bitte in Excel "
                       "oder LibreOffice öffnen und über „Speichern unter“ neu speichern, oder die Datei noch einmal "
                       "schicken lassen.")


_KEPT: dict[tuple[str, int, int, str | None], tuple[Any, Any]] = {}  # a sheet read only in part (the head)


def _kept_key(path: Path, sheet: str | None) -> tuple[str, int, int, str | None]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, sheet)


def _forget() -> None:
    for workbook, _sheet in _KEPT.values():
        workbook.close()
    _KEPT.clear()


def iter_sheet(path: Path, sheet: str | None, limit: int, too_many: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Rows as (1-based row number, values without trailing empty cells); columns capped.

    A sheet whose reading stopped early (the first rows for the header) stays parsed for the next reading of
    the same file – the preview right after – instead of being parsed twice; a complete reading releases it."""
    key = _kept_key(path, sheet)
    kept = _KEPT.pop(key, None)
    _forget()
    workbook, data = kept if kept is not None else _load(path, sheet)
    try:
        start = data.start
        rows = data.iter_rows()
    except Exception as exc:  # noqa: BLE001
        workbook.close()
        raise unreadable(path, exc) from None
    pad: tuple[Any, ...] = (None,) * (start[1] if start else 0)
    try:
        for number, values in enumerate(rows, start=1):
            if number > limit:
                raise too_many(path.name, limit, number)
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS]
            if "" in values:  # calamine's empty cells
                values = [None if v == "" else v for v in values]
            cells = pad + tuple(values) if pad else tuple(values)
            end = len(cells)
            while end and cells[end - 1] is None:
                end -= 1
            yield number, cells[:end]
    except GeneratorExit:
        _forget()
        _KEPT[key] = (workbook, data)
        raise
    except BaseException:
        workbook.close()
        raise
    workbook.close()


def _load(path: Path, sheet: str | None) -> tuple[Any, Any]:
    import python_calamine

    workbook = _open(path)
    try:
        if sheet is None:
            names = [m.name for m in workbook.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
            if not names:
                raise ReaderError(t("no_sheet", name=path.name))
            return workbook, workbook.get_sheet_by_name(names[0])
        if sheet in workbook.sheet_names:
            return workbook, workbook.get_sheet_by_name(sheet)
        raise ReaderError(f"In „{path.name}“ gibt es kein Tabellenblatt „{sheet}“.")
    except ReaderError:
        workbook.close()
        raise
    except Exception as exc:  # noqa: BLE001
        workbook.close()
        raise unreadable(path, exc) from None
