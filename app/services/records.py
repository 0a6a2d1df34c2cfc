"""Create, update, archive and delete for every entity, with validation, audit and search upkeep.

Each entity is described once by a `Spec`; every write runs in one transaction, so a failing
validation or audit leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from app.io.cells import parse_date  # the program's one date parser
from app.models import db_proxy
from app.models.entities import BaseModel, now
from app.models.search import KIND_CODES, refresh_entries
from app.services import audit
from app.services.errors import NotFoundError, ValidationError
from app.services.messages import entity_name, t

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
URL_RE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
TEXT_LIMIT = 255

Checker = Callable[[dict[str, Any]], dict[str, str]]


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
    values = {}
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
    values = {}
    for name, kind in spec.fields.items():
        default = spec.model._meta.fields[name].default
        if kind == "ref":
            values[name] = None
        else:
            values[name] = default() if callable(default) else default
    return values


def get(spec: Spec, record_id: int) -> Any:
    obj = spec.model.get_or_none(spec.model.id == record_id)
    if obj is None:
        raise NotFoundError(t("not_found", entity=entity_name(spec.entity), id=record_id))
    return obj


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


def update(spec: Spec, record_id: int, data: Mapping[str, Any]) -> Any:
    with db_proxy.atomic():
        obj = get(spec, record_id)
        before = current_values(spec, obj)
        values = validate(spec, data, before)
        changes = {k: (before[k], v) for k, v in values.items() if before[k] != v}
        if changes:
            _assign(spec, obj, {k: v for k, (_, v) in changes.items()})
            if hasattr(obj, "updated_at"):
                obj.updated_at = now()
            obj.save()
            audit.record(spec.entity, obj.id, "update", changes)
            _reindex(spec, obj.id)
    return obj


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
