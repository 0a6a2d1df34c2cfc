"""Accessibility walk (issue 14): every page, editor, dialog and wizard step, offscreen.

For each window the walk fails on
- a focusable widget without an accessible name, computed as a screen reader does: accessibleName(),
  else the text of a label whose buddy it is, else a button's text, else its tooltip;
- a Tab order that leaves the visible order (within one form region: top to bottom, left to right), and a
  table that keeps Tab inside (tabKeyNavigation);
- a minimum size larger than 1024×768 (and, in a subprocess with QT_SCALE_FACTOR=1.5, larger than the
  1366×768 screen's 910×512 logical pixels);
- editors and dialogs whose keyboard focus does not start in their first field.

New pages (the main window's navigation), editor kinds (app.ui.editors) and dialogs (every QDialog /
QWizard subclass in app/ui, built from its parameter names) are picked up without editing this file; a
dialog whose constructor needs an argument the walk cannot guess gets an entry in FACTORIES.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
SCREEN_100 = (1024, 768)
SCREEN_150 = (1366 * 2 // 3, 768 * 2 // 3)  # 1366×768 at QT_SCALE_FACTOR=1.5, in logical pixels
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


# --- what a screen reader hears ----------------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def effective_name(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton) and _plain(widget.text()):
        return _plain(widget.text())
    if isinstance(widget, QGroupBox) and _plain(widget.title()):
        return _plain(widget.title())
    if isinstance(widget, QTabBar) and widget.count():
        return _plain(widget.tabText(widget.currentIndex()))
    return widget.toolTip().strip()


def _buddies(window: QWidget) -> dict[int, str]:
    names: dict[int, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _plain(label.text()):
            names[id(buddy)] = _plain(label.text())
            proxy = buddy.focusProxy()
            if proxy is not None:
                names[id(proxy)] = _plain(label.text())
    return names


def _internal(widget: QWidget) -> bool:
    """Parts of a composite widget that the composite names (a combo's line edit, a spin box's editor)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or type(parent).__name__ == "QCalendarWidget":
            return True
        parent = parent.parentWidget()
    return widget.focusProxy() is not None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def focusable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if _shown(w, window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _internal(w)]


def unnamed(window: QWidget) -> list[str]:
    buddies = _buddies(window)
    problems = []
    for widget in focusable(window):
        if isinstance(widget, QScrollArea) and not isinstance(widget, QAbstractItemView):
            problems.append(f"{_describe(widget)} takes focus (a scroll area should pass Tab on)")
            continue
        if not effective_name(widget, buddies):
            problems.append(f"{_describe(widget)} has no accessible name")
    return problems


def _describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow() and len(parents) < 3:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    text = ""
    for attribute in ("text", "placeholderText", "currentText"):
        value = getattr(widget, attribute, None)
        if callable(value) and isinstance(value(), str) and value():
            text = f" {value()[:30]!r}"
            break
    return f"{type(widget).__name__}{text} in {'/'.join(parents) or type(widget.window()).__name__}"


# --- Tab order -----------------------------------------------------------------------------------------------
def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order (visible, enabled, taking Tab focus, not a composite's part)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if (_shown(widget, window) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not _internal(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _region(widget: QWidget) -> QWidget:
    """The form a widget belongs to: its group box, scroll area content, splitter pane, stacked page or window."""
    area = widget.parentWidget()
    while area is not None and not area.isWindow():
        parent = area.parentWidget()
        if isinstance(area, QGroupBox) or isinstance(parent, (QSplitter, QStackedWidget)) or (
                parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)):
            return area
        area = parent
    return area if area is not None else widget.window()


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def order_problems(window: QWidget) -> list[str]:
    chain = focus_chain(window)
    if chain:  # the chain is a cycle: read it from the top-left widget (a wizard lists its buttons first)
        first = min(range(len(chain)), key=lambda i: (_rect(chain[i]).top(), _rect(chain[i]).left()))
        chain = chain[first:] + chain[:first]
    problems = []
    for first, second in zip(chain, chain[1:], strict=False):
        if _region(first) is not _region(second):
            continue
        a, b = _rect(first), _rect(second)
        same_row = b.top() < a.bottom() - 2 and a.top() < b.bottom() - 2
        if (same_row and b.left() < a.left() - 2) or (not same_row and b.bottom() <= a.top()):
            problems.append(f"Tab goes from {_describe(first)} {a.getRect()} back to {_describe(second)} "
                            f"{b.getRect()}")
    return problems


# --- sizes ---------------------------------------------------------------------------------------------------
def size_problems(window: QWidget, screen: tuple[int, int]) -> list[str]:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > screen[0] or hint.height() > screen[1]:
        widest = sorted((w for w in window.findChildren(QWidget) if _shown(w, window)),
                        key=lambda w: -w.minimumSizeHint().width())[:3]
        return [f"{type(window).__name__} needs {hint.width()}×{hint.height()} > {screen[0]}×{screen[1]} "
                f"(widest: {', '.join(f'{_describe(w)} {w.minimumSizeHint().width()}' for w in widest)})"]
    return []


def page_size_problems(window: Any, screen: tuple[int, int]) -> list[str]:
    """A page must fit beside the navigation column without scrolling sideways at 100 %."""
    room = screen[0] - window.navigation.minimumWidth() - 10
    problems = []
    for key, page in window.pages.items():
        window.show_page(key)
        QApplication.processEvents()
        width = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
        if width > room:
            widest = sorted((w for w in page.findChildren(QWidget) if w.isVisibleTo(page)),
                            key=lambda w: -w.minimumSizeHint().width())[:4]
            problems.append(f"page {key!r} needs {width} px > {room} px beside the navigation (widest: "
                            f"{', '.join(f'{_describe(w)} {w.minimumSizeHint().width()}' for w in widest)})")
    return problems


# --- focus at start ------------------------------------------------------------------------------------------
def start_focus_problem(window: QWidget) -> list[str]:
    QApplication.processEvents()
    focus = window.focusWidget()
    fields = [w for w in focus_chain(window) if isinstance(w, INPUTS)]
    if focus is None or isinstance(focus, (QTabBar, QTabWidget)) or (
            isinstance(focus, QAbstractScrollArea) and not isinstance(focus, (QAbstractItemView, QPlainTextEdit,
                                                                               QTextEdit))):
        return [f"{type(window).__name__}: focus starts on {_describe(focus) if focus else 'nothing'}"]
    chain = focus_chain(window)
    top_left = min(chain, key=lambda w: (_rect(w).top(), _rect(w).left())) if chain else None
    if fields and focus is not fields[0] and focus is not top_left and not isinstance(
            focus, INPUTS + (QAbstractItemView,)):
        return [f"{type(window).__name__}: focus starts on {_describe(focus)}, not in the first field "
                f"{_describe(fields[0])}"]
    return []


def tab_traps(window: QWidget) -> list[str]:
    """Tab must leave a table (arrows move inside it): tabKeyNavigation off on every focusable item view."""
    return [f"{_describe(w)} keeps Tab inside (setTabKeyNavigation(False))" for w in focusable(window)
            if isinstance(w, QAbstractItemView) and w.tabKeyNavigation()]


def mnemonic_clashes(window: QWidget) -> list[str]:
    """In an editor or dialog no Alt+letter leads to two places (a long main-window page may share letters)."""
    if isinstance(window, QMainWindow):
        return []
    owners: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or not _shown(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        plain = widget.text().replace("&&", "")
        if "&" in plain[:-1]:
            owners.setdefault(plain[plain.index("&") + 1].lower(), []).append(_plain(widget.text()))
    return [f"Alt+{letter.upper()} leads to {', '.join(names)}" for letter, names in owners.items() if len(names) > 1]


def check_window(window: QWidget, screen: tuple[int, int] = SCREEN_100, start_focus: bool = True) -> list[str]:
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    problems = (unnamed(window) + order_problems(window) + size_problems(window, screen) + tab_traps(window)
                + mnemonic_clashes(window))
    if start_focus:
        problems += start_focus_problem(window)
    return [f"[{window.windowTitle() or type(window).__name__}] {p}" for p in problems]


# --- what there is to walk -----------------------------------------------------------------------------------
def ui_dialog_classes() -> list[type[QDialog]]:
    """Every QDialog/QWizard subclass defined in app/ui (record editors are walked per kind)."""
    import app.ui
    from app.ui.editors.base import RecordEditor

    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, QDialog) and cls.__module__ == info.name and not issubclass(cls, RecordEditor)
                    and not issubclass(cls, QMessageBox)):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[k] for k in sorted(found)]


def _ids() -> dict[str, int]:
    from app.models import Appointment, Network, Organization, Person

    held = Appointment.select().where(Appointment.status == "held").order_by(Appointment.id.desc()).first()
    return {"appointment": held.id, "person": Person.select().first().id,
            "organization": Organization.select().first().id, "network": Network.select().first().id}


# Arguments by parameter name; FACTORIES for constructors the names cannot satisfy.
def _arguments(parameter: inspect.Parameter, window: QWidget, db_path: Path, ids: dict[str, int]) -> Any:
    name = parameter.name
    guesses: dict[str, Any] = {
        "parent": window, "appointment_id": ids["appointment"], "person_id": ids["person"],
        "organization_id": ids["organization"], "network_id": ids["network"], "present": set(),
        "name": "Lea Schäfer", "description": "Lea Schäfer", "db_path": db_path, "path": None,
        "entity": "person", "entity_id": ids["person"], "language": "de", "wizard": None,
        "appointment_ids": [ids["appointment"]], "person_ids": [ids["person"]], "kind": None,
    }
    if name in guesses:
        return guesses[name]
    if parameter.default is not inspect.Parameter.empty:
        return parameter.default
    raise LookupError(name)


def _conflict_dialog(window: QWidget, _path: Path, ids: dict[str, int]) -> QDialog:
    from app.services.records import EditConflict

    conflict = EditConflict("person", ids["person"], {"phone": "0351 1", "email": "a@example.org"},
                            {"phone": "0351 2", "email": "b@example.org"}, 2)
    return _cls("app.ui.conflict_dialog", "ConflictDialog")(
        conflict, {"phone": "Telefon", "email": "E-Mail"}, {"phone": "0351 0", "email": "a@example.org"},
        parent=window)


FACTORIES: dict[str, Callable[[QWidget, Path, dict[str, int]], QDialog]] = {
    "app.ui.editors.network.MemberPicker": lambda w, p, ids: _cls("app.ui.editors.network", "MemberPicker")(
        "person", w),
    "app.ui.calendar.print_dialog.PlanPrintDialog": lambda w, p, ids: _cls(
        "app.ui.calendar.print_dialog", "PlanPrintDialog")(__import__("datetime").date(2026, 11, 23), False, w),
    "app.ui.conflict_dialog.ConflictDialog": _conflict_dialog,
    "app.ui.exchange_dialog.ExchangeDialog": lambda w, p, ids: _cls("app.ui.exchange_dialog", "ExchangeDialog")(
        ROOT / "tests" / "fixtures" / "google_kalender.ics", w),
}


def _cls(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def build_dialog(cls: type[QDialog], window: QWidget, db_path: Path, ids: dict[str, int]) -> QDialog:
    key = f"{cls.__module__}.{cls.__qualname__}"
    if key in FACTORIES:
        return FACTORIES[key](window, db_path, ids)
    kwargs = {}
    for parameter in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        value = _arguments(parameter, window, db_path, ids)
        if value is None and parameter.default is inspect.Parameter.empty:
            raise LookupError(parameter.name)
        if value is not None or parameter.default is not inspect.Parameter.empty:
            kwargs[parameter.name] = value if value is not None else parameter.default
    return cls(**kwargs)


def dialog_surfaces(dialog: QDialog) -> Iterator[QDialog]:
    """A dialog, or each step of a wizard shown in turn."""
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            dialog.setStartId(page_id)
            dialog.restart()
            QApplication.processEvents()
            yield dialog
    else:
        yield dialog


def walk(window: Any, db_path: Path, screen: tuple[int, int], start_focus: bool = True) -> list[str]:
    """Every page, editor kind (new and existing), dialog and wizard step; returns the problems found."""
    from app.ui.editors import editor_class, new_editor, open_editor

    problems: list[str] = []
    window.resize(*screen)
    for key in list(window.pages):
        page = window.show_page(key)
        QApplication.processEvents()
        problems += [f"page {key}: {p}" for p in check_window(window, screen, start_focus=False)]
        area_calendar = getattr(page, "show_view", None)
        if callable(area_calendar) and hasattr(page, "ensure_calendar"):
            page.show_view(1)
            QApplication.processEvents()
            problems += [f"page {key} (calendar): {p}" for p in check_window(window, screen, start_focus=False)]
            page.show_view(0)
    ids = _ids()
    from app.ui.editors.actions import _MODELS

    for kind in _MODELS:
        editor_class(kind)  # every kind has an editor
        for label, editor in (("new", new_editor(kind, window)), ("existing", open_editor(kind, ids[kind], window))):
            problems += [f"{kind} editor ({label}): {p}" for p in check_window(editor, screen, start_focus)]
            for index in range(1, editor.tabs.count()):
                if editor.tabs.isTabEnabled(index):
                    editor.tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    problems += [f"{kind} editor tab {editor.tabs.tabText(index)!r}: {p}"
                                 for p in check_window(editor, screen, start_focus=False)]
            editor._closing_ok = True
            editor.close()
    for cls in ui_dialog_classes():
        try:
            dialog = build_dialog(cls, window, db_path, ids)
        except LookupError as exc:
            problems.append(f"{cls.__module__}.{cls.__qualname__}: cannot build it (parameter {exc}); "
                            f"add it to FACTORIES in tests/ui/test_accessibility.py")
            continue
        except Exception as exc:  # noqa: BLE001 - report every dialog, not only the first that breaks
            problems.append(f"{cls.__module__}.{cls.__qualname__}: building it failed: {exc!r}")
            continue
        for surface in dialog_surfaces(dialog):
            title = surface.windowTitle() or cls.__name__
            problems += [f"dialog {cls.__name__} {title!r}: {p}" for p in check_window(surface, screen, start_focus)]
        dialog.done(0)
        dialog.deleteLater()
    QApplication.processEvents()
    import gc

    gc.collect()  # widgets die here, on the GUI thread, not in a later test's worker thread
    return problems


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """The walk leaves many dead widgets: collect them here, not in a later test's worker thread."""
    yield
    import gc

    QApplication.processEvents()
    gc.collect()


@pytest.fixture
def window(demo_db: object, db_path: Path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.show()
    return win


def _walk_in_subprocess(db_path: Path, scale: str) -> tuple[int, str]:
    """The walk builds hundreds of widgets: a fresh interpreter keeps them away from the other tests (and
    QT_SCALE_FACTOR must be set before Qt starts)."""
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, str(db_path), scale], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=400)
    problems = [line for line in done.stdout.splitlines() if line.strip()]
    return done.returncode, "\n".join(problems) or done.stderr[-3000:]


def test_every_page_editor_and_dialog_is_named_in_order_and_fits_1024x768(demo_db, db_path) -> None:  # noqa: ANN001
    code, problems = _walk_in_subprocess(db_path, "1")
    assert code == 0, problems


def test_everything_fits_1366x768_at_150_percent(demo_db, db_path) -> None:  # noqa: ANN001
    code, problems = _walk_in_subprocess(db_path, "1.5")
    assert code == 0, problems


def test_a_new_editor_starts_in_its_first_field_and_tab_follows_the_form(window, qtbot) -> None:  # noqa: ANN001
    editor = window.new_record("person")
    qtbot.waitExposed(editor)
    assert editor.focusWidget() is editor.fields["salutation"].widget
    chain = focus_chain(editor)
    names = [n for n in ("salutation", "title", "first_name", "last_name", "function", "organization", "email")]
    positions = [chain.index(editor.fields[n].widget) for n in names]
    assert positions == sorted(positions)
    assert not editor.tabs.tabBar().isHidden()  # Stammdaten and Datenschutz
    single = window.new_record("organization")
    assert single.tabs.count() == 1 and single.tabs.tabBar().isHidden()  # a single tab: no tab bar
    single._closing_ok = True
    single.close()
    label = next(lbl for lbl in editor.findChildren(QLabel) if lbl.buddy() is editor.fields["first_name"].widget)
    assert _plain(label.text()) == "Vorname" and "&" in label.text()  # Alt+letter jumps to the field
    editor._closing_ok = True
    editor.close()


def test_tab_leaves_tables_and_lists_have_named_search_and_filters(window) -> None:  # noqa: ANN001
    page = window.show_page("persons")
    assert not page.table.tabKeyNavigation()
    assert page.search.accessibleName() == "Kontakte durchsuchen"
    assert page.organization_filter.accessibleName().startswith("Filter: ")
    assert window.search_box.accessibleName()


def test_colours_reach_wcag_contrast_in_light_and_dark_palettes(qapp) -> None:  # noqa: ANN001
    """Every custom text colour against the palette it sits on: ≥ 4.5:1 (normal text)."""
    from app.ui import theme

    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, "#efefef")
    light.setColor(QPalette.ColorRole.Base, "#ffffff")
    dark.setColor(QPalette.ColorRole.Window, "#2d2d2d")
    dark.setColor(QPalette.ColorRole.Base, "#1e1e1e")
    ratios = {}
    for palette_name, palette in (("light", light), ("dark", dark)):
        for role in theme.ROLES:
            if role == "grid":
                continue
            for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                               QPalette.ColorRole.AlternateBase):
                back = palette.color(background) if background != QPalette.ColorRole.AlternateBase else (
                    palette.color(QPalette.ColorRole.Base).darker(106))
                ratios[(palette_name, role, background.name)] = theme.contrast(theme.color(role, palette), back)
    for text, background in ((theme.NAV_TEXT, theme.NAV_BACKGROUND), (theme.NAV_SUBTEXT, theme.NAV_BACKGROUND),
                             ("#ffffff", theme.NAV_SELECTED), (theme.NAV_TEXT, theme.NAV_HOVER)):
        ratios[("navigation", text, background)] = theme.contrast(text, background)
    low = {k: round(v, 2) for k, v in ratios.items() if v < 4.5}
    assert low == {}
    assert theme.hex_color("error", light) != theme.hex_color("error", dark)  # chosen per palette lightness


def test_no_stylesheet_in_app_ui_hard_codes_an_unreadable_text_colour() -> None:
    """Text colours written into stylesheets reach 4.5:1 on white (the light palette's base)."""
    import re

    from app.ui import theme

    low = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in re.finditer(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", line):
                if "background" in line and "QLabel#brand" in line:
                    continue  # the navigation column: checked against its own background above
                if theme.contrast(match.group(1), "#ffffff") < 4.5:
                    low.append(f"{path.relative_to(ROOT)}:{number} {match.group(1)} "
                               f"{theme.contrast(match.group(1), '#ffffff'):.2f}:1")
    assert low == [], "\n".join(low)


def _main(db_path: str, scale: str) -> int:
    """The walk at 100 % (1024×768, everything checked) or at QT_SCALE_FACTOR=1.5 (1366×768: sizes)."""
    from app.models import close_database, open_database
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert app.devicePixelRatio() == float(scale), app.devicePixelRatio()
    for name in ("question", "warning", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    QDialog.exec = lambda self: 0  # type: ignore[method-assign]
    open_database(Path(db_path))
    window = MainWindow(Path(db_path))
    window.show()
    if scale == "1":
        problems = walk(window, Path(db_path), SCREEN_100) + page_size_problems(window, SCREEN_100)
    else:
        problems = [p for p in walk(window, Path(db_path), SCREEN_150, start_focus=False) if "needs" in p]
    close_database()
    print("\n".join(problems))
    sys.stdout.flush()
    os._exit(1 if problems else 0)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "1.5")


def test_a_dark_theme_gets_light_custom_text_and_headings_follow_the_font_size(window, qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFont

    from app.ui import theme

    light_error = theme.hex_color("error")
    palette, font = qapp.palette(), qapp.font()
    try:
        dark = QPalette(palette)
        for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#171717"),
                             (QPalette.ColorRole.WindowText, "#eeeeee"), (QPalette.ColorRole.Text, "#eeeeee")):
            dark.setColor(role, colour)
        qapp.setPalette(dark)
        bigger = QFont(font)
        bigger.setPointSizeF(font.pointSizeF() * 2)
        qapp.setFont(bigger)
        QApplication.processEvents()
        assert theme.is_dark() and theme.hex_color("error") != light_error
        assert theme.contrast(theme.color("error"), "#202124") >= 4.5
        assert f"color: {theme.hex_color('muted')}" in window.styleSheet()  # rebuilt for the dark palette
        assert theme.points(1.65) in window.styleSheet()  # page titles grow with the system font
    finally:
        qapp.setPalette(palette)
        qapp.setFont(font)
        QApplication.processEvents()


def test_dashboard_and_calendar_text_colours_and_the_chart_alternative(demo_db, qtbot) -> None:  # noqa: ANN001
    """Muted text on alternating rows and the window grey stays ≥ 4.5:1; each chart has its numbers in words;
    the bar stops before its number."""
    import datetime as dt

    from app.ui import theme
    from app.ui.calendar import style
    from app.ui.dashboard_page import DashboardPage

    for background in ("#ffffff", "#f7f7f7", "#efefef"):
        assert theme.contrast(style.MUTED, background) >= 4.5 and theme.contrast(style.TEXT, background) >= 4.5
    page = DashboardPage(today=dt.date(2026, 11, 23))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    description = page.kinds.accessibleDescription()
    first = page.kinds.item(0, 0).text()
    assert description.startswith(f"{first}: 2026 {page.kinds.item(0, 1).text()}, 2025 ")
    assert page.kinds.accessibleName() and page.kinds.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_button_of_a_page_has_an_alt_letter(window) -> None:  # noqa: ANN001
    """Keyboard-complete: each action on the page shown is reachable by Alt+letter (or its shortcut), none
    clashing with the menu bar (Datei, Ansicht, Hilfe); field labels get the letters left over."""
    from PySide6.QtWidgets import QAbstractButton

    for key in ("persons", "settings", "reports"):
        page = window.show_page(key)
        letters: list[str] = []
        for widget in page.findChildren(QWidget):
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not text.strip() or not widget.isVisibleTo(page):
                continue
            plain = text.replace("&&", "")
            if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
                continue
            assert "&" in plain, f"{key}: {text!r} has no Alt+letter"
            letters.append(plain[plain.index("&") + 1].lower())
        assert not {"d", "a", "h"} & set(letters), key


def test_no_stylesheet_hides_the_keyboard_focus() -> None:
    """Visible focus everywhere: a stylesheet that removes the focus outline draws its own :focus state."""
    import re

    hidden = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"([\w#:!-]+)\s*\{[^}]*outline:\s*(0|none)", source):
            widget = match.group(1).split(":")[0].split("::")[0]
            if f"{widget}:focus" not in source:
                hidden.append(f"{path.relative_to(ROOT)}: {match.group(1)}")
    assert hidden == []
