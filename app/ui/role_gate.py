"""The window shows and offers only what the signed-in person may do (issue 13 point 5: people and roles).

The database enforces the roles (app/models/engine_pg_security.py); this is the one place the GUI follows
them, so that a reader never clicks "Speichern" just to read a permission error. A page, editor or dialog
declares its controls once, as class attributes naming its own attributes (subclasses add to their bases'):

- `WRITE_CONTROLS`: buttons, actions and shortcuts that create, change, delete or import (reader: locked),
- `ERASE_CONTROLS`: erasure under Art. 17 GDPR (assistant and reader: locked),
- `SAFETY_CONTROLS`: backup and encryption settings (assistant and reader: locked),
- `CONFIDENTIAL_CONTROLS`: marking an appointment confidential (assistant and reader: locked – the database
  would refuse a confidential row the assistant may not see),
- `READ_ONLY_AREAS`: containers ("self": the widget itself) whose input fields become read-only for a reader,
- optionally a method `apply_capabilities(caps)` for what a list cannot say (a calendar's drag-move).

`restrict(widget)` applies the session's capabilities (app/services/session_role.py, asked once per opened
database) to a widget and its children; the main window calls it for every page, editor and the calendar
when they are built. A locked control stays disabled – a page that re-enables it on a selection change
cannot undo the lock – and its tooltip says why. `requires(need)` guards a method that a key or a menu can
reach besides the locked button (Delete in a list, a drag in the calendar).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from app.services import session_role
from app.services.session_role import Capabilities
from app.ui.retranslate import Retranslating

WRITE, ERASE, SAFETY, CONFIDENTIAL = "write", "erase", "safety", "confidential"
CONTROL_LISTS = {WRITE: "WRITE_CONTROLS", ERASE: "ERASE_CONTROLS", SAFETY: "SAFETY_CONTROLS",
                 CONFIDENTIAL: "CONFIDENTIAL_CONTROLS"}
LOCKED = "roleLocked"  # dynamic property on a locked control (tests and screenshots look for it)

F = TypeVar("F", bound=Callable[..., Any])


def current() -> Capabilities:
    return session_role.capabilities()


def may(need: str) -> bool:
    return current().allows(need)


def reason(need: str, caps: Capabilities | None = None) -> str:
    """Why a control is locked, in the words the person sees in its tooltip."""
    caps = caps or current()
    if not caps.may_write:
        return QCoreApplication.translate("RoleGate", "Nur lesen: Ihre Rolle „Lesend“ erlaubt keine Änderungen.")
    if need == ERASE:
        return QCoreApplication.translate(
            "RoleGate", "Löschen nach Art. 17 DSGVO ist der/dem Beauftragten vorbehalten (Ihre Rolle: Assistenz).")
    if need == SAFETY:
        return QCoreApplication.translate(
            "RoleGate", "Sicherungs- und Verschlüsselungseinstellungen sind der/dem Beauftragten vorbehalten "
                        "(Ihre Rolle: Assistenz).")
    if need == CONFIDENTIAL:
        return QCoreApplication.translate(
            "RoleGate", "Vertrauliche Termine sind der/dem Beauftragten vorbehalten (Ihre Rolle: Assistenz).")
    return QCoreApplication.translate("RoleGate", "Ihre Rolle erlaubt das nicht.")


def role_text(caps: Capabilities) -> str:
    """The status bar's "Angemeldet als NAME · Rolle" for a limited role; empty when everything is allowed."""
    if caps.role == session_role.READER:
        role = QCoreApplication.translate("RoleGate", "Lesend (nur lesen)")
    elif caps.role == session_role.ASSISTANT:
        role = QCoreApplication.translate("RoleGate", "Assistenz")
    else:
        return ""
    return QCoreApplication.translate("RoleGate", "Angemeldet als %1 · %2").replace("%1", caps.user).replace(
        "%2", role)


def requires(need: str, otherwise: Any = None) -> Callable[[F], F]:
    """A method that does nothing (returns `otherwise`) when the session may not do `need`."""
    def decorate(method: F) -> F:
        @functools.wraps(method)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if not may(need):
                return otherwise
            return method(*args, **kwargs)
        return cast(F, guarded)
    return decorate


# --- locking -----------------------------------------------------------------------------------------------
def _why(control: QObject) -> str:
    """The reason of a locked control in the current UI language (it follows a language switch)."""
    return reason(str(control.property("roleNeed") or WRITE))


class _Keeper(QObject):
    """Keeps a locked widget disabled (and its tooltip the reason) whatever its page does later."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif kind in (QEvent.Type.ToolTipChange, QEvent.Type.LanguageChange) and watched.toolTip() != _why(watched):
                watched.setToolTip(_why(watched))
        return False


def _keep_action(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)
    if action.toolTip() != _why(action):  # a retranslated text: the reason again, in the new language
        action.setToolTip(_why(action))


def lock(control: QObject, need: str = WRITE) -> None:
    """Disable a widget, action or shortcut for good (for this session), its tooltip saying why."""
    if control.property(LOCKED):
        return
    control.setProperty(LOCKED, True)
    control.setProperty("roleNeed", need)
    if isinstance(control, QAction):
        control.setEnabled(False)
        control.setToolTip(_why(control))
        control.changed.connect(lambda action=control: _keep_action(action))
    elif isinstance(control, QShortcut):
        control.setEnabled(False)
    elif isinstance(control, QWidget):
        control.setEnabled(False)
        control.setToolTip(_why(control))
        control.installEventFilter(_Keeper(control))


def is_locked(control: QObject) -> bool:
    return bool(control.property(LOCKED))


def make_read_only(area: QWidget) -> None:
    """Text fields read-only (still selectable and copyable); choices, ticks and numbers locked."""
    for child in (area, *area.findChildren(QWidget)):
        if isinstance(child, QLineEdit) and hasattr(child, "step"):  # a typed date/time: arrow keys, calendar
            lock(child, WRITE)
        elif isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            if not isinstance(child.parentWidget(), QComboBox | QAbstractSpinBox):
                child.setReadOnly(True)
        elif isinstance(child, QComboBox | QAbstractSpinBox | QCheckBox | QRadioButton):
            lock(child, WRITE)
        elif isinstance(child, QAbstractItemView) and child is area:  # a list of ticks (fields of action)
            lock(child, WRITE)


# --- applying ----------------------------------------------------------------------------------------------
def _declared(widget: QObject, attribute: str) -> Iterator[str]:
    seen: set[str] = set()
    for cls in type(widget).__mro__:
        for name in vars(cls).get(attribute, ()):
            if name not in seen:
                seen.add(name)
                yield name


def _resolve(widget: QObject, name: str) -> QObject | None:
    if name == "self":
        return widget
    found = getattr(widget, name, None)
    if isinstance(found, QObject):
        return found
    return widget.findChild(QObject, name)  # an action known by its object name (e.g. "exchangeImportAction")


def restrict(root: QWidget, caps: Capabilities | None = None) -> None:
    """Apply the session's capabilities to `root` and every child widget that declares controls."""
    caps = caps or current()
    if caps.everything:
        return
    for widget in (root, *root.findChildren(QWidget)):
        for need, attribute in CONTROL_LISTS.items():
            if caps.allows(need):
                continue
            for name in _declared(widget, attribute):
                control = _resolve(widget, name)
                if control is not None:
                    lock(control, need)
        if not caps.may_write:
            for name in _declared(widget, "READ_ONLY_AREAS"):
                area = _resolve(widget, name)
                if isinstance(area, QWidget):
                    make_read_only(area)
        hook = getattr(widget, "apply_capabilities", None)
        if callable(hook):
            hook(caps)


def install(window: QMainWindow) -> QLabel | None:
    """At the main window's start: lock its own actions and the pages built so far; a limited role is
    named in the status bar; a reader's window takes no dropped files (they would be imported)."""
    caps = current()
    if caps.everything:
        return None
    restrict(window, caps)
    if not caps.may_write:
        window.setAcceptDrops(False)
    label = RoleLabel(caps, window)
    window.statusBar().addPermanentWidget(label)
    return label


class RoleLabel(Retranslating, QLabel):
    """"Angemeldet als mira · Lesend (nur lesen)" at the right of the status bar."""

    def __init__(self, caps: Capabilities, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caps = caps
        self.setObjectName("roleLabel")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(role_text(self.caps))
        self.setToolTip(reason(WRITE if not self.caps.may_write else ERASE, self.caps))
