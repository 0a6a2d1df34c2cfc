"""Which column goes where: header row, known export profiles, scored suggestions, remembered mappings.

`analyse(path, kind)` finds the header row (title rows and notes above it skipped), recognises a known
export (app/io/profiles.py) by its header set and maps it field by field, or else scores every column
against every field: exact and synonym matches beat partial ones, a "…Label"/"…Type" column never feeds
a value field, and a column's values must fit its field (an e-mail column holds addresses, a date column
dates, a PLZ column 4–5 digits). A mapping the user confirmed is remembered per set of headers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.io import profiles, spreadsheet
from app.io.cells import cell_text, looks_like_date, looks_like_postal_code
from app.models import Setting, db_proxy
from app.services import messages
from app.services.imports.calendar import remembered_categories
from app.services.imports.targets import KINDS, MULTI_FIELDS, TARGETS, Target, header_key, label

_LABEL_WORDS = ("label", "type", "typ", "art")
_WEAK_WORDS = ("privat", "home", "assistent", "assistant", "fax", "pager", "partner", "weitere", "weiteres",
               "other", "angezeigter", "display", "2", "3", "yomi", "phonetic")
_CHECKED_KINDS = {"email", "date", "postal"}


class ImportError_(UserError):  # noqa: N801 - avoid shadowing the builtin ImportError
    """A problem with the import as a whole (no header row, no appointment chosen, …)."""


def is_label_column(header: object) -> bool:
    """ "E-mail 1 - Label", "E-Mail-Typ", "E-Mail 2: Typ", "Phone 1 - Type": says what kind, holds no value."""
    words = header_key(header).split()
    return len(words) >= 2 and words[-1] in _LABEL_WORDS


@cache
def _word_pattern(synonym: str) -> re.Pattern[str]:
    """The synonym as a whole word (compiled once: headers are scored against every synonym of every field)."""
    return re.compile(rf"\b{re.escape(synonym)}\b")


def _score(target: Target, key: str) -> int:
    if key in target.synonyms or key == header_key(target.label):
        return 100
    squashed = key.replace(" ", "")
    if any(squashed == s.replace(" ", "") for s in target.synonyms):
        return 90
    best = 0
    for synonym in target.synonyms:  # "E-Mail (dienstlich)", "Telefon privat", "Name der Einrichtung"
        if len(synonym) >= 3 and _word_pattern(synonym).search(key):
            best = max(best, 40 + len(synonym))
    if best:
        best -= 25 * sum(1 for word in key.split() if word in _WEAK_WORDS)
    return max(best, 0)


def suggest_field(kind: str, header: object, taken: set[str] | None = None) -> str:
    """The best target field for one column title, or "" when nothing fits."""
    key = header_key(header)
    if not key or is_label_column(header):
        return ""
    taken = taken or set()
    scored = [(_score(t, key), t.key) for t in TARGETS[kind] if t.key not in taken]
    score, target = max(scored, default=(0, ""))
    return target if score > 0 else ""


def _fits(target: Target, samples: list[object]) -> bool:
    """Do the column's values look like the field's? (no samples: yes)"""
    values = [v for v in samples if v not in (None, "")]
    if not values or target.kind not in _CHECKED_KINDS:
        return True
    if target.kind == "email":
        good = sum(1 for v in values if "@" in str(v) or str(v).lower().startswith("/o="))
    elif target.kind == "date":
        good = sum(1 for v in values if looks_like_date(v) or _datetime_text(v))
    else:
        good = sum(1 for v in values if looks_like_postal_code(v))
    return good * 2 >= len(values)


def _datetime_text(value: object) -> bool:
    return bool(re.match(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}[:.]\d{2}", cell_text(value)))


def suggest_mapping(kind: str, headers: Sequence[object], samples: Sequence[Sequence[object]] = ()) -> list[str]:
    """One target per column: best scores first across all columns, values checked, each field once."""
    targets = {t.key: t for t in TARGETS[kind]}
    candidates: list[tuple[int, int, int, str]] = []
    for column, header in enumerate(headers):
        key = header_key(header)
        if not key or is_label_column(header):
            continue
        column_samples = [row[column] for row in samples if column < len(row)]
        for target in targets.values():
            score = _score(target, key)
            if not score:
                continue
            if not _fits(target, column_samples):  # a title alone may be wrong: an exact one still counts, lower
                if score < 90:
                    continue
                score -= 30
            candidates.append((score, -column, column, target.key))
    candidates.sort(reverse=True)
    mapping = [""] * len(headers)
    taken: set[str] = set()
    for _points, _order, column, key in candidates:
        if mapping[column] or (key in taken and key not in MULTI_FIELDS):
            continue
        mapping[column] = key
        taken.add(key)
    if kind in ("persons", "attendance") and "name" in taken and {"first_name", "last_name"} <= taken:
        mapping = ["" if m == "name" else m for m in mapping]
    return mapping


def _row_score(kind: str, values: Sequence[object]) -> int:
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 2:
        return 0
    known = sum(1 for v in texts if suggest_field(kind, v))
    return known * 10 + len(texts) if known else 0


def find_profile(kind: str, headers: Sequence[object]) -> profiles.Profile | None:
    keys = {header_key(h) for h in headers if h not in (None, "")}
    wanted = "appointments" if kind == "appointments" else "persons"
    for profile in profiles.PROFILES:
        if profile.kind == wanted and all(header_key(h) in keys for h in profile.signature):
            return profile
    return None


def detect_header_row(kind: str, head: Sequence[tuple[int, tuple[Any, ...]]]) -> int:
    """Row number of the most header-like row among the first rows (1 if nothing looks like one)."""
    best, best_score = 0, 0
    for number, values in head:
        if find_profile(kind, values) is not None:
            return number
        score = _row_score(kind, values)
        if score > best_score:
            best, best_score = number, score
    if best:
        return best
    for number, values in head:
        if sum(1 for v in values if v not in (None, "")) >= 2:
            return number
    return 1


@dataclass
class Layout:
    kind: str
    sheet: str | None
    header_row: int
    headers: list[str]
    mapping: list[str]          # per column: target key or ""
    head: list[tuple[int, tuple[Any, ...]]]
    remembered: bool = False
    profile: str = ""           # key of the recognised export profile
    priority: list[int] = field(default_factory=list)           # rank per column where fields repeat
    address_sets: list[dict[str, int]] = field(default_factory=list)  # address blocks, best first
    label_of: dict[int, int] = field(default_factory=dict)      # value column → its label column
    date_order: str = "dmy"
    category_kinds: dict[str, str] = field(default_factory=dict)  # folded category → kind or "private"
    note_lines: dict[int, str] = field(default_factory=dict)    # profile column → its notes line's label
    left_out: dict[int, str] = field(default_factory=dict)      # such columns the user chose not to take over

    def note_line(self, column: int) -> str:
        """The label of the notes line ("Fax") a column without a field is kept as, or "" (not taken over)."""
        return self.note_lines.get(column, "") if column < len(self.mapping) and not self.mapping[column] else ""

    def leave_out(self, column: int) -> None:
        """ "nicht übernehmen": the column feeds no field and no notes line."""
        self.mapping[column] = ""
        if column in self.note_lines:
            self.left_out[column] = self.note_lines.pop(column)

    def put_choices_first(self, suggested: Sequence[str], priority: Sequence[int]) -> None:
        """A column the user gave another field than `suggested` goes before the suggested column for that field
        (as `--map` does): "Mobiltelefon → Telefon" beats the profile's "Telefon geschäftlich"."""
        if len(priority) == len(suggested) == len(self.mapping):
            self.priority = [-1 if now and now != before else rank
                             for now, before, rank in zip(self.mapping, suggested, priority, strict=True)]

    def keep_as_note(self, column: int) -> None:
        """A profile's column without a field of its own goes to the notes again, as the line "Fax: …"."""
        self.mapping[column] = ""
        if column in self.left_out:
            self.note_lines[column] = self.left_out.pop(column)

    def mapped(self) -> dict[str, int]:
        """target → its best column (first by priority)."""
        result: dict[str, int] = {}
        for column in self.ordered_columns():
            target = self.mapping[column]
            if target:
                result.setdefault(target, column)
        return result

    def ordered_columns(self) -> list[int]:
        ranks = self.priority if len(self.priority) == len(self.mapping) else list(range(len(self.mapping)))
        return sorted(range(len(self.mapping)), key=lambda c: (ranks[c], c))

    def columns_for(self) -> dict[str, list[int]]:
        """target → every column feeding it, best first."""
        result: dict[str, list[int]] = {}
        for column in self.ordered_columns():
            target = self.mapping[column]
            if target:
                result.setdefault(target, []).append(column)
        return result

    @property
    def profile_label(self) -> str:
        profile = profiles.by_key(self.profile)
        return profile.shown() if profile else ""


def _headers_key(kind: str, headers: Sequence[str], what: str = "import_mapping") -> str:
    digest = hashlib.sha1(json.dumps([kind] + [header_key(h) for h in headers]).encode()).hexdigest()[:20]
    return f"{what}.{digest}"


_LEFT_OUT = "-"  # stored for a column kept as a notes line by the profile that the user chose not to take over


def _remembered(kind: str, headers: Sequence[str]) -> list[str] | None:
    row = Setting.get_or_none(Setting.key == _headers_key(kind, headers))
    if row is None:
        return None
    try:
        mapping = json.loads(row.value)
    except ValueError:
        return None
    valid = {t.key for t in TARGETS[kind]} | {_LEFT_OUT}
    if not isinstance(mapping, list) or len(mapping) != len(headers):
        return None
    return [m if m in valid else "" for m in mapping]


def remembered_mapping(kind: str, headers: Sequence[str]) -> list[str] | None:
    stored = _remembered(kind, headers)
    return None if stored is None else ["" if m == _LEFT_OUT else m for m in stored]


def remember_mapping(kind: str, headers: Sequence[str], mapping: Sequence[str],
                     left_out: Iterable[int] = ()) -> None:
    """Keep the mapping the user confirmed for files with these headers; `left_out`: columns of the profile's
    notes lines the user chose not to take over (Layout.left_out), so that they stay out next time too."""
    stored = list(mapping)
    for column in left_out:
        if 0 <= column < len(stored) and not stored[column]:
            stored[column] = _LEFT_OUT
    with db_proxy.atomic():
        Setting.insert(key=_headers_key(kind, headers), value=json.dumps(stored)).on_conflict_replace().execute()


def _apply_profile(layout: Layout, profile: profiles.Profile) -> None:
    index: dict[str, int] = {}
    for column, header in enumerate(layout.headers):
        index.setdefault(header_key(header), column)
    valid = {t.key for t in TARGETS[layout.kind]}
    mapping = [""] * len(layout.headers)
    priority = [len(profile.columns) + c for c in range(len(layout.headers))]
    for rank, (header, target) in enumerate(profile.columns):
        found = index.get(header_key(header))
        if found is not None and target in valid and not mapping[found]:
            mapping[found] = target
            priority[found] = rank
    sets = []
    for number, block in enumerate(profile.addresses):
        block_columns = {target: index[header_key(h)] for h, target in block if header_key(h) in index}
        if not block_columns:
            continue
        sets.append(block_columns)
        for target, column in block_columns.items():
            if target in valid and not mapping[column]:
                mapping[column] = target
                priority[column] = len(profile.columns) + number
    layout.mapping = mapping
    layout.priority = priority
    layout.address_sets = sets
    layout.label_of = {index[header_key(v)]: index[header_key(lab)] for v, lab in profile.labels
                       if header_key(v) in index and header_key(lab) in index}
    layout.note_lines = {index[header_key(h)]: line for h, line in profile.note_lines if header_key(h) in index}
    layout.profile = profile.key
    layout.date_order = profile.date_order


def analyse(path: Path, kind: str, sheet: str | None = None, header_row: int | None = None,
            profile: str | None = None) -> Layout:
    """Find the header row and suggest (or recall) the mapping. Raises SpreadsheetError for bad files."""
    if kind not in KINDS:
        raise ImportError_(f"Unbekannte Importart „{kind}“ (möglich: {', '.join(KINDS)}).")
    head = spreadsheet.head(Path(path), sheet)
    if not any(values for _, values in head):
        raise ImportError_(messages.t("import_file_empty", name=Path(path).name))
    number = header_row or detect_header_row(kind, head)
    values = dict(head).get(number, ())
    headers = [cell_text(v) for v in values]
    layout = Layout(kind, sheet, number, headers, [], head)
    chosen = _chosen_profile(kind, headers, profile)
    if chosen is not None:
        _apply_profile(layout, chosen)
    else:
        samples = [row for n, row in head if n > number][:20]
        layout.mapping = suggest_mapping(kind, headers, samples)
    remembered = _remembered(kind, headers)
    if remembered is not None:
        _apply_remembered(layout, remembered)
    if kind == "appointments":
        layout.category_kinds = remembered_categories()
    return layout


def _apply_remembered(layout: Layout, remembered: list[str]) -> None:
    """The mapping as the user confirmed it last time, with the weight it had then: a column the user gave another
    field than the profile goes before the profile's column for that field (as `--map` and the wizard's choice
    did), and a notes line the user left out stays out."""
    suggested = layout.mapping
    layout.mapping, layout.remembered = ["" if m == _LEFT_OUT else m for m in remembered], True
    layout.put_choices_first(suggested, layout.priority)
    for column, stored in enumerate(remembered):
        if stored == _LEFT_OUT:
            layout.leave_out(column)


def _chosen_profile(kind: str, headers: Sequence[str], wanted: str | None) -> profiles.Profile | None:
    if wanted in (None, "auto"):
        return find_profile(kind, headers)
    if wanted in ("", "none", "keins"):
        return None
    profile = profiles.by_key(str(wanted))
    if profile is None:
        names = ", ".join(p.key for p in profiles.PROFILES)
        raise ImportError_(messages.t("import_profile_unknown", name=wanted, names=names))
    return profile


def apply_overrides(layout: Layout, overrides: Sequence[str]) -> None:
    """`--map "Spalte=feld"`: the column by its title (or number, or letter), the field by key or German title."""
    fields = {t.key: t.key for t in TARGETS[layout.kind]}
    fields.update({header_key(t.label): t.key for t in TARGETS[layout.kind]})
    for item in overrides:
        column_text, sep, field_text = item.rpartition("=")
        if not sep:
            raise ImportError_(messages.t("import_map_syntax", item=item))
        column = _column_of(layout, column_text.strip())
        if column is None:
            raise ImportError_(messages.t("import_map_column", item=item, column=column_text,
                                          columns=", ".join(h or messages.t("import_empty_header")
                                                            for h in layout.headers)))
        wanted = field_text.strip()
        if wanted in ("", "-", "none"):
            layout.leave_out(column)  # a profile's notes line too ("Fax geschäftlich=-")
            continue
        target = fields.get(wanted) or fields.get(header_key(wanted))
        if target is None:
            raise ImportError_(messages.t("import_map_field", item=item, field=wanted,
                                          fields=", ".join(t.key for t in TARGETS[layout.kind])))
        if target not in MULTI_FIELDS and not layout.profile:
            layout.mapping = ["" if m == target else m for m in layout.mapping]
        layout.mapping[column] = target
        if layout.priority and len(layout.priority) == len(layout.mapping):
            layout.priority[column] = -1  # the user's choice goes first


def _column_of(layout: Layout, text: str) -> int | None:
    key = header_key(text)
    for column, header in enumerate(layout.headers):
        if header_key(header) == key and key:
            return column
    if text.isdigit() and 1 <= int(text) <= len(layout.headers):
        return int(text) - 1
    if re.fullmatch(r"[A-Za-z]{1,2}", text):
        number = 0
        for char in text.upper():
            number = number * 26 + ord(char) - 64
        if number <= len(layout.headers):
            return number - 1
    return None


def check_mapping(kind: str, mapping: Sequence[str], repeated_ok: bool = False) -> str | None:
    """A German sentence saying what the mapping lacks, or None."""
    chosen = [m for m in mapping if m]
    if not repeated_ok:
        doubles = sorted({m for m in chosen if chosen.count(m) > 1 and m not in MULTI_FIELDS})
        if doubles:
            return messages.t("import_map_doubles", labels=", ".join(label(kind, m) for m in doubles))
    if kind in ("persons", "attendance") and not ({"name", "last_name"} & set(chosen)):
        return messages.t("import_map_name")
    if kind == "appointments":
        missing = [text for key, text in (("title", "Thema"), ("date", "Datum")) if key not in chosen]
        if missing:
            return messages.t("import_map_missing", fields=", ".join(f"„{m}“" for m in missing))
    return None


def check_layout(layout: Layout) -> str | None:
    return check_mapping(layout.kind, layout.mapping, repeated_ok=bool(layout.profile))


def mapping_lines(layout: Layout) -> list[str]:
    """The header row, profile and column → field mapping as the CLI prints it."""
    lines = [messages.t("import_mapping_header", number=layout.header_row)
             + (messages.t("import_mapping_remembered") if layout.remembered else "")]
    lines.append(messages.t("import_mapping_profile", label=layout.profile_label, profile=layout.profile)
                 if layout.profile else messages.t("import_mapping_no_profile"))
    letters = [_letter(i) for i in range(len(layout.headers))]
    for column, (header, target) in enumerate(zip(layout.headers, layout.mapping, strict=True)):
        if target:
            shown = label(layout.kind, target) + f" ({target})"
        elif layout.note_line(column):  # a profile's column without a field: kept as a notes line
            shown = messages.t("import_mapping_note_line", label=layout.note_line(column))
        else:
            shown = messages.t("import_mapping_unused")
        lines.append(f"  {letters[column]:>2} {header or messages.t('import_empty_header')} → {shown}")
    return lines


def _letter(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text
