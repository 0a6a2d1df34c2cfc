"""Starts the Qt application over one database file."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from app import paths
from app.ui.i18n import apply_language

if TYPE_CHECKING:
    from app.services.startup import Started


def _passphrase_from_env(name: str | None) -> str | None:
    import os

    return (os.environ.get(name) or None) if name else None


def run_gui(db_path: Path | str, smoke: bool = False, passphrase_env: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    failures: list[str] = []
    # a postgresql:// URL (str) travels the start path like a file path: startup, backup and the window
    # ask the engine (app/models/engine.py) what it is; only files are touched as paths
    opened = open_window(db_path, smoke, passphrase_env, failures)  # type: ignore[arg-type]
    if opened is None:
        return 1
    started, window = opened
    if smoke:
        app.processEvents()
        window.close()
        return 1 if failures else 0
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    started.lock.release()
    return code


def open_window(db_path: Path, smoke: bool = False, passphrase_env: str | None = None,
                failures: list[str] | None = None) -> tuple[Started, QMainWindow] | None:
    """Everything from the QApplication to the main window shown (None: the program ends, the user was told).

    Fast start (issue 15 point 17): the quick check of an existing file runs after the window shows, on the
    worker, with every write refused until it has passed; the daily backup and the series extension follow it
    (`after_start`). Smoke mode checks before the window, as before (exit 1 on a damaged file)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from app.ui.refcount_guard import protect

    protect()  # PySide6 6.12 on CPython 3.11 drops a reference to None on every void call
    app.setApplicationName("Brücke")
    app.setOrganizationName("Bruecke")
    app.setApplicationDisplayName("Brücke")
    icon = paths.resource("icons", "bruecke.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from app.ui import errors

    errors.install()
    if smoke:  # nobody is there to click the error dialog: one line on stderr, exit code 1
        seen = failures if failures is not None else []
        sys.excepthook = lambda kind, exc, tb: _smoke_failure(seen, kind, exc, tb)
    from app.ui.startup_dialogs import after_start, check_now, open_office  # one instance, passphrase, check

    started = open_office(db_path, smoke=smoke, passphrase=_passphrase_from_env(passphrase_env), fast=not smoke)
    if started is None:
        return None
    from app.services import settings

    apply_language(settings.get("language") or "de")
    app.setDesktopFileName("de.bruecke.Bruecke")
    if not smoke:
        from app.ui.first_run import maybe_run_first_run, needs_first_run  # welcome dialog (issue 8)

        if started.check_pending and needs_first_run() and not check_now(started, db_path):
            started.lock.release()
            return None  # the welcome dialog writes: the check comes first
        if maybe_run_first_run(db_path):
            apply_language(settings.get("language") or "de")
    try:
        window = show_main_window(db_path)
    except Exception:
        if not started.check_pending:
            raise
        # the first page read a damaged part of an unchecked file: the check now, handled as before the window
        if not check_now(started, db_path):
            started.lock.release()
            return None
        window = show_main_window(db_path)
    if smoke:
        return started, window
    windows = [window]

    def reopen() -> None:  # a damaged file was replaced by its newest good backup: a fresh window over it
        windows.append(show_main_window(db_path))
        after_start(windows[-1], started, db_path, reopen, end)

    def end(code: int) -> None:
        app.exit(code)

    after_start(window, started, db_path, reopen, end)
    return started, window


def show_main_window(db_path: Path) -> QMainWindow:
    """The main window over the open database, shown (the first page is built, the others on first use)."""
    from app.ui.main_window import MainWindow
    from app.ui.startup_dialogs import add_readonly_banner

    window = MainWindow(db_path)
    add_readonly_banner(window)  # a read-only office: browse, search, report, export – with a banner
    window.show()
    return window


def _smoke_failure(failures: list[str], kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
    """Smoke mode's error hook: logged like any unhandled error (without personal data), one line, exit 1."""
    import logging

    from app.logs import safe_description
    from app.services import failures as known

    logging.getLogger("bruecke").error("unhandled exception in smoke mode\n%s", safe_description(kind, tb))
    failures.append(kind.__name__)
    print(f"Fehler: {known.describe(exc) or 'Unerwarteter Fehler (' + kind.__name__ + ')'}", file=sys.stderr)
