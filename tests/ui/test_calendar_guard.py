"""The hour grid survives long painting on PySide6 builds that drop a None reference per void call."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import QApplication

from app.services import appointments
from app.ui import refcount_guard
from app.ui.calendar_view import CalendarView


def test_none_survives_many_repaints(qtbot, db) -> None:  # noqa: ANN001
    for hour in range(8, 18):
        appointments.create_appointment({"title": f"Termin {hour}", "start": f"2026-11-24 {hour:02d}:00",
                                         "end": f"2026-11-24 {hour:02d}:45"})
    view = CalendarView(today=dt.date(2026, 11, 23))
    qtbot.addWidget(view)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_mode(CalendarView.WEEK)
    if refcount_guard.leaks_none() and sys.version_info < (3, 12):
        assert refcount_guard.protect() and sys.getrefcount(None) > 2**39
    for _ in range(300):  # thousands of void Qt calls; without the guard None's count reaches zero here
        view.grid.viewport().update()
        QApplication.processEvents()
    assert view.grid.paint_count >= 300
