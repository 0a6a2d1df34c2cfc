"""The attendance tab through the real widgets: keyboard ticking, invitations, walk-ins, export, printing."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Appointment, Attendance, Network, Organization, Person
from app.services import appointments, attendance, contacts, networks, signin
from app.services.signin import SheetOptions
from app.ui.attendance_tab import AttendanceTab, PersonPicker, WalkInDialog
from app.ui.signin_dialog import SigninDialog, print_pdf


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any script into a widget, key by key (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key(0)
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def latest_round_table() -> Appointment:
    network = Network.get(Network.kind == "round_table")
    return (Appointment.select().where(Appointment.network == network.id)
            .order_by(Appointment.start.desc()).first())


@pytest.fixture
def meeting_after(demo_db) -> int:  # noqa: ANN001
    """The demo office's round table with its 31 invitees, nobody ticked yet (the morning after)."""
    meeting = latest_round_table()
    Attendance.update(status="invited", checked_in_at=None).where(Attendance.appointment == meeting.id).execute()
    return meeting.id


def statuses(appointment_id: int) -> dict[str, str]:
    return {a.snapshot_name: a.status for a in Attendance.select().where(Attendance.appointment == appointment_id)}


def make_tab(qtbot, appointment_id: int | None) -> AttendanceTab:  # noqa: ANN001
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.set_appointment(appointment_id)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_assistant_marks_25_of_31_with_the_keyboard_alone(qtbot, meeting_after: int) -> None:  # noqa: ANN001
    tab = make_tab(qtbot, meeting_after)
    names = [row.name for row in tab.model.rows]
    assert len(names) == 31 and "Gesamt: 31" in tab.counts_label.text()
    came = names[:25]
    tab.find_field.setFocus()
    for name in came:
        type_text(tab.find_field, name)  # the previous name is selected, so typing replaces it
        qtbot.keyClick(tab.find_field, Qt.Key.Key_Return)
    result = statuses(meeting_after)
    assert sorted(n for n, s in result.items() if s == "attended") == sorted(came)
    assert "Anwesend: 25" in tab.counts_label.text() and "Eingeladen: 6" in tab.counts_label.text()
    row = Attendance.get((Attendance.appointment == meeting_after) & (Attendance.snapshot_name == came[0]))
    assert row.checked_in_at is not None


def test_type_to_find_in_the_list_and_space_ticks(qtbot, db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "Volkshochschule Lindenau"})
    people = [("Jan", "Obracht-Prondzyński"), ("Rūta", "Žemaitytė"), ("Олена", "Коваленко"),
              ("Jens", "Schneider"), ("Julia", "Schulz")]
    ids = [contacts.create_person({"first_name": f, "last_name": last, "organization": org.id}).id
           for f, last in people]
    meeting = appointments.create_appointment({"title": "AG", "start": "2026-03-03 10:00"}).id
    attendance.invite(meeting, ids)
    tab = make_tab(qtbot, meeting)
    tab.table.setFocus()
    qtbot.keyClicks(tab.table, "prondz")  # part of a double name, typed without the accent
    assert tab.find_field.text() == "prondz" and tab.proxy.rowCount() == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.keyClicks(tab.table, "zem")  # after a tick the next letters start a new search
    assert tab.find_field.text() == "zem"
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.keyClicks(tab.table, "sch")
    assert tab.proxy.rowCount() == 2  # Schneider, Schulz – not "Volkshochschule"
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # Space again: un-tick
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.keyClick(tab.table, Qt.Key.Key_Escape)
    assert tab.find_field.text() == "" and tab.proxy.rowCount() == 5
    result = statuses(meeting)
    assert result["Jan Obracht-Prondzyński"] == "attended" and result["Rūta Žemaitytė"] == "attended"
    assert result["Julia Schulz"] == "attended" and result["Jens Schneider"] == "invited"
    assert result["Олена Коваленко"] == "invited"
    qtbot.keyClicks(tab.table, "vhs")  # no name fits: the organisation does
    assert tab.proxy.rowCount() == 0
    qtbot.keyClick(tab.table, Qt.Key.Key_Escape)
    qtbot.keyClicks(tab.table, "volks")
    assert tab.proxy.rowCount() == 5


def test_arrows_and_space_down_the_paper_list(qtbot, meeting_after: int) -> None:  # noqa: ANN001
    tab = make_tab(qtbot, meeting_after)
    tab.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.table, Qt.Key.Key_Space)
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    ticked = [r.name for r in tab.model.rows if r.status == "attended"]
    assert ticked == [tab.model.rows[i].name for i in (0, 2, 4)]


def test_invite_network_twice_adds_nobody_twice(qtbot, db) -> None:  # noqa: ANN001
    network = networks.create_network({"name": "Runder Tisch", "kind": "round_table"})
    org = contacts.create_organization({"name": "VHS"})
    for last in ("Meyer", "Schulz", "Wagner"):
        contacts.create_person({"last_name": last, "organization": org.id})
    networks.add_member(network.id, organization=org.id)
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2026-03-03 10:00",
                                               "network": network.id}).id
    tab = make_tab(qtbot, meeting)
    assert tab.network_combo.currentData() == network.id  # the appointment's network is the default
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    assert len(tab.model.rows) == 3 and "3 Personen aus" in tab.message.text()  # a real plural (issue 15 #6)
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    assert len(tab.model.rows) == 3 and "schon auf der Liste" in tab.message.text()
    assert Attendance.select().count() == 3


def test_walk_in_status_role_and_remove(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    contacts.create_organization({"name": "Caritas Lindenau"})
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2026-03-03 10:00"}).id
    tab = make_tab(qtbot, meeting)
    dialog = WalkInDialog(meeting, tab)
    qtbot.addWidget(dialog)
    dialog.save()  # no last name
    assert not dialog.error.isHidden() and "Nachnamen" in dialog.error.text()
    qtbot.keyClicks(dialog.first_name, "Mehmet")
    type_text(dialog.last_name, "Yılmaz <b>")
    dialog.organization.setEditText("Türkischer Elternverein & Co")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Organization.select().where(Organization.name == "Türkischer Elternverein & Co").count() == 1
    tab.reload()
    assert [(r.name, r.status) for r in tab.model.rows] == [("Mehmet Yılmaz <b>", "attended")]
    assert "Anwesend: 1" in tab.counts_label.text()

    tab.table.setCurrentIndex(tab.proxy.index(0, 1))
    tab.set_role_of_selection("speaker")
    tab.set_status_of_selection("excused")
    row = Attendance.get()
    assert (row.status, row.role) == ("excused", "speaker")
    assert "Entschuldigt: 1" in tab.counts_label.text()
    assert tab.model.index(0, 4).data() == "Referent/in"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Attendance.select().count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Attendance.select().count() == 0 and tab.model.rows == []
    assert Person.select().where(Person.last_name == "Yılmaz <b>").count() == 1  # the person stays


def test_person_picker_finds_and_skips_those_on_the_list(qtbot, db) -> None:  # noqa: ANN001
    a = contacts.create_person({"first_name": "Олена", "last_name": "Коваленко"})
    b = contacts.create_person({"first_name": "Oleksandr", "last_name": "Kowalenko"})
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2026-03-03 10:00"}).id
    attendance.invite(meeting, [a.id])
    tab = make_tab(qtbot, meeting)
    picker = PersonPicker(tab._present(), tab)
    qtbot.addWidget(picker)
    type_text(picker.field, "Коваленко")
    assert picker.chosen() == []  # already on the list: shown, not selectable
    picker.field.clear()
    qtbot.keyClicks(picker.field, "Kowalenko")
    assert picker.chosen() == [b.id]
    tab.invite_persons(picker.chosen())
    assert sorted(r.name for r in tab.model.rows) == ["Oleksandr Kowalenko", "Олена Коваленко"]


def test_excel_export_is_formula_safe(qtbot, db, tmp_path: Path) -> None:  # noqa: ANN001
    import openpyxl

    person = contacts.create_person({"first_name": "=HYPERLINK(\"http://x\")", "last_name": "Meyer",
                                     "function": "+49 Beratung"})
    meeting = appointments.create_appointment({"title": "Sitzung", "start": "2026-03-03 10:00"}).id
    attendance.invite(meeting, [person.id], status="registered")
    tab = make_tab(qtbot, meeting)
    out = tmp_path / "teilnahme.xlsx"
    tab.write_export(str(out))
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Nr.", "Name", "Organisation", "Funktion")
    assert rows[1][1] == "=HYPERLINK(\"http://x\") Meyer" and rows[1][7] == "Angemeldet"
    assert sheet.cell(2, 2).data_type != "f" and sheet.cell(2, 4).data_type != "f"


def test_no_appointment_disables_the_tab(qtbot, db) -> None:  # noqa: ANN001
    tab = make_tab(qtbot, None)
    assert not tab.table.isEnabled() and not tab.print_button.isEnabled() and tab.model.rows == []


def test_sheet_dialog_writes_remembers_and_prints_the_same_pdf(qtbot, meeting_after: int,  # noqa: ANN001
                                                               tmp_path: Path) -> None:
    dialog = SigninDialog(meeting_after)
    qtbot.addWidget(dialog)
    assert dialog.appointment_ids() == [meeting_after]
    dialog.place.setChecked(True)
    dialog.blank_rows.setValue(9)
    dialog.orientation.setCurrentIndex(1)
    written: list[Path] = []
    dialog.write(tmp_path / "liste.pdf", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=15000)
    reader = pypdf.PdfReader(written[0])
    assert "Runder Tisch Integration" in reader.pages[0].extract_text()
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    later = appointments.create_appointment({"title": "Nächste Sitzung", "start": "2027-02-02 10:00",
                                             "network": Appointment.get_by_id(meeting_after).network_id}).id
    assert signin.options_for(later) == SheetOptions(columns=("place",), blank_rows=9, landscape=True)
    assert SigninDialog(later).options() == signin.options_for(later)

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(written[0], printer) == len(reader.pages)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == len(reader.pages)


def test_appointment_editor_has_the_attendance_tab(qtbot, meeting_after: int) -> None:  # noqa: ANN001
    from app.ui.editors.appointment import AppointmentEditor

    new = AppointmentEditor(None)
    qtbot.addWidget(new)
    index = new.tabs.indexOf(new.attendance_tab)
    assert new.tabs.tabText(index) == "Teilnahme" and not new.tabs.isTabEnabled(index)
    new.fields["title"].set("Neuer Workshop")
    assert new.save()
    assert new.tabs.isTabEnabled(index) and new.attendance_tab.appointment_id == new.record_id

    editor = AppointmentEditor(meeting_after)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    tab = editor.attendance_tab
    assert len(tab.model.rows) == 31
    tab.table.setFocus()
    qtbot.keyClicks(tab.table, "a")
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.keyClick(tab.table, Qt.Key.Key_Escape)  # clears the search, does not close the editor
    assert editor.isVisible() and tab.find_field.text() == "" and tab.proxy.rowCount() == 31
    assert "Anwesend: 1" in tab.counts_label.text()


def test_registration_list_import_opens_the_wizard_for_this_appointment(qtbot, meeting_after: int) -> None:  # noqa: ANN001
    tab = make_tab(qtbot, meeting_after)
    assert tab.import_button.isEnabled()
    tab.import_button.click()
    wizard = tab.import_wizard
    assert wizard.isVisible() and wizard.kind == "attendance" and wizard.appointment_id == meeting_after
    wizard.close()
    empty = make_tab(qtbot, None)
    assert not empty.import_button.isEnabled()
