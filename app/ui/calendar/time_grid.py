"""The hour grid of the day, work-week and week views (KOrganizer's agenda view, Outlook's week).

Layout: a header (`DayHeader`: day names, holidays, the all-day band) above a scrolling canvas of 24
hours. Timed appointments of a day sit side by side when they overlap (`calendar.layout_day`); a red
line marks now; the grid opens at 07:30.

Mouse: drag on empty time → `create_requested(start, end)`; drag an appointment → move (also to another
day); drag its bottom edge → resize; double-click → `open_requested(id)`. Keyboard: Tab/Shift+Tab and the
arrow keys select appointments, Enter opens, Alt+Up/Down moves by 15 minutes, Alt+Shift+Up/Down changes
the end, Alt+Left/Right moves by a day. Moves are only requested (`move_requested(id, start, end)`); the
calendar view turns them into undoable commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from app.services import calendar
from app.ui.calendar import style
from app.ui.calendar.day_header import DayHeader

SNAP = 15  # minutes
EDGE = 6  # pixels at an appointment's bottom that resize instead of move


def snap_down(minute: float) -> int:
    return max(0, min(24 * 60 - SNAP, int(minute // SNAP * SNAP)))


class TimeGrid(QAbstractScrollArea):
    """Days side by side over an hour grid; see the module text for mouse and keyboard."""

    open_requested = Signal(int)
    create_requested = Signal(object, object)  # start, end: dt.datetime
    move_requested = Signal(int, object, object)  # appointment id, new start, new end
    selection_changed = Signal(object)  # calendar.Entry | None
    day_selected = Signal(object)  # dt.date
    all_day_requested = Signal(object)  # dt.date: double-click on the all-day band

    HOUR = 44  # pixels per hour
    read_only = False  # a reader on the office server (issue 13): selects and opens, drags nothing
    GUTTER = 52  # the hour labels on the left
    OPEN_AT = 7 * 60 + 30  # minutes: where the grid opens

    def __init__(self, parent: QWidget | None = None, now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._now = now or dt.datetime.now
        self.days: list[dt.date] = []
        self.holidays: dict[dt.date, str] = {}
        self.today = dt.date.today()
        self.placed: list[list[calendar.Placed]] = []
        self.banded: list[calendar.Entry] = []  # all-day and multi-day: shown in the header
        self.order: list[calendar.Entry] = []  # keyboard order
        self.selected_id: int | None = None
        self._press: dict[str, object] | None = None
        self.preview: tuple[int, int, int, calendar.Entry | None] | None = None  # day index, from, to, entry
        self.header = DayHeader(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(self.HOUR // 4)
        self.viewport().setMouseTracking(True)
        self._opened = False
        self.paint_count = 0  # the benchmark checks that a switch really repainted
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.viewport().update)
        self.timer.start()

    # --- data -------------------------------------------------------------------------------------------

    def set_days(self, days: list[dt.date], grouped: dict[dt.date, list[calendar.Entry]],
                 holidays: dict[dt.date, str], today: dt.date) -> None:
        self.days, self.holidays, self.today = days, holidays, today
        self.placed = [calendar.layout_day(grouped.get(day, []), day) for day in days]
        seen: dict[int, calendar.Entry] = {}
        for day in days:
            for entry in grouped.get(day, []):
                if not calendar.is_timed(entry):
                    seen.setdefault(entry.id, entry)
        self.banded = sorted(seen.values(), key=lambda e: (e.first_day, -(e.last_day - e.first_day).days, e.id))
        timed = sorted(((i, p.top, p.column, p.entry) for i, day in enumerate(self.placed) for p in day),
                       key=lambda row: row[:3])
        self.order = [e for e in self.banded] + [entry for _i, _top, _column, entry in timed]
        if self.selected_id is not None and self.selected() is None:
            self.selected_id = None
        self.header.rebuild()
        self._fit_header()
        self.viewport().update()

    def entry(self, appointment_id: int) -> calendar.Entry | None:
        return next((e for e in self.order if e.id == appointment_id), None)

    def selected(self) -> calendar.Entry | None:
        return None if self.selected_id is None else self.entry(self.selected_id)

    def select(self, appointment_id: int | None) -> None:
        if appointment_id == self.selected_id:
            return
        self.selected_id = appointment_id
        entry = self.selected()
        self.setAccessibleDescription(style.spoken(entry) if entry is not None else "")
        if entry is not None and calendar.is_timed(entry):
            self.ensure_visible(entry)
        self.viewport().update()
        self.header.update()
        self.selection_changed.emit(entry)

    # --- geometry ---------------------------------------------------------------------------------------

    def column_width(self) -> float:
        return max((self.viewport().width() - self.GUTTER) / max(len(self.days), 1), 10.0)

    def day_x(self, index: int) -> float:
        return self.GUTTER + index * self.column_width()

    def day_at(self, x: float) -> int:
        return max(0, min(len(self.days) - 1, int((x - self.GUTTER) // self.column_width())))

    def offset(self) -> int:
        return self.verticalScrollBar().value()

    def minute_at(self, y: float) -> float:
        return (y + self.offset()) * 60 / self.HOUR

    def y_of(self, minute: float) -> float:
        return minute * self.HOUR / 60 - self.offset()

    def item_rect(self, day_index: int, placed: calendar.Placed) -> QRectF:
        width = self.column_width() - 6  # a strip on the right stays free for creating by drag
        part = width / placed.columns
        top = self.y_of(placed.top)
        height = max(self.y_of(placed.bottom) - top, self.HOUR / 4)
        return QRectF(self.day_x(day_index) + 1 + placed.column * part, top + 1, part - 1, height - 2)

    def rects(self) -> list[tuple[QRectF, calendar.Placed, int]]:
        return [(self.item_rect(i, p), p, i) for i, day in enumerate(self.placed) for p in day]

    def item_at(self, pos: QPointF) -> tuple[calendar.Placed, QRectF] | None:
        for rect, placed, _index in reversed(self.rects()):
            if rect.contains(pos):
                return placed, rect
        return None

    def scroll_to_minute(self, minute: int) -> None:
        self.verticalScrollBar().setValue(int(minute * self.HOUR / 60))

    def ensure_visible(self, entry: calendar.Entry) -> None:
        top, bottom = calendar.minutes_on(entry, entry.first_day)
        first, last = self.offset(), self.offset() + self.viewport().height()
        if top * self.HOUR / 60 < first or bottom * self.HOUR / 60 > last:
            self.scroll_to_minute(max(0, top - 30))

    def _fit_header(self) -> None:
        height = self.header.preferred_height()
        self.setViewportMargins(0, height, 0, 0)
        frame = self.frameWidth()
        self.header.setGeometry(frame, frame, self.viewport().width() + 0, height)

    def _update_scrollbar(self) -> None:
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, 24 * self.HOUR - self.viewport().height()))
        bar.setPageStep(self.viewport().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scrollbar()
        self._fit_header()
        if not self._opened and self.viewport().height() > 0:
            self._opened = True
            self.scroll_to_minute(self.OPEN_AT)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    # --- painting ---------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.paint_count += 1
        painter = QPainter(self.viewport())
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, base)
        line = style.mix(text, base, 0.12)
        half = style.mix(text, base, 0.05)
        off_hours = style.mix(text, base, 0.035)
        for i, day in enumerate(self.days):
            x, column = self.day_x(i), self.column_width()
            if day in self.holidays or day.weekday() >= 5:
                painter.fillRect(QRectF(x, 0, column, height), off_hours)
            else:  # before 8 and after 18 a little darker: the working day stands out
                painter.fillRect(QRectF(x, self.y_of(0), column, self.y_of(8 * 60) - self.y_of(0)), off_hours)
                painter.fillRect(QRectF(x, self.y_of(18 * 60), column, self.y_of(24 * 60) - self.y_of(18 * 60)),
                                 off_hours)
            if day == self.today:
                painter.fillRect(QRectF(x, 0, column, height), style.mix(style.accent(palette), base, 0.06))
        metrics = QFontMetrics(painter.font())
        painter.setPen(style.muted(palette))
        for hour in range(25):
            y = self.y_of(hour * 60)
            if -self.HOUR < y < height + self.HOUR:
                painter.setPen(line)
                painter.drawLine(QPointF(self.GUTTER - 6, y), QPointF(width, y))
                painter.setPen(half)
                painter.drawLine(QPointF(self.GUTTER, y + self.HOUR / 2), QPointF(width, y + self.HOUR / 2))
                if 0 < hour < 24:
                    painter.setPen(style.muted(palette))
                    painter.drawText(QRectF(0, y - metrics.height() / 2, self.GUTTER - 9, metrics.height()),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        painter.setPen(line)
        for i in range(len(self.days) + 1):
            painter.drawLine(QPointF(self.day_x(i), 0), QPointF(self.day_x(i), height))
        moving = self.preview[3].id if self.preview is not None and self.preview[3] is not None else None
        for rect, placed, _index in self.rects():
            if rect.bottom() < 0 or rect.top() > height:
                continue
            style.paint_chip(painter, rect, placed.entry, self.lines(placed.entry), palette,
                             selected=placed.entry.id == self.selected_id, ghost=placed.entry.id == moving)
        self._paint_preview(painter, palette)
        self._paint_now(painter)
        painter.end()

    def lines(self, entry: calendar.Entry) -> list[str]:
        return [entry.time_text(), entry.title, entry.location or entry.network]

    def _paint_preview(self, painter: QPainter, palette: QPalette) -> None:
        if self.preview is None:
            return
        index, top, bottom, entry = self.preview
        rect = QRectF(self.day_x(index) + 1, self.y_of(top) + 1, self.column_width() - 7,
                      max(self.y_of(bottom) - self.y_of(top) - 2, 4))
        if entry is not None:
            day = self.days[index]
            start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=top)
            end = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=bottom)
            shown = calendar.Entry(entry.id, entry.title, entry.kind, entry.status, start, end, False,
                                   entry.location, entry.network)
            style.paint_chip(painter, rect, shown, self.lines(shown), palette, selected=True)
            return
        colour = style.accent(palette)
        fill = style.mix(colour, palette.color(QPalette.ColorRole.Base), 0.25)
        painter.save()
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(6, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"{top // 60:02d}:{top % 60:02d}–{bottom // 60:02d}:{bottom % 60:02d}")
        painter.restore()

    def _paint_now(self, painter: QPainter) -> None:
        now = self._now()
        if now.date() not in self.days:
            return
        index = self.days.index(now.date())
        y = self.y_of(now.hour * 60 + now.minute + now.second / 60)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.NOW_LINE, 2))
        painter.drawLine(QPointF(self.day_x(index), y), QPointF(self.day_x(index + 1), y))
        painter.setBrush(style.NOW_LINE)
        painter.drawEllipse(QPointF(self.day_x(index), y), 4, 4)
        painter.restore()

    def now_line_y(self) -> float | None:
        """Where the now line is drawn (viewport coordinates), None when today is not shown."""
        now = self._now()
        return self.y_of(now.hour * 60 + now.minute) if now.date() in self.days else None

    # --- mouse ------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        index = self.day_at(pos.x())
        hit = self.item_at(pos) if pos.x() >= self.GUTTER else None
        if hit is not None:
            placed, rect = hit
            self.select(placed.entry.id)
            mode = "resize" if rect.bottom() - pos.y() <= EDGE and not placed.entry.cancelled else "move"
            self._press = {"pos": pos.toPoint(), "mode": mode, "entry": placed.entry, "day": index,
                           "minute": self.minute_at(pos.y()), "dragging": False}
        elif pos.x() >= self.GUTTER:
            self.select(None)
            self.day_selected.emit(self.days[index])
            self._press = {"pos": pos.toPoint(), "mode": "create", "entry": None, "day": index,
                           "minute": snap_down(self.minute_at(pos.y())), "dragging": False}
        if self.read_only:
            self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press is None:
            hit = self.item_at(pos)
            near_edge = hit is not None and hit[1].bottom() - pos.y() <= EDGE
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        start = self._press["pos"]
        assert isinstance(start, QPoint)
        if not self._press["dragging"]:
            if (pos.toPoint() - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._press["dragging"] = True
        self.preview = self._target(pos)
        self.viewport().update()

    def _target(self, pos: QPointF) -> tuple[int, int, int, calendar.Entry | None]:
        assert self._press is not None
        mode, entry, day = self._press["mode"], self._press["entry"], int(self._press["day"])  # type: ignore[call-overload]
        minute = self.minute_at(pos.y())
        if mode == "create":
            anchor = int(self._press["minute"])  # type: ignore[call-overload]
            current = snap_down(minute)
            return day, min(anchor, current), max(anchor, current) + SNAP, None
        assert isinstance(entry, calendar.Entry)
        top, bottom = calendar.minutes_on(entry, entry.first_day)
        if mode == "resize":
            return day, top, max(top + SNAP, min(24 * 60, round(minute / SNAP) * SNAP)), entry
        delta = round((minute - float(self._press["minute"])) / SNAP) * SNAP  # type: ignore[arg-type]
        delta = max(-top, min(24 * 60 - bottom, delta))
        return self.day_at(pos.x()), top + delta, bottom + delta, entry

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, target = self._press, self.preview
        self._press, self.preview = None, None
        self.viewport().update()
        if press is None or not press["dragging"] or target is None:
            return
        index, top, bottom, entry = target
        midnight = dt.datetime.combine(self.days[index], dt.time())
        start, end = midnight + dt.timedelta(minutes=top), midnight + dt.timedelta(minutes=bottom)
        if entry is None:
            self.create_requested.emit(start, end)
        elif (start, end) != (entry.start, entry.end):
            self.move_requested.emit(entry.id, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        pos = event.position()
        hit = self.item_at(pos) if pos.x() >= self.GUTTER else None
        if hit is not None:
            self.open_requested.emit(hit[0].entry.id)
        elif pos.x() >= self.GUTTER and self.days:
            minute = snap_down(self.minute_at(pos.y()) // 30 * 30)
            start = dt.datetime.combine(self.days[self.day_at(pos.x())], dt.time()) + dt.timedelta(minutes=minute)
            self.create_requested.emit(start, start + dt.timedelta(hours=1))

    # --- keyboard ---------------------------------------------------------------------------------------

    def step_selection(self, step: int) -> bool:
        """Select the next/previous appointment; False when the end of the list is reached."""
        if not self.order:
            return False
        ids = [e.id for e in self.order]
        if self.selected_id not in ids:
            index = 0 if step > 0 else len(ids) - 1
        else:
            index = ids.index(self.selected_id) + step
        if not 0 <= index < len(ids):
            return False
        self.select(ids[index])
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        if self.hasFocus() and self.step_selection(1 if next else -1):
            return True
        self.select(None)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        entry = self.selected()
        if alt and entry is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.nudge(entry, key, shift)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and not alt:
            self.step_selection(1)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and not alt:
            self.step_selection(-1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and entry is not None:
            self.open_requested.emit(entry.id)
            return
        if key == Qt.Key.Key_Escape and self._press is not None:  # Esc during a drag: nothing happens
            self._press, self.preview = None, None
            self.viewport().update()
            return
        if key == Qt.Key.Key_Escape and entry is not None:
            self.select(None)
            return
        super().keyPressEvent(event)

    def nudge(self, entry: calendar.Entry, key: int, resize: bool) -> None:
        """Alt+arrows: move by 15 minutes or a day; with Shift, Up/Down change the end only."""
        end = entry.end if entry.end is not None and entry.end > entry.start else None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = dt.timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
            self.move_requested.emit(entry.id, entry.start + delta, end + delta if end else None)
            return
        delta = dt.timedelta(minutes=-SNAP if key == Qt.Key.Key_Up else SNAP)
        if entry.all_day:
            return
        if resize:
            current = end or entry.start + dt.timedelta(minutes=calendar.DEFAULT_MINUTES)
            new_end = max(current + delta, entry.start + dt.timedelta(minutes=SNAP))
            if new_end != current:
                self.move_requested.emit(entry.id, entry.start, new_end)
            return
        self.move_requested.emit(entry.id, entry.start + delta, end + delta if end else None)
