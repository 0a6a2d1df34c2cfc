"""Calendar and address-book exchange figures (issue 11 §5/§6): an office's year of appointments out as .ics
and into an empty office (preview, commit, re-import without changes), 2,000 contacts as vCard both ways,
and the subscription file written after a change."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models import close_database, open_database
from app.services import demo, exchange, settings, subscription

TODAY = dt.date(2026, 11, 23)


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def run() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        open_database(folder / "office.db")
        demo.fill_demo(seed=7, today=TODAY, persons=2000, years=2, per_year=300)
        seconds, (_, events) = _timed(lambda: exchange.export_file("appointments", folder / "termine.ics"))
        print(f"export {events} appointments as .ics: {seconds:.2f} s "
              f"({(folder / 'termine.ics').stat().st_size / 1e6:.1f} MB)")
        seconds, (_, cards) = _timed(lambda: exchange.export_file("persons", folder / "kontakte.vcf"))
        print(f"export {cards} contacts as .vcf: {seconds:.2f} s")
        settings.update({subscription.SETTING: str(folder)})
        seconds, written = _timed(subscription.write)
        print(f"subscription file ({written[1]} appointments, 15 months): {seconds * 1000:.0f} ms")
        close_database()

        open_database(folder / "empty.db")
        for label, path in (("appointments", folder / "termine.ics"), ("contacts", folder / "kontakte.vcf")):
            seconds, preview = _timed(lambda p=path: exchange.preview(p, today=TODAY) if p.suffix == ".ics"
                                      else exchange.preview(p))
            commit_seconds, result = _timed(lambda pv=preview: exchange.commit(pv, backup=False))
            again, second = _timed(lambda p=path: exchange.preview(p, today=TODAY) if p.suffix == ".ics"
                                   else exchange.preview(p))
            print(f"import {len(preview.rows)} {label} into an empty office: preview {seconds:.2f} s, commit "
                  f"{commit_seconds:.2f} s ({result.created} records); re-import preview {again:.2f} s "
                  f"({second.counts()['create']} new, {second.counts()['update']} changed)")
        close_database()
