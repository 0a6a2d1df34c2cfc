"""Übersicht: the next appointments, this year's work so far against the same date last year, counts by kind
and by field of action, and the partners and persons reached. Figures come from app.services.dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import dashboard, report_labels, series, startup
from app.ui import labels
from app.ui.calendar.style import ID_ROLE, MUTED, TEXT, qdate, swatch, tint, tooltip, ui_locale
from app.ui.followups_page import FollowUpList, new_follow_up
from app.ui.retranslate import Retranslating

BAR_ROLE = Qt.ItemDataRole.UserRole + 10  # 0..1: length of the bar behind a count
ACCENT = QColor("#1f6feb")
UP = QColor("#1a7f37")
DOWN = QColor("#b35900")


class BarDelegate(QStyledItemDelegate):
    """A count with a light bar behind it, proportional to the largest count of the column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        ratio = float(index.data(BAR_ROLE) or 0.0)
        if ratio > 0:
            painter.save()
            rect = option.rect.adjusted(2, 4, -2, -4)
            # the bar ends before the right-aligned number: never drawn over it
            room = rect.width() - option.fontMetrics.horizontalAdvance(str(index.data() or "")) - 10
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint(ACCENT, 0.28))
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), max(3, round(max(room, 3) * ratio)),
                                          rect.height()), 2, 2)
            painter.restore()
        super().paint(painter, option, index)


def describe_chart(table: QTableWidget) -> None:
    """The chart's text alternative: every bar as words and numbers ("Besprechung: 2026 103, 2025 99; …")."""
    box = table.parentWidget()
    if isinstance(box, QGroupBox):
        table.setAccessibleName(box.title())
    headers = [header.text() if (header := table.horizontalHeaderItem(c)) is not None else ""
               for c in range(table.columnCount())]
    rows = []
    for row in range(table.rowCount()):
        cells = [cell.text() if (cell := table.item(row, c)) is not None else "" for c in range(table.columnCount())]
        rows.append(cells[0] + ": " + ", ".join(f"{h} {v}" for h, v in zip(headers[1:], cells[1:], strict=False) if v)
                    if any(cells[1:]) else cells[0])
    table.setAccessibleDescription("; ".join(rows))


class FigureCard(QFrame):
    """A titled key figure with a comparison line below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FigureCard")
        self.setStyleSheet("#FigureCard { background: white; border: 1px solid #d0d7de; border-radius: 6px; }")
        self.title = QLabel()
        self.title.setStyleSheet(f"color: {MUTED.name()}; font-weight: 600;")
        self.title.setWordWrap(True)  # four cards fit beside the navigation on a 1024 px screen
        self.value = QLabel()
        self.value.setStyleSheet(f"color: {TEXT.name()}; font-size: 22pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class TitleColumnFit(QObject):
    """Column widths of a small tree: the title column stretches; every other column fits its contents but
    takes at most its share of the width (elided beyond, the tooltip has it all), so the title never shrinks
    to a stub on a narrow screen ("Wa", "Gesprä…" at 1024×768 – QA 14/15.11). Refit on resize and refill."""

    def __init__(self, view: QTreeView, title: int, shares: dict[int, float]) -> None:
        super().__init__(view)
        self.view, self.title, self.shares = view, title, shares
        header = view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.header()
        width = self.view.viewport().width()
        for column, share in self.shares.items():
            if header.isSectionHidden(column):
                continue
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, max(header.minimumSectionSize(), int(width * share))))


class DashboardPage(Retranslating, QWidget):
    """The start page. `refresh()` reloads every figure (the main window calls it whenever the page is shown)."""

    WRITE_CONTROLS = ("new_follow_up_button",)  # app/ui/role_gate.py: locked for a reader

    appointment_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self._fixed_today = today
        self._fixed_now = now
        self.summary: dashboard.Summary | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        layout.addLayout(self._build_head())
        layout.addLayout(self._build_cards())
        self._build_upcoming()
        self._build_follow_ups()
        self._build_counts()
        layout.addLayout(self._build_lower(), 1)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------------------

    def _build_head(self) -> QHBoxLayout:
        """The page title, "Stand: …" and the refresh button."""
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.as_of = QLabel()
        self.as_of.setStyleSheet(f"color: {MUTED.name()};")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        return head

    def _build_cards(self) -> QHBoxLayout:
        """The four figure cards: held appointments, persons, partners, organisations reached."""
        self.held_card, self.persons_card, self.partners_card, self.orgs_card = (FigureCard() for _ in range(4))
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in (self.held_card, self.persons_card, self.partners_card, self.orgs_card):
            cards.addWidget(card, 1)
        return cards

    def _build_upcoming(self) -> None:
        """"Nächste Termine": the title column takes the room, date, time and kind fit their contents."""
        self.upcoming_box = QGroupBox()
        self.upcoming = QTreeWidget()
        self.upcoming.setRootIsDecorated(False)
        self.upcoming.setColumnCount(4)
        self.upcoming.setAlternatingRowColors(True)
        self.upcoming.setUniformRowHeights(True)
        self.upcoming.itemActivated.connect(self._open)
        self.upcoming_fit = TitleColumnFit(self.upcoming, 2, {0: 0.3, 1: 0.28, 3: 0.22})
        box = QVBoxLayout(self.upcoming_box)
        box.addWidget(self.upcoming)

    def _build_follow_ups(self) -> None:
        """Follow-ups overdue (highlighted), due today and this week (issue 12), with "new" and "show all"."""
        self.follow_ups_box = QGroupBox()

        self.follow_ups = FollowUpList()
        self.follow_ups.setColumnHidden(3, True)  # what it belongs to: in the tooltip, the page shows it
        self.follow_ups.changed.connect(self.refresh)
        self.follow_ups_fit = TitleColumnFit(self.follow_ups, 1, {0: 0.4, 2: 0.25})
        self.follow_ups_summary = QLabel()
        self.follow_ups_summary.setWordWrap(True)
        self.new_follow_up_button = QPushButton()
        self.new_follow_up_button.clicked.connect(self.new_follow_up)
        self.all_follow_ups_button = QPushButton()
        self.all_follow_ups_button.clicked.connect(self.show_follow_ups)
        follow_up_buttons = QHBoxLayout()
        follow_up_buttons.addWidget(self.new_follow_up_button)
        follow_up_buttons.addWidget(self.all_follow_ups_button)
        follow_up_buttons.addStretch(1)
        follow_up_layout = QVBoxLayout(self.follow_ups_box)
        follow_up_layout.addWidget(self.follow_ups_summary)
        follow_up_layout.addWidget(self.follow_ups)
        follow_up_layout.addLayout(follow_up_buttons)

    def _build_counts(self) -> None:
        """Held appointments by kind and by field of action, this year against last year."""
        self.kinds_box = QGroupBox()
        self.kinds = self._count_table()
        QVBoxLayout(self.kinds_box).addWidget(self.kinds)
        self.fields_box = QGroupBox()
        self.fields = self._count_table()
        QVBoxLayout(self.fields_box).addWidget(self.fields)

    def _build_lower(self) -> QGridLayout:
        lower = QGridLayout()
        lower.setSpacing(10)
        lower.addWidget(self.upcoming_box, 0, 0)
        lower.addWidget(self.follow_ups_box, 0, 1)
        lower.addWidget(self.kinds_box, 1, 0)
        lower.addWidget(self.fields_box, 1, 1)
        lower.setColumnStretch(0, 5)
        lower.setColumnStretch(1, 4)
        return lower

    def _count_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for a screen reader: its text alternative
        table.setTabKeyNavigation(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(1, 96)
        table.setColumnWidth(2, 74)
        table.setItemDelegateForColumn(1, BarDelegate(table))
        return table

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- content ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.today()

        if self._fixed_today is None and not startup.start_work_pending():  # at start: the worker extends

            series.extend_series()  # occurrences of every series exist up to the horizon (cheap when done)
        now = self._fixed_now or (dt.datetime.now() if self._fixed_today is None
                                  else dt.datetime.combine(today, dt.time(0)))
        self.summary = summary = dashboard.summary(today, now=now, upcoming_limit=10)
        locale = ui_locale()
        day_text = locale.toString(qdate(today), self.tr("dddd, d. MMMM yyyy"))
        self.as_of.setText(self.tr("Stand: %1").replace("%1", day_text))
        last_date = locale.toString(qdate(summary.previous.last), self.tr("dd.MM.yyyy"))

        self.held_card.title.setText(self.tr("Stattgefundene Termine %1").replace("%1", str(today.year)))
        self.held_card.value.setText(self._number(summary.held.this_year))
        self.held_card.detail.setText(self._comparison(summary.held, last_date))
        self.persons_card.title.setText(self.tr("Erreichte Personen %1").replace("%1", str(today.year)))
        self.persons_card.value.setText(self._number(summary.persons_reached.this_year))
        self.persons_card.detail.setText(self._comparison(summary.persons_reached, last_date))
        self.partners_card.title.setText(self.tr("Erreichte Partnerorganisationen"))
        self.partners_card.value.setText(self.tr("%1 von %2").replace("%1", self._number(
            summary.partners_reached.this_year)).replace("%2", self._number(summary.partners_total)))
        self.partners_card.detail.setText(self._comparison(summary.partners_reached, last_date))
        self.orgs_card.title.setText(self.tr("Erreichte Organisationen"))
        self.orgs_card.value.setText(self._number(summary.organizations_reached.this_year))
        self.orgs_card.detail.setText(self._comparison(summary.organizations_reached, last_date))

        self.upcoming.clear()
        for entry in summary.upcoming:
            pattern = self.tr("ddd, dd.MM.") if entry.start.year == today.year else self.tr("ddd, dd.MM.yyyy")
            date = locale.toString(qdate(entry.start.date()), pattern)
            item = QTreeWidgetItem([date, entry.time_text() or self.tr("ganztägig"), entry.title,
                                    labels.label("appointment_kind", entry.kind)])
            item.setIcon(3, swatch(entry.kind, 10))
            item.setData(0, ID_ROLE, entry.id)
            for column in range(4):
                item.setToolTip(column, tooltip(entry))
            if entry.status == "postponed":
                item.setText(2, entry.title + " (" + labels.label("appointment_status", "postponed") + ")")
            self.upcoming.addTopLevelItem(item)
        if not summary.upcoming:
            empty = QTreeWidgetItem(["", "", self.tr("Keine geplanten Termine."), ""])
            empty.setForeground(2, MUTED)
            self.upcoming.addTopLevelItem(empty)

        self.upcoming_fit.fit()
        self._fill_follow_ups(today)

        kind_rows: list[tuple[str, dashboard.Comparison, str | None]] = [
            (labels.label("appointment_kind", kind), comparison, kind) for kind, comparison in summary.by_kind]
        self._fill_counts(self.kinds, kind_rows)
        self.kinds.setFixedHeight(self.kinds.horizontalHeader().height() + 24 * len(kind_rows)
                                  + 2 * self.kinds.frameWidth())
        field_names = report_labels.field_labels((fid, name) for fid, name, _c in summary.by_field)
        self._fill_counts(self.fields, [(field_names[fid], comparison, None)
                                        for fid, _name, comparison in summary.by_field],
                          empty=self.tr("Noch keine Termine mit Handlungsfeld."))
        year, previous = str(today.year), str(today.year - 1)
        for table, first in ((self.kinds, self.tr("Art")), (self.fields, self.tr("Handlungsfeld"))):
            table.setHorizontalHeaderLabels([first, year, previous])
            previous_header = table.horizontalHeaderItem(2)
            if previous_header is not None:
                previous_header.setToolTip(self.tr("Vorjahr bis %1").replace("%1", last_date))
            describe_chart(table)

    def _fill_counts(self, table: QTableWidget, rows: list[tuple[str, dashboard.Comparison, str | None]],
                     empty: str = "") -> None:
        table.setRowCount(0)
        if not rows and empty:
            table.setRowCount(1)
            item = QTableWidgetItem(empty)
            item.setForeground(MUTED)
            table.setItem(0, 0, item)
            return
        top = max([c.this_year for _n, c, _k in rows] + [1])
        table.setRowCount(len(rows))
        for row, (name, comparison, kind) in enumerate(rows):
            label = QTableWidgetItem(name)
            label.setToolTip(name)
            if kind:
                label.setIcon(swatch(kind, 10))
            now_item = QTableWidgetItem(self._number(comparison.this_year))
            now_item.setData(BAR_ROLE, comparison.this_year / top)
            then_item = QTableWidgetItem(self._number(comparison.last_year))
            then_item.setForeground(MUTED)
            for item in (now_item, then_item):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, label)
            table.setItem(row, 1, now_item)
            table.setItem(row, 2, then_item)

    def _fill_follow_ups(self, today: dt.date) -> None:
        overview = dashboard.follow_up_overview(today)
        rows = overview["overdue"] + overview["today"] + overview["week"]
        self.follow_ups.set_rows(rows, today, self.tr("Nichts fällig in dieser Woche."))
        for index in range(self.follow_ups.topLevelItemCount()):
            item = self.follow_ups.topLevelItem(index)
            for column in (0, 2):  # these may be elided on a narrow screen
                if item is not None and item.text(column) and not item.toolTip(column):
                    item.setToolTip(column, item.text(column))
        self.follow_ups_fit.fit()
        overdue = len(overview["overdue"])
        text = self.tr("%1 überfällig · %2 heute · %3 diese Woche").replace("%1", str(overdue)).replace(
            "%2", str(len(overview["today"]))).replace("%3", str(len(overview["week"])))
        self.follow_ups_summary.setText(text)
        self.follow_ups_summary.setStyleSheet("color: #b42318; font-weight: 600;" if overdue else "")
        self.follow_ups_box.setTitle(self.tr("Wiedervorlagen – %1 überfällig").replace("%1", str(overdue))
                                     if overdue else self.tr("Wiedervorlagen"))

    def follow_up_titles(self) -> list[str]:
        items = (self.follow_ups.topLevelItem(i) for i in range(self.follow_ups.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]

    def new_follow_up(self) -> None:

        if new_follow_up(self) is not None:
            self.refresh()

    def show_follow_ups(self) -> None:
        window = self.window()
        if window is not self and hasattr(window, "show_page") and "followups" in getattr(window, "pages", {}):
            window.show_page("followups")

    def _number(self, value: int) -> str:
        return ui_locale().toString(value)

    def _comparison(self, comparison: dashboard.Comparison, last_date: str) -> str:
        text = self.tr("Vorjahr bis %1: %2").replace("%1", last_date).replace("%2", self._number(comparison.last_year))
        percent = comparison.change_percent
        if percent is None:
            return f"<span style='color:{MUTED.name()}'>{text}</span>"
        sign = "+" if percent > 0 else ("−" if percent < 0 else "±")
        colour = UP if percent > 0 else (DOWN if percent < 0 else MUTED)
        change = f"{sign}{ui_locale().toString(abs(percent), 'f', 1)}&nbsp;%"
        return (f"<span style='color:{MUTED.name()}'>{text}</span> "
                f"<span style='color:{colour.name()}; font-weight:600'>{change}</span>")

    def upcoming_titles(self) -> list[str]:
        return [item.text(2) for i in range(self.upcoming.topLevelItemCount())
                if (item := self.upcoming.topLevelItem(i)) is not None]

    def _open(self, item: QTreeWidgetItem) -> None:
        appointment = item.data(0, ID_ROLE)
        if appointment is None:
            return
        self.appointment_activated.emit(int(appointment))
        window = self.window()
        if window is not self and hasattr(window, "open_record"):
            window.open_record("appointment", int(appointment))

    # --- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Übersicht"))
        self.refresh_button.setText(self.tr("Aktualisieren"))
        self.upcoming_box.setTitle(self.tr("Nächste Termine"))
        self.upcoming.setAccessibleName(self.tr("Nächste Termine"))
        self.follow_ups.setAccessibleName(self.tr("Fällige Wiedervorlagen"))
        self.follow_ups_box.setTitle(self.tr("Wiedervorlagen"))
        self.new_follow_up_button.setText(self.tr("Neue Wiedervorlage …"))
        self.all_follow_ups_button.setText(self.tr("Alle anzeigen"))
        self.kinds_box.setTitle(self.tr("Termine nach Art (stattgefunden, bis heute)"))
        self.fields_box.setTitle(self.tr("Termine nach Handlungsfeld (stattgefunden, bis heute)"))
        self.upcoming.setHeaderLabels([self.tr("Datum"), self.tr("Zeit"), self.tr("Termin"), self.tr("Art")])
        if self.summary is not None:
            self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(1100, 680)
