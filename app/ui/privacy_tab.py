"""The "Datenschutz" tab of a contact: legal basis and consent, Art. 15 information, Art. 17 erasure, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import privacy, settings
from app.services.errors import UserError, ValidationError
from app.ui.worker import run_in_background

ERROR_STYLE = "color: #c0392b;"


def _date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class PrivacyTab(QWidget):
    """`set_person(id)` loads a contact; `erased` is emitted after an erasure (the editor reloads)."""

    erased = Signal(int)
    consent_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Datenschutz"))
        layout = QVBoxLayout(self)
        self.consent_box = QGroupBox(self.tr("Rechtsgrundlage und Einwilligung"), self)
        form = QFormLayout(self.consent_box)
        self.legal_basis = QComboBox(self)
        self.legal_basis.setEditable(True)
        self.legal_basis.addItems(["", self.tr("Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)"),
                                   self.tr("Art. 6 Abs. 1 lit. e DSGVO (öffentliche Aufgabe)"),
                                   self.tr("Art. 6 Abs. 1 lit. b DSGVO (Vertrag)"),
                                   self.tr("Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)")])
        self.consent_date = QLineEdit(self)
        self.consent_date.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.consent_purpose = QLineEdit(self)
        self.consent_purpose.setPlaceholderText(self.tr("z. B. Einladungen zum Runden Tisch"))
        self.consent_how = QComboBox(self)
        self.consent_how.setEditable(True)
        self.consent_how.addItems(["", self.tr("schriftlich"), self.tr("per E-Mail"), self.tr("mündlich"),
                                   self.tr("Anmeldeformular")])
        self.consent_withdrawn = QLineEdit(self)
        self.consent_withdrawn.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        form.addRow(self.tr("Rechtsgrundlage"), self.legal_basis)
        form.addRow(self.tr("Einwilligung am"), self.consent_date)
        form.addRow(self.tr("Zweck"), self.consent_purpose)
        form.addRow(self.tr("Wie erteilt"), self.consent_how)
        form.addRow(self.tr("Widerrufen am"), self.consent_withdrawn)
        self.consent_error = QLabel(self)
        self.consent_error.setStyleSheet(ERROR_STYLE)
        self.consent_error.setWordWrap(True)
        form.addRow(self.consent_error)
        self.save_button = QPushButton(self.tr("Einwilligung speichern"), self)
        self.save_button.clicked.connect(self.save_consent)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        layout.addWidget(self.consent_box)

        rights = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Auskunft als PDF …"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Auskunft als Excel …"), self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.erase_button = QPushButton(self.tr("Löschen nach Art. 17 …"), self)
        self.erase_button.setStyleSheet("color: #c0392b;")
        self.erase_button.clicked.connect(self.erase)
        rights.addWidget(self.pdf_button)
        rights.addWidget(self.xlsx_button)
        rights.addStretch(1)
        rights.addWidget(self.erase_button)
        layout.addLayout(rights)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.history_caption = QLabel(self.tr("Änderungsprotokoll dieses Kontakts"), self)
        self.history_caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.history_caption)
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Zeitpunkt"), self.tr("Benutzer"), self.tr("Aktion"),
                                      self.tr("Änderungen")])
        layout.addWidget(self.history, 1)
        self.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.person_id is not None:
            self.set_person(self.person_id)
        super().changeEvent(event)

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.setEnabled(person_id is not None)
        self.history.clear()
        if person_id is None:
            return
        from app.models import Person

        person = Person.get_by_id(person_id)
        values = privacy.consent(person_id)
        self.legal_basis.setCurrentText(values["legal_basis"])
        self.consent_date.setText(_date_text(values["consent_date"]))
        self.consent_purpose.setText(values["consent_purpose"])
        self.consent_how.setCurrentText(values["consent_how"])
        self.consent_withdrawn.setText(_date_text(values["consent_withdrawn"]))
        self.consent_error.clear()
        erased = person.erased_at is not None
        for widget in (self.consent_box, self.erase_button, self.pdf_button, self.xlsx_button):
            widget.setEnabled(not erased)
        self.state.setText(self.tr("Nach Art. 17 DSGVO gelöscht am %1.").replace(
            "%1", person.erased_at.strftime("%d.%m.%Y %H:%M")) if erased else "")
        for row in privacy.audit_log(entity="person", entity_id=person_id):
            self.history.addTopLevelItem(QTreeWidgetItem([row.timestamp.strftime("%d.%m.%Y %H:%M"), row.os_user,
                                                          row.action, row.changes]))
        for column in range(3):
            self.history.resizeColumnToContents(column)

    def consent_values(self) -> dict[str, str]:
        return {"legal_basis": self.legal_basis.currentText().strip(),
                "consent_date": self.consent_date.text().strip(),
                "consent_purpose": self.consent_purpose.text().strip(),
                "consent_how": self.consent_how.currentText().strip(),
                "consent_withdrawn": self.consent_withdrawn.text().strip()}

    def save_consent(self) -> bool:
        if self.person_id is None:
            return False
        try:
            privacy.set_consent(self.person_id, self.consent_values())
        except ValidationError as exc:
            names = {"consent_date": self.tr("Einwilligung am"), "consent_withdrawn": self.tr("Widerrufen am"),
                     "consent_purpose": self.tr("Zweck"), "consent_how": self.tr("Wie erteilt"),
                     "legal_basis": self.tr("Rechtsgrundlage")}
            self.consent_error.setText("\n".join(f"{names.get(k, k)}: {v}" for k, v in exc.errors.items()))
            return False
        except UserError as exc:
            self.consent_error.setText(str(exc))
            return False
        self.set_person(self.person_id)
        self.consent_saved.emit(self.person_id)
        return True

    def export(self, kind: str) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        caption = self.tr("Auskunft speichern")
        pattern = self.tr("PDF-Dokument (*.pdf)") if kind == "pdf" else self.tr("Excel-Arbeitsmappe (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, caption, f"Auskunft-{person_id}.{kind}", pattern)
        if not name:
            return
        path = Path(name) if name.lower().endswith("." + kind) else Path(name + "." + kind)
        language = settings.get("report_language") or "de"
        run_in_background(self, caption, lambda progress: privacy.export_person(person_id, path, language),
                          lambda written: self.state.setText(self.tr("Gespeichert: %1").replace("%1", str(written))))

    def erase(self) -> None:
        if self.person_id is None:
            return
        from app.models import Person

        person = Person.get_by_id(self.person_id)
        dialog = EraseConfirmation(person.full_name or person.last_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person_id = self.person_id

        def done(_: object) -> None:
            self.set_person(person_id)
            self.erased.emit(person_id)

        run_in_background(self, self.tr("Löschen nach Art. 17"), lambda progress: privacy.erase_person(person_id),
                          done)


class EraseConfirmation(QDialog):
    """Strong confirmation: says what happens and needs the word LÖSCHEN typed."""

    WORD = "LÖSCHEN"

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Löschen nach Art. 17 DSGVO"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<b>%1</b> wird endgültig anonymisiert: Name, Kontaktdaten, Notizen und Einwilligung werden "
            "überschrieben – auch in Teilnahmelisten, im Änderungsprotokoll und im Suchindex. Die Teilnahmen "
            "zählen im Jahresbericht weiter, ohne Namen.<br><br>Vorher wird eine Sicherung angelegt; wird "
            "sie später wiederhergestellt, wird die Löschung erneut angewendet.<br><br>Zum Bestätigen "
            "<b>%2</b> eingeben:").replace("%1", name.replace("<", "&lt;")).replace("%2", self.WORD), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.word = QLineEdit(self)
        layout.addWidget(self.word)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Endgültig löschen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.ok.setEnabled(False)
        self.word.textChanged.connect(lambda text: self.ok.setEnabled(text.strip() == self.WORD))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 260)


def confirm_erasure(parent: QWidget | None, description: str) -> bool:
    return EraseConfirmation(description, parent).exec() == QDialog.DialogCode.Accepted

