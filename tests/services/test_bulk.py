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


def _stored(person_id: int) -> dict[str, tuple[object, str]]:
    """Every column of a person row as the database holds it: (value, SQLite's storage class or the value's type)."""
    from app.models import db_proxy, engine

    db = db_proxy.obj
    columns = [column.name for column in db.get_columns("person")]
    if engine.is_server(db):
        values = db.execute_sql(f"SELECT {', '.join(columns)} FROM person WHERE id = ?", (person_id,)).fetchone()
        return {c: (v, "null" if v is None else type(v).__name__) for c, v in zip(columns, values, strict=True)}
    values = db.execute_sql(
        f"SELECT {', '.join(f'{c}, typeof({c})' for c in columns)} FROM person WHERE id = ?", (person_id,)).fetchone()
    return {c: (values[2 * i], values[2 * i + 1]) for i, c in enumerate(columns)}


def test_bulk_rows_are_stored_exactly_as_single_saves_store_them(db) -> None:  # noqa: ANN001
    # The bulk path writes the columns no row sets as literals in the statement (bulk._with_constants); the
    # stored row, storage classes included, must still be the one a single save writes.
    org = contacts.create_organization({"name": "Caritas"})
    given = {"first_name": "Anna", "last_name": "O'Neill", "organization": org.id, "phone": "0341 123",
             "consent_date": "2025-03-01", "archived": False}
    single = contacts.create_person(dict(given))
    [bulk_id] = bulk.insert(contacts.PERSON, [dict(given)])
    [other_id] = bulk.insert(contacts.PERSON, [{"last_name": "Weber"}])
    skip = {"id", "uuid", "created_at", "updated_at"}
    expected = {k: v for k, v in _stored(single.id).items() if k not in skip}
    assert {k: v for k, v in _stored(bulk_id).items() if k not in skip} == expected
    assert _stored(other_id)["archived"][0] in (0, False) and _stored(other_id)["consent_date"] == (None, "null")
    assert len({_stored(i)["uuid"][0] for i in (single.id, bulk_id, other_id)}) == 3


def test_constant_columns_become_literals_that_keep_quotes_and_refuse_nul() -> None:
    sql, params = bulk._with_constants('INSERT INTO "t" ("a", "b", "c", "d")', ["x'y", 0, None, "a\x00b"], {1},
                                       [["x'y", 7, None, "a\x00b"], ["x'y", 8, None, "a\x00b"]])
    assert sql == "INSERT INTO \"t\" (\"a\", \"b\", \"c\", \"d\") VALUES ('x''y', ?, NULL, ?)"
    assert params == [(7, "a\x00b"), (8, "a\x00b")]
