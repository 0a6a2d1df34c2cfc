"""The activity report's content as plain data – one document model for the tagged PDF (Typst, app.io.report_pdf)
and the editable Word file (python-docx, app.io.report_docx), so both say exactly the same.

    document = build(stats, options, office)     # a JSON-ready dict, see the block kinds below

Every text is final (labels in the report's language, numbers and dates formatted, control characters
removed); renderers only lay it out. The document:

    {"lang", "title", "header": [left, right], "footer": str, "page_of": "Seite {page} von {pages}",
     "contents": str, "cover": {...}, "sections": [{"key", "title", "blocks": [block, …]}, …]}

Blocks: ``{"type": "h2"|"h3", "text"}``, ``{"type": "p", "text", "style": "body"|"small"}``,
``{"type": "box", "title", "text"}``, ``{"type": "facts", "rows": [[label, value], …]}``,
``{"type": "list", "items": [str, …]}``, ``{"type": "table", "widths": [cm, …], "right": [column, …],
"header": [str, …], "rows": [{"c": [cell, …], "b": bold, "m": muted, "g": group row}, …], "zebra": bool}``
(a cell is a string or ``{"t": text, "s": small grey line}``) and ``{"type": "chart", "kind": "column"|"bar",
"title", "items": [{"label", "value", "text"}, …], "top", "ticks": [{"value", "text"}, …], "axis", "x_axis",
"alt"}``.

Privacy: confidential appointments count in every figure but are listed only as "Vertraulicher Termin
(<Art>)" without title, place or names; persons' names appear only with ``include_participant_names``
(and never for confidential appointments). Every figure comes from app.services.statistics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.io.pdf_fonts import printable
from app.services import report_labels as L
from app.services import statistics
from app.services.statistics import Period, Statistics
from app.wording.formats import last_day

Block = dict[str, Any]

SUMMARY_ORDER = ("appointments", "held", "network_meetings", "confidential_held", "held_with_attendance",
                 "cancelled", "postponed", "planned", "attendances", "distinct_persons", "distinct_organizations",
                 "new_partner_organizations", "new_persons")
SUB_FIGURES = ("network_meetings", "confidential_held", "held_with_attendance")  # "davon …" rows under "held"
BOLD_FIGURES = ("held", "attendances", "distinct_persons")
APPOINTMENT_WIDTHS = (2.4, 6.3, 2.9, 4.0, 1.4)
LABEL_LIMIT = 48  # characters of a bar chart's category label


@dataclass(frozen=True)
class ReportOptions:
    period: Period
    language: str = "de"
    sections: tuple[str, ...] = L.SECTIONS
    include_participant_names: bool = False
    created: dt.date = field(default_factory=dt.date.today)


def _clean(value: object) -> Any:
    """Every string of the document made printable (no NUL, ESC or other control characters)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value


def axis(maximum: float) -> tuple[int, int]:
    """(top, step) of a value axis: a round step, room above the highest bar for its label."""
    maximum = max(int(maximum), 1)
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)
                 if maximum / s <= 6), max(1, maximum // 5))
    top = max(step, -(-maximum // step) * step)
    if top == maximum:
        top += step
    return top, step


def _shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class _Builder:
    def __init__(self, stats: Statistics, options: ReportOptions, office: Mapping[str, str]) -> None:
        self.stats = stats
        self.options = options
        self.lang = options.language
        self.office = office
        self.english_fields = L.parse_field_names(office.get("field_names_en", "{}"))

    def t(self, key: str, **values: object) -> str:
        return L.text(key, self.lang, **values)

    def n(self, value: float, decimals: int = 0) -> str:
        return L.number(value, self.lang, decimals)

    @property
    def is_year(self) -> bool:
        return self.stats.period.is_calendar_year

    def period_label(self, period: Period | None = None) -> str:
        period = period or self.stats.period
        return L.period_label(period.start, period.end, self.lang)

    # --- cover ------------------------------------------------------------------------------------------

    def cover(self) -> dict[str, Any]:
        lines = []
        if not self.is_year:
            lines.append(f"{self.t('period')}: {self.period_label()}")
        lines.append(f"{self.t('created')} {L.date(self.options.created, self.lang)}")
        return {"office": self.office.get("office_name", ""), "title": self.t("title"),
                "period": self.period_label(), "commissioner": self.office.get("commissioner", ""),
                "role": L.role_line(self.office, self.lang) if self.office.get("commissioner") else "",
                "lines": lines, "letterhead": self.office.get("letterhead", "")}

    # --- summary ----------------------------------------------------------------------------------------

    def summary(self) -> list[Block]:
        figures, previous = self.stats.figures, self.stats.previous
        n = self.n
        if self.lang == "en":
            lead = (f"In {self.period_label()} the office held {n(figures.held)} appointments and reached "
                    f"{n(figures.distinct_persons)} persons from {n(figures.distinct_organizations)} "
                    f"organisations ({n(figures.attendances)} attendances) – compared with "
                    f"{n(previous.held)} appointments in {self.period_label(self.stats.previous_period)}.")
            if not self.is_year:
                lead = lead.replace(f"In {self.period_label()}", f"From {self.period_label()}")
        else:
            when = f"Im Jahr {self.period_label()}" if self.is_year else f"Im Zeitraum {self.period_label()}"
            lead = (f"{when} hat das Büro {n(figures.held)} Termine durchgeführt und dabei "
                    f"{n(figures.distinct_persons)} Personen aus {n(figures.distinct_organizations)} "
                    f"Organisationen erreicht ({n(figures.attendances)} Teilnahmen). Im Vergleichszeitraum "
                    f"{self.period_label(self.stats.previous_period)} waren es {n(previous.held)} Termine.")
        lead += " " + self.t("recorded_sentence", recorded=n(figures.held_with_attendance), held=n(figures.held))
        changes = {c.name: c for c in self.stats.changes}
        rows = []
        for name in SUMMARY_ORDER:
            change = changes[name]
            label = L.figure(name, self.lang)
            rows.append({"c": [label, n(change.current), n(change.previous), self._change_text(change)],
                         "b": name in BOLD_FIGURES, "m": name in SUB_FIGURES, "i": name in SUB_FIGURES})
        table = {"type": "table", "widths": [9.4, 2.3, 2.3, 3.0], "right": [1, 2, 3], "zebra": True,
                 "header": [self.t("figure"), self.period_label(), self.period_label(self.stats.previous_period),
                            self.t("change")], "rows": rows, "large": True}
        return [{"type": "p", "text": lead, "style": "body"}, table,
                {"type": "box", "title": self.t("definitions"), "text": self.t("definitions_text")}]

    def _change_text(self, change: statistics.Change) -> str:
        delta = change.delta
        sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
        text = f"{sign}{self.n(abs(delta))}"
        percent = change.percent
        if percent is not None and round(abs(percent)) >= 1:
            text += f" ({sign}{self.n(abs(percent))} %)"
        return text

    # --- charts -----------------------------------------------------------------------------------------

    def chart(self, kind: str, title: str, items: Sequence[tuple[str, int]], x_axis: str = "",
              spoken: Sequence[str] | None = None, total: bool = True) -> Block:
        """A chart block; its alternative text names every bar with its number (`spoken` labels where the
        drawn ones are abbreviated), the highest value and – where the bars add up to something – the sum."""
        top, step = axis(max([v for _, v in items] or [0]))
        names = list(spoken) if spoken is not None else [label for label, _ in items]
        values = [value for _, value in items]
        words = "; ".join(f"{name}: {self.n(value)}" for name, value in zip(names, values, strict=True)) or "–"
        english = self.lang == "en"
        kind_text = {"column": ("Säulendiagramm", "Column chart"), "bar": ("Balkendiagramm", "Bar chart")}[kind]
        alt = (f"{kind_text[1]} “{title}”. {words}." if english else f"{kind_text[0]} „{title}“. {words}.")
        highest = max(values, default=0)
        if highest:
            best = values.index(highest)
            alt += (f" Highest value: {names[best]} with {self.n(values[best])}." if english
                    else f" Höchster Wert: {names[best]} mit {self.n(values[best])}.")
            if total:
                alt += (f" Total: {self.n(sum(values))}." if english else f" Zusammen: {self.n(sum(values))}.")
        return {"type": "chart", "kind": kind, "title": title, "alt": alt,
                "items": [{"label": _shorten(label), "value": value, "text": self.n(value) if value or kind == "bar"
                           else ""} for label, value in items],
                "top": top, "ticks": [{"value": v, "text": self.n(v)} for v in range(0, top + 1, step)],
                "axis": self.t("axis_appointments"), "x_axis": x_axis}

    def charts(self) -> list[Block]:
        months = self.stats.months
        several_years = len({m.year for m in months}) > 1
        if several_years:
            month_items = [(f"{L.month(m.month, self.lang, short=True)} {m.year % 100:02d}", m.held) for m in months]
        else:
            month_items = [(L.month(m.month, self.lang, short=True), m.held) for m in months]
        spoken = [f"{L.month(m.month, self.lang)} {m.year}" if several_years else L.month(m.month, self.lang)
                  for m in months]
        blocks = [self.chart("column", self.t("chart_month"), month_items, self.t("axis_month"), spoken)]
        kinds = sorted(((L.choice("appointment_kind", k, self.lang), v) for k, v in self.stats.kinds.items() if v),
                       key=lambda item: -item[1])
        blocks += [self.chart("bar", self.t("chart_kind"), kinds),
                   {"type": "p", "text": self.t("kind_note"), "style": "small"}]
        fields_ = [(self.field_name(f), f.held) for f in self.stats.fields if f.field_id is not None or f.held]
        fields_.sort(key=lambda item: -item[1])
        blocks += [self.chart("bar", self.t("chart_field"), fields_, total=False),
                   {"type": "p", "text": self.t("field_note"), "style": "small"}]
        return blocks

    def field_name(self, count: statistics.FieldCount) -> str:
        if count.field_id is None:
            return self.t("without_field")
        return L.field_name(count.field_id, count.name, self.lang, self.english_fields)

    # --- networks ---------------------------------------------------------------------------------------

    def average(self, value: float | None) -> str:
        return "–" if value is None else self.n(value, 1)

    def networks(self) -> list[Block]:
        networks = self.stats.networks
        if not networks:
            return [{"type": "p", "text": self.t("no_networks"), "style": "body"}]
        n = self.n
        rows = [{"c": [net.name, L.choice("network_kind", net.kind, self.lang), n(net.meetings_held),
                       n(net.meetings_recorded), n(net.attendances), self.average(net.average_attendance)]}
                for net in networks]
        blocks: list[Block] = [{"type": "table", "widths": [5.0, 2.7, 1.9, 2.4, 2.4, 2.6], "right": [2, 3, 4, 5],
                                "zebra": True, "rows": rows,
                                "header": [self.t("network"), self.t("network_kind"), self.t("meetings"),
                                           self.t("recorded_short"), self.t("attendances"), self.t("average")]}]
        for net in networks:
            blocks.append({"type": "h2", "text": net.name})
            blocks.append({"type": "facts", "rows": [
                [self.t("network_kind"), L.choice("network_kind", net.kind, self.lang)],
                [self.t("rhythm"), L.rhythm(net.rhythm, self.lang) or "–"],
                [self.t("meetings_held"), n(net.meetings_held)],
                [self.t("meetings_recorded"), n(net.meetings_recorded)],
                [self.t("meetings_planned"), n(net.meetings_planned)],
                [self.t("attendances"), n(net.attendances) if net.meetings_recorded else self.t("not_recorded")],
                [self.t("average_attendance"), self.average(net.average_attendance)],
                [self.t("distinct_persons"), n(net.distinct_persons) if net.meetings_recorded
                 else self.t("not_recorded")],
            ]})
            blocks.append({"type": "h3", "text": f"{self.t('member_organizations')} ({len(net.member_organizations)})"})
            if net.member_organizations:
                blocks.append({"type": "list", "items": list(net.member_organizations)})
            else:
                blocks.append({"type": "p", "text": self.t("no_members"), "style": "small"})
            if net.personal_members:
                blocks.append({"type": "p", "text": L.counted("personal_members", net.personal_members, self.lang),
                               "style": "small"})
        return blocks

    # --- appointments -----------------------------------------------------------------------------------

    def appointments(self) -> list[Block]:
        rows = self.stats.appointments
        if not rows:
            return [{"type": "p", "text": self.t("no_appointments"), "style": "body"}]
        names: dict[int, list[str]] = {}
        if self.options.include_participant_names:
            names = statistics.participant_names(r.id for r in rows if not r.confidential)
        by_month: dict[tuple[int, int], list[statistics.AppointmentRow]] = {}
        for row in rows:
            by_month.setdefault((row.start.year, row.start.month), []).append(row)
        head = [self.t("date"), self.t("appointment"), self.t("kind"), self.t("place"), self.t("participants")]
        blocks: list[Block] = [{"type": "p", "text": self.t("list_legend"), "style": "small"}]
        for (year, month), items in by_month.items():
            blocks.append({"type": "h2", "text": f"{L.month(month, self.lang)} {year}"})
            blocks.append({"type": "table", "widths": list(APPOINTMENT_WIDTHS), "right": [4], "zebra": True,
                           "header": head, "rows": [{"c": self._appointment_cells(row, names.get(row.id))}
                                                    for row in items]})
        return blocks

    def participants(self, row: statistics.AppointmentRow) -> str:
        """Persons recorded as present; where nobody recorded attendance (or it has not happened yet) the
        expected number from the planning, marked "erw." – never a 0 that only means "not counted"."""
        if row.status == "held" and row.recorded:
            return self.n(row.attendances)
        if row.status != "cancelled" and row.expected:
            return self.t("expected", n=self.n(row.expected))
        return "–"

    def _day_month(self, day: dt.date) -> str:
        """ "04.03." / "04/03": the date without its year (the year is the row's first line)."""
        text = L.date(day, self.lang)
        return text[:6] if self.lang == "de" else text[:5]

    def _appointment_cells(self, row: statistics.AppointmentRow, names: list[str] | None) -> list[Any]:
        kind = L.choice("appointment_kind", row.kind, self.lang)
        when = L.date(row.start.date(), self.lang)
        if row.all_day:
            last = last_day(row.start, row.end)  # a trip over several days names its last day
            time = self.t("all_day_until", date=self._day_month(last)) if last > row.start.date() else \
                self.t("all_day")
        elif row.end and row.end.date() != row.start.date():
            time = f"{row.start:%H:%M} → {self._day_month(row.end.date())} {row.end:%H:%M}"
        elif row.end:
            time = f"{row.start:%H:%M}–{row.end:%H:%M}"
        else:
            time = f"{row.start:%H:%M}"
        status = self.t(f"status_{row.status}") if row.status in ("planned", "cancelled", "postponed") else (
            "" if row.status == "held" else row.status)
        if row.confidential:
            title, place = self.t("confidential", kind=kind), "–"
        else:
            title = row.title + (f" ({row.network})" if row.network else "")
            place = row.location or "–"
        title += f" – {status}" if status else ""
        title_cell: Any = title
        if names:
            title_cell = {"t": title, "s": f"{self.t('participants_long')}: {', '.join(names)}"}
        return [f"{when}\n{time}", title_cell, kind, place, self.participants(row)]

    # --- partners ---------------------------------------------------------------------------------------

    def partners(self) -> list[Block]:
        if not self.stats.partners:
            return [{"type": "p", "text": self.t("no_partners"), "style": "body"}]
        rows: list[dict[str, Any]] = []
        for sector, partners in self.stats.partners.items():
            rows.append({"c": [f"{L.choice('sector', sector, self.lang)} ({len(partners)})"], "g": True})
            rows += [{"c": [p.name, p.city, L.date(p.partner_since, self.lang)]} for p in partners]
        return [{"type": "table", "widths": [10.4, 4.0, 2.6], "right": [], "zebra": False, "rows": rows,
                 "header": [self.t("organisation"), self.t("city"), self.t("partner_since")]}]

    # --- the whole document -----------------------------------------------------------------------------

    def section_title(self, key: str) -> str:
        if key == "summary":
            return self.t("summary") if self.is_year else self.t("summary_period")
        return self.t(key)

    def document(self) -> dict[str, Any]:
        title = f"{self.t('title')} {self.period_label()}"
        sections = [{"key": key, "title": self.section_title(key), "blocks": getattr(self, key)()}
                    for key in L.SECTIONS if key in self.options.sections]
        for section in sections:  # PDF/UA refuses an empty heading (a network named "  ", say)
            for block in section["blocks"]:
                if block["type"] in ("h2", "h3") and not printable(block["text"]).strip():
                    block["text"] = "–"
        document: dict[str, Any] = _clean({
            "lang": self.lang, "title": title, "author": self.office.get("commissioner", ""),
            "header": [self.office.get("office_name", ""), title],
            "footer": f"{self.t('created')} {L.date(self.options.created, self.lang)}",
            "page_of": self.t("page_of", page="{page}", pages="{pages}"), "contents": self.t("contents"),
            "cover": self.cover(), "sections": sections})
        return document


def build(stats: Statistics, options: ReportOptions, office: Mapping[str, str]) -> dict[str, Any]:
    """The report as a JSON-ready document (see the module docstring)."""
    return _Builder(stats, options, office).document()


def outline(document: Mapping[str, Any]) -> list[tuple[int, str]]:
    """(level, text) of every heading in reading order – sections are level 1, their parts level 2/3."""
    result: list[tuple[int, str]] = []
    for section in document["sections"]:
        result.append((1, section["title"]))
        result += [(int(block["type"][1]), block["text"]) for block in section["blocks"]
                   if block["type"] in ("h2", "h3")]
    return result
