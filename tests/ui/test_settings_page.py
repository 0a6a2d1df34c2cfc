"""The settings page loads and saves office settings, validates them, and manages fields of action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox

from app.services import appointments, settings
from app.ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, db, db_path: Path) -> SettingsPage:  # noqa: ANN001
    widget = SettingsPage(db_path=db_path)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def test_saving_stores_the_office_settings_and_a_new_page_shows_them(page, qtbot, db_path) -> None:  # noqa: ANN001
    assert page.office_name.text() == "Büro der Integrationsbeauftragten"
    assert not page.save_button.isEnabled()
    page.office_name.setText("Integrationsbeauftragte des Landkreises Lindenau")
    page.commissioner.setText("Dr. Олена Коваленко")
    page.letterhead.setPlainText("Landratsamt Lindenau  \nAm Markt 1, 01067 Lindenau\n")
    page.report_language.setCurrentIndex(page.report_language.findData("en"))
    assert page.save_button.isEnabled() and page.is_modified()
    assert page.save() is True
    assert settings.get("office_name") == "Integrationsbeauftragte des Landkreises Lindenau"
    assert settings.get("commissioner") == "Dr. Олена Коваленко"
    assert settings.get("letterhead") == "Landratsamt Lindenau\nAm Markt 1, 01067 Lindenau"
    assert settings.get("report_language") == "en" and settings.get("language") == "de"
    assert page.status.text() == "Gespeichert." and not page.save_button.isEnabled()
    again = SettingsPage(db_path=db_path)
    qtbot.addWidget(again)
    assert again.commissioner.text() == "Dr. Олена Коваленко"
    assert again.report_language.currentData() == "en"
    assert again.data_path.text() == str(db_path)


def test_missing_office_name_is_shown_next_to_the_field_and_nothing_is_saved(page) -> None:  # noqa: ANN001
    page.office_name.setText("   ")
    page.commissioner.setText("Neu")
    assert page.save() is False
    assert page.errors["office_name"].isVisible()
    assert "Namen des Büros" in page.errors["office_name"].text()
    assert settings.get("commissioner") == ""
    page.revert_button.click()
    assert page.office_name.text() == "Büro der Integrationsbeauftragten"
    assert not page.errors["office_name"].isVisible()


def test_logo_is_previewed_and_a_missing_file_is_refused(page, tmp_path: Path) -> None:  # noqa: ANN001
    page.set_logo(str(tmp_path / "fehlt.png"))
    assert page.save() is False and "gibt es nicht" in page.errors["logo_path"].text()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("kein Bild")
    page.set_logo(str(not_an_image))
    assert page.save() is False and "kein lesbares Bild" in page.errors["logo_path"].text()
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    logo = tmp_path / "wappen.png"
    assert image.save(str(logo))
    page.set_logo(str(logo))
    assert not page.logo_preview.pixmap().isNull()
    assert page.logo_preview.pixmap().width() <= page.LOGO_PREVIEW.width()
    assert page.save() is True and settings.get("logo_path") == str(logo)
    page.logo_clear.click()
    assert page.logo_preview.pixmap().isNull() and page.save() and settings.get("logo_path") == ""


def test_fields_of_action_can_be_added_renamed_archived_and_restored(page, warnings) -> None:  # noqa: ANN001
    count = page.fields.count()
    assert page.add_field("Antidiskriminierung") is True
    assert page.fields.count() == count + 1
    assert page.fields.currentItem().text() == "Antidiskriminierung"
    assert page.add_field("Antidiskriminierung") is False
    assert warnings and "Gibt es schon" in warnings[-1]
    assert page.rename_field("Antidiskriminierung und Vielfalt") is True
    assert "Antidiskriminierung und Vielfalt" in page.field_names()
    page.archive_field_button.click()
    assert page.fields.currentItem().text() == "Antidiskriminierung und Vielfalt (archiviert)"
    assert page.archive_field_button.text() == "Wieder aktivieren"
    assert "Antidiskriminierung und Vielfalt" not in [f.name for f in appointments.fields_of_action()]
    page.archive_field_button.click()
    assert "Antidiskriminierung und Vielfalt" in [f.name for f in appointments.fields_of_action()]
    assert page.rename_field("") is False and warnings[-1].startswith("Pflichtfeld")


def test_open_folder_opens_the_folder_of_the_data_file(page, db_path, monkeypatch) -> None:  # noqa: ANN001
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(db_path.resolve().parent)]


def test_a_panel_can_be_appended_below_the_sections(page) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QGroupBox

    panel = QGroupBox("Sicherung")
    page.add_section(panel)
    index = page.sections.indexOf(panel)
    assert index > page.sections.indexOf(page.backup_panel) > page.sections.indexOf(page.fields_box)
    sections = [page.sections.itemAt(i).widget() for i in range(page.sections.count())]
    assert [w for w in sections if w is not None][-1] is panel


def test_every_topic_is_its_own_section_with_load_and_save(page) -> None:  # noqa: ANN001
    """Issue 16 #10: one class per topic, registered in one list, in the page's column in that order."""
    from app.ui.settings import SECTIONS

    assert [type(topic) for topic in page.topics] == list(SECTIONS)
    column = [page.sections.itemAt(i).widget() for i in range(page.sections.count())]
    assert [w for w in column if w is not None] == page.topics
    assert page.office_box.values()["office_name"] == "Büro der Integrationsbeauftragten"
    page.office_name.setText("")
    assert page.office_box.save() is None and page.errors["office_name"].isVisible()
    assert page.language_box.save() == {"language": "de", "report_language": "de"}
    assert page.fields_box.values() == {} and page.subscription_box.values() == {}


def test_privacy_notice_and_retention_years_are_saved_with_the_other_settings(page) -> None:  # noqa: ANN001
    from app.services import privacy

    assert page.privacy_box.privacy_notice.toPlainText() == settings.DEFAULTS["privacy_notice"]
    assert page.privacy_box.retention_years.value() == 3
    page.privacy_box.privacy_notice_en.setPlainText("  Privacy: your data is used for this event only. ")
    page.privacy_box.retention_years.setValue(5)
    assert page.is_modified() and page.save_button.isEnabled()
    assert page.save() is True
    assert settings.get("privacy_notice_en") == "Privacy: your data is used for this event only."
    assert settings.get("retention_years") == "5" and privacy.retention_years() == 5
    assert not page.is_modified()


def test_a_problem_in_one_topic_saves_nothing_of_the_others(page) -> None:  # noqa: ANN001
    page.privacy_box.privacy_notice.setPlainText("   ")
    page.commissioner.setText("Neu")
    page.privacy_box.retention_years.setValue(7)
    assert page.save() is False
    assert "Datenschutzhinweis" in page.errors["privacy_notice"].text()
    assert settings.get("commissioner") == "" and settings.get("retention_years") == "3"
    assert "markierten Angaben" in page.status.text()


def test_a_language_change_event_makes_each_topic_set_its_texts_again(page, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEvent

    page.labels["office_name"].setText("x")
    page.privacy_box.setTitle("x")
    page.heading.setText("x")
    for widget in (page, page.office_box, page.privacy_box):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert page.labels["office_name"].text() == "&Name des Büros:"
    assert page.privacy_box.title() == "Datenschutzhinweis und Aufbewahrung"
    assert page.heading.text() == "Einstellungen"
