"""The main window: navigation column, pages in a stack, global search, editors opened from anywhere.

Pages are plain QWidgets registered in `_build_pages()` with one `self.add_page(key, title, widget)` line
each; a page's `refresh()` (if it has one) runs whenever it is shown. `open_record(kind, id)` opens the
editor of a person, organisation, network or appointment.

Longer than ~500 lines because it is the one place that wires the shell together: navigation, lazy page
construction, menus and shortcuts, global search, editor placement, live updates and drag-and-drop import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import role_gate
from app.ui.import_wizard import import_action_text, install_import
from app.ui.lists.base import ListPage
from app.ui.lists.pages import AppointmentsPage, NetworksPage, OrganizationsPage, PersonsPage
from app.ui.retranslate import Retranslating
from app.ui.search_box import SearchBox

# Navigation order; pages registered later still appear in this order.
NAV_ORDER = ("overview", "appointments", "followups", "persons", "organizations", "networks", "reports",
             "settings")
KIND_PAGES = {"appointment": "appointments", "person": "persons", "organization": "organizations",
              "network": "networks"}

STYLE_TEMPLATE = """
QListWidget#navigation { background: %(nav_bg)s; color: %(nav_text)s; border: 2px solid %(nav_bg)s;
                         font-size: %(nav_size)s; outline: 0; }
QListWidget#navigation:focus { border: 2px solid %(nav_accent)s; }
QListWidget#navigation::item { padding: 9px 14px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected { background: %(nav_selected)s; color: white; font-weight: 600;
                                        border-left: 3px solid %(nav_accent)s; }
QListWidget#navigation::item:hover:!selected { background: %(nav_hover)s; }
QLabel#brand { background: %(nav_bg)s; color: white; font-size: %(brand_size)s; font-weight: 600;
               padding: 14px 14px 2px 14px; }
QLabel#brandSub { background: %(nav_bg)s; color: %(nav_subtext)s; padding: 0 14px 12px 14px; }
QLabel#pageTitle { font-size: %(title_size)s; font-weight: 600; }
QLabel#countLabel { color: %(muted)s; }
QLabel#fieldError { color: %(error)s; }
QTableView { gridline-color: %(grid)s; }
QHeaderView::section { padding: 4px 6px; }
"""


def main_style() -> str:
    """The window's stylesheet with colours for the current (light, dark or high-contrast) palette."""
    from app.ui import theme

    return STYLE_TEMPLATE % {
        "nav_bg": theme.NAV_BACKGROUND, "nav_text": theme.NAV_TEXT, "nav_subtext": theme.NAV_SUBTEXT,
        "nav_selected": theme.NAV_SELECTED, "nav_hover": theme.NAV_HOVER, "nav_accent": theme.NAV_ACCENT,
        "nav_size": theme.points(1.2), "brand_size": theme.points(1.55), "title_size": theme.points(1.65),
        "muted": theme.hex_color("muted"), "error": theme.hex_color("error"), "grid": theme.hex_color("grid")}


CASCADE_STEP = 32  # a new editor opens this far right and down of the last one


class LazyPages(Mapping[str, QWidget]):
    """key → page. A page registered with a factory is built when first asked for (shown, searched, iterated):
    only the page the window opens on is built at start – the others cost nothing until they are used."""

    def __init__(self, place: Callable[[str, QWidget], None]) -> None:
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._place = place  # puts a freshly built page into the stack and wires it

    def register(self, key: str, factory: Callable[[], QWidget]) -> None:
        self._factories[key] = factory

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            factory = self._factories[key]  # KeyError for an unknown page, like a dict
            page = self._built[key] = factory()
            self._place(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._factories))

    def __len__(self) -> int:
        return len(self._factories)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> list[QWidget]:
        """The pages built so far (saving state never builds a page just to save it)."""
        return list(self._built.values())


class PageStack(QStackedWidget):
    """A stack whose size hints are those of the page shown: a wide page never widens the window for the
    others, and inside the scroll area only the page that needs it scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class AppointmentsArea(Retranslating, QWidget):
    """The Termine page: the appointment list and, when present, the calendar (list/calendar toggle)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.list_page = AppointmentsPage(self)
        self.calendar: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toggle_row = QHBoxLayout()
        self.toggle_row.setContentsMargins(12, 10, 12, 0)
        self.toggle_row.setSpacing(0)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        self.toggle_row.addWidget(self.title_label)
        self.toggle_row.addSpacing(18)
        self.list_button = QPushButton(self)
        self.calendar_button = QPushButton(self)
        group = QButtonGroup(self)
        for number, button in enumerate((self.list_button, self.calendar_button)):
            button.setCheckable(True)
            button.setMinimumWidth(90)
            group.addButton(button, number)
            self.toggle_row.addWidget(button)
        self.toggle_row.addStretch(1)
        # the list page's own title row moves up into this row
        for widget in (self.list_page.new_button, self.list_page.import_button, self.list_page.export_button):
            self.toggle_row.addSpacing(8)
            self.toggle_row.addWidget(widget)
        self.list_page.title_label.hide()
        self.list_page.fix_tab_order(before=[self.list_button, self.calendar_button])
        layout.addLayout(self.toggle_row)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        layout.addWidget(self.stack, 1)
        group.idClicked.connect(self.show_view)
        self.list_button.setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Termine"))
        self.list_button.setText(self.tr("&Liste"))
        self.calendar_button.setText(self.tr("&Kalender"))

    def ensure_calendar(self) -> QWidget:
        """The calendar is built when first shown: it is not needed for a fast start."""
        if self.calendar is None:
            from app.ui.calendar_view import CalendarView

            self.calendar = CalendarView(self)
            self.calendar.appointment_activated.connect(lambda i: self.window_.open_record("appointment", i))
            self.calendar.day_activated.connect(self._new_on_day)
            self.calendar.slot_requested.connect(  # a drag on empty time: a new appointment for that slot
                lambda start, end, all_day: self.window_.new_record("appointment", start=start, end=end,
                                                                     all_day=all_day))
            self.stack.addWidget(self.calendar)
            role_gate.restrict(self.calendar)  # a reader's calendar moves nothing (issue 13)
        return self.calendar

    def show_view(self, number: int) -> None:
        if number == 1:
            self.ensure_calendar()
        self.stack.setCurrentIndex(number)
        # the calendar brings its own "Neuer Termin" (on the selected day) and needs no export
        self.list_page.export_button.setVisible(number == 0)
        self.list_page.new_button.setVisible(number == 0)
        self.list_page.import_button.setVisible(number == 0)
        (self.list_button if number == 0 else self.calendar_button).setChecked(True)
        self.refresh()

    def _new_on_day(self, day: QDate) -> None:
        self.window_.new_record("appointment", day=dt.date(day.year(), day.month(), day.day()))

    def refresh(self) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def new_record(self) -> None:
        self.window_.new_record("appointment")


class MainWindow(Retranslating, QMainWindow):
    WRITE_CONTROLS = ("new_action", "import_action", "exchangeImportAction")  # app/ui/role_gate.py

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        from app.ui import i18n

        i18n.ensure_installed()
        self.db_path = db_path
        self.setObjectName("MainWindow")
        self.setStyleSheet(main_style())
        self.pages = LazyPages(self._place_page)
        self._titles: dict[str, str] = {}
        self.editors: dict[tuple[str, int], QWidget] = {}

        central = QWidget(self)
        self.setCentralWidget(central)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        side = QWidget(self.splitter)
        side.setObjectName("side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        self.brand = QLabel("Brücke", side)
        self.brand.setObjectName("brand")
        self.brand_sub = QLabel(side)
        self.brand_sub.setObjectName("brandSub")
        self.brand_sub.setWordWrap(True)
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.brand_sub)
        self.navigation = QListWidget(side)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setMinimumWidth(150)
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setAccessibleDescription(self.tr("Bereiche des Programms; Strg+1 bis Strg+%1 wechseln")
                                                 .replace("%1", str(len(NAV_ORDER))))
        side_layout.addWidget(self.navigation, 1)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        top.addStretch(1)
        self.search_box = SearchBox(right)
        self.search_box.setMinimumWidth(180)
        self.search_box.setMaximumWidth(380)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_box.open_requested.connect(self.open_record)
        top.addWidget(self.search_box)
        right_layout.addLayout(top)
        self.stack = PageStack()
        # a page that needs more room than a small screen (or 150 % scaling) gives scrolls instead of
        # pushing the window wider than the screen
        self.page_scroll = QScrollArea(right)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(self.stack)
        right_layout.addWidget(self.page_scroll, 1)
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([215, 1151])

        self.navigation.currentRowChanged.connect(self._navigate)
        self._build_pages()
        self._build_actions()
        self.import_action = install_import(self)  # Ctrl+I and drop an .xlsx/.csv onto the window
        from app.ui import live_updates

        self.live_updates = live_updates.attach(self)  # office server: colleagues' saves appear here (issue 13)
        self._build_menu()
        self.retranslate()
        self._restore_state()
        role_gate.install(self)  # office server: only what the signed-in role may do (issue 13)
        if self.navigation.currentRow() < 0 and self.navigation.count():
            self.navigation.setCurrentRow(0)

    # --- pages -----------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Every page is registered now and built on first use (the calendar inside Termine likewise)."""
        self.add_page("overview", self.tr("Übersicht"), self._dashboard_page)
        self.add_page("settings", self.tr("Einstellungen"), self._settings_page)
        self.add_page("appointments", self.tr("Termine"), lambda: AppointmentsArea(self))
        self.add_page("persons", self.tr("Kontakte"), lambda: PersonsPage(self))
        self.add_page("organizations", self.tr("Organisationen"), lambda: OrganizationsPage(self))
        self.add_page("networks", self.tr("Gremien & Netzwerke"), lambda: NetworksPage(self))
        self.add_page("reports", self.tr("Berichte"), self._reports_page)
        self.add_page("followups", self.tr("Wiedervorlagen"), self._followups_page)

    def _dashboard_page(self) -> QWidget:
        from app.ui.dashboard_page import DashboardPage

        return DashboardPage(self)

    def _settings_page(self) -> QWidget:
        from app.ui.settings_page import SettingsPage

        settings_page = SettingsPage(self, db_path=self.db_path)
        settings_page.backup_panel.restored.connect(self._data_changed)  # a restore replaced every record
        return settings_page

    def _reports_page(self) -> QWidget:
        from app.ui.reports_page import ReportsPage

        return ReportsPage(self)

    def _followups_page(self) -> QWidget:
        from app.ui.followups_page import FollowUpsPage  # issue 12: Wiedervorlagen

        return FollowUpsPage(self)

    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Register a page (a widget, or a function that builds it on first use); the navigation keeps
        NAV_ORDER whatever order pages are added in."""
        rank = NAV_ORDER.index(key) if key in NAV_ORDER else len(NAV_ORDER)
        position = sum(1 for other in self.pages if (NAV_ORDER.index(other) if other in NAV_ORDER
                                                     else len(NAV_ORDER)) <= rank)
        self.pages.register(key, page if callable(page) and not isinstance(page, QWidget) else lambda: page)
        self._titles[key] = title
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 38))
        self.navigation.blockSignals(True)
        self.navigation.insertItem(position, item)
        self.navigation.blockSignals(False)
        if isinstance(page, QWidget):
            self.pages[key]  # noqa: B018 - a ready widget goes into the stack now

    def _place_page(self, key: str, widget: QWidget) -> None:
        """A page just built: into the stack, its lists wired to the editors."""
        self.stack.addWidget(widget)
        role_gate.restrict(widget)
        for list_page in self._list_pages(widget):
            list_page.open_requested.connect(self.open_record)
            list_page.new_requested.connect(lambda kind: self.new_record(kind))
            list_page.data_changed.connect(self._data_changed)

    @staticmethod
    def _list_pages(widget: QWidget) -> list[ListPage]:
        if isinstance(widget, ListPage):
            return [widget]
        if isinstance(widget, AppointmentsArea):
            return [widget.list_page]
        return []

    def page_key(self, row: int | None = None) -> str:
        item = self.navigation.item(self.navigation.currentRow() if row is None else row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_page(self, key: str) -> QWidget:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                break
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_key(row)
        widget = self.pages.get(key)
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        self.setWindowTitle(self.tr("%1 – Brücke").replace("%1", self._titles.get(key, "")))
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                refresh()
            finally:
                QApplication.restoreOverrideCursor()
        self.assign_mnemonics(widget)

    def assign_mnemonics(self, page: QWidget) -> None:
        """Every button and field label of the page shown gets an Alt+letter (the menu bar's stay free)."""
        from app.ui.labels import assign_mnemonics, with_mnemonic

        menu_letters: set[str] = set()
        for action in self.menuBar().actions():
            with_mnemonic(action.text(), menu_letters)
        assign_mnemonics(page, menu_letters)

    def _data_changed(self) -> None:
        """Something was saved: the current page reloads now, the others whenever they are shown."""
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    # --- actions ---------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_in_current_list)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.list_search_action = QAction(self)
        self.list_search_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_search_action.triggered.connect(self.focus_list_search)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(lambda: self._navigate(self.navigation.currentRow()))
        for action in (self.new_action, self.find_action, self.list_search_action, self.quit_action,
                       self.refresh_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.page_actions: list[QAction] = []
        for number in range(len(NAV_ORDER)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self._go_row(n))
            self.addAction(action)
            self.page_actions.append(action)

    def _build_menu(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from app.ui.exchange_dialog import install_exchange  # .ics/.vcf in and out, dropped files (issue 11)

        self.exchange_actions = install_exchange(self, self.file_menu, before=self.file_menu.actions()[-2])
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.list_search_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.about_action = self.help_menu.addAction("")
        self.about_action.triggered.connect(self._about)

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("Über Brücke"), self.tr(
            "Brücke %1\n\nDas Büro der Integrationsbeauftragten: Kontakte, Netzwerkpartner, Gremien, Termine, "
            "Teilnahmelisten und Tätigkeitsbericht – offline in einer Datei:\n%2").replace(
                "%1", __version__).replace("%2", str(self.db_path)))

    def _go_row(self, row: int) -> None:
        if row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_list_search(self) -> None:
        current = self.stack.currentWidget()
        pages = self._list_pages(current) if current is not None else []
        if pages:
            pages[0].search.setFocus()
            pages[0].search.selectAll()

    def new_in_current_list(self) -> None:
        widget = self.stack.currentWidget()
        pages = self._list_pages(widget) if widget is not None else []
        if pages:
            self.new_record(pages[0].KIND)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Language changes go through Retranslating; a theme, palette or font switched while open restyles."""
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ApplicationFontChange,
                            QEvent.Type.ThemeChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            style = main_style()  # a dark/high-contrast theme or a larger font, switched while open
            if style != self.styleSheet():
                self.setStyleSheet(style)
        super().changeEvent(event)

    def retranslate(self) -> None:
        from app.services import settings

        self.brand_sub.setText(settings.get("office_name") or self.tr("Büro der Integrationsbeauftragten"))
        self.new_action.setText(self.tr("&Neu"))
        self.find_action.setText(self.tr("&Suchen"))
        self.list_search_action.setText(self.tr("In der &Liste suchen"))
        if hasattr(self, "file_menu"):
            self.file_menu.setTitle(self.tr("&Datei"))
            self.view_menu.setTitle(self.tr("&Ansicht"))
            self.help_menu.setTitle(self.tr("&Hilfe"))
            self.about_action.setText(self.tr("Ü&ber Brücke …"))
            self.quit_action.setText(self.tr("&Beenden"))
            self.refresh_action.setText(self.tr("A&ktualisieren"))
            self.import_action.setText(import_action_text())
        self.search_box.retranslate()
        titles = {"overview": self.tr("Übersicht"), "appointments": self.tr("Termine"),
                  "persons": self.tr("Kontakte"), "organizations": self.tr("Organisationen"),
                  "networks": self.tr("Gremien & Netzwerke"), "reports": self.tr("Berichte"),
                  "settings": self.tr("Einstellungen"), "followups": self.tr("Wiedervorlagen")}
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in titles:
                self._titles[key] = titles[key]
                item.setText(titles[key])
        for number, action in enumerate(getattr(self, "page_actions", [])):
            if number < self.navigation.count():
                action.setText(self.navigation.item(number).text().replace("&", "&&"))
        key = self.page_key()
        self.setWindowTitle(self.tr("%1 – Brücke").replace("%1", self._titles.get(key, ""))
                            if key else self.tr("Brücke – Büro der Integrationsbeauftragten"))

    # --- editors ---------------------------------------------------------------------------------------
    def open_record(self, kind: str, record_id: int) -> QWidget | None:
        """Open (or bring to front) the editor of one record."""
        from app.ui.editors import open_editor

        key = (kind, int(record_id))
        existing = self.editors.get(key)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            editor = open_editor(kind, int(record_id), self)
        except LookupError:
            QMessageBox.information(self, self.tr("Nicht gefunden"),
                                    self.tr("Dieser Eintrag existiert nicht mehr."))
            return None
        self._track(editor, key)
        return editor

    @role_gate.requires(role_gate.WRITE)
    def new_record(self, kind: str, /, **defaults: Any) -> QWidget:
        from app.ui.editors import new_editor

        editor = new_editor(kind, self, **defaults)
        self._track(editor, None)
        return editor

    def _track(self, editor: Any, key: tuple[str, int] | None) -> None:
        if key is not None:
            self.editors[key] = editor
        role_gate.restrict(editor)  # a reader's editor opens read-only
        editor.saved.connect(self._editor_saved)
        editor.open_requested.connect(self.open_record)

        def forget() -> None:
            for existing_key, widget in list(self.editors.items()):
                if widget is editor:
                    del self.editors[existing_key]
        editor.finished.connect(forget)
        self._cascade(editor)
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _cascade(self, editor: QWidget) -> None:
        """Offset a new editor from the last one still open, so they never cover each other exactly."""
        from shiboken6 import isValid

        others = [w for w in self.findChildren(QWidget) if getattr(w, "is_record_editor", False)
                  and w is not editor and isValid(w) and w.isVisible()]
        if not others:
            return
        last = others[-1]
        screen = editor.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        x, y = last.x() + CASCADE_STEP, last.y() + CASCADE_STEP
        taken = {(w.x(), w.y()) for w in others}
        if free is not None:
            while (x, y) in taken and x < free.right():
                x, y = x + CASCADE_STEP, y + CASCADE_STEP
            if x + editor.width() > free.right() or y + editor.height() + 40 > free.bottom():
                x, y = free.left() + CASCADE_STEP * (len(others) % 5), free.top() + CASCADE_STEP * (len(others) % 5)
        editor.move(x, y)

    def _editor_saved(self, kind: str, record_id: int) -> None:
        editor = self.sender()
        if getattr(editor, "KIND", None) == kind and getattr(editor, "record_id", None) == record_id:
            self.editors[(kind, record_id)] = editor  # type: ignore[assignment]
        self._data_changed()
        key = KIND_PAGES.get(kind, "")
        for list_page in self._list_pages(self.pages[key] if self.pages.is_built(key) else QWidget()):
            if list_page.isVisible():
                list_page.select_id(record_id)

    # --- state -----------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        from app.ui.ui_settings import ui_settings

        settings = ui_settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            if available is not None:
                self.resize(min(1366, available.width()), min(768, available.height()))
            else:
                self.resize(1366, 768)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = settings.value("main/page")
        if page in self.pages:
            self.show_page(str(page))

    def save_state(self) -> None:
        from app.ui.ui_settings import ui_settings

        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.page_key())
        for widget in self.pages.built():
            for list_page in self._list_pages(widget):
                list_page.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        from shiboken6 import isValid

        editors = [child for child in self.findChildren(QWidget) if getattr(child, "is_record_editor", False)]
        for editor in editors:
            if isValid(editor) and editor.isVisible() and not editor.close():
                event.ignore()  # the user kept an editor with unsaved changes open
                return
        self.save_state()
        super().closeEvent(event)
