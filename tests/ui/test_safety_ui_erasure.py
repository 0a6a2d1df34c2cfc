"""After an erasure the GUI says what it reached: where else the name was replaced, which backups were cleaned
and which could not be (QA after issue 17) – in the contact's privacy tab and in the retention dialog."""

from __future__ import annotations

import datetime as dt

from app.models import Person
from app.models import database as dbmod
from app.services import appointments, backup, contacts


def _person_with_a_trace() -> int:
    person = contacts.create_person({"first_name": "Ottilie", "last_name": "Quxbelwintzer"})
    appointments.create_appointment({"title": "Gespräch mit Ottilie Quxbelwintzer", "start": "2025-03-03 10:00"})
    return int(person.id)


def _unreadable_backup() -> str:
    """A backup encrypted with another passphrase: the erasure cannot clean it and must say so."""
    made = backup.make_backup("manual")
    other = made.with_name(made.name.replace("-manual", "-weekly"))
    made.rename(other)
    dbmod.change_encryption(other, None, "ein-anderes-kennwort")
    return other.name


def test_privacy_tab_shows_what_the_erasure_reached(db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from app.ui import privacy_tab
    from app.ui.privacy_tab import PrivacyTab

    person_id = _person_with_a_trace()
    locked = _unreadable_backup()
    monkeypatch.setattr(privacy_tab, "confirm_erasure", lambda parent, name: True)
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    tab.set_person(person_id)
    assert tab.erasure_result.text() == ""
    tab.erase()
    qtbot.waitUntil(lambda: tab.erasure_result.text() != "", timeout=20000)
    text = tab.erasure_result.text()
    assert "1 Kontakt" in text and "anonymisiert" in text
    assert "1 Termin" in text and "[gelöscht]" in text  # where else the name was replaced
    assert "Sicherung" in text and "-erasure.db" in text  # the backup made before the erasure was cleaned
    assert locked in text  # and the one it could not clean is named
    assert tab.summary_box.text() == text and tab.summary_box.isVisible()
    tab.summary_box.close()
    assert Person.get_by_id(person_id).erased_at is not None
    other = contacts.create_person({"last_name": "Neumann"})
    tab.set_person(other.id)
    assert tab.erasure_result.text() == ""  # the summary belongs to the erased contact


def test_retention_dialog_shows_what_the_erasure_reached(db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from app.ui import retention_dialog
    from app.ui.retention_dialog import RetentionDialog

    person_id = _person_with_a_trace()
    long_ago = dt.datetime(2015, 1, 1)
    Person.update(created_at=long_ago, updated_at=long_ago).where(Person.id == person_id).execute()
    monkeypatch.setattr(retention_dialog, "confirm_erasure", lambda parent, text: True)
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == [] and dialog.tree.topLevelItemCount() == 1
    dialog.check_all(True)
    dialog.erase()
    qtbot.waitUntil(lambda: dialog.erasure_result.text() != "", timeout=20000)
    text = dialog.erasure_result.text()
    assert "1 Kontakt" in text and "1 Termin" in text and "-erasure.db" in text
    assert dialog.summary_box.text() == text
    dialog.summary_box.close()
    assert Person.get_by_id(person_id).erased_at is not None
