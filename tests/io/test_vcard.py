"""Reading and writing vCards: fixtures as Apple/iCloud, Google Contacts and Android's contacts app write them."""

from __future__ import annotations

from pathlib import Path

from app.io import vcard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def read(name: str) -> vcard.VcfFile:
    return vcard.read_cards((FIXTURES / name).read_bytes())


def test_apple_business_beats_home_titles_and_departments() -> None:
    parsed = read("apple_icloud.vcf")
    assert parsed.profile == "Apple/iCloud"
    anna, caritas, mehmet = parsed.cards
    assert (anna.title, anna.first_name, anna.last_name) == ("Dr.", "Anna", "Müller")
    assert anna.email == "anna.mueller@lindenau.de"  # item1 with X-ABLabel Work, not the home address
    assert anna.phone == "+49 3581 671-204" and anna.mobile == "+49 171 2345678"
    assert (anna.street, anna.postal_code, anna.city) == ("Markt 1", "02826", "Lindenau")  # work, not home
    assert anna.organization == "Stadt Lindenau" and anna.department == "Amt für Integration und Migration"
    assert anna.function == "Sachgebietsleiterin"
    assert "anna.mueller@gmx.de" in anna.notes and "Gartenweg 3" in anna.notes and "03581 44 55 66" in anna.notes
    assert anna.skipped == ["Foto"]
    assert caritas.company_only and caritas.organization == "Caritasverband Lindenau e. V."
    assert caritas.website == "https://www.caritas-lindenau.de" and caritas.street == "Kirchstraße 12"
    assert mehmet.title == "Prof. Dr." and mehmet.last_name == "Yılmaz"
    assert mehmet.street == "Brückenstraße 1, Haus C, Raum 2.14"
    assert mehmet.notes.startswith("Sprecher des Beirats\nFachtag 2025 Keynote")


def test_android_quoted_printable_names_with_soft_breaks() -> None:
    parsed = read("android_v21.vcf")
    assert parsed.profile == "Android (vCard 2.1)"
    ayse, kim, malgorzata = parsed.cards
    assert (ayse.first_name, ayse.last_name) == ("Ayşe", "Yılmaz")
    assert ayse.organization == "Migrationsberatung für Erwachsene Lindenau"  # QP with a soft line break
    assert ayse.mobile == "+49 170 2233445" and ayse.phone == "03581 66-120"
    assert kim.email == "kim.schmidt@jobcenter-lindenau.de" and kim.function == "Integration Point"
    assert (malgorzata.first_name, malgorzata.last_name) == ("Małgorzata", "Nowak-Żelazny")


def test_google_contacts_salutation_and_mobile() -> None:
    parsed = read("google_contacts.vcf")
    kim, fatima = parsed.cards
    assert kim.email == "kim.schmidt@jobcenter-lindenau.de" and kim.mobile == "+49 151 98765432"
    assert kim.phone == "03581 8899-30" and kim.country == "Deutschland"
    assert kim.function == "Teamleitung Integration Point"
    assert (fatima.salutation, fatima.first_name, fatima.last_name) == ("Frau", "Fatima", "Al-Sayed")


def test_written_cards_read_back_identically() -> None:
    cards = read("apple_icloud.vcf").cards + read("android_v21.vcf").cards
    text = vcard.card_text(cards)
    assert "PHOTO" not in text and text.count("BEGIN:VCARD") == len(cards)
    assert "\n" not in text.replace("\r\n", "") and "VERSION:3.0" in text
    again = vcard.read_cards(text.encode("utf-8"))
    assert again.profile == "Brücke"
    for before, after in zip(cards, again.cards, strict=True):
        before.skipped = []
        assert vars(before) | {"version": ""} == vars(after) | {"version": ""}


def test_vcard_4_uri_phones_gender_and_organization_kind() -> None:
    data = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Jana Nováková\r\nN:Nováková;Jana;;Dr.;\r\nGENDER:F\r\n"
            "ORG:Landratsamt Lindenau;Ausländerbehörde\r\nEMAIL;TYPE=home:jana@privat.example\r\n"
            "EMAIL;TYPE=work;PREF=1:j.novakova@lra-lindenau.de\r\n"
            'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+49-3581-663-120\r\n'
            "TEL;VALUE=uri;TYPE=cell:tel:+49-170-555-0101\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
            "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Stadtbibliothek Lindenau\r\n"
            "ORG:Stadtbibliothek Lindenau\r\nEMAIL:info@bibliothek-lindenau.de\r\nEND:VCARD\r\n").encode()
    jana, library = vcard.read_cards(data).cards
    assert (jana.salutation, jana.title, jana.last_name) == ("Frau", "Dr.", "Nováková")
    assert jana.email == "j.novakova@lra-lindenau.de" and "jana@privat.example" in jana.notes
    assert (jana.phone, jana.mobile) == ("+49-3581-663-120", "+49-170-555-0101")
    assert library.company_only and library.organization == "Stadtbibliothek Lindenau"


def test_damaged_cards_fail_with_a_clear_error_or_read_what_is_readable() -> None:
    import pytest

    from tests.io.test_ics import _mutated

    original = (FIXTURES / "android_v21.vcf").read_bytes() + (FIXTURES / "apple_icloud.vcf").read_bytes()
    for seed in range(150):
        try:
            vcard.read_cards(_mutated(original, seed))
        except ValueError:
            continue
    with pytest.raises(ValueError, match="BEGIN:VCARD"):
        vcard.read_cards(b"Name;Vorname\r\nM\xfcller;Anna\r\n")
