"""The dashboard shows this year's figures against last year and opens upcoming appointments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.services import appointments, attendance, contacts
from app.ui.dashboard_page import BAR_ROLE, DashboardPage


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, int]] = []

    def open_record(self, kind: str, record_id: int) -> None:
        self.opened.append((kind, record_id))


def test_figures_upcoming_and_opening_an_appointment(qtbot, db) -> None:  # noqa: ANN001
    partner = contacts.create_organization({"name": "Caritas", "is_partner": True})
    person = contacts.create_person({"first_name": "Ayşe", "last_name": "Yılmaz", "organization": partner.id})
    for start in ("2027-01-01 09:00", "2027-01-01 10:00"):
        held = appointments.create_appointment({"title": "Sprechstunde", "start": start, "status": "held",
                                                "kind": "counselling_hours"}).id
    attendance.invite(held, [person.id], status="attended")
    appointments.create_appointment({"title": "Neujahrsempfang", "start": "2026-01-01 11:00", "status": "held"})
    appointments.create_appointment({"title": "Zu spät im Vorjahr", "start": "2026-01-05 11:00", "status": "held"})
    soon = appointments.create_appointment({"title": "Runder Tisch", "start": "2027-01-04 10:00"}).id
    appointments.create_appointment({"title": "Fällt aus", "start": "2027-01-05 10:00", "status": "cancelled"})

    window = Window()
    page = DashboardPage(today=dt.date(2027, 1, 1), now=dt.datetime(2027, 1, 1, 12, 0))
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page.refresh()

    assert page.held_card.title.text() == "Stattgefundene Termine 2027"
    assert page.held_card.value.text() == "2"
    assert "Vorjahr bis 01.01.2026: 1" in page.held_card.detail.text()
    assert "+100,0" in page.held_card.detail.text()
    assert page.persons_card.value.text() == "1"
    assert page.partners_card.value.text() == "1 von 1"
    assert page.upcoming_titles() == ["Runder Tisch"]
    kinds = {page.kinds.item(r, 0).text(): (page.kinds.item(r, 1).text(), page.kinds.item(r, 2).text())
             for r in range(page.kinds.rowCount())}
    assert kinds["Sprechstunde"] == ("2", "0")
    assert kinds["Besprechung"] == ("0", "1")
    assert page.kinds.item(0, 1).data(BAR_ROLE) == 0.0
    assert [page.kinds.horizontalHeaderItem(c).text() for c in (1, 2)] == ["2027", "2026"]

    page.upcoming.setCurrentItem(page.upcoming.topLevelItem(0))
    qtbot.keyClick(page.upcoming, Qt.Key.Key_Return)
    assert window.opened == [("appointment", soon)]


def test_refresh_picks_up_new_appointments(qtbot, db) -> None:  # noqa: ANN001
    page = DashboardPage(today=dt.date(2026, 6, 1))
    qtbot.addWidget(page)
    page.refresh()
    assert page.upcoming.topLevelItem(0).text(2) == "Keine geplanten Termine."
    assert page.held_card.value.text() == "0"
    appointments.create_appointment({"title": "Fachtag", "start": "2026-06-03 09:00", "kind": "conference"})
    page.refresh_button.click()
    assert page.upcoming_titles() == ["Fachtag"]


def test_fields_of_action_are_english_in_the_english_overview(qtbot, db) -> None:  # noqa: ANN001
    """QA: the overview showed "Politik & Gesellschaft" in the English GUI."""
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import apply_language

    field = next(f.id for f in appointments.fields_of_action() if f.name == "Politik & Gesellschaft")
    appointments.create_appointment({"title": "Forum", "start": "2027-01-01 09:00", "status": "held"}, [field])
    apply_language("en")
    try:
        page = DashboardPage(today=dt.date(2027, 1, 2), now=dt.datetime(2027, 1, 2, 12, 0))
        qtbot.addWidget(page)
        page.refresh()
        names = [page.fields.item(r, 0).text() for r in range(page.fields.rowCount())]
        assert names == ["Politics & society"]
    finally:
        apply_language("de")
        QApplication.processEvents()


def test_title_columns_keep_their_room_in_a_narrow_window(qtbot, db) -> None:  # noqa: ANN001
    """QA 14/15.11: at 1024×768 "Was ist zu tun?" shrank to "Wa" and titles to "Gesprä…"."""
    from app.services import followups

    for number in range(3):
        appointments.create_appointment({"title": f"Gesprächsrunde mit Ehrenamtlichen {number}",
                                         "start": f"2026-12-0{number + 2} 09:30", "end": f"2026-12-0{number + 2} 11:30",
                                         "kind": "committee_session"})
    followups.create_follow_up({"title": "Stellungnahme zum Integrationskonzept", "due_date": "2026-11-26",
                                "responsible": "Geschäftsstelle Integration"})
    page = DashboardPage(today=dt.date(2026, 12, 2), now=dt.datetime(2026, 12, 2, 8, 0))
    qtbot.addWidget(page)
    page.resize(790, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.wait(20)
    for view, title in ((page.upcoming, 2), (page.follow_ups, 1)):
        width = view.viewport().width()
        assert view.columnWidth(title) >= 0.25 * width, (view.accessibleName(), view.columnWidth(title), width)
        shown = sum(view.columnWidth(c) for c in range(view.columnCount()) if not view.isColumnHidden(c))
        assert shown <= width + 1  # no sideways scrolling
    assert page.upcoming.topLevelItem(0).text(0) == "Mi., 02.12."  # the current year is not repeated
