""""E-Mail an alle" for a network's members or an appointment's invitees, and the mail-merge list.

`MailButton` opens the mail program with the addresses in BCC (`mailto:?bcc=…` through QDesktopServices);
when that URL would be too long for mail programs (> ~1,800 characters) the addresses go to the clipboard
instead and the user pastes them into BCC. Its menu copies the addresses or, for a network, saves the
mail-merge list (Briefanrede, Anschrift) for Word as .xlsx/.csv – the same file as `bruecke export members` –
or the members as a vCard file (`bruecke export persons --network ID`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from app.io import mail_merge
from app.services import letters
from app.services.errors import UserError
from app.services.report_labels import choice
from app.ui.exchange_dialog import export_contacts, save_path


def mail_to_all(parent: QWidget, addresses: list[str]) -> str:
    """Open the mail program with everyone in BCC; "mail", "clipboard" or "none" says what happened."""

    title = QCoreApplication.translate("ExchangeDialog", "E-Mail an alle")
    if not addresses:
        QMessageBox.information(parent, title,
                                QCoreApplication.translate("ExchangeDialog", "Keine E-Mail-Adressen vorhanden."))
        return "none"
    url = letters.mailto(addresses)
    if url is None:
        QGuiApplication.clipboard().setText("; ".join(addresses))
        text = QCoreApplication.translate(
            "ExchangeDialog", "%1 Adressen sind zu viele für einen Mail-Link. Sie sind in die Zwischenablage "
            "kopiert: bitte im Mailprogramm in das BCC-Feld einfügen.")
        QMessageBox.information(parent, title, text.replace("%1", str(len(addresses))))
        QDesktopServices.openUrl(QUrl("mailto:"))
        return "clipboard"
    QDesktopServices.openUrl(QUrl(url))
    return "mail"


class MailButton(QToolButton):
    """ "E-Mail an alle": click opens the mail program; the menu copies the addresses or saves the
    mail-merge list (for a network)."""

    def __init__(self, addresses: Callable[[], list[str]], parent: QWidget | None = None,
                 network_id: Callable[[], int | None] | None = None) -> None:
        super().__init__(parent)
        self.addresses = addresses
        self.network_id = network_id
        self.setText(self.tr("E-Mail an alle"))
        self.setToolTip(self.tr("Mailprogramm mit allen Adressen in BCC öffnen"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(self.send)
        menu = QMenu(self)
        self.copy_action = menu.addAction(self.tr("Adressen in die Zwischenablage kopieren"))
        self.copy_action.triggered.connect(self.copy)
        self.letters_action: QAction | None = None
        self.vcard_action: QAction | None = None
        if network_id is not None:
            self.letters_action = menu.addAction(self.tr("Serienbrief-Liste speichern (Excel/CSV) …"))
            self.letters_action.triggered.connect(self.save_letters)
            self.vcard_action = menu.addAction(self.tr("Mitglieder als vCard exportieren (.vcf) …"))
            self.vcard_action.triggered.connect(self.save_vcard)  # issue 11 §6: a network's members
        self.setMenu(menu)

    def _addresses(self) -> list[str]:
        try:
            return self.addresses()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("E-Mail an alle"), str(exc))
            return []

    def send(self) -> str:
        return mail_to_all(self, self._addresses())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("; ".join(self._addresses()))

    def save_vcard(self) -> Path | None:
        """The network's members (and its member organisations' contacts) as one .vcf, written in the background."""
        network = self.network_id() if self.network_id is not None else None
        if network is None:
            return None
        return export_contacts(self, network_id=network)

    def save_letters(self) -> Path | None:
        network = self.network_id() if self.network_id is not None else None
        if network is None:
            return None
        target = save_path(self, self.tr("Serienbrief-Liste speichern"), "Serienbrief.xlsx",
                       self.tr("Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)"), ".xlsx")
        if target is None:
            return None
        return save_letter_list(self, network, target)


def save_letter_list(parent: QWidget, network_id: int, target: Path) -> Path | None:

    if target.suffix.lower() not in mail_merge.SUFFIXES:
        target = target.with_suffix(".xlsx")
    try:
        rows = letters.member_rows(network_id)
        roles = {key: choice("membership_role", key) for key in {r.role for r in rows}}
        return mail_merge.write_members(target, rows, roles)
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ExchangeDialog", "Serienbrief"), str(exc))
        return None


