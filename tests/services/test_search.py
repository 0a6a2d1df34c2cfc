from __future__ import annotations

import pytest

from app.services import appointments, contacts, networks, search


@pytest.fixture
def office(db):  # noqa: ANN001, ANN201
    org = contacts.create_organization({"name": "Müller & Söhne Bildungswerk", "sector": "education_provider"})
    for first, last in [("Hans", "Müller"), ("Rūta", "Žemaitytė"), ("Олена", "Коваленко"), ("Ayşe", "Yılmaz"),
                        ("Anna", "Müllerstein"), ("Lena", "Schmüller"), ("فاطمة", "حسن")]:
        contacts.create_person({"first_name": first, "last_name": last, "organization": org.id})
    networks.create_network({"name": "AG Große Städte", "kind": "working_group"})
    appointments.create_appointment({"title": "Runder Tisch Integration", "start": "2025-01-01 10:00"})
    return db


@pytest.mark.parametrize(("term", "expected"), [
    ("muller", "Hans Müller"), ("MÜLLER", "Hans Müller"), ("zemaityte", "Rūta Žemaitytė"),
    ("кова", "Олена Коваленко"), ("КОВАЛЕНКО", "Олена Коваленко"), ("yilmaz", "Ayşe Yılmaz"),
    ("YILMAZ", "Ayşe Yılmaz"), ("حسن", "فاطمة حسن"), ("grosse stadte", "AG Große Städte"),
    ("runder tisch", "Runder Tisch Integration"),
])
def test_accent_case_and_script_insensitive(office, term: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [hit.label for hit in search.search(term)]


def test_exact_then_prefix_then_substring(office) -> None:  # noqa: ANN001
    labels = [h.label for h in search.search("muller", kinds=("person",))]
    assert labels == ["Hans Müller", "Anna Müllerstein", "Lena Schmüller"]


def test_every_word_must_match_and_renames_are_found(office) -> None:  # noqa: ANN001
    assert [h.label for h in search.search("anna muller")] == ["Anna Müllerstein"]
    org = contacts.create_organization({"name": "Stadtbibliothek"})
    contacts.update_organization(org.id, {"name": "Kulturhaus"})
    assert search.search("stadtbibliothek") == []
    assert [h.kind for h in search.search("kulturhaus")] == ["organization"]


def test_deleted_records_drop_out_of_the_index(office) -> None:  # noqa: ANN001
    person = contacts.create_person({"last_name": "Einmalig"})
    contacts.delete_person(person.id)
    assert search.search("einmalig") == []


def test_short_terms_rank_word_starts_first(office) -> None:  # noqa: ANN001
    labels = [h.label for h in search.search("an", kinds=("person",))]
    # a word starting with "an" first; names merely containing it follow (a longer term never finds more)
    assert labels.index("Anna Müllerstein") < labels.index("Hans Müller")


def test_sql_wildcards_are_literal(office) -> None:  # noqa: ANN001
    assert search.search("%%%") == [] and search.search("___") == []
