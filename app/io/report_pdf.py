"""The yearly activity report (Tätigkeitsbericht) as an accessible PDF file, from its document model.

    pages = write_pdf(path, document, logo=Path("logo.png"), logo_alt="Logo: …")

The document (app.services.report_document, shared with the Word file) holds every text already worded;
Typst (app.io.report_typst) sets it as tagged PDF/UA-1 + PDF/A-2a: a cover page (logo, office, commissioner
and the office's own title, period), a table of contents, then the sections with headings, lists, tables with
header cells, charts as figures with /Alt, title and language set, running header and "Seite x von y" as
artifacts. The file appears whole or not at all. Use app.services.reports to make a report from the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.io import report_typst
from app.io.files import write_atomically

Progress = Callable[[int, int, str], None]


def register_fonts() -> None:
    """Load the typesetter, its fonts and their coverage now (the first report of a process otherwise pays for
    it): a small document with every font style the report uses."""
    table = {"type": "table", "widths": [8, 8], "right": [1], "zebra": True, "header": ["Kennzahl", "2025"],
             "rows": [{"c": ["Termine", "1"], "b": True}, {"c": ["davon", "0"], "m": True, "i": True}]}
    report_typst.render_pdf({
        "lang": "de", "title": "Bericht", "author": "", "header": ["Büro", "Bericht"], "footer": "Erstellt",
        "page_of": "Seite {page} von {pages}", "contents": "Inhalt",
        "cover": {"office": "Büro", "title": "Tätigkeitsbericht", "period": "2025", "commissioner": "Name",
                  "role": "Beauftragte", "lines": ["Erstellt"], "letterhead": "Anschrift"},
        "sections": [{"key": "summary", "title": "Das Jahr in Zahlen", "blocks": [
            {"type": "h2", "text": "Januar – فبراير – Лютий"}, {"type": "p", "text": "Text", "style": "small"},
            table]}]})


def write_pdf(path: Path | str, document: Mapping[str, Any], logo: Path | None = None, logo_alt: str = "",
              progress: Progress | None = None) -> int:
    """Set `document` and write it to `path`; returns the number of pages. `progress(done, total, step)` is
    called before and after typesetting and may raise to cancel (nothing is left behind then)."""

    def write(temp: Path) -> int:
        if progress is not None:
            progress(6, 8, "layout")
        pdf = report_typst.render_pdf(document, report_typst.logo_file(str(logo or "")), logo_alt)
        pages = report_typst.page_count(pdf)
        if progress is not None:
            progress(7, 8, f"page {pages}")
        temp.write_bytes(pdf)
        return pages

    return write_atomically(Path(path), write)
