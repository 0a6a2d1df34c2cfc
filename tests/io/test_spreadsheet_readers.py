"""The calamine reader (.xlsx, .xls, .xlsb, .ods): real LibreOffice files read; hostile ones refused before parsing."""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io import readers, spreadsheet
from app.io.spreadsheet import SpreadsheetError, describe, iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("name", ["partner_libreoffice.xls", "partner_libreoffice.ods", "partner_libreoffice.xlsx"])
def test_libreoffice_files_read_alike(name: str) -> None:
    rows = dict(iter_rows(FIXTURES / name))
    assert rows[4][:4] == ("Name", "Funktion", "Einrichtung", "E-Mail")
    anna = rows[5]
    assert anna[0] == "Dr. Anna Müller" and anna[8] in (dt.date(2025, 7, 9), dt.datetime(2025, 7, 9))
    assert describe(FIXTURES / name)[0].name


def test_leading_empty_columns_keep_their_place(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["C3"] = "Name"
    book.active["C4"] = "Anna"
    book.save(tmp_path / "a.xlsx")
    rows = dict(iter_rows(tmp_path / "a.xlsx"))
    assert rows[3] == (None, None, "Name") and rows[4] == (None, None, "Anna")


def test_password_protected_workbook(tmp_path: Path) -> None:
    # encrypted like Excel's "Mit Kennwort verschlüsseln" (ECMA-376 agile encryption in an OLE2 container)
    with pytest.raises(SpreadsheetError, match="Kennwort"):
        describe(FIXTURES / "partner_kennwort.xlsx")


@pytest.mark.parametrize("name", ["partner_libreoffice.xls", "partner_libreoffice.ods"])
def test_zero_and_truncated_xls_ods(tmp_path: Path, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    empty = tmp_path / f"leer{Path(name).suffix}"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetError, match="leer"):
        describe(empty)
    cut = tmp_path / f"kaputt{Path(name).suffix}"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(SpreadsheetError, match="beschädigt|unvollständig"):
        list(iter_rows(cut))


def test_sparse_far_cell_refused_before_calamine_builds_it(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    with zipfile.ZipFile(good) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', "", xml).replace(
        "</sheetData>", '<row r="150000"><c r="XFD150000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    bad = tmp_path / "weit.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, xml.encode() if info.filename == "xl/worksheets/sheet1.xml"
                         else source.read(info.filename))
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="zu groß"):
        list(iter_rows(bad))
    assert time.monotonic() - start < 5


def _ods(path: Path, table: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f'<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body>'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return path


def test_ods_repeated_cells_with_a_value_refused(tmp_path: Path) -> None:
    bomb = _ods(tmp_path / "wiederholt.ods", '<table:table table:name="T"><table:table-row '
                'table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" '
                'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>')
    start = time.monotonic()
    with pytest.raises(SpreadsheetError, match="höchstens|zu groß"):
        list(iter_rows(bomb))
    assert time.monotonic() - start < 5


def test_ods_xml_bomb(tmp_path: Path) -> None:
    from tests.io.test_spreadsheet import XML_BOMB

    bomb = tmp_path / "bombe.ods"
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", XML_BOMB)
    start = time.monotonic()
    with pytest.raises(SpreadsheetError):
        list(iter_rows(bomb))
    assert time.monotonic() - start < 5


def test_ods_trailing_empty_repeats_are_fine(tmp_path: Path) -> None:
    ods = _ods(tmp_path / "leerzeilen.ods", '<table:table table:name="T"><table:table-row><table:table-cell '
               'office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell '
               'table:number-columns-repeated="16383"/></table:table-row><table:table-row '
               'table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/>'
               '</table:table-row></table:table>')
    assert dict(iter_rows(ods))[1] == ("Name",)


def test_oversized_xls_refused_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_BINARY_BYTES", 1000)
    with pytest.raises(SpreadsheetError, match="MB groß"):
        describe(FIXTURES / "partner_libreoffice.xls")


def test_file_kinds() -> None:
    assert spreadsheet.file_kind(FIXTURES / "partner_libreoffice.xls") == "xls"
    assert spreadsheet.file_kind(FIXTURES / "partner_libreoffice.ods") == "ods"
    assert spreadsheet.file_kind(FIXTURES / "partner_libreoffice.xlsx") == "xlsx"
    assert spreadsheet.file_kind(FIXTURES / "outlook_kalender_de.csv") == "csv"
