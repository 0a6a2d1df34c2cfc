"""What every topic of the Einstellungen page offers the page (as Picard's options pages do).

A section is a group box in the page's column. `load()` fills its widgets from the settings service;
`values()` are the settings keys it contributes to the page's one Speichern (none for a section that saves
at once, like the fields of action or the subscription folder); `save()` validates, shows the problems next
to the fields and returns the values, or None when something must be fixed first. `watch(callback)` tells
the page when a widget changes, so it can enable Speichern/Verwerfen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from app.ui import theme
from app.ui.retranslate import Retranslating


class SettingsSection:
    """Defaults for a section; listed after the Qt base class so a widget's own methods win."""

    labels: dict[str, QLabel]
    errors: dict[str, QLabel]

    def load(self) -> None:
        """Fill the widgets from the settings service."""

    def values(self) -> dict[str, str]:
        """The settings keys this section writes with the page's Speichern, as the widgets show them."""
        return {}

    def validate(self) -> dict[str, str]:
        """Problems by key (the key of the error label that shows it)."""
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in getattr(self, "errors", {}).items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def save(self) -> dict[str, str] | None:
        """Validate: the values to write, or None (the problems are shown next to the fields)."""
        errors = self.validate()
        self.show_errors(errors)
        return None if errors else self.values()

    def watch(self, changed: Callable[[], None]) -> None:
        """Call `changed` whenever a widget that belongs to `values()` changes."""

    def refresh(self) -> None:
        """Re-read what the section shows besides its edited values (the page reloads those itself)."""


class SettingsBox(Retranslating, QGroupBox, SettingsSection):
    """A section built here: a group box with form labels (their texts set in `retranslate()`)."""

    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.labels = {}
        self.errors = {}

    def form_label(self, key: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel()
        if buddy is not None:
            label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(theme.style("error"))
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label
