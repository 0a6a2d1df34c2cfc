"""Colours, kind cues and chip painting shared by every calendar view (and the dashboard's list).

Each kind has a colour AND a short text tag ("GS", "KONF", …, from app.services.calendar.KIND_TAGS), so
colour is never the only signal. Chips take their text and background from the widget's palette (the
kind colour is mixed into the palette's base), which keeps them readable in a dark theme too. Cancelled
appointments are struck through and muted.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap

from app.services import calendar, messages
from app.ui import labels
from app.ui.formats import format_day

KIND_COLOURS: dict[str, str] = {  # strong enough for a 4 px bar and a swatch
    "meeting": "#1f6feb",
    "committee_session": "#8250df",
    "conference": "#bf3989",
    "workshop": "#1a7f37",
    "counselling_hours": "#0a7ea4",
    "site_visit": "#bc4c00",
    "study_visit": "#9a6700",
    "press_date": "#cf222e",
    "other": "#6e7781",
}
TEXT = QColor("#1f2328")
MUTED = QColor("#5f6770")  # ≥ 4.5:1 on white, alternating rows and the window grey
TODAY = QColor("#0b57d0")
NOW_LINE = QColor("#d1242f")
HOLIDAY = QColor("#b35900")
ID_ROLE = Qt.ItemDataRole.UserRole


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))


def tint(colour: QColor, amount: float = 0.16) -> QColor:
    """The colour mixed into white: a light background on which dark text keeps its contrast."""
    return QColor(round(255 - (255 - colour.red()) * amount), round(255 - (255 - colour.green()) * amount),
                  round(255 - (255 - colour.blue()) * amount))


def mix(colour: QColor, base: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `base` (the palette's background)."""
    return QColor(round(base.red() + (colour.red() - base.red()) * amount),
                  round(base.green() + (colour.green() - base.green()) * amount),
                  round(base.blue() + (colour.blue() - base.blue()) * amount))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def muted(palette: QPalette) -> QColor:
    """Secondary text that keeps its contrast on the palette's base."""
    return QColor("#9aa4ae") if is_dark(palette) else MUTED


def accent(palette: QPalette) -> QColor:
    return QColor("#8ab4f8") if is_dark(palette) else TODAY


def holiday_colour(palette: QPalette) -> QColor:
    return QColor("#f0a35e") if is_dark(palette) else HOLIDAY


def stripe_colour(kind: str, palette: QPalette) -> QColor:
    colour = kind_colour(kind)
    return colour.lighter(140) if is_dark(palette) else colour


def swatch(kind: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(kind_colour(kind))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)


def ui_locale() -> QLocale:
    if messages.language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def tag(kind: str) -> str:
    """The short text cue of a kind in the UI language ("GS", "KONF", …)."""
    return calendar.kind_tag(kind, messages.language())


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def tooltip(entry: calendar.Entry) -> str:
    time = entry.time_text() or QCoreApplication.translate("CalendarView", "ganztägig")
    kind = labels.label("appointment_kind", entry.kind)
    lines = [f"<b>{escape(entry.title)}</b>", f"{format_day(entry.start)} {time}",
             f"[{escape(tag(entry.kind))}] {kind} · " + labels.label("appointment_status", entry.status)]
    if entry.location:
        lines.append(escape(entry.location))
    if entry.network:
        lines.append(escape(entry.network))
    return "<br>".join(lines)


def spoken(entry: calendar.Entry) -> str:
    """What a screen reader says for a selected appointment (no markup)."""
    time = entry.time_text() or QCoreApplication.translate("CalendarView", "ganztägig")
    parts = [entry.title, f"{format_day(entry.start)} {time}", labels.label("appointment_kind", entry.kind),
             labels.label("appointment_status", entry.status), entry.location]
    return ", ".join(part for part in parts if part)


def bold(font: QFont) -> QFont:
    result = QFont(font)
    result.setBold(True)
    return result


class _Fonts:
    """The fonts and metrics a chip needs, derived once per base font (painting hundreds of chips)."""

    def __init__(self, font: QFont) -> None:
        self.plain = QFont(font)
        self.struck = QFont(font)
        self.struck.setStrikeOut(True)
        self.bold = bold(font)
        self.tag = bold(font)
        self.tag.setPointSizeF(max(font.pointSizeF() * 0.85, 6))
        self.metrics = QFontMetrics(self.plain)
        self.bold_metrics = QFontMetrics(self.bold)
        self.tag_metrics = QFontMetrics(self.tag)
        self.line_height = self.metrics.height()


_FONTS: dict[str, _Fonts] = {}


def wrap_words(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """`text` in at most `max_lines` lines of at most `width` pixels, broken only between words; a word wider
    than the box and text beyond the last line are elided with "…" – never "Besu / ch Kita", "Dem / okrat"."""
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words) and len(lines) < max_lines:
        candidate = f"{current} {words[index]}" if current else words[index]
        if metrics.horizontalAdvance(candidate) <= width:
            current, index = candidate, index + 1
        elif current:
            lines.append(current)
            current = ""
        else:  # one word wider than the box: on its own line, elided
            elided = metrics.elidedText(words[index], Qt.TextElideMode.ElideRight, width)
            if len(elided.removesuffix("…")) < 3:  # too narrow for even that: this line ends the title
                lines.append(metrics.elidedText(" ".join(words[index:]), Qt.TextElideMode.ElideRight, width))
                index = len(words)
                break
            lines.append(elided)
            index += 1
    if current:
        lines.append(current)
    if index < len(words) and lines:  # more text than lines: the last one ends in "…"
        rest = " ".join([lines[-1].removesuffix("…"), *words[index:]])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def _fonts(font: QFont) -> _Fonts:
    key = font.key()
    if key not in _FONTS:
        _FONTS[key] = _Fonts(font)
    return _FONTS[key]


def paint_chip(painter: QPainter, rect: QRectF, entry: calendar.Entry, lines: list[str], palette: QPalette,
               *, selected: bool = False, ghost: bool = False, wrap_title: bool = True) -> None:
    """An appointment as a rounded box: kind stripe, kind tag, then its lines (first line bold).

    `lines` are the texts after the tag on the first line: e.g. ["09:30", "Beirat", "Rathaus"]; the
    first is drawn plain beside the tag, the second bold (wrapped when there is room), the rest muted.
    Cancelled appointments: muted colours and every text line struck through (the tag stays readable)."""
    fonts = _fonts(painter.font())
    base_font = painter.font()
    cancelled = entry.cancelled
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    soft = muted(palette)
    stripe = soft if cancelled else stripe_colour(entry.kind, palette)
    fill = mix(stripe, base, (0.40 if dark else 0.30) if selected else (0.26 if dark else 0.16))
    if ghost:
        fill.setAlpha(150)
    text_colour = soft if cancelled else palette.color(QPalette.ColorRole.Text)
    antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.6) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, 3, 3)
    painter.fillRect(QRectF(rect.left() + 0.5, rect.top() + 1.5, 3.5, max(rect.height() - 3, 1)), stripe)
    line_height = fonts.line_height
    left, width = rect.left() + 7, max(rect.width() - 10, 4)
    y = rect.top() + 1
    tag_text = tag(entry.kind)
    tag_width = fonts.tag_metrics.horizontalAdvance(tag_text) + 6
    tag_rect = QRectF(left, y + 1.5, min(tag_width, width), line_height - 3)
    painter.setPen(QPen(stripe, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(tag_rect, 2, 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)  # text and lines need none
    painter.setFont(fonts.tag)
    painter.setPen(text_colour)
    painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag_text)
    first, rest = (lines[0], lines[1:]) if lines else ("", [])
    painter.setFont(fonts.struck if cancelled else fonts.plain)
    after = QRectF(left + tag_width + 4, y, max(width - tag_width - 4, 1), line_height)
    if after.width() > 8:
        painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fonts.metrics.elidedText(first, Qt.TextElideMode.ElideRight, int(after.width())))
    y += line_height
    bottom = rect.bottom() - 1
    for number, line in enumerate(rest):
        if y + line_height > bottom + 2:
            break
        if not line:
            continue
        title = number == 0
        line_font = fonts.struck if cancelled else (fonts.bold if title else fonts.plain)
        metrics = fonts.bold_metrics if title and not cancelled else fonts.metrics
        painter.setFont(line_font)
        painter.setPen(text_colour if title else soft)
        room = int((bottom - y) // line_height)
        if title and wrap_title and room > 1 and metrics.horizontalAdvance(line) > width:
            for part in wrap_words(line, metrics, int(width), max(min(room, 3), room - 1)):  # a line for the place
                painter.drawText(QRectF(left, y, width, line_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, part)
                y += line_height
        else:
            painter.drawText(QRectF(left, y, width, line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)))
            y += line_height
    painter.setFont(base_font)
