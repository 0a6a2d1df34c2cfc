"""Safe readers: values as offices save them, hostile files refused quickly with a clear message."""

from __future__ import annotations

import datetime as dt
import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io import spreadsheet
from app.io.spreadsheet import SpreadsheetError, describe, head, iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _workbook(path: Path, rows: list[list[object]], title: str = "Liste") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _rewrite(path: Path, member: str, content: bytes, target: Path | None = None) -> Path:
    target = target or path.with_name("x-" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = content if info.filename == member else source.read(info.filename)
            out.writestr(info.filename, data)
    return target


def test_xlsx_values_not_formulas_and_row_numbers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Liste der Partner"], [], ["Name", "Datum", "Summe"],
                                          ["Anna", dt.date(2025, 7, 9), "=1+1"]])
    rows = dict(iter_rows(path))
    assert rows[1] == ("Liste der Partner",)
    assert rows[2] == ()
    assert rows[4][:2] == ("Anna", dt.date(2025, 7, 9))
    assert describe(path)[0].name == "Liste"


def test_libreoffice_fixture_formula_read_as_value() -> None:
    path = FIXTURES / "formeln_libreoffice.xlsx"
    rows = dict(iter_rows(path))
    assert rows[2] == ("Summe", 3)


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";"),
                                                ("cp1252", "\t")])
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = delimiter.join(["Name", "Ort", "PLZ"]) + "\r\n" + delimiter.join(["Jürgen Weiß", "Köln", "01067"]) + \
        "\r\n" + delimiter.join(['"Meier; Müller"', "Straße", "'=2+3"]) + "\r\n"
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode(encoding))
    rows = dict(iter_rows(path))
    assert rows[2] == ("Jürgen Weiß", "Köln", "01067")
    if delimiter == ";":
        assert rows[3] == ("Meier; Müller", "Straße", "=2+3")


def test_libreoffice_csv_fixture() -> None:
    rows = dict(iter_rows(FIXTURES / "partner_libreoffice.csv"))
    assert any("Żaneta" in str(value) for values in rows.values() for value in values)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.xlsx"
    path.write_bytes(b"")
    with pytest.raises(SpreadsheetError, match="leer"):
        describe(path)


def test_ole2_garbage_is_named_broken(tmp_path: Path) -> None:
    path = tmp_path / "alt.xlsx"
    path.write_bytes(spreadsheet.OLE2_MAGIC + b"\x00" * 4000)
    with pytest.raises(SpreadsheetError, match="beschädigt"):
        list(iter_rows(path))


def test_truncated_zip(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]] * 200)
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        bad = tmp_path / f"kaputt{cut}.xlsx"
        bad.write_bytes(data[:cut])
        with pytest.raises(SpreadsheetError, match="beschädigt oder unvollständig"):
            describe(bad)


def test_other_formats(tmp_path: Path) -> None:
    ods = tmp_path / "x.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(SpreadsheetError, match="keine Tabelle"):
        describe(ods)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(SpreadsheetError, match=r"\.xlsx"):
        describe(pdf)


XML_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_xml_bomb(tmp_path: Path, member: str) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    bomb = _rewrite(good, member, XML_BOMB)
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="XML"):
        list(iter_rows(bomb))
    assert time.monotonic() - start < 5


def test_zip_bomb(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        out.writestr("xl/media/leer.bin", b"\x00" * (40 * 1024 * 1024))
    tracemalloc.start()
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="Zip-Bombe"):
        describe(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - start < 5 and peak < 20 * 1024 * 1024


def test_uncompressed_total_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _workbook(tmp_path / "gross.xlsx", [[f"Name {i}", i] for i in range(3000)])
    monkeypatch.setattr(spreadsheet, "MAX_UNCOMPRESSED", 50_000)
    with pytest.raises(SpreadsheetError, match="entpackt"):
        describe(path)


def test_sheet_claiming_a_million_rows(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    with zipfile.ZipFile(good) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    claimed = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', xml)
    assert claimed != xml
    bad = _rewrite(good, "xl/worksheets/sheet1.xml", claimed)
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="1.048.576 Zeilen"):
        list(iter_rows(bad))
    assert time.monotonic() - start < 5


def test_sheet_with_a_far_row_and_no_dimension(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    with zipfile.ZipFile(good) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', "", xml).replace(
        "</sheetData>", '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    bad = _rewrite(good, "xl/worksheets/sheet1.xml", xml.encode())
    tracemalloc.start()
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="höchstens"):
        for _ in iter_rows(bad):
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - start < 10 and peak < 50 * 1024 * 1024


def test_head_is_bounded(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [[i] for i in range(100)])
    assert [n for n, _ in head(path, rows=5)] == [1, 2, 3, 4, 5]
