"""Excel import figures: 10,000 person rows against the bare floor, and peak memory for 100,000 rows.

The floor is what no import can beat: openpyxl's read-only parse of the same file plus a raw sqlite3
`executemany` of the same rows. The import adds header detection, value parsing, validation, duplicate
checks against the database, organisations, search index, audit and the undo records. Target: ≤ 2× floor.
Peak memory (100,000 rows, analyse + preview + commit) is measured in a fresh subprocess with
`resource.getrusage` (maximum resident set size, interpreter and libraries included). Target: ≤ 200 MB.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from app.io.export import write_table
from app.models import close_database, open_database
from app.services import bulk, contacts, demo, imports

HEADERS = ["Anrede", "Name", "Funktion", "Einrichtung", "E-Mail", "Telefon", "Straße", "PLZ", "Ort",
           "Einwilligung am"]


def make_file(path: Path, count: int, seed: int = 3) -> Path:
    rng = random.Random(seed)
    firsts = demo.GERMAN_FIRST + [f for f, _ in demo.CULTURES.values() for f in f]
    lasts = demo.GERMAN_LAST + [la for _, ls in demo.CULTURES.values() for la in ls]
    orgs = [f"Verein {i} e. V." for i in range(300)]

    def rows():
        for i in range(count):
            yield [rng.choice(("Frau", "Herr", "")), f"{rng.choice(firsts)} {rng.choice(lasts)}-{i}",
                   rng.choice(demo.FUNCTIONS), rng.choice(orgs), f"person{i}@example.org",
                   351000000 + i, f"Hauptstraße {i % 200}", 1067 + i % 900, "Dresden",
                   dt.date(2024, 1, 1) + dt.timedelta(days=i % 600)]

    return write_table(path, HEADERS, rows(), sheet_title="Partner")


def floor(path: Path, db_path: Path) -> float:
    start = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    database = open_database(db_path)
    columns, plan = bulk._column_plan(contacts.PERSON)
    close_database()
    del database
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    index = {name: i for i, (name, _) in enumerate(plan)}
    template = [stamp if name in ("created_at", "updated_at") else
                (default() if callable(default) else default) for name, default in plan]
    template = [int(v) if isinstance(v, bool) else v for v in template]
    values = []
    for row in rows:
        record = template.copy()
        record[index["salutation"]] = row[0] or ""
        first, _, last = str(row[1]).partition(" ")
        record[index["first_name"]], record[index["last_name"]] = first, last
        record[index["function"]], record[index["email"]] = row[2], row[4]
        record[index["phone"]], record[index["street"]] = str(row[5]), row[6]
        record[index["postal_code"]], record[index["city"]] = str(row[7]), row[8]
        record[index["consent_date"]] = row[9].date().isoformat() if row[9] else None
        values.append(record)
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA synchronous=FULL")
    with connection:
        connection.executemany(f'INSERT INTO person ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
                               f'VALUES ({", ".join("?" * len(columns))})', values)
    connection.close()
    return time.perf_counter() - start


def ours(path: Path, db_path: Path) -> tuple[float, imports.Result]:
    open_database(db_path)
    start = time.perf_counter()
    layout = imports.analyse(path, "persons")
    preview = imports.preview(path, "persons", layout)
    result = imports.commit(preview, backup=False)
    elapsed = time.perf_counter() - start
    close_database()
    return elapsed, result


_MEMORY_CHILD = """
import resource, sys, time
from pathlib import Path
from app.models import open_database
from app.services import imports
open_database(Path(sys.argv[2]))
start = time.perf_counter()
layout = imports.analyse(Path(sys.argv[1]), "persons")
preview = imports.preview(Path(sys.argv[1]), "persons", layout)
result = imports.commit(preview, backup=False)
print(result.created, round(time.perf_counter() - start, 1),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def run() -> None:
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        source = make_file(work / "partner_10000.xlsx", 10_000)
        floor_s = min(floor(source, work / f"floor{i}.db") for i in range(2))
        timings = []
        for i in range(2):
            elapsed, result = ours(source, work / f"ours{i}.db")
            timings.append(elapsed)
        ours_s = min(timings)
        print(f"10,000 Zeilen: Import {ours_s:.2f} s, Boden (openpyxl read-only + sqlite3 executemany) "
              f"{floor_s:.2f} s → {ours_s / floor_s:.2f}× (Ziel ≤ 2×); angelegt {result.created}, "
              f"Organisationen {result.organizations}")
        big = make_file(work / "partner_100000.xlsx", 100_000)
        out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(big), str(work / "big.db")],
                             capture_output=True, text=True, check=True).stdout.split()
        print(f"100,000 Zeilen: {out[0]} angelegt in {out[1]} s, Spitze Arbeitsspeicher {out[2]} MB "
              f"(Ziel ≤ 200 MB, inkl. Interpreter)")


if __name__ == "__main__":
    run()
