"""Month and week calendar of appointments with a 14-day agenda beside it.

Kinds are shown by colour (legend above the grid), cancelled appointments are struck through and grey.
A click selects a day, a double-click on a day's free space (or "Neuer Termin") emits `day_activated`,
a double-click or Enter on an appointment emits `appointment_activated`. Data comes from
`app.services.calendar` (no Qt there); the view reloads when shown and on `refresh()`.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import APPOINTMENT_KINDS
from app.services import calendar, messages
from app.ui import labels

KIND_COLOURS: dict[str, str] = {  # strong enough for a 4 px bar and a swatch, text stays dark on the tint
    "meeting": "#1f6feb",
    "committee_session": "#8250df",
    "conference": "#bf3989",
    "workshop": "#1a7f37",
    "counselling_hours": "#0a7ea4",
    "site_visit": "#bc4c00",
    "study_visit": "#9a6700",
    "press_date": "#cf222e",
    "other": "#6e7781",
}
TEXT = QColor("#1f2328")
MUTED = QColor("#6e7781")
TODAY = QColor("#0b57d0")
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CANCELLED_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # "+ n weitere": the day to open in the week view


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))


def tint(colour: QColor, amount: float = 0.16) -> QColor:
    """The colour mixed into white: a light background on which dark text keeps its contrast."""
    return QColor(round(255 - (255 - colour.red()) * amount), round(255 - (255 - colour.green()) * amount),
                  round(255 - (255 - colour.blue()) * amount))


def swatch(kind: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(kind_colour(kind))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)


def ui_locale() -> QLocale:
    if messages.language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


TEXT_INSET = 8 + 3 + 2  # colour bar and padding left, padding right, frame


def chip_lines(font: QFont, text: str, width: int, wrap: bool) -> list[tuple[str, str]]:
    """The lines a chip shows as (text, style) with style plain/bold/muted, elided to `width`.

    Week view (wrap=True) shows "time / title / place", the title wrapped over up to three lines."""
    result: list[tuple[str, str]] = []
    plain, bold = QFontMetrics(font), QFontMetrics(_bold(font))
    width = max(width, 20)
    for n, line in enumerate(text.split("\n")):
        style = "plain" if n == 0 or not wrap else ("bold" if n == 1 else "muted")
        metrics = bold if style == "bold" else plain
        if style == "bold":
            words, current, wrapped = line.split(), "", []
            for word in words:
                candidate = f"{current} {word}".strip()
                if metrics.horizontalAdvance(candidate) <= width or not current:
                    current = candidate
                else:
                    wrapped.append(current)
                    current = word
            wrapped.append(current)
            if len(wrapped) > 3:
                wrapped = wrapped[:2] + [" ".join(wrapped[2:])]
            result += [(metrics.elidedText(w, Qt.TextElideMode.ElideRight, width), style) for w in wrapped]
        else:
            result.append((metrics.elidedText(line, Qt.TextElideMode.ElideRight, width), style))
    return result


def chip_height(font: QFont, text: str, width: int, wrap: bool) -> int:
    """Height of one chip in a day's list, the delegate's size hint."""
    return QFontMetrics(font).height() * len(chip_lines(font, text, width, wrap)) + 2 * EntryDelegate.PAD + 2


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EntryDelegate(QStyledItemDelegate):
    """Paints an appointment as a rounded chip: kind-coloured bar, light tint, dark (or struck) text."""

    PAD = 3

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self.wrap = False

    def text_width(self) -> int:
        return self.view.viewport().width() - 2 * self.view.spacing() - TEXT_INSET

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data() or "")
        return QSize(self.view.viewport().width(), chip_height(option.font, text, self.text_width(), self.wrap))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(1, 1, -1, -1)
        text = str(index.data() or "")
        font = QFont(option.font)
        if index.data(MORE_ROLE):
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(TODAY)
            painter.drawText(rect.adjusted(self.PAD + 2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        cancelled = bool(index.data(CANCELLED_ROLE))
        colour = MUTED if cancelled else kind_colour(str(index.data(KIND_ROLE) or "other"))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(colour, 1.2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(tint(colour, 0.30 if selected else 0.16))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        text_rect = rect.adjusted(8, self.PAD, -self.PAD, -self.PAD)
        line_height = QFontMetrics(font).height()
        y = text_rect.top()
        for line, style in chip_lines(font, text, text_rect.width(), self.wrap):
            line_font = _bold(font) if style == "bold" and not cancelled else QFont(font)
            line_font.setStrikeOut(cancelled)
            painter.setFont(line_font)
            painter.setPen(MUTED if cancelled or style == "muted" else TEXT)
            painter.drawText(QRect(text_rect.left(), y, text_rect.width(), line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += line_height
        painter.restore()


class DayCell(QFrame):
    """One day of the grid: its date and its appointments."""

    selected = Signal(object)  # dt.date
    activated = Signal(object)  # dt.date: double-click on free space
    appointment_activated = Signal(int)
    more_requested = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayCell")
        self.day = dt.date.today()
        self.entries: list[calendar.Entry] = []
        self.detailed = False
        self._in_month = True
        self._is_today = False
        self._is_selected = False
        self.header = QLabel()
        self.header.setObjectName("DayHeader")
        self.list = QListWidget()
        self.delegate = EntryDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(1)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.itemActivated.connect(self._item_activated)
        self.list.itemClicked.connect(self._item_clicked)
        self.list.viewport().installEventFilter(self)
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.list.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 3)
        layout.setSpacing(1)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 40)

    def titles(self) -> list[str]:
        """The titles of the appointments shown on this day (what a user reads)."""
        return [e.title for e in self.entries]

    def set_day(self, day: dt.date, entries: list[calendar.Entry], *, in_month: bool, is_today: bool,
                header: str, detailed: bool) -> None:
        self.day, self.entries, self.detailed = day, entries, detailed
        self._in_month, self._is_today = in_month, is_today
        self.header.setText(header)
        self._style()
        self._fill()

    def set_selected(self, selected: bool) -> None:
        if selected != self._is_selected:
            self._is_selected = selected
            self._style()

    def _style(self) -> None:
        background = "#f3f8ff" if self._is_selected else ("#ffffff" if self._in_month else "#f4f5f7")
        border = TODAY.name() if self._is_selected else "#d0d7de"
        width = 1
        colour = TODAY.name() if self._is_today else (TEXT.name() if self._in_month else MUTED.name())
        weight = "bold" if self._is_today else "normal"
        badge = (f"background:{TODAY.name()}; color:white; border-radius:9px; padding:0 6px;"
                 if self._is_today and not self.detailed else "")
        self.setStyleSheet(
            f"#DayCell {{ background:{background}; border:{width}px solid {border}; border-radius:4px; }}"
            f"#DayHeader {{ color:{'white' if badge else colour}; font-weight:{weight}; {badge} }}")
        self.header.setMaximumWidth(self.header.sizeHint().width() + 12 if badge else 16777215)

    def _text(self, entry: calendar.Entry) -> str:
        time = entry.time_text(self.day)
        if not self.detailed:
            return f"{time.split('–')[0]} {entry.title}".strip() if time and not time.startswith("…") \
                else entry.title
        place = entry.location or entry.network
        time_line = time or self.tr("ganztägig")
        return "\n".join(line for line in (time_line, entry.title, place) if line)

    def _fill(self) -> None:
        self.list.clear()
        if not self.entries:
            return
        font = self.list.font()
        self.delegate.wrap = self.detailed
        width = self.delegate.text_width()
        heights = [chip_height(font, self._text(e), width, self.detailed) + 2 * self.list.spacing()
                   for e in self.entries]
        room = max(self.list.viewport().height(), 1)
        shown = len(self.entries)
        if sum(heights) > room and len(self.entries) > 1:
            more_height = chip_height(font, "+", width, False) + 2 * self.list.spacing()
            used, shown = more_height, 0
            for height in heights:
                if used + height > room:
                    break
                used += height
                shown += 1
        for entry in self.entries[:shown]:
            item = QListWidgetItem(self._text(entry))
            item.setData(ID_ROLE, entry.id)
            item.setData(KIND_ROLE, entry.kind)
            item.setData(CANCELLED_ROLE, entry.cancelled)
            item.setToolTip(tooltip(entry))
            self.list.addItem(item)
        if shown < len(self.entries):
            more = QListWidgetItem(self.tr("+ %1 weitere").replace("%1", str(len(self.entries) - shown)))
            more.setData(MORE_ROLE, True)
            more.setToolTip(self.tr("Alle Termine dieses Tages in der Wochenansicht zeigen"))
            self.list.addItem(more)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        self._fill()

    def _item_activated(self, item: QListWidgetItem) -> None:
        if item.data(MORE_ROLE):
            self.more_requested.emit(self.day)
        elif item.data(ID_ROLE) is not None:
            self.appointment_activated.emit(int(item.data(ID_ROLE)))

    def _item_clicked(self, item: QListWidgetItem) -> None:
        more = bool(item.data(MORE_ROLE))
        self.selected.emit(self.day)
        if more:
            self.more_requested.emit(self.day)

    def mousePressEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.selected.emit(self.day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.activated.emit(self.day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport():
            kind = event.type()
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                if self.list.itemAt(event.position().toPoint()) is None:  # type: ignore[attr-defined]
                    self.list.clearSelection()
                    self.selected.emit(self.day)
                    if kind == QEvent.Type.MouseButtonDblClick:
                        self.activated.emit(self.day)
                    return True
        return super().eventFilter(watched, event)


def tooltip(entry: calendar.Entry) -> str:
    time = entry.time_text() or QCoreApplication.translate("CalendarView", "ganztägig")
    lines = [f"<b>{escape(entry.title)}</b>", f"{entry.start:%d.%m.%Y} {time}",
             labels.label("appointment_kind", entry.kind) + " · " + labels.label("appointment_status", entry.status)]
    if entry.location:
        lines.append(escape(entry.location))
    if entry.network:
        lines.append(escape(entry.network))
    return "<br>".join(lines)



class CalendarView(QWidget):
    """Month/week grid of appointments, a legend of kinds, and the agenda of the coming 14 days."""

    day_activated = Signal(QDate)
    appointment_activated = Signal(int)

    MONTH = "month"
    WEEK = "week"
    AGENDA_DAYS = 14

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._fixed_today = today
        self.mode = self.MONTH
        self.current = self.today()
        self.selected_day = self.current

        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.go_next)
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.period_label = QLabel()
        self.period_label.setObjectName("PeriodLabel")
        self.period_label.setStyleSheet("#PeriodLabel { font-size: 15pt; font-weight: 600; padding: 0 8px; }")
        self.month_button = QToolButton()
        self.week_button = QToolButton()
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(70)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.set_mode(self.MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(self.WEEK))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.day_activated.emit(qdate(self.selected_day)))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.period_label)
        bar.addStretch(1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)

        self.legend = QWidget()
        legend = QHBoxLayout(self.legend)
        legend.setContentsMargins(2, 0, 2, 0)
        legend.setSpacing(4)
        self._legend_labels: dict[str, QLabel] = {}
        for kind in APPOINTMENT_KINDS:
            icon = QLabel()
            icon.setPixmap(swatch(kind, 11).pixmap(11, 11))
            text = QLabel()
            text.setStyleSheet(f"color: {TEXT.name()};")
            self._legend_labels[kind] = text
            legend.addWidget(icon)
            legend.addWidget(text)
            legend.addSpacing(8)
        self.cancelled_label = QLabel()
        font = self.cancelled_label.font()
        font.setStrikeOut(True)
        self.cancelled_label.setFont(font)
        self.cancelled_label.setStyleSheet(f"color: {MUTED.name()};")
        legend.addWidget(self.cancelled_label)
        legend.addStretch(1)

        self.grid = QWidget()
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        self.weekday_labels = [QLabel() for _ in range(7)]
        for column, label in enumerate(self.weekday_labels):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"color: {MUTED.name()}; font-weight: 600; padding: 2px;")
            grid.addWidget(label, 0, column)
            grid.setColumnStretch(column, 1)
        self.cells: list[DayCell] = []
        for n in range(calendar.GRID_DAYS):
            cell = DayCell()
            cell.selected.connect(self._select)
            cell.activated.connect(lambda day: self.day_activated.emit(qdate(day)))
            cell.appointment_activated.connect(self.appointment_activated)
            cell.more_requested.connect(self._show_week_of)
            grid.addWidget(cell, 1 + n // 7, n % 7)
            self.cells.append(cell)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)

        self.agenda_title = QLabel()
        self.agenda_title.setStyleSheet("font-weight: 600; padding: 2px 0;")
        self.agenda = QTreeWidget()
        self.agenda.setHeaderHidden(True)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setIndentation(8)
        self.agenda.setIconSize(QSize(10, 10))
        self.agenda.setUniformRowHeights(False)
        self.agenda.itemActivated.connect(self._agenda_activated)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(6, 0, 0, 0)
        agenda_layout.addWidget(self.agenda_title)
        agenda_layout.addWidget(self.agenda, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(agenda_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 270])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        self._retranslate()

    # --- navigation -------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def set_mode(self, mode: str) -> None:
        self.mode = self.WEEK if mode == self.WEEK else self.MONTH
        (self.week_button if self.mode == self.WEEK else self.month_button).setChecked(True)
        if self.mode == self.WEEK:
            self.current = self.selected_day
        self.refresh()

    def set_date(self, day: dt.date) -> None:
        self.current = self.selected_day = day
        self.refresh()

    def go_today(self) -> None:
        self.set_date(self.today())

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.mode == self.WEEK:
            self.current += dt.timedelta(days=7 * direction)
        else:
            month = self.current.month - 1 + direction
            self.current = dt.date(self.current.year + month // 12, month % 12 + 1, 1)
        self.selected_day = self.current
        self.refresh()

    def _show_week_of(self, day: dt.date) -> None:
        self.selected_day = day
        self.set_mode(self.WEEK)

    def _select(self, day: dt.date) -> None:
        self.selected_day = day
        for cell in self.cells:
            cell.set_selected(cell.day == day and not cell.isHidden())

    # --- content ----------------------------------------------------------------------------------------

    def visible_days(self) -> list[dt.date]:
        if self.mode == self.WEEK:
            return calendar.week_of(self.current)
        return calendar.month_grid(self.current.year, self.current.month)

    def cell_for(self, day: dt.date) -> DayCell | None:
        """The visible cell of a day, or None when the day is not on screen."""
        for cell in self.cells[:len(self.visible_days())]:
            if cell.day == day:
                return cell
        return None

    def refresh(self) -> None:
        locale = ui_locale()
        days = self.visible_days()
        grouped = calendar.by_day(days[0], days[-1])
        today = self.today()
        week = self.mode == self.WEEK
        day_format = self.tr("d. MMMM")
        for n, label in enumerate(self.weekday_labels):
            label.setText(locale.dayName(n + 1, QLocale.FormatType.LongFormat if week
                                         else QLocale.FormatType.ShortFormat))
        grid = self.grid.layout()
        assert isinstance(grid, QGridLayout)
        for row in range(2, 7):
            grid.setRowStretch(row, 0 if week else 1)
        for n, cell in enumerate(self.cells):
            if n >= len(days):
                cell.hide()
                continue
            day = days[n]
            if week:
                header = locale.toString(qdate(day), day_format)
            elif day.day == 1:
                header = locale.toString(qdate(day), self.tr("d. MMM"))
            else:
                header = str(day.day)
            cell.show()
            cell.set_day(day, grouped.get(day, []), in_month=week or day.month == self.current.month,
                         is_today=day == today, header=header, detailed=week)
            cell.set_selected(day == self.selected_day)
        if week:
            iso = days[0].isocalendar()
            first_format, last_format = self.tr("d. MMM"), self.tr("d. MMM yyyy")
            span = locale.toString(qdate(days[0]), first_format) + " – " + locale.toString(qdate(days[-1]),
                                                                                            last_format)
            self.period_label.setText(self.tr("KW %1").replace("%1", str(iso.week)) + " · " + span)
        else:
            self.period_label.setText(locale.toString(qdate(self.current), "MMMM yyyy"))
        self._fill_agenda(locale)

    def _fill_agenda(self, locale: QLocale) -> None:
        today = self.today()
        self.agenda.clear()
        days = calendar.agenda(today, self.AGENDA_DAYS)
        if not days:
            empty = QTreeWidgetItem([self.tr("Keine Termine in den nächsten 14 Tagen.")])
            empty.setForeground(0, MUTED)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.agenda.addTopLevelItem(empty)
            return
        for day, entries in days:
            name = locale.toString(qdate(day), self.tr("dddd, d. MMMM"))
            if day == today:
                name = self.tr("Heute") + " · " + name
            elif day == today + dt.timedelta(days=1):
                name = self.tr("Morgen") + " · " + name
            head = QTreeWidgetItem([name])
            bold = head.font(0)
            bold.setBold(True)
            head.setFont(0, bold)
            head.setForeground(0, TODAY if day == today else TEXT)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.agenda.addTopLevelItem(head)
            for entry in entries:
                time = entry.time_text(day) or self.tr("ganztägig")
                child = QTreeWidgetItem([f"{time}  {entry.title}"])
                child.setIcon(0, swatch(entry.kind, 10))
                child.setData(0, ID_ROLE, entry.id)
                child.setToolTip(0, tooltip(entry))
                if entry.cancelled:
                    font = child.font(0)
                    font.setStrikeOut(True)
                    child.setFont(0, font)
                    child.setForeground(0, MUTED)
                head.addChild(child)
        self.agenda.expandAll()

    def agenda_titles(self) -> list[str]:
        return [self.agenda.topLevelItem(i).child(j).text(0) for i in range(self.agenda.topLevelItemCount())
                for j in range(self.agenda.topLevelItem(i).childCount())]

    def _agenda_activated(self, item: QTreeWidgetItem) -> None:
        appointment = item.data(0, ID_ROLE)
        if appointment is not None:
            self.appointment_activated.emit(int(appointment))

    # --- language ---------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Zurück"))
        self.next_button.setToolTip(self.tr("Weiter"))
        self.today_button.setText(self.tr("Heute"))
        self.month_button.setText(self.tr("Monat"))
        self.week_button.setText(self.tr("Woche"))
        self.new_button.setText(self.tr("Neuer Termin"))
        self.new_button.setToolTip(self.tr("Neuer Termin am ausgewählten Tag (Doppelklick auf einen Tag)"))
        for kind, label in self._legend_labels.items():
            label.setText(labels.label("appointment_kind", kind))
        self.cancelled_label.setText(self.tr("abgesagt"))
        self.agenda_title.setText(self.tr("Nächste 14 Tage"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self.refresh()
