"""List pages: filters and search change the visible rows; the count follows; export writes what is shown."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import Appointment, Organization, Person
from app.ui.tables import ID_ROLE, SORT_ROLE, AppointmentColumns, PersonColumns


def _page(kind: str, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.lists.pages import make_page

    page = make_page(kind)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_person_search_as_you_type_and_filters(demo_db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page("person", qtbot)
    total = Person.select().where(Person.archived == False).count()  # noqa: E712
    assert page.model.rowCount() == total
    target = Person.select().order_by(Person.id).first()
    qtbot.keyClicks(page.search, target.last_name[:4])
    shown = page.model.rowCount()
    assert 0 < shown < total
    names = {page.model.index(r, PersonColumns.NAME).data() for r in range(shown)}
    assert any(name.startswith(target.last_name) for name in names)
    assert page.count_label.text().startswith(str(shown))
    page.search.clear()
    assert page.model.rowCount() == total
    org = Organization.get(Organization.name == "Jobcenter Landkreis Lindenau")
    page.organization_filter.setCurrentIndex(page.organization_filter.findData(org.id))
    ids = {page.model.index(r, 0).data(ID_ROLE) for r in range(page.model.rowCount())}
    expected = {p.id for p in Person.select().where((Person.organization == org.id) & (Person.archived == False))}  # noqa: E712
    assert ids == expected and ids


def test_sorting_by_a_column_happens_in_the_database(demo_db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page("appointment", qtbot)
    page.period_filter.setCurrentIndex(page.period_filter.findData("all"))
    assert page.model.rowCount() == Appointment.select().count()
    page.table.sortByColumn(AppointmentColumns.START, Qt.SortOrder.DescendingOrder)
    starts = [page.model.index(r, AppointmentColumns.START).data(SORT_ROLE) for r in range(20)]
    assert starts == sorted(starts, reverse=True)
    page.status_filter.setCurrentIndex(page.status_filter.findData("cancelled"))
    rows = page.model.rowCount()
    assert rows == Appointment.select().where(Appointment.status == "cancelled").count()
    assert page.model.index(0, AppointmentColumns.STATUS).data() == "Abgesagt"
    assert page.model.index(0, AppointmentColumns.TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_export_writes_exactly_the_visible_rows_and_columns(demo_db: object, qtbot, tmp_path: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page("organization", qtbot)
    page.partner_filter.setCurrentIndex(page.partner_filter.findData("yes"))
    page.table.setColumnHidden(1, True)
    target = tmp_path / "partner.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.export()
    qtbot.waitUntil(target.exists, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["Name", "Bereich", "Ort", "Partner seit", "Kontakte", "Gremien"]
    partners = Organization.select().where((Organization.is_partner == True) & (Organization.archived == False))  # noqa: E712
    assert sorted(r[0] for r in rows[1:]) == sorted(o.name for o in partners)
    assert len(rows) - 1 == page.model.rowCount()


def test_counts_use_real_plural_forms(db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 #6: "1 Kontakt angezeigt", "2 Kontakte angezeigt" – never "Kontakt(e)"."""
    from app.services import contacts

    page = _page("person", qtbot)
    contacts.create_person({"last_name": "Schäfer"})
    page.refresh()
    assert page.count_label.text() == "1 Kontakt angezeigt"
    contacts.create_person({"last_name": "Jäger"})
    page.refresh()
    assert page.count_label.text() == "2 Kontakte angezeigt"
    organizations = _page("organization", qtbot)
    assert organizations.count_label.text() == "0 Organisationen angezeigt"


def test_archived_rows_differ_by_more_than_colour(db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 #1: colour is never the only signal – archived rows are also italic (cancelled: struck out)."""
    from app.services import contacts

    kept = contacts.create_person({"last_name": "Aktiv"})
    gone = contacts.create_person({"last_name": "Archiviert"})
    contacts.archive_person(gone.id)
    page = _page("person", qtbot)
    page.archived_filter.setCurrentIndex(page.archived_filter.findData("all"))
    fonts = {page.model.index(r, 0).data(ID_ROLE): page.model.index(r, 0).data(Qt.ItemDataRole.FontRole)
             for r in range(page.model.rowCount())}
    assert fonts[gone.id] is not None and fonts[gone.id].italic()
    assert fonts[kept.id] is None or not fonts[kept.id].italic()


def test_attended_column_shows_a_dash_when_attendance_is_not_recorded(db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    """QA 15.10: a held "Jour fixe" nobody ticked and a planned appointment show "–", never "0"."""
    from app.services import appointments, attendance, contacts

    person = contacts.create_person({"last_name": "Schäfer"}).id
    bare = appointments.create_appointment({"title": "Jour fixe", "kind": "meeting", "status": "held",
                                            "start": "2026-03-02 09:00"}).id
    planned = appointments.create_appointment({"title": "Sitzung", "kind": "committee_session",
                                               "start": "2026-03-09 09:00"}).id
    ticked = appointments.create_appointment({"title": "Workshop", "kind": "workshop", "status": "held",
                                              "start": "2026-03-04 09:00"}).id
    attendance.set_status(attendance.invite(ticked, [person])[0].id, "attended")
    page = _page("appointment", qtbot)
    page.period_filter.setCurrentIndex(page.period_filter.findData("all"))
    shown = {page.model.index(r, 0).data(ID_ROLE): page.model.index(r, AppointmentColumns.ATTENDED).data()
             for r in range(page.model.rowCount())}
    assert shown == {bare: "–", planned: "–", ticked: "1"}


def test_fields_of_action_are_english_in_the_english_ui(db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    """QA: the English GUI showed "Politik & Gesellschaft" while the English report translated it."""
    from PySide6.QtWidgets import QApplication

    from app.services import appointments, report_labels
    from app.ui.i18n import apply_language

    plain = next(f.id for f in appointments.fields_of_action() if f.name == "Politik & Gesellschaft")
    own = appointments.create_field_of_action("Quartiersarbeit").id
    report_labels.set_english_field_name(own, "Neighbourhood work")  # the office's own English name
    appointment = appointments.create_appointment({"title": "Forum", "kind": "meeting", "start": "2026-03-02 09:00"},
                                                  [own, plain]).id
    apply_language("en")
    try:
        page = _page("appointment", qtbot)
        page.period_filter.setCurrentIndex(page.period_filter.findData("all"))
        row = page.model.row_of(appointment)
        shown = page.model.index(row, AppointmentColumns.FIELDS).data()
        assert set(shown.split(", ")) == {"Politics & society", "Neighbourhood work"}
        combo = [page.field_filter.itemText(i) for i in range(page.field_filter.count())]
        assert {"Politics & society", "Neighbourhood work"} <= set(combo) and "Quartiersarbeit" not in combo
    finally:
        apply_language("de")
        QApplication.processEvents()
    page.reload_choices()
    page.model.refresh()
    row = page.model.row_of(appointment)
    assert "Politik & Gesellschaft" in page.model.index(row, AppointmentColumns.FIELDS).data()


def test_filters_keep_their_chosen_entry_whole_on_a_narrow_screen(db: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    """QA 14/15.11: at 1024×768 the Termine filters read "Dieses Jah", "Jeder Statu"."""
    from PySide6.QtWidgets import QComboBox

    from app.services import appointments, networks

    networks.create_network({"name": "Runder Tisch Integration Landkreis Lindenau und Umgebung", "kind": "round_table"})
    appointments.create_field_of_action("Willkommenskultur & interkulturelle Öffnung der Verwaltung")
    page = _page("appointment", qtbot)
    page.resize(790, 600)  # beside the navigation of a 1024 px wide window
    qtbot.wait(20)
    combos = [w for w in page._filter_widgets if isinstance(w, QComboBox) and w.isVisible()]
    assert len(combos) >= 4
    for combo in combos:
        text = combo.currentText()
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 20, (text, combo.width())
    assert page.minimumSizeHint().width() <= 790
