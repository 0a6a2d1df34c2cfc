"""`bruecke import FILE --kind persons` with contact exports shaped as further real programs write them,
checked field by field in the resulting office file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_COLUMNS = ("title", "first_name", "function", "phone", "mobile", "email", "street", "postal_code", "city",
            "country", "notes", "organization")


def _people(db: Path) -> dict[str, dict[str, str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT p.last_name, p.title, p.first_name, p.function, p.phone, p.mobile, p.email, p.street,"
            " p.postal_code, p.city, p.country, p.notes, o.name FROM person p"
            " LEFT JOIN organization o ON o.id = p.organization_id").fetchall()
    connection.close()
    return {row[0]: dict(zip(_COLUMNS, row[1:], strict=True)) for row in rows}


def test_outlook_com_people_export(bruecke: Runner, tmp_path: Path) -> None:
    """Outlook.com ("Personen → Verwalten → Kontakte exportieren"): English headers in its own order,
    "Business Country"/"Home Country" instead of the desktop's "…Country/Region", UTF-8 with BOM, CRLF."""
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "outlook_com_contacts.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Outlook-Kontakte (englisch)" in run.out
    people = _people(db)
    amira = people["Haddad"]
    assert (amira["title"], amira["first_name"], amira["function"]) == ("Dr.", "Amira", "Sachgebietsleiterin")
    assert amira["organization"] == "Landratsamt Lindenau"
    assert amira["phone"] == "03581 663-120" and amira["mobile"] == "0160 99887766"  # business, not assistant
    assert amira["email"] == "amira.haddad@lra-lindenau.de"
    assert (amira["street"], amira["postal_code"], amira["city"], amira["country"]) == (
        "Bahnhofstraße 24", "02826", "Lindenau", "Deutschland")  # the business block, not the home one
    assert amira["notes"].startswith("Zuständig für Aufenthaltstitel,\nTermine nur nach Vereinbarung.")
    assert "Abteilung: Ausländerbehörde" in amira["notes"] and "amira.haddad@gmx.de" in amira["notes"]
    piotr = people["Kowalski"]
    assert (piotr["street"], piotr["postal_code"], piotr["city"], piotr["country"]) == (
        "ul. Długa 5", "59-900", "Zgorzelec", "Polen")
    jonas = people["Weber"]
    assert jonas["mobile"] == "0151 22334455" and jonas["organization"] == "Volkshochschule Lindenau"
    with sqlite3.connect(db) as connection:
        tafel = connection.execute("SELECT phone, email, street FROM organization WHERE name = ?",
                                   ("Tafel Lindenau e. V.",)).fetchone()
    connection.close()
    assert tafel == ("03581 22 33 44", "info@tafel-lindenau.de", "Am Markt 3")  # a company-only row
    assert "Tafel Lindenau e. V." not in people


def test_google_csv_of_the_older_contacts_export(bruecke: Runner, tmp_path: Path) -> None:
    """Google Contacts' "Google CSV" as written until 2022 and still lying in many offices: "Given Name",
    "Family Name", "E-mail 1 - Type", "Organization 1 - Title" …; "* " marks the preferred value."""
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "google_contacts_alt_2019.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Google Kontakte (ältere Exporte)" in run.out
    people = _people(db)
    leyla = people["Demir"]
    assert (leyla["title"], leyla["first_name"], leyla["function"]) == ("Dr.", "Leyla", "Beraterin")
    assert leyla["organization"] == "Jugendmigrationsdienst Lindenau"
    assert leyla["phone"] == "03581 887-10" and leyla["mobile"] == "+49 176 5554433"  # work phone, mobile
    assert leyla["email"] == "l.demir@jmd-lindenau.de"  # the work address over the starred home one
    assert (leyla["street"], leyla["postal_code"], leyla["city"], leyla["country"]) == (
        "Postplatz 2", "02826", "Lindenau", "Deutschland")  # the work address block
    assert leyla["notes"].startswith("Kontakt über Fachtag 2019") and "Abteilung: Beratung U27" in leyla["notes"]
    assert "leyla.demir@web.de" in leyla["notes"] and "03581 123456" in leyla["notes"]
    tomasz = people["Zieliński"]
    assert (tomasz["title"], tomasz["function"], tomasz["phone"]) == ("", "Migrationsberater", "03581 4711-30")
    assert tomasz["organization"] == "Caritas Lindenau" and tomasz["email"] == "t.zielinski@caritas-lindenau.de"


def test_google_fax_numbers_never_become_the_phone(bruecke: Runner, tmp_path: Path) -> None:
    """Google labels fax numbers "Work Fax"/"Home Fax"; they must not beat the "Work"/"Home" phone."""
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "google_contacts_fax.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    people = _people(db)
    assert people["Ivanova"]["phone"] == "03581 90 90 90" and people["Nowicki"]["phone"] == "03581 77 66 50"
    assert people["Ivanova"]["function"] == "Vorsitzende" and people["Nowicki"]["street"] == "Wiesenweg 1"


def test_google_contacts_exported_as_outlook_csv(bruecke: Runner, tmp_path: Path) -> None:
    """Google Contacts "Exportieren → Outlook CSV" (also today's Outlook.com export): Outlook's English
    headers in Google's order ("Given Yomi", "E-mail Address" first, addresses after the company)."""
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "google_as_outlook_csv.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Outlook-Kontakte (englisch)" in run.out
    leyla = _people(db)["Demir"]
    assert (leyla["title"], leyla["first_name"], leyla["function"]) == ("Dr.", "Leyla", "Beraterin")
    assert leyla["organization"] == "Jugendmigrationsdienst Lindenau"
    assert (leyla["phone"], leyla["mobile"], leyla["email"]) == (
        "03581 887-10", "+49 176 5554433", "l.demir@jmd-lindenau.de")
    assert (leyla["street"], leyla["postal_code"], leyla["city"], leyla["country"]) == (
        "Postplatz 2", "02826", "Lindenau", "Deutschland")
    assert "Abteilung: Beratung U27" in leyla["notes"] and "03581 123456" in leyla["notes"]
