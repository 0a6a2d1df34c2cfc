"""People and roles on the server, enforced by PostgreSQL: an assistant's own connection cannot read a
confidential appointment's title even with raw SQL; a reader writes nothing; the audit log names the
database user; `bruecke server-init` and `bruecke users …` as the CLI contract spells them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from app.cli import main
from app.models import close_database, open_database
from app.services import appointments, attendance, audit, contacts, lists, search
from tests.postgres.cluster import Cluster
from tests.postgres.conftest import open_signed_in, server_office, sign_in_url

_numbers = itertools.count(1)


@pytest.fixture
def office_url(pg_cluster: Cluster) -> Iterator[str]:
    """A database made by `bruecke server-init` (not from the test template) – run a second time, which must
    change nothing – dropped afterwards."""
    with server_office(pg_cluster) as url:
        assert main(["server-init", url]) == 0  # idempotent
        yield url


def _fill(url: str) -> dict[str, int]:
    open_database(url)
    person = contacts.create_person({"last_name": "Haddad", "first_name": "Rania"})
    secret = appointments.create_appointment({"title": "Vertrauliches Gespräch Hausbesetzung",
                                              "start": "2026-03-02 10:00", "confidential": True,
                                              "agenda": "Namen der Betroffenen"})
    public = appointments.create_appointment({"title": "Runder Tisch Integration", "start": "2026-03-03 10:00"})
    attendance.invite(secret.id, [person.id], status="attended")
    close_database()
    return {"person": person.id, "secret": secret.id, "public": public.id}


def test_assistant_cannot_read_a_confidential_title_even_with_raw_sql(office_url: str, capsys) -> None:  # noqa: ANN001
    ids = _fill(office_url)
    assistant = sign_in_url(office_url, "assistant")
    with psycopg.connect(assistant) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM appointment")]
        assert titles == ["Runder Tisch Integration"]
        assert conn.execute("SELECT count(*) FROM appointment WHERE id = %s", (ids["secret"],)).fetchone() == (0,)
        dumped = " ".join(str(r) for table in ("search_index", "search_word", "audit_entry", "attendance")
                          for r in conn.execute(f"SELECT * FROM {table}"))
        assert "Vertraulich" not in dumped and "vertraulich" not in dumped and "Betroffenen" not in dumped
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO erasure_log (person_id, erased_at, os_user) VALUES (1, now(), 'x')")
    # through Brücke itself: search, lists and counts simply do not know the appointment
    open_database(assistant)
    assert search.search("vertraulich") == []
    assert lists.query("appointment") == [ids["public"]]
    assert [h.label for h in search.search("runder tisch")] == ["Runder Tisch Integration"]
    close_database()
    # the commissioner (administrator here) sees everything
    open_database(office_url)
    assert [h.label for h in search.search("vertraulich")] == ["Vertrauliches Gespräch Hausbesetzung"]


def test_reader_reads_but_writes_nothing(office_url: str) -> None:
    _fill(office_url)
    with psycopg.connect(sign_in_url(office_url, "reader")) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET city = 'X'")


def test_the_audit_log_names_the_database_user(office_url: str) -> None:
    name = open_signed_in(office_url, "commissioner")
    person = contacts.create_person({"last_name": "Öztürk"})
    assert [entry["os_user"] for entry in audit.history("person", person.id)] == [name]


def test_users_list_set_role_and_remove(office_url: str, capsys) -> None:  # noqa: ANN001
    name = f"mira{next(_numbers)}"
    assert main(["users", "add", name, "--role", "assistant", "--db", office_url]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", office_url]) == 0
    assert f"{name}\tassistant\tAssistenz" in capsys.readouterr().out
    assert main(["users", "set-role", name, "reader", "--db", office_url]) == 0
    assert main(["users", "list", "--db", office_url]) == 0
    assert f"{name}\treader\tLesend" in capsys.readouterr().out
    assert main(["users", "remove", name, "--db", office_url]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", office_url]) == 0
    assert name not in capsys.readouterr().out
    assert main(["users", "set-role", "nobody", "reader", "--db", office_url]) == 1
    with pytest.raises(SystemExit) as usage:
        main(["users", "add", "x", "--role", "boss", "--db", office_url])
    assert usage.value.code == 2


def test_assistant_may_not_erase_and_is_told_so(office_url: str) -> None:
    from app.services import erasure
    from app.services.errors import UserError

    ids = _fill(office_url)
    open_database(sign_in_url(office_url, "assistant"))
    with pytest.raises(UserError, match="Berechtigung"):
        erasure.erase_persons([ids["person"]], backup=False)
    assert contacts.get_person(ids["person"]).erased_at is None
    contacts.update_person(ids["person"], {"city": "Lindenau"})  # ordinary work is allowed
    close_database()


def test_a_role_held_through_a_group_of_the_it_counts_as_that_role(office_url: str) -> None:
    """An office's IT often grants roles to its own groups: a login in `office_staff` (a member of
    `bruecke_assistant`) is an assistant – the window must lock for her what the database refuses, and her start
    must not try the office's daily dump (before: treated as an administrator, everything offered)."""
    from app.services import backup_pg, session_role

    _fill(office_url)
    with psycopg.connect(office_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS anna_group_login")
        admin.execute("DROP ROLE IF EXISTS office_staff_group")
        admin.execute("CREATE ROLE office_staff_group NOLOGIN IN ROLE bruecke_assistant")
        admin.execute("CREATE ROLE anna_group_login LOGIN IN ROLE office_staff_group")
    try:
        open_database(office_url.replace("user=postgres", "user=anna_group_login"))
        caps = session_role.capabilities()
        assert caps.role == "assistant"
        assert caps.may_write and not caps.may_erase and not caps.may_see_confidential
        assert not backup_pg.may_dump()
        close_database()
        open_database(office_url)  # the administrator who set the office up: no Brücke role, may do everything
        assert session_role.capabilities().everything and session_role.capabilities().role is None
    finally:
        close_database()
        with psycopg.connect(office_url, autocommit=True) as admin:
            admin.execute("DROP ROLE IF EXISTS anna_group_login")
            admin.execute("DROP ROLE IF EXISTS office_staff_group")


_CONFIDENTIAL_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6\r
DTSTAMP:20260301T090000Z\r
DTSTART:20260310T090000Z\r
DTEND:20260310T100000Z\r
SUMMARY:Gespr\xc3\xa4ch Frauenhaus\r
CLASS:CONFIDENTIAL\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6978877665544332211\r
DTSTAMP:20260301T090000Z\r
DTSTART:20260311T090000Z\r
DTEND:20260311T100000Z\r
SUMMARY:Runder Tisch Schule\r
CLASS:PUBLIC\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_assistant_importing_a_calendar_with_a_confidential_entry_gets_the_rest(office_url: str,
                                                                                  tmp_path) -> None:  # noqa: ANN001
    """The database refuses the assistant a confidential row: before, one such entry failed the whole .ics import;
    now the preview skips it with the reason and the other entries come in. The commissioner takes it as before."""
    import datetime as dt

    from app.services import exchange, session_role

    path = tmp_path / "kalender.ics"
    path.write_bytes(_CONFIDENTIAL_ICS)
    open_signed_in(office_url, "assistant")
    assert not session_role.capabilities().may_see_confidential
    preview = exchange.preview(path, "appointments", today=dt.date(2026, 3, 1))
    actions = {row.label: (row.action, row.reason) for row in preview.rows}
    assert actions["Gespräch Frauenhaus"][0] == "skip" and "vertraulich" in actions["Gespräch Frauenhaus"][1]
    assert actions["Runder Tisch Schule"][0] == "create"
    assert exchange.commit(preview, backup=False).created == 1
    close_database()
    open_signed_in(office_url, "commissioner")
    preview = exchange.preview(path, "appointments", today=dt.date(2026, 3, 1))
    assert {row.label: row.action for row in preview.rows}["Gespräch Frauenhaus"] == "create"
    close_database()
