"""Import service: German office files in, every problem named before writing, one undoable transaction."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.io.spreadsheet import SpreadsheetError
from app.models import Appointment, Attendance, AuditEntry, ImportBatch, Organization, Person
from app.services import contacts, exports, imports
from app.services.appointments import create_appointment
from app.services.imports import writing
from tests.fixtures import make_fixtures as fx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _table(db: object) -> list[tuple]:
    return list(db.execute_sql("SELECT id, first_name, last_name, email, phone, organization_id FROM person "
                               "ORDER BY id"))


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("source", ["generated", "libreoffice_xlsx", "libreoffice_csv"])
def test_messy_partner_list_end_to_end(db: object, tmp_path: Path, source: str) -> None:
    path = {"generated": lambda: fx.messy_partner_list(tmp_path / "partner.xlsx"),
            "libreoffice_xlsx": lambda: FIXTURES / "partner_libreoffice.xlsx",
            "libreoffice_csv": lambda: FIXTURES / "partner_libreoffice.csv"}[source]()
    layout = imports.analyse(path, "persons")
    assert layout.header_row == 4
    assert layout.mapping[:4] == ["name", "function", "organization", "email"]
    preview = imports.preview(path, "persons", layout)
    # every problem is named with its row before anything is written
    reasons = {row.number: row.reason for row in preview.rows if row.action in ("skip", "error")}
    assert set(reasons) == set(fx.EXPECTED_PROBLEMS)
    for number, text in fx.EXPECTED_PROBLEMS.items():
        assert f"Zeile {number}" in reasons[number] and text in reasons[number]
    assert "wie Zeile 5" in reasons[14] and "wie Zeile 10" in reasons[15]
    assert preview.counts() == {"create": 10, "update": 0, "skip": 2, "error": 2}
    assert Person.select().count() == 0 and Organization.select().count() == 0

    result = imports.commit(preview)
    assert (result.created, result.updated, result.skipped, result.errors) == (10, 0, 2, 2)
    assert result.organizations == 10
    anna = Person.get(Person.last_name == "Müller")
    assert (anna.title, anna.first_name, anna.phone, anna.postal_code) == ("Dr.", "Anna", "03512345678", "01067")
    assert anna.consent_date == dt.date(2025, 7, 9) and anna.organization.name == "Stadt Lindenau"
    assert {p.consent_date for p in Person.select().where(Person.consent_date.is_null(False))} == \
        {dt.date(2025, 7, 9)}
    weiss = Person.get(Person.last_name == "Weiß")
    assert (weiss.first_name, weiss.function, weiss.email) == ("Jürgen", "Jobcoach", "j.weiss@jobcenter-lindenau.de")
    assert weiss.postal_code == "02625"

    out = exports.export("persons", tmp_path / "zurueck.xlsx")[0]
    sheet = openpyxl.load_workbook(out).active
    exported = [" ".join(v for v in (row[1], row[2], row[3]) if v)
                for row in sheet.iter_rows(min_row=2, values_only=True)]
    for name in fx.UNICODE_NAMES + ["Dr. Anna Müller"]:
        assert name in exported
    csv_out = exports.export("persons", tmp_path / "zurueck.csv")[0]
    text = csv_out.read_text(encoding="utf-8-sig")
    assert all(name.split()[-1] in text for name in fx.UNICODE_NAMES)


def test_unicode_round_trip_import_export_import(db: object, tmp_path: Path) -> None:
    names = [("Олена", "Коваленко"), ("محمد", "الأحمد"), ("Żaneta", "Wiśniewska"), ("Rūta", "Žemaitytė"),
             ("Ayşe", "Yılmaz"), ("Nguyễn Thị", "Minh Khai")]
    path = _workbook(tmp_path / "a.xlsx", [["Vorname", "Nachname", "Organisation"]] +
                     [[first, last, f"Verein {last}"] for first, last in names])
    imports.commit(imports.preview(path, "persons", imports.analyse(path, "persons")))
    out, count = exports.export("persons", tmp_path / "b.xlsx")
    assert count == len(names)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert sorted((r[2], r[3], r[5]) for r in rows) == sorted((f, la, f"Verein {la}") for f, la in names)
    # the export is a valid import file: importing it again finds every person as existing
    again = imports.preview(out, "persons", imports.analyse(out, "persons"))
    assert all(row.match_id is not None for row in again.rows) and len(again.rows) == len(names)


def test_values_as_offices_write_them() -> None:
    assert imports.parse_date(45847) == dt.date(2025, 7, 9)
    assert imports.parse_date("09.07.2025") == imports.parse_date("2025-07-09") == dt.date(2025, 7, 9)
    assert imports.parse_date("9.7.25") == dt.date(2025, 7, 9)
    assert imports.parse_date(dt.datetime(2025, 7, 9, 10, 0)) == dt.date(2025, 7, 9)
    with pytest.raises(ValueError, match="31.02.2025“ gibt es nicht"):
        imports.parse_date("31.02.2025")
    with pytest.raises(ValueError, match="kein Datum"):
        imports.parse_date("demnächst")
    assert imports.parse_time("09:30") == imports.parse_time(dt.time(9, 30)) == dt.time(9, 30)
    assert imports.parse_time("9.30 Uhr") == imports.parse_time(0.3958333333) == dt.time(9, 30)
    assert imports.postal_code(1067) == "01067" and imports.postal_code("01067") == "01067"
    assert imports.postal_code(1067, "Österreich") == "1067"
    assert imports.phone(3512345678) == "03512345678" and imports.phone("0351 123") == "0351 123"
    assert imports.phone(4935112345678) == "+4935112345678"
    assert imports.split_name("Dr. Anna Müller") == {"salutation": "", "title": "Dr.", "first_name": "Anna",
                                                     "last_name": "Müller"}
    assert imports.split_name("Müller, Anna")["last_name"] == "Müller"
    assert imports.split_name("Herr Prof. Dr. Jan van der Berg") == {
        "salutation": "Herr", "title": "Prof. Dr.", "first_name": "Jan", "last_name": "van der Berg"}
    assert imports.canonical("Müller-Lüdenscheidt") == imports.canonical("Mueller Luedenscheidt")


def test_header_detection_and_override(db: object, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Anmeldungen Fachtag"], ["Stand: 01.07.2025", None, "intern"], [],
                                           ["Lfd. Nr.", "Nachname", "Vorname", "E-Mail (dienstlich)", "Telefon privat"],
                                           [1, "Muster", "Max", "max@example.org", None]])
    layout = imports.analyse(path, "persons")
    assert layout.header_row == 4
    assert layout.mapping == ["", "last_name", "first_name", "email", "phone"]
    overridden = imports.analyse(path, "persons", header_row=5)
    assert overridden.header_row == 5 and overridden.headers[1] == "Muster"


def test_mapping_remembered_for_same_headers(db: object, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Kürzel", "Wer", "Mail"], ["AM", "Anna Müller", "a@example.org"]])
    layout = imports.analyse(path, "persons")
    assert layout.mapping == ["", "", "email"] and not layout.remembered
    imports.remember_mapping("persons", layout.headers, ["", "name", "email"])
    other = _workbook(tmp_path / "b.xlsx", [["Kürzel", "Wer", "Mail"], ["BK", "Bea Klein", "b@example.org"]])
    again = imports.analyse(other, "persons")
    assert again.remembered and again.mapping == ["", "name", "email"]
    preview = imports.preview(other, "persons", again)
    assert preview.rows[0].values["last_name"] == "Klein"
    assert "Nachname" in (imports.check_mapping("persons", ["", "", "email"]) or "")


def test_duplicates_against_database_and_choice(db: object, tmp_path: Path) -> None:
    org = contacts.create_organization({"name": "Stadt Lindenau"})
    anna = contacts.create_person({"first_name": "Anna", "last_name": "Müller", "organization": org.id,
                                   "email": "anna.mueller@stadt-lindenau.de", "function": "alt",
                                   "phone": "0351 1"})
    kim = contacts.create_person({"first_name": "Kim", "last_name": "Meyer-Schmidt", "email": "kim@example.org"})
    path = _workbook(tmp_path / "a.xlsx", [
        ["Name", "Organisation", "E-Mail", "Funktion"],
        ["Anna Mueller", "Stadt Lindenau", "ANNA.MUELLER@stadt-lindenau.de", "Integrationsbeauftragte"],
        ["Kim Meyer Schmidt", "", "KIM@EXAMPLE.ORG", "Beraterin"],
        ["Neu Person", "Stadt Lindenau", "neu@example.org", ""],
    ])
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    first, second, third = preview.rows
    assert first.match_id == anna.id and first.action == "update" and "Kontakt Nr." in first.reason
    assert second.match_id == kim.id
    assert third.action == "create"
    imports.set_choice(preview, second, "skip")
    result = imports.commit(preview)
    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    anna = Person.get_by_id(anna.id)
    assert anna.function == "Integrationsbeauftragte" and anna.phone == "0351 1"   # empty cells keep values
    assert Person.get_by_id(kim.id).function == ""
    assert Organization.select().count() == 1   # "Stadt Lindenau" reused, not created twice

    imports.undo(result.batch_id)
    assert Person.get_by_id(anna.id).function == "alt"
    assert Person.select().count() == 2
    assert ImportBatch.get_by_id(result.batch_id).undone_at is not None
    with pytest.raises(imports.ImportError_, match="schon rückgängig"):
        imports.undo(result.batch_id)

    preview = imports.preview(path, "persons", imports.analyse(path, "persons"), on_duplicate="skip")
    imports.set_duplicate_choice(preview, "create")
    assert preview.counts()["create"] == 3


def test_commit_is_all_or_nothing(db: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Vorname", "Nachname", "Organisation"], ["A", "Eins", "Org A"],
                                           ["B", "Zwei", "Org B"]])
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Platte voll")

    monkeypatch.setattr(writing, "_commit_attendance", broken)
    preview.kind = "attendance"
    preview.appointment_id = 1
    with pytest.raises(RuntimeError):
        imports.commit(preview)
    assert Person.select().count() == 0 and Organization.select().count() == 0
    assert ImportBatch.select().count() == 0


def test_rejected_rows_file_and_templates(db: object, tmp_path: Path) -> None:
    path = fx.messy_partner_list(tmp_path / "partner.xlsx")
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    out = imports.write_rejected(preview, tmp_path / "abgelehnt.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Zeile", "Grund")
    assert [r[-2] for r in rows[1:]] == [16, 17]
    assert "peter.schmidt@" in rows[1][-1] and rows[1][0] == "Peter Schmidt"
    # the rejected file is itself importable once fixed
    assert imports.analyse(out, "persons").mapping[0] == "name"
    for kind in imports.KINDS:
        template = imports.write_template(kind, tmp_path / f"vorlage_{kind}.xlsx")
        headers = next(openpyxl.load_workbook(template).active.iter_rows(values_only=True))
        assert all(imports.suggest_field(kind, h) for h in headers), headers


def test_appointments_import(db: object) -> None:
    path = FIXTURES / "termine_libreoffice.xlsx"
    layout = imports.analyse(path, "appointments")
    assert layout.header_row == 3
    preview = imports.preview(path, "appointments", layout)
    errors = {row.number: row.reason for row in preview.errors()}
    assert "31.02.2025" in errors[8] and "25:00" in errors[9]
    result = imports.commit(preview)
    assert result.created == 4
    table = Appointment.get(Appointment.title == "Runder Tisch Integration")
    assert table.start == dt.datetime(2025, 7, 9, 9, 30) and table.end == dt.datetime(2025, 7, 9, 11, 0)
    assert table.kind == "committee_session"
    assert Appointment.get(Appointment.title == "Sprechstunde").start == dt.datetime(2025, 7, 14, 9, 0)
    assert Appointment.get(Appointment.title == "Fachtag Migration").all_day
    again = imports.preview(path, "appointments", layout)
    assert sum(1 for r in again.rows if r.match_id) == 4
    cp1252 = FIXTURES / "termine_libreoffice_cp1252.csv"
    csv_preview = imports.preview(cp1252, "appointments", imports.analyse(cp1252, "appointments"))
    assert any(r.values.get("title") == "Unmöglicher Termin" for r in csv_preview.rows)


def test_attendance_import(db: object, tmp_path: Path) -> None:
    appointment = create_appointment({"title": "Fachtag", "start": dt.datetime(2025, 7, 9, 9)})
    known = contacts.create_person({"first_name": "Ayşe", "last_name": "Yılmaz", "email": "ayse@example.org"})
    path = _workbook(tmp_path / "anmeldung.xlsx", [
        ["Anmeldeliste Fachtag 9.7.2025"], [],
        ["Name", "Einrichtung", "E-Mail", "Teilnahme"],
        ["Ayse Yilmaz", "", "AYSE@example.org", "x"],
        ["Jan Nowak", "Polnischer Verein", "jan@example.org", "angemeldet"],
        ["Eva Roth", "", "eva@example.org", "vielleicht"],
    ])
    with pytest.raises(imports.ImportError_, match="Termin"):
        imports.preview(path, "attendance", imports.analyse(path, "attendance"))
    preview = imports.preview(path, "attendance", imports.analyse(path, "attendance"),
                              appointment_id=appointment.id)
    assert preview.rows[0].match_id == known.id
    assert "vielleicht" in preview.rows[2].reason
    result = imports.commit(preview)
    statuses = {a.snapshot_name: a.status for a in Attendance.select()}
    assert statuses == {"Ayşe Yılmaz": "attended", "Jan Nowak": "registered"}
    assert result.created == 1
    imports.undo(result.batch_id)
    assert Attendance.select().count() == 0 and Person.select().count() == 1


@pytest.mark.parametrize("content", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, b"PK\x03\x04broken"])
def test_hostile_files_leave_db_unchanged(db: object, tmp_path: Path, content: bytes) -> None:
    contacts.create_person({"last_name": "Bestand"})
    before = (_table(db), AuditEntry.select().count())
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError):
        layout = imports.analyse(path, "persons")
        imports.commit(imports.preview(path, "persons", layout))
    assert (_table(db), AuditEntry.select().count()) == before


def test_zip_bomb_refused_before_anything(db: object, tmp_path: Path) -> None:
    good = _workbook(tmp_path / "gut.xlsx", [["Name"], ["Anna"]])
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"</sheetData>" + b" " * (30 * 1024 * 1024))
            out.writestr(info.filename, data)
    with pytest.raises(SpreadsheetError, match="Zip-Bombe"):
        imports.analyse(bomb, "persons")
    assert Person.select().count() == 0
