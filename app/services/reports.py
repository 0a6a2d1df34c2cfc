"""The activity report as use cases: compute the figures, word the document, write PDF, Word and Excel.

    write_report(path, ReportOptions(period=Period.year(2025), language="de"))   # tagged PDF/UA + PDF/A
    write_docx(path, options)                                                     # editable Word document
    write_figures(path, period=Period.year(2025))                                 # the figures as .xlsx

The figures come from app.services.statistics, the wording from app.services.report_document (one document
model for PDF and Word) and report_labels; the file formats are app.io.report_pdf, report_docx and
report_xlsx, which take that plain data. Confidential appointments count in every figure but are never named;
persons' names appear only with ``include_participant_names``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.io import report_docx, report_pdf, report_xlsx
from app.io.report_xlsx import Sheet
from app.services import report_document, settings, statistics
from app.services import report_labels as L
from app.services.report_document import ReportOptions
from app.services.statistics import Period, Statistics

__all__ = ["ReportOptions", "WrittenReport", "figure_sheets", "write_docx", "write_figures", "write_report"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int


def _office(office: Mapping[str, str] | None) -> Mapping[str, str]:
    return settings.get_all() if office is None else office


def write_report(path: Path | str, options: ReportOptions, stats: Statistics | None = None,
                 progress: Progress | None = None, office: Mapping[str, str] | None = None) -> WrittenReport:
    """Compute the figures (unless given) and write the report as PDF; the file appears whole or not at all."""
    if stats is None:
        stats = statistics.collect(options.period, lists=True, progress=progress)
    office = _office(office)
    document = report_document.build(stats, options, office)
    logo = Path(office["logo_path"]) if office.get("logo_path") else None
    alt = f"Logo: {office.get('office_name', '')}".strip(": ")
    pages = report_pdf.write_pdf(path, document, logo, alt, progress)
    return WrittenReport(Path(path), pages)


def write_docx(path: Path | str, options: ReportOptions, stats: Statistics | None = None,
               office: Mapping[str, str] | None = None) -> Path:
    """The same report as an editable Word document."""
    if stats is None:
        stats = statistics.collect(options.period, lists=True)
    return report_docx.write_docx(path, report_document.build(stats, options, _office(office)))


def write_figures(path: Path | str, stats: Statistics | None = None, *, period: Period | None = None,
                  language: str = "de") -> Path:
    """The figures as an Excel workbook; computes the statistics for ``period`` when ``stats`` is not given."""
    if stats is None:
        if period is None:
            raise ValueError("stats or period needed")
        stats = statistics.collect(period)
    return report_xlsx.write_workbook(path, figure_sheets(stats, language))


def figure_sheets(stats: Statistics, language: str = "de") -> list[Sheet]:
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
                 n.distinct_persons if n.meetings_recorded else None, len(n.member_organizations),
                 n.personal_members, "; ".join(n.member_organizations)] for n in stats.networks]
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
                               t("member_organizations")], networks),
        (t("sheet_appointments"), [t("date"), t("start"), t("end"), t("appointment"), t("kind"), t("status"),
                                   t("place"), t("network"), t("attendances"), t("recorded_col"),
                                   t("expected_col"), t("confidential_col")],
         appointments),
        (t("sheet_partners"), [t("sector"), t("organisation"), t("city"), t("partner_since")], partners),
    ]
