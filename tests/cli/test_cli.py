"""The command line as a user runs it: real processes, real files, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.migrations import LATEST_VERSION
from tests.cli.conftest import Run, run_process


def bruecke(*args: str, env_home: Path) -> Run:
    return run_process(*args, home=env_home)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("clihome")
    path = home / "demo.db"
    result = bruecke("demo", "--db", str(path), "--seed", "3", env_home=home)
    assert result.code == 0, result.err
    assert "Demo-Büro angelegt" in result.out
    return path, home


def test_check_prints_version_integrity_and_counts(demo_file: tuple[Path, Path]) -> None:
    path, home = demo_file
    result = bruecke("check", "--db", str(path), env_home=home)
    assert result.code == 0, result.err
    assert f"Schema-Version:    {LATEST_VERSION}" in result.out
    assert "Integrität:        ok" in result.out
    counts = {line.split(":")[0]: line.split(":")[1].strip() for line in result.out.splitlines()}
    assert int(counts["Kontakte"]) == 150
    assert 35 <= int(counts["Organisationen"]) <= 40
    assert 840 <= int(counts["Termine"]) <= 900


def test_search_prints_best_matches(demo_file: tuple[Path, Path]) -> None:
    path, home = demo_file
    result = bruecke("search", "zemaityte", "--db", str(path), env_home=home)
    assert result.code == 0
    assert result.out.splitlines()[0].startswith("Kontakt") and "Žemaitytė" in result.out


def test_smoke_opens_the_main_window_over_the_demo(demo_file: tuple[Path, Path]) -> None:
    path, home = demo_file
    result = bruecke("--smoke", "--db", str(path), env_home=home)
    assert result.code == 0, result.err


def test_demo_refuses_a_file_with_data(demo_file: tuple[Path, Path]) -> None:
    path, home = demo_file
    result = bruecke("demo", "--db", str(path), env_home=home)
    assert result.code == 1
    assert result.err.startswith("Fehler:") and "Traceback" not in result.err


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        assert bruecke("demo", "--db", str(path), "--seed", "11", "--persons", "60", env_home=tmp_path).code == 0
        dumps.append(bruecke("search", "a", "--limit", "200", "--db", str(path), env_home=tmp_path).out)
    assert dumps[0] == dumps[1] and len(dumps[0].splitlines()) > 20


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = bruecke("frobnicate", env_home=tmp_path)
    assert result.code == 2 and "invalid choice" in result.err


def test_a_file_from_a_newer_version_is_one_clear_line(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "new.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=99")
    connection.close()
    result = bruecke("check", "--db", str(path), env_home=tmp_path)
    assert result.code == 1
    assert result.err.count("\n") == 1 and "neueren Brücke-Version" in result.err


def test_version_and_help(tmp_path: Path) -> None:
    assert bruecke("--version", env_home=tmp_path).out.startswith("Brücke ")
    help_text = bruecke("--help", env_home=tmp_path).out
    for name in ("demo", "check", "search", "--db", "--smoke"):
        assert name in help_text


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    default = tmp_path / "data" / "bruecke.db"
    result = bruecke("check", env_home=tmp_path)  # reading commands never create the office (QA after issue 17)
    assert result.code == 1 and str(default) in result.err and not default.exists()
    assert bruecke("demo", "--persons", "3", "--years", "1", "--per-year", "3", env_home=tmp_path).code == 0
    assert default.exists()
    assert bruecke("check", env_home=tmp_path).code == 0


def test_wrong_file_names_and_limits_are_wrong_calls(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    assert bruecke("demo", "--db", str(path), "--persons", "20", "--years", "1", env_home=tmp_path).code == 0
    for args in (["report", "--year", "2025", "--out", str(tmp_path / "bericht.txt")],
                 ["report", "--year", "2025", "--docx", str(tmp_path / "bericht.pdf")],
                 ["export", "persons", "--out", str(tmp_path / "liste.foo")],
                 ["search", "Beirat", "--limit", "-1"]):
        result = bruecke(*args, "--db", str(path), env_home=tmp_path)
        assert result.code == 2 and result.err.startswith("Fehler:"), (args, result)
    assert not (tmp_path / "bericht.txt").exists()
