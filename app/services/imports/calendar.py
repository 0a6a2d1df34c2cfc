"""Calendar semantics of an appointment import (Outlook calendar CSV and hand-made lists of dates).

- past appointments come in as held ("durchgeführt") unless the source says cancelled;
- all-day and multi-day events stay all-day (Outlook's end date of an all-day event is the day after);
- categories map to kinds; the office's choices are remembered like column mappings;
- private entries (Outlook "Privat" = Ein/True, sensitivity "Privat"/"Persönlich", categories such as
  "Urlaub" or "Privat", free/busy "Abwesend"/out of office) are skipped with their reason;
- online-meeting boilerplate (Teams/Zoom/Webex/Jitsi invitation text) is cut from the agenda, the link kept
  (app/io/online_meeting.py, the same rule as the .ics import).
"""

from __future__ import annotations

import datetime as dt
import json
import re

from app.io import online_meeting, profiles
from app.models import Setting, db_proxy
from app.models.entities import APPOINTMENT_KINDS
from app.services.imports.targets import KIND_WORDS, header_key
from app.services.messages import t

CATEGORY_SETTING = "import_category_kinds"
PRIVATE = "private"   # a category rule that skips the entry
PRIVATE_CATEGORIES = ("urlaub", "privat", "private", "personal", "personlich", "krank", "vacation", "holiday",
                      "abwesend", "out of office", "frei", "elternzeit", "arzt")
_CANCELLED_PREFIX = re.compile(r"^\s*(abgesagt|abgesagt von|canceled|cancelled|storniert)\s*:\s*", re.IGNORECASE)


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
    if key in PRIVATE_CATEGORIES or any(word in key.split() for word in PRIVATE_CATEGORIES):
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


def private_reason(private: object, sensitivity: object, show_as: object, categories: list[str],
                   rules: dict[str, str]) -> str:
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
    return ""


def kind_from_categories(categories: list[str], rules: dict[str, str]) -> str:
    for category in categories:
        rule = category_rule(category, rules)
        if rule and rule != PRIVATE:
            return rule
    return ""


def cancelled_title(title: str) -> tuple[str, bool]:
    """ "Abgesagt: Runder Tisch" → ("Runder Tisch", True)."""
    match = _CANCELLED_PREFIX.match(title)
    return (title[match.end():].strip(), True) if match else (title, False)


# the Outlook CSV's description and the .ics DESCRIPTION: one rule, in app/io (see online_meeting.py)
strip_online_boilerplate = online_meeting.strip_meeting_boilerplate


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
