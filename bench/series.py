"""Series figures: generating a 5-year weekly series (≈ 260 occurrences) in one transaction (target ≤ 100 ms),
extending every series of an office by a year, and a "whole series" time change over 18 months."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from app.models import AppointmentSeries, close_database, open_database
from app.services import series

TARGET_MS = 100.0


def _best(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        start = dt.datetime(2026, 1, 5, 9, 0)
        data = {"title": "Sprechstunde", "kind": "counselling_hours", "start": start,
                "end": start + dt.timedelta(hours=3), "location": "Landratsamt, Zimmer 112"}
        counts: list[int] = []

        def five_years() -> None:
            created = series.create_series(data, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20301231T235959",
                                           until=dt.date(2030, 12, 31), today=dt.date(2026, 1, 1))
            counts.append(len(series.occurrences(created.id)))
        generate = _best(5, five_years)
        verdict = "ok" if generate <= TARGET_MS else "OVER TARGET"
        print(f"5-year weekly series: {counts[-1]} occurrences generated in {generate:.1f} ms "
              f"(target ≤ {TARGET_MS:.0f} ms) {verdict}")

        for number in range(20):
            series.create_series({**data, "title": f"Jour fixe {number}"}, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                                 today=dt.date(2026, 1, 1))
        extend = _best(1, lambda: series.extend_series(series.horizon(dt.date(2027, 1, 1))))
        nothing = _best(5, lambda: series.extend_series(series.horizon(dt.date(2027, 1, 1))))
        print(f"extend {AppointmentSeries.select().count()} series by a year: {extend:.1f} ms; "
              f"when nothing is due: {nothing:.2f} ms")

        weekly = series.create_series({**data, "title": "Beratung"}, "FREQ=WEEKLY;BYDAY=WE",
                                      today=dt.date(2026, 1, 1))
        first = series.occurrences(weekly.id)[0]
        moved = _best(1, lambda: series.update_series(
            first.id, {"start": first.start + dt.timedelta(hours=1), "end": first.end + dt.timedelta(hours=1)},
            "all", today=dt.date(2026, 1, 1)))
        print(f"move a weekly series over 18 months ({len(series.occurrences(weekly.id))} occurrences) "
              f"by an hour: {moved:.1f} ms")
        close_database()


if __name__ == "__main__":
    run()
