"""The start of the GUI: one instance, passphrase, damaged file → newest good backup, daily backup.

All decisions are in `app.services.startup`; this module only asks and tells.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from app.services import instance_lock, privacy, startup
from app.services.errors import UserError
from app.ui.formats import format_datetime

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
                passphrase: str | None = None) -> startup.Started | None:
    """Everything before the main window; None when the program should end (the user was told why).

    `passphrase`: from `--passphrase-env` (asked for when missing or wrong). In smoke mode nothing waits on a
    dialog: every problem is one line on stderr and the start ends (exit 1)."""
    try:
        lock = startup.acquire(db_path)
    except (instance_lock.AlreadyRunning, dbmod.DatabaseError, UserError) as exc:
        _tell(parent, str(exc), smoke=smoke, critical=not isinstance(exc, instance_lock.AlreadyRunning))
        return None
    try:
        while True:
            try:
                db = startup.open_checked(db_path, passphrase)
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
                db = startup.open_checked(db_path, passphrase)
                break
    except (dbmod.DatabaseError, UserError) as exc:
        lock.release()
        _tell(parent, str(exc), smoke=smoke)
        return None
    except BaseException:
        lock.release()
        raise
    made, error = (None, None) if smoke else startup.after_open()
    if error:
        QMessageBox.warning(parent, QCoreApplication.translate("StartupDialogs", "Brücke"),
                            QCoreApplication.translate(
            "StartupDialogs", "Die tägliche Sicherung ist fehlgeschlagen:\n%1\n\nSie können weiterarbeiten; bitte "
            "den Sicherungsordner in den Einstellungen prüfen.").replace("%1", error))
    return startup.Started(db, lock, made, error)


def add_readonly_banner(window: QMainWindow) -> QToolBar | None:
    """A read-only office (file or folder without write permission): a yellow bar above the window's pages."""
    from app.models import db_proxy

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
