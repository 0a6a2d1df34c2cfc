"""From a sheet row to field values: which column wins, what a cell means, which rows are no data at all.

- several columns per field (business phone, main phone, home phone): the best non-empty one wins; an
  Exchange X.500 address ("/o=ExchangeLabs/…") is no e-mail address and is passed over, not fatal;
- address blocks are taken whole (business before home, never mixed); the blocks not taken (home, "weitere",
  Google's further addresses) become notes lines "Adresse: Straße, Zusatz, PLZ Ort" as the vCard import writes;
- a profile's e-mail display-name columns (Outlook "E-Mail: Angezeigter Name") come as `email_name`: the name
  of a contact with nothing but an e-mail address (fields.person_values);
- Google's label columns decide: "Phone 1 - Label" = "Mobile" sends the number to the mobile field;
- multi-value cells ("a ::: b") keep the first value, the rest goes to the notes;
- academic titles come out of "Anrede", name prefix or the name itself into the title field;
- footer and summary rows ("Stand: …", "Summe", "Gesamt", "Erstellt am", one text cell under the table)
  are recognised and skipped with their reason.
"""

from __future__ import annotations

import re
from typing import Any

from app.io import cells, profiles
from app.models.search import fold
from app.services.imports.mapping import Layout
from app.services.imports.targets import MULTI_FIELDS, header_key, label
from app.services.messages import t

_FOOTER = re.compile(r"^(stand|summe|gesamt|insgesamt|gesamtzahl|erstellt|erstellt am|quelle|anzahl|total|"
                     r"sum|created|last updated|zuletzt aktualisiert|ausgedruckt|druckdatum)\b", re.IGNORECASE)
_MULTI = " ::: "
EMAIL_NAME = "email_name"  # pick's key for the e-mail's display name (no field of its own)
NOTE_LINE = "note_line"    # plan entry of a profile column kept as a notes line ("Fax: …"), never a result key
_X500 = re.compile(r"^/o=|/cn=recipients/", re.IGNORECASE)


def is_x500(value: object) -> bool:
    text = str(value or "")
    return "/" in text and bool(_X500.search(text))  # (both patterns hold a slash: most addresses end here)


def footer_reason(raw: tuple[Any, ...]) -> str:
    """Why a row is a footer/summary line (German), or ""."""
    filled: list[Any] = []
    for v in raw:  # the filled cells – a loop that stops where a data row shows itself (most rows: third cell)
        if v is None or v == "" or (isinstance(v, str) and not v.strip()):
            continue
        if not filled and not isinstance(v, str):
            return ""
        filled.append(v)
        count = len(filled)
        if count == 3 and not (_numeric_cell(filled[1]) and _numeric_cell(v)) or count > 3 and not _numeric_cell(v):
            return ""  # three cells or more, not all numbers after the first: no summary line
    if not filled:
        return ""
    first = cells.text(filled[0])
    if _FOOTER.match(fold(first)):
        return t("import_footer", text=first[:40])
    return ""


def _numeric_cell(value: object) -> bool:
    return isinstance(value, int | float) or cells.text(value).replace(".", "").replace(",", "").strip().isdigit()


def single_text_cell(raw: tuple[Any, ...], width: int, email_columns: frozenset[int] = frozenset()) -> bool:
    """A row with one text cell in a table of several columns (a note under the table, if nothing follows) –
    not an e-mail address in the e-mail column: Thunderbird's card with nothing but an address is such a row."""
    if width < 3:
        return False
    found: object = None
    at = -1
    for column, value in enumerate(raw):
        if value is not None and value != "":
            if found is not None:
                return False  # a second cell: a data row
            found, at = value, column
    if at in email_columns and isinstance(found, str) and "@" in found:
        return False
    return isinstance(found, str) and len(found.strip()) > 0


def _first_value(value: object, extra: list[str], what: str) -> object:
    """The first filled value of a multi-value cell ("a ::: b", also " ::: b"); the others go to the notes."""
    if isinstance(value, str) and _MULTI in value:
        parts = [part.strip() for part in value.split(":::")]
        filled = [part for part in parts if part]
        if not filled:
            return ""
        extra.extend(f"{what} (weitere): {part}" for part in filled[1:])
        return filled[0]
    return value


def _label_rank(label: object) -> tuple[int, str]:
    """(rank, kind) from a label cell: work 0, unlabelled 1, home 2, fax 3; kind 'mobile' for mobile labels."""
    key = header_key(label)
    words = key.split()
    if any(w in words for w in ("fax", "telefax", "pager")):  # Google "Work Fax": never before a phone
        return 3, ""
    if any(w in words or w in key for w in profiles.MOBILE_LABELS):
        return 0, "mobile"
    if any(w in words for w in profiles.WORK_LABELS):
        return 0, ""
    if any(w in words for w in profiles.HOME_LABELS):
        return 2, ""
    return 1, ""


_Plan = list[tuple[str, list[int], bool, bool, str]]
_PLANS: dict[tuple[Any, ...], _Plan] = {}


def _plan(layout: Layout) -> _Plan:
    """(target, columns best first, several joined?, labelled?, label) – worked out once per mapping."""
    key = (id(layout), tuple(layout.mapping), tuple(layout.priority), tuple(layout.note_lines.items()))
    plan = _PLANS.get(key)
    if plan is None:
        address_columns = {c for block in layout.address_sets for c in block.values()}
        plan = []
        for target, cols in layout.columns_for().items():
            if target in ("street", "street_2", "postal_code", "city", "country", "po_box") and \
                    any(c in address_columns for c in cols):
                continue
            plan.append((target, cols, target in MULTI_FIELDS, any(c in layout.label_of for c in cols),
                         label(layout.kind, target)))
        names = _email_name_columns(layout)
        if names:
            plan.append((EMAIL_NAME, names, False, False, ""))
        for column, line in layout.note_lines.items():  # (a column the user gave a field feeds that field)
            if column < len(layout.mapping) and not layout.mapping[column]:
                plan.append((NOTE_LINE, [column], False, False, line))
        if len(_PLANS) > 32:
            _PLANS.clear()
        _PLANS[key] = plan
    return plan


def _email_name_columns(layout: Layout) -> list[int]:
    """The columns of the recognised profile's e-mail display names, best first (not mapped: a fallback only)."""
    profile = profiles.by_key(layout.profile) if layout.profile and layout.kind != "appointments" else None
    if profile is None or not profile.email_names:
        return []
    index: dict[str, int] = {}
    for column, header in enumerate(layout.headers):
        index.setdefault(header_key(header), column)
    return [index[key] for key in (header_key(h) for h in profile.email_names)
            if key in index and not layout.mapping[index[key]]]


def row_plan(layout: Layout) -> _Plan:
    """The layout's plan, for calling `pick` on many rows without looking it up each time."""
    return _plan(layout)


def pick(layout: Layout, raw: tuple[Any, ...], plan: _Plan | None = None) -> tuple[dict[str, Any], list[str]]:
    """target → cell value for one row, and lines for the notes (further values, department). Empty cells are
    left out: a target present holds a value (fields.person_values relies on it)."""
    def cell(column: int) -> object:
        return raw[column] if column < len(raw) else None

    extra: list[str] = []
    result: dict[str, Any] = {}
    candidates: dict[str, list[tuple[int, int, object]]] = {}
    width = len(raw)
    for target, cols, multi, labelled, _what in plan if plan is not None else _plan(layout):
        if target is NOTE_LINE:
            text = cells.text(raw[cols[0]]) if cols[0] < width else ""
            if text:
                extra.append(f"{_what}: {cells.phone(text) if _what == 'Fax' else text.replace(chr(10), ', ')}")
            continue
        if multi:
            texts = [cells.text(cell(c)) for c in cols]
            texts = [t for t in texts if t]
            if texts:
                result[target] = "\n".join(texts)
            continue
        if len(cols) == 1 and not labelled:  # the common case: one column, one field
            column = cols[0]
            value = raw[column] if column < width else None
            if value is None or value == "":
                continue
            if isinstance(value, str):
                if not value.strip() or (target == "email" and is_x500(value)):
                    continue
                # (Google's labels "* myContacts ::: Netzwerk" are all categories: fields.person_values)
                first = _first_value(value, extra, _what) if _MULTI in value and target != "categories" else value
                if first:  # " ::: b": the first of several values is empty
                    result[target] = first
            elif not (target == "email" and is_x500(value)):
                result[target] = value
            continue
        for order, column in enumerate(cols):
            value = cell(column)
            if value in (None, "") or (isinstance(value, str) and not value.strip()):
                continue
            rank, kind = 1, ""
            if column in layout.label_of:
                rank, kind = _label_rank(cell(layout.label_of[column]))
            goes_to = "mobile" if kind == "mobile" and target == "phone" else target
            candidates.setdefault(goes_to, []).append((rank, order, value))
    for target, found in candidates.items():
        found.sort(key=lambda item: (item[0], item[1]))
        values = [v for _, _, v in found]
        if target == "email":
            good = [v for v in values if not is_x500(v)]
            values = good
        if not values:
            continue
        what = label(layout.kind, target)
        chosen = _first_value(values[0], extra, what)
        if chosen == "":
            continue
        result[target] = chosen
        if target in ("email", "phone", "mobile"):
            for other in values[1:]:
                other_text = cells.text(_first_value(other, [], what))
                if other_text and other_text != cells.text(chosen):
                    extra.append(f"{what} (weitere): {cells.phone(other) if target != 'email' else other_text}")
    if layout.address_sets:
        _pick_address(layout, cell, result, extra)
    return result, extra


def _pick_address(layout: Layout, cell: Any, result: dict[str, Any], extra: list[str]) -> None:
    ranked = []
    for order, block in enumerate(layout.address_sets):
        fields = {t: cell(c) for t, c in block.items() if layout.mapping[c] == t or t == "address_label"}
        if "street_3" in block:  # a third street line (no field of its own): with the second one
            third = cells.text(cell(block["street_3"]))
            if third:
                fields["street_2"] = ", ".join(p for p in (cells.text(fields.get("street_2")), third) if p)
        if not any(fields.get(t) not in (None, "") for t in ("street", "postal_code", "city", "po_box")):
            continue
        rank = _label_rank(fields.get("address_label"))[0] if "address_label" in block else 1
        ranked.append((rank, order, fields))
    if not ranked:
        return
    ranked.sort(key=lambda item: (item[0], item[1]))
    for target, value in ranked[0][2].items():
        if target != "address_label" and value not in (None, ""):
            result[target] = value
    if len(ranked) > 1:  # the others are kept in the notes, worded as the vCard import words them
        lines = [address_line(fields) for _rank, _order, fields in ranked]
        extra.extend(dict.fromkeys(line for line in lines[1:] if line and line != lines[0]))


def address_line(fields: dict[str, Any]) -> str:
    """ "Adresse: Birkenweg 7, Hinterhaus, 02827 Görlitz" – the line app/io/vcard.py writes for a further ADR."""
    street = ", ".join(p for p in (cells.one_line(fields.get("street")), cells.one_line(fields.get("street_2")),
                                   cells.po_box_line(fields.get("po_box"))) if p)
    country = cells.text(fields.get("country"))
    place = f"{cells.postal_code(fields.get('postal_code'), country)} {cells.one_line(fields.get('city'))}".strip()
    return "Adresse: " + ", ".join(p for p in (street, place) if p) if street or place else ""
