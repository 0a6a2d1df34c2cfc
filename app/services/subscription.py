"""The calendar subscription file: `bruecke.ics` in a folder the office chose (e.g. a synced OneDrive or
Nextcloud folder), kept current after every appointment change so Outlook and phones can subscribe to it.

The file holds the past 3 and the coming 12 months. The appointment services call `appointments_changed()`
after a save or delete (a tiny observer: this module decides whether anything is to be written). Writing is
atomic (app/io/files.py); a failure (folder gone, disk full) is logged and never undoes the user's save.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from app.io.files import write_atomically
from app.models import db_proxy
from app.services import settings

SETTING = "subscription_dir"
FILE_NAME = "bruecke.ics"
PAST_DAYS = 92
FUTURE_DAYS = 366

log = logging.getLogger(__name__)
_ticket = 0  # the latest change inside a transaction; only its after-commit callback writes
changes = 0  # change notifications of this process: the calendar's cached longest appointment is renewed by it


def folder() -> Path | None:

    value = settings.get(SETTING).strip()
    return Path(value) if value else None


def target() -> Path | None:
    chosen = folder()
    return chosen / FILE_NAME if chosen is not None else None


def write(today: dt.date | None = None) -> tuple[Path, int] | None:
    """Write the subscription file now; None when no folder is set. Raises OSError on a write failure."""
    path = target()
    if path is None:
        return None
    from app.services import ics_export  # icalendar only when a subscription file is written (fast start)

    today = today or dt.date.today()
    with db_proxy.atomic():
        chosen = ics_export.selected_appointments(today - dt.timedelta(days=PAST_DAYS),
                                                    today + dt.timedelta(days=FUTURE_DAYS))
        data, count = ics_export.calendar_data(chosen, name=settings.get("office_name") or "Brücke")
    if not path.parent.is_dir():
        raise OSError(f"Ordner {path.parent} gibt es nicht")
    write_atomically(path, lambda temp: temp.write_bytes(data))
    return path, count


def appointments_changed() -> None:
    """The observer hook the appointment services call after every change; never raises.

    Outside a transaction the file is written at once. Inside one (an import, an undo, a series edit) it is
    written once, after the outermost transaction has committed – not for every row, and not at all when the
    transaction is rolled back (peewee's after_commit callbacks are dropped on rollback).
    """
    global _ticket, changes
    changes += 1
    try:

        database = db_proxy.obj
        if database is None:
            return
        if database.transaction_depth() == 0:
            _write_quietly()
            return
        _ticket += 1
        ticket = _ticket
        database.after_commit(lambda: _write_quietly() if ticket == _ticket else None)
    except Exception:  # noqa: BLE001 - the user's save stands; the file is refreshed on the next change
        log.warning("calendar subscription file not scheduled", exc_info=True)


def _write_quietly() -> None:
    try:
        write()
    except Exception:  # noqa: BLE001 - the user's save stands; the file is refreshed on the next change
        log.warning("calendar subscription file not written", exc_info=True)
