"""Live office (issue 13): other people's saves reach this window's lists, calendar and dashboard within a
moment, and an open editor on a record someone else changed says so.

The server announces every committed change (LISTEN/NOTIFY, app/models/postgres.py); a socket notifier on
the listening connection wakes us the moment one arrives, a one-second timer is the safety net. Changes
of this window's own connection are skipped (its saves refresh the views already). On a SQLite file there
is nobody else, so nothing is attached.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.models import db_proxy, engine

log = logging.getLogger(__name__)

TABLE_KINDS = {"person": "person", "organization": "organization", "network": "network",
               "appointment": "appointment", "appointment_series": "appointment"}


class LiveUpdates(QObject):
    """Emits `changed(table, ids, user)` for every change another connection committed."""

    changed = Signal(str, list, str)
    settled = Signal()  # a burst of changes is over: reload what is shown (debounced)

    def __init__(self, listener: Any, own_pid: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener
        self.own_pid = own_pid
        self.notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.poll)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.settled)

    def poll(self) -> None:
        try:
            changes = self.listener.poll()
        except Exception:  # the server went away: stop quietly, the next start listens again
            log.warning("live updates stopped: listening connection lost")
            self.stop()
            return
        for change in changes:
            if change.pid == self.own_pid:
                continue
            self.changed.emit(change.table, list(change.ids), change.user)
            self.debounce.start()

    def stop(self) -> None:
        self.timer.stop()
        self.notifier.setEnabled(False)
        try:
            self.listener.close()
        except Exception:  # noqa: BLE001 - closing a broken connection
            pass


def _mark_editors(window: QWidget, table: str, ids: list[int], user: str) -> None:
    """An editor open on a changed record says so. Without edits of its own (or read-only) it shows the new
    version at once; with edits, its save will ask which version counts (app/ui/conflict_dialog.py)."""
    kind = TABLE_KINDS.get(table)
    if kind is None or table == "appointment_series":
        return
    who = user or QCoreApplication.translate("LiveUpdates", "Jemand")
    for editor in window.findChildren(QWidget):
        if getattr(editor, "is_record_editor", False) and getattr(editor, "KIND", "") == kind \
                and getattr(editor, "record_id", None) in ids:
            line = getattr(editor, "status_line", None)
            if line is None:
                continue
            if getattr(editor, "read_only", False) or not editor.is_dirty():  # type: ignore[attr-defined]
                if _reload(editor):
                    note = QCoreApplication.translate(
                        "LiveUpdates", "%1 hat diesen Datensatz eben geändert – hier steht jetzt die neue Fassung.")
                    line.setText(" ".join(p for p in (note.replace("%1", who), line.text()) if p))
                    line.setVisible(True)
                    continue
            line.setText(QCoreApplication.translate(
                "LiveUpdates", "%1 hat diesen Datensatz eben geändert. Beim Speichern fragt Brücke, welche "
                "Fassung gilt.").replace("%1", who))
            line.setVisible(True)


def _reload(editor: Any) -> bool:
    """Load the record's current version into an editor without edits of its own; False if it cannot be read
    (deleted or hidden meanwhile): the editor then keeps what it shows and only says that it changed."""
    try:
        editor.load()
    except Exception:  # noqa: BLE001 - the record may be gone; the message below still tells the user
        log.info("editor could not reload a changed record", exc_info=True)
        return False
    return True


def attach(window: Any) -> LiveUpdates | None:
    """Listen for other people's changes on the office server and keep `window` current; None on a file."""
    db = db_proxy.obj
    try:
        listener = engine.change_listener(db)
    except Exception:  # noqa: BLE001 - no live updates is no reason not to start
        log.warning("live updates unavailable", exc_info=True)
        return None
    if listener is None:
        return None
    live = LiveUpdates(listener, db.backend_pid(), window)
    live.settled.connect(window._data_changed)
    live.changed.connect(lambda table, ids, user: _mark_editors(window, table, ids, user))
    return live
