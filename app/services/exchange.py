"""Calendar and address-book files in and out: ICS (appointments) and vCard (persons).

    preview(path, kind)  → Preview: the recognised program (profile) and one Row per event / series / card
                           with create, update or skip and the reason
    set_choice(...)      → the user overrides a row (skip ↔ create/update)
    commit(preview)      → writes the chosen rows in ONE transaction, recorded as an ImportBatch with
                           ImportRecords, so `bruecke import-undo BATCH` reverts it like a spreadsheet import
    export_file(...)     → .ics or .vcf, written atomically

Re-importing a file updates instead of duplicating: events match on UID (+ RECURRENCE-ID) or, for Brücke's
own files, on the record's uuid; cards on UID/uuid, then e-mail. Unchanged rows are skipped as "unverändert".
The format specifics live in exchange_ics.py (import), ics_export.py and exchange_vcard.py; this module holds
the shared plumbing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.models import Appointment, AppointmentSeries, db_proxy
from app.services import audit, backup, series, subscription
from app.services.errors import UserError
from app.services.exchange_model import ACTIONS, Batch, Preview, Result, Row
from app.services.messages import t

__all__ = ["ACTIONS", "Batch", "Preview", "Result", "Row", "UserError", "commit", "export_file", "format_of",
           "preview", "set_choice"]

FORMATS = {".ics": "ics", ".ical": "ics", ".ifb": "ics", ".vcf": "vcard", ".vcard": "vcard"}
KIND_OF_FORMAT = {"ics": "appointments", "vcard": "persons"}


def format_of(path: Path | str) -> str | None:
    """"ics" or "vcard" for a calendar/address-book file, None for anything else (spreadsheets)."""
    return FORMATS.get(Path(path).suffix.lower())


def set_choice(preview: Preview, row: Row, choice: str) -> None:
    if choice not in row.choices:
        raise UserError(t("exchange_bad_choice", choice=choice))
    row.action = choice
    if choice != "skip" and row.forced_skip:
        row.reason = t("exchange_taken_anyway", reason=row.reason)
        row.forced_skip = False


def preview(path: Path | str, kind: str | None = None, *, include_private: bool = False,
            today: dt.date | None = None) -> Preview:
    """Read an .ics or .vcf file and decide per entry what an import would do (nothing is written)."""
    path = Path(path)
    fmt = format_of(path)
    if fmt is None:
        raise UserError(t("exchange_unknown_format", name=path.name))
    expected = KIND_OF_FORMAT[fmt]
    if kind is not None and kind != expected:
        raise UserError(t("exchange_wrong_kind", name=path.name, kind=expected))
    from app.services import exchange_ics, exchange_vcard  # icalendar/vobject only when a file is read (fast start)

    try:
        if fmt == "ics":
            return exchange_ics.preview(path, path.read_bytes(), include_private=include_private, today=today)
        return exchange_vcard.preview(path)  # card by card from the file: a phone export with photos is huge
    except OSError as exc:
        raise UserError(t("exchange_unreadable", name=path.name, reason=exc.strerror or exc)) from None
    except ValueError as exc:
        raise UserError(t("exchange_broken_file", name=path.name, reason=str(exc))) from None


# --- commit ---------------------------------------------------------------------------------------------------

def _backup() -> Path | None:

    try:
        return backup.backup_before("import")
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - no backup folder yet (fresh office, tests): import anyway
        return None


def commit(preview_: Preview, *, backup: bool = True,
           progress: Callable[[int, int, str], None] | None = None) -> Result:
    """Write every create/update row in one transaction, recorded as an undoable batch."""
    from app.services import exchange_ics, exchange_vcard  # icalendar/vobject only when importing (fast start)

    counts = preview_.counts()
    backup_path = _backup() if backup and (counts["create"] or counts["update"]) else None
    with db_proxy.atomic():
        batch = Batch(preview_)
        if preview_.format == "ics":
            created, updated = exchange_ics.commit(preview_, batch, progress)
        else:
                created, updated = exchange_vcard.commit(preview_, batch, progress)
        result = Result(batch.id, created, updated, counts["skip"], backup_path)
        batch.record.summary = json.dumps({"created": created, "updated": updated, "skipped": counts["skip"],
                                           "errors": counts["error"], "profile": preview_.profile},
                                          ensure_ascii=False)
        batch.record.save()
        audit.record("import_batch", batch.id, "import", {"file": (None, preview_.path.name),
                                                         "created": (None, created), "updated": (None, updated)})
    if preview_.format == "ics":
        subscription.appointments_changed()
    return result


def delete_imported_series(series_id: int) -> None:
    """Undo of an imported series: its occurrences went first (newer records); the empty series row goes."""

    with db_proxy.atomic():
        if Appointment.select().where(Appointment.series == series_id).exists():

            series.delete_series(series_id)
            return
        AppointmentSeries.delete().where(AppointmentSeries.id == series_id).execute()
        audit.record("appointment_series", series_id, "undo_import")


# --- export ---------------------------------------------------------------------------------------------------

def export_file(what: str, path: Path | str, *, start: dt.date | None = None, end: dt.date | None = None,
                network_id: int | None = None, ids: list[int] | None = None, todos: bool = False) -> tuple[Path, int]:
    """Write appointments as .ics or persons as .vcf; returns the path and the number of entries."""
    from app.services import exchange_vcard, ics_export  # icalendar/vobject only when exporting (fast start)

    path = Path(path)
    fmt = format_of(path)
    if what == "appointments" and fmt == "ics":
        return ics_export.export(path, start=start, end=end, network_id=network_id, ids=ids, todos=todos)
    if what == "persons" and fmt == "vcard":
        return exchange_vcard.export(path, network_id=network_id, ids=ids)
    raise UserError(t("exchange_export_format", what=what))
