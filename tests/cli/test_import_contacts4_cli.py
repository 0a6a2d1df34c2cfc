"""`bruecke import FILE --kind persons [--show-mapping] [--map …]` with the fourth pass's contact exports
(tests/fixtures/contacts4, sources named in make_contacts4.py), checked in the resulting office file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import Runner

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "contacts4"


def _person(db: Path, last_name: str) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute(
            "SELECT p.*, o.name AS organization FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
            " WHERE p.last_name = ?", (last_name,)).fetchone()
        result = dict(row) if row else {}
    connection.close()
    return result


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        number = int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    connection.close()
    return number


def test_show_mapping_of_a_google_phone_list(bruecke: Runner, tmp_path: Path) -> None:
    """No e-mail column at all, still Google's export: the job title is the function, the label columns feed
    nothing, and the degree after the name is said to go to the notes. Nothing is written; exit 0."""
    db = tmp_path / "office.db"
    run = bruecke("import", HERE / "google_nur_telefon.csv", "--kind", "persons", "--show-mapping", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Google Kontakte (google)" in run.out
    lines = run.out.splitlines()
    assert any("Organization Title → Funktion (function)" in line for line in lines)
    assert any("Name Prefix → Anrede (salutation)" in line for line in lines)
    assert any("Phone 1 - Label → – nicht übernommen –" in line for line in lines)
    assert any("Name Suffix → Notizen, als Zeile „Namenszusatz: …“" in line for line in lines)
    assert not any("→ Titel (title)" in line for line in lines)


def test_thunderbird_windows_export_imported_and_found(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", HERE / "thunderbird128_de_windows.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Thunderbird-Adressbuch (deutsch)" in run.out and "3 neu angelegt" in run.out
    found = bruecke("search", "yilmaz", "--db", db)
    assert found.code == 0 and "Şükrü Yılmaz" in found.out
    again = bruecke("import", HERE / "thunderbird128_de_windows.csv", "--kind", "persons", "--db", db)
    assert again.code == 0 and "0 neu angelegt, 0 aktualisiert, 3 übersprungen" in again.out
    # (read with Python's own sqlite3 only after the last command: two SQLite libraries on one WAL file)
    yilmaz = _person(db, "Yılmaz")
    assert (yilmaz["first_name"], yilmaz["title"], yilmaz["organization"]) == (
        "Şükrü", "Dr.", "Moscheeverein Lindenau e.V.")
    assert "Fax: 0341 77 88 98" in yilmaz["notes"].splitlines()
    assert _count(db, "person") == 3


def test_google_legacy_without_organisations(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", HERE / "google_alt_ohne_organisation.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Google Kontakte (ältere Exporte)" in run.out
    haddad = _person(db, "Haddad")
    assert (haddad["title"], haddad["mobile"], haddad["phone"]) == ("Dr.", "+49 176 5554433", "0341 4455667")


def test_excel_saved_outlook_file_and_a_map_override(bruecke: Runner, tmp_path: Path) -> None:
    """Outlook's export saved again by German Excel (semicolons, lost leading zeros). `--map` sends the fax to the
    phone field – the user's choice beats the profile's notes line – while the rest of the profile stays."""
    db = tmp_path / "office.db"
    shown = bruecke("import", HERE / "outlook_kontakte_de_excel_semikolon.csv", "--kind", "persons",
                    "--map", "Fax geschäftlich=phone", "--show-mapping", "--db", db)
    assert shown.code == 0, shown.err
    assert any("Fax geschäftlich → Telefon (phone)" in line for line in shown.out.splitlines())
    run = bruecke("import", HERE / "outlook_kontakte_de_excel_semikolon.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    gul = _person(db, "?ahin-Öztürk")  # Outlook's ANSI export wrote "?" for "Ş": nothing to get back
    assert (gul["postal_code"], gul["mobile"], gul["function"]) == ("04177", "01715551234", "Sachbearbeiterin")
    assert {"Namenszusatz: M.A.", "Fax: 0341 123-79", "Büro: Zimmer 204"} <= set(gul["notes"].splitlines())


def test_unmappable_name_exits_1_with_the_mapping_and_a_hint(bruecke: Runner, tmp_path: Path) -> None:
    path = tmp_path / "kuerzel.csv"
    path.write_bytes("Kürzel;Mail;Durchwahl\r\nAS;a.s@lindenau.de;12\r\n".encode("cp1252"))
    db = tmp_path / "office.db"
    run = bruecke("import", path, "--kind", "persons", "--db", db)
    assert run.code == 1
    assert "Kürzel → – nicht übernommen –" in run.out + run.err
    assert "--map" in run.out + run.err
    fixed = bruecke("import", path, "--kind", "persons", "--map", "Kürzel=last_name", "--db", db)
    assert fixed.code == 0, fixed.err
    assert _person(db, "AS")["email"] == "a.s@lindenau.de"


def test_collected_addresses_and_the_same_person_from_two_programs(bruecke: Runner, tmp_path: Path) -> None:
    """Thunderbird's collected addresses (names cut at the last space by Thunderbird), then the same person from
    a Google export with a note: one contact, Thunderbird's name read right, Google's note added to hers."""
    db = tmp_path / "office.db"
    run = bruecke("import", HERE / "thunderbird_de_gesammelte_adressen.csv", "--kind", "persons", "--db", db)
    assert run.code == 0, run.err
    assert "7 neu angelegt" in run.out
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Middle Name,Last Name,Name Prefix,Organization Name,Organization Title,Notes,"
                    "Labels,E-mail 1 - Label,E-mail 1 - Value\n"
                    "Anna,,Schmidt,Dr.,,,Ansprechpartnerin Einbürgerung,* myContacts,* Work,"
                    "a.schmidt@lra-lindenau.de\n", encoding="utf-8")
    second = bruecke("import", path, "--kind", "persons", "--db", db)
    assert second.code == 0, second.err
    assert "0 neu angelegt, 1 aktualisiert" in second.out
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT title, first_name, notes FROM person WHERE email = ?",
                                  ("a.schmidt@lra-lindenau.de",)).fetchall()
    connection.close()
    assert rows == [("Dr.", "Anna", "Ansprechpartnerin Einbürgerung")]
