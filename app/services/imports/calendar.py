"""Calendar semantics of an appointment import (Outlook calendar CSV and hand-made lists of dates).

- past appointments come in as held ("durchgeführt") unless the source says cancelled;
- all-day and multi-day events stay all-day (Outlook's end date of an all-day event is the day after);
- categories map to kinds; the office's choices are remembered like column mappings;
- a row without a kind or a category that maps gets its kind from its title words (`kind_from_title`, the
  same rule the .ics import uses through `guess_kind`);
- private entries (Outlook "Privat" = Ein/True, sensitivity "Privat"/"Persönlich", categories such as
  "Urlaub" or "Privat", free/busy "Abwesend"/out of office, a title that is nothing but "Urlaub", "Krank",
  "Arzttermin" …) are skipped with their reason;
- public and school holidays are skipped with their reason (`holiday_reason`, the rule is written there);
- online-meeting boilerplate (Teams/Zoom/Webex/Jitsi invitation text) is cut from the agenda, the link kept
  (app/io/online_meeting.py, the same rule as the .ics import).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence

from app.io import online_meeting, profiles
from app.models import Setting, db_proxy
from app.models.entities import APPOINTMENT_KINDS
from app.services.imports.targets import KIND_WORDS, header_key
from app.services.messages import t

CATEGORY_SETTING = "import_category_kinds"
PRIVATE = "private"   # a category rule that skips the entry
PRIVATE_CATEGORIES = ("urlaub", "privat", "private", "personal", "personlich", "krank", "vacation", "holiday",
                      "abwesend", "out of office", "frei", "elternzeit", "arzt")
# a word that makes a longer category private ("Urlaub Team"); the English "private", "personal", "holiday" and
# "frei" only count as the whole category: "Private Träger", "Personal und Organisation" are an office's topics
_PRIVATE_CATEGORY_WORDS = ("urlaub", "privat", "krank", "abwesend", "elternzeit", "arzt", "personlich", "vacation")
_CANCELLED_PREFIX = re.compile(r"^\s*(abgesagt|abgesagt von|canceled|cancelled|storniert)\s*:\s*", re.IGNORECASE)
# Title words → kind, checked in this order on the lower-cased title and categories (a "Pressekonferenz" is a
# press date, not a conference). German first; the English words of an English Outlook.
TITLE_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("committee_session", ("gremium", "sitzung", "beirat", "runder tisch", "ausschuss", "kommission", "plenum",
                           "round table", "committee")),
    ("counselling_hours", ("sprechstunde", "beratung", "office hours", "counselling", "counseling")),
    ("press_date", ("presse", "interview", "pressetermin", "press conference", "press date", "press briefing")),
    ("conference", ("konferenz", "tagung", "fachtag", "kongress", "symposium", "conference", "congress")),
    ("workshop", ("workshop", "schulung", "seminar", "fortbildung", "training")),
    ("site_visit", ("ortstermin", "vor-ort", "besichtigung", "besuch", "site visit")),
    ("study_visit", ("studienreise", "studienfahrt", "delegation", "study visit", "study trip")),
)

# Words that hold a kind's needle without being that kind: a "Videokonferenz"/"Schaltkonferenz" is a call (a
# meeting), not a conference; so are the working meetings of social work and schools ("Fallkonferenz",
# "Helferkonferenz", "Lehrerkonferenz", "Dienstkonferenz"); a "Pressesprecherin" no press date; a "Vorberatung" no
# counselling hours.
_NO_KIND_WORDS = re.compile(
    r"\b(?:video|telefon|schalt|web|teams|zoom|webex|tele)[- ]?konferenz\w*|\bkonferenzschaltung\w*"
    r"|\b(?:fall|helfer|hilfeplan|lehrer|klassen|zeugnis|gesamt|dienst|team|amtsleiter)[- ]?konferenz\w*"
    r"|\b(?:video|phone|telephone|web|tele)[- ]?conferenc\w*|\bconference call\w*"
    r"|\bpressesprecher\w*|\bvorberatung\w*|\bvertagung\w*")


def split_categories(text: str) -> list[str]:
    """Outlook writes "A;B", Google "A ::: B"; hand-made lists use commas."""
    parts = re.split(r"\s*(?::::|;|,)\s*", text or "")
    return [p.strip() for p in parts if p.strip()]


def remembered_categories() -> dict[str, str]:
    row = Setting.get_or_none(Setting.key == CATEGORY_SETTING)
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items() if v in APPOINTMENT_KINDS or v == PRIVATE} \
        if isinstance(value, dict) else {}


def remember_categories(rules: dict[str, str]) -> None:
    merged = remembered_categories()
    merged.update({header_key(k): v for k, v in rules.items() if v in APPOINTMENT_KINDS or v == PRIVATE})
    with db_proxy.atomic():
        Setting.insert(key=CATEGORY_SETTING, value=json.dumps(merged, ensure_ascii=False)) \
            .on_conflict_replace().execute()


def suggest_category(category: str) -> str:
    """kind key, PRIVATE, or "" when the category says nothing about the kind."""
    key = header_key(category)
    if key in PRIVATE_CATEGORIES or any(word in key.split() for word in _PRIVATE_CATEGORY_WORDS):
        return PRIVATE
    for kind, words in KIND_WORDS.items():
        if key in words or any(len(w) > 3 and w in key for w in words):
            return kind
    return ""


def category_rule(category: str, rules: dict[str, str]) -> str:
    key = header_key(category)
    return rules.get(key) or suggest_category(category)


def is_true(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    return header_key(value) in profiles.TRUE_WORDS


# Titles that are nothing but an absence (folded): Outlook shows a new all-day entry as free, so "Urlaub" or
# "Krank" often carry neither a category nor "Abwesend". A title with more words ("Urlaubsvertretung klären",
# "Arzt und Migration") is no absence.
PRIVATE_TITLES = frozenset((
    "urlaub", "jahresurlaub", "resturlaub", "sonderurlaub", "krank", "krankheit", "krankmeldung", "arzt",
    "arzttermin", "zahnarzt", "zahnarzttermin", "privat", "privater termin", "privattermin", "personlich",
    "elternzeit", "kur", "reha", "abwesend", "abwesenheit", "freier tag", "uberstundenabbau", "gleittag",
    "zeitausgleich", "vacation", "annual leave", "sick", "sick leave", "sick day", "doctor", "dentist",
    "doctor s appointment", "private", "personal", "day off", "out of office", "ooo"))


def private_title(title: str) -> bool:
    return header_key(title) in PRIVATE_TITLES


def is_confidential(sensitivity: object) -> bool:
    """Outlook's sensitivity "Vertraulich"/"Confidential" (the .ics import reads CLASS:CONFIDENTIAL alike)."""
    return sensitivity not in (None, "") and header_key(sensitivity) in profiles.CONFIDENTIAL_SENSITIVITY


def private_reason(private: object, sensitivity: object, show_as: object, categories: list[str],
                   rules: dict[str, str], title: str = "") -> str:
    """Why the entry is private (in the current language), or "" for an office appointment."""
    if private not in (None, "") and is_true(private):
        return t("import_private_marked")
    if sensitivity not in (None, "") and header_key(sensitivity) in profiles.PRIVATE_SENSITIVITY:
        return t("import_private_sensitivity", value=sensitivity)
    for category in categories:
        if category_rule(category, rules) == PRIVATE:
            return t("import_private_category", category=category)
    if show_as not in (None, "") and header_key(show_as) in profiles.OUT_OF_OFFICE and \
            not kind_from_categories(categories, rules):  # a study trip is "away" on business
        return t("import_private_absent")
    if private_title(title):
        return t("import_private_title", title=title)
    return ""


# --- public and school holidays ---------------------------------------------------------------------------------
# Folded (header_key) names. Outlook's "Feiertage hinzufügen", Thunderbird's and Google's holiday calendars and the
# German states' laws name them so; English as an English Outlook writes them.
HOLIDAY_NAMES = frozenset((
    "neujahr", "neujahrstag", "heilige drei konige", "internationaler frauentag", "frauentag", "karfreitag",
    "ostern", "ostersonntag", "ostermontag", "tag der arbeit", "erster mai", "maifeiertag", "christi himmelfahrt",
    "pfingsten", "pfingstsonntag", "pfingstmontag", "fronleichnam", "augsburger friedensfest", "maria himmelfahrt",
    "weltkindertag", "tag der deutschen einheit", "reformationstag", "allerheiligen", "buss und bettag",
    "heiligabend", "heiliger abend", "weihnachten", "1 weihnachtstag", "1 weihnachtsfeiertag", "erster weihnachtstag",
    "erster weihnachtsfeiertag", "2 weihnachtstag", "2 weihnachtsfeiertag", "zweiter weihnachtstag",
    "zweiter weihnachtsfeiertag", "silvester", "feiertag", "gesetzlicher feiertag", "bruckentag",
    "beweglicher ferientag", "bewegliche ferientage", "unterrichtsfreier tag",
    # days of remembrance and customs in Outlook's, Google's and Apple's German holiday sets
    "muttertag", "vatertag", "herrentag", "valentinstag", "weiberfastnacht", "rosenmontag", "faschingsdienstag",
    "fastnacht", "aschermittwoch", "grundonnerstag", "karsamstag", "volkstrauertag", "totensonntag",
    "ewigkeitssonntag", "1 advent", "2 advent", "3 advent", "4 advent", "erster advent", "zweiter advent",
    "dritter advent", "vierter advent", "nikolaus", "nikolaustag", "halloween", "beginn der sommerzeit",
    "ende der sommerzeit", "sommerzeit", "winterzeit", "tag der befreiung", "mother s day", "father s day",
    "valentine s day", "ash wednesday", "maundy thursday", "holy saturday", "daylight saving time starts",
    "daylight saving time ends", "augsburger hohes friedensfest", "erntedank", "erntedankfest", "martinstag",
    "st martin", "allerseelen", "ostersamstag", "labor day may day", "repentance day", "day of prayer and repentance",
    "women s day", "liberation day", "day of liberation", "second christmas day", "st nicholas day",
    "assumption of mary", "carnival", "carnival shrove monday", "shrove monday", "shrove tuesday",
    "new year s day", "new years day", "epiphany", "international women s day", "good friday", "easter sunday",
    "easter monday", "labour day", "labor day", "may day", "ascension day", "whit sunday", "whit monday",
    "corpus christi", "assumption day", "world children s day", "german unity day", "day of german unity",
    "reformation day", "all saints day", "repentance and prayer day", "christmas eve", "christmas day",
    "boxing day", "second day of christmas", "st stephen s day", "new year s eve", "public holiday", "bank holiday",
))
HOLIDAY_CATEGORIES = frozenset(("feiertag", "feiertage", "gesetzlicher feiertag", "holiday", "holidays",
                                "public holiday", "public holidays", "ferien", "schulferien", "school holidays"))
# Words that may follow a holiday's name without making it an event: years, states, "(regionaler Feiertag)".
_HOLIDAY_TAIL = frozenset((
    "baden", "wurttemberg", "bayern", "berlin", "brandenburg", "bremen", "hamburg", "hessen", "mecklenburg",
    "vorpommern", "niedersachsen", "nordrhein", "westfalen", "rheinland", "pfalz", "saarland", "sachsen", "anhalt",
    "schleswig", "holstein", "thuringen", "bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw", "nrw", "rp",
    "sl", "sn", "st", "sh", "th", "deutschland", "germany", "bundesweit", "nationwide", "regional", "regionaler",
    "gesetzlicher", "feiertag", "holiday", "public", "bank", "in", "und", "and", "nur", "only", "teilweise",
    "ferien", "schulferien", "saxony", "bavaria", "thuringia", "school", "holidays", "vatertag", "herrentag"))
_SCHOOL_HOLIDAYS_EN = re.compile(r"^(autumn|fall|summer|winter|spring|easter|whitsun|christmas|school|half term)"
                                 r"( school)? (holidays?|break)$")
_HOLIDAY_NOTE = re.compile(r"^(gesetzlicher feiertag|feiertag|regionaler feiertag|gedenktag|public holiday|"
                           r"observance|bank holiday|common local holiday|national holiday|regional holiday)\b")
FREE_SHOW_AS = ("0", "frei", "free")  # Outlook's "Zeitspanne zeigen als"/"Show time as" and Exchange's FREE


_HOLIDAY_WORDS = ("feiertag", "feiertage", "ferien", "holiday", "holidays", "gedenktage")
# words a holiday calendar's name may hold after its holiday word besides states and years ("(DE)", "schulferien.org")
_CALENDAR_NAME_TAIL = frozenset(("de", "deutsche", "german", "kalender", "calendar", "org", "com", "www", "ics",
                                 "offizielle", "official", "gesetzliche"))


def is_holiday_calendar(name: str) -> bool:
    """A subscribed holiday calendar by its name: "Feiertage in Deutschland", "Germany Holidays", "Schulferien
    Sachsen 2025/26" – not "Ferienprogramm", "Feiertagsdienst", nor an office calendar that names what it holds
    after the word ("Sommerferien-Programm", "Ferien-Sprachcamp", "Holiday Club"): its all-day entries are events."""
    words = header_key(name).split()
    for index, word in enumerate(words):
        if word.endswith(_HOLIDAY_WORDS):
            return all(w.isdigit() or w in _HOLIDAY_TAIL or w in _CALENDAR_NAME_TAIL or w.endswith(_HOLIDAY_WORDS)
                       for w in words[index + 1:])
    return False


def _only_tail(words: list[str]) -> bool:
    return all(word.isdigit() or word in _HOLIDAY_TAIL for word in words)


def holiday_name(title: str) -> bool:
    """ "Tag der Deutschen Einheit", "Reformationstag (regionaler Feiertag)", "Herbstferien 2025 Sachsen",
    "Ferien" – but not "Tag der Deutschen Einheit – Bürgerfest", "Ferienprogramm" or "Ferien-Sprachkurs"."""
    words = header_key(title).split()
    if not words:
        return False
    if words[0].endswith("ferien") and _only_tail(words[1:]):
        return True
    for size in range(min(len(words), 5), 0, -1):
        if " ".join(words[:size]) in HOLIDAY_NAMES and _only_tail(words[size:]):
            return True
    if words[0] in ("feiertag", "holiday") and len(words) > 1:  # "Feiertag: Tag der Deutschen Einheit"
        return holiday_name(" ".join(words[1:]))
    return bool(_SCHOOL_HOLIDAYS_EN.match(" ".join(w for w in words if not w.isdigit())))


def _real_place(place: str) -> bool:
    """A place where something happens – not Outlook's "Deutschland" on its holidays or a state's name."""
    words = header_key(place).split()
    return bool(words) and not _only_tail(words)


def holiday_reason(title: str, categories: Sequence[str], *, all_day: bool, place: str = "", show_as: object = "",
                   transparent: bool = False, participants: int = 0, description: str = "",
                   holiday_calendar: bool = False, rules: dict[str, str] | None = None) -> str:
    """Why a calendar entry is a public or school holiday (skipped like a private entry), "" otherwise.

    The rule, the same for the Outlook CSV and the .ics import: an ALL-DAY entry WITHOUT a real place (a
    country or state such as Outlook's "Deutschland" is none) and WITHOUT participants is a holiday when
    - one of its categories says so ("Feiertag", "Holiday(s)", "Ferien", "Schulferien") – Outlook's holidays,
      Thunderbird's holiday calendars – unless the office mapped that category to a kind; or
    - its title is a holiday's name, maybe with year and state ("Tag der Deutschen Einheit", "Reformationstag
      (regionaler Feiertag)", "Herbstferien Sachsen", "Ferien", "German Unity Day"); or
    - it comes from a holiday calendar ("Feiertage in Deutschland", "Schulferien Sachsen"); or
    - it is shown as free (Outlook "Frei"/0, FREE, TRANSP:TRANSPARENT) and says so itself (Google's
      "Gesetzlicher Feiertag", "Gedenktag").
    Shown as free alone is no holiday: a Fachtag, an Aktionstag or a festival is all-day and free too, and a
    holiday-named entry with a place or participants is the office's own event on that day.
    """
    if not all_day or participants > 0 or _real_place(place):
        return ""
    rules = rules or {}
    named = any(header_key(c) in HOLIDAY_CATEGORIES and rules.get(header_key(c)) not in APPOINTMENT_KINDS
                for c in categories) or holiday_name(title)
    free = transparent or header_key(show_as) in FREE_SHOW_AS
    noted = bool(_HOLIDAY_NOTE.match(header_key(description.split("\n", 1)[0])))
    return t("calendar_skip_holiday", title=title) if named or holiday_calendar or (free and noted) else ""


def kind_from_categories(categories: list[str], rules: dict[str, str]) -> str:
    for category in categories:
        rule = category_rule(category, rules)
        if rule and rule != PRIVATE:
            return rule
    return ""


def kind_from_title(title: str, categories: Iterable[str] = ()) -> str:
    """The kind the title (and category) words name, or "" when they name none ("Netzwerktreffen …")."""
    words = _NO_KIND_WORDS.sub(" ", " ".join([title, *categories]).lower())
    for kind, needles in TITLE_KIND_WORDS:
        if any(needle in words for needle in needles):
            return kind
    return ""


def guess_kind(title: str, categories: Iterable[str], rules: dict[str, str] | None = None) -> str:
    """The kind of a calendar entry: its categories (the office's remembered category → kind rules first),
    else its title words, else a meeting. One rule for the .ics import and the calendar CSV."""
    categories = list(categories)
    return kind_from_categories(categories, rules or {}) or kind_from_title(title, categories) or "meeting"


def cancelled_title(title: str) -> tuple[str, bool]:
    """ "Abgesagt: Runder Tisch" → ("Runder Tisch", True)."""
    match = _CANCELLED_PREFIX.match(title)
    return (title[match.end():].strip(), True) if match else (title, False)


# the Outlook CSV's description and the .ics DESCRIPTION: one rule, in app/io (see online_meeting.py)
strip_online_boilerplate = online_meeting.strip_meeting_boilerplate


def status_update(stored: str, incoming: str, stated: bool) -> str | None:
    """The status a re-import writes over the stored one, or None to keep it. A status the file states (a
    status column, "Abgesagt:", STATUS:CANCELLED) wins; one worked out from the date only moves a planned
    meeting that has passed to held – never over one the office cancelled, postponed or recorded as held."""
    if stated or incoming == "cancelled":
        return incoming
    if stored == "planned" and incoming == "held":
        return incoming
    return None


def status_for(start: dt.datetime, end: dt.datetime | None, given: str, cancelled: bool,
               now: dt.datetime | None = None) -> str:
    """held for the past unless cancelled/postponed; planned for the future; a given status wins."""
    if cancelled:
        return "cancelled"
    if given and given not in ("planned",):
        return given
    moment = now or dt.datetime.now()
    finished = (end or start) <= moment
    return "held" if finished else "planned"
