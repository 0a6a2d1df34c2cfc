"""Run every benchmark (or the ones named): `python3 dev.py bench [foundation …]`."""

from __future__ import annotations

import importlib
import sys

BENCHES = ["foundation", "signin", "excel_import", "safety", "report", "gui_startup", "series", "calendar",
           "postgres", "exchange"]

names = sys.argv[1:] or BENCHES
for name in names:
    print(f"=== {name} ===", flush=True)
    importlib.import_module(f"bench.{name}").run()
    print(flush=True)
