"""Undoable calendar edits: a move or resize is one service call (one transaction) each way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import calendar
from app.services.errors import UserError


class MoveCommand(QUndoCommand):
    """Moves (or resizes) an appointment; undo puts it back, series-exception flag included.

    The move itself has already happened when the command is pushed (so a refused move never enters the
    stack); the first `redo()` that QUndoStack.push() calls therefore does nothing."""

    def __init__(self, appointment_id: int, title: str, start: dt.datetime, end: dt.datetime | None,
                 before: calendar.Placement, changed: Callable[[], None],
                 failed: Callable[[UserError], None]) -> None:
        resize = before.start == start
        text = (QCoreApplication.translate("CalendarView", "Dauer von „%1“ ändern") if resize else
                QCoreApplication.translate("CalendarView", "„%1“ verschieben"))
        super().__init__(text.replace("%1", title))
        self.appointment_id = appointment_id
        self.start, self.end, self.before = start, end, before
        self.changed, self.failed = changed, failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(lambda: calendar.move_appointment(self.appointment_id, self.start, self.end))

    def undo(self) -> None:
        self._run(lambda: calendar.restore_placement(self.appointment_id, self.before))

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except UserError as exc:  # e.g. the appointment was deleted meanwhile
            self.setObsolete(True)
            self.failed(exc)
        self.changed()
