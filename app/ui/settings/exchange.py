"""Einstellungen → "Kalender-Abonnement": the folder where Brücke keeps `bruecke.ics` current for Outlook,
Thunderbird and phones. The widget is app/ui/subscription_box.py; choosing a folder saves it at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.ui.settings.base import SettingsSection
from app.ui.subscription_box import SubscriptionBox


class ExchangeSettings(SubscriptionBox, SettingsSection):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
