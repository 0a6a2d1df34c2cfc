"""`bruecke migrate`: the demo office from its SQLite file to the server and back, everything verified."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli import main
from app.models import Appointment, AuditEntry, Person, close_database, open_database
from app.services import search
from app.services.errors import UserError
from app.services.office_migration import migrate_office


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_office_to_the_server_and_back(demo_template: Path, pg_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    source = tmp_path / "office.db"
    source.write_bytes(demo_template.read_bytes())
    before = _sha(source)
    assert main(["migrate", "--from", str(source), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Kopiert und geprüft" in out and "Prüfsumme" in out
    assert _sha(source) == before  # the source untouched

    open_database(source)
    expected = (Person.select().count(), Appointment.select().count(), AuditEntry.select().count(),
                [p.uuid for p in Person.select().order_by(Person.id)][:50], search.search("integration")[:5])
    close_database()
    open_database(pg_url)
    assert (Person.select().count(), Appointment.select().count(), AuditEntry.select().count(),
            [p.uuid for p in Person.select().order_by(Person.id)][:50], search.search("integration")[:5]) == expected
    last_audit = max(e.id for e in AuditEntry.select(AuditEntry.id))
    from app.services import contacts

    contacts.create_person({"last_name": "Neu auf dem Server"})  # numbering continues after the copied rows
    assert max(e.id for e in AuditEntry.select(AuditEntry.id)) == last_audit + 1
    close_database()

    back = tmp_path / "back.db"
    result = migrate_office(pg_url, back)
    assert result.counts["person"] == expected[0] + 1 and len(result.checksum) == 64
    open_database(back)
    assert Person.select().count() == expected[0] + 1 and search.search("integration")[:5] == expected[4]
    close_database()


def test_a_target_with_data_is_refused(db, pg_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    from app.services import contacts

    contacts.create_person({"last_name": "Schon da"})
    close_database()
    source = tmp_path / "small.db"
    open_database(source)
    close_database()
    with pytest.raises(UserError, match="schon Daten"):
        migrate_office(source, pg_url)
