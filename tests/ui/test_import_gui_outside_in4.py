"""Outside-in pass 4 over the GUI paths that bring an office's files in and out (issue 11 §9), as a new office
user meets them: the file dropped or chosen from the overview, the mapping table read by a screen reader,
a cancelled check or import, the English menu, the wizard's "drag it here", a network's members as vCard,
a selection of the list as vCard, a large address book opened from the menu.

Each test failed on the code before its fix (found by driving the real window under Xvfb at 1024×768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.models import Appointment, Network, Person
from app.services import imports
from app.ui import import_preview
from app.ui.import_wizard import ImportWizard
from tests.ui.test_accessibility import unnamed

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    return win


def _to_mapping(qtbot, wizard: ImportWizard):  # type: ignore[no-untyped-def]
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING, wizard.currentPage().message.text()
    return wizard.currentPage()


def _to_preview_from_mapping(qtbot, wizard: ImportWizard):  # type: ignore[no-untyped-def]
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.ready, timeout=10_000)
    return page


def _to_preview(qtbot, wizard: ImportWizard):  # type: ignore[no-untyped-def]
    _to_mapping(qtbot, wizard)
    return _to_preview_from_mapping(qtbot, wizard)


# --- the kind of list follows the file --------------------------------------------------------------------------

def test_an_outlook_calendar_opened_from_the_overview_comes_in_as_appointments(db: object, qtbot) -> None:  # noqa: ANN001
    """Ctrl+I or a drop on the overview opens the wizard for contacts; the Outlook calendar was then read as a
    contact list ("Kein bekanntes Exportformat", "Erforderliche Teilnehmer" → Name) and could be imported so."""
    wizard = ImportWizard(None, "persons", FIXTURES / "outlook_kalender_de.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert wizard.kind == "appointments" and wizard.layout_ is not None
    assert wizard.layout_.profile == "outlook-kalender-de"
    assert "Outlook-Kalender (deutsch)" in page.profile.text() and "Termine" in page.profile.text()
    first = wizard.page(ImportWizard.PAGE_FILE)
    assert first.kind() == "appointments"  # "Zurück" shows what the file is read as
    mapping = dict(zip(wizard.layout_.headers, page.mapping(), strict=True))
    assert mapping["Betreff"] == "title" and mapping["Beginnt am"] == "date"
    preview = _to_preview_from_mapping(qtbot, wizard)
    titles = [row.values.get("title") for row in preview.model.rows if row.action == "create"]
    assert "Runder Tisch Integration" in titles


def test_a_google_contacts_export_opened_from_the_calendar_comes_in_as_contacts(db: object, qtbot) -> None:  # noqa: ANN001
    wizard = ImportWizard(None, "appointments", FIXTURES / "google_contacts.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert wizard.kind == "persons" and wizard.layout_ is not None and wizard.layout_.profile == "google"
    assert "Kontakte" in page.profile.text()


def test_a_plain_list_keeps_the_kind_the_user_chose(db: object, qtbot) -> None:  # noqa: ANN001
    wizard = ImportWizard(None, "persons", FIXTURES / "partner_libreoffice.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert wizard.kind == "persons" and "Termine" not in page.profile.text()


def test_a_calendar_profile_is_not_described_with_business_and_private_details(db: object, qtbot) -> None:  # noqa: ANN001
    wizard = ImportWizard(None, "appointments", FIXTURES / "outlook_kalender_de.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert "Outlook-Kalender (deutsch)" in page.profile.text()
    assert "geschäftliche Angaben" not in page.profile.text()


# --- the mapping table ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(imports.TARGETS))
def test_every_field_in_the_mapping_combo_has_a_readable_name(db: object, qtbot, kind: str) -> None:  # noqa: ANN001
    """"Erforderliche Teilnehmer" showed "invitees", "Postfach geschäftlich" showed "po_box"."""
    from app.ui.import_mapping import MappingPage

    wizard = ImportWizard(None, kind)
    qtbot.addWidget(wizard)
    wizard.kind = kind
    page = wizard.page(ImportWizard.PAGE_MAPPING)
    assert isinstance(page, MappingPage)
    for target in imports.TARGETS[kind]:
        shown = page.target_label(target.key)
        assert shown and shown != target.key and "_" not in shown, (kind, target.key, shown)


def test_invitees_and_po_box_columns_show_their_field_by_name(db: object, qtbot) -> None:  # noqa: ANN001
    wizard = ImportWizard(None, "appointments", FIXTURES / "outlook_kalender_de.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    headers = wizard.layout_.headers
    assert page.combos[headers.index("Erforderliche Teilnehmer")].currentText() == "Eingeladene (Anzahl)"
    contacts = ImportWizard(None, "persons", FIXTURES / "outlook_kontakte_de_cp1252.csv")
    qtbot.addWidget(contacts)
    page = _to_mapping(qtbot, contacts)
    assert page.combos[contacts.layout_.headers.index("Postfach geschäftlich")].currentText() == "Postfach"


def test_a_screen_reader_hears_which_column_each_combo_maps(db: object, qtbot) -> None:  # noqa: ANN001
    """The field combos of the mapping table and the category → kind rules had no accessible name: a screen
    reader said "Thema, combo box" without the column it belongs to."""
    wizard = ImportWizard(None, "appointments", FIXTURES / "outlook_kalender_de.csv")
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert unnamed(wizard) == []
    assert page.combos[0].accessibleName() == "Spalte A „Betreff“ übernehmen als"
    preview = _to_preview_from_mapping(qtbot, wizard)
    assert preview.categories_box.isVisibleTo(wizard) and unnamed(wizard) == []
    assert preview.rule_combos["Gremium"].accessibleName() == "Kategorie „Gremium“ wird zu"


def test_the_users_choice_goes_before_the_profiles_column_as_on_the_command_line(db: object, qtbot) -> None:  # noqa: ANN001
    """An office that reaches its partners by mobile maps Outlook's "Mobiltelefon" to Telefon: the wizard kept
    the business number (the profile's column went first) and the mobile number was lost;
    `bruecke import --map "Mobiltelefon=phone"` takes the mobile number."""
    source = FIXTURES / "outlook_kontakte_de_cp1252.csv"
    wizard = ImportWizard(None, "persons", source)
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    page.set_field(wizard.layout_.headers.index("Mobiltelefon"), "phone")
    preview = _to_preview_from_mapping(qtbot, wizard)
    cli = imports.analyse(source, "persons")
    imports.apply_overrides(cli, ["Mobiltelefon=phone"])
    on_the_cli = imports.preview(source, "persons", cli).rows[0].values["phone"]
    fatima = preview.model.rows[0]
    assert fatima.values["last_name"] == "Al-Sayed"
    assert fatima.values["phone"] == on_the_cli == "0171 5551234"


# --- cancel -----------------------------------------------------------------------------------------------------

def _real_run():  # type: ignore[no-untyped-def]
    from app.ui import worker

    return worker.run_in_background


def _cancelling():  # type: ignore[no-untyped-def]
    """The user presses "Abbrechen" in the progress dialog as the work begins (the work runs for real on the
    test's SQLite file; only the click is simulated, before the work's first report)."""
    import threading

    real = _real_run()

    def pressed_cancel(parent, title, work, on_success, on_failure=None, show_after_ms=200):  # type: ignore[no-untyped-def]
        started: dict[str, object] = {}
        known = threading.Event()

        def cancelled_at_once(progress):  # type: ignore[no-untyped-def]
            known.wait(5)
            started["job"].cancelled = True  # type: ignore[attr-defined]
            return work(progress)

        started["job"] = real(parent, title, cancelled_at_once, on_success, on_failure, show_after_ms)
        known.set()
        return started["job"]
    return pressed_cancel


def test_a_cancelled_check_returns_to_the_mapping_and_can_run_again(db: object, qtbot,  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel during "Liste wird geprüft" left the page at "Die Liste wird geprüft …" with "Importieren" greyed
    out for good."""
    wizard = ImportWizard(None, "persons", FIXTURES / "partner_libreoffice.csv")
    qtbot.addWidget(wizard)
    _to_mapping(qtbot, wizard)
    monkeypatch.setattr(import_preview, "run_in_background", _cancelling())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=10_000)
    assert "abgebrochen" in wizard.currentPage().message.text()
    monkeypatch.setattr(import_preview, "run_in_background", _real_run())
    page = _to_preview_from_mapping(qtbot, wizard)
    assert page.isComplete() and page.model.rowCount() > 0


def test_a_cancelled_import_writes_nothing_and_can_be_started_again(db: object, qtbot, quiet: list[str],  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel during "Import wird gespeichert" rolled back (good) but left "Importieren" greyed out: the user
    could only close the wizard and start over."""
    wizard = ImportWizard(None, "persons", FIXTURES / "outlook_kontakte_de_cp1252.csv")
    qtbot.addWidget(wizard)
    page = _to_preview(qtbot, wizard)
    monkeypatch.setattr(import_preview, "run_in_background", _cancelling())
    before = Person.select().count()
    wizard.next()
    qtbot.waitUntil(lambda: not page.committing, timeout=10_000)
    assert Person.select().count() == before and wizard.import_result is None
    assert page.isComplete() and wizard.button(ImportWizard.WizardButton.NextButton).isEnabled()
    assert "abgebrochen" in page.summary.text() and "nichts gespeichert" in page.summary.text()
    monkeypatch.setattr(import_preview, "run_in_background", _real_run())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=10_000)
    assert Person.select().count() == before + 3


def test_a_cancelled_calendar_file_import_can_be_started_again(db: object, qtbot, quiet: list[str],  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import exchange_dialog
    from app.ui.exchange_dialog import ExchangeDialog

    dialog = ExchangeDialog(FIXTURES / "outlook_kalender.ics")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(exchange_dialog, "run_in_background", _cancelling())
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert Appointment.select().count() == 0 and dialog.import_result is None
    assert "abgebrochen" in dialog.summary.text()
    monkeypatch.setattr(exchange_dialog, "run_in_background", _real_run())
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    assert Appointment.select().count() > 0


# --- the English menu, the wizard's drop field ------------------------------------------------------------------

def test_the_import_entry_of_the_file_menu_follows_the_language(window, qtbot) -> None:  # noqa: ANN001
    """After switching to English the File menu still said "Liste importieren …"."""
    from app.ui.i18n import apply_language

    try:
        apply_language("en")
        QApplication.processEvents()
        assert window.import_action.text() == "Import list …"
        apply_language("de")
        QApplication.processEvents()
        assert window.import_action.text() == "Liste importieren …"
    finally:
        apply_language("de")


def _drag(path: Path, with_text: bool) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if with_text:  # Linux file managers also offer the URL as text
        mime.setText(QUrl.fromLocalFile(str(path)).toString())
    return mime


@pytest.mark.parametrize("with_text", [False, True])
def test_a_file_dragged_onto_the_wizards_file_field_is_taken(db: object, qtbot, with_text: bool) -> None:  # noqa: ANN001
    """The field says "Datei auswählen oder hierher ziehen …": a dragged file was refused (Explorer: URLs only)
    or became the text "file:///…", which the next step could not open."""
    wizard = ImportWizard(None, "persons")
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.currentPage().path_edit
    path = FIXTURES / "google_contacts.csv"
    mime = _drag(path, with_text)
    centre = edit.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, drop)
    assert edit.text() == str(path)
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING and wizard.layout_.profile == "google"


def test_a_file_url_typed_or_pasted_into_the_file_field_opens(db: object, qtbot) -> None:  # noqa: ANN001
    wizard = ImportWizard(None, "persons")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path_edit.setText(QUrl.fromLocalFile(str(FIXTURES / "thunderbird_de.csv")).toString())
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING and wizard.layout_.profile == "thunderbird-de"


# --- vCard out: a network's members, a selection ----------------------------------------------------------------

def test_a_networks_members_go_out_as_vcard_from_the_network_editor(window, qtbot, tmp_path: Path,  # noqa: ANN001
                                                                    quiet: list[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11 §6: vCard of a network's members – the service could, no button in the GUI did."""
    from app.services import networks

    network = Network.get(Network.kind == "round_table")
    editor = window.open_record("network", network.id)
    entries = [a for a in editor.mail_button.menu().actions() if a.text()]
    vcard = next(a for a in entries if "vCard" in a.text())
    target = tmp_path / "runder_tisch"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "vCard (*.vcf)"))
    vcard.trigger()
    qtbot.waitUntil(lambda: bool(quiet), timeout=10_000)
    text = (tmp_path / "runder_tisch.vcf").read_text(encoding="utf-8")
    members = networks.invitees(network.id)
    assert text.count("BEGIN:VCARD") == len(members) > 0
    assert f"{len(members)} Kontakte gespeichert" in quiet[-1]


def test_the_selected_contacts_go_out_as_vcard(window, qtbot, tmp_path: Path, quiet: list[str],  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11 §6: "a selection in the GUI" – the list's export wrote every row shown, whatever was marked."""
    persons = window.show_page("persons")
    table = persons.table
    table.selectRow(0)
    table.selectionModel().select(persons.table.model().index(2, 0),
                                  table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    offered: list[str] = []

    def save(parent, title, suggested, filters, *args, **kwargs):  # type: ignore[no-untyped-def]
        offered.extend(filters.split(";;"))
        return str(tmp_path / "auswahl"), next(f for f in offered if "markiert" in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    persons.export()
    qtbot.waitUntil(lambda: bool(quiet), timeout=10_000)
    text = (tmp_path / "auswahl.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "2 Kontakte gespeichert" in quiet[-1]
    assert "vCard (*.vcf)" in offered  # all rows shown, as before


# --- a large address book from the menu -------------------------------------------------------------------------

def test_a_large_address_book_is_read_in_the_background(db: object, qtbot, tmp_path: Path,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A phone's export of 5,000 contacts (1.6 MB) was read on the GUI thread before the dialog showed: the
    window froze for seconds without a word. Now the dialog shows at once and the reading runs with progress."""
    from app.ui import exchange_dialog
    from app.ui.exchange_dialog import ExchangeDialog

    cards = []
    for number in range(3000):
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                     f"N:Muster{number};Anna;;;\r\nFN:Anna Muster{number}\r\n"
                     f"EMAIL;TYPE=INTERNET,WORK:anna.muster{number}@verein-lindenau.example.org\r\n"
                     f"TEL;TYPE=CELL:+49 171 {5550000 + number}\r\n"
                     "ORG:Verein Lindenau e. V.;Beratung\r\nTITLE:Migrationsberatung\r\n"
                     "ADR;TYPE=WORK:;;Hauptstraße 1;Lindenau;;04177;Deutschland\r\n"
                     "NOTE:Ansprechpartnerin für das Sprachcafé und die Elternarbeit\\, donnerstags erreichbar\r\n"
                     "END:VCARD\r\n")
    path = tmp_path / "Kontakte.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    assert path.stat().st_size > exchange_dialog.LOAD_IN_BACKGROUND
    background: list[str] = []
    real = exchange_dialog.run_in_background

    def watched(parent, title, work, on_success, on_failure=None, show_after_ms=200):  # type: ignore[no-untyped-def]
        background.append(title)
        return real(parent, title, work, on_success, on_failure, show_after_ms)

    monkeypatch.setattr(exchange_dialog, "run_in_background", watched)
    dialog = ExchangeDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.preview is None and background and not dialog.import_button.isEnabled()
    assert "wird gelesen" in dialog.profile_label.text()
    assert not dialog.private_box.isVisibleTo(dialog)  # an address book has no private appointments
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.model.rowCount() == 3000 and dialog.import_button.isEnabled()
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Details"  # a card has no "Wann"
    assert "3000 Einträge" in dialog.profile_label.text()
    assert Person.select().count() == 0


# --- a registration list in a new office ------------------------------------------------------------------------

def test_a_registration_list_in_an_office_without_appointments_says_why_it_cannot_go_on(db: object, qtbot) -> None:  # noqa: ANN001
    """A new office chooses "Teilnahmeliste eines Termins": "Weiter" stayed grey with no word why (there is no
    appointment yet to attach it to)."""
    wizard = ImportWizard(None, "persons", FIXTURES / "partner_libreoffice.csv")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    page.kind_box.setCurrentIndex(page.kind_box.findData("attendance"))
    assert not page.isComplete()
    assert "keine Termine" in page.message.text() and "zuerst" in page.message.text()
    page.kind_box.setCurrentIndex(page.kind_box.findData("persons"))
    assert page.isComplete() and page.message.text() == ""


# --- the file dialogs show every file the import reads ----------------------------------------------------------

def test_the_open_dialogs_show_calendar_and_address_book_files(window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The wizard's "Durchsuchen …" showed spreadsheets only (an .ics chosen there is handed to its own import,
    but could not be seen), and the lists' vCard import hid ".vcard" files that the import reads."""
    from app.ui.exchange_dialog import choose_and_import

    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, filters, *a, **k: offered.append(filters) or ("", ""))
    wizard = ImportWizard(window, "persons")
    wizard.page(ImportWizard.PAGE_FILE).browse()
    assert "*.ics" in offered[-1] and "*.vcf" in offered[-1] and "*.xlsx" in offered[-1].split(";;")[0]
    wizard.close()
    choose_and_import(window, "persons")
    assert "*.vcf" in offered[-1] and "*.vcard" in offered[-1] and "*.ics" not in offered[-1]
    choose_and_import(window, "appointments")
    assert "*.ics" in offered[-1] and "*.vcf" not in offered[-1]


# --- several exports dropped at once ----------------------------------------------------------------------------

def test_several_exports_dropped_at_once_each_open_their_import(window, qtbot) -> None:  # noqa: ANN001
    """A new office selects its exports in the file manager and drops them together: only the first file opened,
    the others were dropped without a word."""
    from app.ui.exchange_dialog import ExchangeDialog

    mime = QMimeData()
    files = [FIXTURES / "outlook_kontakte_de_cp1252.csv", FIXTURES / "outlook_kalender_de.csv",
             FIXTURES / "apple_icloud.vcf", FIXTURES / "partner_libreoffice.xls"]
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    wizards = [w for w in shown if isinstance(w, ImportWizard)]
    dialogs = [w for w in shown if isinstance(w, ExchangeDialog)]
    assert sorted(w.page(ImportWizard.PAGE_FILE).path() for w in wizards) == sorted(
        [files[0], files[1], files[3]])
    assert [d.path for d in dialogs] == [files[2]]
    assert len({w.pos().toTuple() for w in wizards}) == 3  # none hides another
    qtbot.waitUntil(lambda: all(w.currentId() >= ImportWizard.PAGE_SHEET for w in wizards), timeout=10_000)
    calendar = next(w for w in wizards if w.path == files[1])
    assert calendar.kind == "appointments"  # dropped on the overview, read as what it is
    for widget in wizards + dialogs:
        widget.close()


# --- the calendar subscription after a spreadsheet import -------------------------------------------------------

def _outlook_calendar_with_dates_near_today(tmp_path: Path) -> Path:
    """The German Outlook calendar export (fixture: cp1252, all cells quoted, CRLF) with its first meeting moved
    to next week, so that it falls into the subscription file's window (3 months back, 12 ahead)."""
    import csv
    import datetime as dt

    source = FIXTURES / "outlook_kalender_de.csv"
    rows = list(csv.reader(source.open(encoding="cp1252", newline="")))
    day = (dt.date.today() + dt.timedelta(days=7)).strftime("%d.%m.%Y")
    header = rows[0]
    for column in ("Beginnt am", "Endet am", "Erinnerung am"):
        rows[1][header.index(column)] = day
    rows[1][header.index("Betreff")] = "Runder Tisch Integration nächste Woche"
    target = tmp_path / "Kalender.CSV"
    with target.open("w", encoding="cp1252", newline="") as out:
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return target


def test_appointments_from_a_spreadsheet_reach_the_subscription_file(db: object, qtbot, tmp_path: Path,  # noqa: ANN001
                                                                     quiet: list[str]) -> None:
    """The Outlook calendar imported through the wizard did not reach bruecke.ics (Settings → Kalender-Abonnement)
    until the next hand-made change; undoing the import left its appointments in the file."""
    from app.services import settings, subscription

    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    settings.update({subscription.SETTING: str(folder)})
    subscription.write()
    wizard = ImportWizard(None, "appointments", _outlook_calendar_with_dates_near_today(tmp_path))
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=10_000)
    text = (folder / "bruecke.ics").read_text(encoding="utf-8")
    assert "Runder Tisch Integration nächste Woche" in text
    wizard.currentPage()._undo()
    assert "Runder Tisch Integration nächste Woche" not in (folder / "bruecke.ics").read_text(encoding="utf-8")


def test_cancelling_the_reading_of_a_large_address_book_closes_its_dialog(db: object, qtbot, tmp_path: Path,  # noqa: ANN001
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import exchange_dialog
    from app.ui.exchange_dialog import ExchangeDialog

    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;;\r\nFN:Anna Muster\r\n"
            "NOTE:" + "Ansprechpartnerin für das Sprachcafé " * 20 + "\r\nEND:VCARD\r\n")
    path = tmp_path / "Kontakte.vcf"
    path.write_text(card * 1000, encoding="utf-8")
    assert path.stat().st_size > exchange_dialog.LOAD_IN_BACKGROUND
    monkeypatch.setattr(exchange_dialog, "run_in_background", _cancelling())
    dialog = ExchangeDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.preview is None and Person.select().count() == 0


# --- a workbook with a cover sheet ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["partnerliste_buero.xls", "partnerliste_buero.ods", "partnerliste_buero.xlsx",
                                  "partnerliste_auswahl_versteckt.ods"])
def test_the_sheet_step_offers_the_list_not_the_cover_sheet(db: object, qtbot, name: str) -> None:  # noqa: ANN001
    """An office's partner list with a cover sheet "Hinweise" first (and a hidden sheet of choice lists): the
    sheet step preselected the cover sheet, "Weiter" led to a one-column mapping with "Bitte eine Spalte als
    Name zuordnen" – the command line takes the "Partner" sheet by itself."""
    wizard = ImportWizard(None, "persons", FIXTURES / "vcard_sheets4" / name)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_SHEET
    assert wizard.currentPage().selected() == "Partner"
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING and page.isComplete(), page.message.text()


@pytest.mark.parametrize(("chosen", "name", "read_as"), [
    ("persons", "termine_libreoffice.xlsx", "appointments"),
    ("persons", "termine_libreoffice_cp1252.csv", "appointments"),
    ("appointments", "partner_libreoffice.csv", "persons"),
])
def test_a_hand_made_list_of_the_other_kind_is_read_as_what_it_is(db: object, qtbot, chosen: str, name: str,  # noqa: ANN001
                                                                  read_as: str) -> None:
    """The office's own list of dates (Thema, Datum, von, bis …) dropped on the overview stopped at "Bitte eine
    Spalte als Name zuordnen" with no hint that the kind of list was the problem."""
    wizard = ImportWizard(None, chosen, FIXTURES / name)
    qtbot.addWidget(wizard)
    page = _to_mapping(qtbot, wizard)
    assert wizard.kind == read_as and page.isComplete(), page.message.text()
    assert "nicht als" in page.profile.text()
    preview = _to_preview_from_mapping(qtbot, wizard)
    assert sum(1 for row in preview.model.rows if row.action == "create") >= 3


# --- progress for a large list ----------------------------------------------------------------------------------

def test_checking_a_large_csv_shows_a_bar_that_fills(db: object, qtbot, tmp_path: Path,  # noqa: ANN001
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 rows from Excel's "CSV (Trennzeichen-getrennt)" (cp1252, semicolons, CRLF): the check reported
    "Zeile 12001 wird geprüft …" under a busy stripe with no end in sight; the file's own line count gives the bar
    its length."""
    lines = ["Anrede;Vorname;Nachname;Organisation;E-Mail;Telefon"]
    lines += [f"Frau;Anna;Muster{n};Verein {n % 300};anna.muster{n}@verein.example.org;0341 {100000 + n}"
              for n in range(20_000)]
    path = tmp_path / "Partner.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    reports: list[tuple[int, int]] = []
    real = _real_run()

    def recorded(parent, title, work, on_success, on_failure=None, show_after_ms=200):  # type: ignore[no-untyped-def]
        def watched(report):  # type: ignore[no-untyped-def]
            def seen(done: int, total: int, text: str) -> None:
                reports.append((done, total))
                report(done, total, text)
            return work(seen)
        return real(parent, title, watched, on_success, on_failure, show_after_ms)

    monkeypatch.setattr(import_preview, "run_in_background", recorded)
    wizard = ImportWizard(None, "persons", path)
    qtbot.addWidget(wizard)
    page = _to_preview(qtbot, wizard)
    assert page.model.rowCount() == 20_000
    during = [(done, total) for done, total in reports[:-1]]
    assert during and all(total >= 20_000 and 0 < done <= total for done, total in during)
    assert reports[-1][0] == reports[-1][1]  # full at the end


def test_a_single_card_is_one_entry_not_one_entries(db: object, qtbot) -> None:  # noqa: ANN001
    """"Erkannt: Outlook – Adressbuch (vCard), 1 Einträge" / "Recognised: … 1 entries"."""
    from app.ui.exchange_dialog import ExchangeDialog
    from app.ui.i18n import apply_language

    dialog = ExchangeDialog(FIXTURES / "outlook_kontakt.vcf")
    qtbot.addWidget(dialog)
    assert dialog.profile_label.text() == "Erkannt: Outlook – Adressbuch (vCard), 1 Eintrag"
    try:
        apply_language("en")
        english = ExchangeDialog(FIXTURES / "outlook_kontakt.vcf")
        qtbot.addWidget(english)
        assert english.profile_label.text() == "Recognised: Outlook – address book (vCard), 1 entry"
    finally:
        apply_language("de")


def test_one_new_organisation_is_said_in_the_singular(db: object, qtbot, quiet: list[str]) -> None:  # noqa: ANN001
    """Thunderbird's English address book with one contact: "dazu 1 neue Organisationen" in the preview and
    "Dazu 1 neue Organisationen." on the result page."""
    wizard = ImportWizard(None, "persons", FIXTURES / "thunderbird_en.csv")
    qtbot.addWidget(wizard)
    page = _to_preview(qtbot, wizard)
    assert "dazu 1 neue Organisation ·" in page.summary.text() or page.summary.text().endswith(
        "dazu 1 neue Organisation")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=10_000)
    assert "Dazu 1 neue Organisation." in wizard.currentPage().text.text()
    assert "Organisationen" not in wizard.currentPage().text.text()


@pytest.mark.parametrize("typed", ['"{path}"', "'{path}'", "  {path}  ", "~/{name}"])
def test_a_path_pasted_from_the_explorer_or_typed_with_a_tilde_opens(db: object, qtbot, typed: str,  # noqa: ANN001
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    """Windows Explorer's "Als Pfad kopieren" puts the path in quotes: pasted into the file field it gave
    "Die Datei „google_contacts.csv"“ gibt es nicht (mehr)."; "~/…" was not the home folder either."""
    import shutil

    monkeypatch.setenv("HOME", str(tmp_path))
    source = shutil.copyfile(FIXTURES / "google_contacts.csv", tmp_path / "google_contacts.csv")
    wizard = ImportWizard(None, "persons")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path_edit.setText(typed.format(path=source, name=source.name))
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING and wizard.layout_.profile == "google"
