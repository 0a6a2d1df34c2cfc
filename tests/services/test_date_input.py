"""Typed dates and times: the forms a keyboard user types in the appointment editor."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.date_input import parse_date, parse_time

TODAY = dt.date(2025, 6, 18)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("241225", dt.date(2025, 12, 24)),
    ("24.12.", dt.date(2025, 12, 24)),
    ("24.12", dt.date(2025, 12, 24)),
    ("24.12.25", dt.date(2025, 12, 24)),
    ("24.12.2026", dt.date(2026, 12, 24)),
    ("1.3.", dt.date(2025, 3, 1)),
    ("24122026", dt.date(2026, 12, 24)),
    ("2412", dt.date(2025, 12, 24)),
    ("2025-12-24", dt.date(2025, 12, 24)),
    ("+7", dt.date(2025, 6, 25)),
    ("-3", dt.date(2025, 6, 15)),
    ("+2w", dt.date(2025, 7, 2)),
    ("+1m", dt.date(2025, 7, 18)),
    ("heute", TODAY),
    ("Morgen", dt.date(2025, 6, 19)),
    ("übermorgen", dt.date(2025, 6, 20)),
    ("Mo", dt.date(2025, 6, 23)),
    ("mi", dt.date(2025, 6, 25)),  # today is Wednesday: the next one
    ("Freitag", dt.date(2025, 6, 20)),
    ("Do, 24.12.2026", dt.date(2026, 12, 24)),
    ("29.2.24", dt.date(2024, 2, 29)),
])
def test_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["32.1.", "29.2.25", "abc", "1.13.", "12345", "+", "24.12.202"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, TODAY)


def test_empty_is_none() -> None:
    assert parse_date("  ", TODAY) is None and parse_time("") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("930", dt.time(9, 30)), ("0930", dt.time(9, 30)), ("9:30", dt.time(9, 30)), ("9.30", dt.time(9, 30)),
    ("9", dt.time(9, 0)), ("14", dt.time(14, 0)), ("1415", dt.time(14, 15)), ("14 Uhr", dt.time(14, 0)),
    ("0", dt.time(0, 0)), ("23:59", dt.time(23, 59)),
])
def test_times(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25", "960", "9:75", "abc", "12345"])
def test_bad_times(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)
