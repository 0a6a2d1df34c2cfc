"""Workbooks read with python-calamine (.xlsx, .xlsm, .xlsb, .xls, .ods), sized up before parsing.

calamine builds a whole sheet in memory as a rectangle from the first to the last used cell, so a
hostile file with one cell in A1 and one in XFD1048576 would ask for billions of cells. Before calamine
sees a sheet its size is measured from the file itself: the row and column references of an .xlsx/.xlsm
sheet (streamed, in chunks), the repeated rows/cells of an .ods table, the cell records of an .xls (its
Workbook stream taken out of the OLE2 container) and of an .xlsb sheet (BIFF12 records, streamed). A binary
workbook is no safer than an XML one: a 6 KB .xls with one cell at column 65535 or a 7 KB .xlsb with one at
XFD1048576 made calamine ask for hundreds of GB and abort the whole program.
The .xls container is taken apart the way calamine's own CFB reader does it, so the measured cells are the
cells calamine builds, and containers it would loop through without end are refused; every sheet a
relationship can name is measured, whatever the case of its member's name. A Rust panic inside calamine
(a BaseException) is a broken file like any parser error. XML entities are not expanded by calamine (an XML
bomb is an error, not a hang). Values come out as calamine reads them: float/int, str, bool,
date/datetime/time/timedelta, "" for empty cells. `hidden_rows` names the rows hidden in the file.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
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


def xlsx_extent(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo) -> tuple[int, int, int]:
    """(claimed rows from <dimension>, last row referenced, last column referenced) of one sheet; (0, 0, 1) for
    a member without sheetData (a theme's or drawing's r="50000" is no row: calamine reads cells only there).

    Three quick passes per chunk: every row's number, cells whose row number has six digits or more, and cells
    beyond column GZ – enough to know the rectangle calamine would build, without visiting every cell."""
    claimed = last_row = last_col = 0
    sheet = False
    tail = b""
    with _open_member(archive, member) as stream:
        first = True
        while True:
            chunk = _read_until_damage(stream)
            if not chunk:
                break
            data = tail + chunk
            if first:
                match = _DIMENSION.search(data[:4096])
                claimed = int(match.group(1)) if match else 0
                first = False
            sheet = sheet or b"sheetData" in data
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
    return (claimed, last_row, max(last_col, 1)) if sheet else (0, 0, 1)


def _open_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo) -> Any:
    """A member opened without the CRC check at its end: calamine's XML reader may stop at </worksheet>
    before the zip reader ever compares the CRC, so a wrong CRC must not hide the member from the measure
    (Python raises at the end, before handing out the last chunk, which can hold the far cell)."""
    stream: Any = archive.open(member)
    stream._expected_crc = None  # noqa: SLF001 - zipfile.ZipExtFile skips the check when it is None
    return stream


def _read_until_damage(stream: Any) -> bytes:
    """The next chunk, or b"" where the deflate data is damaged: calamine cannot inflate past that point
    either, so what came before is what it can build cells from."""
    try:
        return bytes(stream.read(_CHUNK))
    except (zlib.error, EOFError):
        return b""


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


# --- .xls: the Workbook stream of the OLE2 container, walked record by record ---------------------------------

_XLS_CELLS = frozenset({0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006})  # what calamine reads (+ MULRK)
_XLS_MULRK = 0x00BD
_XLS_RECORD = struct.Struct("<HHHH")
_XLS_DIMENSIONS = 0x0200
_XLS_FILEPASS = 0x002F  # its first field (read as "row" here) is the encryption type: 0 XOR, 1 RC4
_XLS_EOF = 0x000A
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class _BrokenContainer(ValueError):
    """An OLE2 container calamine would refuse, or would read into unbounded memory (a looping chain)."""


_END_OF_CHAIN = 0xFFFFFFFE
_RESERVED_SECTORS = 0xFFFFFFFA
_DIF_SECTOR = 0xFFFFFFFC
_WORKBOOK_STREAMS = ("Workbook", "Book", "WORKBOOK", "BOOK")  # calamine's order


def _cfb_workbook(data: bytes) -> bytes:
    """The Workbook stream of an .xls exactly as calamine's CFB reader takes it out (github.com/tafia/calamine,
    src/cfb.rs): its quirks are followed – sector numbers up to the file's length / sector size, names cut at
    the first NUL, the first directory of a name, streams under 4096 bytes from the mini stream – so that
    the cells measured are the cells calamine will build. _BrokenContainer where calamine would refuse the
    file, and where it would loop without end or reserve unbounded memory: a DIFAT or directory chain that
    comes back on itself, a stream longer than the file, a FAT length or DIFAT capacity beyond the file."""
    if len(data) < 512 or data[:8] != OLE2_SIGNATURE:
        raise _BrokenContainer("signature")
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12) or struct.unpack_from("<H", data, 32)[0] != 6:
        raise _BrokenContainer("sector size")
    size = 1 << shift
    version = struct.unpack_from("<H", data, 26)[0]
    fat_len, dir_start = struct.unpack_from("<II", data, 44)
    mini_fat_start, mini_fat_len, difat_start = struct.unpack_from("<III", data, 60)
    maxid = len(data) // size
    if fat_len > maxid + 1 or struct.unpack_from("<I", data, 62)[0] > 1 << 26:  # calamine reserves both
        raise _BrokenContainer("header")
    body = data[size if size > 512 else 512:]

    def sector(number: int) -> bytes:
        if number > maxid:
            raise _BrokenContainer("sector beyond the end")
        return body[number * size:(number + 1) * size]

    def words(block: bytes) -> list[int]:
        return list(struct.unpack(f"<{len(block) // 4}I", block[:len(block) // 4 * 4]))

    difat = words(data[76:512])
    seen: set[int] = set()
    number = difat_start
    while number < _RESERVED_SECTORS:  # calamine follows the DIFAT chain without a loop check
        if number in seen:
            raise _BrokenContainer("DIFAT loop")
        seen.add(number)
        difat.extend(words(sector(number)))
        number = difat.pop()
    fat: list[int] = []
    for number in difat:
        if number < _DIF_SECTOR:
            fat.extend(words(sector(number)))

    def chain(start: int, table: list[int], read: Any, length: int, looping_ok: bool) -> bytes:
        out = bytearray()
        visited: set[int] = set()
        number = start
        while number != _END_OF_CHAIN:
            if number in visited and not looping_ok:
                raise _BrokenContainer("chain loop")
            visited.add(number)
            part = read(number)
            out += part[:length - len(out)]
            if len(out) >= length:
                break
            if number >= len(table):
                raise _BrokenContainer("chain beyond the table")  # calamine panics here
            number = table[number]
        return bytes(out)

    directory = chain(dir_start, fat, sector, 1 << 62, looping_ok=False)
    entries = [directory[i:i + 128] for i in range(0, len(directory), 128)]
    if not entries or len(entries[0]) < 128:
        raise _BrokenContainer("no directory")

    def entry(raw: bytes) -> tuple[str, int, int]:
        name = raw[:64].decode("utf-16-le", "replace").split("\x00", 1)[0]
        start = struct.unpack_from("<I", raw, 116)[0] if len(raw) >= 120 else 0
        length = (struct.unpack_from("<I", raw, 120)[0] if size == 512 else struct.unpack_from("<Q", raw, 120)[0]) \
            if len(raw) >= 128 else 0
        return name, start, length

    root_name, root_start, root_length = entry(entries[0])
    if version != 3 and root_start == _END_OF_CHAIN:
        raise _BrokenContainer("empty root")
    found = None
    for wanted in _WORKBOOK_STREAMS:
        found = next((e for e in map(entry, entries) if e[0] == wanted), None)
        if found is not None:
            break
    if found is None:
        raise _BrokenContainer("no Workbook stream")
    _name, start, length = found
    if length > len(data) or root_length > len(data) or mini_fat_len * size > len(data):
        raise _BrokenContainer("stream longer than the file")
    if length >= 4096:
        return chain(start, fat, sector, length, looping_ok=True)
    if mini_fat_len == 0:
        return b""  # calamine: no mini stream, an empty Workbook – it refuses that as damaged
    mini_stream = chain(root_start, fat, sector, root_length, looping_ok=True)
    mini_fat = words(chain(mini_fat_start, fat, sector, mini_fat_len * size, looping_ok=True))

    def mini_sector(number: int) -> bytes:
        if number > maxid * 8 or (number + 1) * 64 > len(mini_stream):  # calamine would read on in the file
            raise _BrokenContainer("mini sector beyond the mini stream")
        return mini_stream[number * 64:(number + 1) * 64]

    return chain(start, mini_fat, mini_sector, length, looping_ok=True)


def ole_stream(data: bytes) -> bytes | None:
    """The Workbook stream of an .xls as calamine reads it, or None for a container calamine would refuse or
    could not read with bounded memory (see _cfb_workbook)."""
    try:
        return _cfb_workbook(data)
    except (_BrokenContainer, struct.error):
        return None


def _xls_reserved(first_row: int, row_end: int, first_col: int, col_end: int) -> tuple[int, int]:
    """The rectangle calamine reserves for a DIMENSIONS record (rows, columns), in its own 32-bit arithmetic:
    a first row after the last one wraps around to four billion rows (it aborted the program)."""
    if first_col > 0xFF or col_end < first_col:
        first_col = 0
    if row_end < 1 or col_end < 1:
        return 1, 1
    return (row_end - first_row) & 0xFFFFFFFF, (col_end - first_col) & 0xFFFFFFFF


def xls_extent(stream: bytes) -> tuple[int, int, int, int]:
    """(claimed rows, claimed columns, last row, last column), 1-based, over every sheet of a BIFF5/8 stream:
    the DIMENSIONS records and every cell record calamine turns into a cell."""
    claimed_rows = claimed_cols = last_row = last_col = 0
    record = _XLS_RECORD.unpack_from  # type, size and, for a cell, its row and column: one call per record
    unpack = struct.unpack_from
    cells = _XLS_CELLS
    globals_ = True  # the workbook globals come first, up to their EOF record
    position, end = 0, len(stream)
    while position + 8 <= end:
        kind, size, row, col = record(stream, position)
        body = position + 4
        position = body + size
        if globals_ and kind == _XLS_FILEPASS and row:  # encrypted (RC4, "Kennwort zum Öffnen"): the rest is
            return 0, 0, 0, 0  # not readable and calamine stops there too (PasswordError), building nothing
        if kind == _XLS_EOF:
            globals_ = False
        elif kind in cells:
            if row >= last_row:
                last_row = row + 1
            if col >= last_col:
                last_col = col + 1
        elif kind == _XLS_MULRK and size >= 6 and position <= end:
            col, = unpack("<H", stream, position - 2)
            last_row, last_col = max(last_row, row + 1), max(last_col, col + 1)
        elif kind == _XLS_DIMENSIONS and position <= end and size in (10, 14):
            rows, cols = _xls_reserved(*(unpack("<IIHH", stream, body) if size == 14 else
                                        unpack("<HHHH", stream, body)))
            claimed_rows, claimed_cols = max(claimed_rows, rows), max(claimed_cols, cols)
    return claimed_rows, claimed_cols, last_row, last_col


# --- .xlsb: BIFF12 records of each sheet, streamed -------------------------------------------------------------

_XLSB_ROW = 0x0000
# 0x0001 … 0x000B: BrtCellBlank … BrtFmlaError, whose data starts with the column
_XLSB_DIMENSION = 0x0094
_U32 = struct.Struct("<I")
_XLSB_SHEET_FOLDERS = ("xl/worksheets/", "xl/dialogsheets/", "xl/macrosheets/")


def xlsb_extent(stream: Any) -> tuple[int, int, int]:
    """(claimed rows from BrtWsDim, last row, last column), 1-based, of one .xlsb sheet read in chunks.

    A record is a type (1–2 bytes, 7 bits each), a size (1–4 bytes) and its data; a row header's data starts
    with the row, a cell's with its column (both 32 bits). The loop keeps 22 bytes of headroom so that a
    record's header and first fields are always inside the buffer; the last bytes of the stream get a padded
    copy."""
    claimed = last_row = last_col = 0
    word = _U32.unpack_from
    buffer, position, skip, ended = b"", 0, 0, False
    while not ended:
        while True:
            more = _read_until_damage(stream)
            if skip and more:  # the rest of a record longer than the buffer
                dropped = min(skip, len(more))
                more, skip = more[dropped:], skip - dropped
                if not more:
                    continue
            break
        if skip:  # the stream ends inside a record
            break
        if not more:
            ended = True
            buffer = buffer[position:] + b"\x00" * 22  # padding reads as empty records of type 0, size 0
            position = 0
            limit = len(buffer) - 22
        else:
            buffer = buffer[position:] + more
            position = 0
            limit = len(buffer) - 22
        while position < limit:
            kind = buffer[position]
            position += 1
            if kind & 0x80:
                kind = (kind & 0x7F) | ((buffer[position] & 0x7F) << 7)
                position += 1
            byte = buffer[position]
            position += 1
            size = byte & 0x7F
            shift = 7
            while byte & 0x80 and shift < 28:
                byte = buffer[position]
                position += 1
                size |= (byte & 0x7F) << shift
                shift += 7
            if kind <= 0x0B and size >= 4:
                value = word(buffer, position)[0] + 1
                if kind == _XLSB_ROW:
                    if value > last_row:
                        last_row = value
                elif value > last_col:
                    last_col = value
            elif kind == _XLSB_DIMENSION and size >= 16:
                claimed = max(claimed, word(buffer, position + 4)[0] + 1)
            position += size
        if position > len(buffer):  # the last record goes on past this chunk: its rest is skipped
            skip, position = position - len(buffer), len(buffer)
    return claimed, last_row, last_col


_UNINFLATABLE = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError)  # CRC, deflate
# data, a member flagged as encrypted, an unknown compression
_CHECKED: dict[tuple[str, int, int], bool] = {}   # files measured already (path, size, mtime): read twice


def check_size(path: Path, kind: str, row_limit: int, too_many: Any) -> None:
    """Refuse a sheet calamine would have to build too large, before it parses anything."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _CHECKED:
        return
    try:
        _check_size(path, kind, row_limit, too_many)
    except _UNINFLATABLE as exc:  # the archive itself (its directory, content.xml of an .ods)
        raise unreadable(path, exc) from None
    if len(_CHECKED) > 64:
        _CHECKED.clear()
    _CHECKED[key] = True


def _check_size(path: Path, kind: str, row_limit: int, too_many: Any) -> None:
    if kind in ("xls", "xlsb"):
        size = path.stat().st_size
        if size > MAX_BINARY_BYTES:
            raise ReaderError(t("too_big", name=path.name, size=size // (1024 * 1024),
                                          limit=MAX_BINARY_BYTES // (1024 * 1024)))
    if kind == "xls":
        stream = ole_stream(path.read_bytes())
        if stream is None:  # calamine would refuse it, or loop through it without end: refused here already
            raise unreadable(path, ValueError("container"))
        claimed_rows, claimed_cols, rows, columns = xls_extent(stream)
        _refuse(path.name, row_limit, too_many, claimed_rows, rows, columns)
        if claimed_rows * max(claimed_cols, 1) > MAX_CELLS:  # calamine reserves the claimed rectangle
            raise _too_big(path.name, claimed_rows, claimed_cols)
        return
    with zipfile.ZipFile(path) as archive:
        if kind == "ods":
            _refuse(path.name, row_limit, too_many, 0, *ods_extent(archive))
            return
        # calamine finds a sheet through the relationships, case-insensitively ("worksheets/SHEET1.xml" is the
        # member xl/worksheets/sheet1.xml) and under any name the relationships give it: measuring only the
        # members named in xl/workbook.xml let a sheet under another spelling through and abort the program.
        # So every member that can be a sheet is measured: every member of an .xlsx holding sheetData, every
        # member below xl/worksheets/ (any case) of an .xlsb (calamine takes no other as a worksheet).
        for info in archive.infolist():
            name = info.filename.replace("\\", "/").lower()
            try:
                if kind == "xlsb":
                    if not name.startswith(_XLSB_SHEET_FOLDERS):  # binaryIndex parts too: a relationship
                        continue                                     # could name one as the sheet
                    with _open_member(archive, info) as member:
                        claimed, rows, columns = xlsb_extent(member)
                elif name.endswith("/"):
                    continue
                else:
                    claimed, rows, columns = xlsx_extent(archive, info)
            except _UNINFLATABLE:  # calamine cannot read such a member either: a sheet of it is no sheet,
                continue           # and a damaged picture does not stop the list
            _refuse(path.name, row_limit, too_many, claimed, rows, columns)


def _refuse(name: str, row_limit: int, too_many: Any, claimed: int, rows: int, columns: int) -> None:
    if claimed > row_limit:
        raise too_many(name, row_limit, claimed, claimed=True)
    if rows > row_limit:
        raise too_many(name, row_limit, rows)
    if rows * max(columns, 1) > MAX_CELLS:
        raise _too_big(name, rows, columns)


def _worksheets(workbook: Any) -> list[str]:
    """The worksheets in workbook order, hidden ones last: a hidden sheet ("Auswahllisten" with the values of
    a template's drop-down lists, often the first) is not what the office sees and means to import."""
    import python_calamine

    sheets = [meta for meta in workbook.sheets_metadata if meta.typ == python_calamine.SheetTypeEnum.WorkSheet]
    shown = [meta.name for meta in sheets if meta.visible == python_calamine.SheetVisibleEnum.Visible]
    return shown + [meta.name for meta in sheets if meta.name not in shown]


def sheet_names(path: Path) -> list[str]:
    workbook = _open(path)
    try:
        return _worksheets(workbook)
    finally:
        workbook.close()


_LIST_ROWS = 40  # rows of a sheet looked at to tell a list from a cover sheet


def _holds_list(sheet: Any) -> bool:
    """A row with two or more filled cells in the first rows (a header or data), or a column of five or more
    short entries (a list of names); a cover sheet holds a few lines of text in one column."""
    short = 0
    for number, values in enumerate(sheet.iter_rows(), start=1):
        if number > _LIST_ROWS:
            break
        filled = [value for value in values if value not in ("", None)]
        if len(filled) >= 2:
            return True
        if filled and len(str(filled[0])) <= 40:
            short += 1
    return short >= 5


def _open(path: Path) -> Any:
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ReaderError(t("password_protected", name=path.name)) from None
    except BaseException as exc:  # any parser failure is a broken or hostile file
        raise _failure(path, exc) from None


def _failure(path: Path, exc: BaseException) -> BaseException:
    """What to raise for an error out of calamine: a Rust panic (pyo3's PanicException, a BaseException –
    "range start index 4655404 out of range" on a damaged .xls) is a broken file like any parser error;
    KeyboardInterrupt, SystemExit and GeneratorExit stay what they are."""
    if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
        return exc if isinstance(exc, ReaderError) else unreadable(path, exc)
    return exc


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
    except BaseException as exc:
        workbook.close()
        raise _failure(path, exc) from None
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
    except BaseException as exc:
        workbook.close()
        if type(exc).__name__ == "PanicException":
            raise unreadable(path, exc) from None
        raise
    workbook.close()


def _first_list(workbook: Any, path: Path) -> tuple[str, Any]:
    """The sheet read when none is named: the first shown sheet holding a list – a cover sheet ("Hinweise")
    before it is passed – as (name, sheet; None when there is only one sheet and it was not parsed here)."""
    names = _worksheets(workbook)
    if not names:
        raise ReaderError(t("no_sheet", name=path.name))
    if len(names) == 1:
        return names[0], None
    first = workbook.get_sheet_by_name(names[0])
    if _holds_list(first):
        return names[0], first
    for name in names[1:]:
        data = workbook.get_sheet_by_name(name)
        if _holds_list(data):
            return name, data
    return names[0], first


_DEFAULT: dict[tuple[str, int, int, str | None], str] = {}  # file → the sheet read when none is named


def default_sheet(path: Path) -> str:
    """The name of the sheet read when none is named (for the wizard's preselection, the CLI's output and the
    hidden rows): worked out once per file – finding it may parse sheets."""
    key = _kept_key(path, None)
    if key in _DEFAULT:
        return _DEFAULT[key]
    workbook = _open(path)
    try:
        name = _first_list(workbook, path)[0]
    except BaseException as exc:
        raise _failure(path, exc) from None
    finally:
        workbook.close()
    _remember_default(key, name)
    return name


def _remember_default(key: tuple[str, int, int, str | None], name: str) -> None:
    if len(_DEFAULT) > 64:
        _DEFAULT.clear()
    _DEFAULT[key] = name


def _load(path: Path, sheet: str | None) -> tuple[Any, Any]:
    workbook = _open(path)
    try:
        if sheet is None:
            name, data = _first_list(workbook, path)
            _remember_default(_kept_key(path, None), name)
            return workbook, data if data is not None else workbook.get_sheet_by_name(name)
        if sheet in workbook.sheet_names:
            return workbook, workbook.get_sheet_by_name(sheet)
        raise ReaderError(f"In „{path.name}“ gibt es kein Tabellenblatt „{sheet}“.")
    except BaseException as exc:
        workbook.close()
        raise _failure(path, exc) from None


# --- rows hidden in the file ------------------------------------------------------------------------------------
# A list whose rows were hidden (partners who left, an AutoFilter on one network) shows the office fewer rows than
# the file holds; calamine reads them all alike. These read where each format marks a hidden row, so an import
# can say so: .xlsx <row hidden="1">, .ods table:visibility="collapse"/"filter", .xls ROW fDyZero, .xlsb
# BrtRowHdr fDyZero.

_XML_SHEET = re.compile(r"<(?:\w+:)?sheet\b([^>]*)>")
_XML_REL = re.compile(r"<(?:\w+:)?Relationship\b([^>]*)>")
_XML_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HIDDEN_LIMIT = 250_000   # hidden rows reported at most (the row limit of an import is 200,000)


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1).rpartition(":")[2]: m.group(2) if m.group(2) is not None else m.group(3) or ""
            for m in _ATTRIBUTE.finditer(text)}


def _member(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo | None:
    """A member by name as calamine finds it: case-insensitively, backslashes as slashes."""
    wanted = name.replace("\\", "/").lstrip("/").lower()
    found = None
    for info in archive.infolist():
        if info.filename.replace("\\", "/").lower() == wanted:
            found = info
    return found


def _sheet_targets(archive: zipfile.ZipFile, workbook: str, rels: str) -> dict[str, str]:
    """Target member of each relationship id of the workbook ("rId3" → "xl/worksheets/sheet2.xml")."""
    info = _member(archive, rels)
    if info is None:
        return {}
    base = workbook.rpartition("/")[0]
    targets = {}
    for match in _XML_REL.finditer(archive.read(info).decode("utf-8", "replace")):
        attributes = _attributes(match.group(1))
        target = attributes.get("Target", "")
        if attributes.get("Id") and target:
            targets[attributes["Id"]] = target.lstrip("/") if target.startswith("/") else f"{base}/{target}"
    return targets


def _xlsx_hidden(archive: zipfile.ZipFile, sheet: str) -> set[int]:
    workbook = _member(archive, "xl/workbook.xml")
    if workbook is None:
        return set()
    targets = _sheet_targets(archive, "xl/workbook.xml", "xl/_rels/workbook.xml.rels")
    member = None
    for match in _XML_SHEET.finditer(archive.read(workbook).decode("utf-8", "replace")):
        attributes = _attributes(match.group(1))
        if attributes.get("name") == sheet:
            member = _member(archive, targets.get(attributes.get("id", ""), ""))
    if member is None:
        return set()
    hidden: set[int] = set()
    tail = b""
    with archive.open(member) as stream:
        while len(hidden) < _HIDDEN_LIMIT:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            cut = data.rfind(b"<") if chunk else -1  # a tag cut by the read waits for the next chunk
            data, tail = (data[:cut], data[cut:]) if cut >= 0 and len(data) - cut < 4096 else (data, b"")
            for row in _XML_ROW.finditer(data) if b"hidden=" in data else ():  # (most sheets hide nothing)
                if b"hidden=" not in row.group(1):
                    continue
                attributes = _attributes(row.group(1).decode("utf-8", "replace"))
                if attributes.get("hidden") in ("1", "true") and attributes.get("r", "").isdigit():
                    hidden.add(int(attributes["r"]))
            if not chunk:
                break
    return hidden


def _ods_hidden(archive: zipfile.ZipFile, sheet: str) -> set[int]:
    """Hidden rows holding a value (an empty hidden block, often a million rows, hides nothing)."""
    content = archive.read("content.xml")
    hidden: set[int] = set()
    for table in content.split(b"<table:table ")[1:]:
        head = table[:table.find(b">")].decode("utf-8", "replace")
        if _attributes(head).get("name") != sheet:
            continue
        row_number = 0
        for row in _ODS_ROW.finditer(table):
            repeat = _REPEAT_ROWS.search(row.group(1))
            rows = int(repeat.group(1)) if repeat else 1
            visibility = _attributes(row.group(1).decode("utf-8", "replace")).get("visibility", "visible") \
                if b"visibility" in row.group(1) else "visible"
            body = row.group(3) or b""
            if visibility != "visible" and (b"office:value" in body or b"<text:" in body):
                hidden.update(range(row_number + 1, row_number + 1 + min(rows, _HIDDEN_LIMIT - len(hidden))))
            row_number += rows
        break
    return hidden


def _xls_hidden(stream: bytes, sheet: str) -> set[int]:
    """BOUNDSHEET8 gives the sheet's offset in the Workbook stream; its ROW records carry fDyZero (0x20)."""
    unpack = struct.unpack_from
    position, offset = 0, None
    while position + 4 <= len(stream):
        kind, size = unpack("<HH", stream, position)
        body = position + 4
        if kind == _XLS_EOF:
            break
        if kind == _XLS_FILEPASS:
            return set()
        if kind == 0x0085 and size >= 8:  # BOUNDSHEET8: lbPlyPos, hsState, dt, stName (ShortXLUnicodeString)
            count, wide = stream[body + 6], stream[body + 7] & 1
            raw = stream[body + 8:body + 8 + count * (2 if wide else 1)]
            name = raw.decode("utf-16-le" if wide else "latin-1", "replace")
            if name == sheet:
                offset = unpack("<I", stream, body)[0]
        position = body + size
    hidden: set[int] = set()
    if offset is None:
        return hidden
    position = offset
    while position + 4 <= len(stream) and len(hidden) < _HIDDEN_LIMIT:
        kind, size = unpack("<HH", stream, position)
        body = position + 4
        if kind == _XLS_EOF:
            break
        if kind == 0x0208 and size >= 16 and unpack("<H", stream, body + 12)[0] & 0x0020:  # ROW, fDyZero
            hidden.add(unpack("<H", stream, body)[0] + 1)
        position = body + size
    return hidden


def _xlsb_hidden(archive: zipfile.ZipFile, sheet: str) -> set[int]:
    """BrtBundleSh (0x9C) names each sheet and its relationship; BrtRowHdr's fDyZero (0x10 of its 12th byte)."""
    workbook = _member(archive, "xl/workbook.bin")
    if workbook is None:
        return set()
    targets = _sheet_targets(archive, "xl/workbook.bin", "xl/_rels/workbook.bin.rels")
    member = None
    for kind, data in _biff12_records(archive.read(workbook)):
        if kind == 0x009C and len(data) >= 12:
            count = struct.unpack_from("<I", data, 8)[0]
            if count == 0xFFFFFFFF or 12 + 2 * count + 4 > len(data):
                continue
            relation = data[12:12 + 2 * count].decode("utf-16-le", "replace")
            length = struct.unpack_from("<I", data, 12 + 2 * count)[0]
            start = 16 + 2 * count
            if data[start:start + 2 * length].decode("utf-16-le", "replace") == sheet:
                member = _member(archive, targets.get(relation, ""))
    if member is None or member.file_size > 512 * 1024 * 1024:
        return set()
    hidden: set[int] = set()
    for kind, data in _biff12_records(archive.read(member)):
        if kind == _XLSB_ROW and len(data) >= 12 and data[11] & 0x10:
            hidden.add(struct.unpack_from("<I", data, 0)[0] + 1)
            if len(hidden) >= _HIDDEN_LIMIT:
                break
    return hidden


def _biff12_records(data: bytes) -> Iterator[tuple[int, bytes]]:
    position, end = 0, len(data)
    while position < end:
        kind = data[position]
        position += 1
        if kind & 0x80 and position < end:
            kind = (kind & 0x7F) | ((data[position] & 0x7F) << 7)
            position += 1
        size = shift = 0
        for _ in range(4):
            if position >= end:
                return
            byte = data[position]
            position += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, data[position:position + size]
        position += size


def hidden_rows(path: Path, kind: str, sheet: str) -> set[int]:
    """1-based numbers of the rows of `sheet` hidden in the file (at most _HIDDEN_LIMIT); a damaged structure
    gives an empty set (the rows are then read as shown, as before)."""
    try:
        if kind == "xls":
            stream = ole_stream(path.read_bytes())
            return _xls_hidden(stream, sheet) if stream is not None else set()
        with zipfile.ZipFile(path) as archive:
            if kind == "ods":
                return _ods_hidden(archive, sheet)
            if kind == "xlsb":
                return _xlsb_hidden(archive, sheet)
            return _xlsx_hidden(archive, sheet)
    except (OSError, zipfile.BadZipFile, zlib.error, KeyError, ValueError, struct.error, EOFError, RuntimeError,
            NotImplementedError):
        return set()
