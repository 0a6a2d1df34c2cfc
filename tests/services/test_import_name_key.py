"""The duplicate check's name key is made from first and last name apart (classify.name_key): it must be the
very text canonical() gives for the whole name, or a re-import would no longer find contacts stored earlier."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.cells import canonical
from app.services.imports.classify import name_key

_NAMES = st.text(alphabet=st.sampled_from(list("aäbcdeéfgınoöpsßuüzAÄÖÜẞİŁØÆŒÞ -'.%_\u0301\u0308\u034f")
                                          + ["ﬁ", "한", "Σ", "ς", "Ω", "ё", "ñ", "ǅ", "\u00a0", "\u200b"]),
                 max_size=12)


@settings(max_examples=400, deadline=None)
@given(_NAMES, _NAMES)
def test_the_name_key_is_the_canonical_text_of_the_whole_name(first: str, last: str) -> None:
    canonical.cache_clear()
    assert name_key(first, last) == canonical(first + last)


def test_examples_an_office_meets() -> None:
    assert name_key("Jürgen", "Müller-Lüdenscheidt") == canonical("JürgenMüller-Lüdenscheidt") == \
        "juergenmuellerluedenscheidt"
    assert name_key("Ayşe", "Yılmaz") == canonical("Ayşe Yılmaz")
    assert name_key("", "O'Neill") == canonical("O'Neill")
