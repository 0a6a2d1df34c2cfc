"""Letter salutations, mail-merge rows, BCC mail and the calendar subscription file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from app.io import mail_merge
from app.models import Appointment
from app.services import appointments, attendance, contacts, letters, networks, settings, subscription


def _people() -> tuple[int, dict[str, int]]:
    org = contacts.create_organization({"name": "Stadt Lindenau", "street": "Markt 1", "postal_code": "02826",
                                        "city": "Lindenau"}).id
    empty_org = contacts.create_organization({"name": "Caritasverband Lindenau e. V.", "street": "Kirchstraße 12",
                                              "postal_code": "02826", "city": "Lindenau"}).id
    ids = {
        "mueller": contacts.create_person({"salutation": "Frau", "title": "Dr.", "first_name": "Anna",
                                           "last_name": "Müller", "organization": org,
                                           "email": "anna.mueller@lindenau.de"}).id,
        "yilmaz": contacts.create_person({"salutation": "Herr", "title": "Prof. Dr.", "first_name": "Mehmet",
                                          "last_name": "Yılmaz", "email": "m.yilmaz@hs-lindenau.de",
                                          "street": "Brückenstraße 1", "postal_code": "02826",
                                          "city": "Lindenau"}).id,
        "schmidt": contacts.create_person({"first_name": "Kim", "last_name": "Schmidt",
                                           "email": "kim.schmidt@jobcenter-lindenau.de"}).id,
    }
    network = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table"}).id
    networks.add_member(network, organization=org, person=ids["mueller"], role="chair")
    networks.add_member(network, person=ids["yilmaz"])
    networks.add_member(network, person=ids["schmidt"])
    networks.add_member(network, organization=empty_org)
    return network, ids


def test_salutations(db: object) -> None:
    network, ids = _people()
    rows = {r.last_name or r.organization: r for r in letters.member_rows(network)}
    assert rows["Müller"].letter_salutation == "Sehr geehrte Frau Dr. Müller,"
    assert rows["Yılmaz"].letter_salutation == "Sehr geehrter Herr Prof. Yılmaz,"
    assert rows["Schmidt"].letter_salutation == "Guten Tag Kim Schmidt,"
    assert rows["Caritasverband Lindenau e. V."].letter_salutation == "Sehr geehrte Damen und Herren,"
    # business beats home: Dr. Müller has no own address, her organisation's is used
    assert rows["Müller"].address == ["Stadt Lindenau", "Frau Dr. Anna Müller", "Markt 1", "02826 Lindenau"]
    assert rows["Yılmaz"].address == ["Herr Prof. Dr. Mehmet Yılmaz", "Brückenstraße 1", "02826 Lindenau"]
    assert letters.letter_title("Dipl.-Ing.") == "" and letters.letter_title("Dr. med.") == "Dr."


def test_mail_merge_file(db: object, tmp_path: Path) -> None:
    network, _ = _people()
    path = mail_merge.write_members(tmp_path / "serienbrief.xlsx", letters.member_rows(network), {"chair": "Vorsitz"})
    sheet = openpyxl.load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Briefanrede", "Anrede") and "Anschrift" in rows[0]
    by_name = {r[4] or r[6]: r for r in rows[1:]}
    assert by_name["Müller"][0] == "Sehr geehrte Frau Dr. Müller,"
    assert by_name["Müller"][12] == "Vorsitz"
    assert by_name["Müller"][13] == "Stadt Lindenau\nFrau Dr. Anna Müller\nMarkt 1\n02826 Lindenau"
    csv_path = mail_merge.write_members(tmp_path / "serienbrief.csv", letters.member_rows(network))
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.startswith("Briefanrede;Anrede;") and "Guten Tag Kim Schmidt," in text


def test_mail_to_all(db: object) -> None:
    network, ids = _people()
    addresses = letters.mail_addresses_for_network(network)
    assert sorted(addresses) == ["anna.mueller@lindenau.de", "kim.schmidt@jobcenter-lindenau.de",
                                 "m.yilmaz@hs-lindenau.de"]
    assert letters.mailto(sorted(addresses)) == ("mailto:?bcc=anna.mueller@lindenau.de,"
                                                 "kim.schmidt@jobcenter-lindenau.de,m.yilmaz@hs-lindenau.de")
    assert letters.mailto([f"person{i}@example-verein-lindenau.de" for i in range(80)]) is None
    appointment = appointments.create_appointment({"title": "Sitzung", "start": dt.datetime(2026, 3, 1, 10)})
    attendance.invite(appointment.id, [ids["schmidt"], ids["mueller"]])
    assert sorted(letters.mail_addresses_for_appointment(appointment.id)) == [
        "anna.mueller@lindenau.de", "kim.schmidt@jobcenter-lindenau.de"]


def test_subscription_file_follows_every_change(db: object, tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    today = dt.date.today()
    soon = dt.datetime.combine(today + dt.timedelta(days=7), dt.time(10))
    appointments.create_appointment({"title": "Vor der Einstellung", "start": soon})
    assert not (folder / "bruecke.ics").exists()
    settings.update({subscription.SETTING: str(folder)})
    made = appointments.create_appointment({"title": "Runder Tisch", "start": soon,
                                            "end": soon + dt.timedelta(hours=2)})
    appointments.create_appointment({"title": "Zu weit weg", "start": soon + dt.timedelta(days=500)})
    text = (folder / "bruecke.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Runder Tisch" in text and "SUMMARY:Vor der Einstellung" in text
    assert "Zu weit weg" not in text
    appointments.update_appointment(made.id, {"title": "Runder Tisch Integration"})
    assert "SUMMARY:Runder Tisch Integration" in (folder / "bruecke.ics").read_text(encoding="utf-8")
    appointments.delete_appointment(made.id)
    assert "Runder Tisch" not in (folder / "bruecke.ics").read_text(encoding="utf-8")
    assert [p.name for p in folder.iterdir()] == ["bruecke.ics"]  # no temp files left behind
    settings.update({subscription.SETTING: str(tmp_path / "gone")})
    appointments.create_appointment({"title": "Ordner fehlt", "start": soon})  # the save still works
    assert Appointment.select().where(Appointment.title == "Ordner fehlt").exists()


def test_subscription_written_once_after_commit_and_never_on_rollback(db: object, tmp_path: Path,
                                                                       monkeypatch) -> None:  # noqa: ANN001
    from app.models import db_proxy

    settings.update({subscription.SETTING: str(tmp_path)})
    writes: list[int] = []
    original = subscription.write
    monkeypatch.setattr(subscription, "write", lambda today=None: writes.append(1) or original(today))
    soon = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(9))
    with db_proxy.atomic():
        for number in range(5):
            appointments.create_appointment({"title": f"Termin {number}", "start": soon})
        assert writes == []
    assert writes == [1]
    assert "SUMMARY:Termin 4" in (tmp_path / "bruecke.ics").read_text(encoding="utf-8")
    try:
        with db_proxy.atomic():
            appointments.create_appointment({"title": "Verworfen", "start": soon})
            raise RuntimeError("rollback")
    except RuntimeError:
        pass
    assert writes == [1] and "Verworfen" not in (tmp_path / "bruecke.ics").read_text(encoding="utf-8")
    appointments.create_appointment({"title": "Danach", "start": soon})
    assert writes == [1, 1]


def test_a_contact_named_by_its_e_mail_address_is_greeted_as_an_office(db: object) -> None:
    # a newsletter or function address imported without a name (Outlook/Google/Thunderbird export): the address
    # became its name, and "Guten Tag integration@…," is no letter an office sends
    person = contacts.create_person({"last_name": "integration@stadt-lindenau.de",
                                     "email": "integration@stadt-lindenau.de"})
    assert letters.salutation_line(person) == "Sehr geehrte Damen und Herren,"


def test_subscription_follows_a_spreadsheet_import_and_its_undo(db: object, tmp_path: Path) -> None:
    """An Outlook calendar CSV imported on the command line (no wizard) reaches the subscribed file at once, and
    undoing the import takes it out again."""
    from app.services import imports

    settings.update({subscription.SETTING: str(tmp_path)})
    day = dt.date.today() + dt.timedelta(days=10)
    header = ('"Betreff","Beginnt am","Beginnt um","Endet am","Endet um","Ganztägiges Ereignis",'
              '"Kategorien","Ort","Privat"')
    row = f'"Netzwerktreffen Ehrenamt","{day:%d.%m.%Y}","17:00:00","{day:%d.%m.%Y}","19:00:00","Aus","","Rathaus","Aus"'
    source = tmp_path / "Kalender.CSV"
    source.write_bytes((header + "\r\n" + row + "\r\n").encode("cp1252"))
    layout = imports.analyse(source, "appointments")
    result = imports.commit(imports.preview(source, "appointments", layout), backup=False)
    assert result.created == 1
    assert "SUMMARY:Netzwerktreffen Ehrenamt" in (tmp_path / "bruecke.ics").read_text(encoding="utf-8")
    assert result.batch_id is not None
    imports.undo(result.batch_id)
    assert "Netzwerktreffen Ehrenamt" not in (tmp_path / "bruecke.ics").read_text(encoding="utf-8")

