"""Erasure reaches free text that names the person (issue 17 #8)."""

from __future__ import annotations

from pathlib import Path

from app.models import Appointment, Network, Organization, Person
from app.services import appointments, contacts, erasure, networks, search


def test_erasure_scrubs_titles_agendas_outcomes_and_notes_and_says_so(db, db_path: Path) -> None:
    person = contacts.create_person({"salutation": "Frau", "first_name": "Ottilie", "last_name": "Quxbelwintzer",
                                     "email": "o.quxbelwintzer@example.org"})
    other = contacts.create_person({"first_name": "Karl", "last_name": "Neumann",
                                    "notes": "Kennt Ottilie Quxbelwintzer aus dem Beirat."})
    meeting = appointments.create_appointment({
        "title": "Gespräch mit Frau Quxbelwintzer", "start": "2025-05-05 10:00",
        "agenda": "1. Anliegen von ottilie quxbelwintzer\n2. Verschiedenes",
        "outcome": "Rückmeldung an o.quxbelwintzer@example.org bis Freitag"})
    untouched = appointments.create_appointment({"title": "Sitzung Beirat", "start": "2025-05-06 10:00",
                                                 "agenda": "Quxbelwintzer-Straße (Ortsbegehung)"})
    org = Organization.create(name="Verein", notes="Ansprechpartnerin: Quxbelwintzer, Ottilie")
    network = networks.create_network({"name": "AG Sprache", "kind": "working_group",
                                       "description": "Leitung: Frau Quxbelwintzer"})
    assert search.search("Quxbelwintzer")
    summary = erasure.erase_person(person.id, backup=False)
    meeting = Appointment.get_by_id(meeting.id)
    assert meeting.title == "Gespräch mit [gelöscht]"
    assert "quxbelwintzer" not in (meeting.agenda + meeting.outcome).lower()
    assert "[gelöscht]" in meeting.agenda and "[gelöscht]" in meeting.outcome
    assert "Quxbelwintzer" not in Person.get_by_id(other.id).notes
    assert "Quxbelwintzer" not in Organization.get_by_id(org.id).notes
    assert "Quxbelwintzer" not in Network.get_by_id(network.id).description
    # a street named like the person is not the person: only name forms, e-mail and phone are replaced
    assert Appointment.get_by_id(untouched.id).agenda == "Quxbelwintzer-Straße (Ortsbegehung)"
    assert summary.erased == 1 and summary.scrubbed["appointments"] == 1
    text = summary.text()
    assert "1 Termin" in text and "[gelöscht]" in text
    assert [h.id for h in search.search("Gespräch mit Frau Quxbelwintzer")] == []
    hits = search.search("Quxbelwintzer")
    assert all(h.kind != "person" and h.id != meeting.id for h in hits)
    raw = db_path.read_bytes().lower()
    assert b"o.quxbelwintzer@example.org" not in raw and b"ottilie quxbelwintzer" not in raw


def test_erasure_summary_in_english(db) -> None:
    from app.services import messages

    person = contacts.create_person({"first_name": "Ilse", "last_name": "Brandtner"})
    appointments.create_appointment({"title": "Termin Ilse Brandtner", "start": "2025-01-02 09:00"})
    messages.set_language("en")
    try:
        text = erasure.erase_person(person.id, backup=False).text()
    finally:
        messages.set_language("de")
    assert text.startswith("1 contact anonymised.") and "1 appointment" in text
