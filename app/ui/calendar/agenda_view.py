"""The coming 14 days as a list: one heading per day (with its holiday), the appointments below it.

Each line carries the kind's tag ("[GS] 10:00–12:00 Beirat"), the colour as an icon, cancelled ones are
struck through. Enter or a double-click opens the appointment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.services import calendar
from app.ui.calendar import style

ID_ROLE = style.ID_ROLE


class AgendaView(QTreeWidget):
    open_requested = Signal(int)

    DAYS = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setIconSize(QSize(10, 10))
        self.setUniformRowHeights(False)
        self.itemActivated.connect(self._activated)

    def set_days(self, today: dt.date, days: list[tuple[dt.date, list[calendar.Entry]]],
                 holidays: dict[dt.date, str]) -> None:
        self.clear()
        palette = self.palette()
        shown = sorted(set([day for day, _e in days]) | set(holidays))
        grouped = dict(days)
        if not grouped:
            empty = QTreeWidgetItem([self.tr("Keine Termine in den nächsten 14 Tagen.")])
            empty.setForeground(0, style.muted(palette))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(empty)
        locale = style.ui_locale()
        for day in shown:
            name = locale.toString(style.qdate(day), self.tr("dddd, d. MMMM"))
            if day == today:
                name = self.tr("Heute") + " · " + name
            elif day == today + dt.timedelta(days=1):
                name = self.tr("Morgen") + " · " + name
            if day in holidays:
                name += " · " + self.tr("Feiertag: %1").replace("%1", holidays[day])
            head = QTreeWidgetItem([name])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            if day == today:
                head.setForeground(0, style.accent(palette))
            elif day in holidays:
                head.setForeground(0, style.holiday_colour(palette))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            for entry in grouped.get(day, []):
                time = entry.time_text(day) or self.tr("ganztägig")
                place = entry.location or entry.network
                child = QTreeWidgetItem([f"[{style.tag(entry.kind)}]  {time}  {entry.title}"
                                         + (f"  · {place}" if place else "")])
                child.setIcon(0, style.swatch(entry.kind, 10))
                child.setData(0, ID_ROLE, entry.id)
                child.setToolTip(0, style.tooltip(entry))
                if entry.cancelled:
                    strike = child.font(0)
                    strike.setStrikeOut(True)
                    child.setFont(0, strike)
                    child.setForeground(0, style.muted(palette))
                head.addChild(child)
        self.expandAll()

    def titles(self) -> list[str]:
        heads = [head for i in range(self.topLevelItemCount()) if (head := self.topLevelItem(i)) is not None]
        return [child.text(0) for head in heads for j in range(head.childCount())
                if (child := head.child(j)) is not None]

    def _activated(self, item: QTreeWidgetItem) -> None:
        appointment = item.data(0, ID_ROLE)
        if appointment is not None:
            self.open_requested.emit(int(appointment))
