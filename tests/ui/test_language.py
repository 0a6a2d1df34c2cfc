"""Switching the language in the settings changes the visible strings at once, and back."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services import messages, settings
from app.ui.calendar_view import CalendarView
from app.ui.dashboard_page import DashboardPage
from app.ui.i18n import apply_language
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


def test_service_messages_and_dates_follow_the_english_ui(qtbot, db, german_afterwards) -> None:  # noqa: ANN001
    """Issue 15 #7/#8: in English a user sees English service messages and one date format."""
    import pytest as _pytest

    from app.errors import UserError
    from app.services import backup, contacts, imports, privacy
    from app.ui.formats import format_day
    from app.ui.lists.pages import make_page

    apply_language("en")
    person = contacts.create_person({"last_name": "Schäfer", "first_name": "Lea"})
    samples = []
    for call in (lambda: privacy.set_consent(person.id, {"colour": "blue"}),
                 lambda: privacy.export_person(person.id, "auskunft.docx"),
                 lambda: privacy.export_audit([], "protokoll.pdf"),
                 lambda: imports.undo(987654),
                 lambda: contacts.get_person(987654)):
        with _pytest.raises(UserError) as caught:
            call()
        samples.append(str(caught.value))
    assert samples[0].startswith("Not consent fields") and "Unknown format" in samples[1]
    assert samples[2] == "The change log is exported as an Excel file (.xlsx)."
    assert samples[3] == "Import no. 987654 does not exist." and "does not exist" in samples[4]
    assert not any(word in " ".join(samples) for word in ("gibt es nicht", "Keine ", "bitte"))
    assert backup.t("no_database_open") == "No database is open."
    assert format_day(dt.date(2026, 1, 12)) == "12/01/2026"
    page = make_page("person")
    qtbot.addWidget(page)
    page.refresh()
    assert page.count_label.text() == "1 contact shown"
    apply_language("de")
    QApplication.processEvents()  # LanguageChange reaches the widgets
    assert format_day(dt.date(2026, 1, 12)) == "12.01.2026"
    assert page.count_label.text() == "1 Kontakt angezeigt"


def test_file_format_messages_follow_the_english_ui(tmp_path: Path, german_afterwards) -> None:  # noqa: ANN001
    """Issue 15 #8: reading a list (app/io) says what is wrong in the UI language too."""
    import pytest as _pytest

    from app.errors import UserError
    from app.io import cells, spreadsheet

    apply_language("en")
    empty = tmp_path / "partner.xlsx"
    empty.write_bytes(b"")
    with _pytest.raises(UserError) as caught:
        spreadsheet.describe(empty)
    assert "is empty (0 bytes)" in str(caught.value)
    with _pytest.raises(ValueError) as caught_cell:
        cells.parse_date("31.02.2025")
    assert str(caught_cell.value) == "“31.02.2025” does not exist"
    apply_language("de")
    with _pytest.raises(ValueError) as caught_cell:
        cells.parse_date("31.02.2025")
    assert str(caught_cell.value) == "„31.02.2025“ gibt es nicht"
