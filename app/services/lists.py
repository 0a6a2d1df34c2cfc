"""The queries behind the list views: filter and sort in the database, fetch rows page by page.

A list is answered in three cheap steps, so that 100,000 persons stay smooth:

1. `ordered_ids(kind, filters, sort, descending)` – the ids that pass the filters, in display order
   (one indexed SQL query, no row objects);
2. `search_ids(kind, term)` – the ids whose folded search key contains every word of the term, from the
   search index (one trigram phrase match for the longest word, `instr` for the others); a longer term
   never finds more; the view keeps (1) and intersects it with (2) on every keystroke;
3. `rows(kind, ids)` – the raw column values of the few ids on screen.

Values are raw (dates as `datetime.date`, counts as `int`, choice keys as stored); the UI formats them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models import db_proxy
from app.models.search import KIND_CODES, ROWID_FACTOR, fold
from app.services import report_labels, search
from app.wording import language as current_language

PERIODS = ("all", "upcoming", "past", "this_week", "this_month", "this_year", "last_year", "custom")
ARCHIVED_CHOICES = ("active", "archived", "all")


@dataclass(frozen=True)
class Column:
    key: str
    select: str  # SQL expression for the raw value
    sort: str  # SQL expressions to order by, separated by " ;; "


@dataclass(frozen=True)
class ListSpec:
    kind: str
    table: str  # "<table> <alias>" plus joins needed by columns
    columns: tuple[Column, ...]
    default_sort: str

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


def _text_sort(expr: str) -> str:
    return f"sortkey({expr})"


# Persons recorded as present at a held appointment; NULL ("not recorded", shown as "–") when the appointment
# is not held or nobody ticked its list (no attended/excused/no_show row) – never a 0 that means "not counted"
# (the same rule as the report, app/services/statistics.py).
_ATTENDED = ("(CASE WHEN a.status = 'held' AND EXISTS (SELECT 1 FROM attendance r WHERE r.appointment_id = a.id "
             "AND r.status IN ('attended', 'excused', 'no_show')) THEN (SELECT count(*) FROM attendance t "
             "WHERE t.appointment_id = a.id AND t.status = 'attended') END)")


PERSONS = ListSpec(
    kind="person",
    table="person p LEFT JOIN organization o ON o.id = p.organization_id",
    columns=(
        Column("name", "p.last_name || CASE WHEN p.first_name <> '' THEN ', ' || p.first_name ELSE '' END",
               "p.sort_key"),
        Column("function", "p.function", _text_sort("p.function")),
        Column("organization", "o.name", _text_sort("coalesce(o.name, '')")),
        Column("email", "p.email", "lower(p.email)"),
        Column("phone", "CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END",
               "CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END"),
        Column("city", "p.city", _text_sort("p.city")),
        Column("archived", "p.archived", "p.archived"),
    ),
    default_sort="name",
)

ORGANIZATIONS = ListSpec(
    kind="organization",
    table="organization o",
    columns=(
        Column("name", "o.name", _text_sort("o.name")),
        Column("short_name", "o.short_name", _text_sort("o.short_name")),
        Column("sector", "o.sector", "o.sector"),
        Column("city", "o.city", _text_sort("o.city")),
        Column("partner_since", "CASE WHEN o.is_partner THEN coalesce(CAST(o.partner_since AS TEXT), '') END",
               "o.is_partner ;; o.partner_since"),
        Column("persons", "(SELECT count(*) FROM person x WHERE x.organization_id = o.id AND NOT x.archived)",
               "(SELECT count(*) FROM person x WHERE x.organization_id = o.id AND NOT x.archived)"),
        Column("networks", "(SELECT count(DISTINCT m.network_id) FROM membership m WHERE m.organization_id = o.id)",
               "(SELECT count(DISTINCT m.network_id) FROM membership m WHERE m.organization_id = o.id)"),
        Column("archived", "o.archived", "o.archived"),
    ),
    default_sort="name",
)

NETWORKS = ListSpec(
    kind="network",
    table="network n",
    columns=(
        Column("name", "n.name", _text_sort("n.name")),
        Column("kind", "n.kind", "n.kind"),
        Column("rhythm", "n.rhythm", _text_sort("n.rhythm")),
        Column("members", "(SELECT count(*) FROM membership m WHERE m.network_id = n.id AND m.until IS NULL)",
               "(SELECT count(*) FROM membership m WHERE m.network_id = n.id AND m.until IS NULL)"),
        Column("meetings", "(SELECT count(*) FROM appointment a WHERE a.network_id = n.id)",
               "(SELECT count(*) FROM appointment a WHERE a.network_id = n.id)"),
        Column("last_meeting", "(SELECT max(a.start) FROM appointment a WHERE a.network_id = n.id "
               "AND a.start <= datetime('now', 'localtime') AND a.status = 'held')",
               "(SELECT max(a.start) FROM appointment a WHERE a.network_id = n.id "
               "AND a.start <= datetime('now', 'localtime') AND a.status = 'held')"),
        Column("archived", "n.archived", "n.archived"),
    ),
    default_sort="name",
)

APPOINTMENTS = ListSpec(
    kind="appointment",
    table="appointment a LEFT JOIN network n ON n.id = a.network_id",
    columns=(
        Column("start", "a.start", "a.start"),
        Column("title", "a.title", _text_sort("a.title")),
        Column("kind", "a.kind", "a.kind"),
        Column("status", "a.status", "a.status"),
        Column("network", "coalesce(nullif(n.short_name, ''), n.name)",
               _text_sort("coalesce(nullif(n.short_name, ''), n.name, '')")),
        Column("location", "a.location", _text_sort("a.location")),
        Column("fields", "(SELECT group_concat(f.id || ':' || f.name, char(31)) FROM appointment_field af "
               "JOIN field_of_action f ON f.id = af.field_id WHERE af.appointment_id = a.id)",
               "(SELECT min(f.position) FROM appointment_field af "
               "JOIN field_of_action f ON f.id = af.field_id WHERE af.appointment_id = a.id)"),
        Column("attended", _ATTENDED, _ATTENDED),
    ),
    default_sort="start",
)

SPECS: dict[str, ListSpec] = {s.kind: s for s in (PERSONS, ORGANIZATIONS, NETWORKS, APPOINTMENTS)}
_ALIAS = {"person": "p", "organization": "o", "network": "n", "appointment": "a"}

_SORT_TABLE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Ä": "a", "Ö": "o", "Ü": "u"})


@functools.lru_cache(maxsize=200_000)
def sortkey(text: object) -> str:
    """Case- and accent-insensitive sort key ("Özdemir" next to "Ozturk", not after "Zimmermann").

    Names repeat a lot, so the cache makes sorting 100,000 persons about twice as fast."""
    if text is None:
        return ""
    value = str(text)
    if value.isascii():
        return value.lower()
    return fold(value.translate(_SORT_TABLE))


def _ensure_functions() -> None:
    db = db_proxy.obj
    if "sortkey" not in getattr(db, "_functions", {}):
        db.register_function(sortkey, "sortkey", 1, deterministic=True)


def period_range(period: str, today: dt.date | None = None,
                 start: dt.date | None = None, end: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """[first day, last day] of a named period; None means open."""
    today = today or dt.date.today()
    if period == "upcoming":
        return today, None
    if period == "past":
        return None, today - dt.timedelta(days=1)
    if period == "this_week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == "this_month":
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if period == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if period == "custom":
        return start, end
    return None, None


def _where(kind: str, filters: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def value(name: str) -> Any:
        found = filters.get(name)
        return None if found in ("", None) else found

    if kind in ("person", "organization", "network"):
        alias = _ALIAS[kind]
        archived = value("archived") or "active"
        if archived == "active":
            clauses.append(f"NOT {alias}.archived")
        elif archived == "archived":
            clauses.append(f"{alias}.archived")
    if kind == "person":
        if value("organization") is not None:
            clauses.append("p.organization_id = ?")
            params.append(int(value("organization")))
        if value("network") is not None:
            clauses.append("(p.id IN (SELECT person_id FROM membership WHERE network_id = ? AND person_id IS NOT NULL)"
                           " OR p.organization_id IN (SELECT organization_id FROM membership WHERE network_id = ?"
                           " AND organization_id IS NOT NULL AND person_id IS NULL))")
            params += [int(value("network"))] * 2
        if value("sector") is not None:
            clauses.append("o.sector = ?")
            params.append(value("sector"))
    elif kind == "organization":
        if value("sector") is not None:
            clauses.append("o.sector = ?")
            params.append(value("sector"))
        partner = value("partner")
        if partner == "yes":
            clauses.append("o.is_partner")
        elif partner == "no":
            clauses.append("NOT o.is_partner")
    elif kind == "network":
        if value("kind") is not None:
            clauses.append("n.kind = ?")
            params.append(value("kind"))
    elif kind == "appointment":
        first, last = period_range(value("period") or "all", value("today"), value("from"), value("to"))
        if first is not None:
            clauses.append("a.start >= ?")
            params.append(first.isoformat())
        if last is not None:
            clauses.append("a.start < ?")
            params.append((last + dt.timedelta(days=1)).isoformat())
        for name in ("kind", "status"):
            if value(name) is not None:
                clauses.append(f"a.{name} = ?")
                params.append(value(name))
        if value("network") is not None:
            clauses.append("a.network_id = ?")
            params.append(int(value("network")))
        if value("field") is not None:
            clauses.append("EXISTS (SELECT 1 FROM appointment_field af WHERE af.appointment_id = a.id"
                           " AND af.field_id = ?)")
            params.append(int(value("field")))
    return clauses, params


def ordered_ids(kind: str, filters: Mapping[str, Any] | None = None, sort: str | None = None,
                descending: bool = False) -> list[int]:
    """Ids passing the filters, in display order (ties broken by id)."""
    _ensure_functions()
    spec = SPECS[kind]
    alias = _ALIAS[kind]
    clauses, params = _where(kind, filters or {})
    direction = " DESC" if descending else ""
    order = ", ".join(part.strip() + direction for part in spec.column(sort or spec.default_sort).sort.split(" ;; "))
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    table = spec.table
    if kind == "person" and "o." not in where + order:
        table = "person p"  # the organisation join only when a filter or the sort needs it
    sql = f"SELECT {alias}.id FROM {table}{where} ORDER BY {order}, {alias}.id{direction}"
    return [row[0] for row in db_proxy.obj.execute_sql(sql, params).fetchall()]


def search_ids(kind: str, term: str) -> set[int] | None:
    """Ids of one kind whose search key contains every word of the term; None for an empty term."""
    words = search.term_words(term)
    if not words:
        return None
    base = KIND_CODES[kind] * ROWID_FACTOR
    return {entry - base for entry in search.substring_entries(words, kind)}


def query(kind: str, filters: Mapping[str, Any] | None = None, term: str = "", sort: str | None = None,
          descending: bool = False) -> list[int]:
    """The visible ids: filters, sort and search in one call."""
    ids = ordered_ids(kind, filters, sort, descending)
    matches = search_ids(kind, term)
    return ids if matches is None else [i for i in ids if i in matches]


def rows(kind: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """{id: raw values in column order} for the given ids (any number; fetched in chunks)."""
    spec = SPECS[kind]
    alias = _ALIAS[kind]
    result: dict[int, tuple[Any, ...]] = {}
    select = ", ".join(c.select for c in spec.columns)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for row in db_proxy.obj.execute_sql(
                f"SELECT {alias}.id, {select} FROM {spec.table} WHERE {alias}.id IN ({marks})", chunk).fetchall():
            result[row[0]] = tuple(_typed(c.key, v) for c, v in zip(spec.columns, row[1:], strict=True))
    if kind == "appointment" and result:
        _name_fields(result, spec.keys.index("fields"))
    return result


def _name_fields(result: dict[int, tuple[Any, ...]], position: int) -> None:
    """The "fields" column as the user reads it: names through report_labels.field_label (English names in
    the English UI), joined by ", "."""
    english = report_labels.english_field_names() if current_language() == "en" else {}
    for record_id, values in result.items():
        raw = values[position]
        if not raw:
            continue
        names = []
        for part in str(raw).split("\x1f"):
            fid, _, name = part.partition(":")
            names.append(report_labels.field_label(int(fid), name, english=english))
        result[record_id] = (*values[:position], ", ".join(names), *values[position + 1:])


def _typed(key: str, value: Any) -> Any:
    if key in ("start", "last_meeting") and isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if key == "partner_since" and isinstance(value, str):
        if not value:
            return True  # partner without a date
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if key == "archived":
        return bool(value)
    return value


def choices(kind: str, include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of organisations or networks for filter combo boxes, sorted by name."""
    _ensure_functions()
    table = {"organization": "organization", "network": "network"}[kind]
    where = "" if include_archived else " WHERE NOT archived"
    return [(r[0], r[1]) for r in db_proxy.obj.execute_sql(
        f"SELECT id, name FROM {table}{where} ORDER BY sortkey(name), id").fetchall()]


def persons_for_picker(term: str, limit: int = 50) -> list[tuple[int, str, str]]:
    """(id, "Last, First", organisation) of active persons matching the term, for member pickers."""
    matches = search_ids("person", term)
    if matches is not None and not matches:
        return []
    sql = ("SELECT p.id, p.last_name || CASE WHEN p.first_name <> '' THEN ', ' || p.first_name ELSE '' END, "
           "coalesce(o.name, '') FROM person p LEFT JOIN organization o ON o.id = p.organization_id "
           "WHERE NOT p.archived AND p.erased_at IS NULL")
    params: list[Any] = []
    if matches is not None:
        chosen = sorted(matches)[:5000]
        sql += f" AND p.id IN ({','.join('?' * len(chosen))})"
        params += chosen
    _ensure_functions()
    sql += " ORDER BY sortkey(p.last_name), sortkey(p.first_name) LIMIT ?"
    params.append(limit)
    return [(r[0], r[1], r[2]) for r in db_proxy.obj.execute_sql(sql, params).fetchall()]


def related(kind: str, record_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Related data shown inside an editor (plain tuples, newest first where dated)."""
    db = db_proxy.obj
    _ensure_functions()

    def fetch(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in db.execute_sql(sql, list(params)).fetchall()]

    if kind == "person":
        return {
            "networks": fetch(
                "SELECT n.id, n.name, m.role, m.since, m.until FROM membership m JOIN network n ON n.id = m.network_id "
                "WHERE m.person_id = ? ORDER BY sortkey(n.name)", [record_id]),
            "appointments": fetch(
                "SELECT a.id, a.start, a.title, t.status, t.role FROM attendance t "
                "JOIN appointment a ON a.id = t.appointment_id WHERE t.person_id = ? ORDER BY a.start DESC",
                [record_id]),
        }
    if kind == "organization":
        return {
            "persons": fetch(
                "SELECT id, last_name || CASE WHEN first_name <> '' THEN ', ' || first_name ELSE '' END, function, "
                "email, archived FROM person WHERE organization_id = ? ORDER BY archived, sortkey(last_name), "
                "sortkey(first_name)", [record_id]),
            "networks": fetch(
                "SELECT n.id, n.name, m.role, m.since, m.until FROM membership m JOIN network n ON n.id = m.network_id "
                "WHERE m.organization_id = ? ORDER BY sortkey(n.name)", [record_id]),
        }
    if kind == "network":
        return {
            "meetings": fetch(
                f"SELECT a.id, a.start, a.title, a.status, {_ATTENDED} FROM appointment a "
                "WHERE a.network_id = ? ORDER BY a.start DESC", [record_id]),  # attended: None = not recorded
        }
    raise KeyError(kind)
