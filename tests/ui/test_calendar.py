"""The calendar page: hour grid (drag to create, move, resize, keyboard, undo), month with KW, agenda."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services import appointments
from app.ui.calendar.time_grid import TimeGrid
from app.ui.calendar_view import CalendarView

TODAY = dt.date(2026, 11, 23)  # a Monday
NOW = dt.datetime(2026, 11, 23, 10, 40)


def _view(qtbot, mode: str = CalendarView.WEEK) -> CalendarView:  # noqa: ANN001
    view = CalendarView(today=TODAY, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()  # keyboard shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.set_mode(mode)
    return view


def _add(title: str, start: str, end: str | None = None, **extra: object) -> int:
    data: dict[str, object] = {"title": title, "start": start, **extra}
    if end:
        data["end"] = end
    return appointments.create_appointment(data).id


def at(grid: TimeGrid, day: int, hour: float) -> QPoint:
    """The viewport point of `hour` on the `day`-th visible day (a third into the column)."""
    return QPoint(int(grid.day_x(day) + grid.column_width() / 3), int(grid.y_of(hour * 60)))


def drag(widget, start: QPoint, end: QPoint) -> None:  # noqa: ANN001
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (start + QPoint(0, 8), middle, end):
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_week_grid_opens_at_half_past_seven_with_the_now_line(qtbot, db) -> None:  # noqa: ANN001
    view = _view(qtbot)
    grid = view.grid
    assert view.stack.currentWidget() is grid
    assert grid.days == [TODAY + dt.timedelta(days=i) for i in range(7)]
    assert view.period_label.text() == "KW 48 · 23. Nov. – 29. Nov. 2026"
    assert grid.verticalScrollBar().value() == int(7.5 * grid.HOUR)
    assert grid.now_line_y() == grid.y_of(10 * 60 + 40)
    view.next_button.click()
    assert grid.now_line_y() is None  # next week: today is not shown
    view.set_mode(CalendarView.WORK_WEEK)
    assert [d.weekday() for d in view.grid.days] == [0, 1, 2, 3, 4]
    view.set_mode(CalendarView.DAY)
    assert len(view.grid.days) == 1


def test_overlapping_appointments_stand_side_by_side(qtbot, db) -> None:  # noqa: ANN001
    first = _add("Beirat", "2026-11-24 09:00", "2026-11-24 11:00")
    second = _add("Presse", "2026-11-24 10:00", "2026-11-24 12:00", kind="press_date")
    alone = _add("Jour fixe", "2026-11-24 13:00", "2026-11-24 14:00")
    view = _view(qtbot)
    rects = {placed.entry.id: rect for rect, placed, _i in view.grid.rects()}
    assert rects[first].right() <= rects[second].left() + 1  # side by side, not on top of each other
    assert abs(rects[first].width() - rects[second].width()) < 1
    assert rects[alone].width() > 1.8 * rects[first].width()  # alone: the whole column
    assert rects[second].top() > rects[first].top()


def test_drag_on_empty_time_opens_the_editor_with_that_slot(qtbot, db, db_path) -> None:  # noqa: ANN001
    from app.ui.main_window import MainWindow

    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    area = window.show_page("appointments")
    area.show_view(1)
    view = area.calendar
    view._fixed_today = TODAY
    view.set_date(TODAY)
    view.set_mode(CalendarView.WEEK)
    grid = view.grid
    drag(grid.viewport(), at(grid, 1, 10.1), at(grid, 1, 11.6))
    editors = [w for w in window.findChildren(object) if getattr(w, "is_record_editor", False)]
    assert editors, "no editor opened"
    editor = editors[-1]
    assert editor.KIND == "appointment" and editor.record_id is None
    values = editor.values()
    assert (values["start"], values["end"]) == (dt.datetime(2026, 11, 24, 10), dt.datetime(2026, 11, 24, 11, 45))
    editor._closing_ok = True
    editor.close()


def test_drag_moves_and_ctrl_z_restores_the_start_in_the_database(qtbot, db) -> None:  # noqa: ANN001
    meeting = _add("Runder Tisch", "2026-11-24 10:00", "2026-11-24 11:00", kind="committee_session")
    view = _view(qtbot)
    grid = view.grid
    drag(grid.viewport(), at(grid, 1, 10.25), at(grid, 2, 12.25))  # one day later, two hours later
    moved = appointments.get_appointment(meeting)
    assert (moved.start, moved.end) == (dt.datetime(2026, 11, 25, 12), dt.datetime(2026, 11, 25, 13))
    assert view.undo_action.isEnabled()
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = appointments.get_appointment(meeting)
    assert (restored.start, restored.end) == (dt.datetime(2026, 11, 24, 10), dt.datetime(2026, 11, 24, 11))
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 25, 12)


def test_bottom_edge_drag_resizes(qtbot, db) -> None:  # noqa: ANN001
    meeting = _add("Sprechstunde", "2026-11-24 10:00", "2026-11-24 11:00", kind="counselling_hours")
    view = _view(qtbot)
    grid = view.grid
    rect = next(r for r, placed, _i in grid.rects() if placed.entry.id == meeting)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    drag(grid.viewport(), edge, QPoint(edge.x(), int(grid.y_of(12 * 60 + 30))))
    resized = appointments.get_appointment(meeting)
    assert (resized.start, resized.end) == (dt.datetime(2026, 11, 24, 10), dt.datetime(2026, 11, 24, 12, 30))
    view.undo_action.trigger()
    assert appointments.get_appointment(meeting).end == dt.datetime(2026, 11, 24, 11)


def test_keyboard_selects_moves_resizes_and_undoes(qtbot, db) -> None:  # noqa: ANN001
    first = _add("Beirat", "2026-11-24 10:00", "2026-11-24 11:00")
    second = _add("Jour fixe", "2026-11-26 09:00", "2026-11-26 10:00")
    view = _view(qtbot)
    grid = view.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.selected_id == first
    assert "Beirat" in grid.accessibleDescription()
    QTest.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert appointments.get_appointment(first).start == dt.datetime(2026, 11, 24, 10, 15)
    QTest.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    changed = appointments.get_appointment(first)
    assert (changed.start, changed.end) == (dt.datetime(2026, 11, 24, 10, 15), dt.datetime(2026, 11, 24, 11, 30))
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert appointments.get_appointment(first).start == dt.datetime(2026, 11, 25, 10, 15)
    assert grid.selected_id == first  # the selection follows the moved appointment
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert appointments.get_appointment(first).start == dt.datetime(2026, 11, 24, 10, 15)
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_id == second
    opened: list[int] = []
    view.appointment_activated.connect(opened.append)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [second]
    QTest.keyClick(grid, Qt.Key.Key_Tab)  # past the last appointment: Tab leaves the grid
    assert grid.selected_id is None and not grid.hasFocus()


def test_shortcuts_switch_views_and_navigate(qtbot, db) -> None:  # noqa: ANN001
    view = _view(qtbot, CalendarView.MONTH)
    view.month.setFocus()
    QTest.keyClick(view.month, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert view.mode == CalendarView.WEEK
    QTest.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.grid.days[0] == dt.date(2026, 11, 30)
    QTest.keyClick(view.grid, Qt.Key.Key_PageUp)
    QTest.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.grid.days[0] == dt.date(2026, 11, 16)
    QTest.keyClick(view.grid, Qt.Key.Key_T)
    assert view.grid.days[0] == TODAY
    QTest.keyClick(view.grid, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert view.mode == CalendarView.AGENDA
    QTest.keyClick(view.agenda, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert view.mode == CalendarView.MONTH and view.period_label.text() == "November 2026"


def test_month_shows_iso_week_numbers_and_holidays(qtbot, db) -> None:  # noqa: ANN001
    view = _view(qtbot, CalendarView.MONTH)
    view.set_date(dt.date(2026, 12, 10))
    month = view.month
    assert view.period_label.text() == "Dezember 2026"
    assert month.week_numbers() == [49, 50, 51, 52, 53, 1]
    assert month.weeks[4][1][0] == dt.date(2026, 12, 28)  # 28 Dec 2026 is in KW 53
    assert month.holidays[dt.date(2026, 12, 25)] == "Erster Weihnachtstag"
    assert [label.text() for label in view.weekday_labels][:2] == ["Mo.", "Di."]
    view.set_mode(CalendarView.WEEK)
    view.set_date(dt.date(2026, 5, 25))
    assert view.grid.holidays == {dt.date(2026, 5, 25): "Pfingstmontag"}
    assert view.grid.header.has_holidays()


def test_month_drag_and_alt_arrows_move_by_days(qtbot, db) -> None:  # noqa: ANN001
    meeting = _add("Netzwerktreffen", "2026-11-24 15:00", "2026-11-24 17:00")
    view = _view(qtbot, CalendarView.MONTH)
    month = view.month
    rect = next(r for r, _day, entry in month.hits if entry is not None and entry.id == meeting)
    target = month.day_rect(dt.date(2026, 11, 26))
    drag(month, rect.center().toPoint(), target.center().toPoint())
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 26, 15)
    month.setFocus()
    assert month.selected_id == meeting
    QTest.keyClick(month, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 25, 15)
    QTest.keyClick(month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 24, 15)


def test_cancelled_is_struck_through_and_kinds_carry_a_text_tag(qtbot, db) -> None:  # noqa: ANN001
    _add("Sprechstunde", "2026-11-24 14:00", "2026-11-24 15:00", status="cancelled", kind="counselling_hours")
    _add("Gremium", "2026-11-24 16:00", "2026-11-24 17:00", kind="committee_session")
    view = _view(qtbot, CalendarView.AGENDA)
    head = view.agenda.topLevelItem(0)
    assert head.text(0).startswith("Morgen")
    cancelled, session = head.child(0), head.child(1)
    assert cancelled.font(0).strikeOut() is True
    assert session.font(0).strikeOut() is False
    assert session.text(0).startswith("[GS]")
    assert view._legend_tags["committee_session"].text() == "GS"
    view.set_mode(CalendarView.WEEK)
    entry = next(p.entry for p in view.grid.placed[1] if p.entry.title == "Sprechstunde")
    assert entry.cancelled  # the chip painter strikes it out


def test_chips_are_painted_struck_through_and_readable_in_a_dark_palette(qtbot, db) -> None:  # noqa: ANN001
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette

    from app.services import calendar
    from app.ui.calendar import style

    entry = calendar.Entry(1, "Abgesagt", "meeting", "cancelled", dt.datetime(2026, 11, 24, 10),
                           dt.datetime(2026, 11, 24, 11), False, "", "")
    fonts: list[bool] = []

    class Recorder(QPainter):
        def drawText(self, *args: object) -> None:  # noqa: N802
            fonts.append(self.font().strikeOut())
            super().drawText(*args)  # type: ignore[arg-type]

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    image = QImage(200, 60, QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    style.paint_chip(painter, QRectF(0, 0, 200, 60), entry, ["10:00", "Abgesagt"], palette)
    painter.end()
    assert fonts[0] is False and all(fonts[1:])  # the tag stays plain, the text is struck through
    assert style.is_dark(palette) and style.muted(palette).lightness() > 128


def test_holiday_setting_in_settings_page_changes_the_calendar(qtbot, db) -> None:  # noqa: ANN001
    from app.services import holidays, settings
    from app.ui.settings_page import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    page.load()
    assert page.bundesland.currentData() == "NW"
    page.bundesland.setCurrentIndex(page.bundesland.findData("BE"))
    assert page.save() is True
    assert settings.get("bundesland") == "BE" and holidays.bundesland() == "BE"
    view = _view(qtbot)
    view.set_date(dt.date(2026, 3, 8))
    assert view.grid.holidays == {dt.date(2026, 3, 8): "Frauentag"}


def test_escape_cancels_a_drag_and_the_calendar_fits_a_small_screen(qtbot, db) -> None:  # noqa: ANN001
    meeting = _add("Beirat", "2026-11-24 10:00", "2026-11-24 11:00")
    view = _view(qtbot)
    grid = view.grid
    grid.setFocus()
    start, end = at(grid, 1, 10.25), at(grid, 3, 14.25)
    QTest.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid.viewport(), end)
    assert grid.preview is not None
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    QTest.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 11, 24, 10)
    assert not view.undo_action.isEnabled()
    assert view.minimumSizeHint().width() <= 1024 - 230  # beside the navigation column at 1024 px
    assert view.minimumSizeHint().height() <= 768 - 200


def test_a_move_onto_a_clash_or_a_holiday_warns_without_blocking(qtbot, db) -> None:  # noqa: ANN001
    meeting = _add("Jour fixe Jobcenter", "2026-05-26 10:00", "2026-05-26 11:00")
    _add("Pressegespräch", "2026-05-26 11:00", "2026-05-26 12:00", kind="press_date")
    view = _view(qtbot)
    view.set_date(dt.date(2026, 5, 26))
    grid = view.grid
    grid.setFocus()
    grid.select(meeting)
    QTest.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # 10:15–11:15 overlaps the press date
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 5, 26, 10, 15)  # not blocked
    assert view.notice.isVisible() and "Pressegespräch" in view.notice.text()
    QTest.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # onto Pfingstmontag
    assert appointments.get_appointment(meeting).start == dt.datetime(2026, 5, 25, 10, 15)
    assert "Pfingstmontag" in view.notice.text() and "Pressegespräch" not in view.notice.text()
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # back to 10:00–11:00: no clash
    assert not view.notice.isVisible()


def test_all_day_band_drag_moves_by_days_and_double_click_asks_for_an_all_day_slot(qtbot, db) -> None:  # noqa: ANN001
    trip = _add("Studienfahrt Berlin", "2026-11-24 00:00", "2026-11-25 23:59", kind="study_visit", all_day=True)
    view = _view(qtbot)
    header = view.grid.header
    assert [entry.id for _row, _first, _last, entry in header.rows] == [trip]
    row, first, last, _entry = header.rows[0]
    assert (first, last) == (1, 2)  # Tuesday and Wednesday
    rect = header.chip_rect(row, first, last)
    grab = QPoint(int(header.grid.day_x(1) + 10), int(rect.center().y()))
    drop = QPoint(int(header.grid.day_x(3) + 10), grab.y())
    drag(header, grab, drop)
    moved = appointments.get_appointment(trip)
    assert (moved.start, moved.end) == (dt.datetime(2026, 11, 26), dt.datetime(2026, 11, 27, 23, 59))
    requested: list[tuple[object, object, bool]] = []
    view.slot_requested.connect(lambda start, end, all_day: requested.append((start, end, all_day)))
    free = QPoint(int(header.grid.day_x(0) + 10), int(rect.center().y()))
    QTest.mouseDClick(header, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, free)
    assert requested == [(dt.datetime(2026, 11, 23), dt.datetime(2026, 11, 23, 23, 59), True)]


@pytest.mark.parametrize("title", ["Besuch Kita / Schule", "Workshop Demokratie leben",
                                   "Vor-Ort-Besuch Gemeinschaftsunterkunft Birkhausen"])
def test_chip_titles_break_between_words_and_elide_the_rest(qapp, title: str) -> None:  # noqa: ANN001
    """QA: narrow side-by-side chips in the week view read "Besu ch Kita / Schu", "Work shop Dem okrat ie"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.calendar.style import wrap_words

    metrics = QFontMetrics(QFont())
    words = title.split()
    for width in (30, 45, 60, 90, 400):
        lines = wrap_words(title, metrics, width, 3)
        assert 1 <= len(lines) <= 3
        for line in lines:
            assert metrics.horizontalAdvance(line) <= width or line == "…"
            parts = line.removesuffix("…").split()
            whole = parts if not line.endswith("…") else parts[:-1]
            assert all(part in words for part in whole), (width, lines)  # no fragment of a word without "…"
            if line.endswith("…") and parts:
                assert any(word.startswith(parts[-1]) for word in words), (width, lines)
        if not any(line.endswith("…") for line in lines):
            assert " ".join(lines).split() == words  # nothing lost when it fits
    assert wrap_words(title, metrics, 400, 3) == [title]
