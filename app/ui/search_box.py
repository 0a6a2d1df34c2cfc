"""The global search field (Ctrl+F): results from every kind of record, grouped, Enter opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from app.services import search
from app.ui import theme
from app.ui.formats import format_day
from app.ui.labels import label
from app.ui.retranslate import Retranslating

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ORDER = ("person", "organization", "network", "appointment")
PER_KIND = 8


class SearchPopup(QTreeWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setStyleSheet("QTreeWidget { border: 1px solid palette(mid); }"
                           "QTreeWidget::item { padding: 2px; }")


class SearchBox(Retranslating, QLineEdit):
    """Type to search; ↑/↓ choose, Enter opens, Esc closes the popup."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.popup = SearchPopup(self)
        self.popup.itemClicked.connect(self._item_chosen)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(60)
        self.timer.timeout.connect(self.update_results)
        self.textEdited.connect(lambda _: self.timer.start())
        self.textChanged.connect(lambda text: self.popup.hide() if not text else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Alles durchsuchen: Kontakte, Organisationen, Gremien, Termine (Strg+F)"))
        self.setToolTip(self.placeholderText())
        self.setAccessibleName(self.tr("Alles durchsuchen"))
        self.setAccessibleDescription(self.tr("Treffer aus Kontakten, Organisationen, Gremien und Terminen; "
                                              "Pfeiltasten wählen, Enter öffnet"))
        self.popup.setAccessibleName(self.tr("Suchtreffer"))


    def results(self) -> dict[str, list[search.Hit]]:
        grouped: dict[str, list[search.Hit]] = {kind: [] for kind in GROUP_ORDER}
        for hit in search.search(self.text(), limit=120):
            grouped[hit.kind].append(hit)
        # appointments: the most recent first (equal titles say little on their own)
        grouped["appointment"].sort(key=lambda hit: hit.detail, reverse=True)
        grouped = {kind: hits[:PER_KIND] for kind, hits in grouped.items()}
        return {kind: hits for kind, hits in grouped.items() if hits}

    def update_results(self) -> None:
        self.timer.stop()
        self.popup.clear()
        if not self.text().strip():
            self.popup.hide()
            return
        grouped = self.results()
        bold = QFont(self.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        if not grouped:
            empty = QTreeWidgetItem([self.tr("Nichts gefunden"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.popup.addTopLevelItem(empty)
        for kind, hits in grouped.items():
            header = QTreeWidgetItem([label("entity", kind), ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(0, bold)
            header.setForeground(0, theme.color("heading"))
            self.popup.addTopLevelItem(header)
            for hit in hits:
                detail = hit.detail
                if kind == "network":
                    detail = label("network_kind", detail)
                elif kind == "appointment" and len(detail) >= 10 and detail[4:5] == "-":
                    detail = format_day(detail[:10]) + detail[10:]
                item = QTreeWidgetItem([hit.label, detail])
                item.setData(0, KIND_ROLE, hit.kind)
                item.setData(0, ID_ROLE, hit.id)
                item.setForeground(1, theme.color("muted"))
                header.addChild(item)
                if first is None:
                    first = item
            header.setExpanded(True)
        if first is not None:
            self.popup.setCurrentItem(first)
        self._show_popup()

    def _show_popup(self) -> None:
        width = max(self.width(), 460)
        self.popup.setColumnWidth(0, int(width * 0.55))
        groups = self._groups()
        rows = sum(1 + group.childCount() for group in groups)
        height = min(rows, 24) * (self.fontMetrics().height() + 6) + 6
        position = self.mapToGlobal(QPoint(self.width() - width, self.height() + 2))
        self.popup.setGeometry(position.x(), position.y(), width, height)
        self.popup.show()

    def _groups(self) -> list[QTreeWidgetItem]:
        """The popup's top-level rows (one per kind of record)."""
        return [group for i in range(self.popup.topLevelItemCount())
                if (group := self.popup.topLevelItem(i)) is not None]

    def _selectable(self, step: int) -> None:
        items = [item for group in self._groups() for j in range(group.childCount())
                 if (item := group.child(j)) is not None]
        if not items:
            return
        current = self.popup.currentItem()
        index = items.index(current) if current in items else -1
        index = max(0, min(len(items) - 1, index + step))
        self.popup.setCurrentItem(items[index])
        self.popup.scrollToItem(items[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible():
                self.update_results()
            self._selectable(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive() or not self.popup.isVisible():
                self.update_results()
            current = self.popup.currentItem()
            if current is not None and current.data(0, KIND_ROLE):
                self._item_chosen(current)
            return
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        QTimer.singleShot(150, self._hide_if_unfocused)
        super().focusOutEvent(event)

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        record_id = item.data(0, ID_ROLE)
        if not kind or record_id is None:
            return
        self.popup.hide()
        self.open_requested.emit(str(kind), int(record_id))
