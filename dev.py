#!/usr/bin/env python3
"""One-step set-up for Brücke: `python3 dev.py start` or `python3 dev.py test`.

Creates `.venv` inside the checkout, installs the project with its test extra, installs the Debian
libraries Qt needs when they are missing (Linux, as root or through password-less sudo), builds the
translation files and then runs the application, the test suite, the benchmarks or the bundle build.
Every step is skipped when it is already done, so repeated calls are quick.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bruecke-installed"
WINDOWS = os.name == "nt"

# Debian packages: alternatives separated by "|" (Debian 12 names first, then 13's t64 renames).
QT_OFFSCREEN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0|libglib2.0-0t64", "libfreetype6",
]
# The PostgreSQL server binaries (initdb, pg_ctl) for the server-engine tests' throwaway cluster.
POSTGRES_PACKAGES = ["postgresql", "postgresql-contrib"]
# pdftotext/pdfinfo: the report tests read the published PDF the way an outside checker does.
TEST_TOOL_PACKAGES = ["poppler-utils"]
QT_DESKTOP_PACKAGES = [
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-xkb1",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def venv_tool(name: str) -> Path:
    return VENV / ("Scripts" if WINDOWS else "bin") / (name + (".exe" if WINDOWS else ""))


def log(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def dpkg_installed(name: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
    return result.returncode == 0 and "install ok installed" in result.stdout


def apt_candidate(name: str) -> bool:
    result = subprocess.run(["apt-cache", "policy", name], capture_output=True, text=True)
    return "Candidate:" in result.stdout and "Candidate: (none)" not in result.stdout


def ensure_debian_packages(groups: list[str]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [g for g in groups if not any(dpkg_installed(n) for n in g.split("|"))]
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            log("missing system libraries for Qt (please install): " + " ".join(missing))
            return
        prefix = ["sudo", "-n"]
    log("installing system libraries for Qt: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], env=env, check=False)
    chosen = []
    for group in missing:
        names = group.split("|")
        chosen.append(next((n for n in names if apt_candidate(n)), names[0]))
    subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *chosen],
                   env=env, check=False)


def ensure_venv() -> None:
    if not venv_python().exists():
        log("creating virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    log("installing Brücke and its dependencies (first run only)")
    run(venv_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", ".[dev]", cwd=ROOT)
    STAMP.write_text(wanted)


def ensure_translations() -> None:
    lrelease = venv_tool("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "i18n").glob("*/*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(lrelease, "-silent", ts, "-qm", qm)


I18N_LANGUAGES = ["en"]


def i18n_areas() -> dict[str, list[str]]:
    """Areas are declared in app/ui/i18n_areas.txt: `area: glob glob …` per line."""
    areas: dict[str, list[str]] = {}
    listing = ROOT / "app" / "ui" / "i18n_areas.txt"
    for line in listing.read_text(encoding="utf-8").splitlines() if listing.exists() else []:
        if ":" in line and not line.lstrip().startswith("#"):
            area, globs = line.split(":", 1)
            files = sorted({str(p.relative_to(ROOT)) for g in globs.split() for p in ROOT.glob(g)})
            areas[area.strip()] = files
    return areas


def update_translations() -> None:
    lupdate = venv_tool("pyside6-lupdate")
    for language in I18N_LANGUAGES:
        for area, files in i18n_areas().items():
            if files:
                ts = ROOT / "resources" / "i18n" / language / f"{area}.ts"
                ts.parent.mkdir(parents=True, exist_ok=True)
                run(lupdate, "-silent", "-no-obsolete", "-source-language", "de", "-target-language", language,
                    *files, "-ts", ts, cwd=ROOT)


def setup(desktop: bool) -> None:
    ensure_debian_packages(QT_OFFSCREEN_PACKAGES + (QT_DESKTOP_PACKAGES if desktop else []))
    ensure_venv()
    ensure_translations()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "start"
    rest = argv[1:]
    if command == "start":
        setup(desktop=True)
        return subprocess.call([str(venv_python()), "-m", "app", *rest], cwd=ROOT)
    if command == "test":
        setup(desktop=False)
        ensure_debian_packages(POSTGRES_PACKAGES + TEST_TOOL_PACKAGES)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        lint = subprocess.call([str(venv_tool("ruff")), "check", "app", "tests", "bench", "dev.py"], cwd=ROOT)
        types = subprocess.call([str(venv_tool("mypy"))], cwd=ROOT)  # settings in pyproject.toml [tool.mypy]
        tests = subprocess.call([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT, env=env)
        return tests or lint or types
    if command == "bench":
        setup(desktop=False)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(venv_python()), "-m", "bench", *rest], cwd=ROOT, env=env)
    if command == "i18n":
        setup(desktop=False)
        update_translations()
        return 0
    if command == "bundle":
        setup(desktop=False)
        return subprocess.call([str(venv_python()), "packaging/build.py", *rest], cwd=ROOT)
    print("usage: python3 dev.py [start|test|bench|i18n|bundle] [arguments…]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
