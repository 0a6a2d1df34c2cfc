"""Unexpected errors: logged (app/logs.py: one handler, no personal data) and shown as a readable dialog.

`install()` sets `sys.excepthook` and `threading.excepthook`. The log holds the exception type, the
code location and the stack of file/line/function names – never local values or the message text, which
may contain a name or an e-mail address someone typed. The program keeps running; open editors keep
what was typed.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError
from app.logs import init_logging, log_file, safe_description
from app.services import failures

log = logging.getLogger("bruecke")
_reporter: _Reporter | None = None


class _Reporter(QObject):
    """Shows the dialog on the GUI thread, one at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[tuple[str, str]] = []  # (exception type, the user's sentence or "")
        self._showing = False

    def report(self, kind: str, sentence: str = "") -> None:
        self._pending.append((kind, sentence))
        if QThread.currentThread() is self.thread():
            self._show()
        else:
            QMetaObject.invokeMethod(self, "_show", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _show(self) -> None:
        if self._showing or not self._pending:
            return
        kind, sentence = self._pending.pop(0)
        self._pending.clear()
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            if sentence:  # something the user can act on (a full disk, a locked file …): say it plainly
                QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Brücke"), sentence)
                return
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Errors", "Unerwarteter Fehler"))
            box.setText(QCoreApplication.translate(
                "Errors", "Bei dieser Aktion ist ein unerwarteter Fehler aufgetreten (%1). Das Programm läuft "
                "weiter; nicht gespeicherte Eingaben in offenen Fenstern bleiben erhalten.").replace("%1", kind))
            box.setInformativeText(QCoreApplication.translate(
                "Errors", "Die technischen Einzelheiten stehen ohne persönliche Daten in der Protokolldatei:\n%1")
                .replace("%1", str(log_file())))
            box.exec()
        finally:
            self._showing = False


def handle(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
           where: str = "main") -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    init_logging()
    sentence = user_sentence(exc) if exc is not None else None
    log.log(logging.WARNING if sentence else logging.ERROR, "unhandled exception in %s thread at %s\n%s", where,
            dt.datetime.now().isoformat(timespec="seconds"), safe_description(exc_type, tb))
    if _reporter is not None and QCoreApplication.instance() is not None:
        _reporter.report(exc_type.__name__, sentence or "")


def user_sentence(exc: BaseException) -> str | None:
    """What to tell the user instead of "Unerwarteter Fehler": a UserError's message, or the plain words for
    a known failure (full disk, locked or read-only database …); None for a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    return failures.describe(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value, args.exc_traceback, where=args.thread.name if args.thread else "worker")


def install() -> None:
    """Install the hooks (call once the QApplication exists)."""
    global _reporter
    init_logging()
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = handle
    threading.excepthook = _thread_hook
