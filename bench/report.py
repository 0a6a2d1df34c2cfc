"""Report figures: seconds for the yearly activity report of a demo year (~300 appointments) and of a heavy
year (3,000 appointments), next to a bare reportlab document with a 300-row table and three charts.

Targets (inside the process, fonts already loaded): demo year ≤ 0.5 s, heavy year ≤ 3 s.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from app.models import close_database, open_database

TODAY = dt.date(2026, 11, 23)


def _timed(function, repeat: int = 3) -> tuple[float, float, object]:  # noqa: ANN001
    """(best wall seconds, CPU seconds of that run, result) – the machine is shared, best-of-n is fair."""
    best = (float("inf"), 0.0, None)
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if wall < best[0]:
            best = (wall, cpu, result)
    return best


def bare_reportlab(path: Path) -> None:
    """The floor: SimpleDocTemplate, one 300-row table of plain strings, three bar charts."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    story = []
    for chart_class in (VerticalBarChart, HorizontalBarChart, HorizontalBarChart):
        drawing = Drawing(480, 200)
        chart = chart_class()
        chart.x, chart.y, chart.width, chart.height = 60, 20, 400, 160
        chart.data = [[(i * 7) % 23 + 1 for i in range(12)]]
        chart.categoryAxis.categoryNames = [f"K{i}" for i in range(12)]
        drawing.add(chart)
        story.append(drawing)
    rows = [["Datum", "Termin", "Art", "Ort", "Teiln."]]
    rows += [[f"{1 + i % 28:02d}.{1 + i % 12:02d}.2025", f"Termin Nummer {i}", "Besprechung", "Landratsamt",
              str(i % 17)] for i in range(300)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def report(folder: Path, year: int, name: str) -> tuple[float, float, int]:
    from app.io.report_pdf import ReportOptions, write_report
    from app.services.statistics import Period

    wall, cpu, written = _timed(lambda: write_report(folder / f"{name}.pdf", ReportOptions(Period.year(year))))
    return wall, cpu, written.pages


def run() -> None:
    from app.io.report_pdf import register_fonts
    from app.io.report_xlsx import write_figures
    from app.services import demo, statistics
    from app.services.statistics import Period

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        register_fonts()
        wall, cpu, _ = _timed(lambda: bare_reportlab(folder / "bare.pdf"))
        print(f"Nacktes reportlab (300 Zeilen, 3 Diagramme): {wall:.3f} s (CPU {cpu:.3f} s)")

        open_database(folder / "demo.db")
        summary = demo.fill_demo(seed=7, today=TODAY)
        year = TODAY.year - 1
        count = statistics.key_figures(Period.year(year)).appointments
        start = time.perf_counter()
        report(folder, year - 1, "cold")  # first report in the process: imports, font subsets
        cold = time.perf_counter() - start
        wall, cpu, pages = report(folder, year, "demo")
        stats_wall, _, _ = _timed(lambda: statistics.collect(Period.year(year)))
        xlsx_wall, _, _ = _timed(lambda: write_figures(folder / "demo.xlsx", period=Period.year(year)))
        print(f"Demo-Jahr {year}: {count} Termine ({summary.appointments} im Büro), {pages} Seiten")
        print(f"    Bericht (Kennzahlen + PDF): {wall:.3f} s (CPU {cpu:.3f} s)  Ziel ≤ 0,5 s"
              f"   [erster Bericht im Prozess: {cold:.2f} s]")
        print(f"    davon Kennzahlen: {stats_wall:.3f} s; Excel-Datei: {xlsx_wall:.3f} s")
        close_database()

        open_database(folder / "heavy.db")
        demo.fill_demo(seed=2, persons=2000, years=1, per_year=3000, today=TODAY)
        count = statistics.key_figures(Period.year(TODAY.year)).appointments
        wall, cpu, pages = report(folder, TODAY.year, "heavy")
        print(f"Schweres Jahr {TODAY.year}: {count} Termine, {pages} Seiten")
        print(f"    Bericht (Kennzahlen + PDF): {wall:.3f} s (CPU {cpu:.3f} s)  Ziel ≤ 3 s")
        close_database()


if __name__ == "__main__":
    run()
