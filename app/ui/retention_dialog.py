"""Aufbewahrung prüfen: contacts without activity for N years, to archive or erase (Art. 17)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import erasure, privacy
from app.services.privacy import ErasureSummary
from app.ui import i18n, role_gate, theme
from app.ui.formats import format_day
from app.ui.privacy_tab import confirm_erasure, show_erasure_summary
from app.ui.worker import run_in_background


class RetentionDialog(QDialog):
    WRITE_CONTROLS = ("archive_button",)  # app/ui/role_gate.py: Art. 17 only for the commissioner
    ERASE_CONTROLS = ("erase_button",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        i18n.ensure_installed()  # plural forms ("1 Eintrag") come from a .qm, German too
        self.setWindowTitle(self.tr("Aufbewahrung prüfen"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        years_label = QLabel(self.tr("Kontakte ohne Aktivität &seit"), self)
        row.addWidget(years_label)
        self.years = QSpinBox(self)
        years_label.setBuddy(self.years)
        self.years.setRange(1, 30)
        self.years.setValue(privacy.retention_years())
        self.years.setSuffix(self.tr(" Jahren"))
        self.years.valueChanged.connect(self.load)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr("Aktivität: eine Änderung am Kontakt, eine Teilnahme oder eine laufende "
                              "Mitgliedschaft. Markierte Kontakte können archiviert oder nach Art. 17 "
                              "gelöscht (anonymisiert) werden."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setTabKeyNavigation(False)
        self.tree.setAccessibleName(self.tr("Kontakte ohne Aktivität"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Letzte Aktivität"),
                                   self.tr("Archiviert")])
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.erasure_result = QLabel(self)  # after an erasure: what it reached (records, backups)
        self.erasure_result.setWordWrap(True)
        self.erasure_result.setAccessibleName(self.tr("Ergebnis der Löschung"))
        self.erasure_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.erasure_result)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&Alle markieren"), self)
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button = QPushButton(self.tr("&Keine markieren"), self)
        self.none_button.clicked.connect(lambda: self.check_all(False))
        self.archive_button = QPushButton(self.tr("Markierte a&rchivieren"), self)
        self.archive_button.clicked.connect(self.archive)
        self.erase_button = QPushButton(self.tr("Markierte &löschen (Art. 17) …"), self)
        self.erase_button.setStyleSheet(theme.style("error"))
        self.erase_button.clicked.connect(self.erase)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)
        for button in (self.all_button, self.none_button, self.archive_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(820, 480)
        self.load()
        role_gate.restrict(self)
        self.years.setFocus()

    def load(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        candidates = privacy.retention_candidates(self.years.value())
        for c in candidates:
            last = format_day(c.last_activity) if c.last_activity else "–"
            item = QTreeWidgetItem([c.name, c.organization, last, self.tr("ja") if c.archived else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, c.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self.tr("%n Kontakt(e) gefunden.", "", len(candidates)))
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        ids = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                ids.append(int(item.data(0, Qt.ItemDataRole.UserRole)))
        return ids

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                item.setCheckState(0, state)

    def _update_buttons(self) -> None:
        some = bool(self.checked_ids())
        self.archive_button.setEnabled(some)
        self.erase_button.setEnabled(some)

    def archive(self) -> None:
        ids = self.checked_ids()
        run_in_background(self, self.tr("Archivieren"), lambda progress: privacy.archive_persons(ids),
                          lambda _: self.load())

    def erase(self) -> None:
        ids = self.checked_ids()
        if not ids or not confirm_erasure(self, self.tr("%n Kontakt(e)", "", len(ids))):
            return
        run_in_background(self, self.tr("Löschen nach Art. 17"),
                          lambda progress: erasure.erase_persons_detailed(ids), self._erased)

    def _erased(self, summary: ErasureSummary) -> None:
        self.load()
        self.summary_box = show_erasure_summary(self, self.erasure_result, summary)
