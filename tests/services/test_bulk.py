from __future__ import annotations

import pytest

from app.models import AuditEntry, Person
from app.services import bulk, contacts, search
from app.services.errors import ValidationError


def test_bulk_insert_writes_rows_index_and_one_audit_entry(db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "VHS Lindenau"})
    ids = bulk.insert(contacts.PERSON, [
        {"first_name": "Олена", "last_name": "Коваленко", "organization": org.id, "email": "o.k@example.org"},
        {"first_name": "Mehmet", "last_name": "Öztürk", "organization": org},
    ])
    assert [p.last_name for p in Person.select().where(Person.id.in_(ids)).order_by(Person.id)] == \
        ["Коваленко", "Öztürk"]
    assert Person.get_by_id(ids[1]).organization_id == org.id
    assert [h.id for h in search.search("ozturk")] == [ids[1]]
    assert AuditEntry.select().where(AuditEntry.action == "bulk_create").count() == 1


def test_bulk_insert_is_all_or_nothing_and_names_the_row(db) -> None:  # noqa: ANN001
    rows = [{"last_name": "Weber"}, {"last_name": "Koch", "email": "koch@"}, {"last_name": ""}]
    with pytest.raises(ValidationError) as info:
        bulk.insert(contacts.PERSON, rows)
    assert "email (Zeile 2)" in info.value.errors
    assert Person.select().count() == 0


def test_bulk_insert_rolls_back_on_a_broken_reference(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        bulk.insert(contacts.PERSON, [{"last_name": "Weber"}, {"last_name": "Koch", "organization": 999}])
    assert list(info.value.errors) == ["organization (Zeile 2)"]
    assert Person.select().count() == 0
    assert search.search("weber") == []
