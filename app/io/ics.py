"""iCalendar (RFC 5545) files in and out, as plain rows – no database here.

About 500 lines: reading and writing share the time-zone, all-day and series rules of the format.

Reading: every VEVENT becomes an `IcsEvent` with naive local (Europe/Berlin) times; a series (RRULE) comes
with its occurrences expanded through `recurring-ical-events` (EXDATEs left out, RECURRENCE-ID overrides put
in their place). Outlook's Windows zone names ("W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin, …"),
UTC and floating times all arrive as the office's wall-clock time.

Writing: `calendar_bytes()` turns `OutEvent`/`OutTodo` rows into a VCALENDAR with PRODID, VERSION, one
VTIMEZONE for Europe/Berlin, CRLF line ends and folded lines (icalendar does the folding).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from icalendar.parser import Contentline
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from app.io.messages import t
from app.io.online_meeting import meeting_place as meeting_place  # (re-exported: the readers' one rule)
from app.io.online_meeting import strip_meeting_boilerplate as strip_meeting_boilerplate
from app.wording.formats import last_day

OFFICE_ZONE = "Europe/Berlin"
OFFICE_TZ = ZoneInfo(OFFICE_ZONE)
PRODID = "-//Bruecke//Buero der Integrationsbeauftragten//DE"
UID_SUFFIX = "@bruecke"
MAX_BYTES = 50 * 1024 * 1024  # a calendar file larger than this is refused before parsing
AVAILABILITY_TITLES = {"gebucht", "busy", "frei", "free", "mit vorbehalt", "tentative", "abwesend", "away",
                       "außer haus", "out of office", "woanders tätig", "working elsewhere"}
MAX_OCCURRENCES = 5_000  # per series; an endless daily rule stops here

# The Windows zone ids Outlook writes most often in German-speaking offices, plus the display names older
# Outlook versions put into TZID. icalendar knows the full CLDR table; this one is checked first.
WINDOWS_ZONES: dict[str, str] = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Turkey Standard Time": "Europe/Istanbul",
    "Russian Standard Time": "Europe/Moscow",
    "Arabic Standard Time": "Asia/Baghdad",
    "Syria Standard Time": "Asia/Damascus",
    "Afghanistan Standard Time": "Asia/Kabul",
    "Iran Standard Time": "Asia/Tehran",
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
    "tzone://Microsoft/Utc": "UTC",  # Outlook on the web / Exchange published calendars
}
_DISPLAY_NAMES = (  # "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien" and its translations
    (re.compile(r"amsterdam|berlin|bern|vienna|wien", re.I), "Europe/Berlin"),
    (re.compile(r"brussels|br[üu]ssel|paris|madrid|copenhagen|kopenhagen", re.I), "Europe/Paris"),
    (re.compile(r"belgrad|bratislava|budapest|ljubljana|prague|prag", re.I), "Europe/Budapest"),
    (re.compile(r"sarajevo|skopje|warsaw|warschau|zagreb", re.I), "Europe/Warsaw"),
    (re.compile(r"istanbul", re.I), "Europe/Istanbul"),
    (re.compile(r"dublin|edinburgh|lisbon|lissabon|london", re.I), "Europe/London"),
)


def zone_for(tzid: str) -> ZoneInfo | None:
    """The IANA zone for a TZID as calendar programs write it (IANA, Windows id or Windows display name)."""
    name = tzid.strip().strip('"')
    if not name:
        return None
    mapped = WINDOWS_ZONES.get(name) or WINDOWS_TO_OLSON.get(name)
    for candidate in (mapped, name):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ValueError, KeyError, OSError):
                pass
    for pattern, zone in _DISPLAY_NAMES:
        if pattern.search(name):
            return ZoneInfo(zone)
    return None


@dataclass
class IcsEvent:
    """One VEVENT (or one occurrence of a series) with the office's wall-clock times."""

    uid: str
    title: str
    start: dt.datetime
    end: dt.datetime | None
    all_day: bool = False
    description: str = ""
    location: str = ""
    online_link: str = ""
    status: str = ""  # CONFIRMED, TENTATIVE, CANCELLED or ""
    classification: str = ""  # PUBLIC, PRIVATE, CONFIDENTIAL or ""
    transparent: bool = False
    busy_status: str = ""  # Outlook's X-MICROSOFT-CDO-BUSYSTATUS: BUSY, FREE, TENTATIVE, OOF
    categories: list[str] = field(default_factory=list)
    recurrence_id: dt.datetime | None = None
    moved: bool = False  # an occurrence changed by hand (its own RECURRENCE-ID component)
    attendees: int = 0  # ATTENDEE lines: an invitation with participants
    extra: dict[str, str] = field(default_factory=dict)  # X-BRUECKE-* properties of Brücke's own files


@dataclass
class IcsSeries:
    """A recurring VEVENT: its rule, its first start, removed dates and the occurrences up to `until`."""

    master: IcsEvent
    rrule: str  # RFC 5545 RRULE value; UNTIL as naive local time, as the series model stores it
    exdates: list[dt.datetime]
    occurrences: list[IcsEvent]
    expanded_until: dt.date
    endless: bool


@dataclass
class IcsCalendar:
    product: str
    singles: list[IcsEvent]
    series: list[IcsSeries]
    problems: list[tuple[str, str]] = field(default_factory=list)  # (summary or UID, what is wrong)
    name: str = ""  # X-WR-CALNAME: "Kalender", "Feiertage in Deutschland"

    @property
    def profile(self) -> str:
        """The program that wrote the file, recognised from PRODID."""
        product = self.product.lower()
        for needle, name in (("microsoft", "Outlook"), ("google", t("program_google_calendar")),
                             ("mozilla", "Thunderbird"), ("apple", t("program_apple_calendar")), ("bruecke", "Brücke"),
                             ("nextcloud", "Nextcloud"), ("sabre", "Nextcloud"), ("kde", "KOrganizer")):
            if needle in product:
                return name
        return "iCalendar"


# --- reading ------------------------------------------------------------------------------------------------

def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


# X-WR-TIMEZONE of the file being read when it names another zone than the office's: a feed that writes floating
# times with that header (CiviCRM's CiviEvent feed of a partner organisation in Vilnius or Istanbul) means them in
# that zone, as Google Calendar reads it (and recurring-ical-events through x-wr-timezone). Taken as Berlin time,
# an online meeting at 10:00 in Vilnius (9:00 here) was an hour late.
_FLOATING_ZONE: contextvars.ContextVar[ZoneInfo | None] = contextvars.ContextVar("floating_zone", default=None)


def _local(value: Any, tzid: str = "") -> dt.datetime:
    """A DATE/DATE-TIME as naive office time; a date becomes its midnight."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            zone = zone_for(tzid) if tzid else _FLOATING_ZONE.get()
            if zone is None or zone.key == OFFICE_ZONE:
                return dt.datetime.combine(value.date(), value.time().replace(microsecond=0))  # floating time
            value = value.replace(tzinfo=zone)
        local: dt.datetime = value.astimezone(OFFICE_TZ)
        return local.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    raise ValueError(f"kein Datum: {value!r}")


def _prop_time(component: Any, name: str) -> tuple[dt.datetime | None, bool]:
    prop = component.get(name)
    if isinstance(prop, list):  # a broken file with the property twice: the first one counts
        prop = prop[0] if prop else None
    if prop is None:
        return None, False
    raw = prop.dt
    is_date = isinstance(raw, dt.date) and not isinstance(raw, dt.datetime)
    return _local(raw, str(prop.params.get("TZID", ""))), is_date


def _categories(component: Any) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        names.extend(str(c).strip() for c in (cats if cats is not None else str(item).split(",")))
    return [n for n in names if n]


_HTML_HINT = re.compile(r"<(br|p|div|li|ol|ul|a|b|i|u|span|strong|em)\b[^<>]*>", re.I)
_HTML_ANCHOR = re.compile(r"<a\s[^<>]*href=\"([^\"]*)\"[^<>]*>(.*?)</a>", re.I | re.S)
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(\s[^<>]*)?/?>", re.I)  # not Outlook's "<https://…>" links


def html_to_text(text: str) -> str:
    """Google Calendar exports a description edited in its web page as HTML ("<b>TOP</b><br><ul><li>…");
    plain text stays as it is."""
    if not _HTML_HINT.search(text):
        return text
    text = _HTML_ANCHOR.sub(lambda m: m.group(1) if _HTML_TAG.sub("", m.group(2)).strip() in m.group(1)
                            else f"{m.group(2)} ({m.group(1)})", text)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<li\b[^<>]*>", "\n- ", text, flags=re.I)
    text = re.sub(r"</(p|div|ol|ul|h\d)>", "\n", text, flags=re.I)
    text = html.unescape(_HTML_TAG.sub("", text)).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n")))


ONLINE_LABEL = "Online: "  # the line a written DESCRIPTION carries the online link in (see _vevent)


def _without_link_line(text: str, url: str) -> str:
    """The description without the "Online: <link>" line Brücke writes for the URL beside it (read back)."""
    if not url or ONLINE_LABEL + url not in text:
        return text
    lines = [line for line in text.split("\n") if line.strip() != ONLINE_LABEL + url]
    return "\n".join(lines).strip()


def _event(component: Any) -> IcsEvent | None:
    start, start_is_date = _prop_time(component, "DTSTART")
    if start is None:
        return None
    end, _ = _prop_time(component, "DTEND")
    if end is None and component.get("DURATION") is not None:
        end = start + component["DURATION"].dt
    all_day = start_is_date or (  # Exchange: all-day as local midnights, marked by Outlook's own flag
        _text(component, "X-MICROSOFT-CDO-ALLDAYEVENT").upper() == "TRUE" and start.time() == dt.time(0)
        and (end is None or end.time() == dt.time(0)))
    if all_day:  # DTEND of a date is exclusive: 4.–16. Aug means the last day is the 15th
        last = (end - dt.timedelta(days=1)) if end is not None and end > start else start
        end = dt.datetime.combine(last.date(), dt.time(23, 59))
    url = _text(component, "URL")
    text = _without_link_line(html_to_text(_text(component, "DESCRIPTION")), url)
    description, link = strip_meeting_boilerplate(text)
    location, location_link = meeting_place(_text(component, "LOCATION"))
    link = (_text(component, "X-MICROSOFT-SKYPETEAMSMEETINGURL") or _text(component, "X-GOOGLE-CONFERENCE")
            or link or location_link or url)
    recurrence, _ = _prop_time(component, "RECURRENCE-ID")
    extra = {key[10:].lower(): str(value) for key, value in component.items() if key.startswith("X-BRUECKE-")}
    return IcsEvent(
        uid=_text(component, "UID"), title=_text(component, "SUMMARY"), start=start, end=end, all_day=all_day,
        description=description, location=location, online_link=link,
        status=_text(component, "STATUS").upper(), classification=_text(component, "CLASS").upper(),
        transparent=_text(component, "TRANSP").upper() == "TRANSPARENT",
        busy_status=(_text(component, "X-MICROSOFT-CDO-BUSYSTATUS")
                     or _text(component, "X-MICROSOFT-CDO-INTENDEDSTATUS")).upper(),
        categories=_categories(component), recurrence_id=recurrence, extra=extra,
        attendees=_count(component, "ATTENDEE"))


def _count(component: Any, name: str) -> int:
    value = component.get(name)
    return 0 if value is None else len(value) if isinstance(value, list) else 1


def _rrule_text(component: Any) -> tuple[str, bool]:
    """The RRULE with UNTIL in naive office time (the series model's form) and whether it never ends."""
    rule = component["RRULE"]
    rule = rule[0] if isinstance(rule, list) else rule
    parts = dict(rule)
    endless = "UNTIL" not in parts and "COUNT" not in parts
    if "UNTIL" in parts:
        until = parts["UNTIL"][0]
        if isinstance(until, dt.datetime):
            parts["UNTIL"] = [_local(until)]
    text = icalendar.vRecur(parts).to_ical().decode()
    return text, endless


_FOLD = re.compile(rb"\r?\n[ \t]")  # a line break followed by one space or tab continues the line


def read_calendar(data: bytes, *, horizon: dt.date) -> IcsCalendar:
    """Parse a calendar file. Series are expanded up to their end or, if endless, up to `horizon`."""
    if len(data) > MAX_BYTES:
        raise ValueError(t("ics_too_big"))
    # RFC 5545 §3.1: simple writers fold at 75 octets in the middle of a UTF-8 character (CiviCRM until its 2022
    # fix, many PHP feeds); unfolding the bytes first restores it. Decoded before unfolding, one split "ä" made the
    # whole file fall back to the Windows code page ("AuslÃ¤nderbehÃ¶rde" in every entry)
    as_written = data
    data = _FOLD.sub(b"", data)
    text = _decoded(data)
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise ValueError(t("not_ics"))
    text, problems = _complete(text)
    text = _VTIMEZONE.sub(_windows_zone_rules, text)
    try:
        # several VCALENDARs one after another: invitations (invite.ics) put together into one file
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
        calendar = calendars[0]
    except Exception as exc:  # noqa: BLE001 - icalendar raises many kinds for a broken file
        broken = _broken_line(_decoded(as_written))
        if broken is not None:  # the line in the user's file, not the parser's English
            raise ValueError(t("ics_broken_line", number=broken[0], text=broken[1][:60])) from None
        raise ValueError(str(exc) or type(exc).__name__) from None
    token = _FLOATING_ZONE.set(zone_for(_text(calendar, "X-WR-TIMEZONE")))
    try:
        return _read(calendar, calendars, horizon, problems)
    finally:
        _FLOATING_ZONE.reset(token)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Outlook 2003 and other old programs write the Windows code page
        return data.decode("cp1252", errors="replace")


def _broken_line(text: str) -> tuple[int, str] | None:
    """The first content line that cannot be split into name, parameters and value, with its line number in the
    file as written (folded lines belong to the line they continue)."""
    def parses(line: str) -> bool:
        try:
            Contentline(line).parts()
        except Exception:  # noqa: BLE001 - whatever icalendar raises for the line
            return False
        return True

    logical, start = "", 0
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line[:1] in (" ", "\t") and logical:
            logical += line[1:]
            continue
        if logical.strip() and not parses(logical):
            return start, logical.strip()
        logical, start = line, number
    return None


# Windows keeps a zone's change days as "the n-th Sunday", where 5 means the last one; Windows Phone/ActiveSync and
# older Outlook write it as BYDAY=5SU (an Open-Xchange test calendar from "Microsoft Windows Phone": TZID "W. Europe
# Standard Time", RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=5SU;BYMONTH=10). October 2025 and 2026 have four Sundays: read
# as RFC 5545 says, summer time never ended and every winter meeting arrived an hour early.
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\b.*?^END:VTIMEZONE\b", re.I | re.M | re.S)
_FIFTH_WEEK = re.compile(r"BYDAY=5(SU|MO|TU|WE|TH|FR|SA)\b", re.I)
# The same invitations give the offsets without their sign ("TZOFFSETFROM:0200", Open-Xchange bug 19463): icalendar
# read them wrongly and the meetings arrived at 23:00 the day before.
_UNSIGNED_OFFSET = re.compile(r"^(TZOFFSET(?:FROM|TO)[^:\r\n]*:)(\d{4}(?:\d\d)?)[ \t]*$", re.I | re.M)


def _windows_zone_rules(block: re.Match[str]) -> str:
    """A VTIMEZONE as Windows Phone and older Outlook write it, in RFC 5545's terms (see _FIFTH_WEEK)."""
    return _UNSIGNED_OFFSET.sub(r"\1+\2", _FIFTH_WEEK.sub(r"BYDAY=-1\1", block.group(0)))
_LAST_END = re.compile(r"^END:VEVENT[ \t]*\r?$", re.I | re.M)
_SUMMARY = re.compile(r"^SUMMARY[;:](?:[^:\r\n]*:)?(.*)$", re.I | re.M)


def _complete(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A file cut off in the middle (a copy or download that stopped, a full disk while saving) has no
    END:VCALENDAR: icalendar refused it with "list index out of range". The complete entries are read; the
    one cut off is named as a problem."""
    if re.search(r"^END:VCALENDAR", text, re.I | re.M):
        return text, []
    ends = list(_LAST_END.finditer(text))
    first = re.search(r"^BEGIN:VEVENT", text, re.I | re.M)
    cut = ends[-1].end() if ends else first.start() if first else None
    if cut is None:
        return text, []
    rest = text[cut:]
    problems = []
    if "BEGIN:VEVENT" in rest.upper():
        title = _SUMMARY.search(rest)
        problems.append((title.group(1).strip() if title else "", t("ics_truncated")))
    return text[:cut].rstrip("\r\n") + "\r\nEND:VCALENDAR\r\n", problems


def _stand_in_uid(component: Any) -> str:
    """A UID for an event that has none, the same every time the file is read (title, start, end), so importing
    the file again updates its appointments instead of adding them a second time."""
    parts = [_text(component, "SUMMARY")]
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = component.get(name)
        parts.append(prop.to_ical().decode() if hasattr(prop, "to_ical") else "")
    return "noid-" + hashlib.sha1("|".join(parts).encode(), usedforsecurity=False).hexdigest()[:24]


def _read(calendar: Any, calendars: list[Any], horizon: dt.date, problems: list[tuple[str, str]]) -> IcsCalendar:
    masters: dict[str, Any] = {}
    overrides: dict[str, list[Any]] = {}
    singles: list[IcsEvent] = []

    def read(component: Any) -> IcsEvent | None:
        try:
            return _event(component)
        except Exception as exc:  # noqa: BLE001 - one unreadable event must not hide the others
            problems.append((_text(component, "SUMMARY") or _text(component, "UID"), str(exc) or type(exc).__name__))
            return None

    for component in (event for each in calendars for event in each.walk("VEVENT")):
        uid = _text(component, "UID")
        if not uid:  # RFC 5545 requires one; event feeds of web sites leave it out (see _stand_in_uid)
            uid = _stand_in_uid(component)
            component.add("UID", uid)
        if component.get("RRULE") is not None and component.get("RECURRENCE-ID") is None:
            masters[uid] = component
        elif component.get("RECURRENCE-ID") is not None:
            overrides.setdefault(uid, []).append(component)
        else:
            event = read(component)
            if event is not None:
                singles.append(event)
    for uid, components in overrides.items():  # one moved occurrence of a series that is not in the file
        if uid not in masters:
            singles.extend(e for e in (read(c) for c in components) if e is not None)
    series: list[IcsSeries] = []
    for uid, master in masters.items():
        try:
            item = _series(master, overrides.get(uid, []), horizon)
        except Exception as exc:  # noqa: BLE001
            problems.append((_text(master, "SUMMARY") or uid, str(exc) or type(exc).__name__))
            continue
        if item is not None:
            series.append(item)
    events = [*singles, *(s.master for s in series)]
    if len(events) >= 2 and all(e.title.casefold() in AVAILABILITY_TITLES and not e.description and not e.location
                                for e in events):
        raise ValueError(t("ics_availability_only"))  # Outlook "Kalender speichern", detail "Nur Verfügbarkeit"
    return IcsCalendar(_text(calendar, "PRODID"), singles, series, problems, _text(calendar, "X-WR-CALNAME"))


def _series(master: Any, overrides: list[Any], horizon: dt.date) -> IcsSeries | None:
    event = _event(master)
    if event is None:
        return None
    rrule, endless = _rrule_text(master)
    exdates: list[dt.datetime] = []
    values = master.get("EXDATE")
    for prop in (values if isinstance(values, list) else [values] if values is not None else []):
        tzid = str(prop.params.get("TZID", ""))
        exdates.extend(_local(item.dt, tzid) for item in prop.dts)
    if event.all_day:
        exdates = [d.replace(hour=0, minute=0) for d in exdates]
    sub = icalendar.Calendar()
    sub.add_component(master)
    for component in overrides:
        sub.add_component(component)
    moved = {e.recurrence_id for e in (_event(c) for c in overrides) if e is not None}
    own_horizon = _text(master, "X-BRUECKE-GENERATED-UNTIL")  # Brücke's file: the source office's horizon
    if endless and own_horizon:
        try:
            horizon = dt.date.fromisoformat(own_horizon)
        except ValueError:
            pass
    window_end = horizon + dt.timedelta(days=1) if endless else dt.date(2200, 1, 1)
    first = (master["DTSTART"].dt if not isinstance(master["DTSTART"].dt, dt.datetime)
             else master["DTSTART"].dt.date()) - dt.timedelta(days=1)
    occurrences: list[IcsEvent] = []
    last_day = first
    for number, component in enumerate(recurring_ical_events.of(sub).between(first, window_end)):
        if number >= MAX_OCCURRENCES:
            break
        occurrence = _event(component)
        if occurrence is None:
            continue
        if occurrence.recurrence_id is None:
            occurrence.recurrence_id = occurrence.start
        occurrence.uid = event.uid
        occurrence.moved = occurrence.recurrence_id in moved
        occurrences.append(occurrence)
        last_day = max(last_day, occurrence.start.date())
    return IcsSeries(event, rrule, exdates, occurrences, horizon if endless else last_day, endless)


# --- writing ------------------------------------------------------------------------------------------------

@dataclass
class OutEvent:
    """A VEVENT to write. Times are naive office time; `rrule`/`exdates` only for a series' main event."""

    uid: str
    title: str
    start: dt.datetime
    end: dt.datetime | None
    all_day: bool = False
    description: str = ""
    location: str = ""
    online_link: str = ""
    status: str = ""  # CONFIRMED / CANCELLED / TENTATIVE
    classification: str = "PUBLIC"
    categories: Sequence[str] = ()
    rrule: str = ""
    exdates: Sequence[dt.datetime] = ()
    recurrence_id: dt.datetime | None = None
    sequence: int = 0
    modified: dt.datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)  # written as X-BRUECKE-<KEY>


@dataclass
class OutTodo:
    uid: str
    title: str
    due: dt.date | None
    description: str = ""
    modified: dt.datetime | None = None


def _berlin_timezone() -> icalendar.Timezone:
    zone = icalendar.Timezone()
    zone.add("TZID", OFFICE_ZONE)
    zone.add("X-LIC-LOCATION", OFFICE_ZONE)
    for kind, name, start, offset_from, offset_to, month in (
            ("DAYLIGHT", "CEST", dt.datetime(1970, 3, 29, 2), 1, 2, 3),
            ("STANDARD", "CET", dt.datetime(1970, 10, 25, 3), 2, 1, 10)):
        part = icalendar.TimezoneDaylight() if kind == "DAYLIGHT" else icalendar.TimezoneStandard()
        part.add("TZNAME", name)
        part.add("TZOFFSETFROM", dt.timedelta(hours=offset_from))
        part.add("TZOFFSETTO", dt.timedelta(hours=offset_to))
        part.add("DTSTART", start)
        part.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"})
        zone.add_component(part)
    return zone


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=OFFICE_TZ, microsecond=0)


def _utc(value: dt.datetime) -> dt.datetime:
    """Naive values are office time; an aware one (a change time taken from the local clock) keeps its zone."""
    zoned = value if value.tzinfo is not None else value.replace(tzinfo=OFFICE_TZ)
    return zoned.astimezone(dt.UTC).replace(microsecond=0)


def _rule_for_export(rrule: str, all_day: bool) -> icalendar.vRecur:
    """UNTIL is stored in office time; with a TZID DTSTART RFC 5545 wants it in UTC (a date for all-day)."""
    rule = icalendar.vRecur.from_ical(rrule.removeprefix("RRULE:"))
    if "UNTIL" in rule:
        until = rule["UNTIL"][0]
        if isinstance(until, dt.datetime):
            until = until.date() if all_day else (_utc(until) if until.tzinfo is None else until)
        elif all_day is False:
            until = _utc(dt.datetime.combine(until, dt.time(23, 59, 59)))
        rule["UNTIL"] = [until]
    return rule


def _add_time(component: Any, name: str, value: dt.datetime, all_day: bool) -> None:
    component.add(name, value.date() if all_day else _aware(value))


def _vevent(event: OutEvent, stamp: dt.datetime) -> icalendar.Event:
    component = icalendar.Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    component.add("SUMMARY", event.title)
    _add_time(component, "DTSTART", event.start, event.all_day)
    if event.all_day:
        component.add("DTEND", last_day(event.start, event.end) + dt.timedelta(days=1))  # exclusive
    elif event.end is not None and event.end > event.start:
        component.add("DTEND", _aware(event.end))
    else:
        component.add("DURATION", dt.timedelta(0))
    if event.recurrence_id is not None:
        _add_time(component, "RECURRENCE-ID", event.recurrence_id, event.all_day)
    if event.rrule:
        component.add("RRULE", _rule_for_export(event.rrule, event.all_day))
    if event.exdates:
        component.add("EXDATE", [d.date() if event.all_day else _aware(d) for d in event.exdates])
    description = event.description
    if event.online_link and event.online_link not in description:  # Outlook and Google import no URL property
        description = (description.rstrip() + "\n\n" if description.strip() else "") + ONLINE_LABEL + event.online_link
    for name, value in (("LOCATION", event.location), ("DESCRIPTION", description),
                        ("STATUS", event.status), ("CLASS", event.classification)):
        if value:
            component.add(name, value)
    if event.online_link:
        component.add("URL", event.online_link)
    if event.categories:
        component.add("CATEGORIES", list(event.categories))
    component.add("SEQUENCE", event.sequence)
    component.add("TRANSP", "TRANSPARENT" if event.status == "CANCELLED" else "OPAQUE")
    if event.modified is not None:
        component.add("LAST-MODIFIED", _utc(event.modified))
    for key, value in event.extra.items():
        component.add("X-BRUECKE-" + key.upper(), value)
    return component


def calendar_bytes(events: Iterable[OutEvent], todos: Iterable[OutTodo] = (), *, name: str = "Brücke",
                   now: dt.datetime | None = None) -> bytes:
    """A complete, valid VCALENDAR (CRLF, folded lines) in UTF-8."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", name)
    calendar.add("X-WR-TIMEZONE", OFFICE_ZONE)
    calendar.add_component(_berlin_timezone())
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    for todo in todos:
        component = icalendar.Todo()
        component.add("UID", todo.uid)
        component.add("DTSTAMP", stamp)
        component.add("SUMMARY", todo.title)
        if todo.due is not None:
            component.add("DUE", todo.due)
        if todo.description:
            component.add("DESCRIPTION", todo.description)
        component.add("STATUS", "NEEDS-ACTION")
        if todo.modified is not None:
            component.add("LAST-MODIFIED", _utc(todo.modified))
        calendar.add_component(component)
    return bytes(calendar.to_ical())
