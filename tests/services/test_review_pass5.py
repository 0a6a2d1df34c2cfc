"""Review pass 5 of the office-file import (issue 11): defects found in review, each proven by a failing test.

Every test is xfail(strict=True) until the defect is fixed; then the xfail marker goes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.models import Appointment, Person
from app.services import contacts, imports
from app.services.appointments import create_appointment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _csv(path: Path, text: str) -> Path:
    """An office list as German Excel saves "CSV (Trennzeichen-getrennt)": semicolons, one header row."""
    path.write_text(text, encoding="utf-8")
    return path


def test_notes_typed_between_preview_and_commit_survive(db: object, tmp_path: Path) -> None:
    person = contacts.create_person({"first_name": "Anna", "last_name": "Berg", "email": "anna@verein.de",
                                     "notes": "Ruft nur vormittags an"})
    path = _csv(tmp_path / "kontakte.csv",
                "Vorname;Nachname;E-Mail;Notizen\nAnna;Berg;anna@verein.de;Kategorien: Netzwerk\n")
    layout = imports.analyse(path, "persons")
    preview = imports.preview(path, "persons", layout)
    assert preview.counts()["update"] == 1
    # a colleague adds a line while the wizard's preview is open
    contacts.update_person(person.id, {"notes": "Ruft nur vormittags an\nNeue Durchwahl ab Januar"})
    imports.commit(preview, backup=False)
    notes = Person.get_by_id(person.id).notes
    assert "Kategorien: Netzwerk" in notes
    assert "Neue Durchwahl ab Januar" in notes  # fails: the preview's merge is written over it


def test_calendar_csv_does_not_move_an_appointment_the_office_typed(db: object, tmp_path: Path) -> None:
    # the office typed its morning consultation hour in Brücke; Outlook holds only the afternoon one of that day
    typed = create_appointment({"title": "Sprechstunde", "kind": "other",
                                "start": dt.datetime(2026, 12, 8, 9, 0), "end": dt.datetime(2026, 12, 8, 11, 0)})
    # Outlook's German calendar CSV as it writes it (header of tests/fixtures/outlook_kalender_de_kurzdatum.csv:
    # every field quoted, commas, Windows-1252, CRLF)
    header = (FIXTURES / "outlook_kalender_de_kurzdatum.csv").read_bytes().decode("cp1252").split("\r\n", 1)[0]
    line = ('"Sprechstunde","8.12.2026","14:00:00","8.12.2026","16:00:00","Aus","Aus","8.12.2026","13:45:00",'
            '"","","","","","","","","Normal","Aus","","Normal","Beschäftigt"')
    path = tmp_path / "Kalender.CSV"
    path.write_bytes(f"{header}\r\n{line}\r\n".encode("cp1252"))
    layout = imports.analyse(path, "appointments")
    preview = imports.preview(path, "appointments", layout)
    imports.commit(preview, backup=False)
    starts = sorted(a.start for a in Appointment.select().where(Appointment.title == "Sprechstunde"))
    # fails: the typed 9:00 appointment was moved to 14:00 (one appointment left, the morning one is gone)
    assert starts == [dt.datetime(2026, 12, 8, 9, 0), dt.datetime(2026, 12, 8, 14, 0)]
    assert Appointment.get_by_id(typed.id).start == dt.datetime(2026, 12, 8, 9, 0)


def test_a_couple_is_not_greeted_as_mister_only(db: object) -> None:
    from app.services import letters

    couple = contacts.create_person({"salutation": "Herrn und Frau", "first_name": "Hans", "last_name": "Müller"})
    line = letters.salutation_line(couple)
    # fails: "Sehr geehrter Herr Müller," – before today's change the couple got the neutral greeting
    assert line == "Sehr geehrte Frau Müller, sehr geehrter Herr Müller,"
    wife_first = contacts.create_person({"salutation": "Frau und Herrn", "first_name": "Eva", "last_name": "Roth"})
    assert letters.salutation_line(wife_first) == "Sehr geehrte Frau Roth, sehr geehrter Herr Roth,"


def test_own_vcard_export_read_back_keeps_languages_and_notes(db: object, tmp_path: Path) -> None:
    from app.services import exchange

    person = contacts.create_person({"first_name": "Olena", "last_name": "Koval", "email": "olena@koval.de",
                                     "notes": "Sprachen: Ukrainisch (laut Anmeldung)\nKommt dienstags",
                                     "languages": "Ukrainisch, Russisch"})
    path, _count = exchange.export_file("persons", tmp_path / "kontakte.vcf")
    preview = exchange.preview(path)
    exchange.commit(preview, backup=False)
    again = Person.get_by_id(person.id)
    # fails: the office's own notes line went into the languages ("Ukrainisch (laut Anmeldung), Ukrainisch, …")
    assert again.languages == "Ukrainisch, Russisch"
    assert again.notes == "Sprachen: Ukrainisch (laut Anmeldung)\nKommt dienstags"


def test_a_company_row_does_not_mix_its_address_into_the_stored_one(db: object, tmp_path: Path) -> None:
    from app.models import Organization

    org = contacts.create_organization({"name": "Tafel Lindenau e.V.", "postal_code": "04177", "city": "Lindenau"})
    path = _csv(tmp_path / "firmen.csv",
                "Vorname;Nachname;Firma;Straße;PLZ;Ort;Telefon\n"
                ";;Tafel Lindenau e.V.;Hauptstraße 5;01067;Dresden;0351 123456\n")
    layout = imports.analyse(path, "persons")
    preview = imports.preview(path, "persons", layout)
    imports.commit(preview, backup=False)
    stored = Organization.get_by_id(org.id)
    assert stored.phone  # the empty phone is filled: fine
    # fails: "Hauptstraße 5, 04177 Lindenau" – a street of Dresden under the stored Lindenau postcode and city
    assert (stored.street, stored.postal_code, stored.city) in (("", "04177", "Lindenau"),
                                                                ("Hauptstraße 5", "01067", "Dresden"))


def test_a_given_name_like_a_degree_in_last_comma_first_stays_the_given_name(db: object, tmp_path: Path) -> None:
    # Exchange/Outlook display names are "Last, First"; "Ma", "Ba" are given names as well as undotted degrees
    path = _csv(tmp_path / "liste.csv", "Name;E-Mail;Telefon\nLi, Ma;ma.li@verein.de;0351 1\n"
                                        "Nguyen, Ba;ba.nguyen@verein.de;0351 2\n")
    layout = imports.analyse(path, "persons")
    imports.commit(imports.preview(path, "persons", layout), backup=False)
    names = {(p.first_name, p.last_name) for p in Person.select()}
    # fails: ("", "Li") and ("", "Nguyen") – the given names went to the notes as "Namenszusatz: Ma"
    assert names == {("Ma", "Li"), ("Ba", "Nguyen")}


def test_one_appointment_with_a_far_end_year_does_not_break_the_calendar(db: object, tmp_path: Path) -> None:
    from app.services import calendar

    # a typo in the end year ("4501" – also Outlook's "no date" sentinel) is accepted by the import …
    path = _csv(tmp_path / "termine.csv", "Thema;Datum;Beginn;Enddatum;Ende\n"
                                          "Ausstellung;01.09.2026;10:00;23.10.4501;18:00\n"
                                          "Beiratssitzung;08.12.2026;17:00;08.12.2026;19:00\n")
    imports.commit(imports.preview(path, "appointments", imports.analyse(path, "appointments")), backup=False)
    assert Appointment.select().count() == 2
    # … and then every calendar week and the overview's next appointments raised OverflowError
    week = calendar.entries_between(dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    assert "Beiratssitzung" in {entry.title for entry in week}
    assert calendar.upcoming(dt.datetime(2026, 12, 7, 8, 0))


def test_a_vcard_line_without_colon_is_kept_in_the_notes_and_named(db: object, tmp_path: Path) -> None:
    from app.services import exchange

    # a CRM/web export that writes a line break inside NOTE without folding it (no leading space): the second line
    # has no colon. Lines vobject cannot read go to the notes and the preview names them (commit d3a4f4a) –
    # this one vanished with the preview saying plain "neu".
    path = tmp_path / "kontakt.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna;;;\r\n"
                     b"EMAIL;TYPE=INTERNET:anna@verein.de\r\nNOTE:Sprechzeiten\r\nDienstag 9-12 Uhr im Rathaus\r\n"
                     b"END:VCARD\r\n")
    preview = exchange.preview(path)
    exchange.commit(preview, backup=False)
    notes = Person.get(Person.last_name == "Berg").notes
    assert "Dienstag 9-12 Uhr im Rathaus" in notes  # fails: notes == "Sprechzeiten"
