"""Unexpected errors: logged to a file in the platform's log directory and shown as a readable dialog.

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
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths

log = logging.getLogger("bruecke")
_handler: RotatingFileHandler | None = None
_reporter: _Reporter | None = None


def log_file() -> Path:
    return paths.log_dir() / "bruecke.log"


def safe_description(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack (file:line in function) without message or values – no personal data."""
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in frames:
        filename = frame.filename
        marker = "/app/"
        if marker in filename.replace("\\", "/"):
            filename = "app/" + filename.replace("\\", "/").split(marker, 1)[1]
        else:
            filename = Path(filename).name
        lines.append(f"  {filename}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class _Reporter(QObject):
    """Shows the dialog on the GUI thread, one at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[str] = []
        self._showing = False

    def report(self, kind: str) -> None:
        self._pending.append(kind)
        if QThread.currentThread() is self.thread():
            self._show()
        else:
            QMetaObject.invokeMethod(self, "_show", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _show(self) -> None:
        if self._showing or not self._pending:
            return
        kind = self._pending.pop(0)
        self._pending.clear()
        self._showing = True
        try:
            parent = QApplication.activeWindow()
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


def _ensure_handler() -> None:
    """One file handler on the current log file (a new one when the log folder changed, e.g. BRUECKE_HOME)."""
    global _handler
    if _handler is not None:
        if Path(_handler.baseFilename) == log_file().absolute():
            return
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        _handler = RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(_handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def handle(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
           where: str = "main") -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    _ensure_handler()
    log.error("unhandled exception in %s thread at %s\n%s", where, dt.datetime.now().isoformat(timespec="seconds"),
              safe_description(exc_type, tb))
    if _reporter is not None and QCoreApplication.instance() is not None:
        _reporter.report(exc_type.__name__)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value, args.exc_traceback, where=args.thread.name if args.thread else "worker")


def install() -> None:
    """Install the hooks (call once the QApplication exists)."""
    global _reporter
    _ensure_handler()
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = handle
    threading.excepthook = _thread_hook
