"""The preview's fast paths (made for 100,000-row lists) decide exactly as the plain versions they replaced."""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from typing import Any

from app.io import cells
from app.models.search import fold
from app.services import messages
from app.services.imports.values import _FOOTER, footer_reason, single_text_cell

_WS = re.compile(r"\s+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"})


def _reference_footer(raw: tuple[Any, ...]) -> bool:
    filled = [v for v in raw if v not in (None, "") and not (isinstance(v, str) and not v.strip())]
    if not filled or not isinstance(filled[0], str):
        return False
    return bool(_FOOTER.match(fold(cells.text(filled[0])))) and (
        len(filled) <= 2 or all(isinstance(v, int | float) or
                                cells.text(v).replace(".", "").replace(",", "").strip().isdigit() for v in filled[1:]))


def _reference_single_text(raw: tuple[Any, ...], width: int) -> bool:
    filled = [v for v in raw if v not in (None, "")]
    return width >= 3 and len(filled) == 1 and isinstance(filled[0], str) and len(filled[0].strip()) > 0


def test_footer_and_single_text_checks_decide_as_the_plain_versions() -> None:
    messages.set_language("de")
    rng = random.Random(4)
    pool = [None, "", " ", "\xa0", "Summe", "Stand: 1.1.2024", "Gesamt", "12", "1.234,5", 12, 3.5, "Anna", True,
            dt.date(2024, 1, 1), "  Total  ", "erstellt am", "Müller"]
    for _ in range(50_000):
        raw = tuple(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        assert bool(footer_reason(raw)) == _reference_footer(raw), raw
        width = rng.randint(0, 5)
        assert single_text_cell(raw, width) == _reference_single_text(raw, width), (raw, width)
    assert footer_reason(("Summe", 12, "1.234")) == "Fußzeile „Summe“ übersprungen"
    assert footer_reason(("Summe", "Anna", "Berlin")) == ""


def test_whitespace_runs_fold_as_the_regular_expression_did() -> None:
    """split_name/split_prefix use str.split() where they used re's \\s+: the same characters count as space."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if _WS.fullmatch(chr(c))]
    assert spaces == [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for space in spaces:
        text = f"{space}Frau{space}{space}Dr.{space}Anna{space}Müller{space}"
        assert " ".join(text.split()) == _WS.sub(" ", text).strip()
        assert cells.split_name(text) == {"salutation": "Frau", "title": "Dr.", "first_name": "Anna",
                                          "last_name": "Müller"}


def test_names_split_as_before() -> None:
    expected = {
        "Hans von der Heide": ("", "", "Hans", "von der Heide"),
        "Al-Sayed, Fatima (Frau)": ("Frau", "", "Fatima", "Al-Sayed"),
        "Müller, Hans (Dr.)": ("", "Dr.", "Hans", "Müller"),
        "Frau Dr.": ("", "", "Frau", "Dr."),
        "Prof. Dr.-Ing. Jan van der Berg": ("", "Prof. Dr.-Ing.", "Jan", "van der Berg"),
        "Anna (Leitung)": ("", "", "Anna", "(Leitung)"),
        "Олена Коваленко": ("", "", "Олена", "Коваленко"),
        "Madonna": ("", "", "", "Madonna"),
    }
    for text, (salutation, title, first, last) in expected.items():
        assert cells.split_name(text) == {"salutation": salutation, "title": title, "first_name": first,
                                          "last_name": last}, text


def test_canonical_spells_umlauts_out_as_before() -> None:
    for text in ("Müller", "Mueller", "MÜLLER-Weiß", "Straße", "Öztürk e. V.", "Ärzte ohne Grenzen", "Žemaitytė"):
        assert cells.canonical(text) == re.sub(r"[\W_]+", "", fold(text.translate(_UMLAUTS)))
    assert cells.canonical("Müller") == cells.canonical("Mueller") == "mueller"


def _reference_text(value: object) -> str:
    """cells.text as it was before its fast path for plain printable text."""
    if value is None:
        return ""
    result = cells.cell_text(value)
    if "\n" in result or "  " in result or "\t" in result or "\r" in result:
        result = "\n".join(_WS.sub(" ", line).strip() for line in result.splitlines()).strip()
    return result


def test_cell_text_reads_every_character_as_before() -> None:
    """The fast path for printable text must trim and fold exactly as the general one, for every character."""
    for code in range(0x3000):
        ch = chr(code)
        for value in (ch, f" a{ch}b ", f"a{ch}{ch}b", f"{ch} a  b", f"Müller{ch}"):
            assert cells.text(value) == _reference_text(value), hex(code)
    for value in (None, 12, 3.0, 2.5, dt.date(2024, 1, 2), "  ", "", "a\u3000\u3000b", "\u2028x\u2029"):
        assert cells.text(value) == _reference_text(value), value


def test_a_name_without_salutation_or_title_in_front_skips_the_prefix_split_with_the_same_result() -> None:
    """split_name answers most names ("Anna Müller") without _split_prefix: only where _split_prefix would find
    nothing in front of the name."""
    rng = random.Random(7)
    pool = ["Frau", "Herr", "Fr.", "hr", "Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Päd.", "med.", "Anna", "von", "der",
            "Al-Sayed,", "Müller", "(Frau)", "O'Neill", "Ms", "Dr", "PD", "Mme", "Олена", "dr.", "Prof"]
    for _ in range(20_000):
        value = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 5)))
        first = value.partition(" ")[0]
        if first.rstrip(".").lower() not in cells.SALUTATIONS and not cells._TITLE_RE.match(first):
            assert cells._split_prefix(value) == ("", "", value), value
        if "," not in value and not value.endswith(")"):
            salutation, title, rest = cells._split_prefix(value)
            result = cells.split_name(value)
            assert (result["salutation"], result["title"]) == ((salutation, title) if rest else ("", "")), value


def test_the_company_name_check_answers_as_the_plain_comparison() -> None:
    """fields._names_the_company first compares the organisation's key with the display name's first word: it must
    decide exactly as comparing both whole keys, legal form aside."""
    from app.services.imports import fields

    def plain(full: str, organization: str) -> bool:
        return cells.canonical(fields._LEGAL_FORM.sub("", organization)) == \
            cells.canonical(fields._LEGAL_FORM.sub("", full))

    rng = random.Random(11)
    words = ["Tafel", "Lindenau", "e.V.", "e. V.", "gGmbH", "AG", "Ökumene", "Oekumene", "Jobcenter", "-", "„Brücke“",
             "Anna", "Müller", "Mueller", "Caritas", "", "GmbH", "&", "Sankt-Marien"]
    for _ in range(30_000):
        organization = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        full = organization if rng.random() < 0.3 else " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            full = full.replace("ü", "ue").upper()
        assert fields._names_the_company(full, organization) == plain(full, organization), (full, organization)
    assert fields._names_the_company("Tafel Lindenau", "Tafel Lindenau e.V.")
    assert not fields._names_the_company("Anna Müller", "Tafel Lindenau e.V.")
