"""The start of the GUI: one instance, passphrase, damaged file → newest good backup, daily backup.

All decisions are in `app.services.startup`; this module only asks and tells.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from app.models import database as dbmod
from app.models import db_proxy
from app.services import backup, instance_lock, startup
from app.services.errors import UserError
from app.ui.errors import user_sentence
from app.ui.formats import format_datetime
from app.ui.worker import run_in_background

log = logging.getLogger(__name__)


def ask_passphrase(parent: QWidget | None, path: Path, again: bool) -> str | None:
    if again:
        prompt = QCoreApplication.translate(
            "StartupDialogs", "Das Kennwort war falsch. Kennwort für %1 (die Datei wurde nicht verändert):")
    else:
        prompt = QCoreApplication.translate("StartupDialogs", "Die Datenbank %1 ist verschlüsselt. Kennwort:")
    value, ok = QInputDialog.getText(parent, QCoreApplication.translate("StartupDialogs", "Kennwort"),
                                     prompt.replace("%1", path.name), QLineEdit.EchoMode.Password)
    return value if ok and value else None


def _tell(parent: QWidget | None, text: str, *, smoke: bool, critical: bool = True) -> None:
    """A message box – or, in smoke mode (no one to click), one line on stderr."""
    if smoke:
        print(f"Fehler: {text}", file=sys.stderr)
        return
    title = QCoreApplication.translate("StartupDialogs", "Brücke")
    if critical:
        QMessageBox.critical(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def _offer_backup(parent: QWidget | None, path: Path, problem: dbmod.DatabaseCorrupt,
                  passphrase: str | None) -> bool:
    """Tell the user the file is damaged; offer the newest good backup. True if it was restored."""
    good = startup.newest_good_backup(path, passphrase)
    title = QCoreApplication.translate("StartupDialogs", "Datenbank beschädigt")
    if good is None:
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "StartupDialogs", "Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben. Es gibt "
            "keine gute Sicherung im Sicherungsordner – bitte wenden Sie sich an die IT.")
            .replace("%1", str(path)).replace("%2", problem.details))
        return False
    counts = ", ".join(f"{n} {label}" for label, n in good.counts.items())
    box = QMessageBox(QMessageBox.Icon.Critical, title, QCoreApplication.translate(
        "StartupDialogs", "Die Datei %1 ist beschädigt (%2). Brücke hat nichts in sie geschrieben.\n\n"
        "Neueste gute Sicherung: %3 (%4).\n\nDie beschädigte Datei wird beiseitegelegt, nicht gelöscht.")
        .replace("%1", str(path)).replace("%2", problem.details)
        .replace("%3", format_datetime(good.created)).replace("%4", counts), parent=parent)
    restore = box.addButton(QCoreApplication.translate("StartupDialogs", "Sicherung wiederherstellen"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StartupDialogs", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from app.services import privacy  # only a restore needs it (fast start)

    try:
        startup.recover(path, good.path, passphrase)
    except privacy.ErasureLogUnreadable as exc:
        answer = QMessageBox.question(parent, title, str(exc) + "\n\n" + QCoreApplication.translate(
            "StartupDialogs", "Trotzdem wiederherstellen? Löschungen, die in den Sicherungen verzeichnet sind, "
            "werden nachgeführt; spätere Löschungen müssen Sie von Hand wiederholen."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        startup.recover(path, good.path, passphrase, ignore_unreadable_log=True)
    return True


def open_office(db_path: Path, parent: QWidget | None = None, *, smoke: bool = False,
                passphrase: str | None = None, fast: bool = False) -> startup.Started | None:
    """Everything before the main window; None when the program should end (the user was told why).

    `passphrase`: from `--passphrase-env` (asked for when missing or wrong). In smoke mode nothing waits on a
    dialog: every problem is one line on stderr and the start ends (exit 1). `fast`: the quick check may wait
    until the window shows (`startup.open_fast`, writes blocked until then) and the daily backup is left to
    `after_start`."""
    if smoke and dbmod.file_kind(db_path) == "empty":  # a test start never turns a 0-byte file into an office
        _tell(parent, QCoreApplication.translate("StartupDialogs", "Die Datei %1 ist eine leere Datei – keine "
                                                 "Brücke-Datenbank.").replace("%1", str(db_path)), smoke=True)
        return None
    try:
        lock = startup.acquire(db_path)
    except (instance_lock.AlreadyRunning, dbmod.DatabaseError, UserError) as exc:
        _tell(parent, str(exc), smoke=smoke, critical=not isinstance(exc, instance_lock.AlreadyRunning))
        return None
    try:
        while True:
            try:
                db, pending = (startup.open_fast(db_path, passphrase) if fast
                               else (startup.open_checked(db_path, passphrase), False))
                break
            except (dbmod.PassphraseRequired, dbmod.WrongPassphrase) as exc:
                if smoke:
                    _tell(parent, str(exc), smoke=True)
                    lock.release()
                    return None
                passphrase = ask_passphrase(parent, db_path, isinstance(exc, dbmod.WrongPassphrase))
                if passphrase is None:
                    lock.release()
                    return None
            except dbmod.DatabaseCorrupt as exc:
                if smoke or not _offer_backup(parent, db_path, exc, passphrase):
                    if smoke:
                        _tell(parent, str(exc), smoke=True)
                    lock.release()
                    return None
                db, pending = startup.open_checked(db_path, passphrase), False
                break
    except (dbmod.DatabaseError, UserError) as exc:
        lock.release()
        _tell(parent, str(exc), smoke=smoke)
        return None
    except BaseException:
        lock.release()
        raise
    if fast:
        return startup.Started(db, lock, None, None, pending)
    made, error = (None, None) if smoke else startup.after_open()
    if error:
        _backup_failed(parent, error)
    if not smoke:
        warn_plain_copies(parent)
    return startup.Started(db, lock, made, error)


def warn_plain_copies(parent: QWidget | None) -> list[Path]:
    """An encrypted office whose plaintext copies are still there (kept by choice, or not encryptable): name
    every file and offer to delete them. Returns the files that still hold plaintext afterwards."""

    left = backup.settle_plain_copies(act=False).left
    if not left:
        return []
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StartupDialogs", "Brücke"),
                      QCoreApplication.translate(
                          "StartupDialogs", "Das Büro ist verschlüsselt, aber diese Dateien enthalten es "
                          "unverschlüsselt:\n\n%1\n\nJetzt löschen?").replace("%1", "\n".join(str(p) for p in left)),
                      parent=parent)
    box.setObjectName("plainCopiesBox")
    delete = box.addButton(QCoreApplication.translate("StartupDialogs", "Unverschlüsselte Kopien löschen"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("StartupDialogs", "Behalten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not delete:
        return left
    failed = backup.delete_files(left)
    if failed:
        QMessageBox.warning(parent, QCoreApplication.translate("StartupDialogs", "Brücke"), QCoreApplication.translate(
            "StartupDialogs", "Diese Dateien ließen sich nicht löschen: %1").replace(
            "%1", ", ".join(str(p) for p in failed)))
    return failed


def _backup_failed(parent: QWidget | None, error: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("StartupDialogs", "Brücke"),
                        QCoreApplication.translate(
        "StartupDialogs", "Die tägliche Sicherung ist fehlgeschlagen:\n%1\n\nSie können weiterarbeiten; bitte "
        "den Sicherungsordner in den Einstellungen prüfen.").replace("%1", error))


def _damaged(parent: QWidget | None, started: startup.Started, db_path: Path, details: str) -> bool:
    """The deferred check found damage: nothing was written (writes were blocked); close the file without
    writing and offer the newest good backup, as a damaged file found before the window is handled.
    True when a backup was restored and opened (`started.db` is then the new database)."""
    passphrase = dbmod.passphrase_of(started.db)
    startup.close_unchecked(started.db)
    log.warning("start-up check found damage in %s", db_path.name)
    if not _offer_backup(parent, db_path, dbmod.DatabaseCorrupt(db_path, details), passphrase):
        return False
    started.db = startup.open_checked(db_path, passphrase)
    started.check_pending = False
    return True


def check_now(started: startup.Started, db_path: Path, parent: QWidget | None = None) -> bool:
    """The deferred check done at once (before a dialog that writes, e.g. the welcome dialog). False when the
    program should end: the file is damaged and no backup was restored."""
    if not started.check_pending:
        return True
    result = startup.deferred_check(db_path, dbmod.passphrase_of(started.db))
    if result != "ok":
        return _damaged(parent, started, db_path, result)
    startup.release_writes(started.db)
    started.check_pending = False
    return True


AFTER_SHOW_MS = 150  # the check starts this long after the window was shown (its first paint comes first)


def after_start(window: QWidget, started: startup.Started, db_path: Path,
                reopen: Callable[[], None], end: Callable[[int], None]) -> None:
    """Once the window shows: the deferred quick check on the worker; when it passed, writes are allowed and
    the daily backup and the series extension run (also on the worker). Damage found: the window goes, the
    newest good backup is offered (`reopen()` after a restore, else `end(1)`)."""

    title = QCoreApplication.translate("StartupDialogs", "Brücke")  # no dialog shows (no progress, own on_failure)
    startup.defer_housekeeping(started.db, True)

    def checked(result: object) -> None:
        if result == "ok":
            startup.release_writes(started.db)
            started.check_pending = False
            log.info("start-up check passed")
            _housekeeping(window, started)
            return
        window.hide()
        if _damaged(None, started, db_path, str(result)):
            reopen()
        else:
            end(1)

    def failed(exc: BaseException) -> None:  # the check itself could not run: treated as damage, never written
        checked(f"{type(exc).__name__}: {exc}")

    def begin() -> None:
        if not started.check_pending:
            _housekeeping(window, started)
            return
        passphrase = dbmod.passphrase_of(started.db)
        run_in_background(window, title, lambda _progress: startup.deferred_check(db_path, passphrase), checked,
                          failed, show_after_ms=None)

    # the window paints its first page before the check competes for the processor
    QTimer.singleShot(AFTER_SHOW_MS, begin)


def _housekeeping(window: QWidget, started: startup.Started) -> None:

    def done(result: object) -> None:
        startup.defer_housekeeping(started.db, False)
        made, error, created, note = cast(tuple[Path | None, str | None, int, str], result)
        started.backup, started.backup_error = made, error
        if error:
            _backup_failed(window, error)
        if note and isinstance(window, QMainWindow):  # on a server: whose backup, and that the IT's comes first
            window.statusBar().showMessage(note)
        warn_plain_copies(window)
        changed = getattr(window, "_data_changed", None)
        if created and callable(changed):
            changed()  # new occurrences: the page shown reloads

    def failed(exc: BaseException) -> None:
        startup.defer_housekeeping(started.db, False)

        log.warning("start-up housekeeping failed: %s", type(exc).__name__)
        _backup_failed(window, user_sentence(exc) or type(exc).__name__)

    def work(_progress: object) -> tuple[Path | None, str | None, int, str]:
        made, error, created = startup.housekeeping()
        return made, error, created, backup.automatic_backup_note()  # "" for a file on this computer

    run_in_background(window, QCoreApplication.translate("StartupDialogs", "Brücke"), work, done, failed,
                      show_after_ms=None)


def add_readonly_banner(window: QMainWindow) -> QToolBar | None:
    """A read-only office (file or folder without write permission): a yellow bar above the window's pages."""

    if not dbmod.is_readonly(db_proxy.obj):
        return None
    bar = QToolBar(window)
    bar.setObjectName("readonlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = QLabel(QCoreApplication.translate(
        "StartupDialogs", "Schreibgeschützt: Diese Datenbank kann nur gelesen werden (Datei oder Ordner ohne "
        "Schreibrecht). Ansehen, Suchen, Berichte und Export gehen; Änderungen werden nicht gespeichert."), bar)
    label.setObjectName("readonlyBannerText")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the whole width, one line
    label.setStyleSheet("QLabel { background: #fff3c4; color: #4a3b00; padding: 6px 10px; }")
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.setWindowTitle(window.windowTitle() + " – " + QCoreApplication.translate("StartupDialogs",
                                                                                   "schreibgeschützt"))
    return bar
