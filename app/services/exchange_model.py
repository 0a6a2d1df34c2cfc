"""The preview/commit records shared by the ICS and vCard exchange (see exchange.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models import ImportBatch, ImportRecord
from app.services import audit
from app.services.messages import t

ACTIONS = ("create", "update", "skip", "error")


@dataclass
class Row:
    number: int
    entity: str  # appointment, series, person, organization
    action: str  # create, update, skip, error
    reason: str
    label: str  # what the preview shows: title or name
    detail: str = ""  # when / organisation
    match_id: int | None = None
    plan: Any = None  # the format module's data for commit
    default: str = ""  # the action the rules chose (the dialog can go back to it)
    forced_skip: bool = False  # skipped by a rule (private, absence …), not because unchanged

    @property
    def choices(self) -> tuple[str, ...]:
        if self.action == "error":
            return ("error",)
        return ("update", "skip") if self.match_id is not None else ("create", "skip")


@dataclass
class Preview:
    path: Path
    kind: str  # appointments or persons
    format: str  # ics or vcard
    profile: str  # the program that wrote the file
    rows: list[Row]
    options: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ACTIONS, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def summary_text(self) -> str:
        counts = self.counts()
        return t("exchange_summary", create=counts["create"], update=counts["update"], skip=counts["skip"],
                 error=counts["error"])


@dataclass
class Result:
    batch_id: int
    created: int
    updated: int
    skipped: int
    backup: Path | None = None

    def text(self) -> str:
        return t("exchange_result", created=self.created, updated=self.updated, skipped=self.skipped)


class Batch:
    """The ImportBatch of one commit and its ImportRecords (undo reads them)."""

    def __init__(self, preview_: Preview) -> None:
        self.record = ImportBatch.create(kind=preview_.kind, filename=preview_.path.name,
                                         os_user=audit.os_user(), summary="{}")
        self.id: int = self.record.id

    def created(self, entity: str, entity_id: int) -> None:
        ImportRecord.create(batch=self.id, entity=entity, entity_id=entity_id, action="create", previous="{}")

    def updated(self, entity: str, entity_id: int, previous: dict[str, Any]) -> None:
        ImportRecord.create(batch=self.id, entity=entity, entity_id=entity_id, action="update",
                            previous=json.dumps({k: audit._plain(v) for k, v in previous.items()},
                                                ensure_ascii=False))
