"""A server that wants a password: from ~/.pgpass (PGPASSFILE) without asking, otherwise asked for –
PasswordRequired / WrongPassword are the passphrase errors the GUI and CLI already ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models import close_database, open_database
from app.models.database import PassphraseRequired, WrongPassphrase
from tests.postgres.cluster import Cluster


@pytest.fixture
def password_url(pg_cluster: Cluster, pg_url: str) -> str:
    with pg_cluster.admin() as conn:
        conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pw_user') THEN "
                     "CREATE ROLE pw_user LOGIN PASSWORD 'Geheim-123'; END IF; END $$")
        hba = pg_cluster.root / "data" / "pg_hba.conf"
        text = hba.read_text()
        if "pw_user" not in text:
            hba.write_text("local all pw_user scram-sha-256\n" + text)
            conn.execute("SELECT pg_reload_conf()")
    with pg_cluster.admin(pg_url.split(":///")[1].split("?")[0]) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pw_user")
    return pg_url.replace("user=postgres", "user=pw_user")


def test_password_asked_wrong_and_right(password_url: str) -> None:
    with pytest.raises(PassphraseRequired, match="verlangt ein Kennwort"):
        open_database(password_url)
    with pytest.raises(WrongPassphrase):
        open_database(password_url, passphrase="falsch")
    db = open_database(password_url, passphrase="Geheim-123")
    assert db.execute_sql("SELECT current_user").fetchone()[0] == "pw_user"
    close_database()


def test_password_from_pgpass(password_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("*:*:*:pw_user:Geheim-123\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db = open_database(password_url)
    assert db.execute_sql("SELECT current_user").fetchone()[0] == "pw_user"
    close_database()
