"""The office's real files: Outlook, Google, Thunderbird exports and old .xls/.ods lists, field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.io.spreadsheet import SpreadsheetError
from app.models import Appointment, Organization, Person
from app.services import contacts, imports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _import(name: str, kind: str = "persons") -> tuple[imports.Layout, imports.Preview, imports.Result]:
    path = FIXTURES / name
    layout = imports.analyse(path, kind)
    preview = imports.preview(path, kind, layout)
    return layout, preview, imports.commit(preview, backup=False)


@pytest.mark.parametrize("name", ["outlook_kontakte_de_cp1252.csv", "outlook_kontakte_de_utf8bom.csv"])
def test_outlook_german_contacts(db: object, name: str) -> None:
    layout, preview, result = _import(name)
    assert layout.profile == "outlook-de" and layout.header_row == 1
    assert (result.created, result.errors) == (3, 0)
    fatima = Person.get(Person.last_name == "Al-Sayed")
    assert (fatima.salutation, fatima.title, fatima.first_name) == ("Frau", "Dr.", "Fatima")
    assert fatima.phone == "0341 123-45"            # business phone, not the assistant's
    assert fatima.mobile == "0171 5551234"
    assert (fatima.street, fatima.postal_code, fatima.city, fatima.country) == \
        ("Markt 1", "04177", "Lindenau", "Deutschland")   # business address, not Gartenweg 5
    assert fatima.function == "Integrationsbeauftragte" and fatima.organization.name == "Stadt Lindenau"
    assert "Abteilung: Amt für Integration und Vielfalt" in fatima.notes
    assert "Ansprechpartnerin Runder Tisch Integration" in fatima.notes
    weiss = Person.get(Person.last_name == "Weiß")
    assert (weiss.title, weiss.salutation) == ("Prof. Dr.", "")
    assert weiss.email == "j.weiss@hs-lindenau.de"  # the X.500 address is passed over, not fatal
    assert (weiss.street, weiss.city, weiss.phone) == ("Lindenstraße 12", "Lindenau", "0341 55512")
    heide = Person.get(Person.last_name == "von der Heide")
    assert (heide.first_name, heide.phone, heide.mobile) == ("Hans Peter", "0341 22 33 44", "0160 1234567")
    caritas = Organization.get(Organization.name == "Caritas Migrationsberatung")   # company-only row
    assert (caritas.phone, caritas.email, caritas.street) == \
        ("0341 4711-20", "migration@caritas-lindenau.de", "Bahnhofstraße 3")
    assert not Person.select().where(Person.last_name == "").exists()


def test_company_only_row_matches_an_existing_organization(db: object) -> None:
    contacts.create_organization({"name": "Caritas Migrationsberatung"})
    _layout, preview, _result = _import("outlook_kontakte_de_cp1252.csv")
    row = next(r for r in preview.rows if r.values.get("organization_only"))
    assert row.action == "update" and "gibt es schon – ergänzt:" in row.reason  # its empty fields are filled
    assert Organization.select().where(Organization.name == "Caritas Migrationsberatung").count() == 1
    caritas = Organization.get(Organization.name == "Caritas Migrationsberatung")
    assert (caritas.phone, caritas.street) == ("0341 4711-20", "Bahnhofstraße 3")


def test_outlook_english_contacts(db: object) -> None:
    layout, _preview, result = _import("outlook_contacts_en_utf8bom.csv")
    assert layout.profile == "outlook-en" and result.created == 2
    olena = Person.get(Person.last_name == "Kovalenko")
    assert (olena.title, olena.phone, olena.mobile, olena.function) == \
        ("Dr.", "+49 341 4711-21", "+49 151 2345678", "Migration Adviser")
    assert (olena.street, olena.city) == ("Bahnhofstraße 3", "Lindenau")
    assert "Abteilung: Counselling" in olena.notes
    mehmet = Person.get(Person.first_name == "Mehmet")
    assert mehmet.last_name == "Yılmaz" and mehmet.email == "" and mehmet.salutation == "Mr"
    assert Organization.get(Organization.name == "Jobcenter Lindenau").phone == "+49 341 1000"


def test_google_contacts(db: object) -> None:
    layout, _preview, result = _import("google_contacts.csv")
    assert layout.profile == "google" and result.created == 2 and result.errors == 0
    anna = Person.get(Person.last_name == "Schäfer")
    assert anna.email == "a.schaefer@vhs-lindenau.de"              # the value, never "* Work"
    assert (anna.mobile, anna.phone) == ("+49 170 1112223", "+49 341 600-12")   # label "Mobile" → mobile
    assert anna.title == "Dr." and anna.function == "Fachbereichsleiterin Sprachen"
    assert (anna.street, anna.city, anna.postal_code) == ("Schulstraße 1", "Lindenau", "04177")  # Work address
    assert "Abteilung: Deutsch als Zweitsprache" in anna.notes
    piotr = Person.get(Person.last_name == "Nowak")
    assert (piotr.email, piotr.phone) == ("p.nowak@kulturverein.pl", "+49 341 88 77 66")  # first of " ::: "
    assert "piotr.nowak@gmail.com" in piotr.notes and "+48 22 1234567" in piotr.notes
    assert Organization.get(Organization.name == "Diakonie Lindenau").email == "info@diakonie-lindenau.de"


@pytest.mark.parametrize("name,profile,function", [("thunderbird_de.csv", "thunderbird-de", "Sozialarbeiterin"),
                                                   ("thunderbird_en.csv", "thunderbird-en", "Social Worker")])
def test_thunderbird(db: object, name: str, profile: str, function: str) -> None:
    layout, _preview, _result = _import(name)
    assert layout.profile == profile
    lea = Person.get(Person.last_name == "Schmidt")
    assert (lea.street, lea.city, lea.postal_code) == ("Rathausplatz 2", "Lindenau", "04177")  # Dienstlich
    assert lea.function == function and lea.organization.name == "Landkreis Lindenau"
    assert lea.phone.endswith("123-60") and lea.mobile.endswith("9876543")
    assert "Abteilung:" in lea.notes


def test_outlook_calendar_german(db: object) -> None:
    layout, preview, result = _import("outlook_kalender_de.csv", "appointments")
    assert layout.profile == "outlook-kalender-de"
    skipped = {r.number: r.reason for r in preview.rows if r.action == "skip"}
    assert set(skipped) == {6, 7} and "Urlaub" in skipped[6] and "privat" in skipped[7]
    assert result.created == 5
    table = Appointment.get(Appointment.title == "Runder Tisch Integration")
    assert (table.status, table.kind, table.all_day) == ("held", "committee_session", False)
    assert table.start == dt.datetime(2025, 3, 12, 14) and table.end == dt.datetime(2025, 3, 12, 16)
    assert table.online_link.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert table.agenda == "Tagesordnung: Bericht der AG Sprache, Planung Fachtag"
    assert Appointment.get(Appointment.title == "AG Sprache").status == "cancelled"
    fachtag = Appointment.get(Appointment.title == "Fachtag Vielfalt")
    assert (fachtag.all_day, fachtag.kind, fachtag.status) == (True, "conference", "held")
    assert (fachtag.start, fachtag.end) == (dt.datetime(2025, 4, 8), dt.datetime(2025, 4, 8, 23, 59))
    trip = Appointment.get(Appointment.title == "Studienfahrt Partnerstadt Jonava")  # away on business
    assert trip.all_day and trip.end == dt.datetime(2025, 5, 7, 23, 59) and trip.kind == "study_visit"
    future = Appointment.get(Appointment.title == "Sprechstunde Migrationsberatung")
    assert (future.status, future.kind) == ("planned", "counselling_hours")


def test_outlook_calendar_english_month_first(db: object) -> None:
    layout, preview, result = _import("outlook_calendar_en.csv", "appointments")
    assert layout.profile == "outlook-calendar-en" and layout.date_order == "mdy"
    assert result.created == 2 and {r.number for r in preview.rows if r.action == "skip"} == {4, 5}
    table = Appointment.get(Appointment.title == "Round Table Integration")
    assert table.start == dt.datetime(2025, 3, 12, 14) and table.end == dt.datetime(2025, 3, 12, 16)
    assert table.online_link.startswith("https://us02web.zoom.us/j/") and table.agenda == ""


def test_category_rules_are_remembered(db: object) -> None:
    imports.remember_categories({"Gremium": "workshop"})
    _layout, _preview, _result = _import("outlook_kalender_de.csv", "appointments")
    assert Appointment.get(Appointment.title == "Runder Tisch Integration").kind == "workshop"


@pytest.mark.parametrize("name", ["partner_fusszeile_libreoffice.xls", "partner_fusszeile_libreoffice.ods"])
def test_libreoffice_xls_and_ods_with_footer(db: object, name: str) -> None:
    layout, preview, result = _import(name)
    assert layout.header_row == 3 and result.created == 5
    footer = next(r for r in preview.rows if r.number == 10)
    assert footer.action == "skip" and "Stand: 27.11.2025" in footer.reason
    fatima = Person.get(Person.first_name == "Fatima")
    assert (fatima.salutation, fatima.last_name, fatima.postal_code) == ("Frau", "Al-Sayed", "04177")
    karim = Person.get(Person.first_name == "Karim")
    assert (karim.salutation, karim.last_name, karim.phone) == ("Herr", "Al-Sayed", "0341121212")
    assert Person.get(Person.first_name == "Hans-Peter").last_name == "von der Heide"
    assert Person.get(Person.last_name == "Weiß").title == "Prof. Dr."
    assert not Person.select().where(Person.last_name.contains("Stand")).exists()


def test_libreoffice_partner_list_as_xls_and_ods(db: object) -> None:
    for name in ("partner_libreoffice.xls", "partner_libreoffice.ods"):
        layout = imports.analyse(FIXTURES / name, "persons")
        assert layout.header_row == 4 and layout.mapping[:4] == ["name", "function", "organization", "email"]


def test_names_as_offices_write_them() -> None:
    split = imports.split_name
    assert split("Müller, Hans") == {"salutation": "", "title": "", "first_name": "Hans", "last_name": "Müller"}
    assert split("Frau Dr. Fatima Al-Sayed") == {"salutation": "Frau", "title": "Dr.", "first_name": "Fatima",
                                                  "last_name": "Al-Sayed"}
    assert split("Al-Sayed, Fatima (Frau)") == {"salutation": "Frau", "title": "", "first_name": "Fatima",
                                                 "last_name": "Al-Sayed"}
    assert split("Frau Al-Sayed, Fatima")["last_name"] == "Al-Sayed"
    assert split("Hans von der Heide")["last_name"] == "von der Heide"
    assert split("von der Heide, Hans")["first_name"] == "Hans"
    assert split("Anna-Lena Müller-Lüdenscheidt") == {"salutation": "", "title": "", "first_name": "Anna-Lena",
                                                       "last_name": "Müller-Lüdenscheidt"}


def test_mapper_reads_values_not_only_headers(db: object, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "E-Mail-Typ", "E-Mail", "Telefon Assistent", "Telefon", "PLZ", "Mail"])
    sheet.append(["Anna Müller", "SMTP", "Büro 3", "0341 1", "0341 2", "04177", "anna@example.org"])
    sheet.append(["Ben Kurz", "SMTP", "Büro 4", "0341 3", "0341 4", "04178", "ben@example.org"])
    book.save(tmp_path / "liste.xlsx")
    layout = imports.analyse(tmp_path / "liste.xlsx", "persons")
    # the assistant's phone is its own field (kept in the notes), never the phone
    assert layout.mapping == ["name", "", "", "assistant_phone", "phone", "postal_code", "email"]


def test_lone_quote_names_the_line(db: object, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text('Name;Ort;E-Mail\r\nAnna Müller;Lindenau;anna@example.org\r\n"Ben Kurz;Leipzig;ben@example.org\r\n'
                    'Cem Aydın;Halle;cem@example.org\r\nDana Roth;Jena;dana@example.org\r\n', encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="Zeile 3"):
        imports.preview(path, "persons", imports.analyse(path, "persons"))
    assert Person.select().count() == 0


def test_correct_a_cell_in_the_preview(db: object, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name", "E-Mail"])
    book.active.append(["Anna Müller", "anna(at)example.org"])
    book.save(tmp_path / "a.xlsx")
    preview = imports.preview(tmp_path / "a.xlsx", "persons", imports.analyse(tmp_path / "a.xlsx", "persons"))
    row = preview.rows[0]
    assert row.action == "error" and row.label() == "Anna Müller"
    imports.correct_cell(preview, row, 1, "anna@example.org")
    assert row.action == "create" and row.values["email"] == "anna@example.org"


def test_duplicates_rechecked_inside_the_write_transaction(db: object) -> None:
    path = FIXTURES / "thunderbird_de.csv"
    first = imports.preview(path, "persons", imports.analyse(path, "persons"))
    second = imports.preview(path, "persons", imports.analyse(path, "persons"))
    imports.commit(first, backup=False)
    result = imports.commit(second, backup=False)   # built before the first was written
    assert result.created == 0
    assert Person.select().where(Person.last_name == "Schmidt").count() == 1


def test_profile_and_overrides_by_name(db: object) -> None:
    path = FIXTURES / "outlook_kontakte_de_cp1252.csv"
    layout = imports.analyse(path, "persons", profile="none")
    assert layout.profile == ""
    imports.apply_overrides(layout, ["Telefon geschäftlich=phone", "Telefon Assistent=-"])
    assert layout.mapping[layout.headers.index("Telefon geschäftlich")] == "phone"
    with pytest.raises(imports.ImportError_, match="unbekanntes Feld"):
        imports.apply_overrides(layout, ["Firma=gibtsnicht"])


def test_footer_and_summary_rows_skipped_with_reason(db: object, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Einrichtung", "Teilnehmende"])
    sheet.append(["Anna Müller", "Stadt Lindenau", 3])
    sheet.append(["Gesamt", None, 3])
    sheet.append(["Erstellt am 27.11.2025"])
    sheet.append(["Bitte Änderungen an das Büro melden"])
    book.save(tmp_path / "liste.xlsx")
    preview = imports.preview(tmp_path / "liste.xlsx", "persons", imports.analyse(tmp_path / "liste.xlsx", "persons"))
    reasons = {row.number: (row.action, row.reason) for row in preview.rows}
    assert reasons[2][0] == "create"
    assert reasons[3][0] == "skip" and "Gesamt" in reasons[3][1]
    assert reasons[4][0] == "skip" and "Erstellt am" in reasons[4][1]
    assert reasons[5][0] == "skip" and "unter der Tabelle" in reasons[5][1]


def test_one_date_parser_for_the_whole_program() -> None:
    from app.io import cells
    from app.services import records

    assert records.parse_date is cells.parse_date is imports.parse_date
    assert records.parse_date("9.7.25") == records.parse_date(45847) == dt.date(2025, 7, 9)
    assert cells.parse_date("7/9/2025", order="mdy") == dt.date(2025, 7, 9)
    assert imports.parse_time("2:30:00 PM") == dt.time(14, 30)
    with pytest.raises(ValueError):
        records.parse_date("31.02.2025")
