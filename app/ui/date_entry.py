"""Date and time fields that follow the keyboard: "241225", "24.12.", "+7", "morgen", "Mo", "930", "9:30".

The text is read when the field is left or Enter is pressed (app/services/date_input.py does the
parsing); the field then shows the full date ("Di, 24.12.2025") or time ("09:30"). Up/Down change the
day (time: by 15 minutes), PageUp/PageDown the month; Alt+Down (or the button) opens a calendar. A text
that means no date is named at once (red frame and tooltip) and the last good value is kept.
`date()`/`setDate()` and `time()`/`setTime()` accept and return QDate/QTime as QDateEdit/QTimeEdit do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from app.services.date_input import parse_date, parse_time

INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; border-radius: 3px; }"
WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def _py_date(value: QDate | dt.date) -> dt.date:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    return value


def _py_time(value: QTime | dt.time) -> dt.time:
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute())
    return value


class _TypedEdit(QLineEdit):
    """Common part: commit on Enter/leaving, invalid marking, step keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._valid = True
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(lambda _text: self._mark(True))

    def commit(self) -> bool:
        raise NotImplementedError

    def step(self, amount: int, big: bool = False) -> None:
        raise NotImplementedError

    def is_valid(self) -> bool:
        return self._valid

    def _mark(self, valid: bool, message: str = "") -> None:
        self._valid = valid
        self.setStyleSheet("" if valid else INVALID_STYLE)
        self.setToolTip(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.commit()
            self.step(1 if key == Qt.Key.Key_Up else -1)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.commit()
            self.step(1 if key == Qt.Key.Key_PageUp else -1, big=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            event.ignore()  # Enter still reaches the dialog's default button after the value is read
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()


class DateEdit(_TypedEdit):
    """A date typed the way people say it; emits dateChanged(datetime.date) when the value changes."""

    dateChanged = Signal(object)  # noqa: N815 - Qt naming, like QDateEdit

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self._value = self._today()
        self.setPlaceholderText(self.tr("TT.MM.JJJJ, +7, morgen, Mo …"))
        self.setMinimumWidth(150)
        self.setMaximumWidth(190)
        self.setToolTip(self.tr("z. B. 241225, 24.12., +7, morgen, Mo; ↑/↓ ein Tag, Bild ↑/↓ ein Monat, "
                                "Alt+↓ Kalender"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Kalender öffnen (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self._show()

    # --- value -----------------------------------------------------------------------------------------
    def value(self) -> dt.date:
        return self._value

    def date(self) -> QDate:
        return QDate(self._value.year, self._value.month, self._value.day)

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        self._set(_py_date(value))

    def _set(self, value: dt.date) -> None:
        changed = value != self._value
        self._value = value
        self._mark(True)
        self._show()
        if changed:
            self.dateChanged.emit(value)

    def _show(self) -> None:
        weekday = QLocale().dayName(self._value.isoweekday(), QLocale.FormatType.ShortFormat)
        self.setText(f"{weekday}, {self._value:%d.%m.%Y}")

    def commit(self) -> bool:
        text = self.text()
        try:
            value = parse_date(text, self._today())
        except ValueError:
            self._mark(False, self.tr("„%1“ ist kein Datum – z. B. 24.12.2025, 241225, +7, morgen oder Mo")
                       .replace("%1", text))
            return False
        if value is None:
            self._mark(False, self.tr("Bitte ein Datum eingeben."))
            return False
        self._set(value)
        return True

    def step(self, amount: int, big: bool = False) -> None:
        if not self._valid:
            return
        if big:
            month = self.date().addMonths(amount)
            self._set(_py_date(month))
        else:
            self._set(self._value + dt.timedelta(days=amount))

    # --- calendar --------------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setSelectedDate(self.date())
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self._set(_py_date(day))
            menu.close()
        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange and self._valid:
            self._show()


class TimeEdit(_TypedEdit):
    """A time typed as "930", "9:30" or "9"; emits timeChanged(datetime.time) when the value changes."""

    timeChanged = Signal(object)  # noqa: N815 - Qt naming, like QTimeEdit
    STEP_MINUTES = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = dt.time(10, 0)
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaximumWidth(80)
        self.setAccessibleName(self.tr("Uhrzeit"))
        self.setToolTip(self.tr("z. B. 930, 9:30 oder 9; ↑/↓ eine Viertelstunde"))
        self._show()

    def value(self) -> dt.time:
        return self._value

    def time(self) -> QTime:
        return QTime(self._value.hour, self._value.minute)

    def setTime(self, value: QTime | dt.time) -> None:  # noqa: N802
        self._set(_py_time(value))

    def _set(self, value: dt.time) -> None:
        value = value.replace(second=0, microsecond=0)
        changed = value != self._value
        self._value = value
        self._mark(True)
        self._show()
        if changed:
            self.timeChanged.emit(value)

    def _show(self) -> None:
        self.setText(f"{self._value:%H:%M}")

    def commit(self) -> bool:
        text = self.text()
        try:
            value = parse_time(text)
        except ValueError:
            self._mark(False, self.tr("„%1“ ist keine Uhrzeit – z. B. 930, 9:30 oder 14").replace("%1", text))
            return False
        if value is None:
            self._mark(False, self.tr("Bitte eine Uhrzeit eingeben."))
            return False
        self._set(value)
        return True

    def step(self, amount: int, big: bool = False) -> None:
        if not self._valid:
            return
        minutes = (self._value.hour * 60 + self._value.minute + amount * (60 if big else self.STEP_MINUTES)) % 1440
        self._set(dt.time(minutes // 60, minutes % 60))
