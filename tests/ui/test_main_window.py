"""The main window: navigation, shortcuts, global search, remembered geometry, error hook."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Organization


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for editor in list(win.editors.values()):
        editor._closing_ok = True
        editor.close()


def test_navigation_has_the_pages_in_order_and_shows_the_persons_list(window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import NAV_ORDER

    keys = [window.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.navigation.count())]
    assert keys == [k for k in NAV_ORDER if k in keys]
    assert {"appointments", "persons", "organizations", "networks"} <= set(keys)
    page = window.show_page("persons")
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() > 100
    assert "Kontakte angezeigt" in page.count_label.text()
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768


def test_ctrl_n_opens_a_new_editor_for_the_current_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("organizations")
    window.new_action.trigger()
    editors = [w for w in window.findChildren(object) if getattr(w, "is_record_editor", False)]
    assert editors and editors[-1].KIND == "organization" and editors[-1].record_id is None
    editors[-1].close()


def test_global_search_groups_hits_and_enter_opens_the_record(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.find_action.trigger()
    qtbot.keyClicks(window.search_box, "Jobcenter")
    window.search_box.update_results()
    popup = window.search_box.popup
    groups = [popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())]
    assert "Organisationen" in groups
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    org = Organization.get(Organization.name == "Jobcenter Landkreis Lindenau")
    assert ("organization", org.id) in window.editors


def test_window_geometry_and_list_columns_are_remembered(demo_db: object, db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    first = MainWindow(db_path)
    qtbot.addWidget(first)
    first.show()
    # the offscreen screen is only 800 pixels wide, so the height and the splitter carry the check
    first.resize(first.width(), 640)
    first.splitter.setSizes([260, first.width() - 260])
    assert first.height() == 640
    page = first.show_page("persons")
    page.table.setColumnWidth(1, 333)
    splitter_state = first.splitter.saveState()
    first.close()
    from app.ui.ui_settings import ui_settings

    assert ui_settings().value("main/splitter") == splitter_state
    second = MainWindow(db_path)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 640
    assert second.page_key() == "persons"
    assert second.pages["persons"].table.columnWidth(1) == 333


def test_unexpected_error_is_logged_without_personal_data_and_shown(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    errors.install()
    try:
        raise ValueError("Ayşe Özdemir, ayse@example.org")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in errors.logging.getLogger().handlers:
        handler.flush()
    text = errors.log_file().read_text(encoding="utf-8")
    assert "ValueError" in text and "test_main_window.py" in text
    assert "Özdemir" not in text and "example.org" not in text
    assert shown and "ValueError" in shown[0]


def test_the_window_fits_a_1024x768_screen_and_wide_pages_scroll(window) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 #2: the window was at least 1157 px wide; a page that needs more room scrolls instead."""
    for key in window.pages:
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (key, hint)
    assert window.page_scroll.widget() is window.stack and window.stack.currentWidget() is window.pages[key]
