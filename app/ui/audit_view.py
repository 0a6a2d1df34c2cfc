"""Änderungsprotokoll: audit entries by period and kind of record, exportable to Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import privacy
from app.ui import i18n
from app.ui.formats import date_pattern, format_datetime
from app.ui.privacy_tab import action_text
from app.ui.worker import run_in_background

SHOWN = 5000


class AuditView(QDialog):
    def __init__(self, entity: str | None = None, entity_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        i18n.ensure_installed()  # plural forms ("1 Eintrag") come from a .qm, German too
        self.entity_id = entity_id
        self.rows: list[privacy.AuditRow] = []
        self.setWindowTitle(self.tr("Änderungsprotokoll"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
        self.kind = QComboBox(self)
        for key, text in ((None, self.tr("alle Datensätze")), ("person", self.tr("Kontakte")),
                          ("organization", self.tr("Organisationen")), ("network", self.tr("Gremien")),
                          ("membership", self.tr("Mitgliedschaften")), ("appointment", self.tr("Termine")),
                          ("attendance", self.tr("Teilnahmen")), ("setting", self.tr("Einstellungen")),
                          ("import_batch", self.tr("Importe"))):
            self.kind.addItem(text, key)
        if entity:
            self.kind.setCurrentIndex(max(0, self.kind.findData(entity)))
        start_label = QLabel(self.tr("&Von"), self)
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&bis"), self)
        end_label.setBuddy(self.end)
        self.kind.setAccessibleName(self.tr("Art der Datensätze"))
        row.addWidget(start_label)
        row.addWidget(self.start)
        row.addWidget(end_label)
        row.addWidget(self.end)
        row.addWidget(self.kind)
        self.show_button = QPushButton(self.tr("&Anzeigen"), self)
        self.show_button.clicked.connect(self.load)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xportieren …"), self)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setTabKeyNavigation(False)
        self.tree.setAccessibleName(self.tr("Änderungsprotokoll"))
        self.tree.setHeaderLabels([self.tr("Zeitpunkt"), self.tr("Benutzer"), self.tr("Datensatz"), self.tr("Nr."),
                                   self.tr("Aktion"), self.tr("Änderungen")])
        layout.addWidget(self.tree, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.resize(1000, 560)
        self.load()
        self.start.setFocus()

    def load(self) -> None:
        self.rows = privacy.audit_log(_day(self.start.date()), _day(self.end.date()),
                                      self.kind.currentData(), self.entity_id)
        self.tree.clear()
        self.tree.addTopLevelItems([
            QTreeWidgetItem([format_datetime(r.timestamp), r.os_user, r.entity, str(r.entity_id),
                             action_text(r.action), r.changes]) for r in self.rows[:SHOWN]])
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        text = self.tr("%Ln Eintrag/Einträge.", "", len(self.rows))
        if len(self.rows) > SHOWN:
            text += " " + self.tr("Angezeigt werden die neuesten %1; der Export enthält alle.").replace(
                "%1", str(SHOWN))
        self.summary.setText(text)
        self.export_button.setEnabled(bool(self.rows))

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Protokoll exportieren"), "Aenderungsprotokoll.xlsx",
                                              self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        rows = list(self.rows)
        run_in_background(self, self.tr("Protokoll exportieren"), lambda progress: privacy.export_audit(rows, path),
                          lambda written: self.summary.setText(self.tr("Gespeichert: %1").replace(
                              "%1", str(written))))


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
