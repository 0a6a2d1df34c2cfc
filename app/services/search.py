"""One search across persons, organisations, networks and appointments.

Terms are folded like the index keys. Ranking: a name with a word equal to the term (or the whole name)
first, then names with a word starting with the term – both answered from the `search_word` index –
then any other record containing every word (the FTS5 trigram index), until the limit is reached.
Within a rank: organisations, networks, persons, appointments; shorter names first.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import db_proxy
from app.models.search import KIND_ORDER, ROWID_FACTOR, fold

_END = "\U0010ffff"


@dataclass(frozen=True)
class Hit:
    kind: str  # person, organization, network, appointment
    id: int
    label: str
    detail: str
    rank: int


def _kind_clause(kinds: tuple[object, ...] | None, column: str) -> tuple[str, list[object]]:
    if not kinds:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(kinds))})", list(kinds)


def search(term: str, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[Hit]:
    words = fold(term).split()
    if not words or limit <= 0:
        return []
    whole = " ".join(words)
    db = db_proxy.obj
    order_clause, order_params = _kind_clause(
        tuple(KIND_ORDER[k] for k in kinds) if kinds else None, "kind_order")
    short = len(whole) < 3
    ranked: dict[int, int] = {}
    if short:  # mid-typing: index order is good enough and needs no sort
        rows = db.execute_sql(
            f"SELECT entry, word = ? FROM search_word WHERE word >= ? AND word < ?{order_clause} LIMIT ?",
            [whole, whole, whole + _END, *order_params, limit * 4]).fetchall()
    else:
        rows = db.execute_sql(
            "SELECT entry, MAX(word = ?) AS exact FROM search_word WHERE word >= ? AND word < ?"
            f"{order_clause} GROUP BY entry ORDER BY exact DESC, kind_order, name_len, entry LIMIT ?",
            [whole, whole, whole + _END, *order_params, limit]).fetchall()
    for entry, exact in rows:
        if len(ranked) >= limit:
            break
        ranked.setdefault(entry, 0 if exact else 1)
    if len(ranked) < limit and not short:
        where = " AND ".join("key LIKE ?" for _ in words)
        kind_clause, kind_params = _kind_clause(kinds, "kind")
        extra = db.execute_sql(
            f"SELECT rowid FROM search_index WHERE {where}{kind_clause} LIMIT ?",
            [*(f"%{w}%" for w in words), *kind_params, limit + len(ranked)]).fetchall()
        for (entry,) in extra:
            if len(ranked) >= limit:
                break
            ranked.setdefault(entry, 2)
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    details = {row[0]: row[1:] for row in db.execute_sql(
        f"SELECT rowid, kind, ref_id, label, detail, name FROM search_index WHERE rowid IN ({marks})",
        list(ranked)).fetchall()}
    hits = []
    for entry, rank in ranked.items():
        if entry not in details:
            continue
        kind, ref_id, label, detail, name = details[entry]
        hits.append((rank, KIND_ORDER[kind], len(name), name, Hit(kind, int(ref_id), label, detail or "", rank)))
    hits.sort(key=lambda item: item[:4])
    return [item[4] for item in hits]


def matching_ids(term: str, kind: str, limit: int = 100_000) -> list[int]:
    """Ids of one kind matching the term, best first – for list views that filter in the database."""
    return [hit.id for hit in search(term, limit=limit, kinds=(kind,))]


__all__ = ["ROWID_FACTOR", "Hit", "matching_ids", "search"]
