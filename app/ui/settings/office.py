"""Einstellungen → "Büro und Briefkopf": office name, commissioner and title (de/en), letterhead, logo and
the Bundesland whose public holidays the calendar shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.services import holidays, settings
from app.ui import theme
from app.ui.settings.base import SettingsBox


class OfficeSettings(SettingsBox):
    WRITE_CONTROLS = ("logo_choose", "logo_clear")  # app/ui/role_gate.py: locked for a reader
    LOGO_PREVIEW = QSize(180, 72)

    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db_path, parent)
        self._build_fields()
        self._build_logo()
        self._build_form()
        self.retranslate()

    def _build_fields(self) -> None:
        self.office_name = QLineEdit()
        self.commissioner = QLineEdit()
        self.commissioner_title = QLineEdit()  # issue 15 #12: the report cover's role line
        self.commissioner_title_en = QLineEdit()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.bundesland = QComboBox()  # issue 12: public holidays in the calendar and the planning warning
        for code, name in holidays.BUNDESLAENDER:
            self.bundesland.addItem(name, code)

    def _build_logo(self) -> None:
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

    def _build_form(self) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_clear)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.form_label("office_name", self.office_name), self.office_name)
        self.form.addRow(None, self.error_label("office_name"))  # type: ignore[call-overload]  # field column only
        self.form.addRow(self.form_label("commissioner", self.commissioner), self.commissioner)
        self.form.addRow(self.form_label("commissioner_title", self.commissioner_title), self.commissioner_title)
        self.form.addRow(self.form_label("commissioner_title_en", self.commissioner_title_en),
                         self.commissioner_title_en)
        self.form.addRow(self.form_label("letterhead", self.letterhead), self.letterhead)
        self.form.addRow(self.form_label("logo_path", self.logo_choose), logo_row)
        self.form.addRow(None, self.error_label("logo_path"))  # type: ignore[call-overload]  # field column only
        self.form.addRow(self.form_label("preview"), self.logo_preview)
        self.form.addRow(self.form_label("bundesland", self.bundesland), self.bundesland)

    def watch(self, changed: Callable[[], None]) -> None:
        for widget in (self.office_name, self.commissioner, self.commissioner_title, self.commissioner_title_en,
                       self.logo_path):
            widget.textChanged.connect(changed)
        self.letterhead.textChanged.connect(changed)
        self.bundesland.currentIndexChanged.connect(changed)

    # --- load / save ------------------------------------------------------------------------------------

    def load(self) -> None:
        values = settings.get_all()
        self.office_name.setText(values["office_name"])
        self.commissioner.setText(values["commissioner"])
        self.commissioner_title.setText(values["commissioner_title"])
        self.commissioner_title_en.setText(values["commissioner_title_en"])
        self.letterhead.setPlainText(values["letterhead"])
        self.set_logo(values["logo_path"])
        self.bundesland.setCurrentIndex(max(self.bundesland.findData(values["bundesland"]), 0))

    def values(self) -> dict[str, str]:
        return {
            "office_name": self.office_name.text().strip(),
            "commissioner": self.commissioner.text().strip(),
            "commissioner_title": self.commissioner_title.text().strip(),
            "commissioner_title_en": self.commissioner_title_en.text().strip(),
            "letterhead": "\n".join(line.rstrip() for line in self.letterhead.toPlainText().strip().splitlines()),
            "logo_path": self.logo_path.text().strip(),
            "bundesland": str(self.bundesland.currentData()),
        }

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

    # --- logo -------------------------------------------------------------------------------------------

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

    # --- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Büro und Briefkopf"))
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
                 "preview": self.tr("Vorschau:"), "bundesland": self.tr("Bundesland (&Feiertage):")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.logo_path.setAccessibleName(self.tr("Logo-Datei"))
        self.logo_preview.setAccessibleName(self.tr("Vorschau des Logos"))
