"""ICS/vCard in the GUI: the preview dialog, drag and drop, the menu, the lists' buttons, mail to all, the
subscription folder in the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.models import Appointment, AppointmentSeries, Network, Person

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True)
    return urls


def test_preview_take_private_import_and_undo(db: object, qtbot, quiet: list[str]) -> None:  # noqa: ANN001
    from app.ui.exchange_dialog import ExchangeDialog

    done: list[object] = []
    dialog = ExchangeDialog(FIXTURES / "outlook_kalender.ics", on_done=done.append)
    qtbot.addWidget(dialog)
    assert dialog.profile_label.text() == "Erkannt: Outlook – Kalender (iCalendar), 7 Einträge"
    labels = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    dentist = labels.index("Zahnarzt")
    assert dialog.model.index(dentist, 0).data() == "überspringen"
    assert "Gremiensitzung" in dialog.model.index(labels.index("Runder Tisch Integration"), 2).data()
    dialog.table.selectRow(dentist)
    dialog.take_button.click()
    assert dialog.model.index(dentist, 0).data() == "neu"
    assert dialog.summary.text() == "6 neu, 0 zu aktualisieren, 1 übersprungen, 0 fehlerhaft"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
    assert Appointment.select().count() == 15 and AppointmentSeries.select().count() == 1
    assert "15 neu angelegt" in dialog.summary.text() and done
    assert not dialog.import_button.isEnabled() and not dialog.undo_button.isHidden()
    dialog.undo_button.click()
    assert Appointment.select().count() == 0 and AppointmentSeries.select().count() == 0
    assert "rückgängig gemacht" in dialog.summary.text()


def test_private_checkbox_reloads_the_preview(db: object, qtbot) -> None:  # noqa: ANN001
    from app.ui.exchange_dialog import ExchangeDialog

    dialog = ExchangeDialog(FIXTURES / "thunderbird_kalender.ics")
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.preview.counts()["skip"] == 1
    dialog.private_box.setChecked(True)
    assert dialog.preview.counts()["skip"] == 0


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def _dialogs() -> list:  # type: ignore[type-arg]
    from app.ui.exchange_dialog import ExchangeDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ExchangeDialog) and w.isVisible()]


def test_dropping_a_vcard_onto_the_window_opens_the_preview(window, qtbot) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "apple_icloud.vcf"))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    from app.ui.exchange_dialog import _WindowHook

    # Qt delivers a drop only during a real drag; hand the event to the installed filter directly
    (hook,) = [child for child in window.children() if isinstance(child, _WindowHook)]
    assert window.acceptDrops() and hook.eventFilter(window, event)
    dialogs = _dialogs()
    assert len(dialogs) == 1 and dialogs[0].preview.profile == "Apple/iCloud"
    dialogs[0].close()


def test_list_export_offers_vcard_and_ics(window, qtbot, tmp_path: Path,  # noqa: ANN001
                                          monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    persons = window.show_page("persons")
    persons.search.setText("Müller")
    shown = persons.model.rowCount()
    target = tmp_path / "auswahl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "vCard (*.vcf)"))
    persons.export()
    qtbot.waitUntil(lambda: bool(quiet), timeout=10000)  # written in the background
    text = (tmp_path / "auswahl.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == shown > 0 and "Müller" in text
    assert quiet and "Kontakte gespeichert" in quiet[-1]
    area = window.show_page("appointments")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "t.ics"), "Kalender (*.ics)"))
    area.list_page.export()
    qtbot.waitUntil(lambda: len(quiet) == 2, timeout=10000)
    assert (tmp_path / "t.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    actions = [a.text() for a in area.list_page.import_button.menu().actions()]
    assert actions == ["Excel- oder CSV-Liste …", "Kalenderdatei (.ics) …"]


def test_mail_to_all_from_the_network_editor(window, opened_urls: list[str], quiet: list[str]) -> None:  # noqa: ANN001
    network = Network.get(Network.kind == "round_table")
    editor = window.open_record("network", network.id)
    assert editor.mail_button.text() == "E-Mail an alle"
    result = editor.mail_button.send()
    if result == "mail":
        assert opened_urls[-1].startswith("mailto:?bcc=")
    else:  # a big round table: the addresses went to the clipboard
        assert result == "clipboard" and "@" in QGuiApplication.clipboard().text()
        assert opened_urls[-1] == "mailto:"


def test_mail_button_clipboard_when_too_long(db: object, qtbot, opened_urls: list[str],  # noqa: ANN001
                                             quiet: list[str]) -> None:
    from app.ui.mail_button import MailButton

    many = [f"teilnehmerin.{i}@verein-lindenau.example.org" for i in range(60)]
    button = MailButton(lambda: many)
    qtbot.addWidget(button)
    assert button.send() == "clipboard"
    assert QGuiApplication.clipboard().text().split("; ") == many
    few = MailButton(lambda: many[:3])
    qtbot.addWidget(few)
    assert few.send() == "mail" and opened_urls[-1].startswith("mailto:?bcc=teilnehmerin.0@")


def test_subscription_folder_in_the_settings(window, tmp_path: Path) -> None:  # noqa: ANN001
    page = window.show_page("settings")
    box = page.subscription_box
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    assert box.choose(str(folder))
    assert (folder / "bruecke.ics").exists()
    assert "Termine in" in box.status.text() and box.folder.text() == str(folder)
    box.set_folder("")
    assert box.folder.text() == "" and not box.clear_button.isEnabled()
    assert Person.select().count() > 0


def test_the_spreadsheet_wizard_hands_calendar_files_over(window, qtbot) -> None:  # noqa: ANN001
    from app.ui import import_wizard

    assert ".ics" in import_wizard.OTHER_FORMATS and ".vcf" in import_wizard.OTHER_FORMATS
    wizard = import_wizard.open_import_wizard(window, "appointments")
    page = wizard.currentPage()
    page.path_edit.setText(str(FIXTURES / "google_kalender.ics"))
    assert not page.validatePage()
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
    assert _dialogs()[0].preview.profile == "Google Kalender"
    _dialogs()[0].close()


def test_mail_to_the_invitees_from_the_attendance_tab(db: object, qtbot, opened_urls: list[str],  # noqa: ANN001
                                                       quiet: list[str]) -> None:
    import datetime as dt

    from app.services import appointments, attendance, contacts
    from app.ui.attendance_tab import AttendanceTab

    tab = AttendanceTab()
    qtbot.addWidget(tab)
    assert not tab.mail_button.isEnabled()
    meeting = appointments.create_appointment({"title": "Beirat", "start": dt.datetime(2026, 3, 4, 17)})
    people = [contacts.create_person({"first_name": first, "last_name": last, "email": email}).id
              for first, last, email in (("Anna", "Müller", "a.mueller@example.org"),
                                         ("Kim", "Schmidt", "kim@example.org"))]
    attendance.invite(meeting.id, people)
    tab.set_appointment(meeting.id)
    assert tab.mail_button.isEnabled() and tab.mail_button.send() == "mail"
    assert opened_urls[-1] == "mailto:?bcc=a.mueller@example.org,kim@example.org"


def test_menu_export_can_carry_open_follow_ups(db: object, qtbot, tmp_path: Path,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QWidget

    from app.models import FollowUp
    from app.services import appointments
    from app.ui.exchange_dialog import export_calendar

    appointments.create_appointment({"title": "Beirat", "start": dt.datetime(2026, 3, 4, 17)})
    FollowUp.create(title="Protokoll an den Beirat schicken", due_date=dt.date(2026, 3, 11))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "k.ics"), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    parent = QWidget()
    qtbot.addWidget(parent)
    export_calendar(parent)
    qtbot.waitUntil(lambda: bool(quiet), timeout=10000)
    text = (tmp_path / "k.ics").read_text(encoding="utf-8")
    assert "1 offenen Wiedervorlagen" in asked[0]
    assert "BEGIN:VTODO" in text and "SUMMARY:Protokoll an den Beirat schicken" in text
