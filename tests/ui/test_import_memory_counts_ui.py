"""The import wizard with German Outlook's contacts export, twice (issue 11, outside-in GUI pass):

- the mapping page shows a profile column kept as a notes line as "Notizen („Fax: …“)", as `--show-mapping` does,
  and "nicht übernehmen" there keeps the fax out of the notes;
- the preview counts Caritas' own row (a company without a person) as an organisation, as the result does;
- the second import says "Zuordnung wie beim letzten Mal" and keeps the user's choice (Mobiltelefon → Telefon)
  instead of going back to the profile's business phone.

Fixture: tests/fixtures/outlook_kontakte_de_cp1252.csv (German Outlook, Windows-1252), with a business fax number
added to the first contact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models import Organization, Person
from app.ui.import_mapping import NOTE_LINE, MappingPage
from app.ui.import_wizard import ImportWizard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def outlook_with_fax(tmp_path: Path) -> Path:
    text = (FIXTURES / "outlook_kontakte_de_cp1252.csv").read_bytes().decode("cp1252").split("\r\n")
    fields = text[1].split(",")  # Fatima Al-Sayed: no comma inside a field before the fax column
    fields[text[0].split(",").index('"Fax geschäftlich"')] = '"0341 123-99"'
    path = tmp_path / "Kontakte.CSV"
    path.write_bytes("\r\n".join([text[0], ",".join(fields), *text[2:]]).encode("cp1252"))
    return path


def _mapping_page(qtbot, path: Path) -> tuple[ImportWizard, MappingPage]:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(None, "persons", path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING, wizard.currentPage().message.text()
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    return wizard, page


def _column(page: MappingPage, header: str) -> int:
    layout = page.wizard_.layout_
    assert layout is not None
    return layout.headers.index(header)


def _to_result(qtbot, wizard: ImportWizard) -> str:  # type: ignore[no-untyped-def]
    wizard.next()
    preview_page = wizard.currentPage()
    qtbot.waitUntil(lambda: preview_page.ready, timeout=10_000)
    summary = preview_page.summary.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=10_000)
    return summary


def test_two_imports_keep_the_choice_and_count_alike(db: object, qtbot, quiet: list[str],  # noqa: ANN001
                                                     outlook_with_fax: Path) -> None:
    wizard, page = _mapping_page(qtbot, outlook_with_fax)
    fax, office = _column(page, "Fax geschäftlich"), _column(page, "Büro")
    mobile, business = _column(page, "Mobiltelefon"), _column(page, "Telefon geschäftlich")
    assert page.combos[fax].currentText() == "Notizen („Fax: …“)"  # not "– nicht übernehmen –"
    assert page.combos[office].currentText() == "Notizen („Büro: …“)"
    assert page.combos[business].currentData() == "phone" and page.combos[mobile].currentData() == "mobile"
    page.set_field(mobile, "phone")
    page.set_field(fax, "")  # "– nicht übernehmen –"
    summary = _to_result(qtbot, wizard)
    assert summary.startswith("3 neu, 0 aktualisieren") and "dazu 4 neue Organisationen" in summary
    assert "Import Nr. 1 gespeichert: 3 neu angelegt" in wizard.currentPage().text.text()
    assert "Dazu 4 neue Organisationen." in wizard.currentPage().text.text()
    fatima = Person.get(Person.last_name == "Al-Sayed")
    assert fatima.phone == "0171 5551234" and "123-99" not in fatima.notes
    assert Organization.select().count() == 4

    wizard, page = _mapping_page(qtbot, outlook_with_fax)  # the same export again
    assert page.remembered.text() == "Zuordnung wie beim letzten Mal"
    assert page.combos[mobile].currentData() == "phone"
    assert page.combos[fax].currentData() == "" and page.combos[fax].findData(NOTE_LINE) > 0
    assert page.combos[office].currentData() == NOTE_LINE
    wizard.next()
    preview_page = wizard.currentPage()
    qtbot.waitUntil(lambda: preview_page.ready, timeout=10_000)
    row = next(r for r in preview_page.model.rows if r.values.get("last_name") == "Al-Sayed")
    assert row.values["phone"] == "0171 5551234" and row.unchanged  # not an update back to the business number
    assert preview_page.summary.text().startswith("0 neu, 0 aktualisieren, 4 überspringen")
    wizard.next()
    assert quiet == ["Es gibt keine Zeile zu übernehmen."]
    assert Person.get_by_id(fatima.id).phone == "0171 5551234"


def test_fax_kept_as_notes_line(db: object, qtbot, quiet: list[str], outlook_with_fax: Path) -> None:  # noqa: ANN001
    wizard, _page = _mapping_page(qtbot, outlook_with_fax)
    _to_result(qtbot, wizard)
    assert "Fax: 0341 123-99" in Person.get(Person.last_name == "Al-Sayed").notes


def test_fax_given_a_field(db: object, qtbot, quiet: list[str], outlook_with_fax: Path) -> None:  # noqa: ANN001
    wizard, page = _mapping_page(qtbot, outlook_with_fax)
    page.set_field(_column(page, "Fax geschäftlich"), "mobile")  # another field: it feeds that field
    page.set_field(_column(page, "Mobiltelefon"), "")
    _to_result(qtbot, wizard)
    fatima = Person.get(Person.last_name == "Al-Sayed")
    assert fatima.mobile == "0341 123-99" and "Fax:" not in fatima.notes


def test_a_list_of_companies_only_can_be_imported(db: object, qtbot, quiet: list[str], tmp_path: Path) -> None:  # noqa: ANN001
    lines = (FIXTURES / "outlook_kontakte_de_cp1252.csv").read_bytes().split(b"\r\n")
    path = tmp_path / "firmen.csv"
    path.write_bytes(b"\r\n".join([lines[0], *(line for line in lines if b'"Caritas' in line)]) + b"\r\n")
    wizard, _page = _mapping_page(qtbot, path)
    summary = _to_result(qtbot, wizard)
    assert not quiet, quiet  # not "Es gibt keine Zeile zu übernehmen."
    assert summary.startswith("0 neu") and "dazu 1 neue Organisation" in summary
    assert "Dazu 1 neue Organisation." in wizard.currentPage().text.text()
    assert Organization.get().name == "Caritas Migrationsberatung"
