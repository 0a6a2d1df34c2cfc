"""Contacts as real address books hold them: an entry with only an e-mail address (newsletters, function
addresses) arrives with the address (or the e-mail's display name) as its name, and the address a contact
does not get as its address (home, "weitere", Google's third) is kept in the notes as the vCard import does.
Fixtures: tests/fixtures/contact_gaps (headers as Outlook, Google and Thunderbird write them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io import vcard
from app.models import Organization, Person
from app.services import exchange, imports, search
from app.services.imports import classify

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GAPS = FIXTURES / "contact_gaps"


def _import(path: Path) -> tuple[imports.Preview, imports.Result]:
    layout = imports.analyse(path, "persons")
    preview = imports.preview(path, "persons", layout)
    return preview, imports.commit(preview, backup=False)


def _row(preview: imports.Preview, last_name: str) -> classify.Row:
    return next(r for r in preview.rows if r.values.get("last_name") == last_name)


# --- 1. a contact with only an e-mail address -------------------------------------------------------------------

def test_outlook_german_email_only_contacts_arrive(db: object) -> None:
    preview, result = _import(GAPS / "outlook_kontakte_de_nur_email.csv")
    assert preview.layout.profile == "outlook-de"
    assert (result.created, result.errors) == (4, 0), [r.reason for r in preview.rows if r.action == "error"]
    bare = Person.get(Person.email == "integration@stadt-beispiel.de")
    assert (bare.last_name, bare.first_name) == ("integration@stadt-beispiel.de", "")  # as "Speichern unter" shows it
    named = Person.get(Person.email == "newsletter@integrationsnetz-sachsen.de")
    assert (named.last_name, named.first_name) == ("Newsletter Integrationsnetz", "")   # "(adresse)" taken off
    assert "Kategorien: Newsletter" in named.notes
    assert Person.get(Person.email == "presse@stadt-beispiel.de").last_name == "presse@stadt-beispiel.de"
    # a company with its display name stays the organisation, no person called "Jobcenter Beispielstadt"
    jobcenter = Organization.get(Organization.name == "Jobcenter Beispielstadt")
    assert (jobcenter.email, jobcenter.phone) == ("info@jobcenter-beispielstadt.de", "03581 4000")
    assert not Person.select().where(Person.last_name.contains("Jobcenter")).exists()
    assert Person.get(Person.last_name == "Krüger").first_name == "Sabine"  # a named contact keeps its name


def test_the_preview_says_where_the_name_came_from(db: object) -> None:
    path = GAPS / "outlook_kontakte_de_nur_email.csv"
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    bare = _row(preview, "integration@stadt-beispiel.de")
    assert bare.action == "create"
    assert "E-Mail-Adresse" in bare.values["name_hint"] and "Nachname" in bare.values["name_hint"]
    shown = _row(preview, "Newsletter Integrationsnetz")
    assert "Anzeigename" in shown.values["name_hint"] and "Newsletter Integrationsnetz" in shown.values["name_hint"]
    assert "name_hint" not in _row(preview, "Krüger").values


def test_the_preview_reason_names_the_hint(db: object) -> None:
    path = GAPS / "outlook_kontakte_de_nur_email.csv"
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    row = _row(preview, "integration@stadt-beispiel.de")
    assert "E-Mail-Adresse" in row.reason and row.reason.startswith("Zeile 2")


def test_outlook_english_email_only_contacts(db: object) -> None:
    preview, result = _import(GAPS / "outlook_contacts_en_email_only.csv")
    assert preview.layout.profile == "outlook-en" and (result.created, result.errors) == (3, 0)
    assert Person.get(Person.email == "welcome@refugee-network.org").last_name == "Refugee Network Newsletter"
    assert Person.get(Person.email == "office@integration-example.org").last_name == "office@integration-example.org"


def test_google_email_only_contact(db: object) -> None:
    preview, result = _import(GAPS / "google_contacts_nur_email.csv")
    assert preview.layout.profile == "google" and (result.created, result.errors) == (2, 0)
    person = Person.get(Person.email == "kontakt@willkommensbuendnis.de")
    assert person.last_name == "kontakt@willkommensbuendnis.de"


@pytest.mark.parametrize(("name", "profile", "address", "count"), [
    ("thunderbird_de_nur_email.csv", "thunderbird-de", "beratung@auslaenderbeirat-beispiel.de", 2),
    ("thunderbird_en_email_only.csv", "thunderbird-en", "hello@welcome-club.org", 3)])
def test_thunderbird_email_only_contact(db: object, name: str, profile: str, address: str, count: int) -> None:
    preview, result = _import(GAPS / name)
    assert preview.layout.profile == profile and (result.created, result.errors) == (count, 0)
    assert Person.get(Person.email == address).last_name == address
    assert "E-Mail-Adresse" in _row(preview, address).values["name_hint"]
    if profile == "thunderbird-de":  # a display name ("Anzeigename") is the name, as before
        assert Person.get(Person.email == "info@ehrenamt-beispiel.de").last_name == "Ehrenamtsbörse"
    else:  # the display name is the address itself: named so, and the preview says so
        assert "E-Mail-Adresse" in _row(preview, "info@sprachpaten.org").values["name_hint"]


def test_email_only_contact_is_found_and_not_doubled(db: object) -> None:
    _import(GAPS / "outlook_kontakte_de_nur_email.csv")
    hits = search.search("integration@stadt")
    person = Person.get(Person.email == "integration@stadt-beispiel.de")
    assert ("person", person.id) in {(h.kind, h.id) for h in hits}
    preview, result = _import(GAPS / "outlook_kontakte_de_nur_email.csv")
    assert result.created == 0  # the second import matches by e-mail address
    assert Person.select().where(Person.email == "integration@stadt-beispiel.de").count() == 1


def test_a_row_with_nothing_at_all_is_still_an_error(db: object, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nachname;Vorname;E-Mail;Telefon;Ort\nMüller;Anna;a@b.de;0341 1;Pirna\n;;;0341 2;Pirna\n"
                    "Berg;Ole;o@b.de;0341 3;Pirna\n", encoding="utf-8")
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    assert [r.action for r in preview.rows] == ["create", "error", "create"]


VCARD_EMAIL_ONLY = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:;;;;\r\nEMAIL;TYPE=INTERNET:kontakt@sprachcafe-beispiel.de\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:fluechtlingshilfe@kirche-beispiel.de\r\nUID:urn:uuid:4fbe8971-0bc3-424c-"
    "9c26-36c3e1eff6b1\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nORG:Tafel Beispielstadt e. V.\r\nEMAIL:info@tafel-beispiel.de\r\n"
    "END:VCARD\r\n")


def test_vcard_with_only_an_email_address(db: object, tmp_path: Path) -> None:
    cards = vcard.read_cards(VCARD_EMAIL_ONLY.encode()).cards
    assert [(c.last_name, c.name_from_email) for c in cards[:2]] == [
        ("kontakt@sprachcafe-beispiel.de", True), ("fluechtlingshilfe@kirche-beispiel.de", True)]
    assert cards[2].company_only and not cards[2].name_from_email
    path = tmp_path / "kontakte.vcf"
    path.write_text(VCARD_EMAIL_ONLY, encoding="utf-8")
    preview = exchange.preview(path, "persons")
    assert [r.action for r in preview.rows] == ["create", "create", "create"]
    assert "E-Mail-Adresse" in preview.rows[0].reason
    exchange.commit(preview, backup=False)
    assert Person.get(Person.email == "kontakt@sprachcafe-beispiel.de").last_name == "kontakt@sprachcafe-beispiel.de"
    assert Organization.get(Organization.name == "Tafel Beispielstadt e. V.").email == "info@tafel-beispiel.de"


@pytest.mark.parametrize(("card", "first", "last", "from_email"), [
    ("N:;Anna;;;\r\nFN:Anna", "", "Anna", False),              # only a given name: it is the name, once
    ("N:;Anna;;;\r\nFN:", "", "Anna", False),                  # empty FN: as the CSV import, not "no name"
    ("FN:integration@stadt.de", "", "integration@stadt.de", True),  # FN is the address (Thunderbird)
])
def test_vcard_names_as_the_csv_import_names_them(card: str, first: str, last: str, from_email: bool) -> None:
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\n{card}\r\nEMAIL:integration@stadt.de\r\nEND:VCARD\r\n".encode()
    (read,) = vcard.read_cards(data).cards
    assert (read.first_name, read.last_name, read.name_from_email) == (first, last, from_email)


# --- 2. the address a contact does not get as its address goes to the notes --------------------------------------

@pytest.mark.parametrize("name", ["outlook_kontakte_de_cp1252.csv", "outlook_kontakte_de_utf8bom.csv"])
def test_outlook_german_home_address_kept_in_notes(db: object, name: str) -> None:
    _import(FIXTURES / name)
    fatima = Person.get(Person.last_name == "Al-Sayed")
    assert fatima.street == "Markt 1"
    assert "Adresse: Gartenweg 5, 04109 Leipzig" in fatima.notes.split("\n")
    weiss = Person.get(Person.last_name == "Weiß")  # only a home address: it is the address, no notes line
    assert (weiss.street, weiss.city) == ("Lindenstraße 12", "Lindenau")
    assert "Adresse:" not in (weiss.notes or "")


def test_outlook_home_and_further_address_with_their_second_lines(db: object) -> None:
    _import(GAPS / "outlook_kontakte_de_nur_email.csv")
    sabine = Person.get(Person.last_name == "Krüger")
    assert (sabine.street, sabine.postal_code, sabine.city) == ("Rathausplatz 1", "02826", "Beispielstadt")
    lines = sabine.notes.split("\n")
    assert "Adresszusatz: Zimmer 12" in lines
    assert "Adresse: Birkenweg 7, Hinterhaus, 02827 Görlitz" in lines
    assert "Adresse: Am Seeufer 3, 02625 Bautzen" in lines
    assert lines.index("Adresse: Birkenweg 7, Hinterhaus, 02827 Görlitz") < lines.index(
        "Adresse: Am Seeufer 3, 02625 Bautzen")


def test_outlook_english_and_outlook_com_home_address_in_notes(db: object) -> None:
    _import(FIXTURES / "outlook_contacts_en_utf8bom.csv")
    olena = Person.get(Person.last_name == "Kovalenko")
    assert olena.street == "Bahnhofstraße 3" and "Adresse: Parkweg 2, 04109 Leipzig" in olena.notes.split("\n")
    _import(GAPS / "outlook_contacts_en_email_only.csv")
    brooks = Person.get(Person.last_name == "Brooks")
    assert brooks.street == "1 Market Square"
    assert {"Adresse: 12 Mill Lane, 04109 Leipzig", "Adresse: 5 Harbour Road, 18055 Rostock"} <= set(
        brooks.notes.split("\n"))
    _import(FIXTURES / "outlook_com_contacts.csv")
    amira = Person.get(Person.last_name == "Haddad")
    assert amira.street == "Bahnhofstraße 24" and "Adresse: Lindenallee 9, 02826 Lindenau" in amira.notes


def test_google_addresses_by_label(db: object) -> None:
    _import(FIXTURES / "google_contacts.csv")
    anna = Person.get(Person.last_name == "Schäfer")
    assert anna.street == "Schulstraße 1" and "Adresse: Am Teich 4, 04109 Leipzig" in anna.notes.split("\n")
    _import(GAPS / "google_contacts_nur_email.csv")
    murat = Person.get(Person.last_name == "Aydın")
    assert (murat.street, murat.city) == ("Postplatz 2", "Görlitz")  # "Work", though it stands second
    lines = murat.notes.split("\n")
    assert "Adresse: Lindenstraße 4, 02826 Görlitz" in lines and "Adresse: Hafenstraße 1, 18055 Rostock" in lines


def test_google_older_export_addresses(db: object) -> None:
    _import(FIXTURES / "google_contacts_alt_2019.csv")
    leyla = Person.get(Person.last_name == "Demir")
    assert "Gartenweg 3" not in leyla.street
    assert "Adresse: Gartenweg 3, 02826 Lindenau" in leyla.notes.split("\n")


@pytest.mark.parametrize("name", ["thunderbird_de.csv", "thunderbird_en.csv"])
def test_thunderbird_home_address_in_notes(db: object, name: str) -> None:
    _import(FIXTURES / name)
    lea = Person.get(Person.last_name == "Schmidt")
    assert lea.street.startswith("Rathausplatz 2")
    assert "Adresse: Rosenweg 3, 04103 Leipzig" in lea.notes.split("\n")
    if name == "thunderbird_de.csv":  # only a home address: it stays the address
        kemal = Person.get(Person.last_name == "Demir")
        assert (kemal.street, kemal.city) == ("Uferstraße 9", "Lindenau") and "Adresse:" not in (kemal.notes or "")


def test_csv_and_vcard_write_the_same_notes_line(db: object) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Krüger;Sabine;;;\r\nFN:Sabine Krüger\r\n"
            "ADR;TYPE=WORK:;Zimmer 12;Rathausplatz 1;Beispielstadt;;02826;Deutschland\r\n"
            "ADR;TYPE=HOME:;Hinterhaus;Birkenweg 7;Görlitz;;02827;Deutschland\r\nEND:VCARD\r\n")
    notes = vcard.read_cards(card.encode()).cards[0].notes.split("\n")
    assert "Adresse: Birkenweg 7, Hinterhaus, 02827 Görlitz" in notes


def test_same_address_twice_is_not_noted(db: object, tmp_path: Path) -> None:
    _import(_outlook_de_row(tmp_path, [
        {"Vorname": "Ole", "Nachname": "Berg", "Straße geschäftlich": "Markt 2", "Ort geschäftlich": "Pirna",
         "Postleitzahl geschäftlich": "01796", "Straße privat": "Markt 2", "Ort privat": "Pirna",
         "Postleitzahl privat": "01796"}]))
    assert "Adresse:" not in (Person.get(Person.last_name == "Berg").notes or "")


def _outlook_de_row(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    """A German Outlook contacts export (UTF-8 with BOM, CRLF, every cell quoted) with these cells filled."""
    header = (GAPS / "outlook_kontakte_de_nur_email.csv").read_bytes().decode("utf-8-sig").split("\r\n")[0]
    columns = [c.strip('"') for c in header.split('","')]
    lines = [",".join(f'"{row.get(c, "")}"' for c in columns) for row in rows]
    path = tmp_path / "kontakte.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join([header, *lines, ""]).encode())
    return path


def test_outlook_po_boxes_are_addresses_not_lost(db: object, tmp_path: Path) -> None:
    # offices of the administration are written to by PO box: Outlook keeps it in "Postfach geschäftlich"
    path = _outlook_de_row(tmp_path, [
        {"Vorname": "Jana", "Nachname": "Petzold", "Firma": "Landratsamt Görlitz", "Postfach geschäftlich": "30 01 52",
         "Postleitzahl geschäftlich": "02806", "Ort geschäftlich": "Görlitz"},
        {"Vorname": "Ole", "Nachname": "Berg", "Straße geschäftlich": "Markt 2", "Postleitzahl geschäftlich": "01796",
         "Ort geschäftlich": "Pirna", "Postfach geschäftlich": "Postfach 11 22", "Straße privat": "Weg 1",
         "Postleitzahl privat": "01796", "Ort privat": "Pirna", "Postfach privat": "44"},
    ])
    layout = imports.analyse(path, "persons")
    assert "Postfach geschäftlich → Postfach (po_box)" in "\n".join(imports.mapping_lines(layout))
    _import(path)
    petzold = Person.get(Person.last_name == "Petzold")
    assert (petzold.street, petzold.postal_code, petzold.city) == ("Postfach 30 01 52", "02806", "Görlitz")
    berg = Person.get(Person.last_name == "Berg")
    assert berg.street == "Markt 2" and "Postfach 11 22" in berg.notes  # the street stays, the PO box beside it
    assert "Adresse: Weg 1, Postfach 44, 01796 Pirna" in berg.notes  # the home block, whole, never mixed in


def test_vcard_po_boxes_as_in_the_csv_import(db: object, tmp_path: Path) -> None:
    path = tmp_path / "amt.vcf"
    path.write_bytes(("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petzold;Jana;;;\r\nFN:Jana Petzold\r\n"
                      "ORG:Landratsamt Görlitz\r\n"
                      "ADR;TYPE=WORK:30 01 52;;;Görlitz;;02806;Deutschland\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Ole;;;\r\nFN:Ole Berg\r\n"
                      "ADR;TYPE=WORK:Postfach 11 22;;Markt 2;Pirna;;01796;\r\n"
                      "ADR;TYPE=HOME:44;;Weg 1;Pirna;;01796;\r\nEND:VCARD\r\n").encode())
    exchange.commit(exchange.preview(path, "persons"), backup=False)
    petzold = Person.get(Person.last_name == "Petzold")
    assert (petzold.street, petzold.postal_code, petzold.city) == ("Postfach 30 01 52", "02806", "Görlitz")
    berg = Person.get(Person.last_name == "Berg")
    assert berg.street == "Markt 2" and "Postfach 11 22" in berg.notes
    assert "Adresse: Weg 1, Postfach 44, 01796 Pirna" in berg.notes  # worded as the CSV import words it
