"""The topics of the Einstellungen page, one section class each (app/ui/settings_page.py shows them in
this order, in one scrolling column, with one Speichern for the values they contribute)."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.settings.backup import BackupSettings
from app.ui.settings.base import SettingsBox, SettingsSection
from app.ui.settings.data import DataSettings
from app.ui.settings.exchange import ExchangeSettings
from app.ui.settings.fields import FieldsSettings
from app.ui.settings.language import LanguageSettings
from app.ui.settings.office import OfficeSettings
from app.ui.settings.privacy import PrivacySettings

SECTIONS: tuple[Callable[..., SettingsSection], ...] = (  # each is called with db_path=…
    OfficeSettings,
    LanguageSettings,
    DataSettings,
    FieldsSettings,
    BackupSettings,  # issue 7: backup status, restore, audit log, retention review
    PrivacySettings,
    ExchangeSettings,  # issue 11: the calendar subscription folder
)

__all__ = ["SECTIONS", "SettingsBox", "SettingsSection"]
