"""GDPR rights for one person: information (Art. 15), erasure (Art. 17), retention review, audit log.

Erasure anonymises instead of deleting, so the yearly report keeps its counts: the person row, their
attendance and memberships stay, every personal value is overwritten – in the person, in the attendance
snapshots, in the audit trail, in import records and in the search index. `secure_delete` (always on, see
app/models/database.py) zeroes the freed bytes and a TRUNCATE checkpoint empties the write-ahead log, so
the erased values are in neither the .db nor the -wal file afterwards. Each erasure is logged
(`ErasureLog`) and replayed when an older backup is restored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from app.models import (
    Appointment,
    Attendance,
    AuditEntry,
    ErasureLog,
    ImportRecord,
    Membership,
    Network,
    Person,
    db_proxy,
)
from app.models import database as dbmod
from app.models.search import person_sort_key, rowid
from app.services import audit, contacts, settings
from app.services.erasure_text import ERASED as ERASED  # re-exported: privacy.ERASED
from app.services.erasure_text import name_forms, scrub_free_text, scrub_table
from app.services.errors import NotFoundError, UserError
from app.services.messages import t, tn
from app.services.privacy_review import AuditRow as AuditRow  # re-exported: the privacy API stays one module
from app.services.privacy_review import RetentionCandidate as RetentionCandidate
from app.services.privacy_review import archive_persons as archive_persons
from app.services.privacy_review import audit_log as audit_log
from app.services.privacy_review import changes_text as changes_text
from app.services.privacy_review import export_audit as export_audit
from app.services.privacy_review import retention_candidates as retention_candidates
from app.services.privacy_review import retention_years as retention_years

log = logging.getLogger(__name__)

PERSONAL_FIELDS = (
    "salutation", "title", "first_name", "last_name", "function", "email", "phone", "mobile", "street",
    "postal_code", "city", "country", "languages", "notes", "legal_basis", "consent_purpose", "consent_how",
)
PERSONAL_DATES = ("consent_date", "consent_withdrawn")
SNAPSHOT_FIELDS = ("snapshot_name", "snapshot_sort_name", "snapshot_function", "snapshot_city",
                   "snapshot_country", "snapshot_email")
CONSENT_FIELDS = ("legal_basis", "consent_date", "consent_purpose", "consent_how", "consent_withdrawn")


def _person(person_id: int) -> Person:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise NotFoundError(t("person_not_found", id=person_id))
    return person


# --- consent ----------------------------------------------------------------------------------------------

def consent(person_id: int) -> dict[str, Any]:
    person = _person(person_id)
    return {name: getattr(person, name) for name in CONSENT_FIELDS}


def set_consent(person_id: int, values: dict[str, Any]) -> Person:
    """Legal basis and consent (purpose, date, how given, withdrawn) – validated and audited like any edit."""
    unknown = set(values) - set(CONSENT_FIELDS)
    if unknown:
        raise UserError(t("not_consent_fields", names=", ".join(sorted(unknown))))
    if _person(person_id).erased_at is not None:
        raise UserError(t("person_erased_readonly"))
    return contacts.update_person(person_id, values)


# --- Art. 15: everything linked to one person ---------------------------------------------------------------

@dataclass
class PersonData:
    person_id: int
    name: str
    fields: list[tuple[str, str]]
    memberships: list[dict[str, Any]]
    attendance: list[dict[str, Any]]
    audit: list[dict[str, Any]]
    erasures: list[dict[str, Any]]
    created: dt.datetime
    follow_ups: list[dict[str, Any]] = field(default_factory=list)  # issue 12: Wiedervorlagen


FIELD_LABELS = {
    "de": {
        "salutation": "Anrede", "title": "Titel", "first_name": "Vorname", "last_name": "Nachname",
        "function": "Funktion", "organization": "Organisation", "email": "E-Mail", "phone": "Telefon",
        "mobile": "Mobil", "street": "Straße", "postal_code": "PLZ", "city": "Ort", "country": "Land",
        "languages": "Sprachen", "notes": "Notizen", "legal_basis": "Rechtsgrundlage",
        "consent_date": "Einwilligung am", "consent_purpose": "Zweck der Einwilligung",
        "consent_how": "Einwilligung erteilt durch", "consent_withdrawn": "Widerrufen am",
        "archived": "Archiviert", "created_at": "Angelegt am", "updated_at": "Zuletzt geändert",
        "erased_at": "Gelöscht am",
    },
    "en": {
        "salutation": "Salutation", "title": "Title", "first_name": "First name", "last_name": "Last name",
        "function": "Function", "organization": "Organisation", "email": "E-mail", "phone": "Phone",
        "mobile": "Mobile", "street": "Street", "postal_code": "Postcode", "city": "City", "country": "Country",
        "languages": "Languages", "notes": "Notes", "legal_basis": "Legal basis",
        "consent_date": "Consent given on", "consent_purpose": "Purpose of consent",
        "consent_how": "Consent given by", "consent_withdrawn": "Withdrawn on",
        "archived": "Archived", "created_at": "Created on", "updated_at": "Last changed",
        "erased_at": "Erased on",
    },
}


def _text(value: Any, language: str = "de") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("ja" if value else "nein") if language == "de" else ("yes" if value else "no")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M") if language == "de" else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if language == "de" else value.isoformat()
    return str(value)


def person_data(person_id: int, language: str = "de") -> PersonData:
    """Everything Brücke holds about one person: the record, memberships, attendance, audit entries."""
    person = _person(person_id)
    labels = FIELD_LABELS["en" if language == "en" else "de"]
    fields = []
    for name, label in labels.items():
        if name == "organization":
            value: Any = person.organization.name if person.organization_id else ""
        else:
            value = getattr(person, name)
        fields.append((label, _text(value, language)))
    memberships = [
        {"network": m.network.name, "organization": m.organization.name if m.organization_id else "",
         "role": m.role, "since": m.since, "until": m.until}
        for m in Membership.select(Membership, Network).join(Network)
        .where(Membership.person == person_id).order_by(Network.name)
    ]
    attendance = [
        {"date": a.appointment.start, "appointment": a.appointment.title, "status": a.status, "role": a.role,
         "checked_in_at": a.checked_in_at, "name": a.snapshot_name, "organization": a.snapshot_organization,
         "function": a.snapshot_function, "email": a.snapshot_email}
        for a in Attendance.select(Attendance, Appointment).join(Appointment)
        .where(Attendance.person == person_id).order_by(Appointment.start)
    ]
    entries = _audit_query(person_id)
    audit_rows = [
        {"timestamp": e.timestamp, "os_user": e.os_user, "entity": e.entity, "entity_id": e.entity_id,
         "action": e.action, "changes": changes_text(json.loads(e.changes or "{}"))}
        for e in entries.order_by(AuditEntry.timestamp, AuditEntry.id)
    ]
    erasures = [{"erased_at": e.erased_at, "os_user": e.os_user}
                for e in ErasureLog.select().where(ErasureLog.person_id == person_id)]
    data = PersonData(person.id, person.full_name, fields, memberships, attendance, audit_rows, erasures,
                      dt.datetime.now().replace(microsecond=0))
    # --- follow-ups (issue 12): the person's Wiedervorlagen belong to the information ---
    from app.services.followups import for_person

    data.follow_ups = for_person(person_id)
    return data


def _audit_query(person_id: int, db: pw.Database | None = None) -> Any:  # a peewee query
    db = db or db_proxy.obj
    attendance_ids = [a.id for a in Attendance.select(Attendance.id).where(Attendance.person == person_id)
                      .execute(db)]
    membership_ids = [m.id for m in Membership.select(Membership.id).where(Membership.person == person_id)
                      .execute(db)]
    condition = (AuditEntry.entity == "person") & (AuditEntry.entity_id == person_id)
    if attendance_ids:
        condition |= (AuditEntry.entity == "attendance") & (AuditEntry.entity_id.in_(attendance_ids))
    if membership_ids:
        condition |= (AuditEntry.entity == "membership") & (AuditEntry.entity_id.in_(membership_ids))
    return AuditEntry.select().where(condition)


def export_person(person_id: int, path: Path | str, language: str = "de") -> Path:
    """Write the Art. 15 information as PDF or Excel (by the file's suffix); the file appears whole or not."""
    from app.io import privacy_export  # reportlab only when an Art. 15 export is written (fast start)

    data = person_data(person_id, language)
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        privacy_export.write_pdf(data, path, language, settings.get("office_name"))
    elif path.suffix.lower() == ".xlsx":
        privacy_export.write_xlsx(data, path, language)
    else:
        raise UserError(t("export_format_pdf_xlsx", suffix=path.suffix))
    audit.record("person", person_id, "export_art15", {})
    return path


# --- Art. 17: erasure -------------------------------------------------------------------------------------

@dataclass
class ErasureSummary:
    """What an erasure did: how many persons, and in how many other records the name was replaced."""

    erased: int = 0
    scrubbed: dict[str, int] = field(default_factory=dict)
    backups_cleaned: int = 0
    backups_left: list[str] = field(default_factory=list)  # backups that could not be cleaned (other passphrase)
    backups_cleaned_files: list[str] = field(default_factory=list)  # names of the backups that were cleaned

    def add(self, other: ErasureSummary) -> None:
        self.erased += other.erased
        for key, count in other.scrubbed.items():
            self.scrubbed[key] = self.scrubbed.get(key, 0) + count

    def text(self) -> str:
        """One sentence for the user (German/English by the current language)."""

        text = tn("erasure_summary", self.erased)
        if self.scrubbed:
            parts = ", ".join(tn("erasure_in_" + key, count) for key, count in sorted(self.scrubbed.items()))
            text += " " + t("erasure_scrubbed", where=parts, erased=ERASED)
        if self.backups_cleaned:
            text += " " + tn("erasure_backups_cleaned", self.backups_cleaned)
        if self.backups_left:
            text += " " + t("erasure_backups_left", files=", ".join(self.backups_left))
        return text


def _first(query: Any, db: pw.Database) -> Any:
    for row in query.limit(1).execute(db):
        return row
    return None


def _erase_in_transaction(db: pw.Database, person: Person, when: dt.datetime, os_user: str) -> dict[str, int]:
    snapshots = list(Attendance.select().where(Attendance.person == person.id).execute(db))
    needles = name_forms(person, snapshots)
    personal = set(PERSONAL_FIELDS) | set(PERSONAL_DATES) | set(SNAPSHOT_FIELDS) | {"name", "label"}
    scrubbed = scrub_free_text(db, person.id, needles)
    # audit entries and import records of this person's own rows lose every personal field
    own = {e.id for e in _audit_query(person.id, db).execute(db)}
    scrub_table(db, AuditEntry, "changes", needles, personal, own)
    own_imports = {r.id for r in ImportRecord.select(ImportRecord.id).where(
        (ImportRecord.entity == "person") & (ImportRecord.entity_id == person.id)).execute(db)}
    scrub_table(db, ImportRecord, "previous", needles, personal, own_imports)
    values: dict[str, Any] = {name: "" for name in PERSONAL_FIELDS}
    values.update({name: None for name in PERSONAL_DATES})
    values.update(last_name=ERASED, archived=True, erased_at=when, updated_at=when,
                  sort_key=person_sort_key(ERASED, ""))
    Person.update(values).where(Person.id == person.id).execute(db)
    Attendance.update({name: "" for name in SNAPSHOT_FIELDS} | {"snapshot_name": ERASED,
                                                               "snapshot_sort_name": ERASED}) \
        .where(Attendance.person == person.id).execute(db)
    key = rowid("person", person.id)
    db.execute_sql("DELETE FROM search_index WHERE rowid = ?", (key,))
    db.execute_sql("DELETE FROM search_word WHERE entry = ?", (key,))
    # --- follow-ups (issue 12): the person's Wiedervorlagen go; their audit entries lose every text ---
    from app.models import FollowUp

    follow_up_ids = [f.id for f in FollowUp.select(FollowUp.id).where(FollowUp.person == person.id).execute(db)]
    if follow_up_ids:
        follow_up_audit = {e.id for e in AuditEntry.select(AuditEntry.id).where(
            (AuditEntry.entity == "follow_up") & AuditEntry.entity_id.in_(follow_up_ids)).execute(db)}
        scrub_table(db, AuditEntry, "changes", needles, personal | {"responsible"}, follow_up_audit)
        FollowUp.delete().where(FollowUp.id.in_(follow_up_ids)).execute(db)
    ErasureLog.insert(person_id=person.id, erased_at=when, os_user=os_user).execute(db)
    AuditEntry.insert(os_user=os_user, entity="person", entity_id=person.id, action="erase",
                      changes="{}").execute(db)
    return scrubbed


def _optimize_search_index(db: pw.Database | None = None) -> None:
    """FTS5 keeps deleted terms in old segments until they are merged; merge them now."""
    (db or db_proxy.obj).execute_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")


def _refresh_statistics(db: pw.Database | None = None) -> None:
    """ANALYZE copies index keys – names, e-mail addresses – verbatim into `sqlite_stat4` samples (the demo
    runs it, `PRAGMA optimize` may on any close). After an erasure the statistics are rebuilt from the
    anonymised rows; `secure_delete` zeroes the old samples' pages. Files without statistics stay without."""
    db = db or db_proxy.obj
    if not isinstance(db, pw.SqliteDatabase):
        return  # the office server keeps no samples of values in a file
    if db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is None:
        return
    db.execute_sql("ANALYZE")


def checkpoint(db: pw.Database | None = None) -> None:
    """Move everything from the write-ahead log into the database file and empty the log."""
    db = db or db_proxy.obj
    for _ in range(50):
        busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        time.sleep(0.1)
    log.warning("wal checkpoint stayed busy; erased values may remain in the -wal file until the next start")


# --- erasure log replay -----------------------------------------------------------------------------------

ErasureEntry = tuple[int, dt.datetime, str]


class ErasureLogUnreadable(UserError):
    """The erasure log of a file could not be read: replaying from it would silently skip erasures."""


def erasure_entries(db: pw.Database | None = None) -> list[ErasureEntry]:
    query = ErasureLog.select().order_by(ErasureLog.id)
    return [(e.person_id, e.erased_at, e.os_user) for e in query.execute(db or db_proxy.obj)]


def erasure_entries_from_file(path: Path, passphrase: str | None = None) -> list[ErasureEntry]:
    """The erasure log of a file that is not (or cannot be) opened normally.

    Raises ErasureLogUnreadable (and logs why) when the log cannot be read: a restore must then stop rather
    than bring erased persons back without a trace."""
    try:
        conn = dbmod.connect_raw(path, passphrase, readonly=True)
        try:
            rows = conn.execute("SELECT person_id, erased_at, os_user FROM erasure_log ORDER BY id").fetchall()
        finally:
            conn.close()
    except Exception as exc:
        log.error("erasure log of %s unreadable: %s", path.name, type(exc).__name__)

        raise ErasureLogUnreadable(t("erasure_log_unreadable", file=path.name, reason=str(exc))) from exc
    result = []
    for person_id, erased_at, user in rows:
        try:
            when = dt.datetime.fromisoformat(str(erased_at))
        except ValueError:
            when = dt.datetime.now().replace(microsecond=0)
        result.append((int(person_id), when, str(user)))
    return result


def merge_entries(*lists: list[ErasureEntry]) -> list[ErasureEntry]:
    """One entry per person (the earliest erasure), in order of time."""
    earliest: dict[int, ErasureEntry] = {}
    for entries in lists:
        for entry in entries:
            if entry[0] not in earliest or entry[1] < earliest[entry[0]][1]:
                earliest[entry[0]] = entry
    return sorted(earliest.values(), key=lambda e: (e[1], e[0]))


def replay_erasures(entries: list[ErasureEntry], db: pw.Database | None = None) -> int:
    """After restoring an older backup: erase again whoever had been erased since; returns how many.

    `db`: the database to replay into (default: the open one; a restore replays into its staged copy)."""
    db = db or db_proxy.obj
    replayed = 0
    with db.atomic():
        for person_id, when, user in entries:
            person = _first(Person.select().where(Person.id == person_id), db)
            already_logged = ErasureLog.select().where(ErasureLog.person_id == person_id).exists(db)
            if person is not None and person.erased_at is None:
                _erase_in_transaction(db, person, when if isinstance(when, dt.datetime) else
                                      dt.datetime.fromisoformat(str(when)), user)
                replayed += 1
            elif not already_logged:
                ErasureLog.insert(person_id=person_id, erased_at=when, os_user=user).execute(db)
        if replayed:
            _optimize_search_index(db)
            _refresh_statistics(db)
    return replayed


