"""Einstellungen → "Datenschutzhinweis und Aufbewahrung": the privacy notice printed on sign-in sheets
(German, and English for bilingual sheets) and after how many years without activity a contact is
offered for archiving or erasure (Aufbewahrung prüfen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QSizePolicy, QSpinBox, QWidget

from app.services import settings
from app.ui.settings.base import SettingsBox

YEARS = (1, 30)  # as the retention review (app/services/privacy_review.py) accepts them


class PrivacySettings(SettingsBox):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db_path, parent)
        self.privacy_notice = self._text_box()
        self.privacy_notice_en = self._text_box()
        self.retention_years = QSpinBox()
        self.retention_years.setRange(*YEARS)
        self.retention_years.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # no full-width spin
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.form_label("privacy_notice", self.privacy_notice), self.privacy_notice)
        self.form.addRow(None, self.error_label("privacy_notice"))  # type: ignore[call-overload]  # field column only
        self.form.addRow(self.form_label("privacy_notice_en", self.privacy_notice_en), self.privacy_notice_en)
        self.form.addRow(self.form_label("retention_years", self.retention_years), self.retention_years)
        self.retranslate()

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        return box

    def watch(self, changed: Callable[[], None]) -> None:
        self.privacy_notice.textChanged.connect(changed)
        self.privacy_notice_en.textChanged.connect(changed)
        self.retention_years.valueChanged.connect(changed)

    def load(self) -> None:
        values = settings.get_all()
        self.privacy_notice.setPlainText(values["privacy_notice"])
        self.privacy_notice_en.setPlainText(values.get("privacy_notice_en", ""))
        try:
            years = int(values["retention_years"])
        except ValueError:
            years = int(settings.DEFAULTS["retention_years"])
        self.retention_years.setValue(min(max(years, YEARS[0]), YEARS[1]))

    def values(self) -> dict[str, str]:
        return {"privacy_notice": self.privacy_notice.toPlainText().strip(),
                "privacy_notice_en": self.privacy_notice_en.toPlainText().strip(),
                "retention_years": str(self.retention_years.value())}

    def validate(self) -> dict[str, str]:
        if not self.values()["privacy_notice"]:
            return {"privacy_notice": self.tr("Bitte einen Datenschutzhinweis angeben – er steht auf jeder "
                                              "Anmeldeliste.")}
        return {}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Datenschutzhinweis und Aufbewahrung"))
        self.labels["privacy_notice"].setText(self.tr("Datenschutzhin&weis:"))
        self.labels["privacy_notice_en"].setText(self.tr("Hinweis en&glisch:"))
        self.labels["retention_years"].setText(self.tr("Aufbewahrungsfrist (&Jahre):"))
        self.privacy_notice.setToolTip(self.tr("Steht unten auf jeder Anmeldeliste"))
        self.privacy_notice_en.setPlaceholderText(self.tr("leer: englischer Standardtext auf zweisprachigen "
                                                          "Anmeldelisten"))
        self.retention_years.setSuffix(self.tr(" Jahre"))
        self.retention_years.setToolTip(self.tr("Kontakte ohne Aktivität seit so vielen Jahren schlägt "
                                                "„Aufbewahrung prüfen“ zum Archivieren oder Löschen vor"))
