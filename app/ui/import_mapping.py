"""The wizard's mapping page: the header row, the recognised export profile, and one table row per column
of the file – column, sample values, field (a combo box) – readable for 3 columns or Outlook's 92."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.io import cells, spreadsheet
from app.services import imports
from app.services.errors import UserError

SAMPLES = 3
NOTE_LINE = "#note"  # combo data: the profile's column goes to the notes as its own line ("Fax: …")


def column_letter(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


class MappingPage(QWizardPage):
    COLUMN, SAMPLE, FIELD = range(3)

    def __init__(self, wizard: Any) -> None:  # the ImportWizard (import_wizard.py) holding the state
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Kopfzeile und Spalten"))
        self.setSubTitle(self.tr("Die Kopfzeile wurde erkannt; Titelzeilen und Notizen darüber werden übersprungen. "
                                 "Bitte prüfen, welche Spalte wohin gehört."))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        header_label = QLabel(self.tr("Kopfzeile ist Zeile:"), self)
        top.addWidget(header_label)
        self.header_spin = QSpinBox(self)
        header_label.setBuddy(self.header_spin)
        self.header_spin.setRange(1, spreadsheet.HEAD_ROWS)
        top.addWidget(self.header_spin)
        self.remembered = QLabel(self)
        top.addWidget(self.remembered, 1)
        self.remember = QCheckBox(self.tr("Zuordnung für Dateien mit diesen Spalten merken"), self)
        self.remember.setChecked(True)
        top.addWidget(self.remember)
        layout.addLayout(top)
        self.profile = QLabel(self)
        self.profile.setObjectName("importProfile")
        self.profile.setWordWrap(True)
        self.profile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.profile)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName(self.title())
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([self.tr("Spalte in der Datei"), self.tr("Beispielwerte"),
                                              self.tr("Übernehmen als")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COLUMN, 260)
        header.resizeSection(self.FIELD, 260)
        self.table.setMinimumWidth(0)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []
        self.analysed: list[str] = []  # the mapping as analysed (profile, remembered or suggested) …
        self.analysed_priority: list[int] = []  # … and the profile's rank of each column
        self.header_spin.valueChanged.connect(self._header_changed)

    def target_label(self, key: str) -> str:
        labels = {
            "name": self.tr("Name (wird geteilt)"), "salutation": self.tr("Anrede"), "title": self.tr("Titel"),
            "first_name": self.tr("Vorname"), "middle_name": self.tr("Weitere Vornamen"),
            "last_name": self.tr("Nachname"), "function": self.tr("Funktion"),
            "department": self.tr("Abteilung (in die Notizen)"), "organization": self.tr("Organisation"),
            "email": self.tr("E-Mail"), "phone": self.tr("Telefon"), "mobile": self.tr("Mobil"),
            "street": self.tr("Straße"), "street_2": self.tr("Adresszusatz"), "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"), "country": self.tr("Land"), "languages": self.tr("Sprachen"),
            "website": self.tr("Webseite (Organisation, sonst Notizen)"),
            "assistant_phone": self.tr("Telefon Assistenz (in die Notizen)"),
            "consent_date": self.tr("Einwilligung am"), "notes": self.tr("Notizen"), "status": self.tr("Status"),
            "role": self.tr("Rolle"), "date": self.tr("Datum (Beginn)"), "start_time": self.tr("von (Uhrzeit)"),
            "end_time": self.tr("bis (Uhrzeit)"), "end_date": self.tr("Enddatum"), "all_day": self.tr("Ganztägig"),
            "kind": self.tr("Art"), "location": self.tr("Ort"), "categories": self.tr("Kategorien"),
            "private": self.tr("Privat"), "sensitivity": self.tr("Vertraulichkeit"),
            "show_as": self.tr("Anzeigen als (frei/abwesend)"), "online_link": self.tr("Online-Link"),
            "network": self.tr("Gremium"), "agenda": self.tr("Tagesordnung"), "outcome": self.tr("Ergebnis"),
            "expected_participants": self.tr("Erwartete Teilnehmende"), "po_box": self.tr("Postfach"),
            "invitees": self.tr("Eingeladene (Anzahl)"),
        }
        if key == "title" and self.wizard_.kind == "appointments":
            return self.tr("Thema")
        return labels.get(key) or imports.label(self.wizard_.kind, key)  # a field added later: the service's title

    def initializePage(self) -> None:  # noqa: N802
        layout = self.wizard_.layout_
        assert layout is not None
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(layout.header_row)
        self.header_spin.blockSignals(False)
        self._analysed(layout)
        self._show(layout)

    def _analysed(self, layout: imports.Layout) -> None:
        self.analysed, self.analysed_priority = list(layout.mapping), list(layout.priority)

    def _header_changed(self, value: int) -> None:
        wizard = self.wizard_
        assert wizard.path is not None and wizard.layout_ is not None
        try:
            wizard.layout_ = imports.analyse(wizard.path, wizard.kind, wizard.layout_.sheet, header_row=value)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self._analysed(wizard.layout_)
        self._show(wizard.layout_)

    def _profile_text(self, layout: imports.Layout) -> str:
        if not layout.profile:
            return self.tr("Kein bekanntes Exportformat erkannt – zugeordnet nach Spaltentiteln und Werten.")
        if layout.kind == "appointments":
            return self.tr("Erkannt: %1 – die Spalten sind Feld für Feld zugeordnet; private Termine und "
                           "Abwesenheiten werden übersprungen.").replace("%1", layout.profile_label)
        return self.tr("Erkannt: %1 – die Spalten sind Feld für Feld zugeordnet; geschäftliche Angaben gehen vor "
                       "privaten.").replace("%1", layout.profile_label)

    def _show(self, layout: imports.Layout) -> None:
        self.remembered.setText(self.tr("Zuordnung wie beim letzten Mal") if layout.remembered else "")
        note = self.wizard_.kind_changed_note()
        self.profile.setText(" ".join(text for text in (self._profile_text(layout), note) if text))
        samples: list[list[str]] = [[] for _ in layout.headers]
        for number, values in layout.head:
            if number <= layout.header_row:
                continue
            for column, value in enumerate(values[:len(layout.headers)]):
                text = cells.text(value).replace("\n", " ")
                if text and len(samples[column]) < SAMPLES:
                    samples[column].append(text[:60])
        self.table.setRowCount(len(layout.headers))
        self.combos = []
        targets = imports.TARGETS[self.wizard_.kind]
        for column, (header, target) in enumerate(zip(layout.headers, layout.mapping, strict=True)):
            item = QTableWidgetItem(f"{column_letter(column)}  {header or self.tr('(ohne Titel)')}")
            item.setToolTip(header)
            self.table.setItem(column, self.COLUMN, item)
            sample = QTableWidgetItem(" · ".join(samples[column]))
            sample.setToolTip("\n".join(samples[column]))
            self.table.setItem(column, self.SAMPLE, sample)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("– nicht übernehmen –"), "")
            note = layout.note_lines.get(column) or layout.left_out.get(column)
            if note:  # a profile's column without a field of its own: kept as a notes line, as the CLI says
                combo.addItem(self.tr("Notizen („%1: …“)").replace("%1", note), NOTE_LINE)
            for entry in targets:
                combo.addItem(self.target_label(entry.key), entry.key)
            combo.setCurrentIndex(max(0, combo.findData(target or (NOTE_LINE if layout.note_line(column) else ""))))
            combo.setAccessibleName(self.tr("Spalte %1 „%2“ übernehmen als").replace("%1", column_letter(column))
                                    .replace("%2", header or self.tr("(ohne Titel)")))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        self._check()

    def mapping(self) -> list[str]:
        return ["" if data == NOTE_LINE else data for data in self.choices()]

    def choices(self) -> list[str]:
        """Per column: a field's key, NOTE_LINE (kept as a notes line) or "" (not taken over)."""
        return [str(combo.currentData() or "") for combo in self.combos]

    def set_field(self, column: int, key: str) -> None:
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(key)))

    def _problem(self) -> str | None:
        layout = self.wizard_.layout_
        return imports.check_mapping(self.wizard_.kind, self.mapping(),
                                     repeated_ok=bool(layout is not None and layout.profile))

    def _check(self) -> None:
        self.message.setText(self._problem() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and self._problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        layout = self.wizard_.layout_
        assert layout is not None
        choices = self.choices()
        layout.mapping = ["" if choice == NOTE_LINE else choice for choice in choices]
        for column, choice in enumerate(choices):
            if choice == NOTE_LINE:
                layout.keep_as_note(column)
            elif not choice:
                layout.leave_out(column)  # a profile's notes line too: "nicht übernehmen" means not at all
        layout.put_choices_first(self.analysed, self.analysed_priority)
        if self.remember.isChecked():
            imports.remember_mapping(self.wizard_.kind, layout.headers, layout.mapping, layout.left_out)
        return True
