from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.models import Attendance, AuditEntry, ErasureLog, Person
from app.services import appointments, attendance, contacts, erasure, networks, privacy, search
from app.services.errors import UserError, ValidationError


@pytest.fixture
def office(db):  # noqa: ANN001, ANN201
    org = contacts.create_organization({"name": "Caritas Lindenau", "city": "Lindenau"})
    person = contacts.create_person({
        "first_name": "Rūta", "last_name": "Žemaitytė", "organization": org.id, "function": "Beraterin",
        "email": "ruta.z@example.org", "phone": "0151 2345678", "city": "Lindenau",
        "notes": "=HYPERLINK(\"http://evil\")", "legal_basis": "Art. 6 Abs. 1 lit. a DSGVO",
        "consent_date": "2025-03-01", "consent_purpose": "Einladungen", "consent_how": "schriftlich"})
    other = contacts.create_person({"first_name": "Jonas", "last_name": "Weber", "city": "Lindenau"})
    network = networks.create_network({"name": "Runder Tisch Integration", "kind": "round_table"})
    networks.add_member(network.id, person=person.id, role="chair")
    meeting = appointments.create_appointment({"title": "Sitzung Frühjahr", "start": "2025-04-02 10:00",
                                               "status": "held"})
    attendance.invite(meeting.id, [person.id, other.id], status="attended")
    contacts.update_person(person.id, {"function": "Leitung Migrationsberatung"})
    return {"person": person, "other": other, "network": network, "meeting": meeting, "org": org}


def test_information_covers_record_memberships_attendance_and_audit(office) -> None:  # noqa: ANN001
    data = privacy.person_data(office["person"].id)
    fields = dict(data.fields)
    assert fields["Nachname"] == "Žemaitytė" and fields["Organisation"] == "Caritas Lindenau"
    assert fields["Einwilligung am"] == "01.03.2025" and fields["Zweck der Einwilligung"] == "Einladungen"
    assert [m["network"] for m in data.memberships] == ["Runder Tisch Integration"]
    assert [a["appointment"] for a in data.attendance] == ["Sitzung Frühjahr"]
    actions = {(e["entity"], e["action"]) for e in data.audit}
    assert {("person", "create"), ("person", "update"), ("attendance", "create")} <= actions


def test_information_as_pdf_and_excel(office, tmp_path: Path) -> None:  # noqa: ANN001
    pdf = privacy.export_person(office["person"].id, tmp_path / "auskunft.pdf")
    text = " ".join(unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(pdf).pages)).split())
    for expected in ("Auskunft nach Art. 15 DSGVO", "Žemaitytė", "Runder Tisch Integration", "Sitzung Frühjahr",
                     "Leitung Migrationsberatung", "Änderungsprotokoll"):
        assert expected in text
    xlsx = privacy.export_person(office["person"].id, tmp_path / "auskunft.xlsx", language="en")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Stored data", "Memberships", "Attendance", "Change log"]
    values = {row[0]: row[1] for row in book["Stored data"].iter_rows(min_row=2, values_only=True)}
    assert values["Notes"] == "=HYPERLINK(\"http://evil\")"  # text, not a formula
    notes_cell = next(c for c in book["Stored data"]["B"] if c.value == values["Notes"])
    assert notes_cell.data_type == "s"
    assert not list(tmp_path.glob(".~*"))
    with pytest.raises(UserError, match="pdf oder .xlsx"):
        privacy.export_person(office["person"].id, tmp_path / "auskunft.doc")


def test_erasure_anonymises_but_keeps_the_counts(office) -> None:  # noqa: ANN001
    person, meeting = office["person"], office["meeting"]
    before = attendance.counts(meeting.id)
    erasure.erase_person(person.id)
    erased = Person.get_by_id(person.id)
    assert erased.last_name == privacy.ERASED and erased.first_name == "" and erased.email == ""
    assert erased.consent_date is None and erased.notes == "" and erased.erased_at is not None
    assert erased.organization_id == office["org"].id  # the institution is no personal data
    assert attendance.counts(meeting.id) == before
    row = Attendance.get(Attendance.person == person.id)
    assert row.snapshot_name == privacy.ERASED and row.snapshot_function == "" and row.status == "attended"
    assert search.search("zemaityte") == [] and search.search("Žemaitytė") == []
    assert ErasureLog.select().where(ErasureLog.person_id == person.id).count() == 1
    everything = " ".join(e.changes for e in AuditEntry.select())
    for value in ("Žemaitytė", "Rūta", "ruta.z@example.org", "0151 2345678", "Beraterin", "HYPERLINK"):
        assert value not in everything
    # the other participant's history keeps its values – including the shared city
    other_create = AuditEntry.get((AuditEntry.entity == "person") & (AuditEntry.entity_id == office["other"].id))
    assert json.loads(other_create.changes)["city"] == [None, "Lindenau"]
    assert Person.get_by_id(office["other"].id).last_name == "Weber"
    with pytest.raises(UserError, match="bereits gelöscht"):
        erasure.erase_person(person.id)


def test_erasure_makes_a_backup_first(office, db_path: Path) -> None:  # noqa: ANN001
    erasure.erase_person(office["person"].id)
    assert [p.name.split("-")[-1] for p in (db_path.parent / "backups").glob("*.db")] == ["erasure.db"]


def test_consent_fields_are_validated(office) -> None:  # noqa: ANN001
    pid = office["person"].id
    privacy.set_consent(pid, {"consent_withdrawn": "2025-06-01"})
    assert privacy.consent(pid)["consent_withdrawn"] == dt.date(2025, 6, 1)
    with pytest.raises(ValidationError):
        privacy.set_consent(pid, {"consent_withdrawn": "2024-01-01"})
    with pytest.raises(UserError, match="Keine Einwilligungsfelder"):
        privacy.set_consent(pid, {"last_name": "X"})


def test_retention_review_lists_only_persons_without_recent_activity(office) -> None:  # noqa: ANN001
    idle = contacts.create_person({"last_name": "Ruhig"})
    Person.update(created_at=dt.datetime(2019, 1, 1), updated_at=dt.datetime(2019, 1, 1)).where(Person.id.in_(
        [idle.id, office["person"].id, office["other"].id])).execute()
    today = dt.date(2029, 1, 1)  # the meeting (2025-04-02) is more than 3 years ago
    ids = [c.person_id for c in privacy.retention_candidates(3, today)]
    assert idle.id in ids and office["other"].id in ids
    assert office["person"].id not in ids  # a running membership (chair, no end) is activity
    assert [c.person_id for c in privacy.retention_candidates(5, today)] == [idle.id]
    privacy.archive_persons([idle.id])
    assert Person.get_by_id(idle.id).archived
    assert idle.id in [c.person_id for c in privacy.retention_candidates(3, today)]  # still up for erasure
    assert erasure.erase_persons([idle.id, office["other"].id]) == 2
    assert idle.id not in [c.person_id for c in privacy.retention_candidates(3, today)]


def test_audit_log_per_record_and_period_and_export(office, tmp_path: Path) -> None:  # noqa: ANN001
    pid = office["person"].id
    rows = privacy.audit_log(entity="person", entity_id=pid)
    assert [r.action for r in rows] == ["update", "create"]
    assert "Beraterin → Leitung Migrationsberatung" in rows[0].changes
    today = dt.date.today()
    assert len(privacy.audit_log(today, today)) == AuditEntry.select().count()
    assert privacy.audit_log(today - dt.timedelta(days=10), today - dt.timedelta(days=1)) == []
    path = privacy.export_audit(rows, tmp_path / "protokoll.xlsx")
    sheet = load_workbook(path).active
    assert sheet.max_row == 3 and sheet["E2"].value == "update"
