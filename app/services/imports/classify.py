"""The preview: every data row parsed and classified create / update / skip / error – nothing written.

Duplicates inside the file and against the database (same e-mail ignoring case; same normalised name +
organisation, tolerant of "Müller"/"Mueller" and hyphen/space variants) get a choice per row or for all
(`set_choice`, `set_duplicate_choice`). A cell can be corrected in the preview (`correct_cell`): the row is
read again as if the file had said so. Footer rows and private calendar entries are skipped with reason.
An update keeps the contact's notes: the file's notes lines it does not hold yet are added below them (the
office's own notes, or those of the same person from another program, are never replaced: writing.update_changes).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.io import cells, spreadsheet
from app.models import Appointment, ImportRecord, Organization, db_proxy
from app.services import cycle_collector, records, session_role
from app.services.imports.fields import appointment_values, company_key, person_values
from app.services.imports.mapping import ImportError_, Layout, check_layout
from app.services.imports.targets import CHOICES, label
from app.services.imports.values import footer_reason, pick, row_plan, single_text_cell
from app.services.messages import t, tn

canonical = cells.canonical

# Rows whose original cells stay in the preview for correcting them in place (every error and skipped row keeps
# them anyway); beyond this a long list keeps only the parsed values, which keeps memory flat.
KEEP_RAW_ROWS = 20_000

# Fields whose values repeat across a list's rows; the preview keeps one object per distinct value.
_REPEATED_FIELDS = frozenset({
    "salutation", "title", "first_name", "function", "organization", "city", "country", "postal_code", "languages",
    "consent_date", "status", "role", "kind", "location", "network",
})


class Values(Mapping[str, Any]):
    """A row's parsed values, read-only and compact: one key tuple shared by every row with the same fields.

    A dict per row costs ~4 times as much; 100,000 rows stay within the memory budget this way."""

    __slots__ = ("_keys", "_items")
    _KEYSETS: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __init__(self, values: Mapping[str, Any]) -> None:
        keys = tuple(values)
        self._keys = Values._KEYSETS.setdefault(keys, keys)
        self._items = tuple(values.values())

    def __getitem__(self, key: str) -> Any:
        try:
            return self._items[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def get(self, key: str, default: Any = None) -> Any:
        keys = self._keys
        return self._items[keys.index(key)] if key in keys else default

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """(key, value) pairs for one pass (the commit reads 100,000 rows this way: no list per row)."""
        return zip(self._keys, self._items, strict=True)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(slots=True)
class Row:
    number: int                       # row number in the sheet
    values: Mapping[str, Any]
    action: str                       # create / update / skip / error
    reason: str = ""
    match_id: int | None = None       # existing record a duplicate refers to
    duplicate_of: int | None = None   # earlier row number in the same file
    raw: tuple[Any, ...] = ()         # original cells, kept for rejected rows and corrections
    unchanged: bool = False           # matches a record the file would not change: skipped, never updated

    @property
    def is_duplicate(self) -> bool:
        return self.match_id is not None or self.duplicate_of is not None

    def label(self) -> str:
        values = self.values
        if values.get("organization_only"):
            return t("import_organisation_row", name=values.get("organization", ""))
        if "date" in values or "start" in values:
            title = str(values.get("title", "")) or t("import_untitled")
            return f"{title} ({values['date']:%d.%m.%Y})" if values.get("date") else title
        text = " ".join(p for p in (values.get("title", ""), values.get("first_name", ""),
                                    values.get("last_name", "")) if p)
        if text:
            return text
        shown = [cells.text(v) for v in self.raw if v not in (None, "")]  # error rows: what the file says
        return " · ".join(s for s in shown[:3] if s)[:80]


@dataclass
class Preview:
    kind: str
    path: Path
    layout: Layout
    rows: list[Row]
    appointment_id: int | None = None
    stored_organizations: frozenset[str] = frozenset()  # canonical names of the organisations stored already
    warnings: list[str] = field(default_factory=list)
    on_duplicate: str = "update"
    database_mark: tuple[Any, ...] = ()   # the table's state when the preview was made (see database_mark())

    def counts(self) -> dict[str, int]:
        """Rows by what happens to them, counted as the result counts them (writing.Result): a company's own row
        that creates its organisation is one of the `new_organizations`, not a new contact; one that fills a
        stored organisation is an update."""
        result = {"create": 0, "update": 0, "skip": 0, "error": 0}
        for row in self.rows:
            if row.action == "create" and row.values.get("organization_only"):
                continue
            result[row.action] += 1
        return result

    @property
    def new_organizations(self) -> int:
        """Organisations the import creates with the rows' current choices (a person's or a company's own row)."""
        if self.kind == "appointments":
            return 0
        stored = self.stored_organizations
        new: set[str] = set()
        for row in self.rows:
            if row.action in ("create", "update"):
                name = row.values.get("organization")
                if name and (key := company_key(name)) not in stored:
                    new.add(key)
        return len(new)

    def writes(self) -> bool:
        """Whether the import writes anything: a contact, an update or an organisation of its own row."""
        return any(row.action in ("create", "update") for row in self.rows)

    def errors(self) -> list[Row]:
        return [row for row in self.rows if row.action == "error"]

    def duplicates(self) -> list[Row]:
        return [row for row in self.rows if row.is_duplicate and row.action != "error"]

    def summary_text(self) -> str:
        """ "3 neu (dazu 4 neue Organisationen), 0 aktualisiert, …" – worded as the result will be."""
        counts = self.counts()
        organizations = self.new_organizations
        extra = tn("import_new_organisations", organizations) if organizations else ""
        return t("import_preview_summary", extra=extra, **counts)

    def categories(self) -> list[str]:
        """Every calendar category in the file, in first-seen order (for the category → kind rules)."""
        seen: dict[str, None] = {}
        for row in self.rows:
            for category in row.values.get("categories", ()):
                seen.setdefault(category, None)
        return list(seen)


def set_choice(preview: Preview, row: Row, choice: str) -> None:
    """The user's decision for one row: create / update / skip (errors stay errors)."""
    if choice not in CHOICES:
        raise ValueError(choice)
    if row.action == "error":
        return
    if choice == "update" and row.unchanged:
        choice = "skip"  # an update would write nothing
    if choice == "update" and row.match_id is None:
        if row.duplicate_of is None:
            return
        choice = "skip"  # an earlier row of the same file is updated/created already
    row.action = choice


def set_duplicate_choice(preview: Preview, choice: str) -> None:
    """One decision for every duplicate row."""
    for row in preview.duplicates():
        set_choice(preview, row, choice)


def name_key(first: str, last: str) -> str:
    """`canonical(first + last)`, made from the two parts: canonical works letter by letter (spellings, accents,
    case; every space and sign dropped), so the parts give the same text – and a first name that many rows share
    comes from canonical's cache instead of being folded again with each last name."""
    return canonical(first) + canonical(last)


@dataclass
class PersonIndex:
    by_email: dict[str, int]
    by_name: dict[tuple[str, str], int]
    orgs: dict[str, int]
    names: dict[int, str]

    @classmethod
    def load(cls) -> PersonIndex:
        orgs: dict[str, int] = {}
        for org_id, name in db_proxy.obj.execute_sql("SELECT id, name FROM organization ORDER BY archived, id"):
            orgs.setdefault(company_key(name), org_id)  # "Tafel e.V." is "Tafel"
        org_key = {org_id: key for key, org_id in orgs.items()}
        by_email: dict[str, int] = {}
        by_name: dict[tuple[str, str], int] = {}
        names: dict[int, str] = {}
        sql = ("SELECT id, first_name, last_name, email, organization_id FROM person "
               "WHERE erased_at IS NULL ORDER BY archived, id")
        for person_id, first, last, email, org_id in db_proxy.obj.execute_sql(sql):
            if email:
                by_email.setdefault(email.casefold(), person_id)
            by_name.setdefault((name_key(first or "", last or ""), org_key.get(org_id, "")), person_id)
            names[person_id] = " ".join(p for p in (first, last) if p)
        return cls(by_email, by_name, orgs, names)


class _Context:
    """What classifying a row needs: the database's records and what earlier rows of the file held."""

    def __init__(self, kind: str, appointment_id: int | None, on_duplicate: str) -> None:
        self.kind = kind
        self.on_duplicate = on_duplicate
        # earlier rows of the file by hash of their e-mail / name key: 100,000 rows without 100,000 key tuples
        self.seen_email: dict[int, int] = {}
        self.seen_name: dict[int, int] = {}
        self.seen_orgs: dict[str, int] = {}
        self.index = PersonIndex.load() if kind != "appointments" else None
        self.networks = {canonical(name): nid for nid, name in
                         db_proxy.obj.execute_sql("SELECT id, name FROM network")} if kind == "appointments" else {}
        self.appointments: dict[tuple[str, dt.datetime | None], int] = {}
        self.may_see_confidential = kind != "appointments" or session_role.capabilities().may_see_confidential
        if kind == "appointments":
            for aid, title, start in db_proxy.obj.execute_sql("SELECT id, title, start FROM appointment"):
                start_value = start if isinstance(start, dt.datetime) else records.parse_datetime(start)
                self.appointments.setdefault((canonical(title), start_value), aid)
        self.present: dict[int, int] = {}
        if kind == "attendance":
            self.present = {person_id: att_id for att_id, person_id in db_proxy.obj.execute_sql(
                "SELECT id, person_id FROM attendance WHERE appointment_id = ?", (appointment_id,))}
        self.shared: dict[object, object] = {}  # one object per repeated value keeps memory flat
        self.plan: Any = None  # the layout's plan for picking a row's values, when known


def _make_row(layout: Layout, number: int, raw: tuple[Any, ...], context: _Context) -> Row:
    picked, extra = pick(layout, raw, context.plan)
    problems: list[str] = []
    if context.kind == "appointments":
        values = appointment_values(layout, picked, context.networks, problems)
    else:
        values = person_values(context.kind, picked, extra, problems)
    shared = context.shared
    for name, value in values.items():
        if name in _REPEATED_FIELDS and value is not None:
            values[name] = shared.setdefault(value, value)
    if number <= KEEP_RAW_ROWS:  # kept cells: a text equal to a shared value is kept as that one object
        raw = tuple(shared.get(v, v) if v.__class__ is str else v for v in raw)
    if problems:
        return Row(number, values, "error", t("import_row", number=number, text="; ".join(problems)), raw=raw)
    row = Row(number, values, "create", raw=raw if number <= KEEP_RAW_ROWS else ())
    hint = values.get("name_hint")
    if hint:  # a contact named by its e-mail address (fields.person_values): the preview says so
        row.reason = t("import_row", number=number, text=hint)
    if context.kind == "appointments":
        if values.get("private"):
            message = "import_row_holiday" if values.get("holiday") else "import_row_private"
            row.action, row.reason = "skip", t(message, number=number, reason=values["private"])
            row.raw = raw
            return row
        if values.get("confidential") and not context.may_see_confidential:  # (the server would refuse it)
            row.action, row.reason = "skip", t("import_row", number=number, text=t("exchange_skip_confidential_role"))
            row.raw = raw
            return row
        key = (canonical(values["title"]), values["start"])
        if hash(key) in context.seen_name:
            row.duplicate_of = context.seen_name[hash(key)]
            row.action, row.reason = "skip", t("import_row_same_appointment", number=number,
                                               earlier=row.duplicate_of)
        elif key in context.appointments:
            row.match_id = context.appointments[key]
            row.action = context.on_duplicate
            row.reason = t("import_row_appointment_exists", number=number, id=row.match_id)
        context.seen_name.setdefault(hash(key), number)
        return row
    assert context.index is not None
    org = values.get("organization")
    if values.get("organization_only"):
        key_org = company_key(org or "")
        if key_org in context.index.orgs:
            org_id = context.index.orgs[key_org]
            fill = organization_fill(org_id, values) if context.on_duplicate == "update" else {}
            if fill:
                row.match_id = org_id
                row.action, row.reason = "update", t(
                    "import_row_org_fills", number=number, name=org,
                    fields=", ".join(label("persons", k) for k in fill))
            else:
                row.action, row.reason = "skip", t("import_row_org_exists", number=number, name=org)
        elif key_org in context.seen_orgs:
            row.action, row.reason = "skip", t("import_row_org_like", number=number,
                                               earlier=context.seen_orgs[key_org])
        context.seen_orgs.setdefault(key_org, number)
        return row
    classify_person(row, values, context.index, context.seen_email, context.seen_name, context.on_duplicate)
    if row.action != "create" or row.is_duplicate:
        row.raw = raw
    if context.kind == "attendance" and row.match_id in context.present and row.action == "update":
        row.reason += " – steht schon auf der Teilnahmeliste"
    return row


def preview(path: Path, kind: str, layout: Layout, *, appointment_id: int | None = None,
            on_duplicate: str = "update", progress: Any = None) -> Preview:
    """Read every row and say what would happen to it; nothing is written."""
    path = Path(path)
    problem = check_layout(layout)
    if problem:
        raise ImportError_(problem)
    if kind == "attendance":
        if appointment_id is None:
            raise ImportError_(t("import_needs_appointment"))
        if Appointment.get_or_none(Appointment.id == appointment_id) is None:
            raise ImportError_(t("appointment_not_found", id=appointment_id))
    context = _Context(kind, appointment_id, on_duplicate)
    context.plan = row_plan(layout)
    result = Preview(kind, path, layout, [], appointment_id, on_duplicate=on_duplicate,
                     database_mark=database_mark(kind))
    with cycle_collector.paused():
        _read_rows(path, layout, context, result, progress)
    if kind == "appointments":
        _match_moved(result.rows, context.appointments, on_duplicate)
    return result


def _match_moved(rows: list[Row], stored: Mapping[tuple[str, dt.datetime | None], int], on_duplicate: str) -> None:
    """A meeting moved in Outlook comes back from its calendar CSV (which has no UID) at its new time: a new row
    whose title is on its day exactly one appointment an import brought in that no other row of the file
    matches – and the only new row of that title that day – is that appointment, moved."""
    new = [(row, (canonical(row.values["title"]), row.values["start"].date())) for row in rows
           if row.action == "create" and row.values.get("start") is not None]
    wanted = Counter(key for _row, key in new)
    claimed = {row.match_id for row in rows if row.match_id is not None}
    free: dict[tuple[str, dt.date], list[int]] = {}
    for (title, start), aid in stored.items():
        if start is not None and aid not in claimed and wanted[(title, start.date())] == 1:
            free.setdefault((title, start.date()), []).append(aid)
    candidates = sorted({aid for ids in free.values() for aid in ids})
    if not candidates:
        return
    # only what an import brought in: an appointment typed in Brücke is the office's own, not Outlook's, moved
    imported = {aid for chunk in range(0, len(candidates), 500) for (aid,) in ImportRecord.select(
        ImportRecord.entity_id).where((ImportRecord.entity == "appointment") & (ImportRecord.action == "create")
                                      & ImportRecord.entity_id.in_(candidates[chunk:chunk + 500])).tuples()}
    for row, key in new:
        ids = [aid for aid in free.get(key, ()) if aid in imported]
        if len(ids) == 1:
            row.match_id = ids[0]
            row.action = on_duplicate
            row.reason = t("import_row_appointment_moved", number=row.number, id=row.match_id)


ORGANIZATION_FILL = ("street", "postal_code", "city", "phone", "email", "website", "notes")
_ADDRESS = ("street", "postal_code", "city")


def organization_fill(org_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """What a company-only row adds to a stored organisation: its values for the fields the organisation
    leaves empty. An import never overwrites what the office keeps about a partner."""
    stored = Organization.get_or_none(Organization.id == org_id)
    if stored is None:
        return {}
    fill = {k: values[k] for k in ORGANIZATION_FILL if values.get(k) and not getattr(stored, k)}
    if any(getattr(stored, k) for k in _ADDRESS):  # an address is one thing: a street of another town under the
        for key in _ADDRESS:                       # stored postcode would be neither address
            fill.pop(key, None)
    return fill


def _read_rows(path: Path, layout: Layout, context: _Context, result: Preview, progress: Any) -> None:
    width = sum(1 for header in layout.headers if header)  # columns of the table, mapped or not
    email_columns = frozenset(c for c, target in enumerate(layout.mapping) if target == "email")
    pending: list[tuple[int, tuple[Any, ...]]] = []  # single text cells: a note under the table if nothing follows
    done = 0
    for number, raw in spreadsheet.iter_rows(path, layout.sheet):
        if number <= layout.header_row:
            continue
        done += 1
        if progress is not None and done % 500 == 0:
            progress(done, 0, t("import_progress_row", number=number))
        for v in raw:  # (a loop, not any(…): most rows end it at their first cell)
            if v is not None and v != "" and not (isinstance(v, str) and not v.strip()):
                break
        else:
            continue  # an empty row
        reason = footer_reason(raw)
        if reason:
            result.rows.append(Row(number, {}, "skip", t("import_row", number=number, text=reason), raw=tuple(raw)))
            continue
        if single_text_cell(raw, width, email_columns):
            pending.append((number, tuple(raw)))
            continue
        for earlier, earlier_raw in pending:
            result.rows.append(_frozen(_make_row(layout, earlier, earlier_raw, context)))
        pending.clear()
        result.rows.append(_frozen(_make_row(layout, number, tuple(raw), context)))
    for number, raw in pending:
        text = cells.text(next(v for v in raw if v not in (None, "")))
        result.rows.append(Row(number, {}, "skip", t("import_row_text_below", number=number, text=text[:40]),
                               raw=raw))
    result.rows.sort(key=lambda r: r.number)
    _name_hidden_rows(path, layout, result.rows)
    if context.index is not None:
        result.stored_organizations = frozenset(context.index.orgs)
    if progress is not None:
        progress(done, done, t("import_preview_done"))


def _name_hidden_rows(path: Path, layout: Layout, rows: list[Row]) -> None:
    """Rows hidden in the workbook (a partner who left, rows an AutoFilter hides) come in like the others, but the
    preview says so: the office sees them and can leave them out."""
    hidden = spreadsheet.hidden_rows(path, layout.sheet)
    for row in rows if hidden else ():
        if row.number in hidden and row.action in ("create", "update"):
            note = t("import_row_hidden")
            row.reason = f"{row.reason} · {note}" if row.reason else t("import_row", number=row.number, text=note)


def database_mark(kind: str) -> tuple[Any, ...]:
    """Count, last id and last change of the table an import writes: equal marks mean nothing was added or
    changed in between, so the duplicate check of the preview still holds when the import is written."""
    table = "appointment" if kind == "appointments" else "person"
    row = db_proxy.obj.execute_sql(  # plain SQL that SQLite and PostgreSQL both answer
        f"SELECT count(*), max(id), max(updated_at), coalesce(sum(version), 0) FROM {table}").fetchone()
    return tuple(row) if row else ()


def _frozen(row: Row) -> Row:
    row.values = Values(row.values)
    return row


def correct_cell(preview_: Preview, row: Row, column: int, value: object) -> Row:
    """Put a corrected value into one cell of a row and read the row again (in place in the preview)."""
    if not row.raw:
        raise ImportError_(t("row_cells_not_kept", number=row.number))
    raw = list(row.raw) + [None] * max(0, column + 1 - len(row.raw))
    raw[column] = value if value != "" else None
    context = _Context(preview_.kind, preview_.appointment_id, preview_.on_duplicate)
    for other in preview_.rows:  # the rows before it count as earlier rows of the file
        if other.number >= row.number or other.action == "error":
            continue
        email = str(other.values.get("email", "")).casefold()
        if email:
            context.seen_email.setdefault(hash(email), other.number)
        if preview_.kind == "appointments" and other.values.get("start"):
            context.seen_name.setdefault(hash((canonical(str(other.values.get("title", ""))), other.values["start"])),
                                         other.number)
        elif preview_.kind != "appointments":
            name = name_key(str(other.values.get("first_name", "")), str(other.values.get("last_name", "")))
            context.seen_name.setdefault(hash((name, company_key(str(other.values.get("organization", ""))))),
                                         other.number)
    fresh = _frozen(_make_row(preview_.layout, row.number, tuple(raw), context))
    row.values, row.action, row.reason = fresh.values, fresh.action, fresh.reason
    row.match_id, row.duplicate_of, row.raw = fresh.match_id, fresh.duplicate_of, fresh.raw
    row.unchanged = False
    return row


def classify_person(row: Row, values: dict[str, Any], index: PersonIndex, seen_email: dict[int, int],
                    seen_name: dict[int, int], on_duplicate: str) -> None:
    number = row.number
    email = values.get("email", "").casefold()
    key = (name_key(values.get("first_name", ""), values.get("last_name", "")),
           company_key(values.get("organization", "")))
    earlier = seen_email.get(hash(email)) if email else None
    how = "import_same_email"
    if earlier is None:
        earlier, how = seen_name.get(hash(key)), "import_same_name"
    if earlier is not None:
        row.duplicate_of = earlier
        row.action = "skip"
        row.reason = t("import_row_duplicate_in_file", number=number, how=t(how), earlier=earlier)
    else:
        match = index.by_email.get(email) if email else None
        how = "import_same_email"
        if match is None:
            match, how = index.by_name.get(key), "import_same_name"
        if match is not None:
            row.match_id = match
            row.action = on_duplicate
            row.reason = t("import_row_contact_exists", number=number, id=match, name=index.names.get(match, ""),
                           how=t(how))
    if email:
        seen_email.setdefault(hash(email), number)
    seen_name.setdefault(hash(key), number)
