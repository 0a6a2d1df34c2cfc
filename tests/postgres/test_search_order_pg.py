"""Search on the server returns exactly SQLite's entries: the first matches in index order, whether they come
early (common names: key order) or only after thousands of others (the trigram index is asked)."""

from __future__ import annotations

from app.models.postgres import HEAD_WINDOW
from app.services import bulk, contacts, search


def _first_matches(db, words: list[str], limit: int) -> list[int]:  # noqa: ANN001
    rows = db.execute_sql("SELECT rowid, key FROM search_index ORDER BY rowid").fetchall()
    return [rowid for rowid, key in rows if all(w in key for w in words)][:limit]


def test_late_and_early_matches_both_come_in_index_order(db) -> None:  # noqa: ANN001
    rows = [{"last_name": f"Muster{n}", "first_name": "Anna" if n % 7 else "Bea"} for n in range(HEAD_WINDOW + 500)]
    bulk.insert(contacts.PERSON, rows)
    for n in range(8):
        contacts.create_organization({"name": f"Stadtwerke Lindenau {n}"})
    for words, limit in ((["lindenau"], 5), (["muster"], 20), (["anna", "muster"], 30), (["bea"], 300),
                         (["lindenau"], -1), (["nirgends"], 10)):
        expected = _first_matches(db, words, limit if limit >= 0 else 10**9)
        assert search.substring_entries(words, None, limit) == expected
    assert [h.label for h in search.search("lindenau")][:2] == ["Stadtwerke Lindenau 0", "Stadtwerke Lindenau 1"]
