"""`bruecke check` on the office server checks the server database for real (issue 13, round 3).

It used to answer "ok" for integrity and foreign keys without asking the server anything. Now each check is
named in the output, every problem makes the exit code 1 (as on SQLite), and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from app.cli import main
from app.models import close_database, open_database
from app.services import appointments, contacts, maintenance, networks
from tests.postgres.cluster import Cluster
from tests.postgres.conftest import server_office, sign_in_url


@pytest.fixture
def office_url(pg_cluster: Cluster) -> Iterator[str]:
    """An office set up by `bruecke server-init` (roles, grants, row-level security) with a few records."""
    with server_office(pg_cluster, "checkoffice") as url:
        open_database(url)
        org = contacts.create_organization({"name": "VHS Lindenau"})
        contacts.create_person({"last_name": "Haddad", "first_name": "Rania", "organization": org.id})
        networks.create_network({"name": "Runder Tisch Integration"})
        appointments.create_appointment({"title": "Sprechstunde", "start": "2026-03-02 10:00"})
        appointments.create_appointment({"title": "Vertrauliches Gespräch", "start": "2026-03-03 10:00",
                                         "confidential": True})
        close_database()
        yield url


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


def _check(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    close_database()
    code = main(["check", "--db", url])
    return code, capsys.readouterr().out


def test_a_healthy_office_names_every_check_and_passes(office_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _check(office_url, capsys)
    assert code == 0, out
    assert "Integrität:        ok" in out and "Fremdschlüssel:    ok" in out
    for expected in ("Schema-Version 4 passt zu diesem Programm", "Erweiterungen vorhanden: pg_trgm, unaccent",
                     "Indizes vollständig und gültig", "Trigger vorhanden und aktiv",
                     "Zeilenschutz für Assistenz und Lesende aktiv (9 Tabellen)",
                     "Fremdschlüssel vorhanden und geprüft", "Suchindex passt zu den Datensätzen"):
        assert expected in out, out
    assert "übersprungen  Indexstruktur nicht geprüft (übersprungen): Erweiterung amcheck nicht installiert" in out
    assert "PROBLEM" not in out
    assert "Kontakte:        1" in out


def test_each_broken_part_is_named_and_fails_the_check(office_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _admin(office_url) as conn:
        conn.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'person_last_name'::regclass")
        conn.execute("DROP INDEX appointment_start")
        conn.execute("ALTER TABLE person DISABLE TRIGGER person_next_id")
        conn.execute("DROP TRIGGER appointment_notify_insert ON appointment")
        conn.execute("DROP TRIGGER audit_entry_signed_in_user ON audit_entry")
        conn.execute("ALTER TABLE appointment DISABLE ROW LEVEL SECURITY")
        conn.execute("DROP POLICY bruecke_limited_read ON search_index")
        conn.execute("REVOKE SELECT ON SEQUENCE audit_entry_id_seq FROM bruecke_commissioner")
        conn.execute("ALTER TABLE person DROP CONSTRAINT person_organization_id_fkey")
        conn.execute("UPDATE person SET organization_id = 999")
        person = conn.execute("SELECT id FROM person").fetchone()[0]
        conn.execute("DELETE FROM search_index WHERE rowid = %s", (1_000_000_000 + person,))
        conn.execute("INSERT INTO search_index (rowid, key, name, kind, ref_id, label, detail) "
                     "VALUES (3000000077, 'x', 'x', 'network', 77, 'Weg', '')")
        conn.execute("INSERT INTO search_word (word, entry, kind_order, name_len) VALUES ('geist', 2000000555, 0, 5)")
    code, out = _check(office_url, capsys)
    assert code == 1
    for expected in (
            "Index person_last_name auf person ist ungültig (abgebrochener Aufbau)",
            "Index appointment_start auf appointment fehlt",
            "Trigger person_next_id auf person ist abgeschaltet (neue Nummern)",
            "Trigger appointment_notify_insert auf appointment fehlt (Live-Aktualisierung",
            "Trigger audit_entry_signed_in_user auf audit_entry fehlt (Anmeldename im Protokoll)",
            "Zeilenschutz auf appointment ist aus",
            "Zeilenschutz-Regel bruecke_limited_read auf search_index fehlt",
            "Beauftragte können das Büro nicht sichern: kein Leserecht auf audit_entry_id_seq",
            f"Fremdschlüssel person.organization_id → organization fehlt; verwaiste Verweise: 1 (Nr. {person})",
            f"Suchindex: 1 × Kontakt ohne Eintrag (Nr. {person})",
            "Suchindex: 1 Einträge für Gremium ohne Datensatz (Nr. 77)",
            "Suchindex: 4 Suchwörter ohne Eintrag"):  # the deleted entry's three and one stray
        assert expected in out, (expected, out)
    assert out.count("PROBLEM") == 12
    assert "Integrität:        12 Problem(e)" in out and "Fremdschlüssel:    1 Problem(e)" in out


def test_schema_version_and_extensions(office_url: str) -> None:
    with _admin(office_url) as conn:
        conn.execute("UPDATE schema_version SET version = 3")
        conn.execute("DROP EXTENSION pg_trgm CASCADE")  # takes the search's trigram index with it
    from app.models.postgres import open_postgres

    db = open_postgres(office_url, migrate_schema=False)
    report = maintenance.check()
    texts = [f.text for f in report.findings if f.state == "problem"]
    assert not report.ok
    assert any(t.startswith("Schema-Version 3, dieses Programm erwartet 4") for t in texts), texts
    assert any("Erweiterung pg_trgm fehlt" in t for t in texts), texts
    assert any("Index search_index_key_trgm auf search_index fehlt" in t for t in texts), texts
    db.close()


def test_amcheck_runs_when_installed_and_is_skipped_for_a_role_without_the_right(
        office_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _admin(office_url) as conn:
        conn.execute("CREATE EXTENSION amcheck")
    code, out = _check(office_url, capsys)
    assert code == 0, out
    assert "ok            Indexstruktur mit amcheck geprüft (" in out
    code, out = _check(sign_in_url(office_url, "assistant", "assist_check"), capsys)
    assert code == 0, out
    assert "diese Anmeldung darf amcheck nicht benutzen" in out
    assert "Suchindex passt zu den Datensätzen" in out  # what she may see is consistent


def test_a_damaged_btree_index_is_named(office_url: str, pg_cluster: Cluster,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with _admin(office_url) as conn:
        conn.execute("CREATE EXTENSION amcheck")
        # an index whose order no longer matches its operator class: what a changed collation does to an index
        conn.execute("CREATE FUNCTION bad_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE AS "
                     "$$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$")
        conn.execute("CREATE OPERATOR CLASS bad_ops FOR TYPE text USING btree AS OPERATOR 1 <, OPERATOR 2 <=, "
                      "OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 bad_cmp(text, text)")
        for name in ("Zander", "Abel", "Meier"):
            conn.execute("INSERT INTO person (created_at, updated_at, uuid, salutation, title, first_name, last_name, "
                         "function, email, phone, mobile, street, postal_code, city, country, languages, notes, "
                         "legal_basis, consent_purpose, consent_how, archived) VALUES (now(), now(), "
                         "gen_random_uuid()::text, '', '', '', %s, '', '', '', '', '', '', '', '', '', '', '', '', '', "
                         "false)", (name,))
        conn.execute("CREATE INDEX person_damaged ON person (last_name bad_ops)")
        conn.execute("CREATE OR REPLACE FUNCTION bad_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE AS "
                     "$$ SELECT CASE WHEN $1 < $2 THEN 1 WHEN $1 > $2 THEN -1 ELSE 0 END $$")
    close_database()
    from app.models.postgres import open_postgres

    open_postgres(office_url, migrate_schema=False)
    report = maintenance.check()
    damaged = [f.text for f in report.findings if f.state == "problem" and f.topic == "btree"]
    assert damaged and damaged[0].startswith("Index person_damaged ist beschädigt:"), report.findings


def test_sqlite_check_is_unchanged(tmp_path) -> None:  # noqa: ANN001
    close_database()
    open_database(tmp_path / "office.db")
    contacts.create_person({"last_name": "Haddad"})
    report = maintenance.check()
    assert report.findings == () and report.integrity == "ok" and report.foreign_keys == "ok" and report.ok
    assert report.sqlite_version[:1].isdigit()
    close_database()


def test_the_demo_office_passes_without_roles_set_up(demo_db) -> None:  # noqa: ANN001
    report = maintenance.check()
    problems = [f.text for f in report.findings if f.state == "problem"]
    assert problems == [] and report.ok
    assert [f.text for f in report.findings if f.topic == "row_security"] == \
        ["Zeilenschutz nicht geprüft: Rollen noch nicht eingerichtet (bruecke server-init)"]
    assert report.counts["Kontakte"] > 100
