"""The window follows the signed-in role on the office server (issue 13 point 5): a reader is offered no
new/save/delete/import/check-in/move and sees editors read-only, an assistant no erasure under Art. 17 and
no backup settings, a commissioner everything – and the status bar names a limited role. The database
enforces the same roles (tests/postgres/test_roles_pg.py); here the GUI must not even offer the action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models import Appointment, Attendance, close_database, open_database
from app.services import appointments, attendance, contacts, followups, session_role
from tests.postgres.cluster import Cluster
from tests.postgres.conftest import open_signed_in, server_office, sign_in_url


@pytest.fixture
def office(pg_cluster: Cluster) -> Iterator[dict[str, object]]:
    """A database made by `bruecke server-init`, with a contact, an appointment (one invitee) and a
    follow-up written by the administrator; dropped afterwards."""
    with server_office(pg_cluster, "guiroles") as url:
        open_database(url)
        person = contacts.create_person({"last_name": "Haddad", "first_name": "Rania"})
        meeting = appointments.create_appointment({"title": "Runder Tisch Integration",
                                                   "start": "2026-03-03 10:00"})
        invited = attendance.invite(meeting.id, [person.id])
        follow_up = followups.create_follow_up({"title": "Protokoll versenden", "due_date": dt.date(2026, 3, 10)})
        close_database()
        yield {"url": url, "person": person.id, "meeting": meeting.id, "follow_up": follow_up.id,
               "invited": invited}


def _sign_in(office: dict[str, object], role: str) -> str:
    """A new person with `role`; the database is opened with their own login."""
    return open_signed_in(str(office["url"]), role)


def _window(qtbot, tmp_path: Path):  # noqa: ANN001, ANN202
    from app.ui.main_window import MainWindow

    window = MainWindow(tmp_path / "office")
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window) -> None:  # noqa: ANN001
    for editor in list(window.editors.values()):
        editor._closing_ok = True
        editor.close()
    if getattr(window, "live_updates", None) is not None:
        window.live_updates.stop()
    window.close()


@pytest.mark.parametrize("role", ["commissioner", "assistant", "reader"])
def test_capabilities_of_each_role_on_the_server(office: dict[str, object], role: str) -> None:
    name = _sign_in(office, role)
    caps = session_role.capabilities()
    assert (caps.role, caps.user) == (role, name)
    expected = {"commissioner": (True, True, True, True), "assistant": (True, False, False, False),
                "reader": (False, False, False, False)}[role]
    assert (caps.may_write, caps.may_erase, caps.may_change_safety, caps.may_see_confidential) == expected
    assert session_role.capabilities() is caps  # asked once for this database


def test_the_administrator_may_do_everything(office: dict[str, object]) -> None:
    open_database(str(office["url"]))
    caps = session_role.capabilities()
    assert caps.role is None and caps.everything and caps.user == "postgres"


def test_a_reader_is_offered_nothing_that_writes(office: dict[str, object], qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from app.ui import role_gate

    name = _sign_in(office, "reader")
    window = _window(qtbot, tmp_path)
    # the status bar says who is signed in and that this is read-only
    label = window.statusBar().findChild(role_gate.RoleLabel, "roleLabel")
    assert label is not None and label.text() == f"Angemeldet als {name} · Lesend (nur lesen)"
    # the window's own actions: new, spreadsheet import, calendar/vCard import, dropped files
    assert not window.new_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert not window.findChild(type(window.new_action), "exchangeImportAction").isEnabled()
    assert not window.acceptDrops()
    assert "Lesend" in window.new_action.toolTip()
    # the lists: new and import locked; Delete in a list does nothing
    persons = window.show_page("persons")
    assert not persons.new_button.isEnabled() and not persons.import_button.isEnabled()
    assert persons.export_button.isEnabled()  # reading and exporting stay
    persons.delete_record(int(office["person"]))  # (the Delete key) – no question, nothing deleted
    assert contacts.get_person(int(office["person"])).last_name == "Haddad"
    # a new editor is not even opened
    assert window.new_record("person") is None
    # an editor opens read-only: no save, delete, archive; its fields cannot be typed in
    editor = window.open_record("person", int(office["person"]))
    for button in (editor.save_button, editor.save_close_button, editor.delete_button, editor.archive_button,
                   editor.follow_up_button):
        assert not button.isEnabled(), button.text()
    assert not editor.save_shortcut.isEnabled()
    assert "Nur lesen" in editor.status_line.text() and editor.cancel_button.text() == "Schließen"
    last_name = editor.fields["last_name"].widget
    assert isinstance(last_name, QLineEdit) and last_name.isReadOnly()
    texts = [*editor.form_scroll.findChildren(QLineEdit), *editor.form_scroll.findChildren(QPlainTextEdit)]
    assert texts and all(w.isReadOnly() for w in texts if not w.parentWidget().inherits("QComboBox"))
    editor.load()  # reloading (e.g. a colleague's change) does not unlock anything
    editor.refresh_chrome()
    assert not editor.delete_button.isEnabled() and not editor.save_button.isEnabled()
    assert not editor.privacy_tab.erase_button.isEnabled()
    assert not editor.privacy_tab.pdf_button.isEnabled()  # Art. 15 information is logged (a write)
    # appointments: the attendance list takes no check-in, the calendar moves nothing
    meeting = window.open_record("appointment", int(office["meeting"]))
    tab = meeting.attendance_tab
    assert not tab.add_button.isEnabled() and not tab.walk_in_button.isEnabled()
    assert not tab.import_button.isEnabled() and not tab.remove_button.isEnabled()
    assert not meeting.repeat_button.isEnabled()
    from PySide6.QtCore import Qt

    tab.model.load(int(office["meeting"]))
    tick = tab.model.index(0, 0)
    assert tab.model.setData(tick, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole) is False
    assert [a.status for a in Attendance.select().where(Attendance.appointment == int(office["meeting"]))] == [
        "invited"]
    area = window.show_page("appointments")
    calendar = area.ensure_calendar()
    assert not calendar.new_button.isEnabled() and not calendar.undo_action.isEnabled()
    assert calendar.grid.read_only and calendar.month.read_only  # selects and opens, drags nothing
    start = dt.datetime(2026, 3, 4, 9, 0)
    assert calendar.move_appointment(int(office["meeting"]), start, start + dt.timedelta(hours=1)) is False
    assert Appointment.get_by_id(int(office["meeting"])).start == dt.datetime(2026, 3, 3, 10, 0)
    # follow-ups: no new, done or delete; the dashboard's "new follow-up" too
    follow_page = window.show_page("followups")
    follow_page.refresh()
    follow_page.list.setCurrentItem(follow_page.list.topLevelItem(0))
    assert not follow_page.new_button.isEnabled()
    assert not follow_page.done_button.isEnabled() and not follow_page.delete_button.isEnabled()
    follow_page.toggle_done()
    assert followups.values_of(int(office["follow_up"]))["done"] is False
    assert not window.show_page("overview").new_follow_up_button.isEnabled()
    from app.ui.followups_page import FollowUpDialog  # a double-click shows the follow-up read-only

    details = FollowUpDialog(window, int(office["follow_up"]))
    qtbot.addWidget(details)
    assert not details.save_button.isEnabled() and details.title.isReadOnly()
    assert not details.done_box.isEnabled() and not details.due.isEnabled()
    # settings: nothing to save, backups untouchable
    settings_page = window.show_page("settings")
    assert not settings_page.save_button.isEnabled()
    assert not settings_page.backup_panel.apply_button.isEnabled()
    assert not settings_page.backup_panel.retention_button.isEnabled()
    _close(window)


def test_an_assistant_may_not_erase_or_touch_backups(office: dict[str, object], qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from app.ui import role_gate
    from app.ui.retention_dialog import RetentionDialog

    name = _sign_in(office, "assistant")
    window = _window(qtbot, tmp_path)
    label = window.statusBar().findChild(role_gate.RoleLabel, "roleLabel")
    assert label is not None and label.text() == f"Angemeldet als {name} · Assistenz"
    assert window.new_action.isEnabled() and window.import_action.isEnabled()
    editor = window.open_record("person", int(office["person"]))
    assert editor.save_button.isEnabled() and editor.delete_button.isEnabled()
    assert not editor.fields["last_name"].widget.isReadOnly()
    erase = editor.privacy_tab.erase_button
    assert not erase.isEnabled()
    assert "Art. 17" in erase.toolTip() and "Assistenz" in erase.toolTip()
    editor.privacy_tab.set_person(int(office["person"]))  # the tab re-enables its buttons on load
    assert not erase.isEnabled()
    assert editor.privacy_tab.pdf_button.isEnabled()  # information under Art. 15 stays
    panel = window.show_page("settings").backup_panel
    for control in (panel.folder, panel.folder_button, panel.keep_daily, panel.apply_button, panel.backup_button,
                    panel.restore_button):
        assert not control.isEnabled()
    assert "Sicherung" in panel.apply_button.toolTip()
    assert "vorbehalten" in panel.message.text()  # the reason, visible without hovering
    assert panel.audit_button.isEnabled() and panel.retention_button.isEnabled()
    # appointments: saved as usual, but never marked confidential (the database would refuse that row)
    meeting = window.open_record("appointment", int(office["meeting"]))
    assert not meeting.confidential_box.isEnabled() and "Vertrauliche" in meeting.confidential_box.toolTip()
    meeting.fields["location"].widget.setText("Rathaus, Raum 2")
    assert meeting.save() is True
    assert Appointment.get_by_id(int(office["meeting"])).location == "Rathaus, Raum 2"
    retention = RetentionDialog(window)
    qtbot.addWidget(retention)
    retention.load()
    assert not retention.erase_button.isEnabled()
    _close(window)


def test_a_commissioner_is_offered_everything(office: dict[str, object], qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from app.ui import role_gate

    _sign_in(office, "commissioner")
    window = _window(qtbot, tmp_path)
    assert window.statusBar().findChild(role_gate.RoleLabel, "roleLabel") is None
    assert window.new_action.isEnabled() and window.import_action.isEnabled() and window.acceptDrops()
    persons = window.show_page("persons")
    assert persons.new_button.isEnabled() and persons.import_button.isEnabled()
    editor = window.open_record("person", int(office["person"]))
    assert editor.save_button.isEnabled() and editor.delete_button.isEnabled()
    assert editor.privacy_tab.erase_button.isEnabled()
    assert window.open_record("appointment", int(office["meeting"])).confidential_box.isEnabled()
    panel = window.show_page("settings").backup_panel
    assert panel.apply_button.isEnabled() and panel.backup_button.isEnabled() and panel.restore_button.isEnabled()
    calendar = window.show_page("appointments").ensure_calendar()
    assert calendar.new_button.isEnabled() and not calendar.grid.read_only and not calendar.month.read_only
    _close(window)


def test_a_readers_overview_shows_series_without_extending_them(office: dict[str, object], qtbot,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    """Opening the overview extends every series up to the horizon – a write a reader may not do. A reader
    sees the occurrences that exist; the next commissioner or assistant start extends them."""
    from app.models import AppointmentSeries
    from app.services import series

    open_database(str(office["url"]))
    made = series.create_series({"title": "Jour fixe", "start": "2026-01-05 09:00"}, "FREQ=WEEKLY",
                                until=dt.date(2026, 2, 1))
    close_database()
    _sign_in(office, "reader")
    assert series.extend_series(dt.date(2026, 6, 1)) == 0  # no permission error
    assert AppointmentSeries.get_by_id(made.id).generated_until == dt.date(2026, 2, 1)
    window = _window(qtbot, tmp_path)
    window.show_page("overview").refresh()
    _close(window)


def test_a_reader_joins_an_empty_office_at_first_run(pg_cluster: Cluster, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    """The office server is set up but still empty; a reader connecting first stores nothing (no permission
    error from the first-run answers) and simply joins."""
    from app.services import settings
    from app.ui.first_run import FirstRunDialog

    try:
        with server_office(pg_cluster, "guiroles") as url:
            reader = sign_in_url(url, "reader", "lesend1")
            close_database()
            local = tmp_path / "bruecke.db"
            open_database(local)
            dialog = FirstRunDialog(local)
            qtbot.addWidget(dialog)
            dialog.where.server.setChecked(True)
            dialog.where.address.setText(reader)
            dialog.office.setText("Büro Lindenau")
            dialog.start_button.click()
            assert dialog.result() == dialog.DialogCode.Accepted
            assert session_role.capabilities().role == "reader"
            assert settings.get("office_name") != "Büro Lindenau"
    finally:
        with pg_cluster.admin() as conn:
            conn.execute("DROP ROLE IF EXISTS lesend1")


def test_the_role_display_follows_a_language_switch(office: dict[str, object], qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from app.ui import role_gate
    from app.ui.i18n import apply_language

    name = _sign_in(office, "reader")
    window = _window(qtbot, tmp_path)
    editor = window.open_record("person", int(office["person"]))
    try:
        apply_language("en")
        qtbot.wait(10)
        label = window.statusBar().findChild(role_gate.RoleLabel, "roleLabel")
        assert label.text() == f"Signed in as {name} · Reader (read only)"
        assert editor.save_button.toolTip() == "Read only: your role “Reader” allows no changes."
        assert window.new_action.toolTip() == "Read only: your role “Reader” allows no changes."
        assert not editor.save_button.isEnabled() and editor.cancel_button.text() == "Close"
    finally:
        apply_language("de")
    _close(window)


def test_why_a_reader_gets_no_art15_export(office: dict[str, object], tmp_path: Path) -> None:
    """The information under Art. 15 is written to the change log – the database refuses that to a reader,
    so the GUI does not offer the export (see test_a_reader_is_offered_nothing_that_writes)."""
    from app.services import privacy
    from app.services.errors import UserError

    _sign_in(office, "reader")
    with pytest.raises(UserError, match="Berechtigung"):
        privacy.export_person(int(office["person"]), tmp_path / "auskunft.xlsx", "de")


@pytest.fixture
def demo_office(pg_cluster: Cluster, pg_demo_template: str) -> Iterator[dict[str, object]]:
    """The demo office on the server, set up by `bruecke server-init` (roles, grants, row-level security)."""
    with server_office(pg_cluster, "guidemo", template=pg_demo_template) as url:
        yield {"url": url}


@pytest.mark.parametrize("role", ["reader", "assistant"])
def test_browsing_the_demo_office_raises_no_permission_error(demo_office: dict[str, object], role: str,
                                                            qtbot, tmp_path: Path,  # noqa: ANN001
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, every kind of editor, every calendar view and the report preview on a full office: what
    a limited role merely looks at writes nothing the database would refuse (a hidden write would show a
    warning here)."""
    from PySide6.QtWidgets import QMessageBox

    from app.models import Network, Organization, Person

    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    _sign_in(demo_office, role)
    window = _window(qtbot, tmp_path)
    for key in ("overview", "appointments", "followups", "persons", "organizations", "networks", "reports",
                "settings"):
        page = window.show_page(key)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
    calendar = window.show_page("appointments").ensure_calendar()
    for mode in calendar.MODES:
        calendar.set_mode(mode)
    window.show_page("reports").update_preview()
    for kind, model in (("person", Person), ("organization", Organization), ("network", Network),
                        ("appointment", Appointment)):
        record = model.select().order_by(model.id).first()  # (an assistant's first visible appointment)
        editor = window.open_record(kind, record.id)
        assert editor is not None
        qtbot.wait(10)
        editor._closing_ok = True
        editor.close()
    qtbot.wait(50)
    assert shown == []
    _close(window)
