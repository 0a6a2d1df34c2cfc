"""Dates, times and numbers on screen: one format per UI language, through QLocale.

German shows 01.12.2026, English 01/12/2026 (the British short format with a four-digit year: the office
is in Germany, so day before month, never the American order). Every date a widget shows goes through
`format_day` / `format_datetime`; date input fields use `date_pattern()` and hand the service ISO text
(`to_iso`), so a date typed in the English format saves as well.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from app.services import messages


def language() -> str:

    return messages.language()


def ui_locale() -> QLocale:
    if language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def date_pattern() -> str:
    """The locale's short date format with two-digit day/month and a four-digit year."""
    pattern = ui_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if "dd" not in pattern:
        pattern = pattern.replace("d", "dd")
    if "MM" not in pattern:
        pattern = pattern.replace("M", "MM")
    return pattern


def time_pattern() -> str:
    return "HH:mm"


def date_placeholder() -> str:
    """What a user types: TT.MM.JJJJ in German, DD/MM/YYYY in English."""
    pattern = date_pattern()
    if language() == "en":
        return pattern.upper()
    return pattern.replace("dd", "TT").replace("yyyy", "JJJJ")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_day(value: Any) -> str:
    """A date (or the date of a datetime, or an ISO string) in the UI language's one format."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-":
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, dt.date):
        return ui_locale().toString(_qdate(value), date_pattern())
    return "" if value is None else str(value)


def format_time(value: dt.time | dt.datetime) -> str:
    return ui_locale().toString(QTime(value.hour, value.minute), time_pattern())


def format_datetime(value: Any) -> str:
    """Date and time: 01.12.2026 14:30 / 01/12/2026 14:30."""
    if isinstance(value, str) and len(value) >= 16 and value[4] == "-":
        try:
            value = dt.datetime.fromisoformat(value[:16])
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        moment = QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))
        return ui_locale().toString(moment, date_pattern() + " " + time_pattern())
    return format_day(value)


def parse_day(text: str) -> dt.date | None:
    """A date typed in the UI language's format (or ISO); None when it is not one."""
    text = text.strip()
    for pattern in (date_pattern(), "dd.MM.yyyy", "yyyy-MM-dd", "d.M.yyyy"):
        day = QDate.fromString(text, pattern)
        if day.isValid():
            return dt.date(day.year(), day.month(), day.day())
    return None


def to_iso(text: str) -> str:
    """Typed date text for a service: ISO when it parses, else the text as typed (the service names the error)."""
    day = parse_day(text)
    return day.isoformat() if day is not None else text.strip()


def format_number(value: int | float) -> str:
    return ui_locale().toString(value)
