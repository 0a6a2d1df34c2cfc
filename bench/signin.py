"""Sign-in sheet figures: a 120-person sheet (21 of them in Arabic script, shaped) against a bare reportlab table of
the same rows as plain strings, measured side by side in one run (issue 15 #16: target ≤ 1.6×)."""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from app.io import pdf_fonts, signin_sheet
from app.models import close_database, open_database
from app.services import appointments, attendance, contacts, demo
from app.services.signin import Sheet, SheetOptions, SheetRow

PEOPLE = 120


def sheet_rows(count: int, seed: int = 3) -> list[SheetRow]:
    rng = random.Random(seed)
    firsts = demo.GERMAN_FIRST + [f for f, _ in demo.CULTURES.values() for f in f]
    lasts = demo.GERMAN_LAST + [la for _, ls in demo.CULTURES.values() for la in ls]
    rows = []
    for _ in range(count):
        first, last = rng.choice(firsts), rng.choice(lasts)
        rows.append(SheetRow(f"{first} {last}", f"{last}, {first}", f"Verein {rng.randint(1, 40)} Lindenau e. V.",
                             rng.choice(demo.FUNCTIONS), "", "Lindenau", "Deutschland", "invited"))
    return sorted(rows, key=lambda r: r.sort_name)


def bare_table(rows: list[SheetRow]) -> None:
    """The floor: the same rows as plain strings in one reportlab Table, header repeated, same font."""
    font = pdf_fonts.register_fonts()
    data = [["Nr.", "Name", "Organisation / Funktion", "Unterschrift"]]
    data += [[str(i), r.name, f"{r.organization}\n{r.function}", ""] for i, r in enumerate(rows, 1)]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([table])


def fresh_render(sheet: Sheet, options: SheetOptions, office: dict[str, str]) -> None:
    """One sheet as the first of its kind: the text caches (wrapped lines, bound units) start empty, so only
    repetitions inside the sheet (organisations, functions) count – not the previous run's."""
    signin_sheet.clear_caches()
    signin_sheet.render(io.BytesIO(), [sheet], options, office)


def best_of(runs: int, work) -> float:  # noqa: ANN001
    """The fastest of `runs`, in CPU time of this process (the machine is shared: wall time would count
    other people's work; the minimum is the least disturbed figure)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def run() -> None:
    rows = sheet_rows(PEOPLE)
    sheet = Sheet(1, "Runder Tisch Integration – 4. Sitzung", dt.datetime(2026, 11, 24, 10), None, False,
                  "Landratsamt, Raum 2.14", "", "Runder Tisch Integration", rows)
    office = {"office_name": "Büro der Integrationsbeauftragten", "privacy_notice": "Datenschutzhinweis: …"}
    options = SheetOptions(blank_rows=10)
    bare_table(rows)  # warm up fonts and shaping caches
    signin_sheet.render(io.BytesIO(), [sheet], options, office)
    bare = ours = float("inf")
    for _ in range(8):  # interleaved, so both see the same load
        bare = min(bare, best_of(2, lambda: bare_table(rows)))
        ours = min(ours, best_of(2, lambda: fresh_render(sheet, options, office)))
    print(f"bare reportlab table, {PEOPLE} rows:          {bare * 1000:7.1f} ms")
    print(f"sign-in sheet, {PEOPLE} persons + 10 blank:    {ours * 1000:7.1f} ms  "
          f"({ours / bare:.2f}× bare, target ≤ 1,6×)")

    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        org = contacts.create_organization({"name": "Caritas Lindenau"})
        ids = [contacts.create_person({"first_name": r.name.split()[0], "last_name": r.sort_name.split(",")[0],
                                       "organization": org.id, "function": r.function}).id for r in rows]
        meeting = appointments.create_appointment({"title": "Runder Tisch", "start": "2026-11-24 10:00"}).id
        attendance.invite(meeting, ids)
        target = Path(folder) / "sheet.pdf"
        whole = best_of(5, lambda: signin_sheet.write_for_appointments(target, [meeting], options))
        print(f"database → PDF file, {PEOPLE} persons:         {whole * 1000:7.1f} ms")
        close_database()
