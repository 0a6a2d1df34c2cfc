from __future__ import annotations

import base64
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest

from app.io import signin_sheet
from app.services import appointments, attendance, contacts, networks, settings, signin
from app.services.signin import SheetOptions

INTERNATIONAL = [("Jan", "Obracht-Prondzyński"), ("Rūta", "Žemaitytė"), ("Олена", "Коваленко"),
                 ("Γιώργος", "Παπαδόπουλος"), ("محمد", "العلي"), ("Ayşe", "Yılmaz")]


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def flat(text: str) -> str:
    """Words joined by single spaces: a name wrapped over two lines of a cell still reads as one."""
    return " ".join(text.split())


def nfkc_words(text: str) -> set[str]:
    return set(unicodedata.normalize("NFKC", text).split())


def meeting(title: str = "Runder Tisch Integration", start: str = "2026-11-24 10:00", **extra: object) -> int:
    data = {"title": title, "start": start, "end": start[:11] + "12:30", "location": "Landratsamt, Raum 2.14"}
    data.update(extra)
    return appointments.create_appointment(data).id


def people(count: int, org_name: str = "Caritas Lindenau") -> list[int]:
    org = contacts.create_organization({"name": org_name})
    return [contacts.create_person({"first_name": f"Vorname{i:03d}", "last_name": f"Nachname{i:03d}",
                                    "organization": org.id, "function": "Beratung"}).id for i in range(count)]


def test_every_invited_name_is_on_the_sheet_in_any_script(db, tmp_path: Path) -> None:  # noqa: ANN001
    ids = [contacts.create_person({"first_name": f, "last_name": last}).id for f, last in INTERNATIONAL]
    appointment = meeting()
    attendance.invite(appointment, ids)
    declined = contacts.create_person({"first_name": "Nicht", "last_name": "Dabei"}).id
    attendance.invite(appointment, [declined], status="declined")
    out = signin.write_for_appointments(tmp_path / "sheet.pdf", [appointment], SheetOptions(blank_rows=0))
    text = flat("\n".join(pages_text(out)))
    for first, last in INTERNATIONAL[:4] + INTERNATIONAL[5:]:
        assert f"{first} {last}" in text
    # Arabic is shaped (presentation forms, visual order): compare NFKC-normalised words
    assert {"محمد", "العلي"} <= nfkc_words(text)
    assert "Dabei" not in text  # declined persons are not printed
    assert "Runder Tisch Integration" in text and "Dienstag, 24. November 2026" in text
    assert "10:00–12:30 Uhr" in text and "Landratsamt, Raum 2.14" in text
    assert "Datenschutzhinweis" in text


def test_names_are_sorted_by_last_name(db, tmp_path: Path) -> None:  # noqa: ANN001
    names = [("Zora", "Adler"), ("Anna", "Zimmermann"), ("Bernd", "Özdemir"), ("Carla", "Meyer")]
    ids = [contacts.create_person({"first_name": f, "last_name": last}).id for f, last in names]
    appointment = meeting()
    attendance.invite(appointment, ids)
    text = pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment]))[0]
    positions = [text.index(last) for last in ("Adler", "Meyer", "Özdemir", "Zimmermann")]
    assert positions == sorted(positions)


def test_120_invitees_give_several_pages_with_header_and_page_numbers(db, tmp_path: Path) -> None:  # noqa: ANN001
    appointment = meeting()
    attendance.invite(appointment, people(120))
    pages = pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment],
                                                           SheetOptions(blank_rows=5)))
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, 1):
        assert "Unterschrift" in text and "Organisation / Funktion" in text  # the header on every page
        assert f"Seite {number} von {total}" in text
        if number > 1:
            assert "(Fortsetzung)" in text
    everything = flat("\n".join(pages))
    for i in range(120):
        assert f"Vorname{i:03d} Nachname{i:03d}" in everything


def numbers_on(text: str) -> set[int]:
    """Row numbers: a number opening an extracted line (the rest of the row may follow on that line)."""
    return {int(n) for n in re.findall(r"^\s*(\d{1,3})(?:\s|$)", text, flags=re.MULTILINE)}


@pytest.mark.parametrize("blank_rows", [0, 7])
def test_blank_row_count_is_honoured(db, tmp_path: Path, blank_rows: int) -> None:  # noqa: ANN001
    appointment = meeting()
    attendance.invite(appointment, people(3))
    pages = pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment],
                                                           SheetOptions(blank_rows=blank_rows)))
    numbers = set().union(*(numbers_on(p) for p in pages))
    assert set(range(1, 4 + blank_rows)) <= numbers
    assert 4 + blank_rows not in numbers


def test_blank_sheet_has_no_names_only_lines(db, tmp_path: Path) -> None:  # noqa: ANN001
    appointment = meeting()
    attendance.invite(appointment, people(2))
    text = "\n".join(pages_text(signin.write_for_appointments(
        tmp_path / "s.pdf", [appointment], SheetOptions(blank=True, blank_rows=12))))
    assert "Nachname" not in text
    assert set(range(1, 13)) <= numbers_on(text)


def test_sheet_prints_the_snapshot_after_the_person_changed_organization(db, tmp_path: Path) -> None:  # noqa: ANN001
    old = contacts.create_organization({"name": "Caritas Lindenau"})
    new = contacts.create_organization({"name": "Diakonie Lindenau"})
    person = contacts.create_person({"first_name": "Олена", "last_name": "Коваленко", "organization": old.id,
                                     "function": "Beratung"})
    appointment = meeting()
    attendance.invite(appointment, [person.id])
    contacts.update_person(person.id, {"organization": new.id, "function": "Leitung",
                                       "last_name": "Коваленко-Шевченко"})
    text = flat(pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment]))[0])
    assert "Caritas Lindenau" in text and "Beratung" in text and "Олена Коваленко" in text
    assert "Diakonie" not in text and "Leitung" not in text and "Шевченко" not in text


def test_user_markup_and_very_long_names_do_not_break_the_pdf(db, tmp_path: Path) -> None:  # noqa: ANN001
    org = contacts.create_organization({"name": "Verein <b>Jugend</b> & Sport e. V. </para>"})
    long_name = "Wolfeschlegelsteinhausenbergerdorff" * 4
    ids = [contacts.create_person({"first_name": "A <i>&amp;", "last_name": "Meyer & Söhne <br/>",
                                   "organization": org.id}).id,
           contacts.create_person({"first_name": "Hubert", "last_name": long_name,
                                   "function": "Geschäftsführung " * 12}).id]
    appointment = meeting(title="Treffen <Jugend> & Sport")
    attendance.invite(appointment, ids)
    options = SheetOptions(columns=("email", "place", "photo_consent"), landscape=True)
    pages = pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment], options))
    text = flat("\n".join(pages))
    assert "A <i>&amp; Meyer & Söhne <br/>" in text
    assert "Verein <b>Jugend</b> & Sport e. V. </para>" in text
    assert "Treffen <Jugend> & Sport" in text
    assert long_name in text.replace(" ", "")  # wrapped over several lines, nothing cut off
    width, height = pypdf.PdfReader(tmp_path / "s.pdf").pages[0].mediabox.upper_right
    assert width > height  # landscape


def test_optional_columns_and_english_text(db, tmp_path: Path) -> None:  # noqa: ANN001
    person = contacts.create_person({"first_name": "Rūta", "last_name": "Žemaitytė", "email": "ruta@example.lt",
                                     "city": "Kaunas", "country": "Litauen"})
    appointment = meeting()
    attendance.invite(appointment, [person.id], status="registered")
    german = "\n".join(pages_text(signin.write_for_appointments(tmp_path / "de.pdf", [appointment])))
    assert "ruta@example.lt" not in german and "Kaunas" not in german
    options = SheetOptions(columns=("photo_consent", "email", "place"), language="en", landscape=True)
    english = flat("\n".join(pages_text(signin.write_for_appointments(tmp_path / "en.pdf", [appointment],
                                                                       options))))
    assert "ruta@example.lt" in english and "Kaunas, Litauen" in english
    for word in ("List of participants", "Signature", "Town, country", "Photos allowed", "Page 1 of 1",
                 "Tuesday, 24 November 2026", "Data protection"):
        assert word in english
    assert "Unterschrift" not in english and "Seite" not in english


def test_letterhead_logo_and_privacy_notice_come_from_settings(db, tmp_path: Path) -> None:  # noqa: ANN001
    logo = tmp_path / "logo.png"  # a 1×1 PNG
    logo.write_bytes(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    settings.update({"office_name": "Landkreis Lindenau – Integrationsbeauftragte",
                     "commissioner": "Dr. Maria Schneider", "letterhead": "Am Markt 1, 01234 Lindenau",
                     "logo_path": str(logo), "privacy_notice": "Hinweis <Datenschutz> & Co: nur für die Liste."})
    appointment = meeting()
    reader = pypdf.PdfReader(signin.write_for_appointments(tmp_path / "s.pdf", [appointment]))
    text = flat(reader.pages[0].extract_text())
    assert "Landkreis Lindenau – Integrationsbeauftragte" in text and "Dr. Maria Schneider" in text
    assert "Am Markt 1, 01234 Lindenau" in text
    assert "Hinweis <Datenschutz> & Co: nur für die Liste." in text
    assert reader.pages[0].images, "the logo is drawn"
    settings.update({"logo_path": str(tmp_path / "missing.png")})
    assert pages_text(signin.write_for_appointments(tmp_path / "s2.pdf", [appointment]))  # still prints


def test_one_pdf_for_several_appointments_counts_pages_per_sheet(db, tmp_path: Path) -> None:  # noqa: ANN001
    ids = people(45)
    first = meeting("Workshop A: Sprache", "2026-05-12 09:00")
    second = meeting("Workshop B: Arbeit", "2026-05-12 13:00", end="2026-05-12 16:00")
    attendance.invite(first, ids)
    attendance.invite(second, ids[:3])
    pages = pages_text(signin.write_for_appointments(tmp_path / "day.pdf", [first, second]))
    a_pages = [p for p in pages if "Workshop A" in p]
    b_pages = [p for p in pages if "Workshop B" in p]
    assert len(a_pages) >= 2 and len(b_pages) == 1 and len(pages) == len(a_pages) + len(b_pages)
    assert f"Seite {len(a_pages)} von {len(a_pages)}" in a_pages[-1]
    assert "Seite 1 von 1" in b_pages[0]


def test_file_is_replaced_whole_and_no_temp_file_is_left(db, tmp_path: Path) -> None:  # noqa: ANN001
    appointment = meeting()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "sheet.pdf"
    target.write_bytes(b"old content")
    with pytest.raises(ValueError):
        signin_sheet.write_sheets(target, [], SheetOptions(), {})
    assert target.read_bytes() == b"old content"
    signin.write_for_appointments(target, [appointment])
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["sheet.pdf"]


def test_network_invitees_are_pre_filled(db, tmp_path: Path) -> None:  # noqa: ANN001
    network = networks.create_network({"name": "Runder Tisch", "kind": "round_table"})
    org = contacts.create_organization({"name": "VHS Lindenau"})
    for last in ("Meyer", "Schulz"):
        contacts.create_person({"last_name": last, "organization": org.id})
    networks.add_member(network.id, organization=org.id)
    appointment = meeting(network=network.id)
    attendance.invite_network(appointment, network.id)
    text = pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment]))[0]
    assert "Meyer" in text and "Schulz" in text and "Gremium: Runder Tisch" in text


def test_a_privacy_notice_too_long_for_the_footer_is_refused_clearly(db, tmp_path: Path) -> None:  # noqa: ANN001
    from app.services.errors import UserError

    settings.update({"privacy_notice": "Sehr langer Hinweis. " * 400})
    with pytest.raises(UserError, match="Datenschutzhinweis ist zu lang"):
        signin.write_for_appointments(tmp_path / "s.pdf", [meeting()])
    assert not (tmp_path / "s.pdf").exists()


def _pdftotext(path: Path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFKC", re.sub("[\u200e\u200f\u202a-\u202e]", "", out.stdout.decode()))


def test_arabic_names_extract_in_logical_order(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 14: shaped text (Arabic joins and runs right-to-left on paper) extracts as it was typed."""
    person = contacts.create_person({"first_name": "محمد", "last_name": "العلي"}).id
    appointment = meeting()
    attendance.invite(appointment, [person])
    out = signin.write_for_appointments(tmp_path / "s.pdf", [appointment])
    pdftotext = " ".join(_pdftotext(out).split())
    assert "محمد العلي" in pdftotext and "العلي محمد" not in pdftotext
    pypdf_text = " ".join(unicodedata.normalize("NFKC", "\n".join(pages_text(out))).split())
    assert "محمد العلي" in pypdf_text


def test_control_characters_never_reach_the_pdf(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 17 #14: NUL, ESC and other control characters are dropped, the text around them kept."""
    org = contacts.create_organization({"name": "Verein\x00Null\x1b[31m"})
    person = contacts.create_person({"first_name": "Bell\x07a", "last_name": "Meyer\x1b", "organization": org.id})
    appointment = meeting(title="Treffen\x00\x1bNacht")
    attendance.invite(appointment, [person.id])
    text = "\n".join(pages_text(signin.write_for_appointments(tmp_path / "s.pdf", [appointment])))
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    assert "Bella Meyer" in text and "VereinNull[31m" in text and "TreffenNacht" in text


def test_units_titles_and_dates_stay_on_one_line() -> None:
    """Issue 15 #13: never a break inside "e. V.", "Dr. med.", a date or a number and its unit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.io.pdf_fonts import FONT, keep_together, register_fonts

    register_fonts()
    for text in ("Förderverein der Grundschule am Mühlenberg e. V.", "Praxis Dr. med. Anna Sommer",
                 "Treffen am 24. November 2026 im Rathaus", "Anfahrt etwa 15 km mit dem Bus",
                 "Zuschuss 25 % der Kosten"):
        bound = keep_together(text)
        for width in range(40, 260, 3):
            lines = signin_sheet.wrap_lines(bound, FONT, 9, width)
            joined = [line.replace("\u00a0", " ") for line in lines]
            for unit in ("e. V.", "Dr. med.", "24. November 2026", "15 km", "25 %"):
                if unit in text and stringWidth(unit, FONT, 9) <= width:
                    assert any(unit in line for line in joined), (text, width, lines)
    assert "gGmbH" in signin_sheet.wrap_lines("Bildungswerk Integration gGmbH", FONT, 9, 60)[-1]


def test_email_addresses_break_only_after_at_or_dot() -> None:
    from app.io.pdf_fonts import FONT, register_fonts

    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    address = "maria-luise.schneider_beratung@integration-lindenau.example.org"
    widest_part = max(stringWidth(part, FONT, 7.5) for part in ("maria-luise.", "schneider_beratung@",
                                                                 "integration-lindenau.", "example.org"))
    for width in range(int(widest_part) + 1, 260, 7):  # a part wider than the column has to give way
        lines = signin_sheet.wrap_lines(address, FONT, 7.5, width)
        assert "".join(lines) == address
        for line in lines[:-1]:
            assert line.endswith(("@", ".")), (width, lines)


def test_the_last_page_never_holds_only_a_few_blank_rows(db, tmp_path: Path) -> None:  # noqa: ANN001
    """Issue 15 #13: rows move over so the last page of a table is not two lonely empty lines."""
    appointment = meeting()
    attendance.invite(appointment, people(60))
    for blank in range(0, 12):
        out = signin.write_for_appointments(tmp_path / f"s{blank}.pdf", [appointment],
                                                  SheetOptions(blank_rows=blank))
        pages = pages_text(out)
        numbers = [numbers_on(page) for page in pages]
        assert set().union(*numbers) == set(range(1, 61 + blank))  # every row printed once
        if len(pages) > 1:
            last = numbers[-1]
            assert len(last) >= 6, (blank, [len(n) for n in numbers])
            assert min(last) <= 60, "the last page holds names, not only blank lines"
            assert "Datenschutzhinweis" in pages[-1]  # the footer with them
