"""A small office for the report tests, built with the services (no fixture file, no mocks)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from app.services import appointments, attendance, contacts, networks, settings

CONFIDENTIAL_TITLE = "Beratung Familie Kowalczyk"


@dataclass
class Office:
    ids: dict[str, int]
    names: dict[str, str]


def build_office() -> Office:
    settings.update({"office_name": "Integrationsbüro Lindenau", "commissioner": "Dr. Katharina Brandt"})
    caritas = contacts.create_organization({"name": "Caritas Lindenau", "sector": "welfare_association",
                                            "is_partner": True, "partner_since": "2025-03-01", "city": "Lindenau"})
    vhs = contacts.create_organization({"name": "VHS <Lindenau> & Umland", "sector": "education_provider",
                                        "is_partner": True, "partner_since": "2019-01-01"})
    anna = contacts.create_person({"first_name": "Anna", "last_name": "Müller", "organization": caritas.id})
    fatima = contacts.create_person({"first_name": "فاطمة", "last_name": "حسن", "organization": vhs.id})
    jonas = contacts.create_person({"first_name": "Jonas", "last_name": "Geheimrath"})
    net = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table",
                                   "rhythm": "vierteljährlich"})
    networks.add_member(net.id, organization=caritas.id)
    networks.add_member(net.id, organization=vhs.id)
    field = appointments.fields_of_action()[0].id
    ids = {}
    ids["meeting"] = appointments.create_appointment(
        {"title": "Runder Tisch im Frühjahr", "start": "2025-03-12 10:00", "end": "2025-03-12 12:00",
         "status": "held", "kind": "committee_session", "network": net.id, "location": "Landratsamt, Saal 1"},
        fields=[field]).id
    attendance.invite(ids["meeting"], [anna.id, fatima.id], status="attended")
    ids["secret"] = appointments.create_appointment(
        {"title": CONFIDENTIAL_TITLE, "start": "2025-05-06 14:00", "status": "held", "kind": "counselling_hours",
         "confidential": True, "location": "Frauenhaus Lindenau"}).id
    attendance.invite(ids["secret"], [jonas.id], status="attended")
    ids["silvester"] = appointments.create_appointment(
        {"title": "Silvesterempfang =SUMME(A1:A9)", "start": "2025-12-31 22:00", "end": "2026-01-01 01:00",
         "status": "held", "kind": "other"}).id
    attendance.invite(ids["silvester"], [anna.id], status="attended")
    ids["cancelled"] = appointments.create_appointment(
        {"title": "Fachtag Sprache", "start": "2025-09-09 09:00", "status": "cancelled", "kind": "conference"}).id
    ids["last_year"] = appointments.create_appointment(
        {"title": "Runder Tisch 2024", "start": "2024-10-01 10:00", "status": "held",
         "kind": "committee_session", "network": net.id}).id
    attendance.invite(ids["last_year"], [anna.id], status="attended")
    return Office(ids, {"anna": "Anna Müller", "fatima": "فاطمة حسن", "jonas": "Jonas Geheimrath"})


def pdf_pages(path: Path) -> list[str]:
    """Extracted text per page, NFKC-normalised (Arabic comes out as presentation forms otherwise)."""
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def summary_numbers(pages: list[str], label: str) -> tuple[int, int]:
    """(current, previous) printed after `label` in the summary table: the two numbers that follow the label,
    on its line (a table row extracts as one line) or on the next lines (one cell per line)."""
    number = r"[\s\u00a0]+(\d{1,3}(?:[.,]\d{3})*)"
    pattern = re.compile(rf"(?:^|\n)\s*{re.escape(label)}{number}{number}(?![\d.,]*\s*%)")
    for text in pages:
        match = pattern.search(text)
        if match:
            return int(re.sub(r"[.,]", "", match.group(1))), int(re.sub(r"[.,]", "", match.group(2)))
    raise AssertionError(f"{label!r} not in the PDF")
