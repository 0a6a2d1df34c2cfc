"""The report as an editable Word document (issue 14 #5): real heading styles, tables, charts with alt text."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from app.services import statistics
from app.services.reports import ReportOptions, write_docx
from app.services.statistics import Period
from tests.io.report_office import CONFIDENTIAL_TITLE, build_office


def _write(tmp_path: Path, **options: object) -> Path:
    options.setdefault("created", dt.date(2026, 1, 15))
    return write_docx(tmp_path / "bericht.docx", ReportOptions(period=Period.year(2025), **options))


def _text(document) -> str:  # noqa: ANN001
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_word_document_has_heading_styles_tables_and_charts_with_alt_text(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    document = Document(str(_write(tmp_path)))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    level_1 = [text for style, text in headings if style == "Heading 1"]
    assert level_1 == ["Das Jahr in Zahlen", "Schwerpunkte der Arbeit", "Gremien und Netzwerke",
                       "Termine im Einzelnen", "Anhang: Netzwerkpartner nach Bereich"]
    assert ("Heading 2", "März 2025") in headings and ("Heading 2", "Runder Tisch Integration") in headings
    assert any(p.style.name == "Title" and p.text == "Tätigkeitsbericht" for p in document.paragraphs)
    assert document.core_properties.title == "Tätigkeitsbericht 2025" and document.core_properties.language == "de-DE"
    # pictures with alternative text naming their numbers
    alts = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert len(alts) == 3 and all(alts)
    assert any("Säulendiagramm" in alt and "März: 1" in alt for alt in alts)
    # the summary table: a header row that repeats, the figures as the statistics count them
    summary = document.tables[0]
    assert summary.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    rows = {row.cells[0].text.strip(): [c.text for c in row.cells[1:3]] for row in summary.rows}
    figures = statistics.key_figures(Period.year(2025))
    assert rows["Durchgeführte Termine"] == [str(figures.held), "1"]
    text = _text(document)
    assert "VHS <Lindenau> & Umland" in text and "Silvesterempfang =SUMME(A1:A9)" in text
    assert CONFIDENTIAL_TITLE not in text and "Vertraulicher Termin (Sprechstunde)" in text
    assert "Kowalczyk" not in text and "Frauenhaus" not in text
    with zipfile.ZipFile(tmp_path / "bericht.docx") as archive:
        footer = "".join(archive.read(name).decode() for name in archive.namelist() if "footer" in name)
        assert "NUMPAGES" in footer and " PAGE " in footer  # "Seite x von y" as Word fields
        assert 'TOC \\o "1-2"' in archive.read("word/document.xml").decode()


def test_english_word_document(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    document = Document(str(_write(tmp_path, language="en", include_participant_names=True)))
    level_1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert level_1[0] == "The year in figures" and document.core_properties.language == "en-GB"
    text = _text(document)
    assert "Confidential appointment (Counselling hours)" in text and "Anna Müller" in text
    assert "فاطمة حسن" in text  # names in logical order, as typed
