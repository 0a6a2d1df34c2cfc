"""Qt table models over the list queries of app/services/lists.py.

The model holds only the ordered ids of the visible records; row values are fetched page by page when
the view paints them. Sorting and filtering happen in the database; search-as-you-type intersects the
cached order with the ids from the search index, so a keystroke never reloads the whole table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.services import lists
from app.ui import theme
from app.ui.formats import format_datetime, format_day
from app.ui.labels import label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value (date, int, key) for sorting and tests
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record id of the row
PAGE = 200


@dataclass(frozen=True)
class ColumnDef:
    key: str  # key of the lists.ListSpec column
    title: object  # German source from QT_TRANSLATE_NOOP (typed object by PySide), translated in "Tables"
    width: int  # default width in pixels
    align_right: bool = False


class PersonColumns:
    NAME, FUNCTION, ORGANIZATION, EMAIL, PHONE, CITY = range(6)


class OrganizationColumns:
    NAME, SHORT_NAME, SECTOR, CITY, PARTNER, PERSONS, NETWORKS = range(7)


class NetworkColumns:
    NAME, KIND, RHYTHM, MEMBERS, MEETINGS, LAST_MEETING = range(6)


class AppointmentColumns:
    START, TITLE, KIND, STATUS, NETWORK, LOCATION, ATTENDED, FIELDS = range(8)


COLUMNS: dict[str, tuple[ColumnDef, ...]] = {
    "person": (
        ColumnDef("name", QT_TRANSLATE_NOOP("Tables", "Name"), 210),
        ColumnDef("function", QT_TRANSLATE_NOOP("Tables", "Funktion"), 190),
        ColumnDef("organization", QT_TRANSLATE_NOOP("Tables", "Organisation"), 260),
        ColumnDef("email", QT_TRANSLATE_NOOP("Tables", "E-Mail"), 200),
        ColumnDef("phone", QT_TRANSLATE_NOOP("Tables", "Telefon"), 120),
        ColumnDef("city", QT_TRANSLATE_NOOP("Tables", "Ort"), 110),
    ),
    "organization": (
        ColumnDef("name", QT_TRANSLATE_NOOP("Tables", "Name"), 330),
        ColumnDef("short_name", QT_TRANSLATE_NOOP("Tables", "Kurzname"), 90),
        ColumnDef("sector", QT_TRANSLATE_NOOP("Tables", "Bereich"), 180),
        ColumnDef("city", QT_TRANSLATE_NOOP("Tables", "Ort"), 130),
        ColumnDef("partner_since", QT_TRANSLATE_NOOP("Tables", "Partner seit"), 100),
        ColumnDef("persons", QT_TRANSLATE_NOOP("Tables", "Kontakte"), 80, True),
        ColumnDef("networks", QT_TRANSLATE_NOOP("Tables", "Gremien"), 80, True),
    ),
    "network": (
        ColumnDef("name", QT_TRANSLATE_NOOP("Tables", "Name"), 360),
        ColumnDef("kind", QT_TRANSLATE_NOOP("Tables", "Art"), 140),
        ColumnDef("rhythm", QT_TRANSLATE_NOOP("Tables", "Rhythmus"), 140),
        ColumnDef("members", QT_TRANSLATE_NOOP("Tables", "Mitglieder"), 90, True),
        ColumnDef("meetings", QT_TRANSLATE_NOOP("Tables", "Termine"), 80, True),
        ColumnDef("last_meeting", QT_TRANSLATE_NOOP("Tables", "Letzte Sitzung"), 120),
    ),
    "appointment": (
        ColumnDef("start", QT_TRANSLATE_NOOP("Tables", "Datum"), 125),
        ColumnDef("title", QT_TRANSLATE_NOOP("Tables", "Titel"), 240),
        ColumnDef("kind", QT_TRANSLATE_NOOP("Tables", "Art"), 120),
        ColumnDef("status", QT_TRANSLATE_NOOP("Tables", "Status"), 105),
        ColumnDef("network", QT_TRANSLATE_NOOP("Tables", "Gremium"), 80),
        ColumnDef("location", QT_TRANSLATE_NOOP("Tables", "Ort"), 140),
        ColumnDef("attended", QT_TRANSLATE_NOOP("Tables", "Anwesend"), 75, True),
        ColumnDef("fields", QT_TRANSLATE_NOOP("Tables", "Handlungsfelder"), 200),
    ),
}

def tr(text: object) -> str:
    return QCoreApplication.translate("Tables", str(text))


def format_date(value: Any, with_time: bool = False) -> str:
    """One date format per UI language (app/ui/formats.py)."""
    if isinstance(value, dt.datetime) and with_time and (value.hour or value.minute):
        return format_datetime(value)
    return format_day(value)


class ListTableModel(QAbstractTableModel):
    """Rows of one kind of record (person, organization, network, appointment)."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS[kind]
        spec = lists.SPECS[kind]
        self._positions = [spec.keys.index(c.key) for c in self.columns]
        self._archived_pos = spec.keys.index("archived") if "archived" in spec.keys else None
        self._status_pos = spec.keys.index("status") if "status" in spec.keys else None
        self.filters: dict[str, Any] = {}
        self.term = ""
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.loaded = False  # nothing is queried before the page is first shown
        self._order: list[int] | None = None  # ids passing the filters, in sort order
        self._ids: list[int] = []
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._formatters: dict[str, Callable[[Any], str]] = {
            "sector": lambda v: label("sector", v),
            "kind": lambda v: label("network_kind" if kind == "network" else "appointment_kind", v),
            "status": lambda v: label("appointment_status", v),
            "start": lambda v: format_date(v, with_time=True),
            "last_meeting": format_date,
            "partner_since": self._partner_text,
            "attended": lambda v: "–" if v is None else str(v),  # not recorded (or not held) – not zero
        }

    # --- loading ---------------------------------------------------------------------------------------
    def set_filters(self, filters: Mapping[str, Any]) -> None:
        self.filters = dict(filters)
        self._order = None
        if self.loaded:
            self.reload()

    def set_search(self, term: str) -> None:
        if term.strip() == self.term.strip() and self.loaded:
            self.term = term
            return
        self.term = term
        self.reload()

    def reload(self, *, keep_order: bool = True) -> None:
        """Re-run the query (the order is recomputed when filters or sort changed, or keep_order=False)."""
        self.loaded = True
        self.beginResetModel()
        if self._order is None or not keep_order:
            sort_key = self.columns[self.sort_column].key
            self._order = lists.ordered_ids(self.kind, self.filters, sort_key,
                                            self.sort_order == Qt.SortOrder.DescendingOrder)
        matches = lists.search_ids(self.kind, self.term)
        self._ids = self._order if matches is None else [i for i in self._order if i in matches]
        self._rows = {}
        self.endResetModel()

    def refresh(self) -> None:
        """Data may have changed elsewhere: recompute everything."""
        self.reload(keep_order=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(self.columns):
            return
        if column == self.sort_column and order == self.sort_order and self._order is not None:
            return
        self.sort_column = column
        self.sort_order = order
        self._order = None
        if self.loaded:
            self.reload()

    # --- access ----------------------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> tuple[Any, ...] | None:
        record_id = self._ids[row]
        values = self._rows.get(record_id)
        if values is None:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            if len(self._rows) > 20 * PAGE:
                self._rows = {}
            self._rows.update(lists.rows(self.kind, page))
            values = self._rows.get(record_id)
        return values

    def _partner_text(self, value: Any) -> str:
        if value is None:
            return ""
        if value is True:
            return tr("ja")
        if isinstance(value, dt.date):
            return format_day(value)[3:] if format_day(value)[2:3] in "./" else format_day(value)
        return str(value)

    def display(self, row: int, column: int) -> str:
        values = self._row(row)
        if values is None:
            return ""
        key = self.columns[column].key
        value = values[self._positions[column]]
        formatter = self._formatters.get(key)
        if formatter is not None:
            return formatter(value)
        return "" if value is None else str(value)

    def visible_table(self, hidden: set[int] | None = None) -> tuple[list[str], Iterator[list[str]]]:
        """Headers and rows exactly as shown (for the export), fetched in pages."""
        shown = [c for c in range(len(self.columns)) if c not in (hidden or set())]
        headers = [self.headerData(c, Qt.Orientation.Horizontal) for c in shown]

        def generate() -> Iterator[list[str]]:
            for start in range(0, len(self._ids), 1000):
                chunk = self._ids[start:start + 1000]
                values = lists.rows(self.kind, chunk)
                for record_id in chunk:
                    raw = values.get(record_id)
                    if raw is None:
                        continue
                    out = []
                    for column in shown:
                        value = raw[self._positions[column]]
                        formatter = self._formatters.get(self.columns[column].key)
                        out.append(formatter(value) if formatter else ("" if value is None else str(value)))
                    yield out
        return headers, generate()

    # --- QAbstractTableModel -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                column = self.columns[section]
                return int(Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft) | \
                    int(Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == SORT_ROLE:
            values = self._row(row)
            return None if values is None else values[self._positions[column]]
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            values = self._row(row)
            if values is None:
                return None
            if self._archived_pos is not None and values[self._archived_pos]:
                return QBrush(theme.color("muted"))
            if self._status_pos is not None and values[self._status_pos] == "cancelled":
                return QBrush(theme.color("muted"))
        if role == Qt.ItemDataRole.FontRole:
            # never colour alone: cancelled is struck through, archived is italic
            values = self._row(row)
            if values is None:
                return None
            if self._status_pos is not None and values[self._status_pos] == "cancelled":
                font = QFont()
                font.setStrikeOut(True)
                return font
            if self._archived_pos is not None and values[self._archived_pos]:
                font = QFont()
                font.setItalic(True)
                return font
        return None
