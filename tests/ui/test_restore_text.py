"""After a restore the dialog counts re-applied erasures with a real plural ("1 Löschung", "2 Löschungen")."""

from __future__ import annotations

from pathlib import Path

from app.services.backup import RestoreResult
from app.ui.backup_panel import RestoreDialog


def test_replayed_erasures_use_singular_and_plural(qtbot, db) -> None:  # noqa: ANN001
    from app.ui import i18n

    i18n.install("de")
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)

    def text(count: int) -> str:
        return dialog.restored_text(RestoreResult(Path("/b/office.db"), Path("/b/alt.db"), 5, count))

    assert text(1).endswith(" 1 Löschung erneut angewendet.")
    assert text(2).endswith(" 2 Löschungen erneut angewendet.")
    assert "Löschung" not in text(0) and "(en)" not in text(1)
