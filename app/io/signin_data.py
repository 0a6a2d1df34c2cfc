"""The plain data of a sign-in sheet: which appointment, who is printed, and how (no database, no Qt).

`app.services.signin` gathers it from the database; `app.io.signin_sheet` lays it out as a PDF.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from app.errors import ValidationError

OPTIONAL_COLUMNS = ("email", "place", "photo_consent")
MAX_BLANK_ROWS = 500
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class SheetOptions:
    columns: tuple[str, ...] = ()  # subset of OPTIONAL_COLUMNS, in that order
    blank_rows: int = 5
    landscape: bool = False
    language: str = "de"
    blank: bool = False  # a blank sheet: no names, only `blank_rows` empty lines

    def normalised(self) -> SheetOptions:
        unknown = [c for c in self.columns if c not in OPTIONAL_COLUMNS]
        if unknown:
            raise ValidationError({"columns": f"Unbekannte Spalte „{unknown[0]}“ "
                                              f"(möglich: {', '.join(OPTIONAL_COLUMNS)})."}, "attendance")
        if not 0 <= int(self.blank_rows) <= MAX_BLANK_ROWS:
            raise ValidationError({"blank_rows": f"Leerzeilen: eine Zahl von 0 bis {MAX_BLANK_ROWS} angeben."},
                                  "attendance")
        if self.language not in LANGUAGES:
            raise ValidationError({"language": "Sprache: „de“ oder „en“ angeben."}, "attendance")
        columns = tuple(c for c in OPTIONAL_COLUMNS if c in self.columns)
        return replace(self, columns=columns, blank_rows=int(self.blank_rows))

    def to_json(self) -> str:
        data = asdict(self)
        data["columns"] = list(self.columns)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, base: SheetOptions | None = None) -> SheetOptions:
        """Options from a stored JSON row; anything unreadable falls back to `base` field by field."""
        result = base or cls()
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return result
        if not isinstance(data, dict):
            return result
        known = {f.name for f in fields(cls)}
        for name, value in data.items():
            if name not in known:
                continue
            changed: dict[str, Any] = {name: tuple(value) if name == "columns" else value}
            candidate = replace(result, **changed)
            try:
                result = candidate.normalised()
            except (ValidationError, TypeError, ValueError):
                continue
        return result


@dataclass(frozen=True)
class SheetRow:
    name: str
    sort_name: str
    organization: str
    function: str
    email: str
    city: str
    country: str
    status: str

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.city, self.country) if p)


@dataclass(frozen=True)
class Sheet:
    appointment_id: int
    title: str
    start: dt.datetime
    end: dt.datetime | None
    all_day: bool
    location: str
    online_link: str
    network: str
    rows: list[SheetRow] = field(default_factory=list)
