"""The four list pages: contacts, organisations, networks and appointments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from app.models import db_proxy
from app.services import appointments, lists, report_labels
from app.ui.formats import date_pattern
from app.ui.labels import choices
from app.ui.lists.base import ListPage
from app.ui.tables import SORT_ROLE


class PersonsPage(ListPage):
    KIND = "person"

    def build_filters(self) -> None:
        self.organization_filter = QComboBox(self)
        self.organization_filter.setMaximumWidth(260)
        self.network_filter = QComboBox(self)
        self.network_filter.setMaximumWidth(240)
        self.sector_filter = QComboBox(self)
        self.archived_filter = QComboBox(self)
        for combo in (self.organization_filter, self.network_filter, self.sector_filter, self.archived_filter):
            self.add_filter(combo)

    def retranslate_filters(self) -> None:
        self.reload_choices()
        self.fill_combo(self.sector_filter, [(None, self.tr("Alle Bereiche")), *choices("sector")])
        self.fill_combo(self.archived_filter, [("active", self.tr("Aktive Kontakte")),
                                               ("archived", self.tr("Archivierte")), ("all", self.tr("Alle"))])

    def reload_choices(self) -> None:
        if not self._db_ready():
            return
        self.fill_combo(self.organization_filter,
                        [(None, self.tr("Alle Organisationen")), *lists.choices("organization")])
        self.fill_combo(self.network_filter, [(None, self.tr("Alle Gremien")), *lists.choices("network")])

    @staticmethod
    def _db_ready() -> bool:

        return db_proxy.obj is not None

    def filters(self) -> dict[str, Any]:
        return {"organization": self.organization_filter.currentData(), "network": self.network_filter.currentData(),
                "sector": self.sector_filter.currentData(), "archived": self.archived_filter.currentData()}

    def page_title(self) -> str:
        return self.tr("Kontakte")

    def search_hint(self) -> str:
        return self.tr("Name oder E-Mail suchen …")

    def new_text(self) -> str:
        return self.tr("Neuer Kontakt")

    def count_text(self, shown: int) -> str:
        return self.tr("%Ln Kontakt(e) angezeigt", "", shown)


class OrganizationsPage(ListPage):
    KIND = "organization"

    def build_filters(self) -> None:
        self.sector_filter = QComboBox(self)
        self.partner_filter = QComboBox(self)
        self.archived_filter = QComboBox(self)
        for combo in (self.sector_filter, self.partner_filter, self.archived_filter):
            self.add_filter(combo)

    def retranslate_filters(self) -> None:
        self.fill_combo(self.sector_filter, [(None, self.tr("Alle Bereiche")), *choices("sector")])
        self.fill_combo(self.partner_filter, [(None, self.tr("Partner und andere")),
                                              ("yes", self.tr("Nur Netzwerkpartner")),
                                              ("no", self.tr("Keine Partner"))])
        self.fill_combo(self.archived_filter, [("active", self.tr("Aktive")), ("archived", self.tr("Archivierte")),
                                               ("all", self.tr("Alle"))])

    def filters(self) -> dict[str, Any]:
        return {"sector": self.sector_filter.currentData(), "partner": self.partner_filter.currentData(),
                "archived": self.archived_filter.currentData()}

    def page_title(self) -> str:
        return self.tr("Organisationen")

    def search_hint(self) -> str:
        return self.tr("Name, Kurzname oder E-Mail suchen …")

    def new_text(self) -> str:
        return self.tr("Neue Organisation")

    def count_text(self, shown: int) -> str:
        return self.tr("%Ln Organisation(en) angezeigt", "", shown)


class NetworksPage(ListPage):
    KIND = "network"

    def build_filters(self) -> None:
        self.kind_filter = QComboBox(self)
        self.archived_filter = QComboBox(self)
        for combo in (self.kind_filter, self.archived_filter):
            self.add_filter(combo)

    def retranslate_filters(self) -> None:
        self.fill_combo(self.kind_filter, [(None, self.tr("Alle Arten")), *choices("network_kind")])
        self.fill_combo(self.archived_filter, [("active", self.tr("Aktive")), ("archived", self.tr("Archivierte")),
                                               ("all", self.tr("Alle"))])

    def filters(self) -> dict[str, Any]:
        return {"kind": self.kind_filter.currentData(), "archived": self.archived_filter.currentData()}

    def page_title(self) -> str:
        return self.tr("Gremien & Netzwerke")

    def search_hint(self) -> str:
        return self.tr("Name oder Kurzname suchen …")

    def new_text(self) -> str:
        return self.tr("Neues Gremium")

    def count_text(self, shown: int) -> str:
        return self.tr("%Ln Gremium/Gremien angezeigt", "", shown)


class AppointmentsPage(ListPage):
    KIND = "appointment"

    def build_filters(self) -> None:
        self.period_filter = QComboBox(self)
        self.add_filter(self.period_filter)
        self.from_date = QDateEdit(self)
        self.to_date = QDateEdit(self)
        today = QDate.currentDate()
        for edit, value in ((self.from_date, QDate(today.year(), 1, 1)), (self.to_date, QDate(today.year(), 12, 31))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
            edit.setDate(value)
            edit.dateChanged.connect(self.apply_filters)
            edit.setVisible(False)
        self.to_caption = QLabel("–", self)
        self.to_caption.setVisible(False)
        self.filter_row.addWidget(self.from_date)
        self.filter_row.addWidget(self.to_caption)
        self.filter_row.addWidget(self.to_date)
        self.kind_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.network_filter = QComboBox(self)
        self.network_filter.setMaximumWidth(220)
        self.field_filter = QComboBox(self)
        self.field_filter.setMaximumWidth(220)
        for combo in (self.kind_filter, self.status_filter, self.network_filter, self.field_filter):
            self.add_filter(combo)
        self.period_filter.currentIndexChanged.connect(self._period_changed)

    def _period_changed(self) -> None:
        custom = self.period_filter.currentData() == "custom"
        for widget in (self.from_date, self.to_caption, self.to_date):
            widget.setVisible(custom)

    def retranslate_filters(self) -> None:
        self.fill_combo(self.period_filter, [
            ("this_year", self.tr("Dieses Jahr")), ("upcoming", self.tr("Ab heute")),
            ("this_week", self.tr("Diese Woche")), ("this_month", self.tr("Dieser Monat")),
            ("past", self.tr("Vergangene")), ("last_year", self.tr("Letztes Jahr")),
            ("all", self.tr("Alle Zeiträume")), ("custom", self.tr("Zeitraum wählen …"))])
        self.fill_combo(self.kind_filter, [(None, self.tr("Alle Arten")), *choices("appointment_kind")])
        self.fill_combo(self.status_filter, [(None, self.tr("Jeder Status")), *choices("appointment_status")])
        self.reload_choices()

    def reload_choices(self) -> None:

        if db_proxy.obj is None:
            return
        self.fill_combo(self.network_filter, [(None, self.tr("Alle Gremien")), *lists.choices("network", True)])
        names = report_labels.field_labels((f.id, f.name) for f in appointments.fields_of_action(True))
        self.fill_combo(self.field_filter, [(None, self.tr("Alle Handlungsfelder")), *names.items()])

    def filters(self) -> dict[str, Any]:
        def py_date(edit: QDateEdit) -> dt.date:
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())
        return {"period": self.period_filter.currentData(), "from": py_date(self.from_date),
                "to": py_date(self.to_date), "kind": self.kind_filter.currentData(),
                "status": self.status_filter.currentData(), "network": self.network_filter.currentData(),
                "field": self.field_filter.currentData()}

    def refresh(self) -> None:
        first = not self._loaded
        super().refresh()
        if first:  # issue 12.6: the list opens at today, past above, future below
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.scroll_to_today)

    def today_row(self, today: dt.date | None = None) -> int | None:
        """The row of the first appointment from today on (the list sorted by date), found by bisection."""

        if self.model.columns[self.model.sort_column].key != "start" or not self.model.rowCount():
            return None
        moment = dt.datetime.combine(today or dt.date.today(), dt.time())
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        low, high = 0, self.model.rowCount()
        while low < high:
            middle = (low + high) // 2
            value = self.model.index(middle, 0).data(SORT_ROLE)
            before = value is not None and value < moment
            if before != descending:
                low = middle + 1
            else:
                high = middle
        return min(low, self.model.rowCount() - 1) if not descending else max(low - 1, 0)

    def scroll_to_today(self, today: dt.date | None = None) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        row = self.today_row(today)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def page_title(self) -> str:
        return self.tr("Termine")

    def search_hint(self) -> str:
        return self.tr("Titel oder Ort suchen …")

    def new_text(self) -> str:
        return self.tr("Neuer Termin")

    def count_text(self, shown: int) -> str:
        return self.tr("%Ln Termin(e) angezeigt", "", shown)


PAGES: dict[str, type[ListPage]] = {
    "person": PersonsPage, "organization": OrganizationsPage, "network": NetworksPage,
    "appointment": AppointmentsPage,
}


def make_page(kind: str, parent: QWidget | None = None) -> ListPage:
    return PAGES[kind](parent)
