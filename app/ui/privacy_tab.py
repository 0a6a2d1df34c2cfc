"""The "Datenschutz" tab of a contact: legal basis and consent, Art. 15 information, Art. 17 erasure, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import audit, contacts, erasure, privacy, settings
from app.services.errors import NotFoundError, UserError, ValidationError
from app.services.privacy import ErasureSummary
from app.ui import i18n, role_gate, theme
from app.ui.formats import date_placeholder, format_datetime, format_day, language, to_iso
from app.ui.retranslate import Retranslating
from app.ui.worker import run_in_background


def _date_text(value: dt.date | None) -> str:
    return format_day(value) if value else ""


def _value_text(value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("PrivacyTab", "(leer)")
    if isinstance(value, bool):
        return QCoreApplication.translate("PrivacyTab", "ja") if value else QCoreApplication.translate(
            "PrivacyTab", "nein")
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        return format_day(value)
    if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
        return format_datetime(value)
    return str(value)


def action_text(action: str) -> str:
    """What happened, in words (the log stores a key such as "update" or "bulk_create")."""
    translate = QCoreApplication.translate
    texts = {
        "create": translate("PrivacyTab", "Angelegt"),
        "update": translate("PrivacyTab", "Geändert"),
        "delete": translate("PrivacyTab", "Gelöscht"),
        "import": translate("PrivacyTab", "Importiert"),
        "bulk_create": translate("PrivacyTab", "Angelegt (mehrere auf einmal)"),
        "demo": translate("PrivacyTab", "Als Demo-Daten angelegt"),
        "undo_import": translate("PrivacyTab", "Import zurückgenommen"),
        "export_art15": translate("PrivacyTab", "Auskunft nach Art. 15 erteilt"),
        "erase": translate("PrivacyTab", "Nach Art. 17 gelöscht (anonymisiert)"),
        "merge": translate("PrivacyTab", "Mit einem Duplikat zusammengeführt"),
    }
    return texts.get(action, action.replace("_", " "))


def changes_text(action: str, changes: dict[str, object]) -> str:
    """The changed fields with their German/English labels: "Telefon: 0351 1234 → 0351 5678"."""

    labels = privacy.FIELD_LABELS.get(language(), privacy.FIELD_LABELS["de"])
    parts = []
    for name, pair in changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        if name == "ids":  # one entry for a whole batch (import, demo): "153–162"
            span = str(new or "")
            first, _, last = span.partition("–")
            count = int(last) - int(first) + 1 if first.isdigit() and last.isdigit() else 0
            text = QCoreApplication.translate("PrivacyTab", "einer von %n auf einmal angelegten Einträgen (Nr. %1)",
                                              "", count)
            parts.append(text.replace("%1", span))
            continue
        label = labels.get(name, name.replace("_", " "))
        if action == "create" or old in (None, ""):
            parts.append(f"{label}: {_value_text(new)}")
        else:
            parts.append(f"{label}: {_value_text(old)} → {_value_text(new)}")
    return "; ".join(parts)


class PrivacyTab(Retranslating, QWidget):
    """`set_person(id)` loads a contact; `erased` is emitted after an erasure (the editor reloads)."""

    erased = Signal(int)
    ERASE_CONTROLS = ("erase_button",)  # app/ui/role_gate.py: Art. 17 only for the commissioner
    WRITE_CONTROLS = ("pdf_button", "xlsx_button")  # the Art. 15 information is logged: a reader writes nothing
    READ_ONLY_AREAS = ("consent_box",)
    consent_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        i18n.ensure_installed()  # plural forms ("1 Eintrag") come from a .qm, German too
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
        self.consent_date.setPlaceholderText(date_placeholder())
        self.consent_purpose = QLineEdit(self)
        self.consent_purpose.setPlaceholderText(self.tr("z. B. Einladungen zum Runden Tisch"))
        self.consent_how = QComboBox(self)
        self.consent_how.setEditable(True)
        self.consent_how.addItems(["", self.tr("schriftlich"), self.tr("per E-Mail"), self.tr("mündlich"),
                                   self.tr("Anmeldeformular")])
        self.consent_withdrawn = QLineEdit(self)
        self.consent_withdrawn.setPlaceholderText(date_placeholder())
        form.addRow(self.tr("Rechts&grundlage"), self.legal_basis)
        form.addRow(self.tr("Einwilligung a&m"), self.consent_date)
        form.addRow(self.tr("&Zweck"), self.consent_purpose)
        form.addRow(self.tr("Wie er&teilt"), self.consent_how)
        form.addRow(self.tr("Wider&rufen am"), self.consent_withdrawn)
        self.consent_error = QLabel(self)
        self.consent_error.setStyleSheet(theme.style("error"))
        self.consent_error.setWordWrap(True)
        form.addRow(self.consent_error)
        # saved with the contact (the editor's Speichern): one save button per window
        self.consent_note = QLabel(self.tr("Wird mit dem Kontakt gespeichert (Strg+S)."), self)
        self.consent_note.setStyleSheet(theme.style("muted"))
        form.addRow(self.consent_note)
        layout.addWidget(self.consent_box)

        rights = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Auskunft als &PDF …"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Auskunft als E&xcel …"), self)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.erase_button = QPushButton(self.tr("Löschen nach Art. &17 …"), self)
        self.erase_button.setStyleSheet(theme.style("error"))
        self.erase_button.clicked.connect(self.erase)
        rights.addWidget(self.pdf_button)
        rights.addWidget(self.xlsx_button)
        rights.addStretch(1)
        rights.addWidget(self.erase_button)
        layout.addLayout(rights)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        # after an erasure: what it reached (other records, backups cleaned, backups it could not clean)
        self.erasure_result = QLabel(self)
        self.erasure_result.setWordWrap(True)
        self.erasure_result.setAccessibleName(self.tr("Ergebnis der Löschung"))
        self.erasure_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.erasure_result)
        self._result_for: int | None = None

        self.history_caption = QLabel(self.tr("Änderungsprotokoll dieses Kontakts"), self)
        self.history_caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.history_caption)
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Änderungsprotokoll dieses Kontakts"))
        self.history_caption.setBuddy(self.history)
        self.history.setHeaderLabels([self.tr("Zeitpunkt"), self.tr("Benutzer"), self.tr("Aktion"),
                                      self.tr("Änderungen")])
        layout.addWidget(self.history, 1)
        self.setEnabled(False)

    def retranslate(self) -> None:
        """A language switch re-reads the contact's history and texts; a contact deleted meanwhile clears the tab."""
        if self.person_id is None:
            return
        try:
            self.set_person(self.person_id)
        except NotFoundError:
            self.set_person(None)

    def set_person(self, person_id: int | None) -> None:
        if person_id != self._result_for:
            self.erasure_result.clear()
            self._result_for = None
        self.person_id = person_id
        self.setEnabled(person_id is not None)
        self.history.clear()
        if person_id is None:
            return

        person = contacts.get_person(person_id)
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
            "%1", format_datetime(person.erased_at)) if erased else "")
        for row in audit.record_history("person", person_id):
            changes = changes_text(row["action"], row["changes"])
            item = QTreeWidgetItem([format_datetime(row["timestamp"]), row["os_user"], action_text(row["action"]),
                                    changes])
            item.setToolTip(3, changes)
            self.history.addTopLevelItem(item)
        for column in range(3):
            self.history.resizeColumnToContents(column)

    def consent_values(self) -> dict[str, str]:
        return {"legal_basis": self.legal_basis.currentText().strip(),
                "consent_date": to_iso(self.consent_date.text()),
                "consent_purpose": self.consent_purpose.text().strip(),
                "consent_how": self.consent_how.currentText().strip(),
                "consent_withdrawn": to_iso(self.consent_withdrawn.text())}

    def field_names(self) -> dict[str, str]:
        return {"consent_date": self.tr("Einwilligung am"), "consent_withdrawn": self.tr("Widerrufen am"),
                "consent_purpose": self.tr("Zweck"), "consent_how": self.tr("Wie erteilt"),
                "legal_basis": self.tr("Rechtsgrundlage")}

    def bindings(self) -> list[tuple[str, QWidget, Callable[[], object], Callable[[object], None]]]:
        """(field, widget, get, set) of the consent fields: the contact editor saves them with the contact."""
        def combo(box: QComboBox) -> tuple[Callable[[], object], Callable[[object], None]]:
            return (lambda: box.currentText().strip()), (lambda v: box.setCurrentText("" if v is None else str(v)))

        def line(edit: QLineEdit, day: bool) -> tuple[Callable[[], object], Callable[[object], None]]:
            if day:
                return (lambda: to_iso(edit.text())), (lambda v: edit.setText(_date_text(v)))  # type: ignore[arg-type]
            return (lambda: edit.text().strip()), (lambda v: edit.setText("" if v is None else str(v)))
        return [("legal_basis", self.legal_basis, *combo(self.legal_basis)),
                ("consent_date", self.consent_date, *line(self.consent_date, True)),
                ("consent_purpose", self.consent_purpose, *line(self.consent_purpose, False)),
                ("consent_how", self.consent_how, *combo(self.consent_how)),
                ("consent_withdrawn", self.consent_withdrawn, *line(self.consent_withdrawn, True))]

    def save_consent(self) -> bool:
        if self.person_id is None:
            return False
        try:
            privacy.set_consent(self.person_id, self.consent_values())
        except ValidationError as exc:
            names = self.field_names()
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

    @role_gate.requires(role_gate.ERASE)
    def erase(self) -> None:
        if self.person_id is None:
            return

        person = contacts.get_person(self.person_id)
        if not confirm_erasure(self, person.full_name or person.last_name):
            return
        person_id = self.person_id

        def done(summary: object) -> None:
            self.set_person(person_id)
            if isinstance(summary, ErasureSummary):
                self.show_erasure_summary(person_id, summary)
            self.erased.emit(person_id)

        run_in_background(self, self.tr("Löschen nach Art. 17"), lambda progress: erasure.erase_person(person_id),
                          done)


    def show_erasure_summary(self, person_id: int, summary: ErasureSummary) -> None:
        """What the erasure reached, in the tab (stays while this contact is shown) and in a message."""
        self._result_for = person_id
        self.summary_box = show_erasure_summary(self, self.erasure_result, summary)


def show_erasure_summary(parent: QWidget, label: QLabel, summary: ErasureSummary) -> QMessageBox:
    """What an erasure reached: kept in `label` (red when a backup could not be cleaned) and said in a message
    box, window-modal without blocking the event loop. Returns the box."""
    text = erasure_summary_text(summary)
    label.setText(text)
    label.setStyleSheet(theme.style("error") if summary.backups_left else "")
    box = QMessageBox(QMessageBox.Icon.Warning if summary.backups_left else QMessageBox.Icon.Information,
                      QCoreApplication.translate("PrivacyTab", "Löschen nach Art. 17"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def erasure_summary_text(summary: ErasureSummary) -> str:
    """The service's sentence (how many, where else the name was replaced, how many backups were cleaned,
    which could not be) plus the names of the cleaned backups."""
    text = summary.text()
    if summary.backups_cleaned_files:
        text += "\n" + QCoreApplication.translate("PrivacyTab", "Bereinigte Sicherungen: %1").replace(
            "%1", ", ".join(summary.backups_cleaned_files))
    return text  # the backups it could not clean are named in the service's sentence


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
        self.word.setAccessibleName(self.tr("Bestätigungswort %1").replace("%1", self.WORD))
        text.setBuddy(self.word)
        layout.addWidget(self.word)
        self.word.setFocus()
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

