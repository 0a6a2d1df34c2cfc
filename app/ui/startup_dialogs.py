"""The start of the GUI: one instance, passphrase, damaged file → newest good backup, daily backup.

All decisions are in `app.services.startup`; this module only asks and tells.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.models import database as dbmod
from app.services import instance_lock, startup
from app.services.errors import UserError

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
        .replace("%3", good.created.strftime("%d.%m.%Y %H:%M")).replace("%4", counts), parent=parent)
    restore = box.addButton(QCoreApplication.translate("StartupDialogs", "Sicherung wiederherstellen"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StartupDialogs", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    startup.recover(path, good.path, passphrase)
    return True


def open_office(db_path: Path, parent: QWidget | None = None, *, smoke: bool = False) -> startup.Started | None:
    """Everything before the main window; None when the program should end (the user was told why)."""
    title = QCoreApplication.translate("StartupDialogs", "Brücke")
    try:
        lock = startup.acquire(db_path)
    except instance_lock.AlreadyRunning as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    except dbmod.DatabaseError as exc:
        QMessageBox.critical(parent, title, str(exc))
        return None
    passphrase: str | None = None
    wrong = False
    try:
        while True:
            try:
                db = startup.open_checked(db_path, passphrase)
                break
            except (dbmod.PassphraseRequired, dbmod.WrongPassphrase) as exc:
                wrong = isinstance(exc, dbmod.WrongPassphrase)
                passphrase = ask_passphrase(parent, db_path, wrong)
                if passphrase is None:
                    lock.release()
                    return None
            except dbmod.DatabaseCorrupt as exc:
                if not _offer_backup(parent, db_path, exc, passphrase):
                    lock.release()
                    return None
                db = startup.open_checked(db_path, passphrase)
                break
    except (dbmod.DatabaseError, UserError) as exc:
        lock.release()
        QMessageBox.critical(parent, title, str(exc))
        return None
    except BaseException:
        lock.release()
        raise
    made, error = (None, None) if smoke else startup.after_open()
    if error:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "StartupDialogs", "Die tägliche Sicherung ist fehlgeschlagen:\n%1\n\nSie können weiterarbeiten; bitte "
            "den Sicherungsordner in den Einstellungen prüfen.").replace("%1", error))
    return startup.Started(db, lock, made, error)
