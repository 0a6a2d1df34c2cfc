"""The appointment editor with the keyboard: typed dates and times, the end following the start, warnings
for overlaps and public holidays, series created and edited ("nur diesen / diesen und folgende / alle")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Appointment, AppointmentSeries
from app.services import appointments, settings


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def _editor(qtbot, record_id=None, **defaults):  # type: ignore[no-untyped-def]
    from app.ui.editors import new_editor, open_editor

    editor = open_editor("appointment", record_id) if record_id else new_editor("appointment", None, **defaults)
    qtbot.addWidget(editor)
    editor._closing_ok = True
    return editor


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_typed_dates_and_times_and_the_end_follows_the_start(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    _type(qtbot, editor.start_date, "241226")
    _type(qtbot, editor.start_time, "930")
    assert editor.fields["start"].get() == dt.datetime(2026, 12, 24, 9, 30)
    assert editor.fields["end"].get() == dt.datetime(2026, 12, 24, 11, 30)  # two hours, kept
    _type(qtbot, editor.end_time, "12")
    _type(qtbot, editor.start_time, "14")
    assert editor.fields["end"].get() == dt.datetime(2026, 12, 24, 16, 30)  # now 2.5 hours, kept
    assert editor.start_date.text().endswith("24.12.2026")
    # an end before the start is named at once, before Save
    _type(qtbot, editor.end_time, "8")
    error = editor.fields["end"].error
    assert not error.isHidden() and "vor dem Beginn" in error.text()
    _type(qtbot, editor.end_time, "17:15")
    assert error.isHidden()
    # relative words and weekdays
    _type(qtbot, editor.start_date, "morgen")
    assert editor.fields["start"].get().date() == dt.date.today() + dt.timedelta(days=1)
    _type(qtbot, editor.start_date, "Mo")
    monday = editor.fields["start"].get().date()
    assert monday.weekday() == 0 and 1 <= (monday - dt.date.today()).days <= 7
    _type(qtbot, editor.start_date, "+7")
    assert editor.fields["start"].get().date() == dt.date.today() + dt.timedelta(days=7)
    # arrows step a day, nonsense is marked and not taken
    qtbot.keyClick(editor.start_date, Qt.Key.Key_Up)
    assert editor.fields["start"].get().date() == dt.date.today() + dt.timedelta(days=8)
    _type(qtbot, editor.start_date, "32.13.")
    assert not editor.start_date.is_valid() and "kein Datum" in editor.start_date.toolTip()
    editor.fields["title"].widget.setText("Kaputtes Datum")
    assert not editor.save()
    assert editor.fields["start"].error.text()


def test_overlaps_and_public_holidays_warn_but_do_not_block(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.update({"bundesland": "NI"})
    appointments.create_appointment({"title": "Sprechstunde", "start": dt.datetime(2026, 5, 26, 10, 0),
                                     "end": dt.datetime(2026, 5, 26, 12, 0)})
    editor = _editor(qtbot)
    editor.fields["title"].widget.setText("Abstimmung Ausländerbehörde")
    _type(qtbot, editor.start_date, "26.5.26")
    _type(qtbot, editor.start_time, "11")
    assert not editor.warning.isHidden()
    assert any("Überschneidung mit „Sprechstunde“" in w for w in editor.warnings())
    _type(qtbot, editor.start_date, "25.5.26")
    assert editor.warnings() == ["25.05.2026 ist ein Feiertag: Pfingstmontag"]
    assert editor.save()  # a warning, not a block
    saved = Appointment.get(Appointment.title == "Abstimmung Ausländerbehörde")
    assert saved.start == dt.datetime(2026, 5, 25, 11, 0)
    _type(qtbot, editor.start_date, "27.5.26")
    assert editor.warning.isHidden()


def test_recurrence_dialog_builds_every_kind_of_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.series_dialog import RecurrenceDialog

    dialog = RecurrenceDialog(dt.datetime(2026, 1, 14, 17, 0))  # the 2nd Wednesday of January
    qtbot.addWidget(dialog)
    assert dialog.rule_text() is None
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("monthly"))
    assert dialog.rule_text() == "FREQ=MONTHLY;BYDAY=2WE"
    assert dialog.summary.text() == "monatlich am zweiten Mittwoch"
    assert "11.02.2026" in dialog.preview_text()
    dialog.by_date.setChecked(True)
    assert dialog.rule_text() == "FREQ=MONTHLY;BYMONTHDAY=14"
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("quarterly"))
    dialog.by_weekday.setChecked(True)
    assert dialog.rule_text() == "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE"
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("weekly"))
    dialog.interval.setValue(2)
    dialog.day_boxes[0].setChecked(True)
    dialog.day_boxes[2].setChecked(False)
    dialog.count_radio.setChecked(True)
    dialog.count.setValue(5)
    assert dialog.rule_text() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=5"
    dialog.until_radio.setChecked(True)
    dialog.until.setDate(dt.date(2026, 6, 30))
    assert dialog.rule_text() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260630T235959"
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("yearly"))
    dialog.no_end.setChecked(True)
    dialog.interval.setValue(1)
    assert dialog.rule_text() == "FREQ=YEARLY"
    again = RecurrenceDialog(dt.datetime(2026, 1, 14, 17, 0), "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;COUNT=4")
    qtbot.addWidget(again)
    assert again.pattern.currentData() == "quarterly" and again.count.value() == 4
    assert again.rule_text() == "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;COUNT=4"


def test_series_from_the_editor_then_this_and_following(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import series_dialog

    editor = _editor(qtbot)
    editor.fields["title"].widget.setText("Sprechstunde")
    _type(qtbot, editor.start_date, "3.3.26")
    _type(qtbot, editor.start_time, "10")
    monkeypatch.setattr(series_dialog, "edit_rule", lambda *a: (True, "FREQ=WEEKLY;BYDAY=TU;COUNT=6"))
    qtbot.mouseClick(editor.repeat_button, Qt.MouseButton.LeftButton)
    assert "wöchentlich am Dienstag, 6-mal" in editor.repeat_label.text()
    assert editor.save()
    rows = list(Appointment.select().order_by(Appointment.start))
    assert [r.start for r in rows] == [dt.datetime(2026, 3, 3, 10) + dt.timedelta(weeks=i) for i in range(6)]
    assert editor.record_id == rows[0].id and "Serie: wöchentlich am Dienstag" in editor.repeat_label.text()

    asked: list[bool] = []
    monkeypatch.setattr(series_dialog, "ask_scope", lambda *a, **k: asked.append(True) or "following")
    third = _editor(qtbot, rows[2].id)
    _type(qtbot, third.start_time, "11")
    assert third.save() and asked
    starts = [a.start for a in Appointment.select().order_by(Appointment.start)]
    assert starts[:2] == [dt.datetime(2026, 3, 3, 10), dt.datetime(2026, 3, 10, 10)]
    assert starts[2:] == [dt.datetime(2026, 3, 17, 11) + dt.timedelta(weeks=i) for i in range(4)]
    assert AppointmentSeries.select().count() == 2

    # only this one: it becomes an exception, the series is not asked again for an outcome
    monkeypatch.setattr(series_dialog, "ask_scope", lambda *a, **k: "this")
    first = _editor(qtbot, rows[0].id)
    _type(qtbot, first.start_date, "4.3.26")
    assert first.save()
    assert Appointment.get_by_id(rows[0].id).series_exception
    assert "Ausnahme" in first.repeat_label.text()
    asked.clear()
    monkeypatch.setattr(series_dialog, "ask_scope", lambda *a, **k: asked.append(True) or None)
    second = _editor(qtbot, rows[1].id)
    second.fields["outcome"].widget.setPlainText("8 Beratungen")
    assert second.save() and not asked


def test_deleting_a_series_keeps_held_occurrences(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services import series as series_service
    from app.ui import series_dialog

    created = series_service.create_series({"title": "Jour fixe", "start": dt.datetime(2026, 1, 5, 10),
                                            "end": dt.datetime(2026, 1, 5, 11)}, "FREQ=WEEKLY;BYDAY=MO;COUNT=8")
    rows = series_service.occurrences(created.id)
    appointments.update_appointment(rows[0].id, {"status": "held", "outcome": "Absprachen"})
    monkeypatch.setattr(series_dialog, "ask_scope", lambda *a, **k: "all")
    editor = _editor(qtbot, rows[3].id)
    editor.delete()
    assert [a.id for a in Appointment.select()] == [rows[0].id]
    assert not AppointmentSeries.select().exists()


def test_network_meeting_planned_as_a_series(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import networks

    network = networks.create_network({"name": "Integrationsbeirat", "rhythm": "monatlich"})
    appointments.create_appointment({"title": "Beirat", "kind": "committee_session", "network": network.id,
                                     "start": dt.datetime(2026, 1, 8, 17, 0), "end": dt.datetime(2026, 1, 8, 19),
                                     "location": "Kreistagssaal"})
    proposal = networks.meeting_proposal(network.id, now=dt.datetime(2026, 1, 20, 9, 0))
    assert proposal["start"] == dt.datetime(2026, 2, 12, 17, 0)  # the 2nd Thursday, as last time
    assert proposal["rule"] == "FREQ=MONTHLY;BYDAY=2TH" and proposal["location"] == "Kreistagssaal"
    editor = _editor(qtbot, **proposal)
    assert "monatlich am zweiten Donnerstag" in editor.repeat_label.text()
    assert editor.save()
    created = AppointmentSeries.get()
    assert created.network_id == network.id and created.location == "Kreistagssaal"
    assert Appointment.select().where(Appointment.series == created.id).count() > 12


def test_the_appointment_list_opens_at_today(demo_db, db_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.tables import SORT_ROLE

    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("appointments").list_page
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid())
    row = page.table.currentIndex().row()
    today = dt.datetime.combine(dt.date.today(), dt.time())
    assert page.model.index(row, 0).data(SORT_ROLE) >= today
    assert row > 0 and page.model.index(row - 1, 0).data(SORT_ROLE) < today
    assert page.table.rowAt(0) >= row - 1  # scrolled: today's row is at the top, not 1 January


def test_the_start_page_extends_series_to_the_horizon(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import series as series_service
    from app.ui.dashboard_page import DashboardPage

    today = dt.date.today()
    start = dt.datetime.combine(today, dt.time(9, 0))
    created = series_service.create_series({"title": "Sprechstunde", "start": start,
                                            "end": start + dt.timedelta(hours=2)}, "FREQ=WEEKLY",
                                           until=today + dt.timedelta(days=30))
    assert len(series_service.occurrences(created.id)) <= 5
    page = DashboardPage()
    qtbot.addWidget(page)
    page.refresh()
    assert AppointmentSeries.get_by_id(created.id).generated_until == series_service.horizon(today)
    assert len(series_service.occurrences(created.id)) >= 78
