"""No lost update (issue 13): every save checks the version it started from; check-ins are inserts.

Runs on SQLite here and on PostgreSQL through tests/postgres/test_versions_pg.py. Each "person" in the
office is a thread: peewee gives every thread its own connection to the same database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from app.services import appointments, contacts, records
from app.services.errors import ConflictError


def in_other_session(work: Callable[[], Any]) -> Any:
    """Run `work` on another connection (another thread), like a colleague at another desk."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result["error"] = exc
        finally:
            from app.models import db_proxy

            db_proxy.obj.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    if "error" in result:
        raise result["error"]
    return result.get("value")


def test_every_save_raises_the_version(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Kaya"})
    assert records.version_of("person", person.id) == 1
    contacts.update_person(person.id, {"first_name": "Elif"})
    contacts.update_person(person.id, {"city": "Lindenau"})
    assert records.version_of("person", person.id) == 3
    contacts.update_person(person.id, {"city": "Lindenau"})  # nothing changed: nothing written
    assert records.version_of("person", person.id) == 3


def test_second_save_of_the_same_person_gets_the_conflict_and_nothing_is_lost(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Kaya", "first_name": "Elif", "city": "Lindenau"})
    loaded = records.version_of("person", person.id)  # both editors opened version 1
    in_other_session(lambda: contacts.update_person(person.id, {"city": "Bergheim", "phone": "0421 1"}))
    with pytest.raises(records.EditConflict) as caught, records.expecting_version("person", person.id, loaded):
        contacts.update_person(person.id, {"city": "Talstadt", "first_name": "Elif"})
    conflict = caught.value
    assert isinstance(conflict, ConflictError)
    assert conflict.fields == ["city"]  # fields this save did not touch keep the saved value
    assert (conflict.mine["city"], conflict.theirs["city"]) == ("Talstadt", "Bergheim")
    assert conflict.theirs["phone"] == "0421 1" and conflict.current_version == 2
    assert conflict.changed_by  # the audit log's user: who saved in between
    saved = contacts.get_person(person.id)
    assert (saved.city, saved.phone, saved.version) == ("Bergheim", "0421 1", 2)  # the colleague's save stands
    # merge: my city, their phone – saved over the version the dialog showed
    records.update(contacts.PERSON, person.id, {"city": "Talstadt", "phone": "0421 1"},
                   expected_version=conflict.current_version)
    merged = contacts.get_person(person.id)
    assert (merged.city, merged.phone, merged.version) == ("Talstadt", "0421 1", 3)


def test_a_write_between_read_and_update_is_caught_by_the_where_clause(db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "Caritas"})
    stale = records.get(contacts.ORGANIZATION, org.id)
    in_other_session(lambda: contacts.update_organization(org.id, {"city": "Lindenau"}))
    stale.city = "Bergheim"
    stale.updated_at = records.now()
    with pytest.raises(records.EditConflict) as caught:
        records._save_versioned(contacts.ORGANIZATION, stale, {"city": "Bergheim"})
    assert caught.value.theirs["city"] == "Lindenau"
    assert contacts.get_organization(org.id).city == "Lindenau"


def test_editing_appointments_checks_versions_too(db) -> None:  # noqa: ANN001
    appointment = appointments.create_appointment({"title": "Runder Tisch", "start": "2026-03-02 10:00"})
    in_other_session(lambda: appointments.update_appointment(appointment.id, {"outcome": "Beschlossen"}))
    with pytest.raises(records.EditConflict), records.expecting_version("appointment", appointment.id, 1):
        appointments.update_appointment(appointment.id, {"outcome": "Vertagt"})
    assert records.version_of("appointment", appointment.id) == 2


def test_indexed_fields_follow_the_search_sources() -> None:
    """records.INDEXED_FIELDS must name exactly the columns app/models/search.py builds entries from."""
    import re

    from app.models import search as index

    for kind, sql in index._SOURCES.items():
        selected = re.search(r"SELECT (.*?) FROM", sql).group(1).split(", ")[1:]  # type: ignore[union-attr]
        columns = {"organization" if column == "o.name" and kind == "person" else column.split(".")[-1]
                   for column in selected}
        assert columns == set(records.INDEXED_FIELDS[kind]), kind


def test_a_save_outside_the_search_fields_keeps_the_index(db) -> None:  # noqa: ANN001
    from app.services import search

    person = contacts.create_person({"last_name": "Kaya", "first_name": "Elif"})
    contacts.update_person(person.id, {"notes": "ruft zurück", "city": "Lindenau"})
    contacts.update_person(person.id, {"last_name": "Kaya-Demir"})
    assert [h.label for h in search.search("kaya demir")] == ["Elif Kaya-Demir"]
    assert search.search("ruft") == []
