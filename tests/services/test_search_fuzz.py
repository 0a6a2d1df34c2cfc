"""Search never crashes and narrows as the user types (issue 17's fuzz harness, issue 15.4).

Runs against a real SQLite file on the pinned driver: every term shape that once crashed SQLite 3.40
(a 1–2-letter word followed by a longer one on the trigram table), FTS5 syntax, quotes and SQL fragments.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import contacts, lists, networks, search

CRASHING_TERMS = ["de Vries", "Dr Müller", "AG Integration", "St Martin", "an der Schule", "a AND"]


@pytest.fixture
def office(db):  # noqa: ANN001, ANN201
    org = contacts.create_organization({"name": "AG Integration St. Martin e. V."})
    for title, first, last in [("Dr.", "Hans", "Müller"), ("", "Jan", "de Vries"), ("", "Anna", "Mueller"),
                               ("Prof. Dr.", "Ayşe", "Yılmaz"), ("", "Олена", "Коваленко"),
                               ("", "Fatima", "Al-Sayed"), ("", "Klaus", "Jäger"), ("", "Jörg", "Jaeger")]:
        contacts.create_person({"title": title, "first_name": first, "last_name": last, "organization": org.id})
    networks.create_network({"name": "Runder Tisch an der Schule", "kind": "round_table"})
    contacts.create_organization({"name": "Verein Lange Strasse"})
    contacts.create_organization({"name": "Haus an der Straße"})
    return db


@pytest.mark.parametrize("term", CRASHING_TERMS)
def test_terms_that_crashed_sqlite_340_are_answered(office, term: str) -> None:  # noqa: ANN001
    search.search(term)
    lists.search_ids("person", term)


def test_cli_search_does_not_segfault_and_check_names_the_sqlite_version(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = [sys.executable, "-m", "app", "--db", str(db)]
    subprocess.run([*run[:3], "demo", "--db", str(db), "--persons", "40", "--years", "1"], check=True,
                   capture_output=True)
    for term in CRASHING_TERMS:
        result = subprocess.run([*run[:3], "search", term, "--db", str(db)], capture_output=True, text=True)
        assert result.returncode == 0, (term, result.returncode, result.stderr)
    check = subprocess.run([*run[:3], "check", "--db", str(db)], capture_output=True, text=True)
    version = next(line for line in check.stdout.splitlines() if line.startswith("SQLite:")).split()[-1]
    assert tuple(int(p) for p in version.split(".")[:2]) >= (3, 47)


def test_titles_are_searchable_with_the_name(office) -> None:  # noqa: ANN001
    assert [h.label for h in search.search("Dr Müller")] == ["Dr. Hans Müller"]
    assert [h.label for h in search.search("de vries")] == ["Jan de Vries"]


@pytest.mark.parametrize(("spelling", "other"), [
    ("mueller", "Dr. Hans Müller"), ("muller", "Anna Mueller"), ("Müller", "Anna Mueller"),
    ("jaeger", "Klaus Jäger"), ("jäger", "Jörg Jaeger"), ("Strasse", "Haus an der Straße"),
    ("straße", "Verein Lange Strasse"),
])
def test_german_spellings_find_each_other(office, spelling: str, other: str) -> None:  # noqa: ANN001
    assert other in [h.label for h in search.search(spelling)]


def test_results_narrow_as_the_user_types(office) -> None:  # noqa: ANN001
    for kind in ("person", "organization", "network"):
        previous: set[int] | None = None
        for end in range(1, len("an der Schule") + 1):
            found = lists.search_ids(kind, "an der Schule"[:end]) or set()
            if previous is not None:
                assert found <= previous, ("an der Schule"[:end], kind)
            previous = found


_WORDS = st.one_of(
    st.text(min_size=1, max_size=40),
    st.text(alphabet="abcdeäöüßAÖÜ ", min_size=1, max_size=40),
    st.text(alphabet="абвгдежзийклмнопрстуфхцчшщыэюяابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=12),
    st.sampled_from(["0\x00", '"', "'", '"a" OR "b"', "a AND", "NOT x", "NEAR(a b)", "*", "a*", "^x", "col:abc",
                     "'; DROP TABLE person; --", "%", "_", "\\", "\x00", "ab\x1bcd", "(((", ")", "{a b}"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(_WORDS, min_size=1, max_size=4))
def test_fuzzed_terms_never_crash_and_narrow(office, words: list[str]) -> None:  # noqa: ANN001
    term = " ".join(words)
    search.search(term)
    for kind in ("person", "organization"):
        whole = lists.search_ids(kind, term) or set()
        longer = lists.search_ids(kind, term + "x")
        assert longer is None or longer <= whole or not term.strip()
