"""The import's remembered mapping, its counts and the columns kept as notes lines (issue 11, GUI pass):

- a column the user mapped differently from the export profile wins again on the next import of the same kind of
  file ("Zuordnung wie beim letzten Mal"), as it did the first time;
- a company-only row is counted as an organisation in the preview and in the result, in the same words;
- a profile column kept as a notes line ("Fax: …") can be given a field or left out, and that holds.

Fixture: tests/fixtures/outlook_kontakte_de_cp1252.csv (German Outlook's contacts export, Windows-1252; its
generator make_export_fixtures.py names the source of the header row)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.models import Organization, Person
from app.services import imports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OUTLOOK = FIXTURES / "outlook_kontakte_de_cp1252.csv"


def _column(layout: imports.Layout, header: str) -> int:
    return layout.headers.index(header)


def _first_import_with_mobile_as_phone(path: Path) -> imports.Result:
    """The office maps "Mobiltelefon" to Telefon (the profile says Mobil) and keeps the mapping, as the CLI does."""
    layout = imports.analyse(path, "persons")
    assert layout.profile == "outlook-de" and not layout.remembered
    imports.apply_overrides(layout, ["Mobiltelefon=phone"])
    preview = imports.preview(path, "persons", layout)
    result = imports.commit(preview, backup=False)
    imports.remember_mapping("persons", layout.headers, layout.mapping)
    return result


def test_remembered_choice_wins_over_the_profile_on_the_next_import(db: object, tmp_path: Path) -> None:
    path = tmp_path / "Kontakte.CSV"
    shutil.copy(OUTLOOK, path)
    _first_import_with_mobile_as_phone(path)
    fatima = Person.get(Person.last_name == "Al-Sayed")
    assert fatima.phone == "0171 5551234"  # the mobile number, as the user chose

    again = imports.analyse(path, "persons")  # the same export a month later: "wie beim letzten Mal"
    assert again.remembered and again.mapping[_column(again, "Mobiltelefon")] == "phone"
    assert again.columns_for()["phone"][0] == _column(again, "Mobiltelefon")
    preview = imports.preview(path, "persons", again)
    row = next(r for r in preview.rows if r.values.get("last_name") == "Al-Sayed")
    assert row.values["phone"] == "0171 5551234"
    assert "0341 123-45" in row.values.get("notes", "")  # the business number is kept as a further phone
    imports.commit(preview, backup=False)
    assert Person.get_by_id(fatima.id).phone == "0171 5551234"  # not back to the business number
    assert Person.get(Person.last_name == "von der Heide").phone == "0160 1234567"
    # a person without a mobile number still gets the profile's phone
    assert Person.get(Person.last_name == "Weiß").phone == "0341 55512"


def test_remembered_mapping_equal_to_the_profile_keeps_its_order(db: object, tmp_path: Path) -> None:
    """Remembering the profile's own mapping changes nothing: business phone before the assistant's."""
    layout = imports.analyse(OUTLOOK, "persons")
    imports.remember_mapping("persons", layout.headers, layout.mapping)
    again = imports.analyse(OUTLOOK, "persons")
    assert again.remembered and again.priority == layout.priority
    imports.commit(imports.preview(OUTLOOK, "persons", again), backup=False)
    assert Person.get(Person.last_name == "Al-Sayed").phone == "0341 123-45"


def test_company_only_row_counts_as_organisation_in_preview_and_result(db: object) -> None:
    """3 people and Caritas' own row (a company without a person): "3 neu (dazu 4 neue Organisationen)" before,
    "3 neu angelegt (dazu 4 neue Organisationen)" after – not "4 neu" and then "3 neu angelegt"."""
    layout = imports.analyse(OUTLOOK, "persons")
    preview = imports.preview(OUTLOOK, "persons", layout)
    assert preview.counts() == {"create": 3, "update": 0, "skip": 0, "error": 0}
    assert preview.new_organizations == 4
    assert preview.summary_text() == "3 neu (dazu 4 neue Organisationen), 0 aktualisiert, 0 übersprungen, " \
                                     "0 fehlerhaft"
    result = imports.commit(preview, backup=False)
    assert (result.created, result.organizations) == (3, 4)
    assert result.text() == "3 neu angelegt (dazu 4 neue Organisationen), 0 aktualisiert, 0 übersprungen, " \
                            "0 fehlerhaft."
    assert Person.select().count() == 3 and Organization.select().count() == 4


def test_file_with_only_company_rows_is_something_to_import(db: object, tmp_path: Path) -> None:
    lines = OUTLOOK.read_bytes().split(b"\r\n")
    path = tmp_path / "nur_firmen.csv"
    path.write_bytes(b"\r\n".join([lines[0], next(line for line in lines if line.startswith(b'"","","","","",'
                                                                                           b'"Caritas'))]) + b"\r\n")
    preview = imports.preview(path, "persons", imports.analyse(path, "persons"))
    assert preview.counts() == {"create": 0, "update": 0, "skip": 0, "error": 0}
    assert preview.new_organizations == 1 and preview.writes()
    assert preview.summary_text() == "0 neu (dazu 1 neue Organisation), 0 aktualisiert, 0 übersprungen, 0 fehlerhaft"
    result = imports.commit(preview, backup=False)
    assert result.text() == "0 neu angelegt (dazu 1 neue Organisation), 0 aktualisiert, 0 übersprungen, " \
                            "0 fehlerhaft."
    assert Organization.get().phone == "0341 4711-20"

    # the same company row again, the organisation's phone emptied meanwhile: it fills it (an update, 9b03b9e)
    Organization.update(phone="").execute()
    again = imports.preview(path, "persons", imports.analyse(path, "persons"))
    assert again.counts() == {"create": 0, "update": 1, "skip": 0, "error": 0} and again.new_organizations == 0
    assert again.writes()
    assert imports.commit(again, backup=False).updated == 1
    assert Organization.get().phone == "0341 4711-20"


def test_note_line_column_given_a_field_or_left_out(db: object) -> None:
    """ "Fax geschäftlich" is kept as the notes line "Fax: …"; mapped to a field it feeds that field; left out
    ("nicht übernehmen") it is not in the notes either – on the next import with the remembered mapping too."""
    layout = imports.analyse(OUTLOOK, "persons")
    fax = _column(layout, "Fax geschäftlich")
    assert layout.mapping[fax] == "" and layout.note_lines[fax] == "Fax"
    assert layout.note_line(fax) == "Fax"
    layout.leave_out(fax)
    assert layout.note_line(fax) == ""
    assert "Fax geschäftlich → – nicht übernommen –" in "\n".join(imports.mapping_lines(layout))
    imports.remember_mapping("persons", layout.headers, layout.mapping, layout.left_out)
    again = imports.analyse(OUTLOOK, "persons")
    assert again.remembered and again.note_line(fax) == ""
    assert again.note_line(_column(again, "Büro")) == "Büro"  # the others are still kept


def test_fax_as_notes_line_then_left_out_changes_what_arrives(db: object, tmp_path: Path) -> None:
    path = tmp_path / "fax.csv"
    text = OUTLOOK.read_bytes().decode("cp1252").split("\r\n")
    headers = text[0].split(",")
    fax = headers.index('"Fax geschäftlich"')
    fields = text[1].split(",")  # Fatima's row: no comma inside a field before the fax column
    fields[fax] = '"0341 123-99"'
    path.write_bytes("\r\n".join([text[0], ",".join(fields), ""]).encode("cp1252"))
    layout = imports.analyse(path, "persons")
    row = imports.preview(path, "persons", layout).rows[0]
    assert "Fax: 0341 123-99" in row.values["notes"]
    left_out = imports.analyse(path, "persons")
    imports.apply_overrides(left_out, ["Fax geschäftlich=-"])  # the CLI's "nicht übernehmen", as the wizard's
    row = imports.preview(path, "persons", left_out).rows[0]
    assert "123-99" not in row.values.get("notes", "")
    as_field = imports.analyse(path, "persons")
    imports.apply_overrides(as_field, ["Fax geschäftlich=mobile", "Mobiltelefon=-"])
    row = imports.preview(path, "persons", as_field).rows[0]
    assert row.values["mobile"] == "0341 123-99" and "Fax:" not in row.values.get("notes", "")


def test_going_back_and_leaving_out_only_the_fax_line_changes_the_preview(db: object, tmp_path: Path) -> None:
    """The wizard keeps its layout when the user goes back from the preview: leaving out only the notes-line
    column must change the next preview (the row plan was cached by the field mapping alone)."""
    path = tmp_path / "fax.csv"
    text = OUTLOOK.read_bytes().decode("cp1252").split("\r\n")
    fax = text[0].split(",").index('"Fax geschäftlich"')
    fields = text[1].split(",")
    fields[fax] = '"0341 123-99"'
    path.write_bytes("\r\n".join([text[0], ",".join(fields), ""]).encode("cp1252"))
    layout = imports.analyse(path, "persons")
    assert "Fax: 0341 123-99" in imports.preview(path, "persons", layout).rows[0].values["notes"]
    layout.leave_out(fax)  # the same layout object, as the wizard's Back → combo → Next
    assert "123-99" not in imports.preview(path, "persons", layout).rows[0].values.get("notes", "")
