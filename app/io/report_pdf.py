"""The yearly activity report (Tätigkeitsbericht) as an accessible PDF – German by default, English on request.

    write_report(path, ReportOptions(period=Period.year(2025), language="de"))

Layout: a cover page (logo, office, commissioner and the office's own title, period), a table of contents,
then the sections the user picked (report_labels.SECTIONS order): the year in figures with the comparison
period, charts as figures with alternative text, one part per network, the appointments month by month,
and an appendix of partner organisations by sector. Content pages carry a running header and "Seite x von y".

The content comes from app.io.report_content (shared with the Word document), the typesetting from Typst
(app.io.report_typst): tagged PDF/UA-1 + PDF/A-2a with headings, lists, tables with header cells, figures
with /Alt, title and language set, headers and footers as artifacts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.io import report_content, report_typst
from app.io.files import write_atomically
from app.io.report_content import ReportOptions
from app.services import report_labels as L
from app.services import settings, statistics
from app.services.statistics import Statistics

__all__ = ["ReportOptions", "WrittenReport", "register_fonts", "render", "write_report"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int


def register_fonts() -> None:
    """Load the typesetter and its fonts now (the first report of a process otherwise pays for it)."""
    report_typst.render_pdf({"lang": "de", "title": "Bericht", "author": "", "header": ["", ""], "footer": "",
                             "page_of": "", "contents": "Inhalt", "sections": [],
                             "cover": {"office": "", "title": "", "period": "", "commissioner": "", "role": "",
                                       "lines": [], "letterhead": ""}})


def render(options: ReportOptions, stats: Statistics, office: dict[str, str] | None = None) -> bytes:
    """The report as PDF bytes."""
    office = settings.get_all() if office is None else office
    document = report_content.build(stats, options, office)
    logo = report_typst.logo_file(office.get("logo_path", ""))
    alt = f"Logo: {office.get('office_name', '')}".strip(": ")
    return report_typst.render_pdf(document, logo, alt)


def write_report(path: Path | str, options: ReportOptions, stats: Statistics | None = None,
                 progress: Progress | None = None) -> WrittenReport:
    """Compute the figures (unless given) and write the report; the file appears whole or not at all."""
    path = Path(path)
    if stats is None:
        stats = statistics.collect(options.period, lists=True, progress=progress)

    def write(temp: Path) -> int:
        if progress is not None:
            progress(6, 8, "layout")
        pdf = render(options, stats)
        pages = report_typst.page_count(pdf)
        if progress is not None:  # may raise to cancel: the temp file goes, the target stays untouched
            progress(7, 8, f"page {pages}")
        temp.write_bytes(pdf)
        return pages

    pages = write_atomically(path, write)
    return WrittenReport(path, pages)


def title(options: ReportOptions) -> str:
    period = options.period
    return f"{L.text('title', options.language)} {L.period_label(period.start, period.end, options.language)}"
