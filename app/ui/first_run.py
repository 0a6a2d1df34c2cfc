"""The first start on an empty machine: a short welcome dialog instead of a terminal.

`maybe_run_first_run(db_path)` is called by the application before the main window appears (never in
`--smoke` runs). When the database holds no records and the setting `first_run_done` is unset, it makes
sure the data folders exist and asks for the office name, the commissioner's name and the language, and
offers to load the demo office. Everything is stored through app.services.settings; the demo office is
filled on a worker thread with a cancellable progress dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.services import demo, session_role, settings
from app.ui import i18n, theme
from app.ui.retranslate import Retranslating
from app.ui.server_choice import WhereChoice
from app.ui.worker import run_in_background

DONE_KEY = "first_run_done"


def needs_first_run() -> bool:
    """True for a brand-new office: nothing recorded yet and the welcome dialog never completed."""
    return settings.get(DONE_KEY) != "1" and demo.is_empty()


def ensure_folders(db_path: Path) -> None:
    """Create the data folder (and the log and settings folders) on a machine that has never run Brücke."""
    for folder in (db_path.parent, paths.data_dir(), paths.log_dir(), paths.config_dir()):
        folder.mkdir(parents=True, exist_ok=True)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.resource("icons", f"bruecke-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


class FirstRunDialog(Retranslating, QDialog):
    """Welcome dialog: office name, commissioner, language, optionally the demo office."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._filling = False
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)

        logo = QLabel()
        logo.setPixmap(QPixmap(str(paths.resource("icons", "bruecke-64.png"))))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.intro)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addSpacing(12)
        header.addLayout(texts, 1)

        current = settings.get_all()
        # a brand-new office shows the example as placeholder; empty means the default name
        office = current["office_name"]
        self.office = QLineEdit("" if office == settings.DEFAULTS["office_name"] else office)
        self.commissioner = QLineEdit(current["commissioner"])
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current["language"])))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.demo = QCheckBox()
        self.demo.toggled.connect(self._demo_toggled)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(theme.style("muted"))  # placeholder grey is below 4.5:1

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.office_label, self.commissioner_label, self.language_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.office_label, self.office), (self.commissioner_label, self.commissioner),
                             (self.language_label, self.language)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        demo_box = QVBoxLayout()
        demo_box.setSpacing(2)
        demo_box.addWidget(self.demo)
        demo_box.addWidget(self.demo_hint)
        self.demo_hint.setContentsMargins(22, 0, 0, 0)  # under the checkbox text, not under the box

        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setStyleSheet(theme.style("muted"))  # placeholder grey is below 4.5:1

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(header)

        self.where = WhereChoice(self)  # alone on this computer, or the office server (issue 13)
        self.where.server.toggled.connect(lambda server: self.location.setVisible(not server))
        layout.addWidget(self.where)
        layout.addLayout(self.form)
        layout.addLayout(demo_box)
        layout.addWidget(self.location)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._demo_toggled(False)

    # --- language -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Willkommen bei Brücke"))
        self.heading.setText(self.tr("Willkommen bei Brücke"))
        self.intro.setText(self.tr("Bevor es losgeht: Wie heißt Ihr Büro, und wer ist die oder der "
                                   "Beauftragte? Alles lässt sich später unter „Einstellungen“ ändern."))
        self.office_label.setText(self.tr("&Name des Büros:"))
        self.commissioner_label.setText(self.tr("Bea&uftragte/r:"))
        self.language_label.setText(self.tr("&Sprache:"))
        self.office.setPlaceholderText(self.tr("z. B. Integrationsbeauftragte der Stadt Lindenau"))
        self.commissioner.setPlaceholderText(self.tr("Vor- und Nachname"))
        self.demo.setText(self.tr("&Demo-Büro laden (Beispieldaten zum Ausprobieren)"))
        self.demo_hint.setText(self.tr("Das Demo-Büro „Landkreis Lindenau“ bringt eigene Namen, Kontakte, "
                                       "Gremien und Termine mit. Für die echte Arbeit später eine neue, "
                                       "leere Datenbank verwenden."))
        self.location.setText(self.tr("Ihre Daten werden auf diesem Rechner gespeichert in:\n%1")
                              .replace("%1", str(self.db_path)))
        self.start_button.setText(self.tr("&Loslegen"))
        self.later_button.setText(self.tr("Spä&ter"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # wrapped labels: the default size hint guesses their height at a narrower width; fit it exactly
        layout = self.layout()
        height = layout.heightForWidth(self.width()) if layout is not None else 0
        if height > 0:
            self.resize(self.width(), height)


    def _language_changed(self) -> None:
        i18n.install(self.language.currentData())

    def _demo_toggled(self, checked: bool) -> None:
        self.office.setEnabled(not checked)
        self.commissioner.setEnabled(not checked)

    # --- saving ---------------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        language = self.language.currentData()
        return {"office_name": self.office.text().strip() or settings.DEFAULTS["office_name"],
                "commissioner": self.commissioner.text().strip(),
                "language": language, "report_language": language}

    def finish(self) -> None:
        """Loslegen: store the answers (and fill the demo office first when asked), then close."""
        if not self.where.connect_if_chosen():  # the office server: connected, or stay here
            return
        if self.where.server_url() and (not demo.is_empty() or not session_role.capabilities().may_write):
            self.accept()  # colleagues set this office up already – or a reader, who stores nothing, joins
            return
        values = self.values()
        if not self.demo.isChecked():
            settings.update({**values, DONE_KEY: "1"})
            self.accept()
            return
        if self._filling:  # a second click while the demo office is being written
            return
        self._filling = True

        def work(progress) -> object:  # noqa: ANN001 - worker callback
            progress(0, 0, "")
            return demo.fill_demo(seed=1)

        def succeeded(_summary: object) -> None:
            # the demo brings its own office and commissioner; keep only the chosen language
            settings.update({"language": values["language"], "report_language": values["language"], DONE_KEY: "1"})
            self.accept()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Demo-Büro"),
                                self.tr("Das Demo-Büro konnte nicht angelegt werden: %1")
                                .replace("%1", str(exc) or type(exc).__name__))

        job = run_in_background(self, self.tr("Demo-Büro wird angelegt …"), work, succeeded, failed)
        # cancelled or failed: the transaction was rolled back, the user may try again
        job.signals.failed.connect(self._fill_ended)

    def _fill_ended(self, *_args: object) -> None:
        self._filling = False


def maybe_run_first_run(db_path: Path, parent: QWidget | None = None) -> bool:
    """Show the welcome dialog on a brand-new office; True when it was shown and completed.

    "Später" closes it without storing anything, so it appears again on the next start (as long as the
    office is still empty). The chosen language is installed right away for the main window.
    """
    ensure_folders(db_path)
    if not needs_first_run():
        return False
    dialog = FirstRunDialog(db_path, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    i18n.install(settings.get("language") if accepted else dialog.values()["language"])
    return accepted
