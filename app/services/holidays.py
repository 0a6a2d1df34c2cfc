"""Public holidays of the office's Bundesland (plain data, no Qt).

Backed by the `holidays` package (`holidays.country_holidays("DE", subdiv=…, language="de")`). The
Bundesland comes from the setting "bundesland" (two-letter code, default "NW"). Years are computed once
per Bundesland and kept, so the calendar can ask for every visible day without cost.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.services import settings

SETTING_KEY = "bundesland"
DEFAULT_BUNDESLAND = "NW"

BUNDESLAENDER: list[tuple[str, str]] = [
    ("BW", "Baden-Württemberg"),
    ("BY", "Bayern"),
    ("BE", "Berlin"),
    ("BB", "Brandenburg"),
    ("HB", "Bremen"),
    ("HH", "Hamburg"),
    ("HE", "Hessen"),
    ("MV", "Mecklenburg-Vorpommern"),
    ("NI", "Niedersachsen"),
    ("NW", "Nordrhein-Westfalen"),
    ("RP", "Rheinland-Pfalz"),
    ("SL", "Saarland"),
    ("SN", "Sachsen"),
    ("ST", "Sachsen-Anhalt"),
    ("SH", "Schleswig-Holstein"),
    ("TH", "Thüringen"),
]
_CODES = frozenset(code for code, _name in BUNDESLAENDER)


def bundesland() -> str:
    """The office's Bundesland code from the settings; an unknown value falls back to the default."""
    code = settings.get(SETTING_KEY).strip().upper()
    return code if code in _CODES else DEFAULT_BUNDESLAND


@lru_cache(maxsize=256)
def _year(code: str, year: int) -> dict[dt.date, str]:
    import holidays as holidays_lib  # the package (~0.2 s) loads when a calendar first shows holidays (fast start)

    table = holidays_lib.country_holidays("DE", subdiv=code, language="de", years=year)
    return {day: str(name) for day, name in sorted(table.items())}


def holidays_between(start: dt.date, end: dt.date, code: str | None = None) -> dict[dt.date, str]:
    """Every public holiday from start to end (both inclusive), day → German name, in date order."""
    if end < start:
        return {}
    region = code if code in _CODES else bundesland()
    result: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _year(region, year).items():
            if start <= day <= end:
                result[day] = name
    return result


def holiday_on(day: dt.date, code: str | None = None) -> str | None:
    """The German name of the public holiday on `day` in the office's Bundesland, or None."""
    region = code if code in _CODES else bundesland()
    return _year(region, day.year).get(day)
