"""`bruecke import` with export profiles: --show-mapping, --profile, --map, exit codes, the instance lock."""

from __future__ import annotations

from pathlib import Path

from app.models import close_database, open_database
from app.services import instance_lock
from tests.cli.conftest import Runner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _titles(db: Path) -> list[tuple[str, str]]:
    database = open_database(db)
    try:
        return list(database.execute_sql("SELECT title, status FROM appointment ORDER BY start"))
    finally:
        close_database()


def test_show_mapping_names_profile_and_columns(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "google_contacts.csv", "--kind", "persons", "--show-mapping", "--db", db)
    assert run.code == 0
    assert "Profil: Google Kontakte (google)" in run.out
    assert "E-mail 1 - Value → E-Mail (email)" in run.out and "E-mail 1 - Label → – nicht übernommen –" in run.out
    assert "Organization Title → Funktion (function)" in run.out
    assert "Importiert" not in run.out


def test_outlook_calendar_imports_on_the_cli(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "outlook_kalender_de.csv", "--kind", "appointments", "--db", db)
    assert run.code == 0, run.err
    assert "Profil: Outlook-Kalender (deutsch)" in run.out and "5 neu angelegt" in run.out
    titles = dict(_titles(db))
    assert titles["Runder Tisch Integration"] == "held" and titles["AG Sprache"] == "cancelled"
    assert "Urlaub" not in titles and "Zahnarzt" not in titles


def test_unmappable_required_field_exits_1_with_the_fix(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "outlook_kalender_de.csv", "--kind", "appointments", "--map", "Betreff=",
                  "--db", db)
    assert run.code == 1
    assert "Betreff → – nicht übernommen –" in run.out
    assert "Thema" in run.err and '--map "Spaltentitel=title"' in run.err
    assert _titles(db) == []
    fixed = bruecke("import", FIXTURES / "outlook_kalender_de.csv", "--kind", "appointments", "--map", "Betreff=title",
                    "--db", db)
    assert fixed.code == 0 and len(_titles(db)) == 5


def test_profile_none_and_unknown_profile(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    run = bruecke("import", FIXTURES / "thunderbird_de.csv", "--kind", "persons", "--profile", "none",
                  "--show-mapping", "--db", db)
    assert run.code == 0 and "Profil: keins erkannt" in run.out
    bad = bruecke("import", FIXTURES / "thunderbird_de.csv", "--kind", "persons", "--profile", "lotus", "--db", db)
    assert bad.code == 1 and "Unbekanntes Profil" in bad.err


def test_import_waits_for_the_instance_lock_then_says_who(bruecke: Runner, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    open_database(db)
    close_database()
    lock = instance_lock.acquire(db)
    try:
        run = bruecke("import", FIXTURES / "thunderbird_de.csv", "--kind", "persons", "--wait", "0.6", "--db", db)
    finally:
        lock.release()
    assert run.code == 1 and "arbeitet bereits" in run.err and "warte bis zu" in run.err
    again = bruecke("import", FIXTURES / "thunderbird_de.csv", "--kind", "persons", "--db", db)
    assert again.code == 0 and "2 neu angelegt" in again.out
