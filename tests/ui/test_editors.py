"""Editors through the real widgets: create, edit, archive and find a person; validation; members."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Appointment, AppointmentField, Attendance, Membership, Network, Organization, Person


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """A dialog a test did not expect must not hang the run: answer it with Discard/No."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    yield win
    for editor in _editors(win):
        editor._closing_ok = True


def _editors(window):  # type: ignore[no-untyped-def]
    return [w for w in window.findChildren(object) if getattr(w, "is_record_editor", False) and w.isVisible()]


def test_create_edit_archive_and_find_a_person(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("persons")
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N in the list
    editor = _editors(window)[-1]
    assert editor.KIND == "person" and editor.record_id is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)  # shortcuts go to the active window
    editor.fields["first_name"].widget.insert("Żaneta")  # QTest types ASCII only
    editor.fields["last_name"].widget.insert("Wróblewska")
    qtbot.keyClicks(editor.fields["email"].widget, "z.wroblewska@example.org")
    org = Organization.get(Organization.name == "Jobcenter Landkreis Lindenau")
    combo = editor.fields["organization"].widget
    combo.setCurrentIndex(combo.findData(org.id))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    person = Person.get(Person.last_name == "Wróblewska")
    assert (person.first_name, person.email, person.organization_id) == ("Żaneta", "z.wroblewska@example.org", org.id)
    assert editor.record_id == person.id and not editor.is_dirty()

    # find it in the list by typing without diacritics
    qtbot.keyClicks(page.search, "wroblew")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Wróblewska, Żaneta"

    # edit
    editor.fields["function"].widget.setText("Integrationsbeauftragte")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Person.get_by_id(person.id).function == "Integrationsbeauftragte"
    assert page.model.index(0, 1).data() == "Integrationsbeauftragte"

    # archive: gone from the active list, present among the archived
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert Person.get_by_id(person.id).archived
    assert page.model.rowCount() == 0
    page.archived_filter.setCurrentIndex(page.archived_filter.findData("archived"))
    assert page.model.rowCount() == 1


def test_validation_errors_are_shown_next_to_the_field_and_nothing_is_saved(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = Person.select().count()
    editor = window.new_record("person")
    qtbot.keyClicks(editor.fields["email"].widget, "kein-at-zeichen")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert Person.select().count() == before
    assert editor.fields["last_name"].error.isVisibleTo(editor)
    assert "Pflichtfeld" in editor.fields["last_name"].error.text()
    assert "E-Mail" in editor.fields["email"].error.text()
    assert not editor.fields["first_name"].error.isVisibleTo(editor)
    qtbot.keyClicks(editor.fields["last_name"].widget, "Neumann")
    editor.fields["email"].widget.setText("neumann@example.org")
    assert editor.save()
    assert Person.select().count() == before + 1
    assert not editor.fields["last_name"].error.isVisibleTo(editor)


def test_closing_with_unsaved_changes_asks_first(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person = Person.select().first()
    editor = window.open_record("person", person.id)
    editor.fields["notes"].widget.setPlainText("vertraulicher Hinweis")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    editor.close()
    assert editor.isVisible() and asked
    editor.close()
    assert not editor.isVisible()
    assert Person.get_by_id(person.id).notes != "vertraulicher Hinweis"


def test_deleting_a_person_with_history_explains_and_offers_archive(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person_id = Attendance.select().where(Attendance.status == "attended").first().person_id
    editor = window.open_record("person", person_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    texts: list[str] = []

    def choose_archive(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Archivieren").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", choose_archive)
    editor.delete()
    assert texts and "Teilnahme" in texts[0]
    person = Person.get_by_id(person_id)
    assert person.archived
    assert Attendance.select().where(Attendance.person == person_id).count() > 0
    assert editor.archive_button.text().replace("&", "") == "Wiederherstellen"


def test_network_members_are_added_with_roles_and_removed(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    network = Network.create(name="AG Sprachmittlung", kind="working_group")
    org = Organization.get(Organization.name == "Volkshochschule Landkreis Lindenau")
    person = Person.select().where(Person.archived == False).first()  # noqa: E712
    editor = window.open_record("network", network.id)
    membership = editor.add_member("organization", org.id, role="host")
    editor.add_member("person", person.id, role="chair")
    assert {(m.organization_id, m.person_id, m.role) for m in Membership.select().where(
        Membership.network == network.id)} == {(org.id, None, "host"), (None, person.id, "chair")}
    assert editor.members.topLevelItemCount() == 2
    assert "Mitglieder (2)" in editor.members_caption.text()
    editor._select_membership(membership)
    editor.role_combo.setCurrentIndex(editor.role_combo.findData("member"))
    editor._role_changed()
    assert Membership.get_by_id(membership).role == "member"
    editor._select_membership(membership)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.remove_member()
    assert Membership.select().where(Membership.network == network.id).count() == 1


def test_appointment_editor_saves_fields_of_action_and_checks_the_end(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    network = Network.select().first()
    window.show_page("appointments")
    editor = window.new_record("appointment", network=network.id)
    editor.fields["title"].widget.setText("Runder Tisch – Sondersitzung")
    editor.field_list.item(1).setCheckState(Qt.CheckState.Checked)
    start = editor.fields["start"].get()
    editor.end_date.setDate(editor.start_date.date().addDays(-1))
    assert not editor.save()
    assert editor.fields["end"].error.text()
    assert not Appointment.select().where(Appointment.title == "Runder Tisch – Sondersitzung").exists()
    editor.end_date.setDate(editor.start_date.date())
    assert editor.save()
    saved = Appointment.get(Appointment.title == "Runder Tisch – Sondersitzung")
    assert saved.network_id == network.id and saved.start == start
    assert AppointmentField.select().where(AppointmentField.appointment == saved.id).count() == 1
    assert editor.tabs.count() >= 1 and editor.tabs.tabText(0) == "Stammdaten"


def test_planning_a_network_meeting_from_its_editor(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Regression (issue 12.2): "Neue Sitzung planen …" crashed with TypeError (`kind` passed twice)."""
    network = Network.get(Network.short_name == "RTI")  # the round table, rhythm "vierteljährlich"
    editor = window.open_record("network", network.id)
    before = set(id(e) for e in _editors(window))
    qtbot.mouseClick(editor.new_meeting_button, Qt.MouseButton.LeftButton)
    planned = [e for e in _editors(window) if id(e) not in before]
    assert len(planned) == 1
    meeting = planned[0]
    assert meeting.KIND == "appointment" and meeting.record_id is None
    assert meeting.fields["kind"].get() == "committee_session"
    assert meeting.fields["title"].get() == network.name
    assert meeting.fields["network"].get() == network.id
    last = (Appointment.select().where((Appointment.network == network.id) & (Appointment.status != "cancelled"))
            .order_by(Appointment.start.desc()).first())
    assert meeting.fields["location"].get() == last.location
    assert meeting.invite_box.isChecked() and meeting.invite_box.isVisible()
    assert meeting.pending_rule is not None and "INTERVAL=3" in meeting.pending_rule  # quarterly
    meeting.pending_rule = None  # plan a single meeting here (series planning is tested in test_series_ui)
    assert meeting.save()
    saved = Appointment.get_by_id(meeting.record_id)
    invited = {a.person_id for a in Attendance.select().where(Attendance.appointment == saved.id)}
    from app.services import networks

    assert invited == {p.id for p in networks.invitees(network.id)} and invited
    assert saved.kind == "committee_session" and saved.network_id == network.id


def test_the_unsaved_changes_question_names_the_record(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 #6: „Kontakt „Lea Schäfer“ hat ungespeicherte Änderungen“, not "Kontakt: …"."""
    from app.services import contacts

    person = contacts.create_person({"first_name": "Lea", "last_name": "Schäfer"})
    editor = window.open_record("person", person.id)
    editor.fields["phone"].widget.setText("0351 1234")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    editor.close()
    assert asked == ["Kontakt „Lea Schäfer“ hat ungespeicherte Änderungen. Speichern?"]


def test_an_organization_that_cannot_be_deleted_says_so_before_asking(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    org = Organization.get(Organization.name == "Jobcenter Landkreis Lindenau")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    boxes: list[str] = []

    def cancel(box: QMessageBox) -> int:
        boxes.append(box.text())
        return 0
    monkeypatch.setattr(QMessageBox, "exec", cancel)
    editor = window.open_record("organization", org.id)
    editor.delete()
    assert questions == []  # never "wirklich löschen?" about something that stays
    assert boxes and "Kontakt" in boxes[0] and Organization.get_or_none(Organization.id == org.id) is not None
    free = Organization.create(name="Ohne Kontakte e. V.")
    window.open_record("organization", free.id).delete()
    assert questions and "wirklich löschen?" in questions[0]
    assert Organization.get_or_none(Organization.id == free.id) is None


def test_new_editors_cascade_instead_of_covering_each_other(window) -> None:  # type: ignore[no-untyped-def]
    first = window.new_record("organization")
    first.resize(500, 400)
    first.move(first.screen().availableGeometry().topLeft())
    second = window.new_record("organization")
    assert (second.x() - first.x(), second.y() - first.y()) == (32, 32)
    third = window.new_record("organization")
    assert len({(e.x(), e.y()) for e in (first, second, third)}) == 3
    third._closing_ok = True
    for editor in (first, second):
        screen = editor.screen().availableGeometry()
        assert editor.width() <= screen.width() and editor.height() <= screen.height()
        editor._closing_ok = True


def test_privacy_tab_reads_as_words_and_consent_saves_with_the_contact(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 #9: no "import · ids: → 153–162", no second save button; Speichern stores the consent."""
    from PySide6.QtWidgets import QPushButton

    person = Person.select().order_by(Person.id).first()  # created with the demo office in one batch
    editor = window.open_record("person", person.id)
    tab = editor.privacy_tab
    texts = [(tab.history.topLevelItem(i).text(2), tab.history.topLevelItem(i).text(3))
             for i in range(tab.history.topLevelItemCount())]
    assert texts and all("ids:" not in changes and "→ " not in changes[:2] for _, changes in texts)
    assert any("auf einmal angelegten" in changes for _, changes in texts)
    assert not [b for b in tab.findChildren(QPushButton) if "speichern" in b.text().lower()]
    tab.consent_purpose.setText("Einladungen zum Runden Tisch")
    tab.consent_date.setText("01.03.2025")
    assert editor.is_dirty()
    assert editor.save()
    saved = Person.get_by_id(person.id)
    assert saved.consent_purpose == "Einladungen zum Runden Tisch" and str(saved.consent_date) == "2025-03-01"
    assert tab.history.topLevelItem(0).text(2) == "Geändert"
    assert "Zweck der Einwilligung: Einladungen zum Runden Tisch" in tab.history.topLevelItem(0).text(3)
    editor._closing_ok = True
