"""The yearly activity report (Tätigkeitsbericht) as PDF – German by default, English on request.

    write_report(path, ReportOptions(period=Period.year(2025), language="de"))

Layout: a cover page (logo, office, commissioner, period), a table of contents, then the sections the
user picked (report_labels.SECTIONS order): the year in figures with the comparison period, charts drawn as
vector graphics, one part per network, the appointments month by month, and an appendix of partner
organisations by sector. Content pages carry a running header and "Seite x von y" in the footer.

Privacy: confidential appointments count in every figure but are listed only as "Vertraulicher Termin
(<Art>)" without title, place or names; persons' names appear only with ``include_participant_names``
(and never for confidential appointments). Every figure comes from app.services.statistics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.io.files import write_atomically
from app.io.pdf_fonts import FONT, FONT_BOLD, para, register_fonts, style
from app.services import report_labels as L
from app.services import settings, statistics
from app.services.statistics import Period, Statistics

Progress = Callable[[int, int, str], None]

PAGE_W, PAGE_H = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.0 * cm
WIDTH = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_2 = colors.HexColor("#4f81bd")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d2dc")
ZEBRA = colors.HexColor("#f2f5f9")
GROUP = colors.HexColor("#dfe8f2")

BAR_PITCH = 0.44 * cm  # one bar of a horizontal chart: month, kind and field charts fit on one page

SUMMARY_ORDER = ("appointments", "held", "confidential_held", "cancelled", "postponed", "planned",
                 "network_meetings", "attendances", "distinct_persons", "distinct_organisations",
                 "new_partner_organisations", "new_persons")


@dataclass(frozen=True)
class ReportOptions:
    period: Period
    language: str = "de"
    sections: tuple[str, ...] = L.SECTIONS
    include_participant_names: bool = False
    created: dt.date = field(default_factory=dt.date.today)


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        self.body = style("body", 10, leading=14, textColor=INK)
        self.small = style("small", 8, leading=10, textColor=MUTED)
        self.cell = style("cell", 8.5, leading=10.5, textColor=INK)
        self.cell_note = style("cell_note", 7.5, leading=9.5, textColor=MUTED)
        self.cell_head = style("cell_head", 8.5, bold=True, leading=10.5, textColor=colors.white)
        self.cell_head_right = style("cell_head_r", 8.5, bold=True, leading=10.5, textColor=colors.white,
                                     alignment=TA_RIGHT)
        self.h1 = style("h1", 17, bold=True, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=10)
        self.h2 = style("h2", 12.5, bold=True, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=5)
        self.h3 = style("h3", 10, bold=True, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3)
        self.cover_title = style("cover_title", 30, bold=True, leading=36, textColor=ACCENT)
        self.cover_period = style("cover_period", 20, leading=26, textColor=INK)
        self.cover_office = style("cover_office", 14, bold=True, leading=18, textColor=INK)
        self.cover_line = style("cover_line", 11, leading=15, textColor=MUTED)
        self.box = style("box", 8.5, leading=12, textColor=INK)
        self.toc_shaped = [style("toc0", 11, bold=True, leading=14), style("toc1", 9.5, leading=12)]
        self._plain: dict[str, ParagraphStyle] = {}

    def pick(self, shaped: ParagraphStyle, text: str) -> ParagraphStyle:
        """The style itself for text that needs HarfBuzz (Arabic, Hebrew, Indic, combining marks), else an
        unshaped copy – shaping every Latin cell would triple the time a long report takes."""
        if needs_shaping(text):
            return shaped
        plain = self._plain.get(shaped.name)
        if plain is None:
            plain = self._plain[shaped.name] = ParagraphStyle(shaped.name + "-plain", parent=shaped, shaping=0)
        return plain

    def para(self, text: object, shaped: ParagraphStyle) -> Paragraph:
        value = "" if text is None else str(text)
        return para(value, self.pick(shaped, value))

    def markup(self, html: str, shaped: ParagraphStyle, *texts: str) -> Paragraph:
        """A paragraph of our own mini-markup around already escaped user texts."""
        return Paragraph(html, self.pick(shaped, "".join(texts)))


def needs_shaping(text: str) -> bool:
    return any("\u0300" <= ch <= "\u036f" or "\u0590" <= ch <= "\u0dff" or "\ufb1d" <= ch <= "\ufeff"
               for ch in text)


class _Heading(Paragraph):
    """A heading that registers itself in the table of contents and the PDF outline."""

    def __init__(self, text: str, paragraph_style: object, level: int) -> None:
        super().__init__(escape(text), paragraph_style)
        self.toc_text = text
        self.level = level


@dataclass
class _Contents:
    """Headings met while laying out (level, text, page, outline key) – drawn onto the reserved contents
    page(s) when the canvas saves, so the document is laid out in one pass instead of two."""

    title: str
    first_page: int = 2
    pages: int = 1
    entries: list[tuple[int, str, int, str]] = field(default_factory=list)

    LINE = {0: 22.0, 1: 13.5}
    TITLE_SPACE = 1.4 * cm

    @classmethod
    def pages_needed(cls, levels: Sequence[int]) -> int:
        height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - cls.TITLE_SPACE
        return max(1, -(-int(sum(cls.LINE[min(level, 1)] for level in levels)) // int(height)))


class _ReportDoc(BaseDocTemplate):
    def __init__(self, filename: str, header: tuple[str, str], progress: Progress | None, contents: _Contents,
                 **kw: object) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, **kw)
        self.header = header
        self.progress = progress
        self.contents = contents
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("content", [frame])])
        self._outline_key = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        if isinstance(flowable, _Heading):
            self._outline_key += 1
            key = f"h{self._outline_key}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.level, closed=flowable.level > 0)
            self.contents.entries.append((flowable.level, flowable.toc_text, self.page, key))

    def afterPage(self) -> None:  # noqa: N802
        if self.progress is not None:
            self.progress(7, 8, f"page {self.page}")


def _canvas_maker(header: tuple[str, str], footer_left: str, language: str, contents: _Contents,
                  styles: _Styles) -> type[pdfcanvas.Canvas]:
    """A canvas that knows the page count when it saves: the footer says "Seite x von y"."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                index = self._pageNumber - contents.first_page
                if 0 <= index < contents.pages:
                    self._draw_contents(index)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = PAGE_H - MARGIN_TOP + 0.55 * cm
            self.line(MARGIN_X, top - 0.2 * cm, PAGE_W - MARGIN_X, top - 0.2 * cm)
            self.line(MARGIN_X, MARGIN_BOTTOM - 0.6 * cm, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 0.6 * cm)
            self.setFillColor(MUTED)
            self.setFont(FONT, 8)
            right = header[1]
            left = _fit(header[0], WIDTH - stringWidth(right, FONT, 8) - 1 * cm, FONT, 8)
            self.drawString(MARGIN_X, top, left)
            self.drawRightString(PAGE_W - MARGIN_X, top, right)
            bottom = MARGIN_BOTTOM - 1.05 * cm
            self.drawString(MARGIN_X, bottom, footer_left)
            self.drawRightString(PAGE_W - MARGIN_X, bottom,
                                 L.text("page_of", language, page=self._pageNumber, pages=total))
            self.restoreState()

        def _draw_contents(self, index: int) -> None:
            top = PAGE_H - MARGIN_TOP
            if index == 0:
                heading = Paragraph(escape(contents.title), styles.h1)
                heading.wrapOn(self, WIDTH, 3 * cm)
                heading.drawOn(self, MARGIN_X, top - heading.height)
                self.bookmarkPage("contents")
                top -= _Contents.TITLE_SPACE
            height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - _Contents.TITLE_SPACE
            y = top
            used = 0.0
            page = 0
            for level, text, number, key in contents.entries:
                line = _Contents.LINE[min(level, 1)]
                if used + line > height + 0.1:
                    page, used = page + 1, 0.0
                used += line
                if page != index:
                    continue
                y -= line
                font, size = (FONT_BOLD, 11) if level == 0 else (FONT, 9.5)
                indent = 0 if level == 0 else 14
                number_text = str(number)
                self.setFont(font, size)
                self.setFillColor(INK)
                label = _fit(text, WIDTH - indent - 2 * cm, font, size)
                label_width = stringWidth(label, font, size)
                if needs_shaping(label):
                    shaped = Paragraph(escape(label), styles.toc_shaped[min(level, 1)])
                    shaped.wrapOn(self, WIDTH - indent - 2 * cm, line)
                    shaped.drawOn(self, MARGIN_X + indent, y)
                else:
                    self.drawString(MARGIN_X + indent, y, label)
                self.drawRightString(PAGE_W - MARGIN_X, y, number_text)
                dots_from = MARGIN_X + indent + label_width + 6
                dots_to = PAGE_W - MARGIN_X - stringWidth(number_text, font, size) - 6
                self.setFillColor(RULE if level else MUTED)
                dot = stringWidth(". ", FONT, 8)
                if dots_to > dots_from + dot:
                    self.setFont(FONT, 8)
                    count = int((dots_to - dots_from) / dot)
                    self.drawRightString(dots_to, y, ". " * count)
                self.linkRect("", key, (MARGIN_X, y - 3, PAGE_W - MARGIN_X, y + size), relative=0)

    return NumberedCanvas


def _fit(text: str, width: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- charts ---------------------------------------------------------------------------------------------

def _nice_step(maximum: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if maximum / step <= 6:
            return step
    return max(1, maximum // 5)


def _style_values(chart: VerticalBarChart | HorizontalBarChart, values: Sequence[float], language: str) -> None:
    """The value axis, grid and bars every chart of the report shares."""
    top, step = _axis_max(max(values or [0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: L.number(v, language)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6ebf0")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = ACCENT_2
    chart.bars[0].strokeColor = None


def _axis_max(maximum: int) -> tuple[int, int]:
    step = _nice_step(max(maximum, 1))
    top = max(step, -(-max(maximum, 1) // step) * step)
    if top == maximum:  # room for the value label above the highest bar
        top += step
    return top, step


def _chart_title(drawing: Drawing, text: str, y: float) -> None:
    drawing.add(String(0, y, text, fontName=FONT_BOLD, fontSize=10, fillColor=INK))


def month_chart(stats: Statistics, language: str) -> Drawing:
    months = stats.months
    several_years = len({m.year for m in months}) > 1
    labels = [L.month(m.month, language, short=True) + (f" {m.year % 100:02d}" if several_years else "")
              for m in months]
    values = [m.held for m in months]
    height = 6.4 * cm
    drawing = Drawing(WIDTH, height)
    _chart_title(drawing, L.text("chart_month", language), height - 12)
    chart = VerticalBarChart()
    chart.x, chart.y = 1.5 * cm, 1.3 * cm
    chart.width, chart.height = WIDTH - 1.8 * cm, height - 1.3 * cm - 1.1 * cm
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5 if len(labels) <= 14 else 6
    chart.categoryAxis.labels.dy = -3
    if len(labels) > 14:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = RULE
    _style_values(chart, values, language)
    chart.barLabelFormat = lambda v: L.number(v, language) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.groupSpacing = 6
    drawing.add(chart)
    axis_title = L.text("axis_appointments", language)
    drawing.add(_rotated_label(axis_title, 0.35 * cm, chart.y + chart.height / 2))
    drawing.add(String(chart.x + chart.width / 2, 0.1 * cm, L.text("axis_month", language), fontName=FONT,
                       fontSize=8, fillColor=MUTED, textAnchor="middle"))
    return drawing


def _rotated_label(text: str, x: float, y: float) -> Group:
    group = Group(String(0, 0, text, fontName=FONT, fontSize=8, fillColor=MUTED, textAnchor="middle"))
    group.transform = (0, 1, -1, 0, x, y)
    return group


def bar_chart(title: str, items: Sequence[tuple[str, int]], language: str) -> Drawing:
    """A horizontal bar chart with the category names on the left and the value at each bar."""
    size = 7.5
    label_width = min(7.2 * cm, max([stringWidth(n, FONT, size) for n, _ in items] or [2 * cm]) + 6)
    names = [_fit(n, label_width - 6, FONT, size) for n, _ in items]
    values = [v for _, v in items]
    bar_pitch = BAR_PITCH
    chart_height = max(1, len(items)) * bar_pitch
    height = chart_height + 2.3 * cm
    drawing = Drawing(WIDTH, height)
    _chart_title(drawing, title, height - 12)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 4, 1.2 * cm
    chart.width, chart.height = WIDTH - chart.x - 0.8 * cm, chart_height
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    _style_values(chart, values, language)
    chart.barLabelFormat = lambda v: L.number(v, language)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.groupSpacing = 4
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 0.15 * cm, L.text("axis_appointments", language),
                       fontName=FONT, fontSize=8, fillColor=MUTED, textAnchor="middle"))
    return drawing


# --- the document -----------------------------------------------------------------------------------------

def _table(rows: list[list[object]], widths: Sequence[float], *, right_cols: Sequence[int] = (),
           extra: Sequence[tuple] = (), zebra: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if zebra and len(rows) > 2:  # alternate shading separates the rows; no rule under each row
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    else:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
    for col in right_cols:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


class ReportBuilder:
    def __init__(self, stats: Statistics, options: ReportOptions, office: dict[str, str]) -> None:
        self.stats = stats
        self.options = options
        self.lang = options.language
        self.office = office
        self.s = _Styles()
        self.heading_levels: list[int] = []

    def heading(self, text: str, paragraph_style: ParagraphStyle, level: int) -> _Heading:
        self.heading_levels.append(level)
        return _Heading(text, self.s.pick(paragraph_style, text), level)

    def t(self, key: str, **values: object) -> str:
        return L.text(key, self.lang, **values)

    @property
    def is_year(self) -> bool:
        return self.stats.period.is_calendar_year

    def period_label(self, period: Period | None = None) -> str:
        period = period or self.stats.period
        return L.period_label(period.start, period.end, self.lang)

    # cover and contents
    def cover(self) -> list[Flowable]:
        story: list[Flowable] = []
        logo = self._logo()
        if logo is not None:
            story += [logo, Spacer(1, 1.2 * cm)]
        else:
            story.append(Spacer(1, 3.2 * cm))
        story += [
            self.s.para(self.office.get("office_name", ""), self.s.cover_office),
            Spacer(1, 2.6 * cm),
            self.s.para(self.t("title"), self.s.cover_title),
            Spacer(1, 0.25 * cm),
            HRFlowable(width="35%", thickness=3, color=ACCENT, hAlign="LEFT", spaceAfter=0.35 * cm),
            self.s.para(self.period_label(), self.s.cover_period),
            Spacer(1, 2.8 * cm),
        ]
        if self.office.get("commissioner"):
            story += [self.s.para(self.office["commissioner"], self.s.cover_office),
                      self.s.para(self.t("commissioner"), self.s.cover_line), Spacer(1, 0.6 * cm)]
        if not self.is_year:
            story.append(self.s.para(f"{self.t('period')}: {self.period_label()}", self.s.cover_line))
        story.append(self.s.para(f"{self.t('created')} {L.date(self.options.created, self.lang)}", self.s.cover_line))
        if self.office.get("letterhead"):
            story += [Spacer(1, 1.5 * cm), self.s.para(self.office["letterhead"], self.s.small)]
        return story

    def _logo(self) -> Flowable | None:
        path = self.office.get("logo_path", "")
        if not path or not Path(path).is_file():
            return None
        try:
            width, height = ImageReader(path).getSize()
        except Exception:  # noqa: BLE001 - a broken logo must not stop the report
            return None
        scale = min(5 * cm / width, 3 * cm / height)
        image = Image(path, width=width * scale, height=height * scale)
        image.hAlign = "LEFT"
        return image


    # summary
    def summary(self) -> list[Flowable]:
        figures, previous = self.stats.figures, self.stats.previous
        title = self.t("summary") if self.is_year else self.t("summary_period")
        story: list[Flowable] = [self.heading(title, self.s.h1, 0)]
        n = lambda v: L.number(v, self.lang)  # noqa: E731
        if self.lang == "en":
            lead = (f"In {self.period_label()} the office held {n(figures.held)} appointments and reached "
                    f"{n(figures.distinct_persons)} persons from {n(figures.distinct_organisations)} "
                    f"organisations ({n(figures.attendances)} attendances) – compared with "
                    f"{n(previous.held)} appointments in {self.period_label(self.stats.previous_period)}.")
            if not self.is_year:
                lead = lead.replace(f"In {self.period_label()}", f"From {self.period_label()}")
        else:
            when = f"Im Jahr {self.period_label()}" if self.is_year else f"Im Zeitraum {self.period_label()}"
            lead = (f"{when} hat das Büro {n(figures.held)} Termine durchgeführt und dabei "
                    f"{n(figures.distinct_persons)} Personen aus {n(figures.distinct_organisations)} "
                    f"Organisationen erreicht ({n(figures.attendances)} Teilnahmen). Im Vergleichszeitraum "
                    f"{self.period_label(self.stats.previous_period)} waren es {n(previous.held)} Termine.")
        story += [self.s.para(lead, self.s.body), Spacer(1, 0.5 * cm)]
        head = [self.s.para((self.t("figure")), self.s.cell_head),
                self.s.para(self.period_label(), self.s.cell_head_right),
                self.s.para(self.period_label(self.stats.previous_period), self.s.cell_head_right),
                self.s.para((self.t("change")), self.s.cell_head_right)]
        rows: list[list[object]] = [head]
        changes = {c.name: c for c in self.stats.changes}
        bold_rows = []
        for name in SUMMARY_ORDER:
            change = changes[name]
            label = L.figure(name, self.lang)
            if name == "confidential_held":
                label = "    " + label
            rows.append([label, n(change.current), n(change.previous), self._change_text(change)])
            if name in ("held", "attendances", "distinct_persons"):
                bold_rows.append(len(rows) - 1)
        extra = [("FONTNAME", (0, r), (-1, r), FONT_BOLD) for r in bold_rows]
        extra += [("FONTSIZE", (0, 1), (-1, -1), 9.5), ("LEADING", (0, 1), (-1, -1), 12),
                  ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                  ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        confidential_row = SUMMARY_ORDER.index("confidential_held") + 1
        extra.append(("TEXTCOLOR", (0, confidential_row), (-1, confidential_row), MUTED))
        story.append(_table(rows, [8.6 * cm, 2.6 * cm, 2.6 * cm, 3.2 * cm], right_cols=(1, 2, 3), extra=extra))
        story += [Spacer(1, 0.7 * cm), self._definitions()]
        return story

    def _change_text(self, change: statistics.Change) -> str:
        delta = change.delta
        sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
        text = f"{sign}{L.number(abs(delta), self.lang)}"
        percent = change.percent
        if percent is not None and round(abs(percent)) >= 1:
            text += f" ({sign}{L.number(abs(percent), self.lang, 0)} %)"
        return text

    def _definitions(self) -> Flowable:
        text = f"<b>{escape(self.t('definitions'))}</b><br/>{escape(self.t('definitions_text'))}"
        box = Table([[self.s.markup(text, self.s.box)]], colWidths=[WIDTH])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        return box

    # charts
    def charts(self) -> list[Flowable]:
        story: list[Flowable] = [self.heading(self.t("charts"), self.s.h1, 0), month_chart(self.stats, self.lang),
                                 Spacer(1, 0.5 * cm)]
        kinds = sorted(((L.choice("appointment_kind", k, self.lang), v) for k, v in self.stats.kinds.items() if v),
                       key=lambda item: -item[1])
        story += [bar_chart(self.t("chart_kind"), kinds, self.lang), Spacer(1, 0.5 * cm)]
        fields_ = [(f.name or self.t("without_field"), f.held) for f in self.stats.fields
                   if f.field_id is not None or f.held]
        fields_.sort(key=lambda item: -item[1])
        story += [CondPageBreak(len(fields_) * BAR_PITCH + 2.8 * cm),
                  bar_chart(self.t("chart_field"), fields_, self.lang), self.s.para(self.t("field_note"), self.s.small)]
        return story

    # networks
    def networks(self) -> list[Flowable]:
        story: list[Flowable] = [self.heading(self.t("networks"), self.s.h1, 0)]
        networks = self.stats.networks
        if not networks:
            return story + [self.s.para(self.t("no_networks"), self.s.body)]
        n = lambda v: L.number(v, self.lang)  # noqa: E731
        head = self.s.cell_head
        right = self.s.cell_head_right
        rows: list[list[object]] = [[self.s.para(self.t("network"), head), self.s.para(self.t("network_kind"), head),
                                     self.s.para(self.t("meetings"), right),
                                     self.s.para(self.t("attendances"), right), self.s.para(self.t("average"), right)]]
        for net in networks:
            rows.append([self.s.para(net.name, self.s.cell), L.choice("network_kind", net.kind, self.lang),
                         n(net.meetings_held), n(net.attendances), L.number(net.average_attendance, self.lang, 1)])
        story.append(_table(rows, [6.6 * cm, 3.2 * cm, 2.2 * cm, 2.4 * cm, 2.6 * cm], right_cols=(2, 3, 4),
                            extra=[("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
        for net in networks:
            block: list[Flowable] = [self.heading(net.name, self.s.h2, 1)]
            facts = [
                (self.t("network_kind"), L.choice("network_kind", net.kind, self.lang)),
                (self.t("rhythm"), net.rhythm or "–"),
                (self.t("meetings_held"), n(net.meetings_held)),
                (self.t("meetings_planned"), n(net.meetings_planned)),
                (self.t("attendances"), n(net.attendances)),
                (self.t("average_attendance"), L.number(net.average_attendance, self.lang, 1)),
                (self.t("distinct_persons"), n(net.distinct_persons)),
            ]
            fact_rows = [[self.s.para(k, self.s.cell), self.s.para(v, self.s.cell)] for k, v in facts]
            fact_table = Table(fact_rows, colWidths=[7.5 * cm, WIDTH - 7.5 * cm])
            fact_table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                            ("TOPPADDING", (0, 0), (-1, -1), 2),
                                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            block.append(fact_table)
            heading = f"{self.t('member_organisations')} ({len(net.member_organisations)})"
            block.append(self.s.para(heading, self.s.h3))
            if net.member_organisations:
                block.append(self.s.para(" · ".join(net.member_organisations), self.s.cell))
            else:
                block.append(self.s.para(self.t("no_members"), self.s.cell_note))
            if net.personal_members:
                block.append(self.s.para(self.t("personal_members", count=net.personal_members), self.s.cell_note))
            story.append(KeepTogether(block))
        return story

    # appointments
    def appointments(self) -> list[Flowable]:
        story: list[Flowable] = [self.heading(self.t("appointments"), self.s.h1, 0)]
        rows = self.stats.appointments
        if not rows:
            return story + [self.s.para(self.t("no_appointments"), self.s.body)]
        names: dict[int, list[str]] = {}
        if self.options.include_participant_names:
            names = statistics.participant_names(r.id for r in rows if not r.confidential)
        by_month: dict[tuple[int, int], list[statistics.AppointmentRow]] = {}
        for row in rows:
            by_month.setdefault((row.start.year, row.start.month), []).append(row)
        widths = self.APPOINTMENT_WIDTHS
        head = [self.t("date"), self.t("appointment"), self.t("kind"), self.t("place"), self.t("participants")]
        for (year, month), items in by_month.items():
            story.append(CondPageBreak(3 * cm))
            story.append(self.heading(f"{L.month(month, self.lang)} {year}", self.s.h2, 1))
            table_rows: list[list[object]] = [list(head)]
            for row in items:
                table_rows.append(self._appointment_cells(row, names.get(row.id)))
            story.append(_table(table_rows, widths, right_cols=(4,)))
        return story

    APPOINTMENT_WIDTHS = (2.4 * cm, 6.3 * cm, 2.9 * cm, 4.0 * cm, 1.4 * cm)

    def _plain_fits(self, text: str, column: int) -> bool:
        """Short single-line Latin text goes into the table as a plain string (no Paragraph to lay out):
        the same font and size, a fraction of the time for a 3,000-appointment year."""
        return (not needs_shaping(text) and "\n" not in text
                and stringWidth(text, FONT, 8.5) <= self.APPOINTMENT_WIDTHS[column] - 9)

    def _appointment_cells(self, row: statistics.AppointmentRow, names: list[str] | None) -> list[object]:
        kind = L.choice("appointment_kind", row.kind, self.lang)
        when = L.date(row.start.date(), self.lang)
        if row.all_day:
            time = self.t("all_day")
        elif row.end and row.end.date() != row.start.date():
            time = f"{row.start:%H:%M} → {L.date(row.end.date(), self.lang)[:6]} {row.end:%H:%M}"
        elif row.end:
            time = f"{row.start:%H:%M}–{row.end:%H:%M}"
        else:
            time = f"{row.start:%H:%M}"
        date_cell = f"{when}\n{time}"
        status = self.t(f"status_{row.status}") if row.status in ("planned", "cancelled", "postponed") else (
            "" if row.status == "held" else row.status)
        if row.confidential:
            title_text, user_text = self.t("confidential", kind=kind), []
            place = "–"
        else:
            title_text = row.title + (f" ({row.network})" if row.network else "")
            user_text = [row.title, row.network, *(names or ())]
            place = row.location or "–"
        plain_title = title_text + (f" – {status}" if status else "")
        if not names and self._plain_fits(plain_title, 1):
            title_cell: object = plain_title  # the same words a wrapped paragraph would show
        else:
            title_html = escape(plain_title)
            if names:
                title_html += (f"<br/><font size=7.5 color='#5f6b7a'>{escape(self.t('participants_long'))}: "
                               f"{escape(', '.join(names))}</font>")
            title_cell = self.s.markup(title_html, self.s.cell, *user_text)
        place_cell = place if self._plain_fits(place, 3) else self.s.para(place, self.s.cell)
        count = L.number(row.attendances, self.lang) if row.status == "held" else "–"
        kind_cell = kind if self._plain_fits(kind, 2) else self.s.para(kind, self.s.cell)
        return [date_cell, title_cell, kind_cell, place_cell, count]

    # partners
    def partners(self) -> list[Flowable]:
        story: list[Flowable] = [self.heading(self.t("partners"), self.s.h1, 0)]
        if not self.stats.partners:
            return story + [self.s.para(self.t("no_partners"), self.s.body)]
        rows: list[list[object]] = [[self.t("organisation"), self.t("city"), self.t("partner_since")]]
        extra: list[tuple] = []
        for sector, partners in self.stats.partners.items():
            rows.append([f"{L.choice('sector', sector, self.lang)} ({len(partners)})", "", ""])
            r = len(rows) - 1
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP),
                      ("FONTNAME", (0, r), (-1, r), FONT_BOLD)]
            for partner in partners:
                rows.append([self.s.para(partner.name, self.s.cell), self.s.para(partner.city, self.s.cell),
                             L.date(partner.partner_since, self.lang)])
        story.append(_table(rows, [10.4 * cm, 4.0 * cm, 2.6 * cm], zebra=False, extra=extra))
        return story

    def story(self, contents: _Contents) -> list[Flowable]:
        """The flowables; the contents page(s) stay empty here and are filled in when the canvas saves."""
        body: list[Flowable] = []
        for section in L.SECTIONS:
            if section in self.options.sections:
                body.append(PageBreak())
                body += getattr(self, section)()
        contents.pages = _Contents.pages_needed(self.heading_levels)
        story: list[Flowable] = [NextPageTemplate("cover"), *self.cover(), NextPageTemplate("content")]
        for _ in range(contents.pages):
            story += [PageBreak(), Spacer(1, 1)]
        return story + body


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int


def write_report(path: Path | str, options: ReportOptions, stats: Statistics | None = None,
                 progress: Progress | None = None) -> WrittenReport:
    """Compute the figures (unless given) and write the report; the file appears whole or not at all."""
    path = Path(path)
    if stats is None:
        stats = statistics.collect(options.period, lists=True, progress=progress)
    office = settings.get_all()
    builder = ReportBuilder(stats, options, office)
    title = f"{L.text('title', options.language)} {builder.period_label()}"
    header = (office.get("office_name", ""), title)
    footer = f"{L.text('created', options.language)} {L.date(options.created, options.language)}"
    def write(temp: Path) -> _ReportDoc:
        contents = _Contents(L.text("contents", options.language))
        story = builder.story(contents)
        doc = _ReportDoc(str(temp), header, progress, contents, title=title,
                         author=office.get("commissioner", ""), subject=office.get("office_name", ""),
                         creator="Brücke", lang=options.language)
        # Plain binary (Flate only) streams: ASCII85 on top makes files 25 % larger and costs ~15 % of the time.
        use_a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            doc.build(story, canvasmaker=_canvas_maker(header, footer, options.language, contents, builder.s))
        finally:
            rl_config.useA85 = use_a85
        return doc

    doc = write_atomically(path, write)
    return WrittenReport(path, doc.page)
