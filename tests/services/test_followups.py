"""Follow-ups (Wiedervorlagen): validation, buckets by due date, completion, links, CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import FollowUp, Person
from app.services import followups
from app.services.errors import ValidationError

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def _make(title: str, due: dt.date | None, **extra: object) -> int:
    return followups.create_follow_up({"title": title, "due_date": due, **extra}).id


def test_validation_names_the_field_and_writes_nothing(db: object) -> None:
    with pytest.raises(ValidationError) as error:
        followups.create_follow_up({"title": "", "due_date": None})
    assert set(error.value.errors) == {"title", "due_date"}
    with pytest.raises(ValidationError) as error:
        followups.create_follow_up({"title": "Protokoll", "due_date": "32.13.2026"})
    assert "due_date" in error.value.errors
    with pytest.raises(ValidationError):
        followups.create_follow_up({"title": "x", "due_date": TODAY, "person": 999})
    assert FollowUp.select().count() == 0


def test_buckets(db: object) -> None:
    overdue = _make("Protokoll verschicken", TODAY - dt.timedelta(days=9))
    today = _make("Raum buchen", TODAY)
    week = _make("Einladung", TODAY + dt.timedelta(days=4))  # Sunday of this week
    later = _make("Haushalt", TODAY + dt.timedelta(days=5))  # next Monday
    done = _make("Erledigt", TODAY - dt.timedelta(days=20), done=True)

    def ids(bucket: str) -> list[int]:
        return [r.id for r in followups.follow_ups(bucket, TODAY)]
    assert ids("overdue") == [overdue]
    assert ids("today") == [today]
    assert ids("week") == [week]
    assert ids("due") == [overdue, today]
    assert ids("open") == [overdue, today, week, later]
    assert ids("done") == [done]
    assert followups.counts(TODAY) == {"overdue": 1, "today": 1, "week": 1, "open": 4, "done": 1}
    assert followups.follow_ups("overdue", TODAY)[0].overdue(TODAY)


def test_complete_sets_and_clears_done_at(db: object) -> None:
    item = _make("Protokoll", TODAY)
    completed = followups.complete(item)
    assert completed.done and completed.done_at is not None
    reopened = followups.complete(item, False)
    assert not reopened.done and reopened.done_at is None
    followups.delete_follow_up(item)
    assert FollowUp.select().count() == 0


def test_about_text_and_filters(db: object) -> None:
    person = Person.create(first_name="Anna", last_name="Weber")
    _make("Rückruf", TODAY, person=person.id, responsible="Frau Brandt")
    _make("Sonstiges", TODAY)
    rows = followups.follow_ups("open", TODAY, person=person.id)
    assert [(r.title, r.about, r.about_kind) for r in rows] == [("Rückruf", "Kontakt: Weber, Anna", "person")]
    assert followups.for_person(person.id)[0]["responsible"] == "Frau Brandt"
    assert followups.erase_for_person(person.id) == 1


def test_cli_prints_due_and_overdue(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.models import close_database, open_database

    open_database(db_path)
    real_today = dt.date.today()
    _make("Alt und überfällig", real_today - dt.timedelta(days=3), responsible="Team")
    _make("Heute fällig", real_today)
    _make("Später", real_today + dt.timedelta(days=30))
    close_database()
    assert main(["followups", "--db", str(db_path), "--overdue"]) == 0
    out = capsys.readouterr().out
    assert "ÜBERFÄLLIG Alt und überfällig" in out and "Heute fällig" not in out and "(Team)" in out
    assert main(["followups", "--db", str(db_path), "--due"]) == 0
    out = capsys.readouterr().out
    assert "Alt und überfällig" in out and "Heute fällig" in out and "Später" not in out
    assert main(["followups", "--db", str(db_path)]) == 0
    assert "3 Wiedervorlagen" in capsys.readouterr().out


def test_art15_export_lists_follow_ups_and_art17_erasure_removes_them(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from pypdf import PdfReader

    from app.models import AuditEntry
    from app.services import erasure, privacy

    person = Person.create(first_name="Rūta", last_name="Žemaitytė", email="ruta@example.org")
    item = _make("Rückruf Frau Žemaitytė wegen Sprachkurs", TODAY, person=person.id, responsible="Dr. Brandt",
                 notes="Tochter braucht Kitaplatz")
    other = _make("Haushaltsplan", TODAY)
    data = privacy.person_data(person.id)
    assert [f["title"] for f in data.follow_ups] == ["Rückruf Frau Žemaitytė wegen Sprachkurs"]
    pdf = privacy.export_person(person.id, tmp_path / "auskunft.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Wiedervorlagen" in text and "Kitaplatz" in text
    xlsx = privacy.export_person(person.id, tmp_path / "auskunft.xlsx")
    from openpyxl import load_workbook

    assert "Wiedervorlagen" in load_workbook(xlsx).sheetnames

    erasure.erase_person(person.id, backup=False)
    assert not FollowUp.select().where(FollowUp.id == item).exists()
    assert FollowUp.select().where(FollowUp.id == other).exists()
    for entry in AuditEntry.select().where((AuditEntry.entity == "follow_up") & (AuditEntry.entity_id == item)):
        changes = json.loads(entry.changes)
        assert "Kitaplatz" not in entry.changes and "Žemaitytė" not in json.dumps(changes, ensure_ascii=False)
