from __future__ import annotations

from pathlib import Path

import pytest

from app.io.files import write_atomically


def test_a_failing_writer_leaves_the_old_file_and_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "bericht.pdf"
    target.write_bytes(b"old report")

    def broken(temp: Path) -> None:
        temp.write_bytes(b"half a rep")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.pdf"]


def test_the_finished_file_replaces_the_target_and_the_result_is_returned(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "liste.xlsx"
    assert write_atomically(target, lambda temp: temp.write_bytes(b"new") and "written") == "written"
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["liste.xlsx"]
