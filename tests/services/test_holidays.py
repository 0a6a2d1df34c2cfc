"""Public holidays of the office's Bundesland (the `holidays` package, setting "bundesland")."""

from __future__ import annotations

import datetime as dt

from app.services import holidays, settings


def test_default_bundesland_is_nrw_with_fronleichnam(db: object) -> None:
    assert holidays.bundesland() == "NW"
    assert holidays.holiday_on(dt.date(2026, 6, 4)) == "Fronleichnam"
    assert holidays.holiday_on(dt.date(2026, 5, 25)) == "Pfingstmontag"
    assert holidays.holiday_on(dt.date(2026, 5, 26)) is None


def test_setting_changes_the_bundesland(db: object) -> None:
    settings.update({"bundesland": "BE"})
    assert holidays.bundesland() == "BE"
    assert holidays.holiday_on(dt.date(2026, 3, 8)) == "Frauentag"
    assert holidays.holiday_on(dt.date(2026, 6, 4)) is None  # no Fronleichnam in Berlin


def test_unknown_setting_falls_back_to_default(db: object) -> None:
    settings.update({"bundesland": "XX"})
    assert holidays.bundesland() == "NW"


def test_holidays_between_spans_years_in_order(db: object) -> None:
    days = holidays.holidays_between(dt.date(2026, 12, 20), dt.date(2027, 1, 7))
    assert days == {
        dt.date(2026, 12, 25): "Erster Weihnachtstag",
        dt.date(2026, 12, 26): "Zweiter Weihnachtstag",
        dt.date(2027, 1, 1): "Neujahr",
    }
    assert list(days) == sorted(days)
    assert holidays.holidays_between(dt.date(2026, 2, 1), dt.date(2026, 1, 1)) == {}


def test_explicit_code_and_all_laender_listed(db: object) -> None:
    assert len(holidays.BUNDESLAENDER) == 16
    assert holidays.holiday_on(dt.date(2026, 10, 31), code="SN") == "Reformationstag"
    assert holidays.holiday_on(dt.date(2026, 10, 31), code="NW") is None
