"""Switching the language in the settings changes the visible strings at once, and back."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services import messages, settings
from app.ui.application import apply_language
from app.ui.calendar_view import CalendarView
from app.ui.dashboard_page import DashboardPage
from app.ui.settings_page import SettingsPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """The .qm files are built from the .ts sources on every start; make sure they are current here too."""
    sys.path.insert(0, str(ROOT))
    import dev

    dev.ensure_translations()


@pytest.fixture
def german_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language("de")
    qapp.processEvents()


def test_saving_english_switches_visible_strings_live_and_back(qtbot, db, german_afterwards) -> None:  # noqa: ANN001
    page = SettingsPage()
    dashboard = DashboardPage(today=dt.date(2026, 11, 23))
    view = CalendarView(today=dt.date(2026, 11, 23))
    for widget in (page, dashboard, view):
        qtbot.addWidget(widget)
        widget.show()
    dashboard.refresh()
    assert (page.heading.text(), page.save_button.text()) == ("Einstellungen", "Speichern")
    assert dashboard.heading.text() == "Übersicht"
    assert dashboard.held_card.title.text() == "Stattgefundene Termine 2026"
    assert (view.today_button.text(), view.period_label.text()) == ("Heute", "November 2026")
    assert view._legend_labels["meeting"].text() == "Besprechung"

    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.save() is True
    QApplication.processEvents()
    assert settings.get("language") == "en" and messages.language() == "en"
    assert (page.heading.text(), page.save_button.text()) == ("Settings", "Save")
    assert page.labels["office_name"].text() == "Office &name:"
    assert "restart" in page.status.text()
    assert dashboard.heading.text() == "Overview"
    assert dashboard.held_card.title.text() == "Appointments held 2026"
    assert (view.today_button.text(), view.period_label.text()) == ("Today", "November 2026")
    assert view._legend_labels["meeting"].text() == "Meeting"
    assert view.weekday_labels[0].text() == "Mon"
    fresh = CalendarView(today=dt.date(2026, 11, 23))
    qtbot.addWidget(fresh)
    assert fresh.month_button.text() == "Month" and fresh.agenda_title.text() == "Next 14 days"

    page.language.setCurrentIndex(page.language.findData("de"))
    assert page.save() is True
    QApplication.processEvents()
    assert messages.language() == "de"
    assert page.heading.text() == "Einstellungen" and dashboard.heading.text() == "Übersicht"
    assert view.weekday_labels[0].text() == "Mo."
