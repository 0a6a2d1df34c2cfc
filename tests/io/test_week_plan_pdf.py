"""Wochenplan and Monatsplan PDFs, checked by their extracted text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from app.services import appointments, calendar, settings


def _add(title: str, start: str, end: str | None = None, **extra: object) -> int:
    data: dict[str, object] = {"title": title, "start": start, **extra}
    if end:
        data["end"] = end
    return appointments.create_appointment(data).id


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_week_plan_lists_the_week_with_holiday_and_hides_confidential(db, tmp_path: Path) -> None:  # noqa: ANN001
    settings.update({"office_name": "Büro der Integrationsbeauftragten Lindenau"})
    _add("Runder Tisch Integration", "2026-05-26 10:00", "2026-05-26 12:00", kind="committee_session",
         location="Rathaus, Saal 2")
    _add("Personalgespräch Frau Nowak", "2026-05-27 09:00", "2026-05-27 09:30", confidential=True,
         location="Zimmer 112")
    _add("Fachtag Sprache", "2026-05-28 09:00", "2026-05-28 16:00", kind="conference", status="cancelled")
    _add("Nächste Woche", "2026-06-02 10:00")
    path = calendar.write_week_plan(tmp_path / "plan.pdf", dt.date(2026, 5, 27),
                                         now=dt.datetime(2026, 5, 20, 9, 0))
    reader = PdfReader(str(path))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = _text(path)
    assert "Wochenplan KW 22 · 25.05.2026 – 31.05.2026" in text
    assert "Pfingstmontag" in text
    assert "Runder Tisch Integration" in text and "Rathaus, Saal 2" in text and "GS · Gremiensitzung" in text
    assert "10:00–12:00" in text
    assert "Termin (vertraulich)" in text
    assert "Nowak" not in text and "Zimmer 112" not in text
    assert "Fachtag Sprache" in text and "abgesagt" in text.lower()
    assert "Nächste Woche" not in text
    assert "keine Termine" in text  # the Sunday
    assert "Seite 1 von 1" in text and "Stand: 20.05.2026 09:00" in text
    assert "Büro der Integrationsbeauftragten Lindenau" in text
    assert reader.metadata.title.startswith("Wochenplan KW 22")


def test_month_plan_has_week_numbers_holidays_and_more_line(db, tmp_path: Path) -> None:  # noqa: ANN001
    for hour in range(8, 20):
        _add(f"Beratung {hour}", f"2026-12-08 {hour:02d}:00", f"2026-12-08 {hour:02d}:45",
             kind="counselling_hours")
    _add("Vertrauliche Sache", "2026-12-10 10:00", confidential=True)
    _add("Jahresabschluss Beirat", "2026-12-30 17:00", kind="committee_session")
    path = calendar.write_month_plan(tmp_path / "monat.pdf", 2026, 12, language="de")
    text = " ".join(_text(path).split())  # a title may wrap inside its cell
    assert "Monatsplan Dezember 2026" in text
    for kw in ("49", "50", "51", "52", "53"):
        assert kw in text
    assert "Erster Weihnachtstag" in text
    assert "Jahresabschluss Beirat" in text
    assert "Termin (vertraulich)" in text and "Vertrauliche Sache" not in text
    assert "weitere" in text  # twelve appointments do not fit one cell
    assert "Beratung 8" in text
    assert len(PdfReader(str(path)).pages) == 1


def test_english_week_plan(db, tmp_path: Path) -> None:  # noqa: ANN001
    _add("Round table", "2026-11-24 10:00", "2026-11-24 12:00", kind="committee_session")
    path = calendar.write_week_plan(tmp_path / "en.pdf", dt.date(2026, 11, 24), language="en")
    text = " ".join(_text(path).split())
    assert "Weekly plan Wk 48" in text and "Round table" in text and "Committee session" in text
