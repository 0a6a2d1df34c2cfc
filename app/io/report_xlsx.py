"""The activity report's figures as an Excel workbook – one sheet per table, for offices that draw their
own charts. The numbers are the very objects the PDF prints (app.services.statistics), as real numbers.

Every sheet has a bold, frozen header row. Text cells are always text: a value starting with `=`, `+`, `-`,
`@`, tab or carriage return is stored as a string with Excel's quote prefix, never as a formula.
Confidential appointments appear as "Vertraulicher Termin (<Art>)" without title or place, as in the PDF.
The file is written next to the target and moved into place (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.io.export import FORMULA_STARTS
from app.io.files import write_atomically
from app.services import report_labels as L
from app.services import statistics
from app.services.statistics import Statistics

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DATE_FORMAT = "DD.MM.YYYY"
TIME_FORMAT = "HH:MM"
DECIMAL_FORMAT = "0.0"
PERCENT_FORMAT = "0.0"


def sheets(stats: Statistics, language: str = "de") -> list[tuple[str, list[str], list[list[object]]]]:
    """(sheet title, headers, rows) for every table – the content of the workbook, testable without a file."""
    def t(key: str) -> str:
        return L.text(key, language)

    current, previous = (L.period_label(p.start, p.end, language) for p in (stats.period, stats.previous_period))
    summary: list[list[object]] = [[L.figure(c.name, language), c.current, c.previous, c.delta,
                None if c.percent is None else round(c.percent, 1)] for c in stats.changes]
    months: list[list[object]] = [[m.year, L.month(m.month, language), m.held, m.cancelled, m.planned, m.postponed]
              for m in stats.months]
    kinds: list[list[object]] = [[L.choice("appointment_kind", kind, language), count]
                                 for kind, count in stats.kinds.items()]
    english = L.english_field_names() if language == "en" else {}
    fields: list[list[object]] = [[L.field_name(f.field_id, f.name, language, english) if f.field_id is not None
               else t("without_field"), f.held] for f in stats.fields]
    networks: list[list[object]] = [[
                 n.name, L.choice("network_kind", n.kind, language), L.rhythm(n.rhythm, language), n.meetings_held,
                 n.meetings_recorded, n.meetings_planned, n.attendances if n.meetings_recorded else None,
                 None if n.average_attendance is None else round(n.average_attendance, 1),
                 n.distinct_persons if n.meetings_recorded else None, len(n.member_organisations),
                 n.personal_members, "; ".join(n.member_organisations)] for n in stats.networks]
    appointments: list[list[object]] = []
    for row in stats.appointments:
        kind = L.choice("appointment_kind", row.kind, language)
        title = L.text("confidential", language, kind=kind) if row.confidential else row.title
        appointments.append([
            row.start.date(), None if row.all_day else row.start.time(),
            None if row.all_day or row.end is None else row.end.time(), title, kind,
            L.choice("appointment_status", row.status, language), "" if row.confidential else row.location,
            row.network, row.attendances if row.status == "held" and row.recorded else None,
            t("yes") if row.status == "held" and row.recorded else "", row.expected,
            t("yes") if row.confidential else ""])
    partners: list[list[object]] = [[L.choice("sector", sector, language), p.name, p.city, p.partner_since]
                for sector, rows in stats.partners.items() for p in rows]
    return [
        (t("sheet_summary"), [t("figure"), current, previous, t("change"), t("change") + " %"], summary),
        (t("sheet_months"), [t("year"), t("month"), L.choice("appointment_status", "held", language),
                             L.choice("appointment_status", "cancelled", language),
                             L.choice("appointment_status", "planned", language),
                             L.choice("appointment_status", "postponed", language)], months),
        (t("sheet_kinds"), [t("kind"), L.choice("appointment_status", "held", language)], kinds),
        (t("sheet_fields"), [t("field_of_action"), L.choice("appointment_status", "held", language)], fields),
        (t("sheet_networks"), [t("network"), t("network_kind"), t("rhythm"), t("meetings_held"),
                               t("meetings_recorded"), t("meetings_planned"), t("attendances"), t("average_attendance"),
                               t("distinct_persons"), t("member_count"), t("personal_members_col"),
                               t("member_organisations")], networks),
        (t("sheet_appointments"), [t("date"), t("start"), t("end"), t("appointment"), t("kind"), t("status"),
                                   t("place"), t("network"), t("attendances"), t("recorded_col"),
                                   t("expected_col"), t("confidential_col")],
         appointments),
        (t("sheet_partners"), [t("sector"), t("organisation"), t("city"), t("partner_since")], partners),
    ]


def _text_cell(sheet: object, value: str) -> WriteOnlyCell:
    text = _ILLEGAL_XML.sub("", value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would take "=…" for a formula
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _cell(sheet: object, value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _text_cell(sheet, value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = TIME_FORMAT if isinstance(value, dt.time) else DATE_FORMAT
        return cell
    if isinstance(value, float):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DECIMAL_FORMAT
        return cell
    if isinstance(value, int):
        return value
    return _text_cell(sheet, str(value))


def _width(values: Sequence[object]) -> float:
    longest = 0
    for value in values:
        if isinstance(value, dt.date):
            length = 10
        elif isinstance(value, dt.time):
            length = 5
        else:
            length = len(str(value)) if value is not None else 0
        longest = max(longest, length)
    return max(6, min(60, longest + 2))


def write_figures(path: Path | str, stats: Statistics | None = None, *, period: statistics.Period | None = None,
                  language: str = "de") -> Path:
    """Write the workbook; computes the statistics for ``period`` when ``stats`` is not given."""
    if stats is None:
        if period is None:
            raise ValueError("stats or period needed")
        stats = statistics.collect(period)
    path = Path(path)
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, headers, rows in sheets(stats, language):
        sheet = workbook.create_sheet(re.sub(r"[\\/*?:\[\]]", " ", title)[:31])
        for column, header in enumerate(headers):
            sample = [header, *(row[column] for row in rows[:500])]
            sheet.column_dimensions[get_column_letter(column + 1)].width = _width(sample)
        sheet.freeze_panes = "A2"
        header_cells = []
        for header in headers:
            cell = _text_cell(sheet, header)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    write_atomically(path, workbook.save)
    return path
