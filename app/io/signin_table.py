"""The sign-in sheet's table, drawn directly: rows of known height, a header repeated on every page, stripes,
a grid – and page breaks chosen by us, so the last page never holds only a couple of blank rows.

ReportLab's Table re-measures and styles every cell each time it splits over a page; the sheet knows every row
height in advance, so this flowable splits in constant time and draws all plain text of a page in one text
object (issue 15 #16: well under 2× a bare ReportLab table). Text that needs shaping (Arabic, Hebrew …) is drawn
word by word in logical order (ShapedText), so it extracts as typed (issue 14).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable, PageBreak

MIN_LAST_PAGE_ROWS = 6
"""A table that goes over pages keeps at least this many rows for its last page (named rows move over with the
blank ones), so no page holds only two empty lines."""


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LTR = re.compile("[A-Za-z0-9\u00c0-\u024f\u0370-\u052f]")


def _direction(word: str) -> str:
    """"R" for a word in a right-to-left script, "L" for Latin, Greek, Cyrillic or digits, "" for neutral."""
    if _RTL.search(word):
        return "R"
    return "L" if _LTR.search(word) else ""


def visual_order(words: Sequence[str]) -> list[int]:
    """Indexes of `words` (logical order) from left to right on the line: a word-level bidi – the base
    direction follows the first strong word, runs of the other direction keep their own order, neutral
    words go with the run they stand in."""
    directions = [_direction(w) for w in words]
    base = next((d for d in directions if d), "L")
    runs: list[tuple[str, list[int]]] = []
    for index, direction in enumerate(directions):
        direction = direction or (runs[-1][0] if runs else base)
        if runs and runs[-1][0] == direction:
            runs[-1][1].append(index)
        else:
            runs.append((direction, [index]))
    ordered = [indexes if direction == "L" else indexes[::-1] for direction, indexes in runs]
    if base == "R":
        ordered.reverse()
    return [index for indexes in ordered for index in indexes]


@lru_cache(maxsize=64)
def _fill(color: Color) -> str:
    """The PDF operator that sets an opaque RGB fill colour."""
    return f"{fp_str(color.red, color.green, color.blue)} rg"


Shaped = tuple[str, float]
"""A word as HarfBuzz shaped it (glyphs in visual order, reportlab's ShapedStr) and its width."""


class ShapedText(Flowable):
    """Text in a script that needs shaping (Arabic, Hebrew …), drawn word by word: every word shaped by
    HarfBuzz on its own (joining never crosses a space), placed where the bidi order puts it, and written
    into the PDF in *logical* order – so copying or extracting the text gives it as it was typed."""

    def __init__(self, text: str, style: Any, shaped: dict[tuple[str, str], Shaped] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        font, size = style.fontName, style.fontSize
        self._space = stringWidth(" ", font, size)
        cache = {} if shaped is None else shaped  # a word shaped once per document (names repeat)
        self._words: list[list[tuple[str, float, str]]] = []  # per line of the text as typed
        for part in text.split("\n"):
            words = []
            for word in part.split(" "):
                if not word:
                    continue
                entry = cache.get((word, style.name))
                if entry is None:
                    glyphs = shapeStr(word, font, size)
                    entry = cache[(word, style.name)] = (glyphs, stringWidth(glyphs, font, size))
                words.append((entry[0], entry[1], word))
            self._words.append(words)
        self._lines: list[list[tuple[str, float, str]]] = []
        self._wrapped_at = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._wrapped_at:
            self._wrapped_at = avail_width
            self._lines = []
            for words in self._words:
                line: list[tuple[str, float, str]] = []
                used = 0.0
                for entry in words:
                    extra = entry[1] + (self._space if line else 0.0)
                    if line and used + extra > avail_width:
                        self._lines.append(line)
                        line, used, extra = [], 0.0, entry[1]
                    line.append(entry)
                    used += extra
                self._lines.append(line)
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def draw_at(self, canvas: Any, x: float, top: float) -> None:
        """Draw the lines, the first line's top at `top`: each word its own text object, in logical order
        (extractors then keep the words apart and in the order they were typed)."""
        style = self.style
        y = top
        for line in self._lines:
            y -= style.leading
            x_of: dict[int, float] = {}
            cursor = x
            for index in visual_order([word for _, _, word in line]):
                x_of[index] = cursor
                cursor += line[index][1] + self._space
            baseline = y + (style.leading - style.fontSize) / 2 + style.fontSize * 0.2
            for index, (glyphs, _, _) in enumerate(line):
                canvas.saveState()  # a word in its own coordinate frame: extractors keep it whole and apart
                canvas.translate(x_of[index], baseline)
                text = canvas.beginText(0, 0)
                text.setFont(style.fontName, style.fontSize, style.leading)
                text.setFillColor(style.textColor)
                text.textLine(glyphs)  # "next line" after each word: extractors keep the words apart
                canvas.drawText(text)
                canvas.restoreState()

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, self.height)


@dataclass(frozen=True)
class Line:
    """One line of plain text in a cell."""

    text: str
    font: str
    size: float
    leading: float
    color: Color


@dataclass
class Cell:
    """Plain lines, or paragraphs (shaped text) stacked from the top; `height` is the content's height."""

    lines: list[Line] = field(default_factory=list)
    paragraphs: list[Flowable] = field(default_factory=list)
    height: float = 0.0
    align: str = "left"


@dataclass(frozen=True)
class Row:
    cells: Sequence[Cell]
    height: float
    named: bool
    """A row with a person's name (False: an empty line to sign)."""


@dataclass(frozen=True)
class Look:
    widths: Sequence[float]
    padding: float
    side_padding: float
    grid: Color
    grid_width: float
    header_fill: Color
    header_rule: Color
    stripe: Color


class SheetTable(Flowable):
    """Header + rows; splits between rows, never inside one."""

    def __init__(self, header: Row, rows: Sequence[Row], look: Look, first_index: int = 0,
                 page_height: float = 0.0) -> None:
        super().__init__()
        self.header = header
        self.rows = list(rows)
        self.look = look
        self.first_index = first_index  # row number of rows[0] within the whole table (for the stripes)
        self.page_height = page_height  # frame height of a continuation page (for balancing the last page)
        self.width = sum(look.widths)
        self.height = header.height + sum(row.height for row in self.rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header.height
        fitting, used = 0, 0.0
        for row in self.rows:
            if used + row.height > room + 0.01:
                break
            used += row.height
            fitting += 1
        fresh_page = not self.page_height or avail_height >= self.page_height - 1
        if fitting < min(1 if fresh_page else 2, len(self.rows)) or fitting == len(self.rows):
            return []  # not even two rows under a header here: the whole table goes to the next page
        tail = self.rows[fitting:]
        if len(tail) < MIN_LAST_PAGE_ROWS and self._fits_a_page(tail):
            fitting = len(self.rows) - self._last_page_rows()
        head = SheetTable(self.header, self.rows[:fitting], self.look, self.first_index, self.page_height)
        rest = SheetTable(self.header, self.rows[fitting:], self.look, self.first_index + fitting, self.page_height)
        return [head, PageBreak(), rest]  # the rest starts a page (never squeezed under the head again)

    def _fits_a_page(self, rows: Sequence[Row]) -> bool:
        return not self.page_height or self.header.height + sum(row.height for row in rows) <= self.page_height

    def _last_page_rows(self) -> int:
        """How many rows the last page gets when it would otherwise hold only a few: MIN_LAST_PAGE_ROWS, and
        where those would all be blank lines, the blank lines plus two named rows (if a page holds them)."""
        want = min(MIN_LAST_PAGE_ROWS, len(self.rows) - 1)
        blank = next((i for i, row in enumerate(reversed(self.rows)) if row.named), len(self.rows))
        if want <= blank < len(self.rows) - 2 and self._fits_a_page(self.rows[-(blank + 2):]):
            want = blank + 2
        return max(1, want)

    def draw(self) -> None:
        canvas = self.canv
        look = self.look
        xs = [0.0]
        for width in look.widths:
            xs.append(xs[-1] + width)
        top = self.height
        canvas.saveState()
        # backgrounds: header, then every second row
        canvas.setFillColor(look.header_fill)
        canvas.rect(0, top - self.header.height, self.width, self.header.height, stroke=0, fill=1)
        y = top - self.header.height
        canvas.setFillColor(look.stripe)
        for index, row in enumerate(self.rows):
            if (self.first_index + index) % 2 == 1:
                canvas.rect(0, y - row.height, self.width, row.height, stroke=0, fill=1)
            y -= row.height
        # text: one text object for every plain line on the page, paragraphs drawn in place
        text = canvas.beginText()
        state: tuple[str, float, Any] | None = None
        paragraphs: list[tuple[Flowable, float, float]] = []
        y = top
        for row in (self.header, *self.rows):
            for cell, x0, x1 in zip(row.cells, xs, xs[1:], strict=False):
                if not cell.lines and not cell.paragraphs:
                    continue
                cell_top = y - (row.height - cell.height) / 2  # vertically centred
                inner = x1 - x0 - 2 * look.side_padding
                if cell.paragraphs:
                    cursor = cell_top
                    for paragraph in cell.paragraphs:
                        _, height = paragraph.wrap(inner, 10_000)
                        if isinstance(paragraph, ShapedText):  # keep the page's reading order
                            canvas.drawText(text)
                            paragraph.draw_at(canvas, x0 + look.side_padding, cursor)
                            text, state = canvas.beginText(), None
                        else:
                            paragraphs.append((paragraph, x0 + look.side_padding, cursor - height))
                        cursor -= height
                    continue
                baseline = cell_top
                for line in cell.lines:
                    baseline -= line.leading
                    if state != (line.font, line.size, line.color):
                        if state is None or state[:2] != (line.font, line.size):
                            text.setFont(line.font, line.size, line.leading)
                        if state is None or state[2] != line.color:
                            text._code.append(_fill(line.color))  # setFillColor's alpha handling is slow
                        state = (line.font, line.size, line.color)
                    x = x0 + look.side_padding
                    if cell.align == "right":
                        x = x1 - look.side_padding - canvas.stringWidth(line.text, line.font, line.size)
                    text.setTextOrigin(x, baseline + (line.leading - line.size) / 2 + line.size * 0.2)
                    text.textOut(line.text)
            y -= row.height
        canvas.drawText(text)
        for paragraph, x, y_bottom in paragraphs:
            paragraph.drawOn(canvas, x, y_bottom)
        # grid: outer box, column lines, row lines, a strong rule under the header
        canvas.setStrokeColor(look.grid)
        canvas.setLineWidth(look.grid_width)
        path = canvas.beginPath()
        for x in xs:
            path.moveTo(x, 0)
            path.lineTo(x, top)
        y = top
        for row in (self.header, *self.rows):
            path.moveTo(0, y)
            path.lineTo(self.width, y)
            y -= row.height
        path.moveTo(0, 0)
        path.lineTo(self.width, 0)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(look.header_rule)
        canvas.setLineWidth(1.0)
        canvas.line(0, top - self.header.height, self.width, top - self.header.height)
        canvas.restoreState()
