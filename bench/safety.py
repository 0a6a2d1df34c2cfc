"""Data safety figures on a large office: start check, backup, restore, erasure, Art. 15 export."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path


def _timed(label: str, work):  # noqa: ANN001, ANN202
    start = time.perf_counter()
    result = work()
    print(f"{label:<46} {time.perf_counter() - start:8.3f} s", flush=True)
    return result


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BRUECKE_HOME"] = str(Path(folder) / "home")
        from app.models import Attendance, close_database, open_database
        from app.models import database as dbmod
        from app.services import backup, demo, erasure, privacy

        path = Path(folder) / "office.db"
        open_database(path)
        demo.fill_demo(seed=3, persons=20_000, years=5, per_year=1500, today=dt.date(2026, 11, 23))
        close_database()
        print(f"office file: {path.stat().st_size / 1e6:.1f} MB (20,000 contacts, 7,500 appointments)")
        _timed("quick_check on start (read-only)", lambda: dbmod.quick_check(path))
        _timed("open_database incl. quick_check", lambda: open_database(path))
        made = _timed("backup (backup API + integrity_check + rename)", lambda: backup.make_backup("manual"))
        _timed("list backups with counts", backup.list_backups)
        person = Attendance.select().first().person_id
        _timed("Art. 15 export as PDF", lambda: privacy.export_person(person, Path(folder) / "a.pdf"))
        _timed("Art. 15 export as Excel", lambda: privacy.export_person(person, Path(folder) / "a.xlsx"))
        _timed("Art. 17 erasure without backup (scrub + checkpoint)",
               lambda: erasure.erase_person(person, backup=False))
        _timed("restore (incl. keeping the current state aside)", lambda: backup.restore(made))
        close_database()
        _timed("encrypt the file (sqlcipher_export)", lambda: dbmod.change_encryption(path, None, "bench"))
        _timed("open encrypted incl. quick_check", lambda: open_database(path, passphrase="bench"))
        _timed("backup of the encrypted file", lambda: backup.make_backup("manual"))
        close_database()
