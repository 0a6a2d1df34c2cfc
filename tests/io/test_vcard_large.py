"""Phone exports with photos: an iPhone or Android address book of a few hundred contacts is well over 50 MB,
almost all of it photos. The file is read card by card, photos, logos, sounds and keys are dropped before a
card is parsed, so such a file comes in with memory bounded by one card; caps stay on the size of one card
(without photos) and on the number of cards, with a message naming the card."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.io import vcard, vcard_stream
from app.models import Person
from app.services import exchange

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD_LIMIT = 50 * 1024 * 1024


def _folded(text: str, first: int) -> str:
    """RFC 6350 folding as iOS writes it: 75 octets a line, continuation lines start with one space."""
    lines = [text[:first]]
    lines += [" " + text[i:i + 74] for i in range(first, len(text), 74)]
    return "\r\n".join(lines)


def _jpeg(size: int) -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(range(256)) * (size // 256)).decode("ascii")


def _iphone_card(number: int, photo: str) -> str:
    line = "PHOTO;ENCODING=b;TYPE=JPEG:" + photo
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.5.1//EN\r\n"
            f"N:Nachname{number:04d};Vorname;;;\r\nFN:Vorname Nachname{number:04d}\r\n"
            f"ORG:Verein {number % 7};\r\nitem1.EMAIL;type=INTERNET;type=pref:kontakt{number}@verein.example\r\n"
            "item1.X-ABLabel:_$!<Work>!$_\r\nTEL;type=CELL;type=VOICE;type=pref:+49 170 1234567\r\n"
            + _folded(line, 75) + "\r\n"
            f"NOTE:Kontakt Nr. {number}\\, mit Foto\r\nEND:VCARD\r\n")


def _vcard4_card(number: int, photo: str) -> str:
    line = "PHOTO:data:image/jpeg;base64," + photo
    return ("BEGIN:VCARD\r\nVERSION:4.0\r\n" + _folded(line, 75) + "\r\n"
            f"FN:Vorname Nachname{number:04d}\r\nN:Nachname{number:04d};Vorname;;;\r\n"
            f"EMAIL;TYPE=work:kontakt{number}@verein.example\r\nEND:VCARD\r\n")


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 55 MB export: 300 contacts with a 180 KB photo each, iPhone 3.0 and vCard 4.0 (Nextcloud/Android)."""
    photo = _jpeg(135_000)
    path = tmp_path_factory.mktemp("export") / "Kontakte.vcf"
    with path.open("w", encoding="utf-8", newline="") as file:
        for number in range(300):
            file.write(_iphone_card(number, photo) if number % 2 else _vcard4_card(number, photo))
    assert path.stat().st_size > OLD_LIMIT
    return path


def test_phone_export_over_50_mb_comes_in(db: object, big_export: Path) -> None:
    started = time.perf_counter()
    preview = exchange.preview(big_export, "persons")
    assert [r.action for r in preview.rows] == ["create"] * 300
    assert all("Foto nicht übernommen" in r.reason for r in preview.rows)
    exchange.commit(preview, backup=False)
    assert Person.select().count() == 300
    person = Person.get(Person.last_name == "Nachname0123")
    assert (person.first_name, person.email, person.mobile) == ("Vorname", "kontakt123@verein.example",
                                                                "+49 170 1234567")
    assert person.notes == "Kontakt Nr. 123, mit Foto" and person.organization.name == "Verein 4"
    assert Person.get(Person.last_name == "Nachname0122").email == "kontakt122@verein.example"  # vCard 4.0
    print(f"\n55 MB phone export: preview and commit {time.perf_counter() - started:.2f} s")


_MEASURE = """
import resource, sys, time
from pathlib import Path
from app.io import vcard
def peak():
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / 2**20 if sys.platform == "darwin" else value / 1024
before, started = peak(), time.perf_counter()
cards = vcard.read_cards(Path(sys.argv[1])).cards
print(len(cards), sum(1 for c in cards if c.skipped == ["Foto"]), peak() - before, time.perf_counter() - started)
"""


def test_reading_from_the_file_keeps_memory_to_one_card(big_export: Path) -> None:
    """Measured in a fresh process (ru_maxrss is the process's high-water mark): reading the 55 MB file from
    its path grows the process by a few MB – the bytes of the file are never all in memory."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(big_export)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], check=True)
    count, photos, grown, seconds = done.stdout.split()
    print(f"\n{big_export.stat().st_size / 2**20:.0f} MB read card by card: +{float(grown):.1f} MB peak, "
          f"{float(seconds):.2f} s")
    assert (int(count), int(photos)) == (300, 300)
    assert float(grown) < 25  # the file alone is 55 MB; read whole and decoded it was over 150 MB


ANDROID_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=59=C4=B1lmaz;Ay=C5=9Fe;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ay=C5=9Fe =59=C4=B1lmaz\r\n"
    "TEL;CELL:+49 170 2233445\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkK\r\n"
    "  DA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQ\r\n"
    "  EBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCABgAGADASIAAhEBAxEB\r\n"
    "\r\n"
    "EMAIL;HOME:ayse@example.org\r\n"
    "END:VCARD\r\n"
    # an older phone (Nokia, Sony Ericsson): base64 lines without indent, up to a blank line
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Piotr\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkK\r\n"
    "DA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQ==\r\n"
    "\r\n"
    "TEL;WORK;VOICE:03581 1234\r\nEND:VCARD\r\n")


def test_android_2_1_photo_blocks_end_at_the_blank_line() -> None:
    ayse, piotr = vcard.read_cards(ANDROID_21.encode()).cards
    assert (ayse.first_name, ayse.last_name, ayse.mobile, ayse.email) == (
        "Ayşe", "Yılmaz", "+49 170 2233445", "ayse@example.org")
    assert (piotr.last_name, piotr.phone) == ("Nowak", "03581 1234")
    assert ayse.skipped == piotr.skipped == ["Foto"] and not ayse.error and not piotr.error


def test_every_fixture_reads_the_same_in_tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines and CRLF split across read boundaries change nothing (1, 2 and 7 bytes a read)."""
    for name in sorted(p.name for p in FIXTURES.glob("*.vcf")):
        data = (FIXTURES / name).read_bytes()
        whole = vcard.read_cards(data)
        for size in (1, 2, 7):
            monkeypatch.setattr(vcard_stream, "CHUNK", size)
            again = vcard.read_cards(data)
            assert again.profile == whole.profile, name
            assert [vars(c) for c in again.cards] == [vars(c) for c in whole.cards], (name, size)
        monkeypatch.undo()


def test_a_card_too_big_without_photos_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_stream, "MAX_CARD_BYTES", 4096)
    photo = _jpeg(50_000)
    data = (_iphone_card(1, photo)
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Müller\r\nN:Müller;Anna;;;\r\n"
            + _folded("NOTE:" + "Sehr lange Notiz. " * 400, 75) + "\r\nEND:VCARD\r\n"
            + _iphone_card(3, photo)).encode()
    first, long, third = vcard.read_cards(data).cards
    assert not first.error and not third.error and third.last_name == "Nachname0003"
    assert "Karte 2" in long.error and "Anna Müller" in long.error and "4 KB" in long.error
    assert long.display_name == "Anna Müller"  # the preview's entry names it too


def test_an_unfolded_photo_line_longer_than_the_line_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_stream, "CHUNK", 4096)
    monkeypatch.setattr(vcard_stream, "MAX_LINE_BYTES", 16_384)
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Kim;;;\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + _jpeg(200_000)
            + "\r\nEMAIL:kim@example.org\r\nEND:VCARD\r\n").encode()
    (kim,) = vcard.read_cards(data).cards
    assert (kim.last_name, kim.email, kim.skipped, kim.error) == ("Schmidt", "kim@example.org", ["Foto"], "")
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Kim;;;\r\nNOTE:" + "x" * 200_000
            + "\r\nEND:VCARD\r\n").encode()
    (kim,) = vcard.read_cards(data).cards
    assert "Karte 1" in kim.error and "Kim" in kim.error


def test_too_many_cards_are_refused_naming_the_first_one_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_stream, "MAX_CARDS", 3)
    data = "".join(_vcard4_card(n, "AAAA") for n in range(5)).encode()
    with pytest.raises(ValueError, match="3") as caught:
        vcard.read_cards(data)
    assert "Karte 4" in str(caught.value)


def test_an_unfinished_last_card_is_an_error_entry() -> None:
    data = (_vcard4_card(1, "AAAA") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ole Berg\r\nN:Berg;Ole;;;\r\n").encode()
    first, cut = vcard.read_cards(data).cards
    assert not first.error and "Ole Berg" in cut.error and "END:VCARD" in cut.error


_MEASURE_PREVIEW = """
import resource, sys
from pathlib import Path
from app.models import open_database
from app.services import exchange, exchange_vcard  # (loaded before measuring)
def peak():
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / 2**20 if sys.platform == "darwin" else value / 1024
open_database(Path(sys.argv[2]))
before = peak()
preview = exchange.preview(Path(sys.argv[1]), "persons")
print(len(preview.rows), peak() - before)
"""


def test_the_import_the_wizard_and_cli_use_reads_the_file_card_by_card(big_export: Path, tmp_path: Path) -> None:
    """exchange.preview (wizard, drag and drop, `bruecke import FILE.vcf`) must not read the whole file first."""
    done = subprocess.run([sys.executable, "-c", _MEASURE_PREVIEW, str(big_export), str(tmp_path / "b.db")],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], check=True)
    rows, grown = done.stdout.split()
    assert int(rows) == 300
    assert float(grown) < 10  # measured: +0 MB card by card, +25 MB when the file was read whole first
