"""Fourth outside-in pass over vCard exchange, spreadsheet reading (python-calamine) and letters to a network:
files written by the real programs (LibreOffice 7.4's .xls/.ods/.xlsx, Excel's .xlsb from the calamine
repository, hostile binary workbooks patched from those) read end to end into a real SQLite file.
How each fixture was made: tests/fixtures/vcard_sheets4/make_fixtures.py."""

from __future__ import annotations

import datetime as dt
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io import readers
from app.io.spreadsheet import SpreadsheetError, default_sheet, describe, head, iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vcard_sheets4"
ROOT = Path(__file__).resolve().parents[2]


def _read_in_child(path: Path) -> subprocess.CompletedProcess[str]:
    """describe() and every row in a child process with 2 GB of address space: a reader that lets calamine build a huge
    sheet aborts the child (as it aborted the whole program), not the test run."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    code = ("import sys\nfrom app.io.spreadsheet import SpreadsheetError, describe, iter_rows\n"
            "try:\n    for info in describe(sys.argv[1]):\n        list(iter_rows(sys.argv[1], info.name))\n"
            "except SpreadsheetError as exc:\n    print(exc)\n    sys.exit(3)\n")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=limit, timeout=120)


# --- hostile binary workbooks: measured before calamine builds anything -------------------------------------

@pytest.mark.parametrize(("name", "words"), [
    ("weit_entfernte_zelle.xls", "Zeile 65.536 und Spalte 65.535"),
    ("riesige_dimension.xls", "laut Datei 268.435.455 Zeilen"),
    ("weit_entfernte_zelle.xlsb", "mehr als 200.040 Zeilen"),
    ("grossschreibung.xlsx", "mehr als 200.040 Zeilen"),  # the sheet's member spelled otherwise than its
    ("grossschreibung.xlsb", "mehr als 200.040 Zeilen"),       # relationship: calamine found it, the check not
    ("umgekehrte_dimension.xls", "laut Datei 4.294.967.293 Zeilen"),  # first row after the last: 2^32 - 3 rows
    ("blattverweis_ausserhalb.xls", "beschädigt"),  # a Rust panic in calamine, not caught by "except Exception"
    ("kreisverweis_verzeichnis.xls", "beschädigt"),  # calamine followed the looping chain until memory ran out
])
def test_binary_workbook_with_a_far_cell_is_refused_not_a_crash(name: str, words: str) -> None:
    # a 9 KB .xls or 6 KB .xlsb made python-calamine ask for 137 GB / 2.7 TB / 550 GB and abort the program
    result = _read_in_child(FIXTURES / name)
    assert result.returncode == 3, (result.returncode, result.stderr[-400:])
    assert words in result.stdout


def test_password_protected_xls_is_named_so() -> None:
    # RC4-encrypted records after FILEPASS read as a sheet of 574 million rows: the measure must stop there
    with pytest.raises(SpreadsheetError, match="Kennwort"):
        describe(FIXTURES / "kennwort_rc4.xls")


def test_genuine_binary_workbooks_measure_as_they_are() -> None:
    stream = readers.ole_stream((FIXTURES / "partnerliste_buero.xls").read_bytes())
    assert stream is not None
    claimed_rows, claimed_cols, rows, columns = readers.xls_extent(stream)
    assert (rows, columns) == (13, 11) and claimed_rows == 13 and claimed_cols == 11
    with zipfile.ZipFile(FIXTURES / "weit_entfernte_zelle.xlsb") as archive:
        with archive.open("xl/worksheets/sheet1.bin") as member:
            assert readers.xlsb_extent(member) == (3, 1_048_576, 16_384)


def test_xlsb_measure_does_not_depend_on_where_reads_end(monkeypatch: pytest.MonkeyPatch) -> None:
    with zipfile.ZipFile(FIXTURES / "weit_entfernte_zelle.xlsb") as archive:
        data = archive.read("xl/worksheets/sheet1.bin")
    import io
    for chunk in (1, 3, 7, 22, 23, 64, 1 << 20):
        monkeypatch.setattr(readers, "_CHUNK", chunk)
        assert readers.xlsb_extent(io.BytesIO(data)) == (3, 1_048_576, 16_384), chunk


def test_broken_ole_container_is_no_loop() -> None:
    data = bytearray((FIXTURES / "partnerliste_buero.xls").read_bytes())
    data[76:80] = (0).to_bytes(4, "little")  # the first FAT sector now points at the header's own chain
    data[48:52] = (0).to_bytes(4, "little")  # directory at sector 0
    assert readers.ole_stream(bytes(data)) is None or isinstance(readers.ole_stream(bytes(data)), bytes)
    assert readers.ole_stream(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600) is None


# --- a hand-made partner list saved by LibreOffice as .xls, .ods and .xlsx --------------------------------

@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsx"])
def test_libreoffice_partner_list_values(suffix: str) -> None:
    path = FIXTURES / f"partnerliste_buero{suffix}"
    rows = dict(iter_rows(path, "Partner"))
    assert rows[4][:4] == ("Anrede", "Titel", "Vorname", "Nachname")
    anna = rows[5]
    assert anna[6] == 1067 and anna[8] == 493514882000 and anna[10] == dt.date(2019, 3, 15)
    assert max(rows) == 13  # the formatted empty rows below the footer are not rows


# --- which sheet: a cover sheet or a hidden sheet of drop-down values comes first ----------------------------

def test_hidden_sheet_is_listed_last_and_not_read_by_default() -> None:
    path = FIXTURES / "partnerliste_auswahl_versteckt.ods"
    assert [info.name for info in describe(path)] == ["Hinweise", "Partner", "Auswahllisten"]
    assert default_sheet(path) == "Partner"
    assert dict(head(path))[4][:4] == ("Anrede", "Titel", "Vorname", "Nachname")
    assert dict(head(path, "Auswahllisten"))[1] == ("Anrede", "Art")  # still there when asked for by name


def test_hidden_first_sheet_as_excel_writes_it(tmp_path: Path) -> None:
    # Excel keeps a hidden sheet as <sheet … state="hidden"/> and opens on the next one (activeTab)
    book = openpyxl.Workbook()
    choices = book.active
    choices.title = "Auswahllisten"
    for row in (["Anrede", "Art"], ["Frau", "Verein"], ["Herr", "Behörde"]):
        choices.append(row)
    choices.sheet_state = "hidden"
    contacts = book.create_sheet("Kontakte")
    contacts.append(["Vorname", "Nachname", "E-Mail"])
    contacts.append(["Anna", "Müller", "anna.mueller@dresden.de"])
    book.active = 1
    book.save(tmp_path / "vorlage.xlsx")
    assert [info.name for info in describe(tmp_path / "vorlage.xlsx")] == ["Kontakte", "Auswahllisten"]
    assert dict(head(tmp_path / "vorlage.xlsx"))[1] == ("Vorname", "Nachname", "E-Mail")


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsx"])
def test_cover_sheet_first_the_list_is_read(suffix: str) -> None:
    path = FIXTURES / f"partnerliste_buero{suffix}"
    assert [info.name for info in describe(path)] == ["Hinweise", "Partner"]
    assert default_sheet(path) == "Partner"  # what the wizard can preselect and the CLI name
    assert dict(head(path))[4][:4] == ("Anrede", "Titel", "Vorname", "Nachname")
    assert dict(head(path, "Hinweise"))[1][0].startswith("Bitte nur im Blatt")


def test_one_column_list_of_names_stays_the_first_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Teilnehmende"
    for name in ("Name", "Anna Müller", "Hans Weiß", "Fatima Al-Sayed", "Kim Schmidt", "Mehmet Yılmaz"):
        book.active.append([name])
    book.create_sheet("Statistik").append(["Summe", 5])
    book.save(tmp_path / "liste.xlsx")
    assert dict(head(tmp_path / "liste.xlsx"))[2] == ("Anna Müller",)
    assert default_sheet(tmp_path / "liste.xlsx") == "Teilnehmende"
    assert default_sheet(FIXTURES / "partnerliste_buero.xlsx") == "Partner"


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsx"])
def test_libreoffice_partner_list_imported_field_by_field(db: object, suffix: str) -> None:
    from app.models import Person
    from app.services import imports

    path = FIXTURES / f"partnerliste_buero{suffix}"
    layout = imports.analyse(path, "persons")  # no sheet named: the list behind the cover sheet
    assert layout.header_row == 4
    preview = imports.preview(path, "persons", layout)
    reasons = {row.number: row.reason for row in preview.rows if row.action == "skip"}
    assert set(reasons) == {11, 12, 13} and all("Fußzeile" in reason for reason in reasons.values())
    imports.commit(preview, backup=False)
    anna = Person.get(Person.last_name == "Müller")
    assert (anna.salutation, anna.title, anna.first_name) == ("Frau", "Dr.", "Anna")
    assert (anna.postal_code, anna.city, anna.phone) == ("01067", "Dresden", "+493514882000")
    assert anna.organization.name == "Stadt Dresden, Integrationsbüro"
    mehmet = Person.get(Person.last_name == "Yılmaz")
    assert (mehmet.title, mehmet.postal_code, mehmet.phone) == ("Prof.", "02763", "+49301234500")
    assert Person.select().count() == 5


# --- letters and mail to a network -----------------------------------------------------------------------------

def _network_with_salutations_as_typed() -> int:
    from app.services import contacts, networks

    org = contacts.create_organization({"name": "Jugendmigrationsdienst Dresden", "street": "Weinbergstraße 5",
                                        "postal_code": "01129", "city": "Dresden"}).id
    people = [
        {"salutation": "Herrn", "first_name": "Thomas", "last_name": "Alt", "email": "t.alt@auslaenderrat.de"},
        {"salutation": "Frau Dr.", "first_name": "Anna", "last_name": "Müller", "organization": org,
         "email": "anna.mueller@dresden.de"},
        {"salutation": "Herr Prof. Dr.", "first_name": "Mehmet", "last_name": "Yılmaz", "email": "m.yilmaz@hszg.de",
         "street": "Theodor-Körner-Allee 16\nHaus Z I", "postal_code": "02763", "city": "Zittau"},
        {"salutation": "", "first_name": "Kim", "last_name": "Schmidt", "email": "kim.schmidt@jmd-dresden.de"},
    ]
    network = networks.create_network({"name": "Netzwerk Integration", "kind": "network"}).id
    for values in people:
        networks.add_member(network, person=contacts.create_person(values).id)
    return network


def test_salutations_as_offices_type_them(db: object) -> None:
    # the salutation field is free text ("z. B. Frau, Herr"): lists keep the address form "Herrn", and a title
    # typed into it ("Frau Dr.") was lost – both got the neutral "Guten Tag …"
    from app.services import letters

    rows = {row.last_name: row for row in letters.member_rows(_network_with_salutations_as_typed())}
    assert rows["Alt"].letter_salutation == "Sehr geehrter Herr Alt,"
    assert rows["Müller"].letter_salutation == "Sehr geehrte Frau Dr. Müller,"
    assert rows["Yılmaz"].letter_salutation == "Sehr geehrter Herr Prof. Yılmaz,"
    assert rows["Schmidt"].letter_salutation == "Guten Tag Kim Schmidt,"
    assert rows["Alt"].address[0] == "Herr Thomas Alt"
    assert rows["Müller"].address[:2] == ["Jugendmigrationsdienst Dresden", "Frau Dr. Anna Müller"]


def test_mail_merge_csv_has_one_record_per_line(db: object, tmp_path: Path) -> None:
    # Word reads a text data source as "fields separated by commas or tabs, records separated by paragraph
    # marks" (Microsoft KB 294688): the address block with line breaks split every letter's record
    import csv

    from app.io import mail_merge
    from app.services import letters

    network = _network_with_salutations_as_typed()
    path = mail_merge.write_members(tmp_path / "serienbrief.csv", letters.member_rows(network))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfBriefanrede;Anrede;")  # UTF-8 with BOM, semicolons: German Word/Excel
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[-1] == "" and len(lines) - 2 == 4  # the header, four records, nothing split
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    records = list(csv.reader(lines[:-1], delimiter=";"))
    assert {len(record) for record in records} == {len(mail_merge.HEADERS)}
    by_name = {record[4]: dict(zip(records[0], record, strict=True)) for record in records[1:]}
    assert by_name["Müller"]["Anschrift"] == "Jugendmigrationsdienst Dresden, Frau Dr. Anna Müller, " \
                                             "Weinbergstraße 5, 01129 Dresden"
    assert by_name["Yılmaz"]["Straße"] == "Theodor-Körner-Allee 16, Haus Z I"
    assert (by_name["Yılmaz"]["Zeile1"], by_name["Yılmaz"]["Zeile2"]) == ("Herr Prof. Dr. Mehmet Yılmaz",
                                                                       "Theodor-Körner-Allee 16, Haus Z I")
    assert by_name["Müller"]["PLZ"] == "01129"
    xlsx = mail_merge.write_members(tmp_path / "serienbrief.xlsx", letters.member_rows(network))
    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    anna = next(row for row in rows if row[4] == "Müller")
    assert anna[13] == "Jugendmigrationsdienst Dresden\nFrau Dr. Anna Müller\nWeinbergstraße 5\n01129 Dresden"


def test_mail_to_all_separator_outlook_reads() -> None:
    # Outlook on Windows splits a mailto list only at the regional list separator (";" on a German Windows)
    from app.services import letters

    addresses = ["anna.mueller@dresden.de", "m.yilmaz@hszg.de"]
    assert letters.mail_separator("win32", "Outlook.URL.mailto.15") == ";"
    assert letters.mail_separator("win32", "") == ";"
    assert letters.mail_separator("win32", "Thunderbird.Url.mailto") == ","
    assert letters.mail_separator("linux", "") == "," and letters.mail_separator("darwin", "") == ","
    assert letters.mailto(addresses, ";") == "mailto:?bcc=anna.mueller@dresden.de;m.yilmaz@hszg.de"
    assert letters.mailto(addresses, ",") == "mailto:?bcc=anna.mueller@dresden.de,m.yilmaz@hszg.de"


# --- vCard: Outlook's several contacts in one file, round trip through an empty office ---------------------

def test_outlook_vcards_with_typed_salutations(db: object) -> None:
    from app.models import Person
    from app.services import exchange

    preview = exchange.preview(FIXTURES / "outlook_zwei_kontakte_cp1252.vcf", "persons")
    assert preview.profile == "Outlook" and [row.action for row in preview.rows] == ["create", "create"]
    exchange.commit(preview, backup=False)
    alt = Person.get(Person.last_name == "Alt")
    assert (alt.salutation, alt.title, alt.first_name) == ("Herr", "", "Thomas")  # "Herrn" was the title
    assert alt.organization.name == "Ausländerrat Dresden e. V."
    weiss = Person.get(Person.last_name == "Weiß")
    assert (weiss.salutation, weiss.title) == ("Herr", "Dipl.-Ing.")
    assert weiss.notes == "Sprechzeit Di\n9–12 Uhr"  # was "Sprechzeit Di\n=9–12 Uhr"


def test_vcard_round_trip_into_an_empty_office(tmp_path: Path) -> None:
    from app.models import Person, db_proxy
    from app.models.database import open_database
    from app.services import contacts, exchange

    fields = ("salutation", "title", "first_name", "last_name", "function", "email", "phone", "mobile", "street",
              "postal_code", "city", "country", "languages")  # languages: lost for every contact before

    def people() -> list[tuple[object, ...]]:
        return sorted(tuple(getattr(p, f) for f in fields) + (p.organization.name if p.organization_id else "",
                                                                p.notes) for p in Person.select())

    open_database(tmp_path / "buero_a.db")
    org = contacts.create_organization({"name": "Caritasverband für die Stadt Köln e.V."}).id
    contacts.create_person({"salutation": "Frau", "title": "Dr.", "first_name": "Anna", "last_name": "Müller",
                            "organization": org, "function": "Leitung; Migrationsdienst", "email": "a.mueller@x.de",
                            "phone": "+49 221 123456", "mobile": "0171 2345678", "street": "Große Neugasse 8, Hof",
                            "postal_code": "01067", "city": "Dresden", "country": "Deutschland",
                            "languages": "Arabisch, Türkisch",
                            "notes": "Sprechzeit Di 9–12 Uhr\nAbteilung: Migrationsdienst"})
    contacts.create_person({"salutation": "Herr", "title": "Prof. Dr.", "first_name": "Mehmet",
                            "last_name": "Yılmaz", "email": "m.yilmaz@hszg.de"})
    contacts.create_person({"first_name": "Kim", "last_name": "Schmidt", "street": "Weinbergstraße 5",
                            "postal_code": "01129", "city": "Dresden"})
    contacts.create_person({"first_name": "Maria-Luise", "last_name": "von der Heide, geb. Schulz"})
    contacts.create_person({"salutation": "Herr", "first_name": "Emre", "last_name": "Aydın",  # the demo office's
                            "phone": "03623 66634", "country": "Deutschland"})  # persons: a country, no address
    before = people()
    exchange.export_file("persons", tmp_path / "kontakte.vcf")
    assert "NOTE:Sprechzeit Di 9–12 Uhr\\nAbteilung: Migrationsdienst\\nSprachen: Arabisch\\, Türkisch" in \
        (tmp_path / "kontakte.vcf").read_bytes().decode().replace("\r\n ", "")  # a phone shows the line
    db_proxy.close()
    open_database(tmp_path / "buero_b.db")
    first = exchange.preview(tmp_path / "kontakte.vcf", "persons")
    assert first.profile == "Brücke" and [row.action for row in first.rows] == ["create"] * 5
    exchange.commit(first, backup=False)
    assert people() == before
    second = exchange.preview(tmp_path / "kontakte.vcf", "persons")
    assert [row.action for row in second.rows] == ["skip"] * 5
    exchange.commit(second, backup=False)
    assert people() == before and Person.select().count() == 5
    db_proxy.close()


def test_apple_card_shown_as_company_keeps_its_person(db: object) -> None:
    # "Firma" ticked on a contact person's card (X-ABShowAs:COMPANY with N:Müller;Anna): Anna Müller was
    # dropped and only "Stadt Dresden" created, her function in its notes
    from app.models import Organization, Person
    from app.services import exchange

    preview = exchange.preview(FIXTURES / "apple_firma_mit_person.vcf", "persons")
    assert preview.profile == "Apple/iCloud" and [row.entity for row in preview.rows] == ["person"]
    exchange.commit(preview, backup=False)
    anna = Person.get(Person.last_name == "Müller")
    assert (anna.first_name, anna.function, anna.email) == ("Anna", "Sachbearbeiterin", "integration@dresden.de")
    assert anna.organization.name == "Stadt Dresden" and "Abteilung: Integrationsbüro" in anna.notes
    assert (anna.street, anna.postal_code, anna.city) == ("Dr.-Külz-Ring 19, Zimmer 3; 2. OG", "01067", "Dresden")
    assert [o.name for o in Organization.select()] == ["Stadt Dresden"]


def test_vcard4_quoted_type_lists() -> None:
    # RFC 6350's own example: TYPE="work,cell,voice,video,text" was one unknown type, so the mobile number
    # went to the notes (and a "home,voice" number could win over "work,voice")
    from app.io import vcard

    card = vcard.read_cards(FIXTURES / "rfc6350_beispiel.vcf").cards[0]
    assert (card.first_name, card.last_name, card.salutation) == ("Simon", "Perreault", "Herr")
    assert card.phone == "+1-418-656-9254;ext=102" and card.mobile == "+1-418-262-6501"
    assert (card.street, card.postal_code, card.city) == ("2875 Laurier, Suite D2-630", "G1V 2M2", "Quebec")
    assert "Telefon" not in card.notes
    home_first = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Test\r\nN:Test;Eva;;;\r\n"
                  b'TEL;VALUE=uri;TYPE="home,voice":tel:+49-30-111\r\n'
                  b'TEL;VALUE=uri;TYPE="work,voice":tel:+49-30-222\r\nEND:VCARD\r\n')
    card = vcard.read_cards(home_first).cards[0]
    assert card.phone == "+49-30-222" and card.notes == "Telefon: +49-30-111"


def test_nokia_backup_with_8bit_and_base64_note(db: object) -> None:
    # ENCODING=8BIT on every line made vobject base64-decode "+552138232003" and the whole file was refused
    # as broken; the note is base64 text
    from app.models import Person
    from app.services import exchange

    preview = exchange.preview(FIXTURES / "nokia_c3_01.vcf", "persons")
    assert [row.action for row in preview.rows] == ["create", "create"]
    exchange.commit(preview, backup=False)
    jane = Person.get(Person.last_name == "Doe")
    assert (jane.first_name, jane.phone, jane.mobile) == ("Jane", "+552138232003", "+19185551212")
    assert (jane.street, jane.postal_code, jane.city) == ("123 Oak Street, Oak and Pine", "94120", "San Francisco")
    assert jane.notes.startswith("This is just a test.\nIsso é só um teste.")
    juergen = Person.get(Person.last_name == "Weiß")
    assert (juergen.first_name, juergen.phone, juergen.mobile) == ("Jürgen", "+493514882000", "+491701234567")
    assert juergen.notes == "Sprechzeit Di 9–12 Uhr"


# --- rows hidden in the file -------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsx"])
def test_hidden_row_is_known(suffix: str) -> None:
    # the partner who left (Thomas Alt, row 8) is hidden in Calc and Excel; calamine reads him like the others
    from app.io.spreadsheet import hidden_rows

    path = FIXTURES / f"partnerliste_buero{suffix}"
    assert dict(iter_rows(path, "Partner"))[8][3] == "Alt"
    assert hidden_rows(path) == {8} and hidden_rows(path, "Partner") == {8}
    assert hidden_rows(path, "Hinweise") == set()


def test_hidden_row_in_xlsb_and_after_a_hidden_sheet() -> None:
    from app.io.spreadsheet import hidden_rows

    assert hidden_rows(FIXTURES / "ausgeblendete_zeile.xlsb") == {2}
    assert hidden_rows(FIXTURES / "partnerliste_auswahl_versteckt.ods") == {8}
    assert hidden_rows(FIXTURES / "grossschreibung.xlsb", "Sheet1") == set()  # read without building the sheet


def test_letter_salutations_stay_german_with_english_settings(db: object) -> None:
    # the mail-merge file has German columns for German letters; English settings wrote "Dear Ms Dr. Müller,"
    from app.services import letters
    from app.wording.language import set_language

    network = _network_with_salutations_as_typed()
    set_language("en")
    try:
        rows = {row.last_name: row.letter_salutation for row in letters.member_rows(network)}
    finally:
        set_language("de")
    assert rows["Müller"] == "Sehr geehrte Frau Dr. Müller," and rows["Schmidt"] == "Guten Tag Kim Schmidt,"


def test_unreadable_vcard_line_is_kept_and_named(db: object, tmp_path: Path) -> None:
    # vobject skips a line it cannot parse (ignoreUnreadable): the e-mail vanished and the preview said "neu"
    from app.models import Person
    from app.services import exchange

    path = tmp_path / "kaputt.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Test;Eva;;;\r\nFN:Eva Test\r\n"
                     b'EMA"L;TYPE=INTERNET:eva@x.de\r\nTEL;TYPE=WORK:0351 111\r\nEND:VCARD\r\n')
    preview = exchange.preview(path, "persons")
    assert preview.rows[0].action == "create" and "1 nicht lesbare Zeile" in preview.rows[0].reason
    exchange.commit(preview, backup=False)
    eva = Person.get(Person.last_name == "Test")
    assert eva.phone == "0351 111" and eva.notes == 'Nicht lesbare Zeile: EMA"L;TYPE=INTERNET:eva@x.de'
    again = exchange.preview(path, "persons")
    assert again.rows[0].action == "skip"  # the line is not added twice


def test_quoted_printable_value_ending_in_a_soft_break_does_not_swallow_the_next_cards() -> None:
    # "NOTE;ENCODING=QUOTED-PRINTABLE:…=" right before END:VCARD: END was taken as the note's next line, the
    # card never ended and the following cards vanished into one "Karte endet nicht" error
    from app.io import vcard

    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Eins;Anna;;;\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Sprechzeit Di=\r\n"
            b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Zwei;Bernd;;;\r\nTEL;CELL:0170 1\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Drei;Clara;;;\r\nEND:VCARD\r\n")
    cards = vcard.read_cards(data).cards
    assert [(c.last_name, c.error) for c in cards] == [("Eins", ""), ("Zwei", ""), ("Drei", "")]
    assert cards[0].notes == "Sprechzeit Di" and cards[1].mobile == "0170 1"


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".xlsx"])
def test_the_preview_names_a_row_hidden_in_the_file(db: object, suffix: str) -> None:
    """The partner who left is hidden in the office's list: he comes in like the others (nothing is lost), but
    the preview says he was hidden, so the office can leave him out."""
    from app.services import imports

    path = FIXTURES / f"partnerliste_buero{suffix}"
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    reasons = {row.number: row.reason for row in preview.rows}
    assert reasons[8].endswith("in der Datei ausgeblendet")
    assert not any("ausgeblendet" in reason for number, reason in reasons.items() if number != 8)


def test_an_invalid_email_on_a_card_is_named_in_the_preview_and_kept_in_the_notes(db: object, tmp_path: Path) -> None:
    from app.models import Person
    from app.services import exchange

    card = tmp_path / "anna.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna;;;\r\nFN:Anna Berg\r\nEMAIL;TYPE=WORK:anna@@x\r\n"
                     b"END:VCARD\r\n")
    preview = exchange.preview(card, "persons")
    (row,) = preview.rows
    assert row.action == "create" and "E-Mail „anna@@x“ ist keine gültige Adresse – steht in den Notizen" in row.reason
    exchange.commit(preview, backup=False)
    anna = Person.get(Person.last_name == "Berg")
    assert anna.email == "" and "E-Mail: anna@@x" in anna.notes
