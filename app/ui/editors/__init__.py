"""Record editors: one window per person, organisation, network or appointment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.editors.actions import _MODELS
from app.ui.editors.appointment import AppointmentEditor
from app.ui.editors.base import RecordEditor
from app.ui.editors.network import NetworkEditor
from app.ui.editors.organization import OrganizationEditor
from app.ui.editors.person import PersonEditor


def editor_class(kind: str) -> type[RecordEditor]:

    return {"person": PersonEditor, "organization": OrganizationEditor, "network": NetworkEditor,
            "appointment": AppointmentEditor}[kind]


def open_editor(kind: str, record_id: int, parent: QWidget | None = None) -> RecordEditor:
    """The editor of an existing record; LookupError when it does not exist (any more)."""

    model = _MODELS[kind]
    if not model.select().where(model.id == record_id).exists():
        raise LookupError(f"{kind} {record_id}")
    return editor_class(kind)(record_id, parent)


def new_editor(kind: str, parent: QWidget | None = None, /, **defaults: Any) -> RecordEditor:
    return editor_class(kind)(None, parent, **defaults)
