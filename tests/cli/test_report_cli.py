"""`bruecke report`: the yearly report in one step from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import cli
from app.services import statistics
from app.services.statistics import Period
from tests.io.report_office import pdf_pages, summary_numbers


def test_report_for_a_year_writes_pdf_and_excel(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                                capsys: pytest.CaptureFixture[str]) -> None:
    stats = statistics.collect(Period.year(2025), lists=False)
    out, xlsx = tmp_path / "bericht.pdf", tmp_path / "zahlen.xlsx"
    code = cli.main(["report", "--db", str(db_path), "--year", "2025", "--out", str(out), "--xlsx", str(xlsx)])
    assert code == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    assert f"Tätigkeitsbericht 2025: {stats.figures.held} Termine durchgeführt" in printed
    assert str(out) in printed and str(xlsx) in printed
    pages = pdf_pages(out)
    assert summary_numbers(pages, "Durchgeführte Termine") == (stats.figures.held, stats.previous.held)
    workbook = load_workbook(xlsx, read_only=True)
    try:
        rows = {row[0]: row for row in workbook["Kennzahlen"].iter_rows(min_row=2, values_only=True)}
    finally:
        workbook.close()
    assert rows["Durchgeführte Termine"][1:3] == (stats.figures.held, stats.previous.held)


def test_docx_beside_the_pdf(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                             capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    out, docx = tmp_path / "bericht.pdf", tmp_path / "bericht.docx"
    code = cli.main(["report", "--db", str(db_path), "--year", "2025", "--out", str(out), "--docx", str(docx)])
    assert code == 0, capsys.readouterr().err
    assert str(docx) in capsys.readouterr().out
    document = Document(str(docx))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2"} <= styles
    assert all(shape._inline.docPr.get("descr") for shape in document.inline_shapes)
    only_docx = tmp_path / "nur.docx"
    assert cli.main(["report", "--db", str(db_path), "--year", "2025", "--docx", str(only_docx)]) == 0
    assert only_docx.exists() and not (tmp_path / "nur.pdf").exists()


def test_sections_and_names_options(demo_db, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "kurz.pdf"
    assert cli.main(["report", "--db", str(db_path), "--year", "2025", "--out", str(out),
                     "--sections", "summary,networks"]) == 0
    text = "\n".join(pdf_pages(out))
    assert "Gremien und Netzwerke" in text and "Termine im Einzelnen" not in text


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "2025", "--from", "2025-01-01", "--to", "2025-02-01"], "Entweder --year oder --from/--to"),
    (["--from", "2025-03-01"], "--from und --to gehören zusammen"),
    (["--from", "2025-03-01", "--to", "2025-02-01"], "liegt vor --from"),
    (["--year", "2025", "--sections", "summary,kapitel9"], "Unbekannter Abschnitt: kapitel9"),
    (["--year", "2025", "--no-out"], None),
])
def test_wrong_calls_get_one_clear_line(db, db_path: Path, tmp_path: Path, args: list[str],  # noqa: ANN001
                                        message: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    if args[-1] == "--no-out":
        code = cli.main(["report", "--db", str(db_path), "--year", "2025"])
        message = "Bitte --out BERICHT.pdf und/oder --xlsx"
    else:
        code = cli.main(["report", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), *args])
    err = capsys.readouterr().err
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["report", "--db", str(tmp_path / "gibtsnicht.db"), "--year", "2025", "--out",
                     str(tmp_path / "x.pdf")])
    assert code == 1 and "gibt es nicht" in capsys.readouterr().err
    assert not (tmp_path / "gibtsnicht.db").exists()


def test_english_free_period_as_a_real_process(demo_template: Path, tmp_path: Path) -> None:
    env = dict(os.environ, BRUECKE_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    database = tmp_path / "office.db"
    database.write_bytes(demo_template.read_bytes())
    out = tmp_path / "report.pdf"
    result = subprocess.run([sys.executable, "-m", "app", "report", "--db", str(database), "--from", "2025-03-01",
                             "--to", "2025-06-30", "--out", str(out), "--lang", "en"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    assert "Activity report" in pages[0] and "01/03/2025 – 30/06/2025" in pages[0]
    assert "The period in figures" in "\n".join(pages)
    # QA: the summary line speaks the report's language; the contents' page numbers carry no word joiner
    assert result.stdout.startswith("Activity report 01/03/2025 – 30/06/2025: ")
    assert "appointments held" in result.stdout
    assert "Tätigkeitsbericht" not in result.stdout and f"written: {out}" in result.stdout
    assert "\u2060" not in "\n".join(pages)
    bad = subprocess.run([sys.executable, "-m", "app", "report", "--db", str(database), "--lang", "fr"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2
