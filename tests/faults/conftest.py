"""Fault tests: real child processes, real files, `kill -9` at random moments."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn(code: str, *args: str) -> subprocess.Popen:
    """A Python child in the project root; it prints one line when it is ready to be killed."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def kill9(child: subprocess.Popen) -> None:
    try:
        os.kill(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    child.wait()


def health(path: Path) -> tuple[str, list]:
    """(integrity_check, foreign_key_check) through a fresh connection – this also recovers a hot WAL."""
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return integrity, problems
