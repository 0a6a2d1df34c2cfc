"""Wiedervorlagen in the GUI: the dashboard (overdue highlighted in colour and words), the list page with its
filters, and creating one from an appointment's outcome and from another editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Appointment, FollowUp, Person

DEMO_TODAY = dt.date(2026, 11, 23)  # the day the demo office was filled for


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def test_dashboard_shows_overdue_follow_ups_of_last_months_beirat(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dashboard_page import DashboardPage

    page = DashboardPage(today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.refresh()
    titles = page.follow_up_titles()
    assert titles[:2] == ["Stellungnahme zum Integrationskonzept einholen", "Raum für die Klausurtagung reservieren"]
    assert "Angebote für den Dolmetscherpool vergleichen" in titles
    assert "Protokoll an alle Beiratsmitglieder versenden" not in titles  # done
    first = page.follow_ups.topLevelItem(0)
    assert "überfällig" in first.text(0)  # a word, not only a colour
    assert first.foreground(0).color().name() == "#b42318"
    assert "2 überfällig" in page.follow_ups_box.title()
    beirat = Appointment.get_by_id(FollowUp.get(FollowUp.title == titles[0]).appointment_id)
    assert beirat.title == "Sitzung des Integrationsbeirats" and beirat.start.month == 10


def test_list_page_filters_and_completes(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.followups_page import FollowUpsPage

    page = FollowUpsPage(today=DEMO_TODAY)
    qtbot.addWidget(page)

    def titles(key: str) -> list[str]:
        page.set_filter(key)
        return [page.list.topLevelItem(i).text(1) for i in range(page.list.topLevelItemCount())]
    assert titles("overdue") == ["Stellungnahme zum Integrationskonzept einholen",
                                 "Raum für die Klausurtagung reservieren"]
    assert titles("week") == ["Angebote für den Dolmetscherpool vergleichen"]
    assert titles("done") == ["Protokoll an alle Beiratsmitglieder versenden"]
    assert "2 überfällig" in page.counts.text()
    page.set_filter("overdue")
    page.list.setCurrentItem(page.list.topLevelItem(1))
    assert page.done_button.text() == "Erledigt"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get(FollowUp.title == "Raum für die Klausurtagung reservieren").done
    assert page.list.topLevelItemCount() == 1
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not FollowUp.select().where(FollowUp.title == "Stellungnahme zum Integrationskonzept einholen").exists()


def _fill_and_save(title: str, due: str):  # type: ignore[no-untyped-def]
    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        if title:
            dialog.title.setText(title)
        dialog.due.setText(due)
        dialog.save()
        return 1
    return run


def test_follow_up_from_an_appointments_outcome(demo_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.editors import open_editor
    from app.ui.followups_page import FollowUpDialog

    seen: list[str] = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append(dialog.title.text())
        seen.append(dialog.notes.toPlainText())
        dialog.due.setText("+14")
        dialog.save()
        return 1
    monkeypatch.setattr(FollowUpDialog, "exec", run)
    beirat = Appointment.get(Appointment.outcome.contains("Dolmetscherpool"))
    editor = open_editor("appointment", beirat.id)
    qtbot.addWidget(editor)
    editor._closing_ok = True
    qtbot.mouseClick(editor.follow_up_from_outcome, Qt.MouseButton.LeftButton)
    assert seen[0] == "Nachbereitung: Sitzung des Integrationsbeirats" and "Dolmetscherpool" in seen[1]
    created = FollowUp.select().order_by(FollowUp.id.desc()).first()
    assert created.appointment_id == beirat.id and created.network_id == beirat.network_id
    assert created.due_date == dt.date.today() + dt.timedelta(days=14)


def test_follow_up_from_a_person_editor_with_validation(demo_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.editors import open_editor
    from app.ui.followups_page import FollowUpDialog

    errors: list[str] = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.title.setText("")
        dialog.save()  # no title: named next to the field, nothing saved
        errors.append(dialog.errors["title"].text())
        dialog.title.setText("Rückruf wegen Dolmetscherpool")
        dialog.due.setText("morgen")
        dialog.responsible.setText("Frau Brandt")
        dialog.save()
        return 1
    monkeypatch.setattr(FollowUpDialog, "exec", run)
    person = Person.select().where(Person.archived == False).first()  # noqa: E712
    editor = open_editor("person", person.id)
    qtbot.addWidget(editor)
    editor._closing_ok = True
    assert editor.follow_up_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.follow_up_button, Qt.MouseButton.LeftButton)
    assert errors and errors[0]
    created = FollowUp.get(FollowUp.title == "Rückruf wegen Dolmetscherpool")
    assert created.person_id == person.id and created.responsible == "Frau Brandt"
    assert created.due_date == dt.date.today() + dt.timedelta(days=1)
