"""The header of the hour grid: week number, day names, public holidays and the all-day band.

All-day and multi-day appointments lie in rows of the band, spanning the days they cover. They can be
selected, opened (double-click) and dragged to another day like the appointments in the grid below.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from app.services import calendar
from app.ui.calendar import style


class DayHeader(QWidget):
    """Painted above the hour grid; its columns follow the grid's geometry."""

    def __init__(self, grid: Any) -> None:  # the TimeGrid that owns it (not imported: it imports this module)
        super().__init__(grid)
        self.grid = grid
        self.rows: list[tuple[int, int, int, calendar.Entry]] = []  # row, first index, last index, entry
        self.row_count = 0
        self._press: tuple[QPointF, calendar.Entry, int] | None = None
        self.drop_index: int | None = None

    def line_height(self) -> int:
        return QFontMetrics(self.font()).height()

    def has_holidays(self) -> bool:
        return any(day in self.grid.holidays for day in self.grid.days)

    def band_top(self) -> int:
        return 4 + self.line_height() * (2 if self.has_holidays() else 1) + 4

    def chip_height(self) -> int:
        return self.line_height() + 4

    def preferred_height(self) -> int:
        return self.band_top() + max(self.row_count, 1) * (self.chip_height() + 2) + 4

    def rebuild(self) -> None:
        days = self.grid.days
        ends: list[int] = []
        self.rows = []
        for entry in self.grid.banded:
            first = max(0, (entry.first_day - days[0]).days)
            last = min(len(days) - 1, (entry.last_day - days[0]).days)
            for row, end in enumerate(ends):
                if end < first:
                    ends[row] = last
                    break
            else:
                row = len(ends)
                ends.append(last)
            self.rows.append((row, first, last, entry))
        self.row_count = len(ends)
        self.update()

    def chip_rect(self, row: int, first: int, last: int) -> QRectF:
        top = self.band_top() + row * (self.chip_height() + 2)
        left = self.grid.day_x(first) + 2
        return QRectF(left, top, self.grid.day_x(last + 1) - left - 3, self.chip_height())

    def chip_at(self, pos: QPointF) -> calendar.Entry | None:
        for row, first, last, entry in self.rows:
            if self.chip_rect(row, first, last).contains(pos):
                return entry
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        line = style.mix(text, base, 0.12)
        height = self.line_height()
        locale = style.ui_locale()
        if self.grid.days:
            painter.setPen(style.muted(palette))
            kw = self.tr("KW %1").replace("%1", str(calendar.iso_week(self.grid.days[0])))
            painter.drawText(QRectF(2, 4, self.grid.GUTTER - 6, height), Qt.AlignmentFlag.AlignCenter, kw)
        for index, day in enumerate(self.grid.days):
            x, width = self.grid.day_x(index), self.grid.column_width()
            name = locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat)
            label = f"{name} {day:%d.%m.}"
            font = painter.font()
            font.setBold(day == self.grid.today)
            painter.setFont(font)
            if day == self.grid.today:
                badge = QRectF(x + 3, 3, width - 6, height + 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.mix(style.accent(palette), base, 0.18))
                painter.drawRoundedRect(badge, 4, 4)
            metrics = QFontMetrics(font)
            if day == self.grid.today and metrics.horizontalAdvance(self.tr("Heute") + " · " + label) < width - 6:
                label = self.tr("Heute") + " · " + label  # when it fits; the badge and bold type stay anyway
            painter.setPen(style.accent(palette) if day == self.grid.today else text)
            painter.drawText(QRectF(x, 4, width, height), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width) - 4))
            font.setBold(False)
            holiday = self.grid.holidays.get(day)
            if holiday:
                italic = painter.font()
                italic.setItalic(True)
                painter.setFont(italic)
                painter.setPen(style.holiday_colour(palette))
                painter.drawText(QRectF(x, 4 + height, width, height), Qt.AlignmentFlag.AlignCenter,
                                 QFontMetrics(italic).elidedText(holiday, Qt.TextElideMode.ElideRight,
                                                                 int(width) - 4))
                italic.setItalic(False)
            painter.setFont(font)
            painter.setPen(line)
            painter.drawLine(QPointF(x, self.band_top() - 2), QPointF(x, self.height()))
        if self.drop_index is not None:
            x = self.grid.day_x(self.drop_index)
            painter.fillRect(QRectF(x, self.band_top(), self.grid.column_width(), self.height() - self.band_top()),
                             style.mix(style.accent(palette), base, 0.2))
        for row, first, last, entry in self.rows:
            style.paint_chip(painter, self.chip_rect(row, first, last), entry, [entry.title], palette,
                             selected=entry.id == self.grid.selected_id, wrap_title=False)
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(0, self.height() - 1), QPointF(self.width(), self.height() - 1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.grid.setFocus(Qt.FocusReason.MouseFocusReason)
        entry = self.chip_at(event.position())
        self._press = None
        if entry is not None:
            self.grid.select(entry.id)
            self._press = (event.position(), entry, self.grid.day_at(event.position().x()))
        elif self.grid.days and event.position().x() >= self.grid.GUTTER:
            self.grid.select(None)
            self.grid.day_selected.emit(self.grid.days[self.grid.day_at(event.position().x())])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        if (event.position() - self._press[0]).manhattanLength() >= QApplication.startDragDistance():
            self.drop_index = self.grid.day_at(event.position().x())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, target = self._press, self.drop_index
        self._press, self.drop_index = None, None
        self.update()
        if press is None or target is None or target == press[2]:
            return
        entry = press[1]
        delta = dt.timedelta(days=target - press[2])
        self.grid.move_requested.emit(entry.id, entry.start + delta, entry.end + delta if entry.end else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        entry = self.chip_at(event.position())
        if entry is not None:
            self.grid.open_requested.emit(entry.id)
        elif self.grid.days and event.position().x() >= self.grid.GUTTER:
            self.grid.all_day_requested.emit(self.grid.days[self.grid.day_at(event.position().x())])
