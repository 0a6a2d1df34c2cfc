"""Office settings (name, commissioner, letterhead, logo, languages, backup policy) as key/value rows."""

from __future__ import annotations

from collections.abc import Mapping

from app.models import Setting, db_proxy
from app.services import audit

DEFAULTS: dict[str, str] = {
    "office_name": "Büro der Integrationsbeauftragten",
    "commissioner": "",
    "commissioner_title": "",  # the report cover's role line, e.g. "Integrationsbeauftragte" (issue 15 #12)
    "commissioner_title_en": "",  # the same in English reports (empty: "Integration commissioner")
    "field_names_en": "{}",  # English names of fields of action for English reports: {"<id>": "name"}
    "letterhead": "",
    "logo_path": "",
    "language": "de",
    "report_language": "de",
    "privacy_notice": (
        "Datenschutzhinweis: Die Angaben werden ausschließlich zur Dokumentation der Veranstaltung und für "
        "den Tätigkeitsbericht verarbeitet (Art. 6 Abs. 1 lit. e DSGVO) und nach Ablauf der "
        "Aufbewahrungsfrist gelöscht."
    ),
    "backup_dir": "",
    "backup_keep_daily": "7",
    "backup_keep_weekly": "4",
    "backup_keep_monthly": "12",
    "retention_years": "3",
    "bundesland": "NW",  # public holidays in the calendar (app/services/holidays.py)
}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def get_all() -> dict[str, str]:
    values = dict(DEFAULTS)
    values.update({row.key: row.value for row in Setting.select()})
    return values


def update(values: Mapping[str, str]) -> None:
    with db_proxy.atomic():
        for key, value in values.items():
            old = get(key)
            if old == value:
                continue
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
            audit.record("setting", 0, "update", {key: (old, value)})
