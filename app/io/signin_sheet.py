"""Sign-in sheet PDF (Teilnehmerliste): letterhead, appointment, a numbered table to sign, privacy footer.

    write_sheets(path, sheets, options, office)        # data from app.services.signin.gather()

Each appointment starts on a new page; the table header repeats on every page, the running head names the
appointment on continuation pages and the footer counts "Seite x von y" per appointment. The table is drawn
by app.io.signin_table (rows of known height, our own page breaks: the last page never holds only a couple of
blank rows). User text is made printable (no control characters), keeps "e. V.", "Dr. med.", dates and a
number with its unit on one line, and e-mail addresses break only after "@" or "."; text that needs shaping
(Arabic joins and runs right-to-left) extracts in logical order. The file appears whole or not at all.

A little over 500 lines: the line breaking rules of a paper form (non-breaking units, e-mail breaks, shaped
scripts, balanced blank rows) belong together; the table drawing itself lives in app.io.signin_table.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.errors import UserError
from app.io import pdf_fonts
from app.io.files import write_atomically
from app.io.messages import t
from app.io.pdf_fonts import keep_together, printable, style
from app.io.signin_data import Sheet, SheetOptions
from app.io.signin_table import Cell, Line, Look, Row, Shaped, ShapedText, SheetTable

log = logging.getLogger(__name__)

TEXTS: dict[str, dict[str, Any]] = {
    "de": {
        "heading": "Teilnahmeliste", "date": "Datum", "time": "Uhrzeit", "place": "Ort", "network": "Gremium",
        "online": "online", "all_day": "ganztägig", "clock": " Uhr", "no": "Nr.", "name": "Name",
        "org": "Organisation / Funktion", "email": "E-Mail", "town": "Ort, Land", "photo": "Fotos erlaubt",
        "signature": "Unterschrift", "yes": "ja", "no_": "nein", "page": "Seite {x} von {y}",
        "continued": "Fortsetzung", "count": "{n} Einträge vorbereitet, {b} Zeilen frei",
        "photo_note": ("Fotos: Wer in der Spalte „Fotos erlaubt“ „ja“ ankreuzt, willigt ein, dass Fotos der "
                       "Veranstaltung, auf denen sie oder er zu erkennen ist, für die Öffentlichkeitsarbeit "
                       "verwendet werden (Art. 6 Abs. 1 lit. a DSGVO). Die Einwilligung kann jederzeit "
                       "widerrufen werden."),
        "weekdays": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        "months": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                   "Oktober", "November", "Dezember"),
    },
    "en": {
        "heading": "List of participants", "date": "Date", "time": "Time", "place": "Venue",
        "network": "Committee", "online": "online", "all_day": "all day", "clock": "", "no": "No.",
        "name": "Name", "org": "Organisation / Function", "email": "E-mail", "town": "Town, country",
        "photo": "Photos allowed", "signature": "Signature", "yes": "yes", "no_": "no",
        "page": "Page {x} of {y}", "continued": "continued",
        "count": "{n} entries prepared, {b} lines free",
        "photo_note": ("Photos: by ticking “yes” in the column “Photos allowed” you agree that photos of the "
                       "event on which you can be recognised may be used for public relations (Art. 6(1)(a) "
                       "GDPR). You may withdraw your consent at any time."),
        "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"),
    },
}

DEFAULT_PRIVACY_EN = (
    "Data protection: the details are processed solely to document the event and for the annual activity "
    "report (Art. 6(1)(e) GDPR) and are deleted when the retention period has expired."
)

MARGIN = 15 * mm
HEAD_HEIGHT = 24 * mm  # letterhead band at the top of every page
GRID = colors.HexColor("#8a8f98")
HEADER_FILL = colors.HexColor("#e4e8ee")
STRIPE = colors.HexColor("#f6f7f9")
MUTED = colors.HexColor("#555b66")
ROW_HEIGHT = 9 * mm  # room for a signature
PADDING = 3
SIDE_PADDING = 6  # reportlab's default left/right cell padding


def format_date(value: dt.date, language: str) -> str:
    words = TEXTS[language]
    if language == "de":
        return f"{words['weekdays'][value.weekday()]}, {value.day}. {words['months'][value.month - 1]} {value.year}"
    return f"{words['weekdays'][value.weekday()]}, {value.day} {words['months'][value.month - 1]} {value.year}"


def format_time(sheet: Sheet, language: str) -> str:
    words = TEXTS[language]
    if sheet.all_day:
        return words["all_day"]
    text = f"{sheet.start:%H:%M}"
    if sheet.end is not None and sheet.end.date() == sheet.start.date() and sheet.end > sheet.start:
        text += f"–{sheet.end:%H:%M}"
    return text + words["clock"]


def privacy_text(office: Mapping[str, str], language: str) -> str:
    text = (office.get("privacy_notice") or "").strip()
    if language == "en":
        english = (office.get("privacy_notice_en") or "").strip()
        if english:
            return english
    return text


_COMPLEX = re.compile("[\u0300-\u036f\u0590-\u0dff\ufb1d-\ufeff]")


def needs_shaping(text: str) -> bool:
    """True for scripts that need HarfBuzz (Hebrew, Arabic, Indic …) or leftover combining marks."""
    return not text.isascii() and _COMPLEX.search(text) is not None


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking by measured width; a word longer than the line is broken inside."""
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    return list(_wrap_lines(text, font, size, width))


def clear_caches() -> None:
    """Forget remembered line breaks and bound units (for measurements)."""
    _wrap_lines.cache_clear()
    pdf_fonts.keep_together.cache_clear()


@lru_cache(maxsize=4096)
def _wrap_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """wrap_lines for text that needs breaking – remembered: organisations and functions repeat on a sheet."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in (w for w in paragraph.split(" ") if w):  # a non-breaking space keeps its words together
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and stringWidth(word, font, size) > width:
                low, high = 1, len(word) - 1  # the longest head of the word that fits (at least 1 char)
                while low < high:
                    middle = (low + high + 1) // 2
                    if stringWidth(word[:middle], font, size) <= width:
                        low = middle
                    else:
                        high = middle - 1
                # an e-mail address breaks only after "@" or "."; a hyphenated name or a path after "-", "_",
                # "/"; words bound by non-breaking spaces ("e. V.") give way only if nothing else fits
                marks = "@." if "@" in word else "@.-_/"
                natural = max(word.rfind(mark, 0, low) for mark in marks)
                if natural <= 0:
                    natural = word.rfind("\u00a0", 0, low)
                if natural > 0:
                    low = natural + 1
                lines.append(word[:low])
                word = word[low:]
            line = word
        lines.append(line)
    return tuple(lines)


class _Text(Flowable):
    """A table cell of plain lines (font, size, leading, colour per part) – measured and drawn directly,
    an order of magnitude cheaper than a Paragraph. Used for text that needs no shaping."""

    def __init__(self, parts: list[tuple[str, str, float, float, Any]]) -> None:
        super().__init__()
        self.parts = parts
        self._width = -1.0
        self._lines: list[tuple[str, str, float, float, Any]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._width:
            self._width = avail_width
            self._lines = [(line, font, size, leading, color)
                           for text, font, size, leading, color in self.parts
                           for line in wrap_lines(text, font, size, avail_width)]
            self.height = sum(line[3] for line in self._lines)
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        text = self.canv.beginText()
        y = self.height
        current: tuple[str, float, Any] | None = None
        for line, font, size, leading, color in self._lines:
            y -= leading
            if current != (font, size, color):
                text.setFont(font, size, leading)
                text.setFillColor(color)
                current = (font, size, color)
            text.setTextOrigin(0, y + (leading - size) / 2 + size * 0.2)
            text.textOut(line)
        self.canv.drawText(text)


def _shaped(text: str, paragraph_style: Any,
            cache: dict[tuple[str, str], Shaped] | None = None) -> ShapedText:
    """User text, shaped word by word, that extracts in logical order."""
    return ShapedText(text, paragraph_style, cache)


def clean(text: str) -> str:
    """User text as printed: no control characters, composed, units kept together."""
    text = printable(text or "")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return keep_together(text)


class _SheetStart(Flowable):
    """Invisible marker: the pages from here on belong to sheet `index` (for page numbers and heads)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._sheet_index = self.index  # type: ignore[attr-defined]
        self.canv._sheet_starts_here = True  # type: ignore[attr-defined]


class _Layout:
    """Everything that depends on options and office but not on one sheet: sizes, styles, page art."""

    def __init__(self, sheets: list[Sheet], options: SheetOptions, office: Mapping[str, str]) -> None:
        pdf_fonts.register_fonts()
        self.sheets = sheets
        self.options = options
        self.words = TEXTS[options.language]
        self.office = office
        self.pagesize = landscape(A4) if options.landscape else A4
        self.width = self.pagesize[0] - 2 * MARGIN
        self.cell_style = style("cell", 9, leading=11)
        self.cell_bold = style("cell_bold", 9, bold=True, leading=11)
        self.photo = style("photo", 8, leading=10)
        self.shaped: dict[tuple[str, str], Shaped] = {}
        self.cell_small = style("cell_small", 7.5, leading=9.5, textColor=MUTED)
        self.head = style("head", 8.5, bold=True, leading=10.5)
        self.foot = style("foot", 6.5, leading=8, textColor=MUTED)
        notes = [privacy_text(office, options.language)]
        if "photo_consent" in options.columns:
            notes.append(self.words["photo_note"])
        self.footer_blocks = [self.text([(n, self.foot)]) for n in notes if n]
        self.footer_height = sum(b.wrap(self.width, 1000)[1] + 2 for b in self.footer_blocks) + 9 * mm
        self.frame_height = self.pagesize[1] - 2 * MARGIN - HEAD_HEIGHT - self.footer_height
        if self.footer_height > self.pagesize[1] * 0.3:
            raise UserError(t("privacy_note_too_long"))
        self._art: list[tuple[Any, float, float]] | None = None
        self._sheet_art: dict[int, tuple[Any, float, Any]] = {}
        self.logo_box = (0.0, 0.0, 0.0, 0.0)
        self.logo = self._logo(office.get("logo_path", ""))

    @staticmethod
    def _logo(path: str) -> ImageReader | None:
        if not path:
            return None
        try:
            return ImageReader(path)
        except Exception:  # noqa: BLE001 - a missing or broken logo must not stop the sheet
            log.warning("logo cannot be read; sheet printed without it")
            return None

    # --- page art, drawn once every page is known --------------------------------------------------------

    def _page_art(self) -> list[tuple[Any, float, float]]:
        """Letterhead and footer notes, the same on every page: (flowable, x, y), wrapped once."""
        width, height = self.pagesize
        top = height - MARGIN
        art: list[tuple[Any, float, float]] = []
        logo_width = 0.0
        if self.logo is not None:
            img_w, img_h = self.logo.getSize()
            scale = min(45 * mm / img_w, (HEAD_HEIGHT - 9 * mm) / img_h)
            logo_width = img_w * scale
            self.logo_box = (width - MARGIN - logo_width, top - img_h * scale, logo_width, img_h * scale)
        text_width = self.width - logo_width - 5 * mm
        y = top
        lines = [(self.office.get("office_name", ""), style("office", 11, bold=True)),
                 (self.office.get("commissioner", ""), style("commissioner", 8.5)),
                 (self.office.get("letterhead", ""), style("letterhead", 7.5, textColor=MUTED))]
        for text, para_style in lines:
            block = self.text([(text, para_style)])
            if not block:
                continue
            _, h = block.wrap(text_width, HEAD_HEIGHT)
            if top - (y - h) > HEAD_HEIGHT - 8 * mm:
                break
            art.append((block, MARGIN, y - h))
            y -= h + 1
        y = MARGIN + 5 * mm
        for block in reversed(self.footer_blocks):
            _, h = block.wrap(self.width, 1000)
            art.append((block, MARGIN, y))
            y += h + 2
        self.footer_rule = y + 1
        return art

    def draw_page(self, canvas: Canvas, sheet_index: int, page: int, pages: int, first: bool) -> None:
        width, height = self.pagesize
        if self._art is None:
            self._art = self._page_art()
        canvas.saveState()
        if self.logo is not None:
            canvas.drawImage(self.logo, *self.logo_box, mask="auto")
        for block, x, y in self._art:
            block.drawOn(canvas, x, y)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        rule = height - MARGIN - HEAD_HEIGHT + 7 * mm
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.line(MARGIN, self.footer_rule, width - MARGIN, self.footer_rule)
        if sheet_index not in self._sheet_art:
            sheet = self.sheets[sheet_index]
            when = format_date(sheet.start.date(), self.options.language)
            running = self.text([(f"{self.words['heading']} – {sheet.title} – {when} ({self.words['continued']})",
                                  style("running", 8, textColor=MUTED))])
            _, h = running.wrap(self.width, 20)
            foot = self.text([(f"{sheet.title} · {when}", style("foot_left", 7, textColor=MUTED))])
            foot.wrap(self.width * 0.7, 20)
            self._sheet_art[sheet_index] = (running, rule - 1.5 * mm - h, foot)
        running, running_y, foot = self._sheet_art[sheet_index]
        if not first:
            running.drawOn(canvas, MARGIN, running_y)
        foot.drawOn(canvas, MARGIN, MARGIN)
        canvas.setFont(pdf_fonts.FONT, 8)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(width - MARGIN, MARGIN + 1, self.words["page"].format(x=page, y=pages))
        canvas.restoreState()

    # --- the story ---------------------------------------------------------------------------------------

    def column_widths(self) -> list[float]:
        """Number and photo columns have fixed widths; the rest share what is left."""
        fixed = {"no": 10 * mm, "photo_consent": 24 * mm}
        share = {"name": 0.23, "org": 0.28, "signature": 0.20, "email": 0.19, "place": 0.17}
        order = ["no", "name", "org", *self.options.columns, "signature"]
        rest = self.width - sum(fixed.get(c, 0) for c in order)
        total = sum(share[c] for c in order if c in share)
        return [fixed[c] if c in fixed else rest * share[c] / total for c in order]

    def order(self) -> list[str]:
        return ["no", "name", "org", *self.options.columns, "signature"]

    def text(self, parts: list[tuple[str, Any]]) -> Any:
        """A block of user text (letterhead, notes, heads): plain measured lines, or shaped paragraphs where
        the script needs it."""
        parts = [(clean(text), part_style) for text, part_style in parts if text]
        if not parts:
            return ""
        if any(needs_shaping(text) for text, _ in parts):
            paragraphs = [_shaped(text, part_style) for text, part_style in parts]
            return paragraphs[0] if len(paragraphs) == 1 else paragraphs
        return _Text([(text, s.fontName, s.fontSize, s.leading, s.textColor) for text, s in parts])

    def paragraph(self, text: str, paragraph_style: Any) -> Flowable:
        """A paragraph of the sheet's head: shaped (and logical when extracted) only where the script needs it."""
        text = clean(text)
        if needs_shaping(text):
            return _shaped(text, paragraph_style)
        return Paragraph(escape(text).replace("\n", "<br/>"), paragraph_style)

    def cell(self, parts: list[tuple[str, Any]], width: float, align: str = "left") -> Cell:
        """A table cell of one or more texts (each in its style), wrapped to `width`."""
        parts = [(clean(text), part_style) for text, part_style in parts if text]
        if not parts:
            return Cell(align=align)
        if any(needs_shaping(text) for text, _ in parts):
            paragraphs: list[Flowable] = [_shaped(text, part_style, self.shaped) for text, part_style in parts]
            return Cell(paragraphs=paragraphs, height=sum(p.wrap(width, 10_000)[1] for p in paragraphs),
                        align=align)
        lines = [Line(line, s.fontName, s.fontSize, s.leading, s.textColor) for text, s in parts
                 for line in wrap_lines(text, s.fontName, s.fontSize, width)]
        return Cell(lines=lines, height=sum(line.leading for line in lines), align=align)

    def header(self, inner: dict[str, float]) -> Row:
        names = {"no": "no", "name": "name", "org": "org", "email": "email", "place": "town",
                 "photo_consent": "photo", "signature": "signature"}
        cells = [self.cell([(self.words[names[c]], self.head)], inner[c], "right" if c == "no" else "left")
                 for c in self.order()]
        return Row(cells, max(c.height for c in cells) + 2 * PADDING, False)

    def body_rows(self, sheet: Sheet, inner: dict[str, float]) -> list[Row]:
        """Rows at least ROW_HEIGHT high (room to sign), higher where text wraps."""
        photo = self.cell([(f"☐ {self.words['yes']}   ☐ {self.words['no_']}", self.photo)], inner.get(
            "photo_consent", 100))
        empty = Cell()
        rows: list[Row] = []
        for number, row in enumerate(sheet.rows, 1):
            cells = [self.number_cell(number), self.cell([(row.name, self.cell_bold)], inner["name"]),
                     self.cell([(row.organization, self.cell_style), (row.function, self.cell_small)], inner["org"])]
            for column in self.options.columns:
                if column == "email":
                    cells.append(self.cell([(row.email, self.cell_small)], inner["email"]))
                elif column == "place":
                    cells.append(self.cell([(row.place, self.cell_style)], inner["place"]))
                else:
                    cells.append(photo)
            cells.append(empty)
            rows.append(Row(cells, max(ROW_HEIGHT, max(c.height for c in cells) + 2 * PADDING), True))
        for number in range(len(sheet.rows) + 1, len(sheet.rows) + self.options.blank_rows + 1):
            cells = [self.number_cell(number)]
            cells += [photo if c == "photo_consent" else empty for c in self.order()[1:]]
            rows.append(Row(cells, ROW_HEIGHT, False))
        return rows

    def number_cell(self, number: int) -> Cell:
        return Cell(lines=[Line(str(number), pdf_fonts.FONT, 9, 11, MUTED)], height=11, align="right")

    def table(self, sheet: Sheet) -> SheetTable:
        widths = self.column_widths()
        inner = {c: w - 2 * SIDE_PADDING for c, w in zip(self.order(), widths, strict=True)}
        look = Look(widths, PADDING, SIDE_PADDING, GRID, 0.5, HEADER_FILL, colors.black, STRIPE)
        return SheetTable(self.header(inner), self.body_rows(sheet, inner), look, page_height=self.frame_height)

    def story(self) -> list[Flowable]:
        title_style = style("title", 15, bold=True, leading=19, spaceAfter=2)
        subtitle_style = style("subtitle", 12, bold=True, leading=15, spaceAfter=4)
        info_style = style("info", 9.5, leading=13)
        story: list[Flowable] = []
        for index, sheet in enumerate(self.sheets):
            if index:
                story.append(PageBreak())
            story.append(_SheetStart(index))
            story.append(Paragraph(self.words["heading"], title_style))
            story.append(self.paragraph(sheet.title, subtitle_style))
            info = [f"{self.words['date']}: {format_date(sheet.start.date(), self.options.language)}",
                    f"{self.words['time']}: {format_time(sheet, self.options.language)}"]
            place = sheet.location or (f"{self.words['online']} ({sheet.online_link})" if sheet.online_link else "")
            if place:
                info.append(f"{self.words['place']}: {place}")
            story.append(self.paragraph("   ·   ".join(info[:2]), info_style))
            for line in info[2:]:
                story.append(self.paragraph(line, info_style))
            if sheet.network:
                story.append(self.paragraph(f"{self.words['network']}: {sheet.network}", info_style))
            story.append(Spacer(1, 4 * mm))
            story.append(CondPageBreak(30 * mm))
            story.append(self.table(sheet))
        return story


def _numbered_canvas(layout: _Layout) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then draws letterhead and "Seite x von y" per sheet."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._sheet_index = 0
            self._sheet_starts_here = False

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._sheet_starts_here = False
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._pages:
                totals[state["_sheet_index"]] = totals.get(state["_sheet_index"], 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                index = state["_sheet_index"]
                seen[index] = seen.get(index, 0) + 1
                layout.draw_page(self, index, seen[index], totals[index], state["_sheet_starts_here"])
                super().showPage()
            super().save()

    return NumberedCanvas


def render(target: Any, sheets: list[Sheet], options: SheetOptions, office: Mapping[str, str]) -> None:
    """Lay out the sheets into `target` (a path or a binary file object)."""
    options = options.normalised()
    if not sheets:
        raise ValueError("no sheets to render")
    layout = _Layout(sheets, options, office)
    width, height = layout.pagesize
    doc = BaseDocTemplate(target, pagesize=layout.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEAD_HEIGHT, bottomMargin=MARGIN + layout.footer_height,
                          title=f"{layout.words['heading']} – {sheets[0].title}",
                          author=office.get("office_name", ""), creator="Brücke")
    frame = Frame(MARGIN, MARGIN + layout.footer_height, layout.width, layout.frame_height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    doc.build(layout.story(), canvasmaker=_numbered_canvas(layout))


def write_sheets(path: str | os.PathLike[str], sheets: list[Sheet], options: SheetOptions,
                 office: Mapping[str, str]) -> Path:
    """Write the PDF atomically: a temp file beside the target, then `os.replace`."""
    target = Path(path)

    def write(temp: Path) -> None:
        with open(temp, "wb") as stream:
            render(stream, sheets, options, office)

    write_atomically(target, write)
    return target
