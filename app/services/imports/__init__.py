"""Importing lists: Excel/CSV partner lists, lists of dates, registration lists, and the exports of
Outlook, Google Contacts and Thunderbird (recognised by their headers, app/io/profiles.py).

The flow, shared by the wizard and the command line:

1. `analyse(path, kind, sheet)` → `Layout`: the header row, the recognised profile and the column → field
   mapping (mapping.py); `apply_overrides(layout, ["Spalte=feld"])` changes it.
2. `preview(path, kind, layout, …)` → `Preview`: every row parsed (fields.py, values.py, calendar.py) and
   classified create / update / skip / error with a reason naming row and field (preview.py).
3. `commit(preview)` writes all chosen rows or none; `undo(batch_id)` reverts the whole import (commit.py).

Cell values are read by the program's one parser, app/io/cells.py. Nothing here imports Qt.
"""

from __future__ import annotations

from app.io.cells import (
    CellError,
    canonical,
    parse_date,
    parse_datetime_cell,
    parse_time,
    phone,
    postal_code,
    split_name,
)
from app.services.imports.calendar import (
    PRIVATE,
    remember_categories,
    remembered_categories,
    strip_online_boilerplate,
    suggest_category,
)
from app.services.imports.classify import (
    Preview,
    Row,
    correct_cell,
    set_choice,
    set_duplicate_choice,
)
from app.services.imports.files import (
    TEMPLATE_COLUMNS,
    appointment_choices,
    appointment_label,
    network_names,
    write_rejected,
    write_template,
)
from app.services.imports.mapping import (
    ImportError_,
    Layout,
    analyse,
    apply_overrides,
    check_layout,
    check_mapping,
    detect_header_row,
    find_profile,
    mapping_lines,
    remember_mapping,
    remembered_mapping,
    suggest_field,
    suggest_mapping,
)
from app.services.imports.targets import CHOICES, KIND_LABELS, KINDS, TARGETS, Target, header_key, label
from app.services.imports.unchanged import preview
from app.services.imports.writing import CHUNK, Result, batches, commit, undo, write_transaction

_label = label  # older callers

__all__ = [
    "CHOICES", "CHUNK", "KINDS", "KIND_LABELS", "PRIVATE", "TARGETS", "TEMPLATE_COLUMNS", "CellError",
    "ImportError_", "Layout", "Preview", "Result", "Row", "Target", "analyse", "appointment_label",
    "appointment_choices", "apply_overrides", "batches", "canonical", "check_layout", "check_mapping", "commit",
    "correct_cell",
    "detect_header_row", "find_profile", "header_key", "label", "mapping_lines", "network_names", "parse_date",
    "parse_datetime_cell", "parse_time", "phone", "postal_code", "preview", "remember_categories",
    "remember_mapping", "remembered_categories", "remembered_mapping", "set_choice", "set_duplicate_choice",
    "split_name", "strip_online_boilerplate", "suggest_category", "suggest_field", "suggest_mapping", "undo",
    "write_rejected", "write_template", "write_transaction",
]
