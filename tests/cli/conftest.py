"""One way to run the command line in tests: `bruecke(*args)` in this process (fast, sees the test's
database fixtures), `bruecke_process(*args)` as a real process (exit codes as a shell sees them, crashes,
no shared state). Both return exit code, stdout and stderr; both use the test's BRUECKE_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


Runner = Callable[..., Run]


@pytest.fixture
def bruecke(capsys: pytest.CaptureFixture[str]) -> Runner:
    from app.cli import main

    def run(*args: str | Path) -> Run:
        capsys.readouterr()  # start from a clean capture
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse: usage errors, --help, --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def run_process(*args: str | Path, home: Path, timeout: int = 120, env: dict[str, str] | None = None) -> Run:
    environment = dict(os.environ, BRUECKE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env or {}))
    result = subprocess.run([sys.executable, "-m", "app", *(str(a) for a in args)], capture_output=True,
                            text=True, env=environment, timeout=timeout)
    return Run(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def bruecke_process(isolated_home: Path) -> Runner:
    def run(*args: str | Path, timeout: int = 120, env: dict[str, str] | None = None) -> Run:
        return run_process(*args, home=isolated_home, timeout=timeout, env=env)

    return run
