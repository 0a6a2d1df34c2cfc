"""Einstellungen → "Sprache": the language of the screens and of the reports. The page applies a changed
screen language when it saves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.services import settings
from app.ui import theme
from app.ui.settings.base import SettingsBox

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class LanguageSettings(SettingsBox):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db_path, parent)
        self.language = QComboBox()
        self.report_language = QComboBox()
        for combo in (self.language, self.report_language):
            for key, name in LANGUAGES:
                combo.addItem(name, key)
            combo.setMinimumWidth(220)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.style("muted"))
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(self.form_label("language", self.language), self.language)
        self.form.addRow(self.form_label("report_language", self.report_language), self.report_language)
        self.form.addRow(self.note)
        self.retranslate()

    def watch(self, changed: Callable[[], None]) -> None:
        self.language.currentIndexChanged.connect(changed)
        self.report_language.currentIndexChanged.connect(changed)

    def load(self) -> None:
        values = settings.get_all()
        select(self.language, values["language"])
        select(self.report_language, values["report_language"])

    def values(self) -> dict[str, str]:
        return {"language": str(self.language.currentData()),
                "report_language": str(self.report_language.currentData())}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sprache"))
        self.labels["language"].setText(self.tr("&Sprache der Oberfläche:"))
        self.labels["report_language"].setText(self.tr("Sprache der &Berichte:"))
        self.note.setText(self.tr("Die Oberfläche wechselt beim Speichern sofort; einzelne Texte in "
                                  "bereits geöffneten Fenstern erst nach einem Neustart."))


def select(combo: QComboBox, key: str) -> None:
    """Select a language by its code ("en-GB" counts as English, anything else as German)."""
    index = combo.findData("en" if key.startswith("en") else "de")
    combo.setCurrentIndex(max(index, 0))
