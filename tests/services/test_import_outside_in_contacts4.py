"""Contact exports as the programs really write them, checked field by field (fourth outside-in pass).

Fixtures: tests/fixtures/contacts4 (make_contacts4.py names its sources): Thunderbird 128's CSV on Windows in the
system charset (Windows-1252 with numeric character references for Turkish letters) and on Linux, Google's CSV of
a phone list without any e-mail column, an older Google CSV without organisation columns, and a German Outlook
export saved again by Excel (semicolons, lost leading zeros)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.io import csv_text
from app.models import Organization, Person
from app.services import imports, search

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "contacts4"


def _import(path: Path) -> tuple[imports.Preview, imports.Result]:
    layout = imports.analyse(path, "persons")
    preview = imports.preview(path, "persons", layout)
    return preview, imports.commit(preview, backup=False)


# --- Thunderbird ------------------------------------------------------------------------------------------------

def test_thunderbird_system_charset_letters_come_back(db: object) -> None:
    """Thunderbird's "CSV (Systemzeichensatz)" writes "Ş"/"ı" as "&#350;"/"&#305;" (Windows-1252 lacks them):
    the name arrives as written in Thunderbird, and the search finds it."""
    preview, result = _import(HERE / "thunderbird128_de_windows.csv")
    assert preview.layout.profile == "thunderbird-de" and (result.created, result.errors) == (3, 0)
    person = Person.get(Person.email == "s.yilmaz@moscheeverein-lindenau.de")
    assert (person.first_name, person.last_name) == ("Şükrü", "Yılmaz")
    assert [hit.id for hit in search.search("Yilmaz") if hit.kind == "person"] == [person.id]
    assert (person.function, person.organization.name) == ("Vorsitzender", "Moscheeverein Lindenau e.V.")
    assert (person.phone, person.mobile) == ("0341 77 88 99", "0176 12345678")
    assert (person.street, person.postal_code, person.city) == ("Moscheestraße 4 Hinterhaus", "04177", "Lindenau")
    assert person.notes.startswith("Erreichbar nach dem Freitagsgebet\nSpricht Türkisch, Deutsch")
    assert "Abteilung: Vorstand" in person.notes


def test_a_reference_a_person_typed_stays(tmp_path: Path) -> None:
    """Only letters Windows-1252 lacks come from references; "&#228;" typed into a note is left alone, and a
    UTF-8 file is never touched."""
    assert csv_text.decode_text("Gr&#252;n &#305; Müller".encode("cp1252")) == "Gr&#252;n ı Müller"
    assert csv_text.decode_text("Y&#305;lmaz".encode("ascii")) == "Yılmaz"  # no umlaut: plain ASCII
    assert csv_text.decode_text("Güneş &#305;".encode()) == "Güneş &#305;"


def test_thunderbird_title_in_the_display_name(db: object) -> None:
    """Thunderbird has no CSV column for the name prefix: "Dr." and "Frau Prof. Dr." live in the display name only
    and go to title and salutation; "Müller, Hans" (the display name the other way round) adds nothing."""
    _import(HERE / "thunderbird128_de_windows.csv")
    yilmaz = Person.get(Person.last_name == "Yılmaz")
    assert (yilmaz.title, yilmaz.salutation, yilmaz.first_name) == ("Dr.", "", "Şükrü")
    weiss = Person.get(Person.last_name == "Weiß")
    assert (weiss.salutation, weiss.title, weiss.first_name) == ("Frau", "Prof. Dr.", "Birgit")
    mueller = Person.get(Person.last_name == "Müller")
    assert (mueller.title, mueller.salutation, mueller.first_name) == ("", "", "Hans")


def test_thunderbird_english_linux_export(db: object) -> None:
    preview, result = _import(HERE / "thunderbird128_en_linux.csv")
    assert preview.layout.profile == "thunderbird-en" and (result.created, result.errors) == (2, 0)
    olena = Person.get(Person.last_name == "Kovalenko")
    assert (olena.title, olena.first_name, olena.function) == ("Prof. Dr.", "Olena", "Head of Department")
    assert olena.organization.name == "Universität Lindenau" and "Abteilung: Slavic Studies" in olena.notes
    ali = Person.get(Person.last_name == "Haidari")
    assert (ali.mobile, ali.phone, ali.title) == ("+49 1577 1234567", "", "")
    assert ali.notes.splitlines() == ["Spitzname: Ali H.", "Benutzerdef. 1: Sprachmittler Dari, Paschtu"]


def test_a_display_name_of_someone_else_gives_no_title(db: object, tmp_path: Path) -> None:
    """The title is only taken when the rest of the display name is the contact's own name."""
    header = ["Vorname", "Nachname", "Anzeigename", "Primäre E-Mail-Adresse", "Arbeitstitel"]
    path = tmp_path / "tb.csv"
    path.write_text(",".join(header) + "\nAnna,Berg,Dr. Klaus Weber (Vertretung),anna.berg@example.org,\n"
                    "Birgit,Weiß,Frau Dr. Weiß,b.weiss@example.org,\n", encoding="utf-8")
    _import(path)
    assert Person.get(Person.last_name == "Berg").title == ""
    weiss = Person.get(Person.last_name == "Weiß")  # the display name without the first name is still hers
    assert (weiss.salutation, weiss.title, weiss.first_name) == ("Frau", "Dr.", "Birgit")


# --- Google -----------------------------------------------------------------------------------------------------

def test_google_phone_list_without_any_email_column(db: object) -> None:
    """Google writes no "E-mail 1 - Value" when no contact has an address: the export is still Google's – the
    job title is the function (not the academic title), the labels decide mobile and work phone, the prefix is
    the title, the PO box the address and the degree after the name a notes line."""
    preview, result = _import(HERE / "google_nur_telefon.csv")
    assert preview.layout.profile == "google"
    assert (result.created, result.errors) == (2, 0)
    ayse = Person.get(Person.last_name == "Yıldırım")
    assert (ayse.title, ayse.first_name, ayse.function) == ("Dr.", "Ayşe", "Leiterin")
    assert (ayse.phone, ayse.mobile) == ("+49 341 555-10", "+49 170 1234567")
    assert (ayse.street, ayse.postal_code, ayse.city) == ("Postfach 30 01 52", "04177", "Lindenau")
    assert "Namenszusatz: M.A." in ayse.notes
    assert ayse.organization.name == "Frauenhaus Lindenau"
    tafel = Organization.get(Organization.name == "Tafel Lindenau e.V.")  # a company-only row
    assert tafel.phone == "0341 909090"


def test_google_street_of_two_lines_is_one_line(db: object) -> None:
    """Google's "Address 1 - Street" may hold two lines; the contact's street is one line, written as the vCard
    import writes it, so the same address from a .vcf later counts as unchanged."""
    _import(HERE / "google_nur_telefon.csv")
    olga = Person.get(Person.last_name == "Petrenko")
    assert (olga.street, olga.postal_code, olga.city) == ("Hauptstraße 5, Hinterhaus links", "04177", "Lindenau")
    assert (olga.mobile, olga.phone) == ("+49 1523 1234567", "")


def test_older_google_csv_without_organisation_columns(db: object) -> None:
    preview, result = _import(HERE / "google_alt_ohne_organisation.csv")
    assert preview.layout.profile == "google-alt"
    assert (result.created, result.errors) == (2, 0)
    karim = Person.get(Person.last_name == "Haddad")
    assert (karim.title, karim.first_name, karim.email) == ("Dr.", "Karim", "karim.haddad@gmx.de")
    assert (karim.mobile, karim.phone) == ("+49 176 5554433", "0341 4455667")
    assert Person.get(Person.last_name == "Nowak").mobile == "+49 151 2223334"


# --- Outlook through Excel --------------------------------------------------------------------------------------

def test_outlook_saved_again_by_german_excel(db: object) -> None:
    """Semicolons, Windows-1252, lost leading zeros – and the columns without a field of their own (suffix, fax,
    office) kept as notes lines instead of vanishing."""
    preview, result = _import(HERE / "outlook_kontakte_de_excel_semikolon.csv")
    assert preview.layout.profile == "outlook-de"
    assert (result.created, result.errors) == (1, 0)
    gul = Person.get(Person.email == "g.sahin@lindenau.de")
    assert (gul.salutation, gul.first_name, gul.function) == ("Frau", "Gül", "Sachbearbeiterin")
    assert (gul.postal_code, gul.mobile, gul.phone) == ("04177", "01715551234", "0341 123-77")
    assert gul.notes.startswith("Erste Zeile\nZweite Zeile; mit Semikolon")
    for line in ("Abteilung: Sozialamt", "Namenszusatz: M.A.", "Fax: 0341 123-79", "Büro: Zimmer 204",
                 "Benutzer 1: Dolmetscherin Türkisch"):
        assert line in gul.notes.splitlines()
    office = Organization.get(Organization.name == "Ausländerbehörde Lindenau")  # company only
    assert (office.phone, office.postal_code) == ("0341 123-500", "04177")
    assert "Fax: 0341 123-599" in office.notes


def test_a_note_column_the_user_maps_feeds_that_field(db: object) -> None:
    """`--map "Fax geschäftlich=phone"`: the user's choice wins over the notes line."""
    path = HERE / "outlook_kontakte_de_excel_semikolon.csv"
    layout = imports.analyse(path, "persons")
    imports.apply_overrides(layout, ["Fax geschäftlich=phone"])
    imports.commit(imports.preview(path, "persons", layout), backup=False)
    office = Organization.get(Organization.name == "Ausländerbehörde Lindenau")
    assert "Fax:" not in office.notes


# --- the same people twice --------------------------------------------------------------------------------------

def test_every_file_twice_adds_nobody(db: object) -> None:
    for name in ("thunderbird128_de_windows.csv", "thunderbird128_en_linux.csv", "google_nur_telefon.csv",
                 "google_alt_ohne_organisation.csv", "outlook_kontakte_de_excel_semikolon.csv"):
        _import(HERE / name)
    people, organisations = Person.select().count(), Organization.select().count()
    for name in ("thunderbird128_de_windows.csv", "google_nur_telefon.csv", "outlook_kontakte_de_excel_semikolon.csv"):
        _preview, result = _import(HERE / name)
        assert (result.created, result.updated, result.errors) == (0, 0, 0), name
    assert (Person.select().count(), Organization.select().count()) == (people, organisations)


def test_the_same_person_from_thunderbird_and_from_google(db: object, tmp_path: Path) -> None:
    """Şükrü Yılmaz from the Windows Thunderbird file and again from a Google export with his private address:
    the name and organisation match (they did not while Thunderbird's "&#350;" stayed in the name)."""
    _import(HERE / "thunderbird128_de_windows.csv")
    header = ["First Name", "Middle Name", "Last Name", "Name Prefix", "Organization Name", "Organization Title",
              "Labels", "E-mail 1 - Label", "E-mail 1 - Value"]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(["Şükrü", "", "Yılmaz", "", "Moscheeverein Lindenau e.V.", "Vorsitzender", "* myContacts",
                     "* Home", "sukru.yilmaz@gmx.de"])
    path = tmp_path / "contacts.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    preview, result = _import(path)
    assert preview.layout.profile == "google" and result.created == 0
    assert Person.select().where(Person.last_name == "Yılmaz").count() == 1


# --- a name column with degrees after the name and gendered titles ------------------------------------------------

def test_degrees_after_the_name_and_gendered_titles(db: object, tmp_path: Path) -> None:
    """A hand-made list's "Name" column as offices write it: "Anna Berg, M.A." is Anna Berg (not the person
    "M.A." with first name "Anna Berg") and the degree a notes line; "Prof.in", "Dr.in" are titles; "Ma, Li"
    keeps its name."""
    path = tmp_path / "partner.csv"
    path.write_bytes(("Name;Einrichtung;E-Mail\r\n"
                      "Anna Berg, M.A.;VHS Lindenau;a.berg@vhs-lindenau.de\r\n"
                      "Frau Prof.in Dr. Eva Roth;Hochschule Lindenau;e.roth@hs-lindenau.de\r\n"
                      "Dr.in Maria Huber, MBA;Caritas Lindenau;m.huber@caritas-lindenau.de\r\n"
                      "Ma, Li;;li.ma@example.org\r\n").encode("cp1252"))
    _preview, result = _import(path)
    assert (result.created, result.errors) == (4, 0)
    berg = Person.get(Person.email == "a.berg@vhs-lindenau.de")
    assert (berg.first_name, berg.last_name, berg.title) == ("Anna", "Berg", "")
    assert "Namenszusatz: M.A." in berg.notes
    roth = Person.get(Person.email == "e.roth@hs-lindenau.de")
    assert (roth.salutation, roth.title, roth.first_name, roth.last_name) == ("Frau", "Prof.in Dr.", "Eva", "Roth")
    huber = Person.get(Person.email == "m.huber@caritas-lindenau.de")
    assert (huber.title, huber.first_name, huber.last_name) == ("Dr.in", "Maria", "Huber")
    assert "Namenszusatz: MBA" in huber.notes
    ma = Person.get(Person.email == "li.ma@example.org")
    assert (ma.first_name, ma.last_name, ma.notes) == ("Li", "Ma", "")


def test_google_labels_are_kept_as_categories(db: object) -> None:
    """Google's "Labels" ("* myContacts ::: Netzwerk") are its categories: kept in the notes like Outlook's
    "Kategorien" and a Google vCard's CATEGORIES, without Google's own groups ("* myContacts"). They were
    dropped."""
    _import(HERE.parent / "google_contacts.csv")
    schaefer = Person.get(Person.last_name == "Schäfer")
    assert "Kategorien: Netzwerk" in schaefer.notes.splitlines()
    nowak = Person.get(Person.last_name == "Nowak")  # "* myContacts" only
    assert "Kategorien" not in nowak.notes and "myContacts" not in nowak.notes
    _import(HERE.parent / "google_contacts_alt_2019.csv")  # the older "Group Membership"
    assert "Kategorien: Netzwerk Bildung" in Person.get(Person.last_name == "Demir").notes.splitlines()


# --- an update keeps the notes ---------------------------------------------------------------------------------

def test_reimport_keeps_the_notes_the_office_wrote(db: object) -> None:
    """The office adds a line to a contact imported from Outlook; importing the same export again must neither
    replace the notes nor count as a change (the vCard import already kept them)."""
    path = HERE.parent / "outlook_kontakte_de_utf8bom.csv"
    _import(path)
    fatima = Person.get(Person.last_name == "Al-Sayed")
    Person.update(notes=fatima.notes + "\nRückruf am 3.12. zugesagt").where(Person.id == fatima.id).execute()
    _preview, result = _import(path)
    assert (result.created, result.updated) == (0, 0)
    notes = Person.get_by_id(fatima.id).notes.splitlines()
    assert "Rückruf am 3.12. zugesagt" in notes and "Ansprechpartnerin Runder Tisch Integration" in notes


def test_the_same_person_from_outlook_then_google_adds_lines(db: object, tmp_path: Path) -> None:
    """Fatima Al-Sayed from Outlook (notes, department, assistant, home address in the notes), then from Google
    with a note of its own: the Google lines are added, Outlook's stay. Before, Google's notes replaced them."""
    _import(HERE.parent / "outlook_kontakte_de_utf8bom.csv")
    before = Person.get(Person.last_name == "Al-Sayed").notes.splitlines()
    header = ["First Name", "Middle Name", "Last Name", "Name Prefix", "Organization Name", "Organization Title",
              "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(["Fatima", "", "Al-Sayed", "Dr.", "Stadt Lindenau", "Integrationsbeauftragte",
                     "Spricht Arabisch und Französisch", "* myContacts ::: Netzwerk", "* Work",
                     "fatima.al-sayed@lindenau.de", "Mobile", "0171 5551234"])
    path = tmp_path / "contacts.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    _preview, result = _import(path)
    assert (result.created, result.updated) == (0, 1)
    notes = Person.get(Person.last_name == "Al-Sayed").notes.splitlines()
    assert notes[:len(before)] == before
    assert notes[len(before):] == ["Spricht Arabisch und Französisch"]  # "Kategorien: Netzwerk" was there
    assert Person.select().where(Person.last_name == "Al-Sayed").count() == 1


def test_outlook_street_of_three_lines(db: object, tmp_path: Path) -> None:
    """Outlook writes an address box of three lines as "Straße geschäftlich", "… 2", "… 3": the third line was
    dropped. It is kept with the second (the "Adresszusatz" notes line), and in a further address's line."""
    with (HERE.parent / "outlook_kontakte_de_utf8bom.csv").open(encoding="utf-8-sig", newline="") as file:
        header = next(csv.reader(file))
    row = {h: "" for h in header}
    row.update({"Vorname": "Jonas", "Nachname": "Keller", "Firma": "Landratsamt Lindenau",
                "Straße geschäftlich": "Bahnhofstraße 24", "Straße geschäftlich 2": "Haus B",
                "Straße geschäftlich 3": "Zimmer 3.12", "Postleitzahl geschäftlich": "02826",
                "Ort geschäftlich": "Lindenau", "Weitere Straße": "Am Hang 1", "Weitere Straße 2": "Seiteneingang",
                "Weitere Straße 3": "2. OG", "Weitere Postleitzahl": "02826", "Weiterer Ort": "Lindenau",
                "E-Mail-Adresse": "j.keller@lra-lindenau.de", "E-Mail-Typ": "SMTP"})
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow([row[h] for h in header])
    path = tmp_path / "kontakte.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    _import(path)
    keller = Person.get(Person.last_name == "Keller")
    assert (keller.street, keller.postal_code, keller.city) == ("Bahnhofstraße 24", "02826", "Lindenau")
    lines = keller.notes.splitlines()
    assert "Adresszusatz: Haus B, Zimmer 3.12" in lines
    assert "Adresse: Am Hang 1, Seiteneingang, 2. OG, 02826 Lindenau" in lines


# --- a company's own row and the organisation its people name (needs app/services/imports/writing.py) ---------

def _outlook_file(tmp_path: Path, people: list[dict[str, str]]) -> Path:
    with (HERE.parent / "outlook_kontakte_de_utf8bom.csv").open(encoding="utf-8-sig", newline="") as file:
        header = next(csv.reader(file))
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for person in people:
        writer.writerow([person.get(h, "") for h in header])
    path = tmp_path / "kontakte.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


_COMPANY = {"Firma": "Ausländerbehörde Lindenau", "Straße geschäftlich": "Am Wall 3", "Ort geschäftlich": "Lindenau",
            "Postleitzahl geschäftlich": "04177", "Telefon geschäftlich": "0341 123-500",
            "E-Mail-Adresse": "auslaenderbehoerde@lindenau.de", "E-Mail-Typ": "SMTP"}
_WORKER = {"Vorname": "Petra", "Nachname": "Lange", "Firma": "Ausländerbehörde Lindenau",
           "Position": "Sachbearbeiterin", "E-Mail-Adresse": "p.lange@lindenau.de", "E-Mail-Typ": "SMTP"}


def test_company_row_after_a_person_of_that_company(db: object, tmp_path: Path) -> None:
    """The company's own row comes after one of its people: the preview says both are new, and the organisation
    gets the company row's phone, e-mail and address (works when the company row comes first)."""
    _import(_outlook_file(tmp_path, [_COMPANY, _WORKER]))
    first = Organization.get(Organization.name == "Ausländerbehörde Lindenau")
    assert (first.phone, first.email, first.street) == ("0341 123-500", "auslaenderbehoerde@lindenau.de", "Am Wall 3")


def test_company_row_after_a_person_of_that_company_reversed(db: object, tmp_path: Path) -> None:
    _import(_outlook_file(tmp_path, [_WORKER, _COMPANY]))
    office = Organization.get(Organization.name == "Ausländerbehörde Lindenau")
    assert (office.phone, office.email, office.street) == ("0341 123-500", "auslaenderbehoerde@lindenau.de",
                                                           "Am Wall 3")


def test_company_row_fills_an_organisation_created_earlier(db: object, tmp_path: Path) -> None:
    _import(_outlook_file(tmp_path, [_WORKER]))
    (tmp_path / "kontakte.csv").unlink()
    _import(_outlook_file(tmp_path, [_COMPANY]))
    office = Organization.get(Organization.name == "Ausländerbehörde Lindenau")
    assert (office.phone, office.email) == ("0341 123-500", "auslaenderbehoerde@lindenau.de")


def test_company_row_never_overwrites_what_the_office_keeps(db: object, tmp_path: Path) -> None:
    """A stored partner's phone stays; only its empty fields are filled, the preview says which, and undoing
    the import empties them again."""
    _import(_outlook_file(tmp_path, [_WORKER]))
    office = Organization.get(Organization.name == "Ausländerbehörde Lindenau")
    office.phone = "0341 123-0"
    office.save()
    (tmp_path / "kontakte.csv").unlink()
    preview, result = _import(_outlook_file(tmp_path, [_COMPANY]))
    (row,) = preview.rows
    assert row.action == "update" and row.reason.endswith("ergänzt: Straße, PLZ, Ort, E-Mail")
    assert result.updated == 1
    office = Organization.get_by_id(office.id)
    assert (office.phone, office.email, office.street) == ("0341 123-0", "auslaenderbehoerde@lindenau.de",
                                                           "Am Wall 3")
    assert result.batch_id is not None
    imports.undo(result.batch_id)
    office = Organization.get_by_id(office.id)
    assert (office.phone, office.email, office.street) == ("0341 123-0", "", "")


def test_company_row_of_a_complete_organisation_is_skipped(db: object, tmp_path: Path) -> None:
    _import(_outlook_file(tmp_path, [_COMPANY]))
    (tmp_path / "kontakte.csv").unlink()
    preview, result = _import(_outlook_file(tmp_path, [_COMPANY]))
    assert [r.action for r in preview.rows] == ["skip"] and (result.created, result.updated) == (0, 0)


# --- Thunderbird's collected addresses ---------------------------------------------------------------------------

def test_thunderbird_collected_addresses(db: object) -> None:
    """"Gesammelte Adressen": Thunderbird cut each display name at its last space into first and last name
    ("Schmidt, Anna," + "Dr."); the names are read from the display name instead (Exchange's "Nachname,
    Vorname, Titel" and "Nachname, Vorname (Amt)"). A card with nothing but an address at the end of the file
    is a contact, not "text under the table"."""
    preview, result = _import(HERE / "thunderbird_de_gesammelte_adressen.csv")
    assert preview.layout.profile == "thunderbird-de"
    assert (result.created, result.skipped, result.errors) == (7, 0, 0)

    def name(email: str) -> tuple[str, str, str]:
        person = Person.get(Person.email == email)
        return person.title, person.first_name, person.last_name

    assert name("a.schmidt@lra-lindenau.de") == ("Dr.", "Anna", "Schmidt")
    assert name("j.weiss@hs-lindenau.de") == ("Prof. Dr.", "Jürgen", "Weiß")
    assert name("m.yilmaz@elternverein-lindenau.de") == ("", "Mehmet", "Yılmaz")
    assert name("h.heide@gs-ampark.de") == ("", "Hans", "von der Heide")
    assert name("l.schmidt@jugendamt-lindenau.de") == ("", "Lea", "Schmidt")
    assert name("h.mueller@lindenau.de") == ("", "Hans", "Müller")
    assert "Namenszusatz: Jugendamt" in Person.get(Person.email == "h.mueller@lindenau.de").notes
    assert name("info@tafel-lindenau.de") == ("", "", "info@tafel-lindenau.de")


def test_a_note_under_the_table_is_still_skipped(db: object, tmp_path: Path) -> None:
    """Only an address in the e-mail column counts as a contact; "Stand: …" or a remark under a list stays out."""
    path = tmp_path / "liste.csv"
    path.write_bytes(("Vorname;Nachname;E-Mail\r\nAnna;Berg;a.berg@example.org\r\n"
                      ";;\r\nBei Fragen: buero@lindenau.de;;\r\n").encode("cp1252"))
    _preview, result = _import(path)
    assert (result.created, result.skipped) == (1, 1)
