"""Create, update, archive and delete for every entity, with validation, audit and search upkeep.

Each entity is described once by a `Spec`; every write runs in one transaction, so a failing
validation or audit leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import peewee as pw

from app.io.cells import parse_date  # the program's one date parser
from app.models import db_proxy
from app.models.entities import (
    Appointment,
    AppointmentSeries,
    AuditEntry,
    BaseModel,
    FollowUp,
    Network,
    Organization,
    Person,
    now,
)
from app.models.search import KIND_CODES, refresh_entries
from app.services import audit
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.messages import entity_name, t

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
URL_RE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
TEXT_LIMIT = 255

Checker = Callable[[dict[str, Any]], dict[str, str]]
VERSIONED_MODELS: dict[str, type[BaseModel]] = {
    "person": Person, "organization": Organization, "network": Network, "appointment": Appointment,
    "appointment_series": AppointmentSeries, "follow_up": FollowUp,
}


@dataclass(frozen=True)
class Spec:
    entity: str
    model: type[BaseModel]
    fields: dict[str, str]  # name -> kind: text, longtext, email, url, date, datetime, bool, int, ref, choice
    required: tuple[str, ...] = ()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    refs: dict[str, type[BaseModel]] = field(default_factory=dict)
    check: Checker | None = None


def parse_datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = str(value).strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
                "%d.%m.%Y %H:%M", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(text)


def _coerce(spec: Spec, name: str, value: Any) -> Any:
    kind = spec.fields[name]
    if kind in ("text", "longtext", "email", "url"):
        text = "" if value is None else str(value).strip()
        if kind != "longtext" and len(text) > TEXT_LIMIT:
            raise ValueError(t("too_long", limit=TEXT_LIMIT))
        if kind == "email" and text and not EMAIL_RE.match(text):
            raise ValueError(t("email", value=text))
        if kind == "url" and text and not URL_RE.match(text):
            raise ValueError(t("url", value=text))
        return text
    if kind == "choice":
        text = str(value or "").strip()
        if text not in spec.choices[name]:
            raise ValueError(t("choice", value=text))
        return text
    if kind == "bool":
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "ja", "yes", "x")
        return bool(value)
    if kind == "int":
        if value in (None, ""):
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValueError(t("int", value=value)) from None
        if number < 0:
            raise ValueError(t("int", value=value))
        return number
    if kind == "date":
        try:
            return parse_date(value)
        except ValueError:
            raise ValueError(t("date", value=value)) from None
    if kind == "datetime":
        try:
            return parse_datetime(value)
        except ValueError:
            raise ValueError(t("datetime", value=value)) from None
    if kind == "ref":
        if value in (None, "", 0):
            return None
        ref_id = value.id if isinstance(value, pw.Model) else int(value)
        if not spec.refs[name].select().where(spec.refs[name].id == ref_id).exists():
            raise ValueError(t("missing_ref", value=ref_id))
        return ref_id
    raise AssertionError(f"unknown field kind {kind}")


def current_values(spec: Spec, obj: BaseModel) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, kind in spec.fields.items():
        values[name] = getattr(obj, name + "_id") if kind == "ref" else getattr(obj, name)
    return values


def validate(spec: Spec, data: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
    """Return the merged, typed values or raise one ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    merged = dict(base)
    for name, value in data.items():
        if name not in spec.fields:
            errors[name] = t("unknown_field")
            continue
        try:
            merged[name] = _coerce(spec, name, value)
        except ValueError as exc:
            errors[name] = str(exc)
    for name in spec.required:
        if name not in errors and merged.get(name) in (None, ""):
            errors[name] = t("required")
    if not errors and spec.check is not None:
        errors.update(spec.check(merged))
    if errors:
        raise ValidationError(errors, spec.entity)
    return merged


def defaults(spec: Spec) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, kind in spec.fields.items():
        default = spec.model._meta.fields[name].default
        if kind == "ref":
            values[name] = None
        else:
            values[name] = default() if callable(default) else default
    return values


def get(spec: Spec, record_id: int) -> Any:
    return require(spec.model, spec.entity, record_id)


def require(model: type[BaseModel], entity: str, record_id: int) -> Any:
    """The record, or a NotFoundError naming it ("Termin Nr. 5 gibt es nicht.")."""
    obj = model.get_or_none(model.id == record_id)
    if obj is None:
        raise NotFoundError(t("not_found", entity=entity_name(entity), id=record_id))
    return obj


# The fields each kind's search entry is built from (app/models/search.py's sources; a test keeps them equal):
# a save that changes none of them leaves the index as it is.
INDEXED_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"title", "first_name", "last_name", "email", "function", "organization"}),
    "organization": frozenset({"name", "short_name", "city", "email"}),
    "network": frozenset({"name", "short_name", "kind"}),
    "appointment": frozenset({"title", "location", "start"}),
}


def _reindex(spec: Spec, record_id: int) -> None:
    if spec.entity in KIND_CODES:
        refresh_entries(db_proxy.obj, spec.entity, [record_id])


def _assign(spec: Spec, obj: BaseModel, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(obj, name + "_id" if spec.fields[name] == "ref" else name, value)


def create(spec: Spec, data: Mapping[str, Any]) -> Any:
    with db_proxy.atomic():
        values = validate(spec, data, defaults(spec))
        obj = spec.model()
        _assign(spec, obj, values)
        obj.save(force_insert=True)
        audit.record(spec.entity, obj.id, "create",
                     {k: (None, v) for k, v in values.items() if v not in (None, "", False)})
        _reindex(spec, obj.id)
    return obj


def update(spec: Spec, record_id: int, data: Mapping[str, Any], *, expected_version: int | None = None) -> Any:
    """Validate and save changes. A versioned record (DESIGN.md §6) is written with
    `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`: when someone else saved first – after
    the editor loaded `expected_version` (or `expecting_version()` around the call), or between this
    transaction's read and its write – nothing is written and `EditConflict` says mine/theirs per field."""
    expected = expected_version if expected_version is not None else _EXPECTED.get().get((spec.entity, record_id))
    with db_proxy.atomic():
        obj = get(spec, record_id)
        before = current_values(spec, obj)
        values = validate(spec, data, before)
        versioned = "version" in spec.model._meta.fields
        if versioned and expected is not None and obj.version != expected:
            raise EditConflict(spec.entity, record_id, values, before, obj.version)
        changes = {k: (before[k], v) for k, v in values.items() if before[k] != v}
        if changes:
            _assign(spec, obj, {k: v for k, (_, v) in changes.items()})
            if hasattr(obj, "updated_at"):
                obj.updated_at = now()
            if versioned:
                _save_versioned(spec, obj, values)
            else:
                obj.save()
            audit.record(spec.entity, obj.id, "update", changes)
            if not changes.keys().isdisjoint(INDEXED_FIELDS.get(spec.entity, changes.keys())):
                _reindex(spec, obj.id)
    return obj


def _save_versioned(spec: Spec, obj: Any, values: Mapping[str, Any]) -> None:
    model = spec.model
    row = {field: obj.__data__.get(field.name) for field in obj.dirty_fields if field.name != "version"}
    derived = getattr(model, "derived_columns", None)
    if derived is not None:  # what save() would compute (the person's sort key)
        row.update({model._meta.fields[name]: value for name, value in derived(dict(values)).items()})
    row[model.version] = model.version + 1
    seen = obj.version
    written = model.update(row).where((model.id == obj.id) & (model.version == seen)).execute()
    if written != 1:
        theirs = model.get_or_none(model.id == obj.id)
        if theirs is None:
            raise NotFoundError(t("not_found", entity=entity_name(spec.entity), id=obj.id))
        raise EditConflict(spec.entity, obj.id, values, current_values(spec, theirs), theirs.version)
    obj.version = seen + 1
    obj._dirty.clear()


class EditConflict(ConflictError):
    """Someone else saved the record after it was loaded: nothing was written.

    `mine`: the values this save wanted (all fields, validated), `theirs`: the values saved now, `fields`:
    the names where they differ, `current_version`: the version to save over once the user has decided
    (keep mine, take theirs, merge), `changed_by`: who saved last, from the audit log."""

    def __init__(self, entity: str, record_id: int, mine: Mapping[str, Any], theirs: Mapping[str, Any],
                 current_version: int) -> None:
        self.entity = entity
        self.record_id = record_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.fields = [name for name in self.mine if self.mine[name] != self.theirs.get(name)]
        self.current_version = current_version
        self.changed_by = last_editor(entity, record_id)
        super().__init__(t("edit_conflict", entity=entity_name(entity), user=self.changed_by or "?"))


def last_editor(entity: str, record_id: int) -> str:
    """Who saved the record last (the audit log's user: the database role on a server)."""
    row = (AuditEntry.select(AuditEntry.os_user)
           .where((AuditEntry.entity == entity) & (AuditEntry.entity_id == record_id))
           .order_by(AuditEntry.id.desc()).tuples().first())
    return str(row[0]) if row else ""


_EXPECTED: ContextVar[Mapping[tuple[str, int], int]] = ContextVar("bruecke_expected_versions",
                                                                  default=MappingProxyType({}))


@contextmanager
def expecting_version(entity: str, record_id: int | None, version: int | None) -> Iterator[None]:
    """Saves of this record inside the block must find `version` (the one the editor loaded)."""
    if record_id is None or version is None:
        yield
        return
    token = _EXPECTED.set({**_EXPECTED.get(), (entity, record_id): version})
    try:
        yield
    finally:
        _EXPECTED.reset(token)


def version_of(entity: str, record_id: int | None) -> int | None:
    """The saved version of a record (None for a new or unversioned one) – editors remember it on load."""
    model = VERSIONED_MODELS.get(entity)
    if model is None or record_id is None:
        return None
    row = model.select(model.version).where(model.id == record_id).tuples().first()
    return int(row[0]) if row else None


def set_archived(spec: Spec, record_id: int, archived: bool = True) -> Any:
    return update(spec, record_id, {"archived": archived})


def delete(spec: Spec, record_id: int, guard: Callable[[Any], None] | None = None) -> None:
    """Delete one record; `guard` raises ConflictError when history would be lost."""
    with db_proxy.atomic():
        obj = get(spec, record_id)
        if guard is not None:
            guard(obj)
        snapshot = current_values(spec, obj)
        obj.delete_instance()
        audit.record(spec.entity, record_id, "delete",
                     {k: (v, None) for k, v in snapshot.items() if v not in (None, "", False)})
        _reindex(spec, record_id)
