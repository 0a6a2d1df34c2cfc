"""vCard files shaped as further real programs write them, imported end to end into a real SQLite file:
Outlook's single-contact .vcf (2.1, Windows-1252, QP labels, photo block), Android's 2.1 with
quoted-printable notes and addresses, iPhone (iOS 17) with custom labels and multi-line streets,
Nextcloud/DAVx5 vCard 4.0 (uri phones, KIND:org) and Thunderbird 115's vCard 4.0 export."""

from __future__ import annotations

from pathlib import Path

from app.models import Organization, Person
from app.services import exchange

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def imported(name: str) -> exchange.Preview:
    preview = exchange.preview(FIXTURES / name, "persons")
    exchange.commit(preview, backup=False)
    return preview


def person(last_name: str) -> Person:
    return Person.get(Person.last_name == last_name)


def test_outlook_single_vcf_windows_1252(db: object) -> None:
    data = (FIXTURES / "outlook_kontakt.vcf").read_bytes()
    assert b"\r\n" in data and "Kirchstraße".encode("cp1252") in data  # as Outlook writes it
    preview = imported("outlook_kontakt.vcf")
    assert preview.profile == "Outlook"
    hans = person("Müller")
    assert (hans.title, hans.first_name, hans.function) == ("Dr.", "Hans", "Fachdienstleiter")
    assert hans.organization.name == "Caritasverband Lindenau e. V."
    assert hans.phone == "(03581) 47 11-25" and hans.mobile == "0171 2345678"  # work over home, fax dropped
    assert hans.email == "h.mueller@caritas-lindenau.de"
    assert (hans.street, hans.postal_code, hans.city) == ("Kirchstraße 12", "02826", "Lindenau")
    assert hans.notes.startswith("Ansprechpartner für Sprachkurse.\nErreichbar Mo–Do.")
    assert "Abteilung: Migrationsdienst" in hans.notes and "hans.mueller@web.de" in hans.notes
    assert "(03581) 99 88 77" in hans.notes and "Gartenweg 3" in hans.notes
    assert "47 11-99" not in hans.notes  # the fax number
    assert "Beruf: Sozialarbeiter" in hans.notes  # Outlook's "Beruf" (ROLE) beside the job title


def test_android_v21_quoted_printable_address_title_and_note(db: object) -> None:
    preview = imported("android_v21_qp_notes.vcf")
    assert preview.profile == "Android (vCard 2.1)"
    guelsen = person("Özdemir")
    assert guelsen.first_name == "Gülşen" and guelsen.function == "Sozialpädagogin"
    assert guelsen.organization.name == "AWO Kreisverband Lindenau"
    assert guelsen.phone == "03581 671-220" and guelsen.mobile == "+49 152 33445566"
    assert guelsen.email == "g.oezdemir@awo-lindenau.de"  # work over home
    assert (guelsen.street, guelsen.postal_code, guelsen.city) == ("Lößnitzer Straße 17", "02826", "Lindenau")
    assert guelsen.notes.startswith("Spricht Türkisch und Kurdisch.\nSprechzeit: Di 9–12 Uhr")
    assert "guelsen.oezdemir@gmx.de" in guelsen.notes and "03581 445566" in guelsen.notes


def test_iphone_custom_labels_multiline_street_and_family_name_only(db: object) -> None:
    preview = imported("iphone_ios17.vcf")
    assert preview.profile == "Apple/iCloud"
    okafor = person("Okafor")
    assert okafor.first_name == "" and okafor.function == "Sachbearbeiter"
    assert okafor.organization.name == "Stadt Lindenau"
    assert okafor.email == "okafor@lindenau.de"
    assert okafor.phone == "+49 3581 671-300" and okafor.mobile == "+49 160 7654321"
    assert okafor.street == "Rathausplatz 1, Eingang B"  # Apple's two-line street, one line here
    assert (okafor.postal_code, okafor.city) == ("02826", "Lindenau")
    assert okafor.notes.startswith("Termine nur dienstags; vorher anrufen, bitte.")
    assert "Abteilung: Amt für Soziales, Jugend und Integration, Sachgebiet 2" in okafor.notes
    tafel = Organization.get(Organization.name == "Tafel Lindenau e. V.")
    assert tafel.phone == "03581 22 33 44"
    assert not Person.select().where(Person.last_name == "Tafel Lindenau e. V.").exists()
    lan = person("Nguyen")  # labels typed in by the user (X-ABLabel "Handy", "Büro", "Privat", "Fax Büro")
    assert (lan.first_name, lan.mobile, lan.phone) == ("Thi Lan", "+49 176 44556677", "03581 671-455")
    assert lan.email == "t.nguyen@lindenau.de" and "thilan.nguyen@gmail.com" in lan.notes
    assert "671-499" not in lan.notes
    group = next(row for row in preview.rows if row.label == "Netzwerk Bildung")  # iCloud's group card
    assert group.action == "skip" and "Kontaktgruppe" in group.reason
    assert not Person.select().where(Person.last_name.contains("Netzwerk")).exists()


def test_nextcloud_davx5_vcard_4(db: object) -> None:
    imported("nextcloud_davx5.vcf")
    fatima = person("Al-Sayed")
    assert (fatima.title, fatima.first_name, fatima.function) == ("Dr.", "Fatima", "Beraterin")
    assert fatima.organization.name == "Frauenzentrum Lindenau e. V."
    assert fatima.email == "f.alsayed@frauenzentrum-lindenau.de"  # TYPE=work;PREF=1 over home
    assert fatima.phone == "+49-3581-555010"  # TYPE="work,voice";VALUE=uri:tel:… over home
    assert fatima.mobile == "+49-171-5550101"
    assert (fatima.street, fatima.postal_code, fatima.city) == ("Lindenstraße 3", "02826", "Lindenau")
    assert fatima.notes.startswith("Spricht Arabisch, Französisch und Deutsch.")
    assert "fatima.alsayed@posteo.de" in fatima.notes and "Gartenweg 3" in fatima.notes
    assert "Kategorien: Netzwerk Frauen, Beratung" in fatima.notes  # as the CSV import keeps Outlook's
    assert fatima.external_uid == "3f1c9b2e-7d4a-4c61-9a8e-5b2d0c7e1f43"
    jobcenter = Organization.get(Organization.name == "Jobcenter Lindenau")  # KIND:org
    assert jobcenter.email == "poststelle@jobcenter-lindenau.de" and jobcenter.phone == "+49-3581-4700"
    assert jobcenter.street == "Bahnhofstraße 20" and jobcenter.website == "https://www.jobcenter-lindenau.de"
    again = exchange.preview(FIXTURES / "nextcloud_davx5.vcf", "persons")
    assert {row.action for row in again.rows} == {"skip"}  # a second import changes nothing


def test_thunderbird_115_vcard_4(db: object) -> None:
    imported("thunderbird_115.vcf")
    piotr = person("Nowak")
    assert (piotr.first_name, piotr.function) == ("Piotr", "Vorsitzender")
    assert piotr.organization.name == "Polnischer Kulturverein Lindenau"
    assert piotr.email == "p.nowak@kulturverein-lindenau.de"  # EMAIL;PREF=1
    assert piotr.phone == "03581 88 77 66" and piotr.mobile == "0170 1234567"
    assert (piotr.street, piotr.postal_code, piotr.city) == ("Goethestraße 2", "02826", "Lindenau")
    assert piotr.notes.startswith("Treffen jeden ersten Montag im Monat")
    assert "Abteilung: Vorstand" in piotr.notes and "Am Teich 4" in piotr.notes
    # a contact with only a display name (FN, no N) beside its organisation is a person, not a company card
    mehmet = person("Yılmaz")
    assert (mehmet.title, mehmet.first_name, mehmet.function) == ("Prof.", "Mehmet",
                                                                  "Professor für Migrationssoziologie")
    assert mehmet.organization.name == "Hochschule Lindenau" and mehmet.email == "m.yilmaz@hs-lindenau.de"
    assert Organization.get(Organization.name == "Hochschule Lindenau").email == ""
    # a collected address whose display name is an Exchange "Nachname, Vorname"
    birgit = person("Schulze")
    assert (birgit.first_name, birgit.email) == ("Birgit", "birgit.schulze@lra-lindenau.de")


def test_evolution_empty_properties_and_role(db: object) -> None:
    """GNOME Evolution writes every property, empty ones too (TITLE:, NOTE:, URL:), and the job as ROLE."""
    imported("evolution_3_0.vcf")
    katrin = person("Lehmann")
    assert (katrin.first_name, katrin.function) == ("Katrin", "Schulsozialarbeiterin")
    assert katrin.organization.name == "Oberschule Lindenau" and katrin.email == "k.lehmann@os-lindenau.de"
    assert katrin.phone == "03581 44 55 00" and katrin.mobile == "0157 1234567"
    assert (katrin.street, katrin.postal_code, katrin.city) == ("Schulstraße 5", "02826", "Lindenau")
    assert katrin.notes == "Kategorien: Schule"


def test_every_shape_twice_changes_nothing(db: object) -> None:
    names = ("outlook_kontakt.vcf", "android_v21_qp_notes.vcf", "iphone_ios17.vcf", "nextcloud_davx5.vcf",
             "thunderbird_115.vcf", "evolution_3_0.vcf", "android_v21_custom_labels.vcf", "whatsapp_kontakt.vcf")
    for name in names:
        imported(name)
    people, organizations = Person.select().count(), Organization.select().count()
    for name in names:
        again = exchange.preview(FIXTURES / name, "persons")
        assert {row.action for row in again.rows} == {"skip"}, (name, [(r.label, r.reason) for r in again.rows])
    assert (Person.select().count(), Organization.select().count()) == (people, organizations)


def test_whatsapp_shared_contact(db: object) -> None:
    """A contact shared through WhatsApp: vCard 3.0, one number with `waid=` and the phone's own label."""
    imported("whatsapp_kontakt.vcf")
    fatima = person("Al-Sayed")
    assert (fatima.first_name, fatima.mobile, fatima.phone) == ("Fatima", "+49 170 12345678", "")


def test_android_v21_custom_labels(db: object) -> None:
    """Android's own labels ("Büro", "Diensthandy") are written as X-CUSTOM(CHARSET=UTF-8,ENCODING=…,label),
    quoted-printable when not ASCII; a two-line street ends its first line with =0A and a soft break."""
    imported("android_v21_custom_labels.vcf")
    tom = person("Berger")
    assert (tom.phone, tom.mobile, tom.email) == ("03581 671-300", "0170 1112223", "t.berger@lindenau.de")
    assert "0151 44556677" in tom.notes and "03581 998877" in tom.notes and "tom.berger@web.de" in tom.notes
    assert (tom.street, tom.postal_code, tom.city) == ("Markt 1, Haus B", "02826", "Lindenau")
    assert tom.function == "Streetworker" and tom.organization.name == "Stadt Lindenau"
