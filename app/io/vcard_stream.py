"""A vCard file read card by card: the raw bytes of each card without its photos, memory bounded by one card.

Phone exports (iPhone, Android, Nextcloud) put a photo into most cards – a few hundred contacts are well over
50 MB, nearly all of it base64. The file is read in chunks and split into lines (CRLF, LF or CR); PHOTO,
LOGO, SOUND and KEY lines are dropped with their continuation lines before anything is parsed:
- vCard 3.0/4.0 fold at 75 octets, continuation lines start with a space or tab
  (`PHOTO;ENCODING=b;TYPE=JPEG:/9j/…`, `PHOTO:data:image/jpeg;base64,/9j/…`);
- vCard 2.1 (Android, older phones) writes the base64 lines indented or not, up to a blank line – a line
  without a colon cannot be a property, so it belongs to the photo;
- a quoted-printable line ending in "=" continues on the next line whatever that holds.
A line longer than MAX_LINE_BYTES (an unfolded photo) is cut while it is read. Caps: MAX_CARD_BYTES for one
card without its photos (such a card becomes an error entry naming it), MAX_CARDS per file (refused).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 1 << 20                    # bytes per read
MAX_LINE_BYTES = 8 << 20           # a longer line is cut while reading (kept: its first HEAD_BYTES)
MAX_CARD_BYTES = 1 << 20           # one card without photos; real cards hold a few KB
MAX_CARDS = 50_000                 # cards per file (an office's address book holds a few thousand)
HEAD_BYTES = 512
DROPPED = frozenset({b"PHOTO", b"LOGO", b"SOUND", b"KEY"})
MARKED = frozenset({b"PHOTO", b"LOGO"})   # reported in the preview ("Foto nicht übernommen")
DROPPED_MARK = b"X-BRUECKE-DROPPED:PHOTO"
_CARD_EDGES = (b"END:VCARD", b"BEGIN:VCARD")


class _Cut(bytes):
    """The head of a line that was longer than MAX_LINE_BYTES."""


@dataclass
class RawCard:
    number: int             # 1, 2, … in the file
    lines: list[bytes]      # BEGIN:VCARD … END:VCARD without photos (a DROPPED_MARK line where one was)
    name: str = ""          # FN (or N's given and family name), for messages
    too_big: bool = False   # over MAX_CARD_BYTES without photos (lines then incomplete)
    finished: bool = True   # END:VCARD was there


def raw_lines(stream: BinaryIO) -> Iterator[bytes]:
    """The file's lines without their line ends; CRLF, LF and CR all end a line, also across reads."""
    pending = b""
    cutting = False
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        if cutting:  # the rest of an over-long line: skipped up to its line end
            ends = [i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0]
            if not ends:
                continue
            chunk, cutting = chunk[min(ends):], False
        data = pending + chunk if pending else chunk
        lines = data.splitlines()
        if data[-1:] == b"\n":
            pending = b""
        else:  # the last line goes on in the next read ("\r" kept: a "\n" may follow)
            pending = lines.pop() + (b"\r" if data[-1:] == b"\r" else b"") if lines else b""
        yield from lines
        if len(pending) > MAX_LINE_BYTES:
            yield _Cut(pending[:HEAD_BYTES])
            pending, cutting = b"", True
    if pending.rstrip(b"\r"):
        yield pending.rstrip(b"\r")


def _name(line: bytes) -> bytes:
    """The property name of a line, group taken off: b"item1.EMAIL;type=WORK:x" → b"EMAIL"."""
    head = line.split(b":", 1)[0].split(b";", 1)[0]
    return head.rpartition(b".")[2].strip().upper()


def _shown_name(line: bytes, structured: bool) -> str:
    """FN's value, or N's given and family name, for messages ("Anna Müller")."""
    head, _, value = line.partition(b":")
    if b"QUOTED-PRINTABLE" in head.upper():
        value = quopri.decodestring(value.rstrip(b"="))
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        text = value.decode("cp1252", "replace")  # Outlook's own .vcf
    if structured:
        parts = re.split(r"(?<!\\);", text)
        text = " ".join(p for p in (parts[1] if len(parts) > 1 else "", parts[0]) if p)
    return text.replace("\\,", ",").replace("\\;", ";").strip()


def cards(stream: BinaryIO) -> Iterator[RawCard]:
    """Each card of the file as it comes; ValueError("not_vcard") when no BEGIN:VCARD starts the file,
    ValueError("too_many") from the card after MAX_CARDS on (the caller words both)."""
    depth = 0
    number = 0
    seen = 0               # bytes before the first card
    skipping = False       # inside a dropped property (its continuation lines)
    quoted = False         # the last kept line was quoted-printable and ended in "="
    card: RawCard | None = None
    size = 0
    named_by_n = False     # the card's name so far comes from N (FN wins when it follows)
    for line in raw_lines(stream):
        if card is None:
            if line.lstrip(b"\xef\xbb\xbf \t").upper().rstrip() == b"BEGIN:VCARD":
                number += 1
                card, depth, size, skipping, quoted = RawCard(number, [b"BEGIN:VCARD"]), 1, 0, False, False
                named_by_n = False
            elif number == 0:
                seen += len(line) + 1
                if seen > 4000:
                    raise ValueError("not_vcard")
            continue
        first = line[:1]
        if quoted and line.strip().upper() in _CARD_EDGES:  # a value ending in "=" right before END:VCARD:
            quoted = False  # no continuation, else the card never ends and swallows every card after it
        if quoted:  # a quoted-printable soft line break: this line goes on the last one
            quoted = line.endswith(b"=")
        elif first == b" " or first == b"\t":
            if skipping:
                continue
        elif skipping and line and b":" not in line:
            continue  # vCard 2.1 base64 without indent
        else:
            skipping = False
            if not line:
                continue
            name = _name(line)
            if name in DROPPED:
                skipping = True
                if name in MARKED and DROPPED_MARK not in card.lines:
                    card.lines.append(DROPPED_MARK)
                continue
            if name == b"FN" and (not card.name or named_by_n):
                card.name, named_by_n = _shown_name(line, False), False
            elif name == b"N" and not card.name:  # FN comes later, or never
                card.name = _shown_name(line, True)
                named_by_n = True
            elif name == b"BEGIN" and line.rstrip().upper().endswith(b":VCARD"):
                depth += 1  # a vCard 2.1 AGENT card inside this one
            elif name == b"END" and line.rstrip().upper().endswith(b":VCARD"):
                depth -= 1
                if depth == 0:
                    card.lines.append(b"END:VCARD")
                    if number > MAX_CARDS:
                        raise ValueError("too_many", number, card.name)
                    yield card
                    card = None
                    continue
            quoted = line.endswith(b"=") and b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
        if card.too_big:
            continue
        size += len(line) + 2
        if size > MAX_CARD_BYTES or type(line) is _Cut:
            card.too_big, card.lines = True, []
        else:
            card.lines.append(line)
    if card is not None:
        card.finished = False
        if number > MAX_CARDS:
            raise ValueError("too_many", number, card.name)
        yield card
    elif number == 0:
        raise ValueError("not_vcard")
