"""Live office: a change committed by another process reaches this window's list within 2 s (LISTEN/NOTIFY),
and an editor open on a record someone else changed says so."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from app.models import close_database, db_proxy, open_database
from app.services import contacts
from app.ui import live_updates

ROOT = Path(__file__).resolve().parents[2]


def _other_process(url: str, code: str) -> None:
    script = ("import sys; from app.models import open_database; from app.services import contacts; "
              f"open_database(sys.argv[1]); {code}")
    subprocess.run([sys.executable, "-c", script, url], cwd=ROOT, check=True, timeout=60)


def test_a_colleagues_new_contact_appears_in_the_open_list_within_two_seconds(pg_url: str, qtbot) -> None:  # noqa: ANN001
    from app.ui.lists.pages import PersonsPage

    open_database(pg_url)
    page = PersonsPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 0
    live = live_updates.LiveUpdates(db_proxy.obj.change_listener(), db_proxy.obj.backend_pid())
    live.settled.connect(page.refresh)
    _other_process(pg_url, "contacts.create_person({'last_name': 'Nowak', 'first_name': 'Ewa'})")
    started = time.monotonic()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert time.monotonic() - started < 2.0
    assert page.model.index(0, 0).data() == "Nowak, Ewa"
    live.stop()
    close_database()


def test_an_open_editor_says_when_someone_else_changed_its_record(pg_url: str, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMainWindow

    from app.ui.editors.person import PersonEditor

    open_database(pg_url)
    person = contacts.create_person({"last_name": "Kaya"})
    window = QMainWindow()
    window._data_changed = lambda: None  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    live = live_updates.attach(window)
    assert live is not None
    editor = PersonEditor(person.id, window)
    editor.show()
    contacts.update_person(person.id, {"city": "Lindenau"})  # my own save: no message
    qtbot.wait(300)
    live.poll()
    assert not editor.status_line.isVisible()
    _other_process(pg_url, f"contacts.update_person({person.id}, {{'city': 'Bergheim'}})")
    qtbot.waitUntil(editor.status_line.isVisible, timeout=2000)
    assert "geändert" in editor.status_line.text()
    # nothing typed here: the editor shows the colleague's version at once, and saving it is no conflict
    assert editor.values()["city"] == "Bergheim" and "neue Fassung" in editor.status_line.text()
    assert not editor.is_dirty()

    editor.fields["phone"].widget.setText("0341 99")  # now something typed: it stays, the save will ask
    _other_process(pg_url, f"contacts.update_person({person.id}, {{'city': 'Talheim'}})")
    qtbot.waitUntil(lambda: "Beim Speichern" in editor.status_line.text(), timeout=2000)
    assert editor.values()["phone"] == "0341 99" and editor.values()["city"] == "Bergheim"
    editor._closing_ok = True
    live.stop()
    close_database()
