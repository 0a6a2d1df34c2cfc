"""Issue 16 #10: widgets set their texts in `retranslate()` (the Retranslating mixin), so a language switch
reaches an open attendance tab, record editor, calendar and every settings topic at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget

from app.ui.attendance_tab import AttendanceTab
from app.ui.calendar_view import CalendarView
from app.ui.editors import new_editor
from app.ui.i18n import apply_language
from app.ui.retranslate import Retranslating
from app.ui.settings_page import SettingsPage


@pytest.fixture
def german_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language("de")
    qapp.processEvents()


def language_change(widget: QWidget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_mixin_calls_retranslate_on_a_language_change_and_passes_other_events_on(qtbot) -> None:  # noqa: ANN001
    class Box(Retranslating, QGroupBox):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def retranslate(self) -> None:
            self.calls += 1
            self.setTitle("übersetzt")

    box = Box()
    qtbot.addWidget(box)
    language_change(box)
    assert box.calls == 1 and box.title() == "übersetzt"
    box.setEnabled(False)  # an EnabledChange goes to Qt's own handler, not to retranslate()
    assert box.calls == 1 and not box.isEnabled()


def test_attendance_tab_editor_calendar_and_settings_topics_follow_a_switch_to_english(
        qtbot, db, german_afterwards) -> None:  # noqa: ANN001
    tab = AttendanceTab()
    editor = new_editor("person")
    view = CalendarView(today=dt.date(2026, 11, 23))
    page = SettingsPage()
    for widget in (tab, editor, view, page):
        qtbot.addWidget(widget)
        assert isinstance(widget, Retranslating)
    # the backup topic is app/ui/backup_panel.py, which re-sets its texts in its own changeEvent
    assert all(isinstance(topic, Retranslating) for topic in page.topics if topic is not page.backup_panel)
    assert tab.add_button.text() == "Person &hinzufügen …"
    assert editor.tabs.tabText(0) == "Stammdaten" and editor.cancel_button.text().replace("&", "") == "Abbrechen"

    apply_language("en")
    QApplication.processEvents()
    assert tab.add_button.text() == "&Add person …"
    assert tab.find_field.toolTip() == tab.find_field.placeholderText() and tab.find_field.accessibleName() == "Find"
    assert editor.tabs.tabText(0) == "Details" and editor.cancel_button.text().replace("&", "") == "Cancel"
    assert view.today_button.text() == "Today"
    assert page.privacy_box.title() == "Privacy notice and retention"
    assert page.labels["bundesland"].text() == "Federal state (&holidays):"
    assert page.subscription_box.title() == "Calendar subscription"
    editor._closing_ok = True
    editor.close()
