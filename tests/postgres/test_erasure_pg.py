"""Erasure on the server: the anonymised person's old row versions are vacuumed away right after the
erasure (no dead tuples left holding the name in the live tables)."""

from __future__ import annotations

from app.services import contacts, erasure


def test_erasure_vacuums_the_personal_tables(db) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Vogelsang-Ortiz", "email": "v.ortiz@example.org"})
    contacts.update_person(person.id, {"city": "Lindenau"})
    erasure.erase_persons([person.id], backup=False)
    rows = dict(db.execute_sql("SELECT relname, n_dead_tup FROM pg_stat_user_tables "
                               "WHERE relname IN ('person', 'search_index', 'audit_entry')").fetchall())
    assert rows == {"person": 0, "search_index": 0, "audit_entry": 0}
    vacuumed = db.execute_sql("SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables "
                              "WHERE relname = 'person'").fetchone()[0]
    assert vacuumed
    found = db.execute_sql("SELECT count(*) FROM search_index WHERE key LIKE '%vogelsang%'").fetchone()[0]
    assert found == 0
