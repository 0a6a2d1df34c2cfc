"""Dates, times and numbers as Brücke writes them, one format per language (no Qt).

German: 01.12.2026, 14:30, 1.234,5. English: 01/12/2026 (British order with a four-digit year – the
office is in Germany, day before month, never the American order), 14:30, 1,234.5. The GUI's QLocale
formats (app/ui/formats.py) use the same patterns, so a date reads the same on screen, in a PDF, an
export and a message.
"""

from __future__ import annotations

import datetime as dt

from app.wording.language import language

DATE_PATTERNS = {"de": "%d.%m.%Y", "en": "%d/%m/%Y"}
TIME_PATTERN = "%H:%M"


def _code(code: str | None) -> str:
    return code or language()


def date_text(value: dt.date | dt.datetime | None, code: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime(DATE_PATTERNS[_code(code)])


def time_text(value: dt.time | dt.datetime | None) -> str:
    return "" if value is None else value.strftime(TIME_PATTERN)


def datetime_text(value: dt.datetime | None, code: str | None = None) -> str:
    if value is None:
        return ""
    return f"{date_text(value, code)} {time_text(value)}"


def number_text(value: int | float, code: str | None = None, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if _code(code) == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def last_day(start: dt.datetime, end: dt.datetime | None) -> dt.date:
    """The last day an appointment covers: an all-day one is stored ending at 23:59; an end at 00:00 of a later
    day (Outlook's exclusive end, kept by older imports) does not touch that day."""
    if end is None or end <= start:
        return start.date()
    if end.time() == dt.time(0):
        end -= dt.timedelta(microseconds=1)
    return max(end.date(), start.date())
