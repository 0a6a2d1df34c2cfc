"""`bruecke import FILE.ics|.vcf`, `bruecke export … --out FILE.ics|.vcf`, `bruecke export members`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app import cli
from app.models import Appointment, AppointmentSeries, Network, Person

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_ics_twice_and_undo(db, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "import", str(FIXTURES / "outlook_kalender.ics"), "--kind", "appointments",
                         "--db", str(db_path))
    assert code == 0, err
    assert "Erkannt: Outlook (iCalendar), 7 Einträge" in out
    assert "übersprungen  Zahnarzt" in out and "privat" in out
    assert "Importiert (Import Nr. 1): 14 neu angelegt" in out
    assert AppointmentSeries.select().count() == 1
    code, out, _ = run(capsys, "import", str(FIXTURES / "outlook_kalender.ics"), "--kind", "appointments",
                       "--db", str(db_path))
    assert code == 0 and "0 neu angelegt, 0 aktualisiert" in out
    assert Appointment.select().count() == 14
    code, out, err = run(capsys, "import-undo", "1", "--db", str(db_path))
    assert code == 0, err
    assert Appointment.select().count() == 0 and AppointmentSeries.select().count() == 0


def test_import_vcf_dry_run_and_wrong_kind(db, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    code, out, _ = run(capsys, "import", str(FIXTURES / "android_v21.vcf"), "--kind", "persons", "--dry-run",
                       "--db", str(db_path))
    assert code == 0 and "Android (vCard 2.1)" in out and "Ayşe Yılmaz" in out and "nichts gespeichert" in out
    assert Person.select().count() == 0
    code, _, err = run(capsys, "import", str(FIXTURES / "android_v21.vcf"), "--kind", "appointments",
                       "--db", str(db_path))
    assert code == 1 and "--kind persons" in err
    code, out, _ = run(capsys, "import", str(FIXTURES / "outlook_kontakt.vcf"), "--kind", "persons", "--dry-run",
                       "--db", str(db_path))
    assert code == 0 and "(vCard), 1 Eintrag\n" in out  # not "1 Einträge"


def test_exports(demo_db, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    network = Network.get(Network.kind == "round_table")
    ics = tmp_path / "termine.ics"
    code, out, err = run(capsys, "export", "appointments", "--out", str(ics), "--from", "2026-01-01",
                         "--to", "2026-12-31", "--network", str(network.id), "--todos", "--db", str(db_path))
    assert code == 0, err
    expected = Appointment.select().where((Appointment.network == network.id)
                                          & (Appointment.start.year == 2026)).count()
    assert f"{expected} Termine exportiert" in out
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    vcf = tmp_path / "mitglieder.vcf"
    code, out, err = run(capsys, "export", "persons", "--out", str(vcf), "--network", str(network.id),
                         "--db", str(db_path))
    assert code == 0, err
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") >= 5
    xlsx = tmp_path / "serienbrief.xlsx"
    code, out, err = run(capsys, "export", "members", "--network", str(network.id), "--out", str(xlsx),
                         "--db", str(db_path))
    assert code == 0, err
    rows = list(openpyxl.load_workbook(xlsx, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "Briefanrede"
    assert all(str(r[0]).startswith(("Sehr geehrte", "Guten Tag")) for r in rows[1:])
    code, _, err = run(capsys, "export", "members", "--out", str(xlsx), "--db", str(db_path))
    assert code == 1 and "--network" in err
    code, _, err = run(capsys, "export", "persons", "--out", str(tmp_path / "x.ics"), "--db", str(db_path))
    assert code == 1 and ".ics" in err
    code, _, err = run(capsys, "export", "appointments", "--out", str(ics), "--from", "gestern",
                       "--db", str(db_path))
    assert code == 1 and "gestern" in err


def test_calendar_options_are_not_silently_ignored_for_spreadsheets(db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "persons", "--out", str(tmp_path / "k.xlsx"), "--network", "1",
                       "--db", str(db_path))
    assert code == 1 and "--network gilt nur für .ics-/.vcf-Dateien" in err
    code, _, err = run(capsys, "export", "persons", "--out", str(tmp_path / "k.xlsx"), "--db", str(db_path))
    assert code == 0, err
