"""The activity report PDF: figures and section titles in the extracted text, privacy, English, atomic write."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.services import statistics
from app.services.reports import ReportOptions, write_report
from app.services.statistics import Period
from tests.io.report_office import CONFIDENTIAL_TITLE, build_office, pdf_pages, summary_numbers

SECTION_TITLES_DE = ("Das Jahr in Zahlen", "Schwerpunkte der Arbeit", "Gremien und Netzwerke",
                     "Termine im Einzelnen", "Anhang: Netzwerkpartner nach Bereich")


def _write(tmp_path: Path, name: str = "bericht.pdf", **options: object) -> list[str]:
    options.setdefault("created", dt.date(2026, 1, 15))
    written = write_report(tmp_path / name, ReportOptions(period=Period.year(2025), **options))
    pages = pdf_pages(written.path)
    assert written.pages == len(pages)
    return pages


def _contains_name(text: str, name: str) -> bool:
    """A name is found in logical or (shaped Arabic, as pypdf extracts it) visual order."""
    words = name.split()
    return all(word in text or word[::-1] in text for word in words)


def test_german_report_has_cover_contents_sections_and_the_figures(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    pages = _write(tmp_path)
    text = "\n".join(pages)
    assert "Tätigkeitsbericht" in pages[0] and "2025" in pages[0] and "Dr. Katharina Brandt" in pages[0]
    assert "Integrationsbüro Lindenau" in pages[0]
    assert "Inhalt" in pages[1]
    for title in SECTION_TITLES_DE:
        assert title in pages[1], f"{title} missing from the table of contents"
        assert sum(title in page for page in pages[2:]) >= 1
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):  # running footer on every page after the cover
        assert f"Seite {number} von {total}" in page
    assert "Seite 1 von" not in pages[0]
    # the key figures as the statistics service counts them: 3 held in 2025 (1 in 2024), 4 attendances
    figures = statistics.key_figures(Period.year(2025))
    assert (figures.held, figures.attendances, figures.cancelled) == (3, 4, 1)
    assert summary_numbers(pages, "Durchgeführte Termine") == (3, 1)
    assert summary_numbers(pages, "Teilnahmen insgesamt") == (4, 1)
    assert summary_numbers(pages, "Erreichte Personen") == (3, 1)
    assert summary_numbers(pages, "Abgesagte Termine") == (1, 0)
    assert summary_numbers(pages, "Neue Netzwerkpartner") == (1, 0)
    # the appointment list: months, the year-boundary appointment in December, the network with its members
    assert "März 2025" in text and "Dezember 2025" in text
    assert "Silvesterempfang =SUMME(A1:A9)" in text
    assert "VHS <Lindenau> & Umland" in text  # user text printed literally, not as markup
    assert "Runder Tisch Integration" in text and "Caritas Lindenau" in text


def test_confidential_appointments_count_but_never_show_title_place_or_names(db, tmp_path: Path) -> None:  # noqa: ANN001
    office = build_office()
    for names in (False, True):
        pages = _write(tmp_path, f"b{names}.pdf", include_participant_names=names)
        text = " ".join("\n".join(pages).split())
        assert CONFIDENTIAL_TITLE not in text and "Kowalczyk" not in text
        assert "Frauenhaus" not in text
        assert "Vertraulicher Termin (Sprechstunde)" in text
        assert not _contains_name(text, office.names["jonas"])  # attended only the confidential one
        assert summary_numbers(pages, "davon vertrauliche Termine (z. B. Beratung)") == (1, 0)


def test_person_names_only_with_the_option(db, tmp_path: Path) -> None:  # noqa: ANN001
    office = build_office()
    without = "\n".join(_write(tmp_path, "ohne.pdf"))
    assert "Müller" not in without and not _contains_name(without, office.names["fatima"])
    with_names = "\n".join(_write(tmp_path, "mit.pdf", include_participant_names=True))
    assert "Anna Müller" in with_names
    assert _contains_name(with_names, office.names["fatima"])


def test_english_variant(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    pages = _write(tmp_path, language="en")
    text = " ".join("\n".join(pages).split())  # cells wrap: compare with single spaces
    assert "Activity report" in pages[0] and "Contents" in pages[1]
    for title in ("The year in figures", "Focus of the work", "Committees and networks", "Appointments in detail",
                  "Appendix: partner organisations by sector", "Confidential appointment (Counselling hours)"):
        assert title in text
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert summary_numbers(pages, "Appointments held") == (3, 1)
    assert "Tätigkeitsbericht" not in text and "Seite" not in text


def test_the_user_picks_the_sections(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    pages = _write(tmp_path, sections=("summary", "partners"))
    text = "\n".join(pages)
    assert "Das Jahr in Zahlen" in text and "Anhang: Netzwerkpartner nach Bereich" in text
    assert "Termine im Einzelnen" not in text and "Schwerpunkte der Arbeit" not in text
    assert "Runder Tisch im Frühjahr" not in text


def test_a_failed_build_leaves_neither_file_nor_temp(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    target = tmp_path / "out" / "bericht.pdf"

    def cancel(done: int, total: int, text: str) -> None:
        if text.startswith("page"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report(target, ReportOptions(period=Period.year(2025)), progress=cancel)
    assert list(target.parent.iterdir()) == []


def test_demo_year_report_figures_match_the_statistics(demo_db, tmp_path: Path) -> None:  # noqa: ANN001
    period = Period.year(2025)
    stats = statistics.collect(period)
    written = write_report(tmp_path / "demo.pdf", ReportOptions(period=period), stats)
    pages = pdf_pages(written.path)
    assert summary_numbers(pages, "Durchgeführte Termine") == (stats.figures.held, stats.previous.held)
    assert summary_numbers(pages, "Erreichte Personen") == (stats.figures.distinct_persons,
                                                           stats.previous.distinct_persons)
    text = "\n".join(pages)
    for month in ("Januar", "Juni", "Dezember"):
        assert f"{month} 2025" in text
    for network in stats.networks:
        assert network.name in text
    # no person's name anywhere without the option (attendance snapshots of the demo office)
    from app.models import Attendance
    sample = [a.snapshot_name for a in Attendance.select().limit(40)]
    assert not any(re.search(rf"\b{re.escape(name)}\b", text) for name in sample if name.isascii())


def test_an_empty_office_still_gets_a_complete_report(db, tmp_path: Path) -> None:  # noqa: ANN001
    pages = _write(tmp_path)
    text = "\n".join(pages)
    assert "Keine Termine im Berichtszeitraum." in text and "Keine Gremien oder Netzwerke erfasst." in text
    assert "Keine Netzwerkpartner erfasst." in text
    assert summary_numbers(pages, "Durchgeführte Termine") == (0, 0)


def test_every_figure_says_what_it_counts(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 15 #11: the summary's network row and the chart's "Gremiensitzung" bar count different things –
    the labels say which (held appointments of any kind that belong to a network vs. the kind entered)."""
    build_office()
    text = " ".join("\n".join(_write(tmp_path)).split())
    assert "Gremiensitzungen und Netzwerktreffen" not in text
    figures = statistics.key_figures(Period.year(2025))
    assert summary_numbers(_write(tmp_path, "b.pdf"), "davon Termine von Gremien und Netzwerken") == (
        figures.network_meetings, 1)
    assert "Durchgeführte Termine nach Art des Termins" in text
    assert "„Gremiensitzung“ ist eine Art unter anderen" in text
    assert "Durchschnittliche Teilnahme je Termin mit erfasster Teilnahme" in text
