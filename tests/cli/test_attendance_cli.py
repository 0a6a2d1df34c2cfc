"""`bruecke attendance`: the sign-in sheet of the demo office's next round table, from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from app import cli
from app.models import Appointment, Attendance, Network


def next_round_table() -> Appointment:
    """The demo office's next round-table meeting (or, if the year's are all held, the latest one)."""
    network = Network.get(Network.kind == "round_table")
    query = Appointment.select().where(Appointment.network == network.id)
    upcoming = query.where(Appointment.start >= dt.datetime(2026, 11, 23)).order_by(Appointment.start).first()
    return upcoming or query.order_by(Appointment.start.desc()).first()


def test_prints_the_next_round_table_sheet(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                           capsys: pytest.CaptureFixture[str]) -> None:
    meeting = next_round_table()
    rows = list(Attendance.select().where(Attendance.appointment == meeting.id))
    assert len(rows) >= 25
    names = [a.snapshot_name for a in rows if a.status in ("invited", "registered", "attended")]
    out = tmp_path / "liste.pdf"
    code = cli.main(["attendance", "--db", str(db_path), "--appointment", str(meeting.id), "--out", str(out),
                     "--blank-rows", "6", "--landscape"])
    assert code == 0, capsys.readouterr().err
    assert "Teilnahmeliste geschrieben" in capsys.readouterr().out
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert meeting.title in text
    for name in names:
        if name.isascii():
            assert name in text
    assert f"Seite {len(reader.pages)} von {len(reader.pages)}" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height


def test_english_blank_sheet_for_two_appointments(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    first, second = Appointment.select().order_by(Appointment.id).limit(2)
    out = tmp_path / "two.pdf"
    code = cli.main(["attendance", "--db", str(db_path), "--appointment", str(first.id), "--appointment",
                     str(second.id), "--out", str(out), "--lang", "en", "--blank", "--blank-rows", "4"])
    assert code == 0, capsys.readouterr().err
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert text.count("List of participants") >= 2 and first.title in text and second.title in text


def test_unknown_appointment_is_one_clear_line_and_exit_1(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    code = cli.main(["attendance", "--db", str(db_path), "--appointment", "999999", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().count("\n") == 0 and "Termin 999999 gibt es nicht" in err
    assert not out.exists()


def test_bad_column_name_is_reported(demo_db, db_path: Path, tmp_path: Path,  # noqa: ANN001
                                     capsys: pytest.CaptureFixture[str]) -> None:
    meeting = next_round_table()
    code = cli.main(["attendance", "--db", str(db_path), "--appointment", str(meeting.id), "--out",
                     str(tmp_path / "x.pdf"), "--columns", "email,schuhgröße"])
    assert code == 1
    assert "schuhgröße" in capsys.readouterr().err
