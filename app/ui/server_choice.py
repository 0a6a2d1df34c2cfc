"""First-run choice (issue 13): "Allein an diesem Rechner" (a file here) or "Mit dem Büro-Server verbinden"
(PostgreSQL, set up by the office's IT with `bruecke server-init`). The server's password is asked for when
~/.pgpass has none and is kept only while Brücke runs; the address is remembered for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.database import PassphraseRequired, WrongPassphrase
from app.models.engine import server_url
from app.services import server_choice, startup
from app.services.errors import UserError
from app.ui.retranslate import Retranslating

TRIES = 3


class WhereChoice(Retranslating, QWidget):
    """Two choices and, for the server, its address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.alone = QRadioButton(self)
        self.server = QRadioButton(self)
        self.alone.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.alone)
        group.addButton(self.server)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql://name@server/bruecke")
        self.address.setText(server_choice.remembered_server() or "")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.caption, self.alone, self.server, self.address, self.hint):
            layout.addWidget(widget)
        self.address.setContentsMargins(22, 0, 0, 0)
        self.hint.setContentsMargins(22, 0, 0, 0)
        self.server.toggled.connect(self._toggled)
        self._toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Wo arbeitet Brücke?"))
        self.alone.setText(self.tr("&Allein an diesem Rechner"))
        self.server.setText(self.tr("Mit dem &Büro-Server verbinden"))
        self.address.setAccessibleName(self.tr("Adresse des Büro-Servers"))
        self.hint.setText(self.tr("Die Adresse nennt Ihre IT (eingerichtet mit „bruecke server-init“). Das "
                                  "Kennwort wird beim Verbinden abgefragt und nicht gespeichert."))

    def _toggled(self, checked: bool) -> None:
        self.address.setEnabled(checked)
        self.hint.setVisible(checked)

    def server_url(self) -> str | None:
        return self.address.text().strip() if self.server.isChecked() else None

    def connect_if_chosen(self) -> bool:
        """Nothing to do for "alone"; for the server: connect (asking for the password if needed) and
        remember the address. False keeps the dialog open (wrong address, cancelled, refused)."""
        url = self.server_url()
        if url is None:
            return True
        if server_url(url) is None:
            QMessageBox.warning(self, self.tr("Büro-Server"),
                                self.tr("Die Adresse beginnt mit postgresql:// – bitte bei der IT erfragen."))
            return False
        password: str | None = None
        for _ in range(TRIES):
            try:
                startup.open_checked(url, password)  # type: ignore[arg-type]
            except (PassphraseRequired, WrongPassphrase) as exc:
                text, ok = QInputDialog.getText(self, self.tr("Büro-Server"), str(exc) + "\n" + self.tr("Kennwort:"),
                                                QLineEdit.EchoMode.Password)
                if not ok:
                    return False
                password = text
                continue
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Büro-Server"), str(exc))
                return False
            server_choice.remember_server(url)
            return True
        return False
