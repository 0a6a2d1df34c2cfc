"""Online-meeting invitation text in an appointment's description: ONE rule for the .ics import (app/io/ics.py)
and the Outlook calendar CSV (app/services/imports), without loading a calendar library.

`strip_meeting_boilerplate(text)` returns (the text without the invitation block, the join link or ""):

- the join link is the first link that joins a meeting – Teams ("…/l/meetup-join/…", "…/meet/…"), Zoom
  ("…zoom.us/j/…"), Webex ("…/j.php?MTID=…"), Google Meet, GoTo, Skype for Business, Jitsi (meet.jit.si or
  a host named "jitsi…") and BigBlueButton ("bbb.…", Greenlight rooms "/b/abc-def-ghi", "…/join");
  help, download, dial-in and meeting-option pages of those programs are never taken for it;
- a block opens at a rule line (10+ "_", 20+ "-" or ".", Google's "-::~:~…") followed within four lines by a meeting
  header or a join link, and closes at the next rule at least as long (Teams 2024 has a short rule inside
  its block); the text below the closing rule is kept;
- a block also opens at a program's own header line without a rule above it ("Microsoft Teams-Besprechung",
  "Nehmen Sie über Ihren Computer … teil", "… lädt Sie zu einem geplanten Zoom-Meeting ein",
  "Zoom-Meeting beitreten", "-- Der folgende Text darf nicht gelöscht … werden. --" of Webex, Jitsi's
  "Klicken Sie auf folgenden Link …"); it runs to the next long rule (40+), else to the first line after
  the join link with nothing of an invitation in it (Zoom, Webex and GoTo write no closing rule: a note the
  office wrote below, or the agenda under a hand-made "Zoom-Meeting beitreten: <link>", stays), else to the
  end of the text. Such a
  block is only cut when it holds a join link or an ID/passcode line ("Besprechungs-ID", "Meeting-ID",
  "Kennung", "Kenncode", "Passcode"), so a sentence that merely names Teams stays;
- a line that only labels the join link ("Jitsi-Konferenz: https://meet.jit.si/…") goes, the link is kept;
  a sentence that goes on after the link, and any other meeting's link, stay as written;
- a rule followed by a join link but no program's header only opens a block when a rule closes it, so a
  hand-made agenda ("TOP 1 / ----- / Online: <link> / TOP 2") keeps everything but the link line;
- the agenda written above the block is kept as it was (line ends become "\\n").
"""

from __future__ import annotations

import re

_JOIN_LINK = re.compile(
    r"https?://(?:"
    r"teams\.(?:microsoft|live)\.com/(?:l/meetup-join/|meet/)"
    r"|[\w.-]*zoom\.us/(?:j|w|my|s|wc/join)/"
    r"|meet\.google\.com/[a-z]"
    r"|[\w.-]*webex\.com/(?:[\w.-]+/)*(?:j\.php|meet/|join/)"
    r"|(?:meet\.jit\.si|8x8\.vc|[\w.-]*jitsi[\w.-]*)/\w"
    r"|(?:bbb\.[\w.-]+|[\w.-]*bigbluebutton[\w.-]*|[\w.-]*webconf[\w.-]*|[\w.-]*senfcall\.de)/\w"
    r"|[\w.-]+/(?:b|rooms)/\w+(?:-\w+){2,}(?:/join)?(?=[\s<>\"'),.;]|$)"
    r"|(?:global\.gotomeeting\.com/join|meet\.goto\.com|app\.gotomeeting\.com)/"
    r"|meet\.lync\.com/"  # Skype for Business (Outlook 2013–2019)
    r")[^\s<>\"]*", re.IGNORECASE)
_TRAILING = ".,;:!?)'"
_RULE = re.compile(r"^(?:_{10,}|-{20,}|\.{20,}|-::~[:~]+-?)$")
_LONG_RULE = 40
_HEADER = re.compile(
    r"^(?:microsoft teams(?:[- ](?:besprechung|meeting)\b|\s+(?:benötigen sie hilfe|need help))"
    r"|(?:nehmen sie )?über ihren computer, ihre mobile app oder ihr raumgerät teil"
    r"|join (?:on|from) your computer,? mobile app or room device"
    r"|(?:klicken sie hier|hier klicken),? um an der besprechung teilzunehmen|click here to join the meeting"
    r"|.{0,80}(?:lädt sie zu einem geplanten zoom-meeting ein|is inviting you to a scheduled zoom meeting)"
    r"|zoom-meeting beitreten|join zoom meeting"
    r"|--.{0,80}(?:folgende\w* text|following text).{0,60}--"
    r"|webex-meeting beitreten|join (?:the )?webex meeting|.{0,40}(?:am webex-meeting|the webex meeting) hier"
    r"|.{0,80}(?:zu diesem (?:geplanten )?webex-meeting ein|to this (?:scheduled )?webex meeting)"
    r"|.{0,40}hier am webex-meeting teilnehmen"
    r"|(?:nehmen sie )?mit google meet teil|join with google meet|google meet-videokonferenz beitreten"
    r"|skype-besprechung beitreten|join skype meeting"
    r"|bitte nehmen sie an meinem meeting .{0,80}teil|please join my meeting"
    r"|klicken sie auf (?:den )?folgenden link.{0,80}teil|click the following link to join)",
    re.IGNORECASE)
_DETAIL = re.compile(r"besprechungs-id|meeting[- ]id|meeting-kennnummer|kennung|kenncode|passcode|passwort|"
                     r"access code|zugriffscode|conference id|konferenz-id", re.IGNORECASE)
_PLACEHOLDER_PLACE = re.compile(r"^(microsoft teams[- ](besprechung|meeting)|zoom(-meeting| meeting)?|google meet|"
                                r"webex(-meeting| meeting)?|jitsi|bigbluebutton|online|videokonferenz)$", re.IGNORECASE)


def join_link(text: str) -> str:
    """The first link in `text` that joins an online meeting, or ""."""
    match = _JOIN_LINK.search(text or "")
    return match.group(0).rstrip(_TRAILING) if match else ""


def _is_rule(line: str) -> bool:
    return bool(_RULE.match(line))


def _rule_block_end(lines: list[str], index: int) -> int | None:
    """The end of a block opened by the rule at `index`: a program's header must follow within four lines, or a
    join link with a closing rule below (a hand-made agenda's "-----" above an "Online: <link>" is no block)."""
    following = [line.strip() for line in lines[index + 1:] if line.strip()][:4]
    header = any(_HEADER.match(line) for line in following)
    if not header and not any(_JOIN_LINK.search(line) for line in following):
        return None
    end, closed = _block_end(lines, index, lines[index].strip())
    return end if header or closed else None


def _block_end(lines: list[str], index: int, opening: str) -> tuple[int, bool]:
    """(the index after the block that starts at `index`, whether a rule closed it); opening: its rule, or ""
    for a header line."""
    fence = opening.startswith("-::~")
    for number in range(index + 1, len(lines)):
        line = lines[number].strip()
        if fence and line.startswith("-::~"):
            return number + 1, True
        if not fence and _is_rule(line) and not line.startswith("-::~") \
                and len(line) >= (len(opening) if opening else _LONG_RULE):
            return number + 1, True
    return len(lines), False


# A line of an invitation after its join link: dial-in numbers, IDs, links, the programs' own words. Zoom, Webex
# and GoTo write no closing rule, so the first paragraph after the join link with none of these is the office's
# own text again ("Bitte Namensschild mitbringen.") and stays.
_INVITATION_LINE = re.compile(
    r"https?://|\+\d|^[\s•*-]*\d[\d\s.(),#*/-]{6,}|^-{2,}\s*$|^_{3,}\s*$|einwahl|einwähl|wählen|dial|\bsip\b|"
    r"h\.323|telefon|phone|beitreten|beitritt|\bjoin|\bpin\b|zugangscode|host|gastgeber|zoom|webex|teams|skype|"
    r"lync|goto|jitsi|google meet|ortsvorwahl|local number|abschnitt nicht|do not edit|not be edited|rufen sie an|"
    r"call[- ]in|audio|toll|one[- ]t(?:ap|ouch)|password|kennwort|meeting number", re.IGNORECASE)


def _header_block_end(lines: list[str], index: int) -> int:
    """The end of a block opened by a program's header line: a long rule, else the first line after the join
    link (or its ID lines) that holds nothing of an invitation ("TOP 1: Begrüßung" under a hand-made
    "Zoom-Meeting beitreten: <link>"), else the end of the text."""
    end, closed = _block_end(lines, index, "")
    if closed:
        return end
    joined = False  # the join link or an ID/passcode line was passed
    for number in range(index, end):
        line = lines[number].strip()
        if not line:
            continue
        if joined and not (_INVITATION_LINE.search(line) or _DETAIL.search(line) or _HEADER.match(line)):
            return number
        joined = joined or bool(_JOIN_LINK.search(line) or _DETAIL.search(line))
    return end


def _labels_the_link(line: str, link: str) -> bool:
    """ "Jitsi-Konferenz: https://meet.jit.si/Beirat": the line says nothing besides the join link."""
    match = _JOIN_LINK.search(line)
    if match is None or match.group(0).rstrip(_TRAILING) != link:
        return False
    after = line[match.end():].strip().strip(_TRAILING + ">")
    return not after and len(line[:match.start()].strip()) <= 80


def strip_meeting_boilerplate(text: str) -> tuple[str, str]:
    """Cut Teams/Zoom/Webex/Meet/Jitsi/BigBlueButton invitation text; return (rest, the join link or "")."""
    if not text:
        return "", ""
    link = join_link(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    gap = False  # a block was cut here: one empty line between what stays above and below
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        end = _rule_block_end(lines, index) if _is_rule(line) else None
        if end is None and _HEADER.match(line):
            end = _header_block_end(lines, index)
            block = "\n".join(lines[index:end])
            if not (_JOIN_LINK.search(block) or _DETAIL.search(block)):
                end = None
        if end is None and link and _labels_the_link(line, link):
            index += 1  # the link goes to the online link; the lines around it stay as they were
            continue
        if end is not None:
            while kept and not kept[-1].strip():
                kept.pop()
            gap = bool(kept)
            index = end
            continue
        if line and gap:
            kept.append("")
            gap = False
        if line or not gap:
            kept.append(lines[index])
        index += 1
    return "\n".join(kept).strip(), link


def meeting_place(text: str) -> tuple[str, str]:
    """(place, link): Apple writes the address over several lines ("Rathaus\\nMarkt 1\\n04600 Lindenau"), a
    single line keeps them readable; Outlook's "Microsoft Teams-Besprechung" or a bare join link is no place,
    and Outlook's hybrid "Sitzungssaal; Microsoft Teams-Besprechung" is the room."""
    place = ", ".join(part.strip() for part in text.splitlines() if part.strip())
    parts = [part.strip() for part in place.split(";")]
    links = [match.group(0) for match in (_JOIN_LINK.fullmatch(part) for part in parts) if match is not None]
    rooms = [part for part in parts if part and not _JOIN_LINK.fullmatch(part) and not _PLACEHOLDER_PLACE.match(part)]
    if len(rooms) == len(parts):
        return place, ""  # "Landratsamt; Raum 1.12" stays as written
    return "; ".join(rooms), links[0] if links else ""
