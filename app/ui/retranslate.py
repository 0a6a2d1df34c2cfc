"""`Retranslating`: a widget mixin that re-sets its texts when the UI language changes.

Qt sends every widget a `QEvent.LanguageChange` after a translator is installed or removed
(app/ui/i18n.apply_language). A widget that lists its class as `class Page(Retranslating, QWidget)` and sets
all its visible texts in `retranslate()` (calling it once at the end of its constructor) follows a language
switch at once, without a restart. The mixin must come before the Qt base class so its `changeEvent` runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls `self.retranslate()` on a language change, then passes the event on to the Qt base class."""

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must set its texts in retranslate()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
