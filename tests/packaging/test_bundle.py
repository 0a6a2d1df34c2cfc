"""The Linux bundle, built from the real spec by the real build script, starts, opens a fresh database,
writes a PDF and exits 0 – without Python, the venv or a screen.

The build takes 30–60 s on two cores. It is cached under build/test-bundle/<hash>/, where the hash covers
every input (app sources, resources, spec, build script, Linux files, pyproject.toml and the installed
package versions): an unchanged tree reuses the bundle, any change rebuilds it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "test-bundle"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test builds the Linux bundle")

INPUTS = ["app", "resources", "packaging/bruecke.spec", "packaging/build.py", "packaging/linux", "pyproject.toml",
          "dev.py"]


def source_hash() -> str:
    digest = hashlib.sha256()
    for entry in INPUTS:
        base = ROOT / entry
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if "__pycache__" in path.parts or path.suffix in {".pyc", ".qm"}:
                continue  # .qm files are compiled from the .ts sources, which are hashed
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join([sys.version, *packages]).encode())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist-like folder holding bruecke/ – built once per source state, shared by parallel sessions."""
    import fcntl  # POSIX only; the module is collected on every system (the test itself is Linux-only)

    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / source_hash()
    program = target / "bruecke" / "bruecke"
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two suites at once must not build into the same folder
        if not (target / ".complete").exists():
            for old in CACHE.iterdir():
                if old.is_dir() and old.name != "work":
                    shutil.rmtree(old, ignore_errors=True)
            result = subprocess.run([sys.executable, "packaging/build.py", "--dist", str(target),
                                     "--work", str(CACHE / "work")], cwd=ROOT, capture_output=True, text=True,
                                    timeout=900)
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
            (target / ".complete").write_text(VERSION)
    assert program.is_file() and os.access(program, os.X_OK)
    return target / "bruecke"


def run(bundle: Path, home: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run the frozen program the way a user's desktop would: no venv, no PYTHONPATH, no display."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "BRUECKE_", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", BRUECKE_HOME=str(home), PATH="/usr/bin:/bin")
    return subprocess.run([str(bundle / "bruecke"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=home.parent)


def test_smoke_run_opens_a_fresh_database_and_exits_0(bundle: Path, tmp_path: Path) -> None:
    home, db = tmp_path / "home", tmp_path / "fresh" / "office.db"
    result = run(bundle, home, "--smoke", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert db.is_file()
    assert (home / "logs" / "bruecke.log").is_file()  # the data folders appear on first start
    check = run(bundle, home, "check", "--db", str(db))
    assert check.returncode == 0, check.stderr
    assert "Integrität:        ok" in check.stdout


def test_smoke_run_in_a_fresh_data_folder_uses_the_default_database(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run(bundle, home, "--smoke")
    assert result.returncode == 0, result.stderr
    assert (home / "data" / "bruecke.db").is_file()


def test_the_bundle_knows_its_version_from_pyproject(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path / "home", "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Brücke {VERSION}"


def test_the_bundle_writes_a_pdf(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    home, db, pdf = tmp_path / "home", tmp_path / "demo.db", tmp_path / "out" / "x.pdf"
    pdf.parent.mkdir()
    commands = run(bundle, home, "--help").stdout
    if " report " in commands:
        args = ["report", "--year", str(dt.date.today().year), "--out", str(pdf)]
    elif " attendance " in commands:
        args = ["attendance", "--appointment", "1", "--out", str(pdf)]
    else:
        pytest.skip("neither `bruecke report` nor `bruecke attendance` exists yet")
    filled = run(bundle, home, "demo", "--db", str(db))
    assert filled.returncode == 0, filled.stderr
    written = run(bundle, home, *args, "--db", str(db))
    assert written.returncode == 0, written.stderr
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Lindenau" in text, text[:500]


def test_resources_and_only_the_needed_qt_parts_are_bundled(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "bruecke-256.png").is_file()
    shipped_qm = {p.name for p in (internal / "resources" / "i18n" / "en").glob("*.qm")}
    assert {p.with_suffix(".qm").name for p in (ROOT / "resources" / "i18n" / "en").glob("*.ts")} <= shipped_qm
    assert not list((internal / "resources").rglob("*.ts"))
    qt = internal / "PySide6"
    for module in ("QtSvg", "QtPdf", "QtPrintSupport", "QtWidgets"):
        assert list(qt.glob(f"{module}.*")), module
    unwanted = [p.name for p in internal.rglob("*")
                if any(name in p.name for name in ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt63D", "Multimedia"))]
    assert unwanted == []
    languages = {p.stem.rsplit("_", 1)[-1] for p in (qt / "Qt" / "translations").glob("*.qm")}
    assert languages <= {"de", "en"}


def test_linux_desktop_integration_is_in_the_bundle(bundle: Path) -> None:
    share = bundle / "share"
    desktop = (share / "applications" / "de.bruecke.Bruecke.desktop").read_text(encoding="utf-8")
    assert "Icon=de.bruecke.Bruecke" in desktop and "Exec=bruecke" in desktop
    metainfo = (share / "metainfo" / "de.bruecke.Bruecke.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{VERSION}"' in metainfo
    for size in (16, 32, 48, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "de.bruecke.Bruecke.png").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / "de.bruecke.Bruecke.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    if shutil.which("appstreamcli"):
        check = subprocess.run(["appstreamcli", "validate", "--no-net",
                                str(share / "metainfo" / "de.bruecke.Bruecke.metainfo.xml")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_user_install_puts_the_program_in_the_menu_and_uninstall_keeps_the_data(bundle: Path, tmp_path: Path
                                                                              ) -> None:
    prefix = tmp_path / "local"
    env = dict(os.environ, PREFIX=str(prefix))
    result = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    entry = (prefix / "share" / "applications" / "de.bruecke.Bruecke.desktop").read_text(encoding="utf-8")
    assert f'Exec="{prefix}/lib/bruecke/bruecke"' in entry
    assert (prefix / "share" / "icons" / "hicolor" / "64x64" / "apps" / "de.bruecke.Bruecke.png").is_file()
    home = tmp_path / "home"
    installed = subprocess.run([str(prefix / "bin" / "bruecke"), "--smoke"], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "BRUECKE_HOME": str(home), "PATH": "/usr/bin:/bin"},
                               timeout=120)
    assert installed.returncode == 0, installed.stderr
    data = home / "data" / "bruecke.db"
    assert data.is_file()

    removed = subprocess.run(["sh", str(prefix / "lib" / "bruecke" / "install.sh"), "--uninstall"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "lib" / "bruecke").exists() and not (prefix / "bin" / "bruecke").exists()
    assert not (prefix / "share" / "applications" / "de.bruecke.Bruecke.desktop").exists()
    assert data.is_file()
