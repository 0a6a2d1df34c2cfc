"""One search across persons, organisations, networks and appointments.

Terms are folded like the index keys (`search_key`). A record matches when its key contains every word of
the term, so a longer term never finds more. Ranking: a name with a word equal to the term (or the whole
name) first, then names with a word starting with the term – both answered from the `search_word` index –
then any other matching record, until the limit is reached. Within a rank: organisations, networks,
persons, appointments; shorter names first.

Query shape: at most one trigram MATCH (the longest word of three letters or more, as a quoted phrase);
the other words are checked with `instr`. Two `LIKE` constraints on the trigram table, one of them shorter
than three letters, crash SQLite 3.40 (issue 17) – that shape is never issued.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import db_proxy, engine
from app.models.search import KIND_CODES, KIND_ORDER, ROWID_FACTOR, search_key
from app.wording import choice_label

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


MAX_WORDS = 12  # a pasted paragraph is searched by its first words, not by thousands of instr calls
MAX_WORD_LENGTH = 100


_CONTROL = {code: " " for code in range(32)} | {0x7F: " "}


def term_words(term: str) -> list[str]:
    """The distinct folded words of a term, longest first, capped in number and length.

    Control characters (NUL ends an FTS5 query string early: "unterminated string") count as spaces.
    """
    words = sorted(set(search_key(term.translate(_CONTROL)).split()), key=lambda w: (-len(w), w))
    return [w[:MAX_WORD_LENGTH] for w in words[:MAX_WORDS]]


def substring_entries(words: list[str], kind: str | None = None, limit: int = -1) -> list[int]:
    """Index entries (rowids) whose key contains every word; one kind's range only when `kind` is given."""
    if not words:
        return []
    clauses: list[str] = []
    params: list[object] = []
    longest = words[0]
    db = db_proxy.obj
    if len(longest) >= 3:  # SQLite: an FTS5 trigram phrase match; PostgreSQL: LIKE on the pg_trgm index
        clause, param = engine.substring_clause(db, longest)
        clauses.append(clause)
        params.append(param)
        rest = words[1:]
    else:
        rest = words
    for word in rest:
        clauses.append("instr(key, ?) > 0")
        params.append(word)
    if kind is not None:
        base = KIND_CODES[kind] * ROWID_FACTOR
        clauses.append("rowid >= ? AND rowid < ?")
        params += [base, base + ROWID_FACTOR]
    sql, args = engine.substring_query(db, clauses, params, limit)
    return [row[0] for row in db.execute_sql(sql, args).fetchall()]


def search(term: str, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[Hit]:
    words = term_words(term)
    if not words or limit <= 0:
        return []
    whole = " ".join(search_key(term.translate(_CONTROL)).split())[:MAX_WORD_LENGTH]
    db = db_proxy.obj
    order_clause, order_params = _kind_clause(
        tuple(KIND_ORDER[k] for k in kinds) if kinds else None, "kind_order")
    short = len(whole) < 3
    ranked: dict[int, int] = {}
    if short:  # mid-typing: index order is good enough and needs no sort
        rows = db.execute_sql(
            f"SELECT entry, word = ? FROM search_word WHERE word >= ? AND word < ?{order_clause}"
            f"{engine.scan_order(db, 'word, entry')} LIMIT ?",
            [whole, whole, whole + _END, *order_params, limit * 4]).fetchall()
    else:
        rows = db.execute_sql(
            "SELECT entry, MAX(word = ?) AS exact FROM search_word WHERE word >= ? AND word < ?"
            f"{order_clause} GROUP BY entry ORDER BY exact DESC, MIN(kind_order), MIN(name_len), entry LIMIT ?",
            [whole, whole, whole + _END, *order_params, limit]).fetchall()
    for entry, exact in rows:
        if len(ranked) >= limit:
            break
        ranked.setdefault(entry, 0 if exact else 1)
    if len(ranked) < limit:
        for kind in kinds or (None,):
            for entry in substring_entries(words, kind, limit + len(ranked)):
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
        hits.append((rank, KIND_ORDER[kind], len(name), name, Hit(kind, int(ref_id), label, _detail(kind, detail),
                                                                  rank)))
    hits.sort(key=lambda item: item[:4])
    return [item[4] for item in hits]


def _detail(kind: str, detail: str | None) -> str:
    """The hit's second line as the user reads it: a network's stored kind key becomes its label in the current
    language ("Beirat", "Advisory board"), the same in the CLI and the GUI."""
    if kind == "network" and detail:
        return choice_label("network_kind", detail)
    return detail or ""


def matching_ids(term: str, kind: str, limit: int = 100_000) -> list[int]:
    """Ids of one kind matching the term, best first – for list views that filter in the database."""
    return [hit.id for hit in search(term, limit=limit, kinds=(kind,))]


__all__ = ["ROWID_FACTOR", "Hit", "matching_ids", "search"]
