"""Loads the translations. Source strings are German; English comes from resources/i18n/en/*.qm.

Each area of the UI has its own .ts file (resources/i18n/en/<area>.ts), so that work on one area never
touches another's translations. resources/i18n/de/numerus.ts gives the German singular and plural of every
"%n …" message (the source text "%n Kontakt(e)" becomes "1 Kontakt" / "5 Kontakte").
`python3 dev.py i18n` updates the .ts files from the code
(pyside6-lupdate) and every start compiles them (pyside6-lrelease).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.services import messages
from app.wording import set_language

LANGUAGES = {"de": "Deutsch", "en": "English"}
_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Replace the installed translators; widgets then receive QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    # German is the source language; its .qm files hold only the plural forms ("1 Kontakt", "5 Kontakte")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en"
                       else QLocale(QLocale.Language.German, QLocale.Country.Germany))
    for qm in sorted(paths.resource("i18n", language).glob("*.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)


def ensure_installed() -> None:
    """Install the current language once (a window built without the start-up path, e.g. in a test)."""
    if not _installed and QCoreApplication.instance() is not None:

        install(messages.language())


def apply_language(language: str) -> None:
    """Switch everything Brücke says: Qt's widget texts and the Qt-free wording (messages, labels, dates)."""

    install(language)
    set_language(language)
