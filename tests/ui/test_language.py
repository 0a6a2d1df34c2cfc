"""Switching the language in the settings changes the visible strings at once, and back."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

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


def _translated_sources() -> dict[str, str]:
    """German source text → its English translation, for every entry the English files translate differently."""
    import xml.etree.ElementTree as ET

    result: dict[str, str] = {}
    for ts in sorted((ROOT / "resources" / "i18n" / "en").glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            if translation and translation != source and len(source) > 3:
                result[source.replace("&", "")] = translation
    return result


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.toolTip()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTreeView | QTableView) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return texts


def test_every_page_of_the_window_follows_a_live_switch_to_english(
        qtbot, demo_db, db_path, german_afterwards, monkeypatch) -> None:  # noqa: ANN001
    """No German text is left on any page after switching to English without a restart: labels, buttons,
    table headers (the dashboard's follow-ups), accessible names and the lists' import menus."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QMessageBox

    from app.ui.main_window import MainWindow

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    for key in list(window.pages):
        window.show_page(key)  # every page built in German first
    german = _translated_sources()
    settings.update({"language": "en"})  # as the settings page saves it
    apply_language("en")
    QApplication.processEvents()
    for key in list(window.pages):
        window.show_page(key)  # (a hidden page may refresh its figures when it is shown again)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # menus replaced by their English ones
    left = sorted({f"{type(w).__name__}: {text.replace('&', '')}" for w in window.findChildren(QWidget)
                   for text in _visible_texts(w) if text and text.replace("&", "") in german})
    left += sorted({f"menu entry: {a.text()}" for a in window.findChildren(QAction)
                    if a.text().replace("&", "") in german})
    assert left == [], "\n".join(left)
