"""Commit and undo: all chosen rows or none, in one transaction, recorded as an undoable `ImportBatch`.

Duplicates are checked once more inside the write transaction (which takes SQLite's write lock first), so
two imports at once cannot both create the same contact: a row that became a duplicate meanwhile is
handled like any duplicate (updated or skipped). `undo(batch_id)` reverts a whole import.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from app.io import cells
from app.models import Appointment, Attendance, ImportBatch, ImportRecord, Organization, Person, db_proxy
from app.models.bulk_indexes import indexes_built_after
from app.services import attendance, audit, bulk, cycle_collector, records, series, subscription
from app.services.appointments import APPOINTMENT
from app.services.contacts import ORGANIZATION, PERSON
from app.services.errors import ConflictError, UserError
from app.services.imports import calendar as calendar_rules
from app.services.imports.classify import (
    PersonIndex,
    Preview,
    Row,
    canonical,
    database_mark,
    name_key,
    organization_fill,
)
from app.services.imports.fields import company_key
from app.services.imports.mapping import ImportError_
from app.services.messages import t, tn

log = logging.getLogger(__name__)
CHUNK = 5_000  # rows per executemany when committing
# SQLite's page cache while an import writes (KiB; the default is 2 MB): a 100,000-row list puts new keys all over
# seven person indexes and the search tables, and with the default cache most of those pages are written out and
# read back again – the import's inserts take about 40 % less time with 16 MB. Back to the default afterwards.
BULK_CACHE_KIB = 16_384
LARGE_IMPORT = 20_000  # new contacts from which the person and word indexes are built after the rows (bulk_indexes)
Progress = Callable[[int, int, str], None]


@contextmanager
def write_transaction() -> Iterator[None]:
    """One transaction that holds SQLite's write lock from its first statement (BEGIN IMMEDIATE)."""
    database = db_proxy.obj
    if isinstance(database, pw.SqliteDatabase):
        with database.atomic(lock_type="IMMEDIATE"):
            previous = database.execute_sql("PRAGMA cache_size").fetchone()[0]
            database.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                yield
            finally:
                database.execute_sql(f"PRAGMA cache_size = {int(previous)}")
    else:
        with database.atomic():
            yield


def _recheck(preview_: Preview) -> int:
    """Inside the write transaction: rows to create that meanwhile exist become duplicates. Returns how many."""
    if preview_.database_mark and database_mark(preview_.kind) == preview_.database_mark:
        return 0  # nothing written since the preview: its duplicate check stands
    changed = 0
    if preview_.kind == "appointments":
        existing: dict[tuple[str, dt.datetime | None], int] = {}
        for aid, title, start in db_proxy.obj.execute_sql("SELECT id, title, start FROM appointment"):
            start_value = start if isinstance(start, dt.datetime) else records.parse_datetime(start)
            existing.setdefault((canonical(title), start_value), aid)
        for row in preview_.rows:
            if row.action == "create" and row.values.get("start") is not None:
                match = existing.get((canonical(row.values["title"]), row.values["start"]))
                if match is not None:
                    _now_duplicate(preview_, row, match, "import_row_appointment_meanwhile")
                    changed += 1
        return changed
    index = PersonIndex.load()
    for row in preview_.rows:
        if row.action != "create" or row.values.get("organization_only"):
            continue
        email = str(row.values.get("email", "")).casefold()
        match = index.by_email.get(email) if email else None
        if match is None:
            match = index.by_name.get((name_key(row.values.get("first_name", ""), row.values.get("last_name", "")),
                                       company_key(row.values.get("organization", ""))))
        if match is not None:
            _now_duplicate(preview_, row, match, "import_row_contact_meanwhile")
            changed += 1
    return changed


def _now_duplicate(preview_: Preview, row: Row, match: int, key: str) -> None:
    row.match_id = match
    row.action = "update" if preview_.on_duplicate == "update" else "skip"
    row.reason = t(key, number=row.number, id=match)


@dataclass
class Result:
    batch_id: int | None
    created: int
    updated: int
    skipped: int
    errors: int
    organizations: int = 0
    backup: Path | None = None

    def text(self) -> str:
        extra = tn("import_new_organisations", self.organizations) if self.organizations else ""
        return t("import_result", created=self.created, extra=extra, updated=self.updated, skipped=self.skipped,
                 errors=self.errors)


def _backup_before_import() -> Path | None:
    """An automatic backup before the import (issue 7), when the backup service offers one."""
    try:
        from app.services import backup
    except ImportError:
        return None
    for name in ("backup_before", "automatic_backup", "backup_now", "create_backup"):
        function = getattr(backup, name, None)
        if callable(function):
            try:
                made = function(reason="import") if name == "backup_before" else function()
            except TypeError:
                made = function()
            return Path(made) if isinstance(made, str | Path) else getattr(made, "path", None)
    return None


_PERSON_FIELDS = ("salutation", "title", "first_name", "last_name", "function", "email", "phone", "mobile",
                  "street", "postal_code", "city", "country", "languages", "notes", "consent_date")
_PERSON_SET = frozenset(_PERSON_FIELDS)
_APPOINTMENT_FIELDS = ("title", "kind", "start", "end", "all_day", "location", "online_link", "status", "network",
                       "agenda", "outcome", "expected_participants", "confidential")


def update_changes(spec: records.Spec, before: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The fields an import update writes: the file's non-empty values that differ from what is stored; a
    contact's notes get the file's new lines below the stored ones (read when written: a line typed while the
    preview was open stays). One rule for the commit and the preview's "unverändert" (unchanged.py)."""
    if spec is PERSON and values.get("notes") and before.get("notes"):
        values = {**values, "notes": cells.merged_notes(str(before["notes"]), str(values["notes"]))}
    changes = {k: v for k, v in values.items() if k in spec.fields and v not in (None, "") and before.get(k) != v}
    for key in ("first_name", "last_name", "organization_name", "title"):  # "Mueller" never overwrites "Müller"
        if key in changes and canonical(str(before.get(key) or "")) == canonical(str(changes[key])):
            del changes[key]
    if "email" in changes and str(before.get("email") or "").casefold() == str(changes["email"]).casefold():
        del changes["email"]
    for key in ("phone", "mobile"):  # the stored notation stays when the number is the same
        if key in changes and cells.same_phone(before.get(key), changes[key]):
            del changes[key]
    if "status" in changes:  # a meeting the office cancelled stays cancelled when Outlook's export comes again
        status = calendar_rules.status_update(str(before.get("status") or ""), changes["status"],
                                              bool(values.get("status_stated")))
        if status is None:
            del changes["status"]
    return changes


def update_values(kind: str, row: Row, org_ids: dict[str, int]) -> dict[str, Any] | None:
    """The values an update row writes (organisation as id); None while its organisation does not exist yet."""
    if kind == "appointments":
        return {k: row.values[k] for k in (*_APPOINTMENT_FIELDS, "status_stated") if k in row.values}
    values = {k: v for k, v in row.values.items() if v and k in _PERSON_SET}
    org = row.values.get("organization")
    if org:
        if company_key(org) not in org_ids:
            return None
        values["organization"] = org_ids[company_key(org)]
    return values


def commit(preview_: Preview, *, progress: Progress | None = None, backup: bool = True) -> Result:
    """Write every row marked create/update in one transaction, recorded as an undoable batch."""
    counts = preview_.counts()
    backup_path = _backup_before_import() if backup and preview_.writes() else None  # (an organisation's row too)
    with write_transaction(), cycle_collector.paused():
        rechecked = _recheck(preview_)
        if rechecked:
            log.info("import: %d rows became duplicates before writing", rechecked)
            counts = preview_.counts()
        batch = ImportBatch.create(kind=preview_.kind, filename=preview_.path.name, os_user=audit.os_user(),
                                   summary="{}")
        if preview_.kind == "appointments":
            created, updated, orgs = _commit_appointments(preview_, batch.id, progress)
        else:
            created, updated, orgs = _commit_persons(preview_, batch.id, progress)
        result = Result(batch.id, created, updated, counts["skip"], counts["error"], orgs, backup_path)
        batch.summary = json.dumps({"created": created, "updated": updated, "skipped": counts["skip"],
                                    "errors": counts["error"], "organizations": orgs}, ensure_ascii=False)
        batch.save()
        audit.record("import_batch", batch.id, "import", {"file": (None, preview_.path.name),
                                                         "created": (None, created), "updated": (None, updated)})
    if preview_.kind == "appointments" and (created or updated):
        subscription.appointments_changed()  # the CLI's import too, not only the wizard's
    return result


def _records(batch_id: int, entity: str, action: str, ids: Iterable[int],
             previous: str = "{}") -> list[tuple[Any, ...]]:
    return [(batch_id, entity, entity_id, action, previous) for entity_id in ids]


def _insert_records(rows: list[tuple[Any, ...]]) -> None:
    if rows:
        bulk.insert_links(ImportRecord, ("batch_id", "entity", "entity_id", "action", "previous"), rows)


def _insert_created(batch_id: int, table: str, ids: list[int]) -> None:
    """Undo records for rows a bulk insert just numbered first…last, made by the database from their ids."""
    if ids and ids[-1] - ids[0] + 1 == len(ids):
        db_proxy.obj.execute_sql(
            'INSERT INTO "import_record" ("batch_id", "entity", "entity_id", "action", "previous") '
            "SELECT CAST(? AS INTEGER), CAST(? AS TEXT), id, 'create', '{}' "
            f'FROM "{table}" WHERE id BETWEEN ? AND ? ORDER BY id',
            (batch_id, table, ids[0], ids[-1]))
    else:
        _insert_records(_records(batch_id, table, "create", ids))


def _update_record(spec: records.Spec, record_id: int, values: dict[str, Any], batch_id: int,
                   entity: str) -> bool:
    """Overwrite with the file's non-empty values; remember what was there. True if anything changed."""
    obj = records.get(spec, record_id)
    before = records.current_values(spec, obj)
    changes = update_changes(spec, before, values)
    if not changes:
        return False
    records.update(spec, record_id, changes)
    previous = {k: audit._plain(before[k]) for k in changes}
    _insert_records(_records(batch_id, entity, "update", [record_id], json.dumps(previous, ensure_ascii=False)))
    return True


def _commit_persons(preview_: Preview, batch_id: int, progress: Progress | None) -> tuple[int, int, int]:
    index = PersonIndex.load()
    rows = [r for r in preview_.rows if r.action in ("create", "update")]
    org_ids = dict(index.orgs)
    new_orgs: dict[str, dict[str, Any]] = {}  # key → values, in the file's order
    for row in rows:
        name = row.values.get("organization")
        if not name or (key := company_key(name)) in org_ids:
            continue
        if key not in new_orgs:
            new_orgs[key] = _organization_values(row)
        elif row.values.get("organization_only"):  # the company's own row, after one of its people: it wins
            new_orgs[key].update((k, v) for k, v in _organization_values(row).items() if v and k != "name")
    if new_orgs:
        ids = bulk.insert(ORGANIZATION, list(new_orgs.values()), audit_action="import")
        org_ids.update(zip(new_orgs, ids, strict=True))
        _insert_records(_records(batch_id, "organization", "create", ids))
    filled = _fill_organizations([r for r in rows if r.values.get("organization_only") and r.match_id], batch_id)
    rows = [r for r in rows if not r.values.get("organization_only")]
    creates = [r for r in rows if r.action == "create" or r.match_id is None]
    person_of: dict[int, int] = {}
    new_ids: list[int] = []
    with indexes_built_after(db_proxy.obj, ("person", "search_word"), when=_large(len(creates), len(index.names))):
        _create_persons(creates, org_ids, batch_id, person_of, new_ids, len(rows), progress)
    updated = 0
    for done, row in enumerate(r for r in rows if r.action == "update" and r.match_id is not None):
        wanted = update_values(preview_.kind, row, org_ids)
        assert wanted is not None  # every organisation exists by now
        values = wanted
        match_id = row.match_id
        assert match_id is not None
        if _update_record(PERSON, match_id, values, batch_id, "person"):
            updated += 1
        person_of[row.number] = match_id
        if progress is not None and done % 200 == 0:
            progress(len(new_ids) + done, len(rows), t("import_updating_contacts"))
    if preview_.kind == "attendance":
        updated += _commit_attendance(preview_, batch_id, person_of)
    return len(new_ids), updated + filled, len(new_orgs)


def _fill_organizations(rows: list[Row], batch_id: int) -> int:
    """Company-only rows of stored organisations fill the fields the organisation leaves empty."""
    filled = 0
    for row in rows:
        assert row.match_id is not None
        fill = organization_fill(row.match_id, row.values)  # (again: the office may have typed some meanwhile)
        if fill and _update_record(ORGANIZATION, row.match_id, fill, batch_id, "organization"):
            filled += 1
    return filled


def _large(count: int, existing: int) -> bool:
    """Whether building the person and word indexes after the rows beats updating them row by row: a large list
    that at least doubles the table (into a big table, rebuilding would cost more than it saves)."""
    return count >= LARGE_IMPORT and count >= existing


def _create_persons(creates: list[Row], org_ids: dict[str, int], batch_id: int, person_of: dict[int, int],
                    new_ids: list[int], total: int, progress: Progress | None) -> None:
    for start in range(0, len(creates), CHUNK):  # chunks keep memory flat; still one transaction
        chunk = creates[start:start + CHUNK]
        person_rows = []
        for row in chunk:
            values = {k: v for k, v in row.values.items() if v and k in _PERSON_SET}
            org = row.values.get("organization")
            if org:
                values["organization"] = org_ids[company_key(org)]
            person_rows.append(values)
        if progress is not None:
            progress(start, total, t("import_saving_contacts"))
        ids = bulk.insert(PERSON, person_rows, audit_action="import", savepoint=False)  # commit() rolls back
        del person_rows
        _insert_created(batch_id, "person", ids)
        person_of.update((row.number, pid) for row, pid in zip(chunk, ids, strict=True))
        new_ids.extend(ids)


def _organization_values(row: Row) -> dict[str, Any]:
    values = row.values
    result = {"name": values["organization"], "street": values.get("street", ""),
              "postal_code": values.get("postal_code", ""), "city": values.get("city", "")}
    if values.get("organization_only"):  # the row is the organisation: its phone, e-mail and notes too
        result.update({k: values[k] for k in ("phone", "email", "notes", "website") if values.get(k)})
        if values.get("country"):
            result["country"] = values["country"]
    return result


def _commit_attendance(preview_: Preview, batch_id: int, person_of: dict[int, int]) -> int:
    from app.services.attendance import snapshot_of

    appointment_id = preview_.appointment_id
    present = {a.person_id: a for a in Attendance.select().where(Attendance.appointment == appointment_id)}
    rows = {row.number: row for row in preview_.rows if row.action in ("create", "update")}
    created_ids, changed = [], 0
    orgs: dict[int, Organization] = {}
    for number, person_id in person_of.items():
        row = rows[number]
        status = row.values.get("status", "registered")
        role = row.values.get("role", "participant")
        existing = present.get(person_id)
        if existing is not None:
            if (existing.status, existing.role) != (status, role) and (row.values.get("status") or
                                                                       row.values.get("role")):
                previous = json.dumps({"status": existing.status, "role": existing.role})
                existing.status, existing.role = status, role
                existing.checked_in_at = existing.checked_in_at or (
                    dt.datetime.now().replace(microsecond=0) if status == "attended" else None)
                existing.save()
                audit.record("attendance", existing.id, "update", {"status": (None, status)})
                _insert_records(_records(batch_id, "attendance", "update", [existing.id], previous))
                changed += 1
            continue
        person = Person.get_by_id(person_id)
        org = None
        if person.organization_id:
            org = orgs.get(person.organization_id) or Organization.get_by_id(person.organization_id)
            orgs[person.organization_id] = org
        attendance = Attendance.create(appointment=appointment_id, person=person_id, status=status, role=role,
                                       checked_in_at=dt.datetime.now().replace(microsecond=0)
                                       if status == "attended" else None, **snapshot_of(person, org))
        present[person_id] = attendance
        created_ids.append(attendance.id)
    if created_ids:
        audit.record("attendance", created_ids[0], "import", {"ids": (None, f"{created_ids[0]}–{created_ids[-1]}")})
    _insert_records(_records(batch_id, "attendance", "create", created_ids))
    return changed


def _commit_appointments(preview_: Preview, batch_id: int, progress: Progress | None) -> tuple[int, int, int]:
    creates: list[dict[str, Any]] = []
    invited_to_new: list[list[int]] = []  # per create: the contacts among its invitees
    invitations: list[tuple[int, list[int]]] = []  # (appointment id, contacts)
    updated = 0
    people = _Invitees() if any(row.values.get("invitees") for row in preview_.rows) else None
    for done, row in enumerate(preview_.rows):
        if progress is not None and done % 200 == 0:  # (the wizard's Cancel is heard here too)
            progress(done, len(preview_.rows), t("import_saving_appointments"))
        if row.action not in ("create", "update"):
            continue
        found = people.resolve(row.values.get("invitees", ())) if people else []
        if row.action == "create" or row.match_id is None:
            values = {k: row.values[k] for k in _APPOINTMENT_FIELDS if k in row.values}
            values.setdefault("all_day", False)
            creates.append(values)
            invited_to_new.append(found)
        else:
            if _update_record(APPOINTMENT, row.match_id, update_values("appointments", row, {}) or {}, batch_id,
                              "appointment"):
                updated += 1
            invitations.append((row.match_id, found))
    ids = bulk.insert(APPOINTMENT, creates, audit_action="import") if creates else []
    _insert_records(_records(batch_id, "appointment", "create", ids))
    for appointment_id, person_ids in [*invitations, *zip(ids, invited_to_new, strict=True)]:
        if person_ids:  # Outlook's "Erforderliche/Optionale Teilnehmer": invited contacts
            added = attendance.invite(appointment_id, person_ids)
            _insert_records(_records(batch_id, "attendance", "create", [a.id for a in added]))
    return len(ids), updated, 0


class _Invitees:
    """Contacts by e-mail address and by name ("Hoffmann, Jana", "Jana Hoffmann <j.hoffmann@…>"); a name two
    contacts share invites nobody (the agenda names every invitee anyway)."""

    _ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, int | None] = {}
        for pid, first, last, email in Person.select(Person.id, Person.first_name, Person.last_name, Person.email) \
                .where(Person.archived == False).tuples():  # noqa: E712
            if email:
                self.by_email.setdefault(str(email).casefold(), pid)
            key = name_key(first or "", last or "")
            self.by_name[key] = None if key in self.by_name else pid

    def resolve(self, names: Iterable[str]) -> list[int]:
        found: list[int] = []
        for text in names:
            address = self._ADDRESS.search(text)
            person = self.by_email.get(address.group().casefold()) if address else None
            name = self._ADDRESS.sub("", text).strip(" <>\"'")
            if person is None and name:
                parts = cells.split_name(name)
                person = self.by_name.get(name_key(parts.get("first_name", ""), parts.get("last_name", "")))
            if person is not None:
                found.append(person)
        return found


def undo(batch_id: int) -> dict[str, int]:
    """Revert a whole import: created records removed, updated ones restored – all or nothing."""
    deletes = _undo_deletes()
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise ImportError_(t("import_not_found", id=batch_id))
    if batch.undone_at is not None:
        raise ImportError_(t("import_already_undone", id=batch_id, when=batch.undone_at))
    counts = {"removed": 0, "restored": 0}
    # an appointment's series fields too: an .ics re-import of a moved series changes each RECURRENCE-ID
    specs = {"person": PERSON, "organization": ORGANIZATION, "appointment": series.OCCURRENCE}
    with db_proxy.atomic():
        items = list(ImportRecord.select().where(ImportRecord.batch == batch_id).order_by(ImportRecord.id.desc()))
        for item in items:
            if item.action == "update":
                previous = json.loads(item.previous)
                if item.entity == "appointment_series":
                    series.restore_fields(item.entity_id, previous)
                elif item.entity == "attendance":
                    row = Attendance.get_or_none(Attendance.id == item.entity_id)
                    if row is not None:
                        row.status, row.role = previous["status"], previous["role"]
                        row.save()
                        audit.record("attendance", row.id, "undo_import", {"status": (None, row.status)})
                else:
                    try:
                        records.update(specs[item.entity], item.entity_id, previous)
                    except UserError:
                        continue  # the record has been deleted since
                counts["restored"] += 1
                continue
            if item.entity == "attendance":
                Attendance.delete().where(Attendance.id == item.entity_id).execute()
                audit.record("attendance", item.entity_id, "undo_import")
            else:
                model, delete = deletes[item.entity]
                if model.get_or_none(model.id == item.entity_id) is None:
                    continue
                try:
                    delete(item.entity_id)
                except ConflictError as exc:
                    raise ConflictError(t("import_undo_refused", reason=exc)) from None
            counts["removed"] += 1
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        batch.save()
        if any(item.entity in ("appointment", "appointment_series") for item in items):
            subscription.appointments_changed()  # (written once the undo has committed)
        audit.record("import_batch", batch.id, "undo", {"removed": (None, counts["removed"]),
                                                       "restored": (None, counts["restored"])})
    return counts


def _undo_deletes() -> dict[str, tuple[Any, Callable[[int], None]]]:
    """entity → (model, guarded delete service) for removing records an import created."""
    from app.models import AppointmentSeries
    from app.services import contacts
    from app.services.appointments import delete_appointment
    from app.services.exchange import delete_imported_series

    return {
        "person": (Person, contacts.delete_person),
        "organization": (Organization, contacts.delete_organization),
        "appointment": (Appointment, delete_appointment),
        "appointment_series": (AppointmentSeries, delete_imported_series),  # ICS series (issue 11 §5)
    }


def batches(limit: int = 50) -> list[ImportBatch]:
    return list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit))


