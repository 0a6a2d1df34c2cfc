"""The import wizard is reachable from the menu and from each list, as the office expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def open_wizards() -> list:  # type: ignore[type-arg]
    from app.ui.import_wizard import ImportWizard

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]


def test_file_menu_holds_new_import_and_quit(window) -> None:  # type: ignore[no-untyped-def]
    texts = [action.text().replace("&", "") for action in window.file_menu.actions() if not action.isSeparator()]
    assert texts == ["Neu", "Liste importieren …", "Kalender oder Kontakte importieren (.ics, .vcf) …",
                     "Termine als Kalender exportieren (.ics) …", "Kontakte als vCard exportieren (.vcf) …",
                     "Beenden"]
    assert window.brand_sub.text() == "Integrationsbeauftragte des Landkreises Lindenau"


@pytest.mark.parametrize(("page_key", "kind"), [("persons", "persons"), ("organizations", "persons"),
                                                 ("appointments", "appointments")])
def test_each_list_opens_the_wizard_for_its_kind(window, qtbot, page_key: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(page_key)
    list_page = getattr(page, "list_page", page)
    assert list_page.import_button.isVisible() and list_page.import_button.text().replace("&", "") == "Importieren …"
    list_page.import_button.click()
    wizards = open_wizards()
    assert [w.kind for w in wizards] == [kind]
    for wizard in wizards:
        wizard.close()


def test_networks_list_has_no_import(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.show_page("networks").import_button.isVisible()
