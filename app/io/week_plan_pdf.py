"""Wochenplan and Monatsplan: the week or the month as a clean A4 landscape PDF to hand out.

    write_week_plan(path, day, language="de")        # the Monday–Sunday week that contains `day`
    write_month_plan(path, year, month, language="de")

The week is a table (day, time, kind, appointment, place/committee, status) with the header repeated on
every page; the month is a grid with ISO week numbers (KW) in the first column. Holidays of the office's
Bundesland are named. Confidential appointments appear only as "Termin (vertraulich)" with their time,
without title, place or committee. Cancelled ones are struck through and marked. Data comes from the
indexed range queries of app.services.calendar; the file appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
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
from app.services import calendar, holidays, report_labels, settings

PAGE = landscape(A4)
MARGIN = 12 * mm
LINE = colors.HexColor("#b8c0c8")
HEAD = colors.HexColor("#e8edf2")
MUTED = colors.HexColor("#5a6572")
HOLIDAY = colors.HexColor("#9a4d00")

TEXTS = {
    "de": {"week": "Wochenplan", "month": "Monatsplan", "kw": "KW", "day": "Tag", "time": "Zeit", "kind": "Art",
           "title": "Termin", "place": "Ort / Gremium", "status": "Status", "all_day": "ganztägig",
           "confidential": "Termin (vertraulich)", "none": "keine Termine", "more": "+ {n} weitere",
           "page": "Seite {x} von {y}", "printed": "Stand: {when}", "holiday": "Feiertag: {name}",
           "days": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")},
    "en": {"week": "Weekly plan", "month": "Monthly plan", "kw": "Wk", "day": "Day", "time": "Time",
           "kind": "Kind", "title": "Appointment", "place": "Place / committee", "status": "Status",
           "all_day": "all day", "confidential": "Appointment (confidential)", "none": "no appointments",
           "more": "+ {n} more", "page": "Page {x} of {y}", "printed": "As of: {when}",
           "holiday": "Public holiday: {name}", "days": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")},
}


def _texts(language: str) -> dict[str, Any]:
    return TEXTS["en" if language == "en" else "de"]


def shown_title(entry: calendar.Entry, language: str) -> str:
    return str(_texts(language)["confidential"]) if entry.confidential else entry.title


def shown_place(entry: calendar.Entry) -> str:
    if entry.confidential:
        return ""
    return " · ".join(part for part in (entry.location, entry.network) if part)


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


def _status(entry: calendar.Entry, language: str) -> str:
    return report_labels.choice("appointment_status", entry.status, language)


def week_table(monday: dt.date, language: str = "de") -> Table:
    texts = _texts(language)
    days = calendar.week_of(monday)
    grouped = calendar.by_day(days[0], days[-1])
    free = holidays.holidays_between(days[0], days[-1])
    cell = style("plan-cell", 8.5)
    bold = style("plan-day", 8.5, bold=True)
    small = style("plan-small", 7.5, textColor=MUTED)
    rows: list[list[Any]] = [[_p(escape(texts[key]), style("plan-head", 8.5, bold=True))
                              for key in ("day", "time", "kind", "title", "place", "status")]]
    day_starts: list[int] = []
    for day in days:
        day_starts.append(len(rows))
        label = f"{texts['days'][day.weekday()]} {report_labels.date(day, language)}"
        day_cell: list[Any] = [_p(escape(label), bold)]
        if day in free:
            day_cell.append(_p(f"<i>{escape(texts['holiday'].format(name=free[day]))}</i>",
                                      style("plan-holiday", 7.5, textColor=HOLIDAY)))
        entries = grouped.get(day, [])
        if not entries:
            rows.append([day_cell, "", "", _p(escape(texts["none"]), small), "", ""])
            continue
        for number, entry in enumerate(entries):
            title = escape(shown_title(entry, language))
            if entry.cancelled:
                title = f"<strike>{title}</strike>"
            kind = f"{calendar.kind_tag(entry.kind, language)} · " \
                   f"{report_labels.choice('appointment_kind', entry.kind, language)}"
            rows.append([day_cell if number == 0 else "",
                         _p(escape(entry.time_text(day) or texts["all_day"]), cell),
                         _p(escape(kind), small),
                         _p(title, bold if not entry.cancelled else cell),
                         _p(escape(shown_place(entry)), cell),
                         _p(escape(_status(entry, language)), small)])
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
    for start in day_starts[1:]:
        commands.append(("LINEABOVE", (0, start), (-1, start), 0.9, MUTED))
    for start in day_starts:
        if days[day_starts.index(start)].weekday() >= 5:
            end = next((s - 1 for s in day_starts if s > start), len(rows) - 1)
            commands.append(("BACKGROUND", (0, start), (-1, end), colors.HexColor("#f5f6f8")))
    table.setStyle(TableStyle(commands))
    return table


def month_table(year: int, month: int, language: str = "de") -> Table:
    texts = _texts(language)
    weeks = calendar.month_weeks(year, month)
    first, last = weeks[0][1][0], weeks[-1][1][-1]
    grouped = calendar.by_day(first, last)
    free = holidays.holidays_between(first, last)
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
    for kw, week in weeks:
        row: list[Any] = [str(kw)]
        for day in week:
            parts: list[Any] = []
            number = f"<b>{day.day}.</b>" if day.month == month else f"<font color='#8a949e'>{day.day}.</font>"
            name = free.get(day)
            room = text_width - stringWidth(f"{day.day}. ", pdf_fonts.FONT_BOLD, 7.5) - 2
            holiday = (f" <font color='#9a4d00'><i>{escape(_elide(name, pdf_fonts.FONT_ITALIC, 7.5, room))}</i></font>"
                       if name else "")
            parts.append(_p(number + holiday, style("plan-daynum", 7.5, leading=9.5)))
            entries = grouped.get(day, [])
            used, shown = 0, 0
            lines: list[tuple[str, bool]] = []
            for entry in entries:
                time = (entry.time_text(day) or texts["all_day"]).split("–")[0]
                line = f"{time} {calendar.kind_tag(entry.kind, language)} {shown_title(entry, language)}"
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
    for row_index, (_kw, week) in enumerate(weeks, start=1):
        for column_index, day in enumerate(week, start=1):
            if day.weekday() >= 5 or day in free or day.month != month:
                commands.append(("BACKGROUND", (column_index, row_index), (column_index, row_index),
                                 colors.HexColor("#f5f6f8")))
    table.setStyle(TableStyle(commands))
    return table


def _render(target: Any, title: str, table: Table, language: str, now: dt.datetime | None) -> None:
    office = settings.get("office_name")
    printed = (now or dt.datetime.now()).strftime("%d.%m.%Y %H:%M" if language != "en" else "%Y-%m-%d %H:%M")
    document = _document(target, title, office)
    document.build([*_heading(title, office, language), table],
                   canvasmaker=_Footer(office, printed, _texts(language)).canvas())


def week_title(day: dt.date, language: str = "de") -> str:
    texts = _texts(language)
    days = calendar.week_of(day)
    return (f"{texts['week']} {texts['kw']} {calendar.iso_week(days[0])} · "
            f"{report_labels.date(days[0], language)} – {report_labels.date(days[-1], language)}")


def month_title(year: int, month: int, language: str = "de") -> str:
    return f"{_texts(language)['month']} {report_labels.month(month, language)} {year}"


def write_week_plan(path: str | os.PathLike[str], day: dt.date, language: str = "de",
                    now: dt.datetime | None = None) -> Path:
    """The Wochenplan of the week that contains `day`."""
    pdf_fonts.register_fonts()
    title = week_title(day, language)

    def write(temp: Path) -> None:
        with open(temp, "wb") as stream:
            _render(stream, title, week_table(day, language), language, now)

    write_atomically(Path(path), write)
    return Path(path)


def write_month_plan(path: str | os.PathLike[str], year: int, month: int, language: str = "de",
                     now: dt.datetime | None = None) -> Path:
    """The Monatsplan of one month (six weeks with their KW)."""
    pdf_fonts.register_fonts()
    title = month_title(year, month, language)

    def write(temp: Path) -> None:
        with open(temp, "wb") as stream:
            _render(stream, title, month_table(year, month, language), language, now)

    write_atomically(Path(path), write)
    return Path(path)
