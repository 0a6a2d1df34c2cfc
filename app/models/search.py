"""The search index: folded keys in an FTS5 trigram table, kept current by the services.

`fold` makes matching case-, accent- and script-tolerant: "muller" finds "Müller", "zemaityte" finds
"Žemaitytė", "yilmaz" finds "Yılmaz". The trigram index answers `LIKE '%term%'` without a table scan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import peewee as pw

KIND_CODES = {"person": 1, "organization": 2, "network": 3, "appointment": 4}
ROWID_FACTOR = 1_000_000_000

_SPECIAL_LETTERS = {
    "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l",
    "%": " ", "_": " ",
}
# One regular expression for them: str.translate with such a table costs microseconds per call, a search that
# rarely finds anything a fraction of that (fold runs for every name of a 100,000-row import).
_SPECIAL_RE = re.compile("[" + "".join(re.escape(ch) for ch in _SPECIAL_LETTERS) + "]")
# The combining marks of U+0300–U+036F (the accents of Latin letters; U+034F, the grapheme joiner, is none).
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL_LETTERS[match.group()]


@cache
def _marks() -> frozenset[str]:
    """Every combining character (all lie below U+20000), collected on the first text that needs it."""
    return frozenset(ch for ch in map(chr, range(0x20000)) if unicodedata.combining(ch))


@lru_cache(maxsize=16_384)  # first names, towns and titles repeat; a bulk chunk folds each last name twice
def fold(text: str) -> str:
    """(Cached: `forget_folded()` empties it after an erasure, so no erased name stays in memory.)"""
    if text.isascii():  # of the special letters only "%" and "_" are ASCII
        return " ".join(text.replace("%", " ").replace("_", " ").lower().split())
    decomposed = unicodedata.normalize("NFKD", _SPECIAL_RE.sub(_special, text))
    if not decomposed.isascii():  # accents left as combining marks after the decomposition: dropped
        decomposed = _LATIN_MARKS.sub("", decomposed)
        if not decomposed.isascii() and not _marks().isdisjoint(decomposed):
            decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(decomposed.casefold().split())


def search_key(text: str) -> str:
    """`fold` plus German transliterations folded together: "Mueller", "Müller" and "Muller" share one key
    (ue→u, ae→a, oe→o after ü→u …; ß→ss already), so every spelling finds every other. Index keys and
    search terms both go through here."""
    return fold(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")


def sort_text(value: str) -> str:
    """Alphabetical order as an office expects it (DIN 5007: Ö with O, case ignored). `fold` already puts Ö with
    O and ß as ss – the same text as replacing them first – and shares its cache with the search key."""
    if value.isascii():
        return value.lower()
    return fold(value)


def forget_folded() -> None:
    """Empty fold's cache (after an erasure: the erased person's name must not stay in the program's memory)."""
    fold.cache_clear()


def person_sort_key(last_name: str, first_name: str) -> str:
    """Stored on each person (indexed) so the contact list sorts 100,000 names without Python per row."""
    return sort_text(last_name or "") + "\x1f" + sort_text(first_name or "")


def rowid(kind: str, ref_id: int) -> int:
    return KIND_CODES[kind] * ROWID_FACTOR + ref_id


def _join(*parts: object) -> str:
    return " ".join([str(p) for p in parts if p])


# Each query yields (id, name, extra key text, label, detail) for one kind.
_SOURCES = {
    "person": (
        'SELECT p.id, p.first_name, p.last_name, p.title, p.email, p.function, o.name '
        'FROM person p LEFT JOIN organization o ON o.id = p.organization_id'
    ),
    "organization": 'SELECT id, name, short_name, city, email FROM organization',
    "network": 'SELECT id, name, short_name, kind FROM network',
    "appointment": 'SELECT id, title, location, start FROM appointment',
}


def _entries(kind: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    base = KIND_CODES[kind] * ROWID_FACTOR
    if kind == "person":
        # key and name folded part by part – the same text as folding the joined parts, since folding never
        # joins across a space – so that a first name or title repeated on many rows is folded once per batch
        folded: dict[str, str] = {"": ""}
        for ref_id, first, last, title, email, function, org in rows:
            first, last, title = first or "", last or "", title or ""
            first_key = folded.get(first)
            if first_key is None:
                first_key = folded[first] = search_key(first)
            title_key = folded.get(title)
            if title_key is None:
                title_key = folded[title] = search_key(title)
            last_key = search_key(last) if last else ""
            name_key = f"{first_key} {last_key}" if first_key and last_key else first_key or last_key
            email_key = search_key(email) if email else ""
            key = " ".join([part for part in (title_key, name_key, email_key) if part]) \
                if title_key or email_key else name_key
            name = f"{first} {last}" if first and last else first or last
            yield (base + ref_id, key, name_key, kind, ref_id, f"{title} {name}" if title and name else
                   title or name, f"{function} · {org}" if function and org else function or org or "")
    elif kind == "organization":
        for ref_id, name, short, city, email in rows:
            yield (base + ref_id, search_key(_join(name, short, email)), search_key(name), kind, ref_id, name,
                   _join(short, city))
    elif kind == "network":
        for ref_id, name, short, network_kind in rows:
            yield (base + ref_id, search_key(_join(name, short)), search_key(name), kind, ref_id, name,
                   network_kind)
    else:
        for ref_id, title, location, start in rows:
            yield (base + ref_id, search_key(_join(title, location)), search_key(title), kind, ref_id, title,
                   str(start)[:16])


_INSERT = "INSERT INTO search_index (rowid, key, name, kind, ref_id, label, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_WORD = "INSERT OR IGNORE INTO search_word (word, entry, kind_order, name_len) VALUES (?, ?, ?, ?)"
KIND_ORDER = {"organization": 0, "network": 1, "person": 2, "appointment": 3}
_WORD_SPLIT = re.compile(r"[\s\-–/.,;:&()\"'„“”‚‘’«»]+")


def name_words(name: str) -> list[str]:
    """The words of a folded name, plus the whole name, for prefix lookups."""
    words = [w for w in _WORD_SPLIT.split(name) if w]
    if name and name not in words:
        words.append(name)
    return words


def _write(db: pw.SqliteDatabase, entries: Iterable[tuple[Any, ...]]) -> None:
    entries = list(entries)
    cursor = db.cursor()
    cursor.executemany(_INSERT, entries)
    words = [(word, entry[0], KIND_ORDER[entry[3]], len(entry[2]))
             for entry in entries for word in name_words(entry[2])]
    # in key order: each insert lands beside the previous one in the table's b-tree, not anywhere. By the word
    # alone (a stable sort keeps each word's entries in their order): half the time of comparing whole tuples.
    words.sort(key=itemgetter(0))
    cursor.executemany(_INSERT_WORD, words)


# The columns of a kind's own table its entry is made of, in the order of its _SOURCES query (after the id); a
# person's organisation name comes from its organization_id. Appointments are left out: their start is a
# DATETIME column, which SQLite may store other than it was given (numeric affinity).
_SOURCE_COLUMNS = {
    "person": ("first_name", "last_name", "title", "email", "function", "organization_id"),
    "organization": ("name", "short_name", "city", "email"),
    "network": ("name", "short_name", "kind"),
}


def index_inserted(db: pw.SqliteDatabase, kind: str, columns: Sequence[str], records: Sequence[Sequence[Any]],
                   first_id: int, *, savepoint: bool = True) -> None:
    """Entries for records just inserted with the ids first_id, first_id + 1, … (the bulk path), made from the
    values written instead of reading the rows back – the same entries `refresh_entries(…, new=True)` makes.

    Only text goes into a text column unchanged; any other value (which SQLite converts by the column's
    affinity) and kinds without a plan take the reading-back path."""
    wanted = _SOURCE_COLUMNS.get(kind)
    if not records:
        return
    if wanted is None:
        refresh_entries(db, kind, range(first_id, first_id + len(records)), new=True)
        return
    get = itemgetter(*[list(columns).index(name) for name in wanted])
    rows = [get(record) for record in records]
    texts = len(wanted) - 1 if kind == "person" else len(wanted)
    if not all(value.__class__ is str for row in rows for value in row[:texts]) or \
            (kind == "person" and not all(row[-1] is None or row[-1].__class__ is int for row in rows)):
        refresh_entries(db, kind, range(first_id, first_id + len(records)), new=True)
        return
    if kind == "person":
        org_ids = sorted({row[-1] for row in rows if row[-1] is not None})
        names: dict[Any, str] = {}
        for start in range(0, len(org_ids), 500):
            chunk = org_ids[start:start + 500]
            names.update(db.execute_sql(f"SELECT id, name FROM organization WHERE id IN ({','.join('?' * len(chunk))})",
                                        chunk).fetchall())
        rows = [(ref_id, *row[:-1], names.get(row[-1])) for ref_id, row in enumerate(rows, start=first_id)]
    else:
        rows = [(ref_id, *row) for ref_id, row in enumerate(rows, start=first_id)]
    with db.atomic() if savepoint or not db.in_transaction() else nullcontext():
        _write(db, _entries(kind, rows))


def rebuild_search_index(db: pw.SqliteDatabase) -> None:
    with db.atomic():
        db.execute_sql("DELETE FROM search_index")
        db.execute_sql("DELETE FROM search_word")
        for kind, sql in _SOURCES.items():
            _write(db, _entries(kind, db.execute_sql(sql).fetchall()))


def refresh_entries(db: pw.SqliteDatabase, kind: str, ids: Iterable[int], *, new: bool = False) -> None:
    """Re-index the given records of one kind (deleted records simply drop out).

    `new=True` says the records were just inserted and have no entries yet (the bulk path).
    """
    ids = sorted(set(ids))
    if not ids:
        return
    with db.atomic():
        _refresh(db, kind, ids, new)


def _refresh(db: pw.SqliteDatabase, kind: str, ids: list[int], new: bool) -> None:
    cursor = db.cursor()
    alias = "p." if kind == "person" else ""
    if not new:
        for start in range(0, len(ids), 500):
            chunk = [rowid(kind, i) for i in ids[start:start + 500]]
            marks = ",".join("?" * len(chunk))
            cursor.execute(f"DELETE FROM search_index WHERE rowid IN ({marks})", chunk)
            cursor.execute(f"DELETE FROM search_word WHERE entry IN ({marks})", chunk)
    if ids[-1] - ids[0] + 1 == len(ids):  # a contiguous range, as bulk inserts produce
        rows = db.execute_sql(f"{_SOURCES[kind]} WHERE {alias}id BETWEEN ? AND ?", (ids[0], ids[-1])).fetchall()
        _write(db, _entries(kind, rows))
    else:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = db.execute_sql(f"{_SOURCES[kind]} WHERE {alias}id IN ({','.join('?' * len(chunk))})",
                                  chunk).fetchall()
            _write(db, _entries(kind, rows))
    if kind == "organization" and not new:  # persons show their organisation's name
        marks = ",".join("?" * len(ids))
        person_ids = [r[0] for r in db.execute_sql(
            f"SELECT id FROM person WHERE organization_id IN ({marks})", ids).fetchall()]
        if person_ids:
            _refresh(db, "person", sorted(person_ids), False)
