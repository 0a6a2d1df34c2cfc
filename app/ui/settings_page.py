"""Einstellungen: one scrolling column of topics (app/ui/settings/: office, language, data file, fields of
action, backup, privacy notice, calendar subscription) and one Speichern for all of them.

Each topic is its own class with `load()` / `save()` (as Picard's option pages); this page loads them all,
enables Speichern/Verwerfen when a value differs from what is stored, writes every topic's values in one
transaction, and applies a changed UI language at once. Fields of action, the backup folder and the
subscription folder save on their own as before. `add_section(widget)` appends another group box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.services import settings
from app.services.errors import UserError
from app.ui import role_gate, theme
from app.ui.i18n import apply_language
from app.ui.retranslate import Retranslating
from app.ui.settings import SECTIONS, SettingsSection
from app.ui.settings.backup import BackupSettings
from app.ui.settings.data import database_path as database_path
from app.ui.settings.exchange import ExchangeSettings
from app.ui.settings.fields import FIELD_ARCHIVED_ROLE as FIELD_ARCHIVED_ROLE
from app.ui.settings.fields import FIELD_ID_ROLE as FIELD_ID_ROLE
from app.ui.settings.language import LANGUAGES

# What the page offered before the split into topics (main window, tests): attribute -> (topic, its name).
PUBLIC: dict[str, tuple[str, str]] = {
    **{name: ("office", name) for name in (
        "office_name", "commissioner", "commissioner_title", "commissioner_title_en", "letterhead", "logo_path",
        "logo_choose", "logo_clear", "logo_preview", "bundesland", "choose_logo", "set_logo", "LOGO_PREVIEW")},
    "office_form": ("office", "form"),
    **{name: ("language", name) for name in ("language", "report_language")},
    "language_note": ("language", "note"),
    "language_form": ("language", "form"),
    **{name: ("data", name) for name in ("data_path", "open_folder_button", "data_folder_url", "open_data_folder")},
    **{name: ("fields", name) for name in (
        "fields", "add_field_button", "rename_field_button", "archive_field_button", "english_field_button",
        "load_fields", "field_names", "current_field_id", "add_field", "rename_field", "name_field_in_english",
        "toggle_field_archived")},
    "fields_note": ("fields", "note"),
}
BOXES = {"office": "office_box", "language": "language_box", "data": "data_box", "fields": "fields_box",
         "backup": "backup_panel", "privacy": "privacy_box", "exchange": "subscription_box"}


class SettingsPage(Retranslating, QWidget):
    """The office's settings. `refresh()` reloads everything from the database."""

    WRITE_CONTROLS = ("save_button", "revert_button")  # app/ui/role_gate.py: a reader changes no setting
    READ_ONLY_AREAS = ("scroll_area",)

    saved = Signal()
    language_changed = Signal(str)

    LANGUAGES = LANGUAGES
    backup_panel: BackupSettings  # the topics, set by _expose_topics (BOXES)
    subscription_box: ExchangeSettings

    def __init__(self, parent: QWidget | None = None, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._loaded: dict[str, str] = {}
        self._loading = False
        self.topics: list[SettingsSection] = [section(db_path=db_path) for section in SECTIONS]
        self._expose_topics()
        self._build_heading()
        self._build_column()
        self._build_save_bar()
        self._build_layout()
        for topic in self.topics:
            topic.watch(self._changed)
        self.retranslate()
        self.load()

    def _expose_topics(self) -> None:
        """Each topic as `<name>_box` (`backup_panel`, `subscription_box`), its widgets under their old names,
        and one `labels` / `errors` dict over all topics."""
        by_name = dict(zip(BOXES, self.topics, strict=True))
        for name, topic in by_name.items():
            setattr(self, BOXES[name], topic)
        for attribute, (name, inner) in PUBLIC.items():
            setattr(self, attribute, getattr(by_name[name], inner))
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for topic in self.topics:
            self.labels.update(getattr(topic, "labels", {}))
            self.errors.update(getattr(topic, "errors", {}))

    def _build_heading(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet(f"font-size: {theme.points(1.65)}; font-weight: 600;")

    def _build_column(self) -> None:
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(12)
        for topic in self.topics:
            self.sections.addWidget(topic)  # type: ignore[arg-type]
        self.sections.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field, not the scroll area
        self.scroll_area.setWidget(content)
        content.setMaximumWidth(900)

    def _build_save_bar(self) -> None:
        self.status = QLabel()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.load)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bar)

    def add_section(self, widget: QWidget) -> None:
        """Append a section (a QGroupBox) below the others."""
        self.sections.insertWidget(self.sections.count() - 1, widget)

    # --- load / save ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.is_modified():
            self.load()
            return
        for topic in self.topics:
            topic.refresh()

    def load(self) -> None:
        self._loading = True
        try:
            for topic in self.topics:
                topic.load()
                topic.show_errors({})
        finally:
            self._loading = False
        stored = settings.get_all()
        self._loaded = {key: stored.get(key, "") for key in self.values()}
        self._changed()

    def values(self) -> dict[str, str]:
        """The settings of every topic as the widgets show them."""
        values: dict[str, str] = {}
        for topic in self.topics:
            values.update(topic.values())
        return values

    def is_modified(self) -> bool:
        return bool(self._loaded) and self.values() != self._loaded

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for topic in self.topics:
            errors.update(topic.validate())
        return errors

    @role_gate.requires(role_gate.WRITE, otherwise=False)
    def save(self) -> bool:
        """Every topic validates and shows its problems; only when none has one, all values are written in
        one transaction."""
        results = [topic.save() for topic in self.topics]
        if any(result is None for result in results):
            self.status.setText(self.tr("Nicht gespeichert – bitte die markierten Angaben prüfen."))
            self.status.setStyleSheet(theme.style("error"))
            return False
        values = {key: value for result in results if result is not None for key, value in result.items()}
        old_language = self._loaded.get("language", "de")
        try:
            settings.update(values)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), str(error))
            return False
        self._loaded = values
        self._changed()
        self.saved.emit()
        if values["language"] != old_language:
            self.apply_language(values["language"])
            self.status.setText(self.tr("Gespeichert. Die Sprache ist umgestellt; einzelne Texte in bereits "
                                        "geöffneten Fenstern wechseln erst nach einem Neustart."))
        else:
            self.status.setText(self.tr("Gespeichert."))
        self.status.setStyleSheet(theme.style("muted"))
        return True

    def apply_language(self, language: str) -> None:

        apply_language(language)
        self.language_changed.emit(language)

    def _changed(self) -> None:
        if self._loading:
            return
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        if modified:
            self.status.setText(self.tr("Ungespeicherte Änderungen."))
            self.status.setStyleSheet(theme.style("muted"))

    # --- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The page's own texts; every topic re-sets its own on the same language change."""
        self.heading.setText(self.tr("Einstellungen"))
        self.save_button.setText(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Einstellungen speichern (Strg+S)"))
        self.revert_button.setText(self.tr("&Verwerfen"))
