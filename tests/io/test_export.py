"""Exports: what German Excel opens, with formula-like text kept as text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io.export import ExportError, write_table

HOSTILE = ["=1+2", "+49 30 1234", "-5", "@SUM(A1)", "\tTab", "\rCR", '=HYPERLINK("http://x","y")']


def test_xlsx_header_dates_and_widths(tmp_path: Path) -> None:
    target = write_table(tmp_path / "liste.xlsx", ["Name", "Datum", "Beginn", "Anzahl"],
                         [["Anna Müller", dt.date(2025, 7, 9), dt.datetime(2025, 7, 9, 9, 30), 12],
                          ["Ein sehr langer Name einer Organisation e. V.", None, None, 3.5]],
                         sheet_title="Kontakte")
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Kontakte"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D1"
    assert sheet["A1"].font.b and sheet["D1"].font.b
    assert sheet["B2"].is_date and sheet["B2"].value == dt.datetime(2025, 7, 9)
    assert sheet["B2"].number_format == "DD.MM.YYYY"
    assert sheet["C2"].value == dt.datetime(2025, 7, 9, 9, 30) and sheet["C2"].number_format == "DD.MM.YYYY HH:MM"
    assert sheet["D2"].value == 12 and sheet["D3"].value == 3.5
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["D"].width
    assert sheet.column_dimensions["A"].width <= 60


def test_xlsx_formula_like_text_stays_text(tmp_path: Path) -> None:
    target = write_table(tmp_path / "x.xlsx", ["Wert"], [[value] for value in HOSTILE])
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(target).active
    values = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(HOSTILE))]
    assert all(c.data_type == "s" for c in values)
    # text is unchanged (a non-lxml XML parser turns a lone carriage return into a line feed)
    assert all(c.value in (v, v.replace("\r", "\n")) for c, v in zip(values, HOSTILE, strict=True))
    assert sheet["A2"].quotePrefix


def test_csv_german_excel_format(tmp_path: Path) -> None:
    target = write_table(tmp_path / "x.csv", ["Name", "Datum", "Betrag", "Hinweis"],
                         [["Żaneta Wiśniewska", dt.date(2025, 7, 9), 2.5, "a;b"]] + [[v, None, 1, ""] for v in HOSTILE])
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == "Name;Datum;Betrag;Hinweis"
    assert lines[1] == 'Żaneta Wiśniewska;09.07.2025;2,5;"a;b"'
    assert lines[2].startswith("'=1+2;")
    assert lines[3].startswith("'+49 30 1234;")
    assert lines[4].startswith("'-5;")
    assert lines[5].startswith("'@SUM(A1);")
    assert lines[6].startswith("'\tTab;")


def test_write_is_atomic_and_rejects_unknown_suffix(tmp_path: Path) -> None:
    target = tmp_path / "liste.xlsx"
    write_table(target, ["A"], [["alt"]])

    def broken():
        yield ["neu"]
        raise RuntimeError("mitten im Schreiben")

    with pytest.raises(RuntimeError):
        write_table(target, ["A"], broken())
    assert openpyxl.load_workbook(target).active["A2"].value == "alt"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.xlsx"]
    with pytest.raises(ExportError, match="xlsx"):
        write_table(tmp_path / "x.ods", ["A"], [])


def test_control_characters_dropped_and_large_stream(tmp_path: Path) -> None:
    rows = ([f"Name {i}\x07", i] for i in range(5000))
    target = write_table(tmp_path / "viel.xlsx", ["Name", "Nr"], rows)
    sheet = openpyxl.load_workbook(target, read_only=True).active
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(values) == 5000 and values[4999] == ("Name 4999", 4999)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_does_not_evaluate(tmp_path: Path) -> None:
    source = write_table(tmp_path / "x.xlsx", ["Wert"], [["=1+2"], ["@SUM(1)"], ["-5"]])
    out = tmp_path / "out"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    text = (out / "x.csv").read_text(encoding="utf-8")
    assert "=1+2" in text and "\n3" not in text
    assert "@SUM(1)" in text and "-5" in text
