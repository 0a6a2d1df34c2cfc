"""GUI figures on a demo office of 100,000 persons and 30,000 appointments.

1. Time to a usable window: process start until the main window shows the persons list with rows painted
   (the real start path, `app.ui.application.open_window`: instance lock, open, language, window; the quick
   check then runs in the background),
   against a bare PySide6 window (a QTableView over a minimal QAbstractTableModel holding the same rows,
   loaded with one plain sqlite3 query). Both run offscreen in a fresh process; median of three runs.
   Target: Brücke ≤ 1.3 × bare (issue 15 point 17). Wall and CPU time of the child are both printed:
   on a shared, loaded machine the CPU ratio is the steadier one.
2. Search as you type in the 100,000-person list: from setting the filter text to the view updated
   (model reset, visible rows fetched, repaint delivered by the event loop). Target ≤ 100 ms.

The demo office takes ~30 s to build; it is built once into the temp folder and reused.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB = Path(tempfile.gettempdir()) / "bruecke-bench-gui-100k.db"
PERSONS = 100_000

BARE = r'''
import sqlite3, sys, time
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

HEADERS = ["Name", "Funktion", "Organisation", "E-Mail", "Telefon", "Ort"]


class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=None):
        return len(self.rows)

    def columnCount(self, parent=None):
        return len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


app = QApplication([])
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(
    "SELECT p.last_name || ', ' || p.first_name, p.function, coalesce(o.name, ''), p.email, p.phone, p.city "
    "FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE NOT p.archived "
    "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE").fetchall()
view = QTableView()
view.setModel(Model(rows))
view.resize(1366, 768)
view.show()
app.processEvents()
view.viewport().grab()
print("READY", time.time() - float(sys.argv[2]), view.model().rowCount(), flush=True)
import os
os._exit(0)
'''

FULL = r'''
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.ui_settings import ui_settings
ui_settings().setValue("main/page", "persons")  # a returning user: the window opens on the last page
from app.ui.application import open_window  # the real start: lock, open (check after the window), window
started, window = open_window(Path(sys.argv[1]))
window.resize(1366, 768)
page = window.pages["persons"]
assert window.stack.currentWidget() is page
app.processEvents()
page.table.viewport().grab()
print("READY", time.time() - float(sys.argv[2]), page.model.rowCount(), flush=True)
import os
os._exit(0)  # skip interpreter teardown: only the time to a usable window is measured
'''


def ensure_demo() -> Path:
    if DB.exists():
        import sqlite3

        with sqlite3.connect(DB) as connection:
            try:
                count = connection.execute("SELECT count(*) FROM person").fetchone()[0]
            except sqlite3.Error:
                count = 0
        if count >= PERSONS:
            return DB
        DB.unlink()
    from app.models import close_database, open_database
    from app.services import demo

    print(f"building the demo office ({PERSONS:,} persons, 10 years × 3,000 appointments) …", flush=True)
    started = time.perf_counter()
    database = open_database(DB)
    demo.fill_demo(seed=2, persons=PERSONS, years=10, per_year=3000)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    print(f"  built in {time.perf_counter() - started:.1f} s → {DB}", flush=True)
    return DB


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _closed_cleanly() -> None:
    """The office as a cleanly closed program leaves it: an empty log (a run ended by os._exit after its
    background start-up work may leave one, and then the next start checks before the window)."""
    import sqlite3

    with sqlite3.connect(DB) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _startup(script: str, home: Path) -> tuple[float, int, float]:
    """(wall seconds to the painted window, rows listed, CPU seconds of the child process)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRUECKE_HOME=str(home), PYTHONPATH=str(ROOT))
    _closed_cleanly()
    cpu_before = _cpu_children()
    started = time.time()
    result = subprocess.run([sys.executable, "-c", script, str(DB), repr(started)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    cpu = _cpu_children() - cpu_before  # the child exits right after READY: its CPU is the start's CPU
    line = next(line for line in result.stdout.splitlines() if line.startswith("READY"))
    _, seconds, rows = line.split()
    return float(seconds), int(rows), cpu


def _search_latency(home: Path) -> list[tuple[str, float, int]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRUECKE_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.models import close_database, open_database
    from app.ui.main_window import MainWindow

    open_database(DB)
    window = MainWindow(DB)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("persons")
    app.processEvents()
    figures = []
    typed = ["m", "mü", "mül", "müll", "mülle", "müller", "", "s", "sc", "sch", "schm", "schmidt", "", "a",
             "an", "ann", "anna", "anna k", "", "yıl", "yılmaz", "", "xyzq", ""]
    for term in typed:
        started = time.perf_counter()
        page.search.setText(term)  # what a keystroke does: textChanged → model reset from the index
        app.processEvents()  # layout, the visible rows fetched and painted
        figures.append((term, (time.perf_counter() - started) * 1000, page.model.rowCount()))
    window.close()
    close_database()
    return figures


def run() -> None:
    ensure_demo()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _startup(BARE, home)  # warm the file cache for both
        bare = [_startup(BARE, home) for _ in range(3)]
        full = [_startup(FULL, home) for _ in range(3)]
        bare_s = statistics.median(s for s, _, _ in bare)
        full_s = statistics.median(s for s, _, _ in full)
        bare_cpu = statistics.median(c for _, _, c in bare)
        full_cpu = statistics.median(c for _, _, c in full)
        print(f"startup to a usable window with {bare[0][1]:,} persons listed (median of 3, offscreen):")
        print(f"  bare PySide6 QTableView over a minimal model: {bare_s:.2f} s wall, {bare_cpu:.2f} s CPU")
        print(f"  Brücke main window, persons page:             {full_s:.2f} s wall, {full_cpu:.2f} s CPU")
        print(f"  ratio: {full_s / bare_s:.2f} × bare (wall), {full_cpu / bare_cpu:.2f} × bare (CPU); "
              f"target ≤ 1.3 ×")
        figures = _search_latency(home)
    print("search as you type in the persons list (setText → view repainted):")
    for term, ms, rows in figures:
        print(f"  {term!r:12} {ms:7.1f} ms  {rows:>7,} rows")
    times = [ms for _, ms, _ in figures]
    print(f"  median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target ≤ 100 ms)")


if __name__ == "__main__":
    run()
