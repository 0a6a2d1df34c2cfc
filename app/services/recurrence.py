"""Recurrence rules (an RFC 5545 RRULE subset) as plain data: build, parse, expand, describe (no Qt, no db).

The subset: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, BYDAY (weekly: weekdays; monthly: one "2WE" /
"-1FR"), BYMONTHDAY (monthly on a date), UNTIL (floating local date-time) or COUNT. Quarterly is
MONTHLY;INTERVAL=3. Times are naive local wall-clock times: 10:00 stays 10:00 across DST changes.
Expansion is python-dateutil's rrule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil import rrule as du

from app.wording import date_text, language

FREQUENCIES = ("daily", "weekly", "monthly", "yearly")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NTH = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True)
class Rule:
    freq: str  # one of FREQUENCIES
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # weekly: the days (0 = Monday); monthly by weekday: exactly one
    nth: int | None = None  # monthly "the 2nd Wednesday" (1..5, -1 = last)
    monthday: int | None = None  # monthly on a date (1..31)
    until: dt.date | None = None
    count: int | None = None

    def to_text(self) -> str:
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "monthly" and self.nth is not None and self.weekdays:
            parts.append(f"BYDAY={self.nth}{DAY_CODES[self.weekdays[0]]}")
        elif self.freq == "monthly" and self.monthday is not None:
            parts.append(f"BYMONTHDAY={self.monthday}")
        elif self.weekdays and self.freq in ("weekly", "daily"):
            parts.append("BYDAY=" + ",".join(DAY_CODES[d] for d in sorted(set(self.weekdays))))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)

    def with_end(self, until: dt.date | None = None, count: int | None = None) -> Rule:
        return replace(self, until=until if count is None else None, count=count)


def parse(text: str) -> Rule:
    """The Rule of an RRULE text (with or without the "RRULE:" prefix); ValueError for anything else."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    values: dict[str, str] = {}
    for part in body.split(";"):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        values[key.strip().upper()] = value.strip().upper()
    freq = values.pop("FREQ", "").lower()
    if freq not in FREQUENCIES:
        raise ValueError(text)
    interval = int(values.pop("INTERVAL", "1") or 1)
    weekdays: list[int] = []
    nth = None
    for code in filter(None, values.pop("BYDAY", "").split(",")):
        match = _NTH.match(code)
        if match is None:
            raise ValueError(text)
        weekdays.append(DAY_CODES.index(match.group(2)))
        if match.group(1):
            nth = int(match.group(1))
    monthday = int(values.pop("BYMONTHDAY")) if "BYMONTHDAY" in values else None
    count = int(values.pop("COUNT")) if "COUNT" in values else None
    until = None
    if "UNTIL" in values:
        until = dt.datetime.strptime(values.pop("UNTIL")[:8], "%Y%m%d").date()
    values.pop("WKST", None)
    if values or interval < 1 or (count is not None and count < 1):
        raise ValueError(text)
    return Rule(freq, interval, tuple(weekdays), nth, monthday, until, count)


def expand(rule_text: str, dtstart: dt.datetime, after: dt.datetime | None = None,
           until: dt.datetime | None = None) -> list[dt.datetime]:
    """Occurrence starts of the rule from dtstart, limited to [after, until] (both inclusive)."""
    body = rule_text.removeprefix("RRULE:")
    recurrence = du.rrulestr(body, dtstart=dtstart.replace(microsecond=0), ignoretz=True)
    assert isinstance(recurrence, du.rrule)
    if after is None and until is None:
        if recurrence._count is None and recurrence._until is None:
            raise ValueError("an endless rule needs a limit")
        return list(recurrence)
    return list(recurrence.between(after or dtstart, until or dt.datetime.max.replace(microsecond=0), inc=True))


def last_occurrence(rule_text: str, dtstart: dt.datetime) -> dt.datetime | None:
    """The final occurrence of a bounded rule, None for an endless one."""
    rule = parse(rule_text)
    if rule.count is None and rule.until is None:
        return None
    found = expand(rule_text, dtstart)
    return found[-1] if found else None


def propose(rhythm: str, start: dt.datetime) -> Rule | None:
    """A rule for a network's rhythm text ("vierteljährlich", "monatlich", "wöchentlich", …), or None."""
    text = rhythm.strip().lower()
    weekday = start.weekday()
    nth = min((start.day - 1) // 7 + 1, 4)
    if not text:
        return None
    if any(w in text for w in ("14-tägig", "14tägig", "vierzehntägig", "zweiwöchentlich", "alle zwei wochen",
                               "alle 2 wochen", "biweekly", "fortnight")):
        return Rule("weekly", 2, (weekday,))
    if any(w in text for w in ("wöchentlich", "woechentlich", "weekly", "jede woche")):
        return Rule("weekly", 1, (weekday,))
    if any(w in text for w in ("vierteljährlich", "vierteljaehrlich", "quartal", "quarterly")):
        return Rule("monthly", 3, (weekday,), nth)
    if any(w in text for w in ("halbjährlich", "halbjaehrlich", "semi-annual", "twice a year")):
        return Rule("monthly", 6, (weekday,), nth)
    if any(w in text for w in ("zweimonatlich", "alle zwei monate", "alle 2 monate", "bimonthly")):
        return Rule("monthly", 2, (weekday,), nth)
    if any(w in text for w in ("monatlich", "monthly", "jeden monat")):
        return Rule("monthly", 1, (weekday,), nth)
    if any(w in text for w in ("jährlich", "jaehrlich", "yearly", "annual")):
        return Rule("yearly")
    return None


def retarget(rule: Rule, old_start: dt.datetime, new_start: dt.datetime) -> Rule:
    """The rule after its first occurrence moved from old_start to new_start (another weekday or date)."""
    if old_start.date() == new_start.date():
        return rule
    if rule.freq == "weekly" and rule.weekdays == (old_start.weekday(),):
        return replace(rule, weekdays=(new_start.weekday(),))
    if rule.freq == "monthly" and rule.nth is not None:
        return replace(rule, weekdays=(new_start.weekday(),), nth=min((new_start.day - 1) // 7 + 1, 4))
    if rule.freq == "monthly" and rule.monthday is not None:
        return replace(rule, monthday=new_start.day)
    return rule


_WEEKDAY_NAMES = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ORDINALS = {
    "de": {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten", 5: "fünften", -1: "letzten"},
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"},
}


def describe(rule: Rule, start: dt.datetime | None = None) -> str:
    """"alle 2 Wochen am Montag, bis 31.12.2027" – German or English after the service language."""
    en = language() == "en"
    names = _WEEKDAY_NAMES["en" if en else "de"]
    n = rule.interval
    days = ", ".join(names[d] for d in sorted(set(rule.weekdays)))
    if rule.freq == "daily":
        text = ("daily" if n == 1 else f"every {n} days") if en else ("täglich" if n == 1 else f"alle {n} Tage")
    elif rule.freq == "weekly":
        base = ("weekly" if n == 1 else f"every {n} weeks") if en else \
            ("wöchentlich" if n == 1 else f"alle {n} Wochen")
        text = f"{base} on {days}" if en and days else (f"{base} am {days}" if days else base)
    elif rule.freq == "monthly":
        if en:
            base = {1: "monthly", 3: "quarterly"}.get(n, f"every {n} months")
        else:
            base = {1: "monatlich", 3: "vierteljährlich"}.get(n, f"alle {n} Monate")
        if rule.nth is not None and rule.weekdays:
            ordinal = _ORDINALS["en" if en else "de"].get(rule.nth, str(rule.nth))
            text = f"{base} on the {ordinal} {days}" if en else f"{base} am {ordinal} {days}"
        else:
            day = rule.monthday or (start.day if start else None)
            text = base if day is None else (f"{base} on day {day}" if en else f"{base} am {day}.")
    else:
        text = ("yearly" if n == 1 else f"every {n} years") if en else ("jährlich" if n == 1 else f"alle {n} Jahre")
    if rule.count is not None:
        text += f", {rule.count} times" if en else f", {rule.count}-mal"
    elif rule.until is not None:
        text += f", until {date_text(rule.until, 'en')}" if en else f", bis {date_text(rule.until, 'de')}"
    return text


_MONTH_NAMES = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_FREQUENCY_WORDS = {"de": {"DAILY": "täglich", "WEEKLY": "wöchentlich", "MONTHLY": "monatlich", "YEARLY": "jährlich",
                           "HOURLY": "stündlich", "MINUTELY": "minütlich", "SECONDLY": "sekündlich"},
                    "en": {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly",
                           "HOURLY": "hourly", "MINUTELY": "every minute", "SECONDLY": "every second"}}


_INTERVAL_UNITS = {"de": {"DAILY": "Tage", "WEEKLY": "Wochen", "MONTHLY": "Monate", "YEARLY": "Jahre"},
                   "en": {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months", "YEARLY": "years"}}
_DESCRIBED = frozenset({"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"})


def describe_text(text: str) -> str:
    """Words for an RRULE the series model cannot hold ("jährlich am letzten Sonntag im September,
    3-mal"): the import's preview says which rule it takes over as single appointments. Parts it has no words
    for stay as they are, in brackets; a text without a known FREQ is returned as it is."""
    code = "en" if language() == "en" else "de"
    values = dict(part.partition("=")[::2] for part in text.strip().removeprefix("RRULE:").upper().split(";"))
    frequency = _FREQUENCY_WORDS[code].get(values.get("FREQ", ""))
    if frequency is None:
        return text
    interval = values.get("INTERVAL", "1")
    unit = _INTERVAL_UNITS[code].get(values["FREQ"])
    if interval not in ("", "1"):
        frequency = (f"every {interval} {unit}" if code == "en" else f"alle {interval} {unit}") if unit else \
            f"{frequency} (INTERVAL={interval})"
    words = [frequency]
    days = []
    for day in filter(None, values.get("BYDAY", "").split(",")):
        match = _NTH.match(day)
        if match is not None:
            name = _WEEKDAY_NAMES[code][DAY_CODES.index(match.group(2))]
            ordinal = _ORDINALS[code].get(int(match.group(1))) if match.group(1) else None
            days.append(f"{'the ' if code == 'en' else ''}{ordinal} {name}" if ordinal else name)
    if days:
        words.append(("on " if code == "en" else "am ") + ", ".join(days))
    if values.get("BYMONTHDAY"):
        words.append(f"on day {values['BYMONTHDAY']}" if code == "en" else f"am {values['BYMONTHDAY']}.")
    months = [_MONTH_NAMES[code][int(m) - 1] for m in values.get("BYMONTH", "").split(",") if m.isdigit()
              and 1 <= int(m) <= 12]
    if months:
        words.append(("in " if code == "en" else "im ") + ", ".join(months))
    text_ = " ".join(words)
    rest = [f"{k}={v}" for k, v in values.items() if k not in _DESCRIBED and k]
    if rest:
        text_ += f" ({';'.join(rest)})"
    if values.get("COUNT", "").isdigit():
        text_ += f", {values['COUNT']} times" if code == "en" else f", {values['COUNT']}-mal"
    elif len(values.get("UNTIL", "")) >= 8 and values["UNTIL"][:8].isdigit():
        until = dt.datetime.strptime(values["UNTIL"][:8], "%Y%m%d").date()
        text_ += f", until {date_text(until, 'en')}" if code == "en" else f", bis {date_text(until, 'de')}"
    return text_

