"""Files for the office: rejected rows with their reasons, empty templates; labels for the wizard."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.io.export import write_table
from app.models import Appointment, Network
from app.services.imports.classify import Preview
from app.services.imports.mapping import ImportError_
from app.services.imports.targets import KIND_LABELS, KINDS
from app.services.messages import t


def write_rejected(preview_: Preview, path: Path) -> Path:
    """The rows with errors, as they were, plus row number and reason – to fix and import again."""
    headers = list(preview_.layout.headers) + ["Zeile", "Grund"]
    width = len(preview_.layout.headers)

    def rows() -> Iterable[list[object]]:
        for row in preview_.rows:
            if row.action != "error":
                continue
            cells = list(row.raw[:width]) + [None] * (width - len(row.raw[:width]))
            yield cells + [row.number, row.reason.partition(": ")[2] or row.reason]

    return write_table(path, headers, rows(), sheet_title="Abgelehnte Zeilen")


TEMPLATE_COLUMNS = {
    "persons": ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon",
                "Mobil", "Straße", "PLZ", "Ort", "Land", "Sprachen", "Einwilligung am", "Notizen"),
    "appointments": ("Datum", "von", "bis", "Thema", "Art", "Ort", "Status", "Gremium", "Tagesordnung",
                     "Erwartete Teilnehmende"),
    "attendance": ("Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon",
                   "Status", "Rolle"),
}


def write_template(kind: str, path: Path) -> Path:
    """An empty list with the column titles the import recognises."""
    if kind not in KINDS:
        raise ImportError_(t("import_kind_unknown", kind=kind))
    return write_table(path, TEMPLATE_COLUMNS[kind], [], sheet_title=KIND_LABELS[kind][:31])


def appointment_label(appointment_id: int) -> str:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        return ""
    return f"{appointment.start:%d.%m.%Y} – {appointment.title}"


def appointment_choices(limit: int = 300) -> list[tuple[int, str]]:
    """(id, "09.07.2025 – Titel") of the latest appointments, newest first, for choosing a registration list's."""
    rows = (Appointment.select(Appointment.id, Appointment.title, Appointment.start)
            .order_by(Appointment.start.desc()).limit(limit))
    return [(row.id, f"{row.start:%d.%m.%Y} – {row.title}") for row in rows]


def network_names() -> list[str]:
    return [n.name for n in Network.select(Network.name).order_by(Network.name)]
