"""kill -9 while series occurrences are generated (issue 17's fault harness, issue 12's series): the next
start finds a sound file and each extension happened whole or not at all – a series never holds half a
horizon, so a later extension neither skips nor doubles occurrences."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path

import pytest

from app.models import close_database, open_database
from tests.faults.conftest import health, kill9, spawn

EXTEND_CHILD = """
import datetime as dt, sys
from pathlib import Path
from app.models import open_database
from app.services import series
open_database(Path(sys.argv[1]))
print("ready", flush=True)
series.extend_series(dt.date(2036, 12, 31))
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three weekly series generated only a few weeks ahead: extending them to 2036 writes ~1,500 rows."""
    from app.services import series

    path = tmp_path_factory.mktemp("series") / "office.db"
    open_database(path)
    start = dt.datetime(2026, 12, 1, 10, 0)
    for title in ("Sprechstunde", "Jour fixe Jobcenter", "Beratung"):
        series.create_series({"title": title, "kind": "counselling_hours", "start": start,
                              "end": start + dt.timedelta(hours=1)}, "FREQ=WEEKLY",
                             until=dt.date(2026, 12, 31), today=dt.date(2026, 11, 30))
    close_database()
    return path


def _occurrences(path: Path) -> dict[int, tuple[int, str | None]]:
    """Per series: (number of occurrences, generated_until)."""
    database = open_database(path)
    try:
        rows = database.execute_sql(
            "SELECT s.id, count(a.id), s.generated_until FROM appointment_series s "
            "LEFT JOIN appointment a ON a.series_id = s.id GROUP BY s.id").fetchall()
        return {sid: (count, str(until) if until else None) for sid, count, until in rows}
    finally:
        close_database()


def test_kill_during_series_generation_leaves_all_or_nothing(office: Path, tmp_path: Path) -> None:
    before = _occurrences(office)
    rng = random.Random(12)
    outcomes = set()
    for round_number in range(6):
        path = tmp_path / f"round{round_number}.db"
        shutil.copyfile(office, path)
        child = spawn(EXTEND_CHILD, str(path))
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.6))
        kill9(child)
        assert health(path) == ("ok", [])
        after = _occurrences(path)
        if after == before:
            outcomes.add("nothing")
        else:  # whole: every series extended to the same horizon with its full set of occurrences
            assert {until for _, until in after.values()} == {"2036-12-31"}
            assert all(count > 500 for count, _ in after.values())
            outcomes.add("whole")
        # and the next extension from whatever state is left makes the same series
        open_database(path)
        try:
            from app.services import series

            series.extend_series(dt.date(2036, 12, 31))
        finally:
            close_database()
        final = _occurrences(path)
        assert len({count for count, _ in final.values()}) == 1, final  # equal weekly series, no gap or double
    assert outcomes  # at least one kill landed (both kinds are fine)
