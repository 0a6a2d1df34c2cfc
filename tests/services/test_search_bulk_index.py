"""The bulk path writes search entries from the values it inserts instead of reading the rows back: the index
must hold exactly what a full rebuild from the tables holds. `fold` (made faster) must fold exactly as the
plain per-character version it replaced."""

from __future__ import annotations

import random
import sys
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.export import write_table
from app.models import db_proxy
from app.models.search import fold, rebuild_search_index, search_key, sort_text
from app.services import bulk, contacts, imports, networks, search


def _index() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    database = db_proxy.obj
    entries = database.execute_sql("SELECT rowid, key, name, kind, ref_id, label, detail FROM search_index "
                                   "ORDER BY rowid").fetchall()
    words = database.execute_sql("SELECT word, entry, kind_order, name_len FROM search_word "
                                 "ORDER BY word, entry").fetchall()
    return entries, words


def _rebuilt() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    rebuild_search_index(db_proxy.obj)
    return _index()


def test_bulk_entries_equal_a_rebuild_from_the_tables(db) -> None:  # noqa: ANN001
    existing = contacts.create_organization({"name": "Caritas Leipzig", "city": "Leipzig"})
    org_ids = bulk.insert(contacts.ORGANIZATION, [
        {"name": "Verein Brücke e. V.", "short_name": "Brücke", "city": "Dresden", "email": "info@bruecke.example"},
        {"name": "Œuvre d'Ærø", "city": "Ærøskøbing"},
        {"name": "Türkischer Elternverein", "short_name": "TEV"},
    ])
    person_ids = bulk.insert(contacts.PERSON, [
        {"first_name": "Олена", "last_name": "Коваленко", "organization": org_ids[0], "email": "o.k@example.org",
         "function": "Beraterin", "title": "Dr."},
        {"first_name": "Mehmet", "last_name": "Öztürk", "organization": existing},
        {"last_name": "Al-Sayed", "first_name": "Fatima", "function": "Leitung", "organization": org_ids[2]},
        {"last_name": "Žemaitytė", "title": "Prof. Dr."},
        {"last_name": "محمد", "first_name": "عمر", "email": "omar@example.org", "organization": org_ids[1]},
        {"last_name": "van der Heide", "first_name": "Hans-Jürgen", "function": "Kassenwart ẞ"},
        {"last_name": "Yılmaz", "first_name": "Ayşe", "email": "a_y%z@example.org"},
    ])
    networks.create_network({"name": "Runder Tisch Migration", "short_name": "RTM"})
    built = _index()
    assert len(built[0]) == 1 + len(org_ids) + len(person_ids) + 1
    assert built == _rebuilt()
    assert [hit.id for hit in search.search("ozturk")] == [person_ids[1]]


def test_values_sqlite_would_convert_take_the_reading_back_path(db) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "VHS"})
    bulk.insert(contacts.PERSON, [{"last_name": "Weber", "function": 0, "organization": org.id},
                                  {"last_name": "Koch", "first_name": 12.5}])
    assert _index() == _rebuilt()


def test_an_imported_list_indexes_as_a_rebuild_would(db, tmp_path: Path) -> None:  # noqa: ANN001
    contacts.create_organization({"name": "Verein 3 e. V."})
    rng = random.Random(5)
    names = ["Müller", "Коваленко", "Öztürk", "Nguyễn", "Al-Sayed", "Łukasiewicz", "Weiß", "O'Brien"]
    rows = [[rng.choice(("Frau", "Herr Dr.", "")), f"{rng.choice(names)}, Anna-{i}",
             rng.choice(("Leitung", "", "Ehrenamt")), f"Verein {i % 7} e. V." if i % 5 else "",
             f"p{i}@example.org" if i % 3 else "", 351000000 + i, "Dresden"]
            for i in range(300)]
    path = write_table(tmp_path / "liste.xlsx", ["Anrede", "Name", "Funktion", "Einrichtung", "E-Mail", "Telefon",
                                                 "Ort"], rows, sheet_title="Partner")
    layout = imports.analyse(path, "persons")
    result = imports.commit(imports.preview(path, "persons", layout), backup=False)
    assert result.created == 300
    built = _index()
    assert len(built[0]) == 1 + 300 + 6
    assert built == _rebuilt()


def test_bulk_uuids_are_version_4_as_uuid4_writes_them() -> None:
    data = bytes(range(256)) * 2
    assert bulk.uuid_strings(data) == [str(uuid.UUID(bytes=data[i:i + 16], version=4))
                                       for i in range(0, len(data), 16)]


_SPECIAL = str.maketrans({
    "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l", "%": " ", "_": " ",
})
_SORT_TABLE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Ä": "a", "Ö": "o", "Ü": "u"})


def _reference_fold(text: str) -> str:
    """fold as it was first written: one character at a time."""
    if text.isascii():
        return " ".join(text.translate(_SPECIAL).lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def test_fold_equals_the_per_character_version_for_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Cn", "Co", "Cs"):  # unassigned, private use, surrogates: left alone
            continue
        for text in (char, f"a{char} B", f"{char}\u0301x", f"Ä{char}_%"):
            assert fold(text) == _reference_fold(text), hex(code)
    rng = random.Random(11)
    pool = [chr(c) for c in range(32, 0x2000)] + list("ÄÖÜäöüßẞİıŁłØøÆæŒœĐđÞþĦħĿŀ%_ \t\n\u0301\u034f") * 20
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 24)))
        assert fold(text) == _reference_fold(text), text
        expected_sort = text.lower() if text.isascii() else _reference_fold(text.translate(_SORT_TABLE))
        assert sort_text(text) == expected_sort, text
        assert search_key(text) == _reference_fold(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")


_NAME_TEXT = st.text(alphabet=st.sampled_from(list("aeouAEOU ÄÖÜäöüßẞıİłŁøØæÆœŒ%_-.é\u0301\u00a0ŽžėЁё محمدﬁ①") + [" "]),
                     max_size=12)


@settings(max_examples=300, deadline=None)
@given(first=_NAME_TEXT, last=_NAME_TEXT, title=_NAME_TEXT, email=_NAME_TEXT, function=_NAME_TEXT,
       org=st.one_of(st.none(), _NAME_TEXT))
def test_a_persons_key_folded_part_by_part_equals_the_joined_text_folded(first: str, last: str, title: str,
                                                                         email: str, function: str,
                                                                         org: str | None) -> None:
    """The index folds a person's name parts one by one (repeated first names once per batch); the search folds
    the whole term: both must give the same text, or a name stops being found."""
    from app.models.search import _entries, _join

    entry = next(_entries("person", [(1, first, last, title, email, function, org)]))
    name = _join(first, last)
    assert entry[2] == search_key(name)
    assert entry[1] == search_key(_join(title, name, email))
    assert entry[5] == _join(title, name)  # the label the search shows
    assert entry[6] == " · ".join([p for p in (function, org) if p])
