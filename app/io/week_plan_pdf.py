"""Wochenplan and Monatsplan: the week or the month as a clean A4 landscape PDF to hand out.

    write_week_plan_pdf(path, plan)     # plan: a `Plan` of 7 days (app.services.calendar.week_plan)
    write_month_plan_pdf(path, plan)    # plan: a `Plan` of 42 days with the six KW numbers

The week is a table (day, time, kind, appointment, place/committee, status) with the header repeated on
every page; the month is a grid with ISO week numbers (KW) in the first column. The plan arrives as
plain, already worded data (holidays named, confidential appointments already reduced to "Termin
(vertraulich)"); this module only lays it out. The file appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.io import pdf_fonts
from app.io.files import write_atomically
from app.io.pdf_fonts import style
from app.io.signin_sheet import needs_shaping


@dataclass(frozen=True)
class PlanEntry:
    """One appointment as printed: every text already in the plan's language."""

    time: str  # "10:00–12:00", "ganztägig", "…–16:00" on a later day of a multi-day one
    tag: str  # the kind's short tag, "GS"
    kind: str  # "Gremiensitzung"
    title: str  # "Termin (vertraulich)" for a confidential one
    place: str = ""
    status: str = ""
    cancelled: bool = False


@dataclass(frozen=True)
class PlanDay:
    day: dt.date
    holiday: str = ""
    entries: list[PlanEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    title: str
    office: str
    printed: str  # when it was printed, already formatted
    language: str
    days: list[PlanDay]
    weeks: list[int] = field(default_factory=list)  # the month's six KW numbers
    month: int = 0  # the month shown (days of other months are greyed)


PAGE = landscape(A4)
MARGIN = 12 * mm
LINE = colors.HexColor("#b8c0c8")
HEAD = colors.HexColor("#e8edf2")
MUTED = colors.HexColor("#5a6572")
HOLIDAY = colors.HexColor("#9a4d00")

TEXTS = {
    "de": {"kw": "KW", "day": "Tag", "time": "Zeit", "kind": "Art", "title": "Termin", "place": "Ort / Gremium",
           "status": "Status", "none": "keine Termine", "more": "+ {n} weitere",
           "page": "Seite {x} von {y}", "printed": "Stand: {when}", "holiday": "Feiertag: {name}",
           "days": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")},
    "en": {"kw": "Wk", "day": "Day", "time": "Time", "kind": "Kind", "title": "Appointment",
           "place": "Place / committee", "status": "Status", "none": "no appointments",
           "more": "+ {n} more", "page": "Page {x} of {y}", "printed": "As of: {when}",
           "holiday": "Public holiday: {name}", "days": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")},
}


def _texts(language: str) -> dict[str, Any]:
    return TEXTS["en" if language == "en" else "de"]


def _date(day: dt.date, language: str) -> str:
    return day.strftime("%d/%m/%Y") if language == "en" else day.strftime("%d.%m.%Y")


_PLAIN: dict[str, ParagraphStyle] = {}


def _p(markup: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph shaped by HarfBuzz only when its script needs it (Arabic, Hebrew, …): shaping Latin text
    would turn "fi" into a ligature that extracts as one odd character and breaks search and read-aloud."""
    if needs_shaping(markup):
        return Paragraph(markup, paragraph_style)
    plain = _PLAIN.get(paragraph_style.name)
    if plain is None:
        plain = _PLAIN[paragraph_style.name] = ParagraphStyle(paragraph_style.name + "-plain", parent=paragraph_style,
                                                              shaping=0)
    return Paragraph(markup, plain)


def _elide(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Footer:
    """Numbers the pages ("Seite x von y") and prints the office and the date printed."""

    def __init__(self, office: str, printed: str, texts: Mapping[str, Any]) -> None:
        self.office, self.printed, self.texts = office, printed, texts

    def canvas(self) -> type[Canvas]:
        footer = self

        class Numbered(Canvas):  # type: ignore[misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 - reportlab API
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    self.setFont(pdf_fonts.FONT, 7.5)
                    self.setFillColor(MUTED)
                    self.drawString(MARGIN, 7 * mm, footer.office)
                    self.drawCentredString(PAGE[0] / 2, 7 * mm, footer.texts["printed"].format(when=footer.printed))
                    self.drawRightString(PAGE[0] - MARGIN, 7 * mm,
                                         footer.texts["page"].format(x=number, y=total))
                    super().showPage()
                super().save()

        return Numbered


def _document(target: Any, title: str, office: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                             bottomMargin=14 * mm, title=title, author=office, creator="Brücke")


def _heading(title: str, office: str, language: str) -> list[Any]:
    head = Table([[_p(escape(title), style("plan-title", 16, bold=True)),
                   _p(escape(office), style("plan-office", 9, alignment=2, textColor=MUTED))]],
                 colWidths=[(PAGE[0] - 2 * MARGIN) * 0.65, (PAGE[0] - 2 * MARGIN) * 0.35])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [head, Spacer(1, 4 * mm)]


def week_table(plan: Plan) -> Table:
    texts = _texts(plan.language)
    cell = style("plan-cell", 8.5)
    bold = style("plan-day", 8.5, bold=True)
    small = style("plan-small", 7.5, textColor=MUTED)
    rows: list[list[Any]] = [[_p(escape(texts[key]), style("plan-head", 8.5, bold=True))
                              for key in ("day", "time", "kind", "title", "place", "status")]]
    day_starts: list[int] = []
    for plan_day in plan.days:
        day = plan_day.day
        day_starts.append(len(rows))
        label = f"{texts['days'][day.weekday()]} {_date(day, plan.language)}"
        day_cell: list[Any] = [_p(escape(label), bold)]
        if plan_day.holiday:
            day_cell.append(_p(f"<i>{escape(texts['holiday'].format(name=plan_day.holiday))}</i>",
                               style("plan-holiday", 7.5, textColor=HOLIDAY)))
        if not plan_day.entries:
            rows.append([day_cell, "", "", _p(escape(texts["none"]), small), "", ""])
            continue
        for number, entry in enumerate(plan_day.entries):
            title = escape(entry.title)
            if entry.cancelled:
                title = f"<strike>{title}</strike>"
            rows.append([day_cell if number == 0 else "",
                         _p(escape(entry.time), cell),
                         _p(escape(f"{entry.tag} · {entry.kind}"), small),
                         _p(title, bold if not entry.cancelled else cell),
                         _p(escape(entry.place), cell),
                         _p(escape(entry.status), small)])
    width = PAGE[0] - 2 * MARGIN
    fixed = [32 * mm, 24 * mm, 40 * mm, 0, 64 * mm, 28 * mm]
    fixed[3] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), pdf_fonts.FONT, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (1, 1), (-1, -1), 0.25, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for index, start in enumerate(day_starts):
        if index:
            commands.append(("LINEABOVE", (0, start), (-1, start), 0.9, MUTED))
        if plan.days[index].day.weekday() >= 5 or plan.days[index].holiday:
            end = day_starts[index + 1] - 1 if index + 1 < len(day_starts) else len(rows) - 1
            commands.append(("BACKGROUND", (0, start), (-1, end), colors.HexColor("#f5f6f8")))
    table.setStyle(TableStyle(commands))
    return table


def month_table(plan: Plan) -> Table:
    texts = _texts(plan.language)
    month = plan.month
    width = PAGE[0] - 2 * MARGIN
    kw_width = 11 * mm
    column = (width - kw_width) / 7
    head_height = 6 * mm
    row_height = (PAGE[1] - MARGIN - 14 * mm - 24 * mm - head_height) / 6  # heading and frame padding
    size, leading = 6.6, 8.2
    text_width = column - 5
    lines_fit = int((row_height - 14) // leading)
    entry_style = style("plan-entry", size, leading=leading)
    rows: list[list[Any]] = [[texts["kw"], *texts["days"]]]
    for row_index, kw in enumerate(plan.weeks):
        row: list[Any] = [str(kw)]
        for plan_day in plan.days[row_index * 7:row_index * 7 + 7]:
            day = plan_day.day
            parts: list[Any] = []
            number = f"<b>{day.day}.</b>" if day.month == month else f"<font color='#8a949e'>{day.day}.</font>"
            room = text_width - stringWidth(f"{day.day}. ", pdf_fonts.FONT_BOLD, 7.5) - 2
            holiday = (f" <font color='#9a4d00'><i>{escape(_elide(plan_day.holiday, pdf_fonts.FONT_ITALIC, 7.5, room))}"
                       "</i></font>" if plan_day.holiday else "")
            parts.append(_p(number + holiday, style("plan-daynum", 7.5, leading=9.5)))
            entries = plan_day.entries
            used, shown = 0, 0
            lines: list[tuple[str, bool]] = []
            for entry in entries:
                line = f"{entry.time.split('–')[0]} {entry.tag} {entry.title}"
                needed = 1 if stringWidth(line, pdf_fonts.FONT, size) <= text_width else 2
                left = len(entries) - shown - 1
                if used + needed > lines_fit - (1 if left else 0):
                    break
                lines.append((_elide(line, pdf_fonts.FONT, size, text_width * 1.75), entry.cancelled))
                used, shown = used + needed, shown + 1
            for line, cancelled in lines:
                parts.append(_p(f"<strike>{escape(line)}</strike>" if cancelled else escape(line), entry_style))
            if shown < len(entries):
                parts.append(_p(f"<i>{escape(texts['more'].format(n=len(entries) - shown))}</i>", entry_style))
            row.append(parts)
        rows.append(row)
    table = Table(rows, colWidths=[kw_width] + [column] * 7, rowHeights=[head_height] + [row_height] * 6)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), pdf_fonts.FONT_BOLD, 8.5),
        ("FONT", (0, 1), (0, -1), pdf_fonts.FONT, 8),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("LEFTPADDING", (1, 1), (-1, -1), 2.5),
        ("RIGHTPADDING", (1, 1), (-1, -1), 2.5),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
    ]
    for index, plan_day in enumerate(plan.days):
        row_index, column_index, day = index // 7 + 1, index % 7 + 1, plan_day.day
        if day.weekday() >= 5 or plan_day.holiday or day.month != month:
            commands.append(("BACKGROUND", (column_index, row_index), (column_index, row_index),
                             colors.HexColor("#f5f6f8")))
    table.setStyle(TableStyle(commands))
    return table


def _render(target: Any, plan: Plan, table: Table) -> None:
    document = _document(target, plan.title, plan.office)
    document.build([*_heading(plan.title, plan.office, plan.language), table],
                   canvasmaker=_Footer(plan.office, plan.printed, _texts(plan.language)).canvas())


def _write(path: str | os.PathLike[str], plan: Plan, table: Table) -> Path:
    def write(temp: Path) -> None:
        with open(temp, "wb") as stream:
            _render(stream, plan, table)

    write_atomically(Path(path), write)
    return Path(path)


def write_week_plan_pdf(path: str | os.PathLike[str], plan: Plan) -> Path:
    """The Wochenplan: one table row per appointment, grouped by day."""
    pdf_fonts.register_fonts()
    return _write(path, plan, week_table(plan))


def write_month_plan_pdf(path: str | os.PathLike[str], plan: Plan) -> Path:
    """The Monatsplan: six weeks with their KW, as many appointments per day as fit, then "+ n weitere"."""
    pdf_fonts.register_fonts()
    return _write(path, plan, month_table(plan))
