"""The calendar page: day, work week and week over an hour grid, the month with week numbers, the agenda.

Toolbar: previous / today / next, the period, the view switcher, undo, print (Wochenplan/Monatsplan) and
"Neuer Termin". Shortcuts while the calendar is shown: Ctrl+Alt+1…5 switch the view (as in Outlook),
PageUp/PageDown go back/forward, T jumps to today, Ctrl+Z/Ctrl+Shift+Z undo/redo a move.
Moves and resizes from any view become `MoveCommand`s on one QUndoStack (one service call each).
`slot_requested(start, end, all_day)` asks for a new appointment pre-filled with a slot (drag on empty
time), `day_activated(QDate)` for one on a day, `appointment_activated(id)` to open one.

The colours, tags and helpers below are re-exported for the dashboard and the settings page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import APPOINTMENT_KINDS
from app.services import appointments, calendar, holidays
from app.services.errors import UserError
from app.ui import labels, role_gate
from app.ui.calendar import style
from app.ui.calendar.agenda_view import AgendaView
from app.ui.calendar.commands import MoveCommand
from app.ui.calendar.flow import FlowLayout
from app.ui.calendar.month_view import MonthView
from app.ui.calendar.print_dialog import PlanPrintDialog
from app.ui.calendar.style import (  # noqa: F401 - re-exported for the dashboard and the settings page
    ID_ROLE,
    KIND_COLOURS,
    MUTED,
    TEXT,
    TODAY,
    kind_colour,
    qdate,
    swatch,
    tint,
    tooltip,
    ui_locale,
)
from app.ui.calendar.time_grid import TimeGrid
from app.ui.retranslate import Retranslating


class CalendarView(Retranslating, QWidget):
    """Five views of the appointments with one toolbar and one undo stack."""

    WRITE_CONTROLS = ("new_button", "undo_action", "redo_action")  # app/ui/role_gate.py: a reader moves nothing

    day_activated = Signal(QDate)
    appointment_activated = Signal(int)
    slot_requested = Signal(object, object, bool)  # start, end: dt.datetime; all-day
    data_changed = Signal()

    DAY, WORK_WEEK, WEEK, MONTH, AGENDA = "day", "workweek", "week", "month", "agenda"
    MODES = (DAY, WORK_WEEK, WEEK, MONTH, AGENDA)
    GRID_MODES = (DAY, WORK_WEEK, WEEK)
    AGENDA_DAYS = 14

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._fixed_today = today
        self._now = now or ((lambda: dt.datetime.combine(today, dt.datetime.now().time())) if today
                            else dt.datetime.now)
        self.mode = self.MONTH
        self.current = self.today()
        self.selected_day = self.current
        self.undo_stack = QUndoStack(self)
        bar = self._build_navigation()
        actions = self._build_actions()
        self._build_views()
        self._connect_signals()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self._build_shortcuts()
        self.retranslate()

    def _build_navigation(self) -> QHBoxLayout:
        """Previous / today / next, the period shown, and the five view buttons."""
        self.previous_button = self._tool_button(arrow=Qt.ArrowType.LeftArrow)
        self.next_button = self._tool_button(arrow=Qt.ArrowType.RightArrow)
        self.today_button = QPushButton()
        self.period_label = QLabel()
        self.period_label.setObjectName("PeriodLabel")
        self.period_label.setStyleSheet("#PeriodLabel { font-size: 14pt; font-weight: 600; padding: 0 8px; }")
        self.mode_buttons: dict[str, QToolButton] = {}
        self.mode_group = QButtonGroup(self)
        for mode in self.MODES:
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.day_button, self.work_week_button = self.mode_buttons[self.DAY], self.mode_buttons[self.WORK_WEEK]
        self.week_button, self.month_button = self.mode_buttons[self.WEEK], self.mode_buttons[self.MONTH]
        self.agenda_button = self.mode_buttons[self.AGENDA]
        self.month_button.setChecked(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.period_label, 1)
        for button in self.mode_buttons.values():
            bar.addWidget(button)
        return bar

    def _build_actions(self) -> QHBoxLayout:
        """The legend of kinds, then undo, print and "Neuer Termin"."""
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.print_button = QPushButton()
        self.new_button = QPushButton()
        self._build_legend()
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.legend, 1)
        actions.addSpacing(12)
        for widget in (self.undo_button, self.print_button, self.new_button):
            actions.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        return actions

    def _build_legend(self) -> None:
        """A swatch, the printed tag and the name of each kind, and what a cancelled appointment looks like."""
        self.legend = QWidget()
        legend = FlowLayout(self.legend, spacing=10)
        self._legend_labels: dict[str, QLabel] = {}
        self._legend_tags: dict[str, QLabel] = {}
        for kind in APPOINTMENT_KINDS:
            item = QWidget()
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            icon = QLabel()
            icon.setPixmap(swatch(kind, 11).pixmap(11, 11))
            tag = QLabel()
            tag.setStyleSheet(f"border: 1px solid {kind_colour(kind).name()}; border-radius: 2px; padding: 0 2px;"
                              " font-size: 8pt; font-weight: 600;")
            text = QLabel()
            self._legend_tags[kind], self._legend_labels[kind] = tag, text
            for widget in (icon, tag, text):
                row.addWidget(widget)
            legend.addWidget(item)
        self.cancelled_label = QLabel()
        font = self.cancelled_label.font()
        font.setStrikeOut(True)
        self.cancelled_label.setFont(font)
        legend.addWidget(self.cancelled_label)

    def _build_views(self) -> None:
        """The hour grid (day, work week, week), the month, the agenda, and the notice above them."""
        self.grid = TimeGrid(now=self._now)
        self.month = MonthView()
        self.weekday_labels = self.month.weekday_labels
        self.agenda = AgendaView()
        self.agenda_title = QLabel()
        self.agenda_title.setStyleSheet("font-weight: 600; padding: 2px 0;")
        agenda_page = QWidget()
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda_title)
        agenda_layout.addWidget(self.agenda, 1)
        self.notice = QLabel()  # after a move: clashes and holidays, a warning that never blocks
        self.notice.setWordWrap(True)
        self.notice.setObjectName("CalendarNotice")
        self.notice.setStyleSheet("#CalendarNotice { background: #fff4ce; color: #4d3200; border: 1px solid #d4a72c;"
                                  " border-radius: 4px; padding: 4px 8px; }")
        self.notice.hide()
        self.stack = QStackedWidget()
        for page in (self.grid, self.month, agenda_page):
            self.stack.addWidget(page)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        for mode, button in self.mode_buttons.items():
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.print_button.clicked.connect(self.print_plan)
        self.new_button.clicked.connect(self.new_appointment)
        self.grid.open_requested.connect(self.appointment_activated)
        self.grid.move_requested.connect(self.move_appointment)
        self.grid.create_requested.connect(lambda start, end: self.slot_requested.emit(start, end, False))
        self.grid.all_day_requested.connect(self._all_day_slot)
        self.grid.day_selected.connect(self._day_selected)
        self.month.open_requested.connect(self.appointment_activated)
        self.month.move_requested.connect(self.move_appointment)
        self.month.day_activated.connect(lambda day: self.day_activated.emit(qdate(day)))
        self.month.week_requested.connect(self._show_week_of)
        self.month.navigate_requested.connect(self.set_date)
        self.month.selection_changed.connect(lambda _e: self._day_selected(self.month.selected_day))
        self.agenda.open_requested.connect(self.appointment_activated)

    def _tool_button(self, arrow: Qt.ArrowType) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        return button

    def _build_shortcuts(self) -> None:
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.mode_actions: list[QAction] = []
        for number, mode in enumerate(self.MODES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # active while the calendar is shown
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m, focus=True))
            self.addAction(action)
            self.mode_actions.append(action)
        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, self.go_previous),
                           (QKeySequence.StandardKey.MoveToNextPage, self.go_next),
                           (QKeySequence("T"), self.go_today)):
            action = QAction(self)
            action.setShortcuts(keys) if isinstance(keys, QKeySequence.StandardKey) else action.setShortcut(keys)
            action.setShortcutContext(local)
            action.triggered.connect(slot)
            self.addAction(action)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(local)
            self.addAction(action)

    # --- navigation -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def current_view(self) -> QWidget:
        return self.grid if self.mode in self.GRID_MODES else (self.month if self.mode == self.MONTH else self.agenda)

    def set_mode(self, mode: str, focus: bool = False) -> None:
        self.notice.hide()
        self.mode = mode if mode in self.MODES else self.MONTH
        self.mode_buttons[self.mode].setChecked(True)
        self.current = self.selected_day
        self.stack.setCurrentIndex(0 if self.mode in self.GRID_MODES else (1 if self.mode == self.MONTH else 2))
        self.refresh()
        if focus:
            self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_date(self, day: dt.date) -> None:
        self.notice.hide()
        self.current = self.selected_day = day
        self.refresh()

    def go_today(self) -> None:
        self.set_date(self.today())

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        self.notice.hide()
        if self.mode == self.MONTH:
            self.current = calendar.add_months(self.current, direction)
        else:
            days = {self.DAY: 1, self.AGENDA: self.AGENDA_DAYS}.get(self.mode, 7)
            self.current += dt.timedelta(days=days * direction)
        self.selected_day = self.current
        self.refresh()

    def _show_week_of(self, day: dt.date) -> None:
        self.selected_day = day
        self.set_mode(self.WEEK)

    def _day_selected(self, day: dt.date) -> None:
        self.selected_day = day

    def visible_days(self) -> list[dt.date]:
        if self.mode == self.DAY:
            return [self.current]
        if self.mode == self.WORK_WEEK:
            return calendar.work_week_of(self.current)
        if self.mode == self.WEEK:
            return calendar.week_of(self.current)
        if self.mode == self.MONTH:
            return calendar.month_grid(self.current.year, self.current.month)
        return [self.current + dt.timedelta(days=i) for i in range(self.AGENDA_DAYS)]

    # --- content ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        days = self.visible_days()
        today = self.today()
        free = holidays.holidays_between(days[0], days[-1])
        if self.mode in self.GRID_MODES:
            self.grid.set_days(days, calendar.by_day(days[0], days[-1]), free, today)
        elif self.mode == self.MONTH:
            self.month.set_month(self.current.year, self.current.month, calendar.by_day(days[0], days[-1]), free,
                                 today, self.selected_day)
        else:
            self.agenda.set_days(today, calendar.agenda(self.current, self.AGENDA_DAYS), free)
        self.period_label.setText(self.period_text(days))

    def period_text(self, days: list[dt.date]) -> str:
        locale = ui_locale()
        if self.mode == self.MONTH:
            return locale.toString(qdate(self.current), "MMMM yyyy")
        if self.mode == self.DAY:
            kw = self.tr("KW %1").replace("%1", str(calendar.iso_week(days[0])))
            return locale.toString(qdate(days[0]), self.tr("dddd, d. MMMM yyyy")) + " · " + kw
        span = (locale.toString(qdate(days[0]), self.tr("d. MMM")) + " – "
                + locale.toString(qdate(days[-1]), self.tr("d. MMM yyyy")))
        if self.mode == self.AGENDA:
            return span
        return self.tr("KW %1").replace("%1", str(calendar.iso_week(days[0]))) + " · " + span

    # --- edits ------------------------------------------------------------------------------------------

    def apply_capabilities(self, caps: Any) -> None:
        """A reader (issue 13, app/ui/role_gate.py): no drag-move, resize or drag-to-create in the views."""
        if not caps.may_write:
            self.grid.read_only = self.month.read_only = True

    @role_gate.requires(role_gate.WRITE, otherwise=False)
    def move_appointment(self, appointment_id: int, start: dt.datetime, end: dt.datetime | None) -> bool:
        """Move/resize through the service (one transaction) and put it on the undo stack."""
        entry = self.grid.entry(appointment_id) or self.month.entry(appointment_id)
        title = entry.title if entry is not None else ""
        try:
            before = calendar.move_appointment(appointment_id, start, end)
        except UserError as exc:
            self._failed(exc)
            self.refresh()
            return False
        self.undo_stack.push(MoveCommand(appointment_id, title, start, end, before, self._changed, self._failed))
        self._changed()
        self.warn(title, appointments.planning_warnings(start, end, exclude=appointment_id))
        return True

    def warn(self, title: str, warnings: list[str]) -> None:
        """Show what the move ran into (overlaps, a public holiday); the move itself stands."""
        if not warnings:
            self.notice.hide()
            return
        self.notice.setText(self.tr("„%1“ verschoben – bitte prüfen: %2").replace("%1", title)
                            .replace("%2", " · ".join(warnings)))
        self.notice.show()

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _failed(self, exc: UserError) -> None:
        errors = getattr(exc, "errors", None)
        text = "\n".join(errors.values()) if isinstance(errors, dict) and errors else str(exc)
        QMessageBox.warning(self, self.tr("Termin verschieben"), text)

    def _all_day_slot(self, day: dt.date) -> None:
        start = dt.datetime.combine(day, dt.time(0))
        self.slot_requested.emit(start, start.replace(hour=23, minute=59), True)

    def new_appointment(self) -> None:
        """"Neuer Termin" on the selected day (the editor proposes the time); a drag in the grid picks one."""
        self.day_activated.emit(qdate(self.selected_day))

    def print_plan(self) -> None:

        monthly = self.mode == self.MONTH
        dialog = PlanPrintDialog(self.current if monthly else self.visible_days()[0], monthly, self)
        dialog.exec()

    # --- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Zurück (Bild auf)"))
        self.next_button.setToolTip(self.tr("Weiter (Bild ab)"))
        self.today_button.setText(self.tr("Heute"))
        self.today_button.setToolTip(self.tr("Zum heutigen Tag (T)"))
        names = {self.DAY: self.tr("Tag"), self.WORK_WEEK: self.tr("Arbeitswoche"), self.WEEK: self.tr("Woche"),
                 self.MONTH: self.tr("Monat"), self.AGENDA: self.tr("Agenda")}
        for number, mode in enumerate(self.MODES, start=1):
            self.mode_buttons[mode].setText(names[mode])
            self.mode_buttons[mode].setToolTip(f"{names[mode]} (Ctrl+Alt+{number})")
            self.mode_actions[number - 1].setText(names[mode])
        self.undo_action.setText(self.tr("Rückgängig"))
        self.redo_action.setText(self.tr("Wiederholen"))
        self.undo_button.setToolTip(self.tr("Letzte Verschiebung zurücknehmen (Strg+Z)"))
        self.print_button.setText(self.tr("Drucken …"))
        self.print_button.setToolTip(self.tr("Wochenplan oder Monatsplan als PDF drucken oder speichern"))
        self.new_button.setText(self.tr("Neuer Termin"))
        self.new_button.setToolTip(self.tr("Neuer Termin am ausgewählten Tag (oder im Raster ziehen)"))
        for kind, label in self._legend_labels.items():
            label.setText(labels.label("appointment_kind", kind))
            self._legend_tags[kind].setText(style.tag(kind))
        self.cancelled_label.setText(self.tr("abgesagt"))
        self.agenda_title.setText(self.tr("Nächste 14 Tage"))
        self.grid.setAccessibleName(self.tr("Stundenraster"))
        self.month.setAccessibleName(self.tr("Monatsansicht"))
        self.agenda.setAccessibleName(self.tr("Agenda der nächsten 14 Tage"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()
