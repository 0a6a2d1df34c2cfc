"""Dates and times as people type them (no Qt): "241225", "24.12.", "+7", "morgen", "Mo", "930", "9:30".

`parse_date(text, today)` and `parse_time(text)` return the value or raise ValueError; an empty text gives
None. Two-digit years are 20xx. A bare weekday ("Mo", "Dienstag", "fri") means its next occurrence after
today; "+7" / "-3" count days from today, "+2w" weeks, "+1m" months.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate((
        ("mo", "mon", "montag", "monday"), ("di", "tue", "tu", "dienstag", "tuesday"),
        ("mi", "wed", "we", "mittwoch", "wednesday"), ("do", "thu", "th", "donnerstag", "thursday"),
        ("fr", "fri", "freitag", "friday"), ("sa", "sat", "samstag", "sonnabend", "saturday"),
        ("so", "sun", "su", "sonntag", "sunday"))):
    for _name in _names:
        WEEKDAYS[_name] = _number

RELATIVE_WORDS = {"heute": 0, "today": 0, "morgen": 1, "tomorrow": 1, "übermorgen": 2, "uebermorgen": 2,
                  "gestern": -1, "yesterday": -1, "vorgestern": -2}

_OFFSET = re.compile(r"^([+-])\s*(\d{1,4})\s*([dtwm]?)$")
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME_SEP = re.compile(r"^(\d{1,2})[:.,h](\d{2})$")


def _year(text: str | None, today: dt.date) -> int:
    if not text:
        return today.year
    number = int(text)
    return 2000 + number if len(text) == 2 else number


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def _make(year: int, month: int, day: int, original: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(original) from None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date meant by `text` (German conventions), None for an empty text; ValueError otherwise."""
    today = today or dt.date.today()
    original = text
    value = text.strip().lower().rstrip(",")
    if not value:
        return None
    # "Di, 24.12.2025" as the widget displays it: the date part decides
    if "," in value:
        value = value.split(",", 1)[1].strip()
    if value in RELATIVE_WORDS:
        return today + dt.timedelta(days=RELATIVE_WORDS[value])
    word = value.rstrip(".")
    if word in WEEKDAYS:
        ahead = (WEEKDAYS[word] - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead)
    match = _OFFSET.match(value)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        amount = sign * int(match.group(2))
        unit = match.group(3)
        if unit == "w":
            return today + dt.timedelta(weeks=amount)
        if unit == "m":
            return _add_months(today, amount)
        return today + dt.timedelta(days=amount)
    match = _ISO.match(value)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), original)
    match = _DOTTED.match(value)
    if match:
        return _make(_year(match.group(3), today), int(match.group(2)), int(match.group(1)), original)
    if value.isdigit():
        if len(value) == 4:  # 2412 → 24.12. this year
            return _make(today.year, int(value[2:]), int(value[:2]), original)
        if len(value) == 6:  # 241225
            return _make(2000 + int(value[4:]), int(value[2:4]), int(value[:2]), original)
        if len(value) == 8:  # 24122025
            return _make(int(value[4:]), int(value[2:4]), int(value[:2]), original)
        if len(value) <= 2:  # "24" → the 24th of this month
            return _make(today.year, today.month, int(value), original)
    raise ValueError(original)


def parse_time(text: str) -> dt.time | None:
    """"930", "0930", "9:30", "9.30", "9", "14 Uhr" → a time; None for an empty text; ValueError otherwise."""
    original = text
    value = text.strip().lower().removesuffix("uhr").strip()
    if not value:
        return None
    hour: int
    minute: int
    match = _TIME_SEP.match(value)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
    elif value.isdigit() and len(value) <= 2:
        hour, minute = int(value), 0
    elif value.isdigit() and len(value) in (3, 4):
        hour, minute = int(value[:-2]), int(value[-2:])
    else:
        raise ValueError(original)
    if hour == 24 and minute == 0:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(original)
    return dt.time(hour, minute)


def format_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def format_time(moment: dt.time) -> str:
    return moment.strftime("%H:%M")
