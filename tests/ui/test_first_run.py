"""The first start on an empty machine: welcome dialog, settings stored, optional demo office, once only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import paths
from app.models import Person
from app.services import demo, settings
from app.ui import first_run, i18n
from app.ui.first_run import FirstRunDialog, maybe_run_first_run, needs_first_run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def german() -> object:
    yield
    if QCoreApplication.instance() is not None:
        i18n.install("de")


def test_a_new_office_needs_the_welcome_dialog_until_it_is_completed(db) -> None:
    assert needs_first_run()
    settings.update({first_run.DONE_KEY: "1"})
    assert not needs_first_run()


def test_an_office_with_data_never_sees_the_welcome_dialog(demo_db) -> None:
    assert settings.get(first_run.DONE_KEY) == ""
    assert not needs_first_run()


def test_the_answers_are_stored_and_the_office_stays_empty(db, db_path, qtbot) -> None:
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.office.setText("  Integrationsbeauftragte der Stadt Eichwalde ")
    dialog.commissioner.setText("Aylin Demir")
    dialog.start_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = settings.get_all()
    assert stored["office_name"] == "Integrationsbeauftragte der Stadt Eichwalde"
    assert stored["commissioner"] == "Aylin Demir"
    assert stored["language"] == "de" and stored[first_run.DONE_KEY] == "1"
    assert demo.is_empty()
    assert not needs_first_run()


def test_an_empty_office_name_falls_back_to_the_default(db, db_path, qtbot) -> None:
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.office.clear()
    dialog.start_button.click()
    assert settings.get("office_name") == settings.DEFAULTS["office_name"]


def test_choosing_english_translates_the_dialog_at_once_and_is_stored(db, db_path, qtbot) -> None:
    sys.path.insert(0, str(ROOT))
    import dev

    dev.ensure_translations()  # .ts -> .qm, as every start does
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Willkommen bei Brücke"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Welcome to Brücke", timeout=2000)
    assert dialog.start_button.text() == "&Get started"
    dialog.start_button.click()
    assert settings.get("language") == "en" and settings.get("report_language") == "en"


def test_the_demo_office_is_loaded_on_request(db, db_path, qtbot) -> None:
    dialog = FirstRunDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.demo.setChecked(True)
    assert not dialog.office.isEnabled() and not dialog.commissioner.isEnabled()
    dialog.start_button.click()
    dialog.start_button.click()  # an impatient second click must not fill the office twice
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)

    assert not demo.is_empty()
    assert Person.select().count() == 150
    assert settings.get("commissioner") == "Dr. Katharina Brandt"
    assert settings.get(first_run.DONE_KEY) == "1"


def test_later_stores_nothing_and_the_dialog_returns_next_time(db, db_path, qtbot) -> None:
    def press_later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        dialog.commissioner.setText("Jemand")
        dialog.later_button.click()

    QTimer.singleShot(0, press_later)
    assert maybe_run_first_run(db_path) is False
    assert settings.get("commissioner") == ""
    assert needs_first_run()


def test_first_start_creates_the_data_folders_and_runs_once(isolated_home, qtbot) -> None:
    from app.models import close_database, open_database

    db_file = paths.default_db_path()
    assert not paths.data_dir().exists()
    open_database(db_file)
    try:
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().start_button.click())
        assert maybe_run_first_run(db_file) is True
        assert paths.data_dir().is_dir() and paths.config_dir().is_dir() and db_file.exists()
        assert maybe_run_first_run(db_file) is False  # no dialog the second time: nothing to click
    finally:
        close_database()


def test_the_smoke_run_never_shows_the_welcome_dialog(db_path) -> None:
    from app.models import close_database
    from app.ui.application import run_gui

    try:
        assert run_gui(db_path, smoke=True) == 0  # would block in exec() if the dialog appeared
        assert settings.get(first_run.DONE_KEY) == ""
    finally:
        close_database()
