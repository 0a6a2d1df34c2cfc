"""The conflict dialog through the real editor: two people edit one contact, the second save asks."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import contacts
from app.ui.conflict_dialog import ConflictDialog
from tests.services.test_versions import in_other_session


def _answer(qtbot, button: str, seen: list[ConflictDialog]) -> None:  # noqa: ANN001
    def click() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)
                       and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        getattr(dialog, button).click()
    QTimer.singleShot(0, click)


def _editor(qtbot, person_id: int):  # noqa: ANN001, ANN202
    from app.ui.editors.person import PersonEditor

    editor = PersonEditor(person_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_merge_keeps_my_city_and_their_phone(db, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    person = contacts.create_person({"last_name": "Kaya", "first_name": "Elif", "city": "Lindenau"})
    editor = _editor(qtbot, person.id)
    in_other_session(lambda: contacts.update_person(person.id, {"phone": "0421 1", "city": "Bergheim"}))
    editor.fields["city"].widget.setText("Talstadt")
    seen: list[ConflictDialog] = []
    _answer(qtbot, "merge", seen)
    assert editor.save()
    dialog = seen[0]
    assert sorted(dialog.conflict.fields) == ["city", "phone"]
    # city: both changed → mine preselected; phone: I did not touch it → theirs preselected
    assert dialog.findChild(object, "mine_city").isChecked()
    assert dialog.findChild(object, "theirs_phone").isChecked()
    saved = contacts.get_person(person.id)
    assert (saved.city, saved.phone, saved.version) == ("Talstadt", "0421 1", 3)
    assert editor.fields["phone"].get() == "0421 1" and not editor.is_dirty()
    dialog.grab().save(str(tmp_path / "conflict.png"))  # for a look when the layout changes


def test_take_theirs_reloads_and_keep_mine_overwrites_knowingly(db, qtbot) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Kaya", "city": "Lindenau"})
    editor = _editor(qtbot, person.id)
    in_other_session(lambda: contacts.update_person(person.id, {"city": "Bergheim"}))
    editor.fields["city"].widget.setText("Talstadt")
    _answer(qtbot, "take_theirs", [])
    assert not editor.save()
    assert editor.fields["city"].get() == "Bergheim" and contacts.get_person(person.id).city == "Bergheim"

    in_other_session(lambda: contacts.update_person(person.id, {"city": "Hafenort"}))
    editor.fields["city"].widget.setText("Talstadt")
    _answer(qtbot, "keep_mine", [])
    assert editor.save()
    assert contacts.get_person(person.id).city == "Talstadt"
