"""Starts the Qt application over one database file."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import paths
from app.ui.i18n import apply_language


def _passphrase_from_env(name: str | None) -> str | None:
    import os

    return (os.environ.get(name) or None) if name else None


def run_gui(db_path: Path, smoke: bool = False, passphrase_env: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    failures: list[str] = []
    if smoke:  # nobody is there to click the error dialog: one line on stderr, exit code 1
        sys.excepthook = lambda kind, exc, tb: _smoke_failure(failures, kind, exc, tb)
    from app.ui.startup_dialogs import open_office  # one instance, quick check, passphrase, daily backup

    started = open_office(db_path, smoke=smoke, passphrase=_passphrase_from_env(passphrase_env))
    if started is None:
        return 1
    from app.services import settings

    apply_language(settings.get("language") or "de")
    from app.ui.first_run import maybe_run_first_run  # welcome dialog on a brand-new office (issue 8)

    app.setDesktopFileName("de.bruecke.Bruecke")
    if not smoke and maybe_run_first_run(db_path):
        apply_language(settings.get("language") or "de")
    from app.ui.main_window import MainWindow

    window = MainWindow(db_path)
    from app.ui.startup_dialogs import add_readonly_banner

    add_readonly_banner(window)  # a read-only office: browse, search, report, export – with a banner
    window.show()
    if smoke:
        app.processEvents()
        window.close()
        return 1 if failures else 0
    QTimer.singleShot(0, window.raise_)
    return app.exec()


def _smoke_failure(failures: list[str], kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
    """Smoke mode's error hook: logged like any unhandled error (without personal data), one line, exit 1."""
    import logging

    from app.services import failures as known
    from app.ui import errors

    logging.getLogger("bruecke").error("unhandled exception in smoke mode\n%s", errors.safe_description(kind, tb))
    failures.append(kind.__name__)
    print(f"Fehler: {known.describe(exc) or 'Unerwarteter Fehler (' + kind.__name__ + ')'}", file=sys.stderr)
