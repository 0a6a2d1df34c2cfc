"""Counted messages use real singular and plural forms in German and English – never "Kontakt(e)" (15.6)."""

from __future__ import annotations

import re

import pytest

from app.services import messages
from app.services.messages import CATALOG, PLURALS, t, tn
from app.wording import set_language

BRACKETED = re.compile(r"\w\((e|en|n|s)\)|Gremium/Gremien")


@pytest.fixture
def english() -> object:
    set_language("en")
    yield
    set_language("de")


def test_no_message_writes_a_plural_in_brackets() -> None:
    texts = [text for pair in CATALOG.values() for text in pair]
    texts += [text for forms in PLURALS.values() for text in forms]
    assert [text for text in texts if BRACKETED.search(text)] == []


def test_tn_picks_singular_and_plural_in_german() -> None:
    assert tn("erasure_summary", 1) == "1 Kontakt anonymisiert."
    assert tn("erasure_summary", 2) == "2 Kontakte anonymisiert."
    assert tn("erasure_summary", 0) == "0 Kontakte anonymisiert."
    assert tn("follow_ups_count", 1) == "1 Wiedervorlage" and tn("follow_ups_count", 3) == "3 Wiedervorlagen"
    assert tn("retention_since", 1) == "seit 1 Jahr" and tn("retention_since", 3) == "seit 3 Jahren"
    assert tn("import_new_organisations", 1) == " (dazu 1 neue Organisation)"
    assert tn("delete_org_members", 1, name="Caritas").startswith("Caritas ist Mitglied in 1 Gremium.")


def test_tn_picks_singular_and_plural_in_english(english: object) -> None:
    assert tn("erasure_summary", 1) == "1 contact anonymised."
    assert tn("erasure_backups_cleaned", 2) == "Also erased in 2 backups."
    assert tn("partial_backups_removed", 1) == "1 incomplete backup of an interrupted run removed."
    assert tn("retention_found", 1, since=tn("retention_since", 1)) == "1 contact without activity for 1 year."


def test_t_on_a_counted_key_still_picks_the_form() -> None:
    assert t("erasure_in_follow_ups", count=1) == "1 Wiedervorlage"
    assert t("erasure_in_follow_ups", count=2) == "2 Wiedervorlagen"


def test_every_counted_message_has_four_forms_with_the_count() -> None:
    for key, forms in messages.PLURALS.items():
        assert len(forms) == 4, key
        assert all("{count}" in form for form in forms), key


def test_erasure_summary_sentence_reads_naturally(db: object) -> None:
    from app.services.privacy import ErasureSummary

    summary = ErasureSummary(erased=1, scrubbed={"appointments": 1, "follow_ups": 1}, backups_cleaned=1)
    text = summary.text()
    assert text.startswith("1 Kontakt anonymisiert.")
    assert "1 Termin" in text and "1 Wiedervorlage" in text and "Auch in 1 Sicherung gelöscht." in text
    assert not BRACKETED.search(text)


def test_plaintext_copies_and_personal_members_are_counted_properly() -> None:
    from app.services import report_labels

    assert tn("plain_copies_deleted_named", 1, files="a.db") == "1 unverschlüsselte Kopie gelöscht: a.db"
    assert tn("plain_backups_encrypted_at_open", 2, files="a.db, b.db").startswith("2 unverschlüsselte Sicherungen ")
    assert report_labels.counted("personal_members", 1) == "dazu 1 Einzelmitglied"
    assert report_labels.counted("personal_members", 3, "en") == "plus 3 individual members"
    assert not any(BRACKETED.search(text) for pair in report_labels.TEXT.values() for text in pair)
