"""Erasure under Art. 17 as the user asks for it: a checked backup first, the anonymisation in one
transaction (app/services/privacy.py does the work on the rows), then every kept backup in the office
folder cleaned so that no copy Brücke keeps brings the person back.

It sits above `privacy` and `backup`, which both need the erasure core (replaying the erasure log after
a restore), so neither imports the other.
"""

from __future__ import annotations

import datetime as dt
import logging

from app.errors import UserError
from app.io import signin_sheet
from app.io.cells import canonical
from app.models import db_proxy
from app.models.search import forget_folded
from app.services import audit, lists
from app.services import backup as backups
from app.services.imports.fields import company_key
from app.services.messages import t
from app.services.privacy import (
    ErasureSummary,
    _erase_in_transaction,
    _optimize_search_index,
    _person,
    _refresh_statistics,
    checkpoint,
)

log = logging.getLogger(__name__)


def erase_persons_detailed(person_ids: list[int], *, backup: bool = True) -> ErasureSummary:
    """Erase (anonymise) persons in one transaction; says how many and where else the name was replaced."""
    people = [_person(pid) for pid in person_ids]
    people = [p for p in people if p.erased_at is None]
    summary = ErasureSummary()
    if not people:
        return summary
    if backup:
        backups.before_risky_action("erasure")
    when = dt.datetime.now().replace(microsecond=0)
    user = audit.os_user()
    db = db_proxy.obj
    with db.atomic():
        for person in people:
            summary.add(ErasureSummary(1, _erase_in_transaction(db, person, when, user)))
        _optimize_search_index(db)
        _refresh_statistics(db)  # ANALYZE's samples held the person's name and e-mail verbatim
    checkpoint(db)
    _forget_remembered_names()
    log.info("erased %d person(s) under Art. 17", len(people))
    scrub = backups.scrub_backups([(p.id, when, user) for p in people])  # no kept copy brings them back
    summary.backups_cleaned, summary.backups_left = len(scrub.cleaned), [p.name for p in scrub.unreadable]
    summary.backups_cleaned_files = [p.name for p in scrub.cleaned]
    if not scrub.unreadable:
        backups.mark_statistics_clean()  # office and backups hold no statistics of erased persons
    return summary


def _forget_remembered_names() -> None:
    """Empty every cache that keeps a name as text in the running program: the search's folding, the duplicate
    check's key, the list sort key, the sign-in sheet's line breaks."""
    forget_folded()
    canonical.cache_clear()
    company_key.cache_clear()  # an import's organisation cells, which may name a one-person business
    lists.sortkey.cache_clear()
    signin_sheet.clear_caches()


def erase_persons(person_ids: list[int], *, backup: bool = True) -> int:
    """Erase (anonymise) persons in one transaction; returns how many were erased."""
    return erase_persons_detailed(person_ids, backup=backup).erased


def erase_person(person_id: int, *, backup: bool = True) -> ErasureSummary:
    if _person(person_id).erased_at is not None:
        raise UserError(t("person_already_erased", id=person_id))
    return erase_persons_detailed([person_id], backup=backup)
