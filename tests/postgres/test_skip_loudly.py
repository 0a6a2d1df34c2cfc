"""Without server binaries the PostgreSQL tests skip – and say so in red at the end, never silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_missing_binaries_skip_with_a_loud_summary_line(tmp_path: Path) -> None:
    env = dict(os.environ, BRUECKE_PG_BIN=str(tmp_path / "nothing-here"))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/postgres/test_schema.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]
    assert result.stdout.splitlines()[0].startswith("ss")  # both tests skipped
    assert "PostgreSQL tests SKIPPED" in result.stdout
