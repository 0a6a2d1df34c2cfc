"""The published report is an accessible, archivable PDF (issue 14 #4): tagged PDF/UA-1 + PDF/A-2a with headings,
lists, tables with header cells, figures with alternative text, title and language, artifacts for page furniture,
Arabic that extracts in logical order – and user text that can neither inject markup nor control characters."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from app.services import appointments, report_document, settings, statistics
from app.services.reports import ReportOptions, write_report
from app.services.statistics import Period
from tests.io.report_office import build_office, pdf_pages

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _write(tmp_path: Path, name: str = "bericht.pdf", **options: Any) -> Path:
    options.setdefault("created", dt.date(2026, 1, 15))
    return write_report(tmp_path / name, ReportOptions(period=Period.year(2025), **options)).path


def structure(path: Path) -> list[tuple[str, int, Any]]:
    """(structure type, depth, /Alt) of every element of the structure tree, in reading order."""
    root = PdfReader(str(path)).trailer["/Root"]
    result: list[tuple[str, int, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if isinstance(node, ArrayObject):
            for child in node:
                walk(child, depth)
            return
        if not isinstance(node, DictionaryObject):
            return  # a marked-content id
        if "/S" in node:
            result.append((str(node["/S"]).lstrip("/"), depth, node.get("/Alt")))
        if "/K" in node:
            walk(node["/K"], depth + 1)

    walk(root["/StructTreeRoot"], 0)
    return result


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return BIDI_MARKS.sub("", out.stdout.decode("utf-8"))


def test_the_report_is_tagged_with_headings_tables_lists_and_figures(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    path = _write(tmp_path)
    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and root["/Lang"] == "de"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == "Tätigkeitsbericht 2025"
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp  # PDF/UA-1
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>A</pdfaid:conformance>" in xmp  # PDF/A-2a
    tags = structure(path)
    kinds = Counter(kind for kind, _, _ in tags)
    for kind in ("H1", "H2", "Table", "TR", "TH", "TD", "Figure", "L", "LI", "P", "TOC"):
        assert kinds[kind] >= 1, f"no {kind} in the structure tree"
    assert kinds["H1"] == 6  # contents + the five sections
    headings = [kind for kind, _, _ in tags if kind in ("H1", "H2", "H3")]
    assert headings[0] == "H1" and "H3" in headings
    figures = [alt for kind, _, alt in tags if kind == "Figure"]
    assert len(figures) == 3 and all(figures)
    month = next(alt for alt in figures if "je Monat" in alt)
    # the numbers of the chart in words: December holds the New Year's Eve reception, March the round table
    assert "Säulendiagramm" in month and "März: 1" in month and "Dezember: 1" in month and "Januar: 0" in month
    assert "Zusammen: 3." in month
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Tagged:\s+yes$", info, flags=re.MULTILINE)


def test_page_header_and_footer_are_artifacts(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    reader = PdfReader(str(_write(tmp_path)))
    stream = reader.pages[2].get_contents().get_data()
    assert b"/Artifact<</Attached[/Top]/Subtype/Header/Type/Pagination>>BDC" in stream
    assert b"/Artifact<</Attached[/Bottom]/Subtype/Footer/Type/Pagination>>BDC" in stream


def test_arabic_names_extract_in_logical_order(db, tmp_path: Path) -> None:  # noqa: ANN001
    office = build_office()
    text = pdftotext(_write(tmp_path, include_participant_names=True))
    assert office.names["fatima"] in text  # "فاطمة حسن" as typed, not presentation forms in visual order
    assert "Anna Müller" in text


def test_english_report_declares_english(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    reader = PdfReader(str(_write(tmp_path, language="en")))
    assert reader.trailer["/Root"]["/Lang"] == "en" and reader.metadata.title == "Activity report 2025"


def test_user_text_is_data_not_markup_and_control_characters_never_reach_the_pdf(db, tmp_path: Path) -> None:  # noqa: ANN001
    build_office()
    tricky = ['#set page(width: 1cm) *fett* _kursiv_ $x^2$ <label> @ref `code` \\ ] } #"x"',
              "Nul\x00Esc\x1b[31mBell\x07Ende", '#include "/etc/passwd"', '#read("/etc/passwd")',
              "会议 🎉 Partnerstadt"]  # characters no report font has: shown as U+FFFD, never a failed report
    for index, title in enumerate(tricky):
        appointments.create_appointment({"title": title, "start": f"2025-04-0{index + 1} 10:00", "status": "held"})
    settings.update({"office_name": "Büro #strong[x] $1$ \x1b"})
    path = _write(tmp_path)
    text = "\n".join(pdf_pages(path))
    flat = " ".join(text.split())
    assert '#set page(width: 1cm) *fett* _kursiv_ $x^2$ <label> @ref `code` \\ ] } #"x"' in flat
    assert "NulEsc[31mBellEnde" in flat  # control characters dropped, the text kept
    assert '#include "/etc/passwd"' in flat and '#read("/etc/passwd")' in flat and "root:" not in flat
    assert "Büro #strong[x] $1$" in flat
    assert "\ufffd\ufffd \ufffd Partnerstadt" in flat
    raw = path.read_bytes()
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    assert PdfReader(str(path)).pages[0].mediabox.width > 500  # "#set page" changed nothing
    assert raw.startswith(b"%PDF")


def test_expected_and_unrecorded_participants_are_marked_in_the_list(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 15 #10: an appointment without recorded attendance shows "–" (or the expected number, marked as
    such), never "0"; the summary says how many held appointments have recorded attendance."""
    build_office()
    appointments.create_appointment({"title": "Fachtag Arbeit", "start": "2025-10-10 09:00", "status": "held",
                                     "kind": "conference", "expected_participants": 80})
    appointments.create_appointment({"title": "Ortstermin Schule", "start": "2025-10-12 09:00", "status": "held",
                                     "kind": "site_visit"})
    text = " ".join("\n".join(pdf_pages(_write(tmp_path))).split())
    assert re.search(r"Fachtag Arbeit Konferenz – erw\. 80", text)
    assert re.search(r"Ortstermin Schule Ortstermin – –", text)
    figures = statistics.key_figures(Period.year(2025))
    assert (figures.held, figures.held_with_attendance) == (5, 3)
    assert "Bei 3 der 5 durchgeführten Termine ist die Teilnahme erfasst" in text


def test_an_all_day_trip_over_several_days_names_its_last_day(db, tmp_path: Path) -> None:  # noqa: ANN001
    """An imported study trip 2.–4. March (stored ending 23:59, or at Outlook's exclusive midnight) reads
    "ganztägig bis 04.03.", not as a one-day event; a single all-day event stays "ganztägig"."""
    build_office()
    appointments.create_appointment({"title": "Studienreise Kalmar", "start": "2025-03-02 00:00",
                                     "end": "2025-03-04 23:59", "all_day": True, "status": "held",
                                     "kind": "study_visit"})
    appointments.create_appointment({"title": "Fachreise Malmö", "start": "2025-04-07 00:00",
                                     "end": "2025-04-09 00:00", "all_day": True, "status": "held",
                                     "kind": "study_visit"})
    appointments.create_appointment({"title": "Aktionstag Vielfalt", "start": "2025-05-21 00:00",
                                     "end": "2025-05-21 23:59", "all_day": True, "status": "held",
                                     "kind": "other"})
    text = " ".join("\n".join(pdf_pages(_write(tmp_path))).split())
    assert re.search(r"02\.03\.2025 ganztägig bis 04\.03\. Studienreise Kalmar", text)
    assert re.search(r"07\.04\.2025 ganztägig bis 08\.04\. Fachreise Malmö", text)
    assert re.search(r"21\.05\.2025 ganztägig Aktionstag Vielfalt", text)
    english = " ".join("\n".join(pdf_pages(_write(tmp_path, "en.pdf", language="en"))).split())
    assert "all day until 04/03 Studienreise Kalmar" in english  # (not "04/03/")


def test_the_cover_names_the_offices_own_title_and_english_fields(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 15 #12 and #14: the role line comes from Settings; English reports translate fields, rhythms
    and kinds, with the office's own English name for a field of action."""
    from app.services import report_labels

    build_office()
    settings.update({"commissioner_title": "Migrationsbeauftragter",
                     "commissioner_title_en": "Commissioner for Migration"})
    german = pdf_pages(_write(tmp_path, "de.pdf"))
    assert "Migrationsbeauftragter" in german[0] and "Integrationsbeauftragte/r" not in german[0]
    first_field = appointments.fields_of_action()[0]
    report_labels.set_english_field_name(first_field.id, "Welcoming & opening up")
    english = " ".join("\n".join(pdf_pages(_write(tmp_path, "en.pdf", language="en"))).split())
    assert "Commissioner for Migration" in english
    assert "Welcoming & opening up" in english and first_field.name not in english
    assert "quarterly" in english and "vierteljährlich" not in english
    assert "Committee session" in english and "Counselling hours" in english


def test_content_model_never_names_confidential_appointments(db) -> None:  # noqa: ANN001
    office = build_office()
    stats = statistics.collect(Period.year(2025))
    document = report_document.build(stats, ReportOptions(Period.year(2025), include_participant_names=True),
                                    settings.get_all())
    text = repr(document)
    assert "Kowalczyk" not in text and "Frauenhaus" not in text and office.names["jonas"] not in text
    levels = [level for level, _ in report_document.outline(document)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


@settings_hypothesis(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_any_user_text_is_printed_literally(text: str) -> None:
    """Whatever a user types (markup, quotes, brackets, control characters, any script) goes into the PDF as
    data: Typst compiles it and the printable characters come out again."""
    from app.io import report_typst
    from app.io.pdf_fonts import printable

    document = {"lang": "de", "title": "Bericht", "author": "", "header": [text, "Bericht"], "footer": "",
                "page_of": "Seite {page} von {pages}", "contents": "Inhalt",
                "cover": {"office": text, "title": "Tätigkeitsbericht", "period": "2025", "commissioner": "",
                          "role": "", "lines": [], "letterhead": ""},
                "sections": [{"key": "summary", "title": "Teil", "blocks": [
                    {"type": "p", "text": text, "style": "body"},
                    {"type": "table", "widths": [8, 8], "right": [], "zebra": True, "header": ["A", "B"],
                     "rows": [{"c": [text, {"t": text, "s": text}]}]}]}]}
    pdf = report_typst.render_pdf(report_document._clean(document))
    assert pdf.startswith(b"%PDF") and report_typst.page_count(pdf) >= 3
    shown = report_typst.displayable(printable(text))  # what the fonts cannot show becomes U+FFFD
    visible = "".join(ch for ch in shown if not ch.isspace() and ch.isprintable())
    if visible and visible.isascii():
        extracted = "".join(PdfReader(io.BytesIO(pdf)).pages[2].extract_text().split())
        assert visible in extracted


def test_a_blank_network_name_does_not_break_the_tagged_pdf(db, tmp_path: Path) -> None:  # noqa: ANN001
    from app.models import Network

    build_office()
    Network.update(name="\x1b").execute()  # older data or an import: a name of nothing but a control character
    pages = pdf_pages(_write(tmp_path))
    assert any("Gremien und Netzwerke" in page for page in pages)


def test_the_logo_is_a_figure_with_alt_text_and_a_broken_one_is_left_out(db, tmp_path: Path) -> None:  # noqa: ANN001
    import base64

    build_office()
    logo = tmp_path / "wappen.png"  # a 1×1 PNG
    logo.write_bytes(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    settings.update({"logo_path": str(logo)})
    path = _write(tmp_path, "mit-logo.pdf")
    assert PdfReader(str(path)).pages[0].images
    alts = [alt for kind, _, alt in structure(path) if kind == "Figure"]
    assert "Logo: Integrationsbüro Lindenau" in alts
    logo.write_bytes(b"\x89PNG kaputt")
    broken = _write(tmp_path, "kaputt.pdf")
    assert not PdfReader(str(broken)).pages[0].images and "Tätigkeitsbericht" in pdf_pages(broken)[0]
