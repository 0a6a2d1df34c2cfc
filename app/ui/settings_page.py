"""Einstellungen: the office (name, commissioner, letterhead, logo), languages, where the data lives, and the
list of fields of action.

Office values map to widgets through `load()` / `save()` (as Picard's option pages do); Save writes them in
one transaction and applies a changed UI language at once. Fields of action change immediately, each change
its own transaction. Sections are group boxes in one vertical column: `add_section(widget)` appends another
(e.g. the backup panel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models import db_proxy
from app.services import appointments, holidays, settings
from app.services.errors import UserError, ValidationError
from app.ui import theme

FIELD_ID_ROLE = Qt.ItemDataRole.UserRole
FIELD_ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 1


def database_path() -> Path | None:
    """The open database file, if any (peewee keeps the path it was opened with)."""
    database = getattr(db_proxy, "obj", None)
    name = getattr(database, "database", None)
    return Path(name) if isinstance(name, str) and name not in ("", ":memory:") else None


class SettingsPage(QWidget):
    """The office's settings. `refresh()` reloads everything from the database."""

    saved = Signal()
    language_changed = Signal(str)

    LANGUAGES = (("de", "Deutsch"), ("en", "English"))
    LOGO_PREVIEW = QSize(180, 72)

    def __init__(self, parent: QWidget | None = None, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._loaded: dict[str, str] = {}
        self._loading = False

        # --- office ---
        self.office_box = QGroupBox()
        self.office_name = QLineEdit()
        self.commissioner = QLineEdit()
        self.commissioner_title = QLineEdit()  # issue 15 #12: the report cover's role line
        self.commissioner_title_en = QLineEdit()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_choose = QPushButton()
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton()
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(self.LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setStyleSheet(f"background: white; color: {theme.ROLES['muted'][0]};")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_clear)
        self.errors: dict[str, QLabel] = {key: self._error_label() for key in ("office_name", "logo_path")}
        self.office_form = QFormLayout(self.office_box)
        self.office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.office_form.addRow(self._form_label("office_name", self.office_name), self.office_name)
        self.office_form.addRow(None, self.errors["office_name"])
        self.office_form.addRow(self._form_label("commissioner", self.commissioner), self.commissioner)
        self.office_form.addRow(self._form_label("commissioner_title", self.commissioner_title),
                                self.commissioner_title)
        self.office_form.addRow(self._form_label("commissioner_title_en", self.commissioner_title_en),
                                self.commissioner_title_en)
        self.office_form.addRow(self._form_label("letterhead", self.letterhead), self.letterhead)
        self.office_form.addRow(self._form_label("logo_path", self.logo_choose), logo_row)
        self.office_form.addRow(None, self.errors["logo_path"])
        self.office_form.addRow(self._form_label("preview"), self.logo_preview)
        self.bundesland = QComboBox()  # issue 12: public holidays in the calendar and the planning warning
        for code, name in holidays.BUNDESLAENDER:
            self.bundesland.addItem(name, code)
        self.office_form.addRow(self._form_label("bundesland", self.bundesland), self.bundesland)

        # --- languages ---
        self.language_box = QGroupBox()
        self.language = QComboBox()
        self.report_language = QComboBox()
        for combo in (self.language, self.report_language):
            for key, name in self.LANGUAGES:
                combo.addItem(name, key)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(theme.style("muted"))
        for combo in (self.language, self.report_language):
            combo.setMinimumWidth(220)
        self.language_form = QFormLayout(self.language_box)
        self.language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_form.addRow(self._form_label("language", self.language), self.language)
        self.language_form.addRow(self._form_label("report_language", self.report_language), self.report_language)
        self.language_form.addRow(self.language_note)

        # --- data file ---
        self.data_box = QGroupBox()
        self.data_path = QLabel()
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_data_folder)
        data_row = QHBoxLayout(self.data_box)
        data_row.addWidget(self.data_path, 1)
        data_row.addWidget(self.open_folder_button)

        # --- fields of action ---
        self.fields_box = QGroupBox()
        self.fields = QListWidget()
        self.fields.setMinimumHeight(200)
        self.fields.currentItemChanged.connect(self._field_selected)
        self.fields.itemDoubleClicked.connect(lambda _item: self.rename_field())
        self.add_field_button = QPushButton()
        self.add_field_button.clicked.connect(lambda: self.add_field())
        self.rename_field_button = QPushButton()
        self.rename_field_button.clicked.connect(lambda: self.rename_field())
        self.archive_field_button = QPushButton()
        self.archive_field_button.clicked.connect(self.toggle_field_archived)
        self.english_field_button = QPushButton()  # issue 15 #14: the field's name in English reports
        self.english_field_button.clicked.connect(lambda: self.name_field_in_english())
        self.fields_note = QLabel()
        self.fields_note.setWordWrap(True)
        self.fields_note.setStyleSheet(theme.style("muted"))
        field_buttons = QVBoxLayout()
        for button in (self.add_field_button, self.rename_field_button, self.archive_field_button,
                       self.english_field_button):
            field_buttons.addWidget(button)
        field_buttons.addStretch(1)
        fields_row = QHBoxLayout()
        fields_row.addWidget(self.fields, 1)
        fields_row.addLayout(field_buttons)
        fields_layout = QVBoxLayout(self.fields_box)
        fields_layout.addLayout(fields_row)
        fields_layout.addWidget(self.fields_note)

        # --- page: heading, scrolling column of sections, save bar ---
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet(f"font-size: {theme.points(1.65)}; font-weight: 600;")
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(12)
        for box in (self.office_box, self.language_box, self.data_box, self.fields_box):
            self.sections.addWidget(box)
        self.sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field, not the scroll area
        scroll.setWidget(content)
        content.setMaximumWidth(900)
        self.scroll = scroll

        self.status = QLabel()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.load)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        for widget in (self.office_name, self.commissioner, self.commissioner_title, self.commissioner_title_en,
                       self.logo_path):
            widget.textChanged.connect(self._changed)
        self.letterhead.textChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.report_language.currentIndexChanged.connect(self._changed)
        self.bundesland.currentIndexChanged.connect(self._changed)
        self._retranslate()
        self.load()
        from app.ui.backup_panel import BackupPanel  # issue 7: backup status, restore, audit log, retention

        self.backup_panel = BackupPanel()
        self.add_section(self.backup_panel)
        from app.ui.subscription_box import SubscriptionBox  # issue 11: the calendar subscription folder

        self.subscription_box = SubscriptionBox()
        self.add_section(self.subscription_box)

    def _form_label(self, key: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel()
        if buddy is not None:
            label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(theme.style("error"))
        label.setWordWrap(True)
        label.hide()
        return label

    def add_section(self, widget: QWidget) -> None:
        """Append a section (a QGroupBox) below the others."""
        self.sections.insertWidget(self.sections.count() - 1, widget)

    # --- load / save ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.is_modified():
            self.load()
        if hasattr(self, "backup_panel"):
            self.backup_panel.refresh()
        self.load_fields()

    def load(self) -> None:
        values = settings.get_all()
        self._loading = True
        try:
            self.office_name.setText(values["office_name"])
            self.commissioner.setText(values["commissioner"])
            self.commissioner_title.setText(values["commissioner_title"])
            self.commissioner_title_en.setText(values["commissioner_title_en"])
            self.letterhead.setPlainText(values["letterhead"])
            self.set_logo(values["logo_path"])
            self._select(self.language, values["language"])
            self._select(self.report_language, values["report_language"])
            self.bundesland.setCurrentIndex(max(self.bundesland.findData(values["bundesland"]), 0))
        finally:
            self._loading = False
        self._loaded = {key: values[key] for key in self.values()}
        self._show_errors({})
        path = self._db_path or database_path()
        self.data_path.setText(str(path) if path else self.tr("(keine Datei geöffnet)"))
        self.open_folder_button.setEnabled(path is not None)
        self.load_fields()
        self._changed()

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData("en" if key.startswith("en") else "de")
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, str]:
        """The office settings as the widgets show them."""
        return {
            "office_name": self.office_name.text().strip(),
            "commissioner": self.commissioner.text().strip(),
            "commissioner_title": self.commissioner_title.text().strip(),
            "commissioner_title_en": self.commissioner_title_en.text().strip(),
            "letterhead": "\n".join(line.rstrip() for line in self.letterhead.toPlainText().strip().splitlines()),
            "logo_path": self.logo_path.text().strip(),
            "language": str(self.language.currentData()),
            "report_language": str(self.report_language.currentData()),
            "bundesland": str(self.bundesland.currentData()),
        }

    def is_modified(self) -> bool:
        return bool(self._loaded) and self.values() != self._loaded

    def validate(self) -> dict[str, str]:
        values = self.values()
        errors = {}
        if not values["office_name"]:
            errors["office_name"] = self.tr("Bitte den Namen des Büros angeben – er steht auf jedem Bericht.")
        logo = values["logo_path"]
        if logo and not Path(logo).is_file():
            errors["logo_path"] = self.tr("Die Logo-Datei gibt es nicht: %1").replace("%1", logo)
        elif logo and QImageReader(logo).size().isEmpty():
            errors["logo_path"] = self.tr("Die Datei ist kein lesbares Bild: %1").replace("%1", logo)
        return errors

    def save(self) -> bool:
        errors = self.validate()
        self._show_errors(errors)
        if errors:
            self.status.setText(self.tr("Nicht gespeichert – bitte die markierten Angaben prüfen."))
            self.status.setStyleSheet(theme.style("error"))
            return False
        values = self.values()
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
        from app.ui.i18n import apply_language

        apply_language(language)
        self.language_changed.emit(language)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def _changed(self) -> None:
        if self._loading:
            return
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        if modified:
            self.status.setText(self.tr("Ungespeicherte Änderungen."))
            self.status.setStyleSheet(theme.style("muted"))

    # --- logo and data folder ---------------------------------------------------------------------------

    def choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Logo auswählen"), start,
                                                    self.tr("Bilder (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("kein Logo") if not path else self.tr("Bild nicht lesbar"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(self.LOGO_PREVIEW - QSize(8, 8),
                                                      Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.logo_clear.setEnabled(bool(path))

    def data_folder_url(self) -> QUrl | None:
        path = self._db_path or database_path()
        return QUrl.fromLocalFile(str(path.resolve().parent)) if path else None

    def open_data_folder(self) -> None:
        url = self.data_folder_url()
        if url is not None and not QDesktopServices.openUrl(url):
            QMessageBox.information(self, self.tr("Ordner öffnen"),
                                    self.tr("Der Ordner ließ sich nicht öffnen:\n%1").replace("%1", url.toLocalFile()))

    # --- fields of action -------------------------------------------------------------------------------

    def load_fields(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_field_id()
        self.fields.clear()
        from app.services import report_labels

        english = report_labels.english_field_names()
        for field in appointments.fields_of_action(include_archived=True):
            item = QListWidgetItem(field.name)
            item.setToolTip(self.tr("Englisch: %1").replace(
                "%1", report_labels.field_name(field.id, field.name, "en", english)))
            item.setData(FIELD_ID_ROLE, field.id)
            item.setData(FIELD_ARCHIVED_ROLE, field.archived)
            if field.archived:
                item.setText(self.tr("%1 (archiviert)").replace("%1", field.name))
                item.setForeground(theme.color("muted"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.fields.addItem(item)
            if field.id == current:
                self.fields.setCurrentItem(item)
        self._field_selected()

    def field_names(self, include_archived: bool = False) -> list[str]:
        return [f.name for f in appointments.fields_of_action(include_archived=include_archived)]

    def current_field_id(self) -> int | None:
        item = self.fields.currentItem()
        return int(item.data(FIELD_ID_ROLE)) if item is not None else None

    def _field_selected(self, *_args: object) -> None:
        item = self.fields.currentItem()
        self.rename_field_button.setEnabled(item is not None)
        self.archive_field_button.setEnabled(item is not None)
        self.english_field_button.setEnabled(item is not None)
        archived = bool(item.data(FIELD_ARCHIVED_ROLE)) if item is not None else False
        self.archive_field_button.setText(self.tr("Wieder aktivieren") if archived else self.tr("Archivieren"))

    def add_field(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Neues Handlungsfeld"), self.tr("Name:"))
            if not ok:
                return False
        return self._field_action(lambda: appointments.create_field_of_action(name).id)

    def rename_field(self, name: str | None = None) -> bool:
        field_id = self.current_field_id()
        if field_id is None:
            return False
        if name is None:
            old = next((f.name for f in appointments.fields_of_action(True) if f.id == field_id), "")
            name, ok = QInputDialog.getText(self, self.tr("Handlungsfeld umbenennen"), self.tr("Name:"), text=old)
            if not ok:
                return False
        return self._field_action(lambda: appointments.rename_field_of_action(field_id, name).id)

    def name_field_in_english(self, name: str | None = None) -> bool:
        """The selected field's name in English reports (empty: the built-in translation or the German name)."""
        field_id = self.current_field_id()
        if field_id is None:
            return False
        from app.services import report_labels

        if name is None:
            current = report_labels.english_field_names().get(field_id, "")
            name, ok = QInputDialog.getText(self, self.tr("Name auf Englisch"),
                                            self.tr("Name in englischen Berichten (leer: Standardübersetzung):"),
                                            text=current)
            if not ok:
                return False

        def rename() -> int:
            report_labels.set_english_field_name(field_id, name or "")
            return field_id

        return self._field_action(rename)

    def toggle_field_archived(self) -> bool:
        item = self.fields.currentItem()
        if item is None:
            return False
        field_id = int(item.data(FIELD_ID_ROLE))
        archived = not bool(item.data(FIELD_ARCHIVED_ROLE))
        return self._field_action(lambda: appointments.archive_field_of_action(field_id, archived).id)

    def _field_action(self, action: object) -> bool:
        try:
            field_id = action()  # type: ignore[operator]
        except ValidationError as error:
            message = "\n".join(error.errors.values()) if error.errors else str(error)
            QMessageBox.warning(self, self.tr("Handlungsfeld"), message)
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Handlungsfeld"), str(error))
            return False
        self.load_fields(select=field_id)
        return True

    # --- language ---------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Einstellungen"))
        self.office_box.setTitle(self.tr("Büro und Briefkopf"))
        self.office_name.setPlaceholderText(self.tr("z. B. Büro der Integrationsbeauftragten"))
        self.commissioner.setPlaceholderText(self.tr("z. B. Dr. Maria Beispiel"))
        self.commissioner_title.setPlaceholderText(self.tr("z. B. Integrationsbeauftragte – steht auf dem "
                                                           "Deckblatt des Berichts"))
        self.commissioner_title_en.setPlaceholderText(self.tr("z. B. Integration Commissioner (leer: "
                                                              "„Integration commissioner“)"))
        self.letterhead.setPlaceholderText(self.tr("Eine Zeile je Briefkopfzeile, z. B.\nLandratsamt Lindenau\n"
                                                   "Marktplatz 1, 01234 Lindenau"))
        self.logo_choose.setText(self.tr("Auswählen…"))
        self.logo_clear.setText(self.tr("Entfernen"))
        self.set_logo(self.logo_path.text())
        texts = {"office_name": self.tr("&Name des Büros:"), "commissioner": self.tr("&Integrationsbeauftragte/r:"),
                 "commissioner_title": self.tr("Amts&titel:"),
                 "commissioner_title_en": self.tr("Amtstitel &englisch:"),
                 "letterhead": self.tr("&Anschrift / Briefkopf:"), "logo_path": self.tr("&Logo:"),
                 "preview": self.tr("Vorschau:"), "language": self.tr("&Sprache der Oberfläche:"),
                 "report_language": self.tr("Sprache der &Berichte:"),
                 "bundesland": self.tr("Bundesland (&Feiertage):")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.language_box.setTitle(self.tr("Sprache"))
        self.language_note.setText(self.tr("Die Oberfläche wechselt beim Speichern sofort; einzelne Texte in "
                                           "bereits geöffneten Fenstern erst nach einem Neustart."))
        self.data_box.setTitle(self.tr("Datenablage"))
        self.open_folder_button.setText(self.tr("Ordner ö&ffnen"))
        self.data_path.setToolTip(self.tr("Alle Daten des Büros liegen in dieser einen Datei."))
        self.fields_box.setTitle(self.tr("Handlungsfelder"))
        self.fields.setAccessibleName(self.tr("Handlungsfelder"))
        self.logo_path.setAccessibleName(self.tr("Logo-Datei"))
        self.logo_preview.setAccessibleName(self.tr("Vorschau des Logos"))
        self.add_field_button.setText(self.tr("&Hinzufügen…"))
        self.rename_field_button.setText(self.tr("&Umbenennen…"))
        self.english_field_button.setText(self.tr("Name auf Englisch…"))
        self.english_field_button.setToolTip(self.tr("So heißt das Handlungsfeld in englischen Berichten"))
        self.fields_note.setText(self.tr("Archivierte Handlungsfelder bleiben bei alten Terminen erhalten, werden "
                                         "für neue Termine aber nicht mehr angeboten."))
        self.save_button.setText(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Einstellungen speichern (Strg+S)"))
        self.revert_button.setText(self.tr("&Verwerfen"))
        self._field_selected()
        if self.fields.count():
            self.load_fields()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
