"""CSV files as German Excel, Outlook, Google and Thunderbird write them.

`;` or `,` (or tab) as separator, UTF-8 with or without BOM, UTF-16 or Windows-1252 – detected, not
asked; CRLF or LF. A leading `'` that protected a formula-like value on export is removed again. A lone
quote (`"Anna;Stadt` without its closing quote) would swallow the following rows into one field: it is
detected and the line named instead of importing one long cell. A Windows-1252 file from Thunderbird ("CSV
(Systemzeichensatz)") holds what that charset lacks as numeric character references ("Y&#305;lmaz"): they are
turned back into the letters.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.io.messages import t
from app.wording.language import pick

MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_FIELD = 1024 * 1024   # one cell; Python's default (128 KiB) raises a confusing csv.Error on long notes
Row = tuple[Any, ...]


class CsvError(FileFormatError):
    """A CSV file that cannot be read as it is; the message names the line."""


_NCR = re.compile(r"&#(\d{3,7});")


def _letter(match: re.Match[str]) -> str:
    """A reference to a letter Windows-1252 lacks ("&#305;" → "ı"); anything else stays as written."""
    number = int(match.group(1))
    if number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return match.group()
    letter = chr(number)
    try:
        letter.encode("cp1252")
    except UnicodeEncodeError:
        return letter
    return match.group()  # the charset has it: the encoder would not have referenced it, a person typed this


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 – the encodings exports use.

    Windows-1252 written by Thunderbird (Gecko's converter, WHATWG encoders) holds the letters the charset lacks
    as numeric character references – Turkish "ş", "ı", "ğ", Polish "ł": they are decoded back (also in a file of
    plain ASCII, which such a file is when it holds no umlaut; a UTF-8 writer never writes them)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    else:
        if b"&#" not in data or not data.isascii():  # (plain ASCII may be Windows-1252 without one umlaut)
            return text
    return _NCR.sub(_letter, text) if "&#" in text else text


def read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise CsvError(t("too_big", name=path.name, size=size // (1024 * 1024),
                         limit=MAX_CSV_BYTES // (1024 * 1024)))
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvError(t("not_csv", name=path.name))
    return decode_text(data)


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently into more than one column."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", -1.0
    for delimiter in (";", ",", "\t"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * 10 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _value(text: str) -> str | None:
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        text = text[1:]
    return text if text != "" else None


def _lone_quote(name: str, line: int) -> CsvError:
    return CsvError(pick(
        f"„{name}“, Zeile {line}: ein Anführungszeichen (\") ohne Gegenstück verschluckt die folgenden Zeilen. "
        f"Bitte in Zeile {line} das Anführungszeichen entfernen oder verdoppeln (\"\") und die Datei erneut "
        "speichern.",
        f"“{name}”, line {line}: a quote (\") without its closing quote swallows the following lines. Please "
        f"remove or double (\"\") the quote in line {line} and save the file again."))


def rows(path: Path, limit: int, too_many: Any) -> Iterator[tuple[int, Row]]:
    """(line number of the row's start, values without trailing empty cells); refuses lone quotes."""
    text = read_text(path)
    delimiter = detect_delimiter(text)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    width = 0
    number = 0
    start_line = 1
    try:
        for row in reader:
            number += 1
            if number > limit:
                raise too_many(path.name, limit)
            end_line = reader.line_num
            if end_line > start_line and width >= 2:
                for cell in row:
                    if "\n" not in cell:
                        continue
                    swallowed = cell.split("\n")[1:]
                    if any(part.count(delimiter) >= max(2, width - 1) for part in swallowed):
                        raise _lone_quote(path.name, start_line)
            width = max(width, len(row))
            yield number, _trim(_value(cell) for cell in row[:200])
            start_line = end_line + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc) or "EOF" in str(exc):
            raise _lone_quote(path.name, start_line) from None
        raise CsvError(t("bad_csv_line", name=path.name, line=reader.line_num, reason=exc)) from None


def _trim(values: Any) -> Row:
    cells: Row = tuple(values)
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    return cells[:end]
