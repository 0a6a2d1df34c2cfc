"""The month: six weeks, ISO week numbers (KW) in a left column, holidays named in their cells.

Mouse: click a day or an appointment to select it, double-click free space → `day_activated(date)`,
double-click an appointment → `open_requested(id)`, drag an appointment to another day → `move_requested`,
click a week number or "+ n weitere" → `week_requested(date)`. Keyboard: arrows move the selected day,
Tab/Shift+Tab step through the appointments, Enter opens (or creates on the selected day),
Alt+Left/Right moves the selected appointment by a day, Alt+Up/Down by 15 minutes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.services import calendar
from app.ui.calendar import style


class MonthView(QWidget):
    open_requested = Signal(int)
    day_activated = Signal(object)  # dt.date
    move_requested = Signal(int, object, object)  # id, start, end
    week_requested = Signal(object)  # dt.date
    navigate_requested = Signal(object)  # dt.date: the keyboard left the visible month
    selection_changed = Signal(object)  # calendar.Entry | None

    KW_WIDTH = 40
    read_only = False  # a reader on the office server (issue 13): selects and opens, drags nothing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.weeks: list[tuple[int, list[dt.date]]] = []
        self.grouped: dict[dt.date, list[calendar.Entry]] = {}
        self.holidays: dict[dt.date, str] = {}
        self.today = dt.date.today()
        self.selected_day = self.today
        self.selected_id: int | None = None
        self.hits: list[tuple[QRectF, dt.date, calendar.Entry | None]] = []  # None: "+ n weitere"
        self._press: tuple[QPointF, calendar.Entry, dt.date] | None = None
        self.drop_day: dt.date | None = None
        self.paint_count = 0  # the benchmark checks that a switch really repainted
        self._line_height = QFontMetrics(self.font()).height()
        self.weekday_labels = [QLabel(self) for _ in range(7)]
        for label in self.weekday_labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("font-weight: 600;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 240)

    def set_month(self, year: int, month: int, grouped: dict[dt.date, list[calendar.Entry]],
                  holidays: dict[dt.date, str], today: dt.date, selected_day: dt.date) -> None:
        self.year, self.month = year, month
        self.weeks = calendar.month_weeks(year, month)
        self.grouped, self.holidays, self.today, self.selected_day = grouped, holidays, today, selected_day
        locale = style.ui_locale()
        for column, label in enumerate(self.weekday_labels):
            name = locale.dayName(column + 1, locale.FormatType.ShortFormat)
            if label.text() != name:  # an unchanged label must not ask for a new layout
                label.setText(name)
        if self.selected_id is not None and self.entry(self.selected_id) is None:
            self.selected_id = None
        self._layout()
        self.update()

    def days(self) -> list[dt.date]:
        return [day for _kw, week in self.weeks for day in week]

    def entries_in_order(self) -> list[tuple[dt.date, calendar.Entry]]:
        return [(day, entry) for day in self.days() for entry in self.grouped.get(day, [])]

    def entry(self, appointment_id: int) -> calendar.Entry | None:
        return next((e for _d, e in self.entries_in_order() if e.id == appointment_id), None)

    def week_numbers(self) -> list[int]:
        return [kw for kw, _week in self.weeks]

    def titles_on(self, day: dt.date) -> list[str]:
        return [entry.title for entry in self.grouped.get(day, [])]

    # --- geometry ---------------------------------------------------------------------------------------

    def line_height(self) -> int:
        return self._line_height

    def header_height(self) -> int:
        return self._line_height + 8

    def cell_rect(self, row: int, column: int) -> QRectF:
        width = (self.width() - self.KW_WIDTH) / 7
        top = self._line_height + 8
        height = (self.height() - top) / 6
        return QRectF(self.KW_WIDTH + column * width, top + row * height, width, height)

    def day_rect(self, day: dt.date) -> QRectF | None:
        days = self.days()
        if day not in days:
            return None
        index = days.index(day)
        return self.cell_rect(index // 7, index % 7)

    def day_at(self, pos: QPointF) -> dt.date | None:
        if pos.x() < self.KW_WIDTH or pos.y() < self.header_height() or not self.weeks:
            return None
        width = (self.width() - self.KW_WIDTH) / 7
        height = (self.height() - self.header_height()) / 6
        row = min(5, int((pos.y() - self.header_height()) // height))
        column = min(6, int((pos.x() - self.KW_WIDTH) // width))
        return self.weeks[row][1][column]

    def _layout(self) -> None:
        """Where each chip (and each "+ n weitere") goes; painting and hit tests share it."""
        self.hits = []
        self._line_height = QFontMetrics(self.font()).height()
        for column, label in enumerate(self.weekday_labels):
            cell = self.cell_rect(0, column)
            label.setGeometry(int(cell.left()), 0, int(cell.width()), self.header_height())
        chip = self.line_height() + 3
        for row, (_kw, week) in enumerate(self.weeks):
            for column, day in enumerate(week):
                cell = self.cell_rect(row, column)
                top = cell.top() + self.line_height() + 6
                room = max(0, int((cell.bottom() - 2 - top) // (chip + 1)))
                entries = self.grouped.get(day, [])
                shown = entries if len(entries) <= room else entries[:max(room - 1, 0)]
                for n, entry in enumerate(shown):
                    self.hits.append((QRectF(cell.left() + 3, top + n * (chip + 1), cell.width() - 6, chip), day,
                                      entry))
                if len(shown) < len(entries) and room > 0:
                    self.hits.append((QRectF(cell.left() + 3, top + len(shown) * (chip + 1), cell.width() - 6,
                                             chip), day, None))

    def hidden_count(self, day: dt.date) -> int:
        shown = sum(1 for _r, d, e in self.hits if d == day and e is not None)
        return len(self.grouped.get(day, [])) - shown

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._layout()

    # --- painting ---------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.paint_count += 1
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = style.muted(palette)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        height = self.line_height()
        painter.setPen(muted)
        painter.drawText(QRectF(0, 0, self.KW_WIDTH, self.header_height()), Qt.AlignmentFlag.AlignCenter,
                         self.tr("KW"))
        line = style.mix(text, base, 0.15)
        for row, (kw, week) in enumerate(self.weeks):
            first = self.cell_rect(row, 0)
            painter.setPen(muted)
            painter.drawText(QRectF(0, first.top() + 3, self.KW_WIDTH - 4, height), Qt.AlignmentFlag.AlignHCenter,
                             str(kw))
            for column, day in enumerate(week):
                self._paint_cell(painter, self.cell_rect(row, column), day, palette, line)
        for rect, day, entry in self.hits:
            if entry is None:
                font = painter.font()
                font.setItalic(True)
                painter.setFont(font)
                painter.setPen(style.accent(palette))
                painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("+ %1 weitere").replace("%1", str(self.hidden_count(day))))
                font.setItalic(False)
                painter.setFont(font)
                continue
            time = entry.time_text(day).split("–")[0]
            style.paint_chip(painter, rect, entry, [f"{time} {entry.title}".strip()], palette,
                             selected=entry.id == self.selected_id, wrap_title=False)
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRectF, day: dt.date, palette: QPalette, line: QColor) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        in_month = day.month == self.month
        fill = base if in_month else style.mix(text, base, 0.05)
        if day in self.holidays or day.weekday() >= 5:
            fill = style.mix(style.holiday_colour(palette) if day in self.holidays else text, fill, 0.06)
        if day == self.drop_day:
            fill = style.mix(style.accent(palette), base, 0.22)
        painter.fillRect(rect, fill)
        selected = day == self.selected_day
        painter.setPen(QPen(style.accent(palette), 2) if selected else QPen(line, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5) if not selected else rect.adjusted(1, 1, -1, -1))
        height = self.line_height()
        number = str(day.day) if day.day != 1 else style.ui_locale().toString(style.qdate(day), "d. MMM")
        font = painter.font()
        font.setBold(day == self.today)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        number_rect = QRectF(rect.left() + 4, rect.top() + 3, metrics.horizontalAdvance(number) + 10, height + 1)
        if day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.accent(palette))
            painter.drawRoundedRect(number_rect, 8, 8)
            painter.setPen(base)
        else:
            painter.setPen(text if in_month else style.muted(palette))
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
        font.setBold(False)
        holiday = self.holidays.get(day)
        if holiday:
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(style.holiday_colour(palette))
            room = QRectF(number_rect.right() + 4, rect.top() + 3, rect.right() - number_rect.right() - 8, height)
            painter.drawText(room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(font).elidedText(holiday, Qt.TextElideMode.ElideRight, int(room.width())))
            font.setItalic(False)
        painter.setFont(font)

    # --- selection --------------------------------------------------------------------------------------

    def select(self, day: dt.date, appointment_id: int | None = None) -> None:
        self.selected_day, self.selected_id = day, appointment_id
        entry = self.entry(appointment_id) if appointment_id is not None else None
        self.setAccessibleDescription(style.spoken(entry) if entry is not None else
                                      style.ui_locale().toString(style.qdate(day), "dddd, d. MMMM yyyy"))
        self.update()
        self.selection_changed.emit(entry)

    def hit_at(self, pos: QPointF) -> tuple[dt.date, calendar.Entry | None] | None:
        for rect, day, entry in self.hits:
            if rect.contains(pos):
                return day, entry
        return None

    # --- mouse ------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        self._press = None
        if pos.x() < self.KW_WIDTH and pos.y() >= self.header_height() and self.weeks:
            row = min(5, int((pos.y() - self.header_height()) // ((self.height() - self.header_height()) / 6)))
            self.week_requested.emit(self.weeks[row][1][0])
            return
        hit = self.hit_at(pos)
        if hit is not None and hit[1] is None:
            self.select(hit[0])
            self.week_requested.emit(hit[0])
            return
        if hit is not None and hit[1] is not None:
            self.select(hit[0], hit[1].id)
            self._press = None if self.read_only else (pos, hit[1], hit[0])
            return
        day = self.day_at(pos)
        if day is not None:
            self.select(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        if (event.position() - self._press[0]).manhattanLength() >= QApplication.startDragDistance():
            self.drop_day = self.day_at(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, target = self._press, self.drop_day
        self._press, self.drop_day = None, None
        self.update()
        if press is None or target is None or target == press[2]:
            return
        entry = press[1]
        delta = dt.timedelta(days=(target - press[2]).days)
        self.move_requested.emit(entry.id, entry.start + delta, entry.end + delta if entry.end else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        hit = self.hit_at(event.position())
        if hit is not None and hit[1] is not None:
            self.open_requested.emit(hit[1].id)
            return
        day = self.day_at(event.position())
        if day is not None and hit is None:
            self.day_activated.emit(day)

    # --- keyboard ---------------------------------------------------------------------------------------

    def step_selection(self, step: int) -> bool:
        order = self.entries_in_order()
        keys = [(day, entry.id) for day, entry in order]
        current = (self.selected_day, self.selected_id)
        if current in keys:
            index = keys.index(current) + step
        else:
            later = [n for n, (day, _id) in enumerate(keys) if day >= self.selected_day]
            index = (later[0] if later else len(keys)) if step > 0 else \
                (later[0] - 1 if later else len(keys) - 1)
        if not 0 <= index < len(keys):
            return False
        self.select(*keys[index])
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        if self.hasFocus() and self.step_selection(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        entry = self.entry(self.selected_id) if self.selected_id is not None else None
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if alt and entry is not None and key in steps:
            end = entry.end if entry.end is not None and entry.end > entry.start else None
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                delta = dt.timedelta(days=steps[Qt.Key(key)])
            else:
                delta = dt.timedelta(minutes=-15 if key == Qt.Key.Key_Up else 15)
            self.move_requested.emit(entry.id, entry.start + delta, end + delta if end else None)
            return
        if key in steps and not alt:
            day = self.selected_day + dt.timedelta(days=steps[Qt.Key(key)])
            if day.month != self.month:
                self.selected_day = day
                self.navigate_requested.emit(day)
            else:
                self.select(day)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if entry is not None:
                self.open_requested.emit(entry.id)
            else:
                self.day_activated.emit(self.selected_day)
            return
        super().keyPressEvent(event)
