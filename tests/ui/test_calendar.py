"""The calendar widget shows appointments on their days, navigates, and reports clicks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt

from app.services import appointments
from app.ui.calendar_view import CANCELLED_ROLE, ID_ROLE, KIND_ROLE, CalendarView

TODAY = dt.date(2026, 11, 23)


def _view(qtbot) -> CalendarView:  # noqa: ANN001
    view = CalendarView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_month_view_shows_an_appointment_on_its_day_only(qtbot, db) -> None:  # noqa: ANN001
    meeting = appointments.create_appointment({"title": "Runder Tisch Integration", "start": "2026-11-26 10:00",
                                               "end": "2026-11-26 12:00", "kind": "committee_session"}).id
    appointments.create_appointment({"title": "Sprechstunde", "start": "2026-11-26 14:00", "status": "cancelled"})
    view = _view(qtbot)
    assert view.period_label.text() == "November 2026"
    cell = view.cell_for(dt.date(2026, 11, 26))
    assert cell is not None and cell.titles() == ["Runder Tisch Integration", "Sprechstunde"]
    first, second = cell.list.item(0), cell.list.item(1)
    assert first.text() == "10:00 Runder Tisch Integration"
    assert (first.data(ID_ROLE), first.data(KIND_ROLE), first.data(CANCELLED_ROLE)) == \
        (meeting, "committee_session", False)
    assert second.data(CANCELLED_ROLE) is True  # painted grey and struck through
    assert view.cell_for(dt.date(2026, 11, 25)).titles() == []
    assert view.cell_for(dt.date(2026, 12, 26)) is None  # not on screen in November


def test_navigation_between_months_and_weeks(qtbot, db) -> None:  # noqa: ANN001
    appointments.create_appointment({"title": "Fachtag", "start": "2026-12-03 09:00", "kind": "conference"})
    view = _view(qtbot)
    view.next_button.click()
    assert view.period_label.text() == "Dezember 2026"
    assert view.cell_for(dt.date(2026, 12, 3)).titles() == ["Fachtag"]
    view.previous_button.click()
    view.previous_button.click()
    assert view.period_label.text() == "Oktober 2026"
    view.today_button.click()
    view.week_button.click()
    assert view.mode == CalendarView.WEEK
    assert view.period_label.text().startswith("KW 48")
    assert [c.day for c in view.cells if not c.isHidden()] == [TODAY + dt.timedelta(days=i) for i in range(7)]
    view.next_button.click()
    assert view.period_label.text().startswith("KW 49")
    week_cell = view.cell_for(dt.date(2026, 12, 3))
    assert week_cell.titles() == ["Fachtag"]
    assert week_cell.list.item(0).text().splitlines()[:2] == ["09:00", "Fachtag"]


def test_double_clicks_report_the_day_and_the_appointment(qtbot, db) -> None:  # noqa: ANN001
    meeting = appointments.create_appointment({"title": "Beirat", "start": "2026-11-24 16:00"}).id
    view = _view(qtbot)
    days: list[QDate] = []
    opened: list[int] = []
    view.day_activated.connect(days.append)
    view.appointment_activated.connect(opened.append)
    empty = view.cell_for(dt.date(2026, 11, 27))
    qtbot.mouseDClick(empty.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert days == [QDate(2026, 11, 27)]
    assert view.selected_day == dt.date(2026, 11, 27)
    view.new_button.click()
    assert days[-1] == QDate(2026, 11, 27)
    busy = view.cell_for(dt.date(2026, 11, 24))
    rect = busy.list.visualItemRect(busy.list.item(0))
    qtbot.mouseClick(busy.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(busy.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert opened == [meeting]
    assert len(days) == 2  # a double-click on an appointment does not create a new one


def test_agenda_lists_the_coming_fourteen_days(qtbot, db) -> None:  # noqa: ANN001
    appointments.create_appointment({"title": "Heute früh", "start": "2026-11-23 08:00"})
    appointments.create_appointment({"title": "In zwei Wochen", "start": "2026-12-06 18:00"})
    appointments.create_appointment({"title": "Zu spät", "start": "2026-12-07 09:00"})
    view = _view(qtbot)
    assert view.agenda_titles() == ["08:00  Heute früh", "18:00  In zwei Wochen"]
    assert view.agenda.topLevelItem(0).text(0).startswith("Heute")


def test_a_busy_day_offers_more_and_opens_its_week(qtbot, db) -> None:  # noqa: ANN001
    for hour in range(8, 18):
        appointments.create_appointment({"title": f"Termin {hour}", "start": f"2026-11-25 {hour:02d}:00"})
    view = _view(qtbot)
    cell = view.cell_for(dt.date(2026, 11, 25))
    last = cell.list.item(cell.list.count() - 1)
    assert cell.list.count() < 10 and "weitere" in last.text()
    qtbot.mouseClick(cell.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=cell.list.visualItemRect(last).center())
    assert view.mode == CalendarView.WEEK and view.cell_for(dt.date(2026, 11, 25)) is not None
