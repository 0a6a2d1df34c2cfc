"""Art. 15 information for one person as PDF and Excel, and the audit log as Excel.

Both formats appear whole or not at all (temp file next to the target, fsync, rename). Excel text cells are
always text: a value such as `=HYPERLINK(…)` is never stored as a formula. PDFs use the shared DejaVu fonts
with HarfBuzz shaping, so names in any script print correctly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.io.export import is_formula_like, write_table
from app.io.files import write_atomically
from app.io.pdf_fonts import FONT, para, style

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

TEXTS = {
    "de": {
        "title": "Auskunft nach Art. 15 DSGVO", "about": "Betroffene Person", "created": "Erstellt am",
        "office": "Verantwortliche Stelle", "person": "Gespeicherte Angaben", "memberships": "Mitgliedschaften",
        "attendance": "Teilnahmen", "audit": "Änderungsprotokoll", "none": "keine",
        "field": "Feld", "value": "Wert", "network": "Gremium", "organization": "Organisation", "role": "Rolle",
        "since": "Seit", "until": "Bis", "date": "Datum", "appointment": "Termin", "status": "Status",
        "checked_in": "Eingecheckt", "name": "Name (Stand damals)", "function": "Funktion",
        "email": "E-Mail", "timestamp": "Zeitpunkt", "user": "Benutzer", "entity": "Datensatz",
        "entity_id": "Nr.", "action": "Aktion", "changes": "Änderungen",
        "purpose": "Die Angaben werden für die Arbeit des Büros der Integrationsbeauftragten verarbeitet "
                   "(Kontaktpflege, Einladungen, Teilnahmenachweise, Tätigkeitsbericht).",
        "page": "Seite",
    },
    "en": {
        "title": "Information under Art. 15 GDPR", "about": "Data subject", "created": "Created on",
        "office": "Controller", "person": "Stored data", "memberships": "Memberships",
        "attendance": "Attendance", "audit": "Change log", "none": "none",
        "field": "Field", "value": "Value", "network": "Network", "organization": "Organisation", "role": "Role",
        "since": "Since", "until": "Until", "date": "Date", "appointment": "Appointment", "status": "Status",
        "checked_in": "Checked in", "name": "Name (at the time)", "function": "Function",
        "email": "E-mail", "timestamp": "Time", "user": "User", "entity": "Record",
        "entity_id": "No.", "action": "Action", "changes": "Changes",
        "purpose": "The data are processed for the work of the integration commissioner's office (contacts, "
                   "invitations, attendance records, activity report).",
        "page": "Page",
    },
}


CHOICE_LABELS: dict[str, tuple[str, str]] = {
    "invited": ("eingeladen", "invited"), "registered": ("angemeldet", "registered"),
    "declined": ("abgesagt", "declined"), "attended": ("teilgenommen", "attended"),
    "excused": ("entschuldigt", "excused"), "no_show": ("nicht erschienen", "no-show"),
    "participant": ("Teilnehmer/in", "participant"), "speaker": ("Referent/in", "speaker"),
    "moderator": ("Moderation", "moderator"), "guest": ("Gast", "guest"), "delegation": ("Delegation", "delegation"),
    "member": ("Mitglied", "member"), "chair": ("Vorsitz", "chair"), "host": ("Gastgeber", "host"),
}


def _choice(key: str, language: str) -> str:
    pair = CHOICE_LABELS.get(key)
    return pair[1 if language == "en" else 0] if pair else key


def _texts(language: str) -> dict[str, str]:
    return TEXTS["en" if language == "en" else "de"]


def _fmt(value: Any, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M" if language != "en" else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if language != "en" else value.isoformat()
    return str(value)


def sections(data: Any, language: str) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, headers, rows) for each part of the information – shared by PDF and Excel."""
    t = _texts(language)
    return [
        (t["person"], [t["field"], t["value"]], [[label, value] for label, value in data.fields]),
        (t["memberships"], [t["network"], t["organization"], t["role"], t["since"], t["until"]],
         [[m["network"], m["organization"], _choice(m["role"], language), m["since"], m["until"]]
          for m in data.memberships]),
        (t["attendance"], [t["date"], t["appointment"], t["status"], t["role"], t["checked_in"], t["name"],
                           t["organization"], t["function"], t["email"]],
         [[a["date"], a["appointment"], _choice(a["status"], language), _choice(a["role"], language),
           a["checked_in_at"], a["name"], a["organization"],
           a["function"], a["email"]] for a in data.attendance]),
        (t["audit"], [t["timestamp"], t["user"], t["entity"], t["entity_id"], t["action"], t["changes"]],
         [[e["timestamp"], e["os_user"], e["entity"], e["entity_id"], e["action"], e["changes"]]
          for e in data.audit]),
        *_follow_up_section(data, language),
    ]


# --- follow-ups (Wiedervorlagen, issue 12) -----------------------------------------------------------------
_FOLLOW_UP_TEXTS = {
    "de": ("Wiedervorlagen", "Fällig am", "Was ist zu tun?", "Zuständig", "Erledigt am", "Notizen"),
    "en": ("Follow-ups", "Due on", "To do", "Responsible", "Done on", "Notes"),
}


def _follow_up_section(data: Any, language: str) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The person's follow-ups (a section only when there are any)."""
    items = getattr(data, "follow_ups", None)
    if not items:
        return []
    title, *headers = _FOLLOW_UP_TEXTS["en" if language == "en" else "de"]
    return [(title, headers, [[f["due_date"], f["title"], f["responsible"], f["done_at"], f["notes"]]
                              for f in items])]


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    write_atomically(path, write)
    return Path(path)


# --- Excel ------------------------------------------------------------------------------------------------

def _xlsx_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime):
        item = WriteOnlyCell(sheet, value=value.replace(microsecond=0, tzinfo=None))
        item.number_format = "DD.MM.YYYY HH:MM"
        return item
    if isinstance(value, dt.date):
        item = WriteOnlyCell(sheet, value=value)
        item.number_format = "DD.MM.YYYY"
        return item
    text = _ILLEGAL_XML.sub("", str(value))
    item = WriteOnlyCell(sheet, value=text)
    item.data_type = "s"  # never a formula, whatever the text starts with
    if is_formula_like(text):
        item.quotePrefix = True
    return item


def write_xlsx(data: Any, path: Path, language: str = "de") -> Path:
    def write(target: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        workbook = Workbook(write_only=True)
        bold = Font(bold=True)
        for title, headers, rows in sections(data, language):
            sheet = workbook.create_sheet(title[:31])
            sheet.freeze_panes = "A2"
            for column, width in zip("ABCDEFGHI", (22, 40, 18, 14, 18, 26, 26, 22, 26), strict=False):
                sheet.column_dimensions[column].width = width
            header = []
            for name in headers:
                cell = WriteOnlyCell(sheet, value=name)
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            for row in rows:
                sheet.append([_xlsx_cell(sheet, value) for value in row])
        workbook.save(target)

    return _atomic(path, write)


def write_audit_xlsx(rows: Sequence[Any], path: Path, language: str = "de") -> Path:
    t = _texts(language)
    headers = [t["timestamp"], t["user"], t["entity"], t["entity_id"], t["action"], t["changes"]]
    return write_table(path, headers, ([r.timestamp, r.os_user, r.entity, r.entity_id, r.action, r.changes]
                                       for r in rows), sheet_title=t["audit"])


# --- PDF --------------------------------------------------------------------------------------------------

def write_pdf(data: Any, path: Path, language: str = "de", office: str = "") -> Path:
    def write(target: Path) -> None:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle


        t = _texts(language)
        h1 = style("h1", 16, bold=True, spaceAfter=4 * mm)
        h2 = style("h2", 12, bold=True, spaceBefore=5 * mm, spaceAfter=2 * mm)
        body = style("body", 9)
        cell = style("cell", 8)
        head = style("head", 8, bold=True)
        story: list[Any] = [para(t["title"], h1),
                            para(f"{t['about']}: {data.name}", body),
                            para(f"{t['created']}: {_fmt(data.created, language)}", body)]
        if office:
            story.append(para(f"{t['office']}: {office}", body))
        story += [Spacer(1, 2 * mm), para(t["purpose"], body)]
        width = A4[0] - 30 * mm
        for title, headers, rows in sections(data, language):
            story.append(para(f"{title} ({len(rows)})" if title != t["person"] else title, h2))
            if not rows:
                story.append(para(t["none"], body))
                continue
            if title == t["person"]:
                widths = [width * 0.3, width * 0.7]
            elif title == t["attendance"]:
                headers, rows = headers[:4] + headers[5:7], [r[:4] + r[5:7] for r in rows]
                widths = [width * w for w in (0.14, 0.3, 0.12, 0.12, 0.16, 0.16)]
            elif title == t["audit"]:
                widths = [width * w for w in (0.15, 0.1, 0.1, 0.06, 0.1, 0.49)]
            else:
                widths = [width / len(headers)] * len(headers)
            table_rows: list[list[Paragraph]] = [[para(h, head) for h in headers]]
            table_rows += [[para(_fmt(v, language), cell) for v in row] for row in rows]
            table = LongTable(table_rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(table)

        def footer(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(FONT, 7)
            canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{t['page']} {doc.page}")
            canvas.restoreState()

        document = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                     topMargin=15 * mm, bottomMargin=18 * mm, title=t["title"])
        document.build(story, onFirstPage=footer, onLaterPages=footer)

    return _atomic(path, write)
