"""Control characters never reach a CSV export raw (issue 17 #14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.export import write_table
from app.services import privacy
from app.services.errors import UserError


def test_nul_and_esc_are_dropped_from_csv_cells(tmp_path: Path) -> None:
    path = write_table(tmp_path / "liste.csv", ["Name", "Notiz"],
                       [["Anna\x00 Meier", "\x1b[31mrot\x1b[0m\x07"], ["\x00=1+1", "Zeile 1\nZeile 2\tTab"]])
    raw = path.read_bytes()
    assert b"\x00" not in raw and b"\x1b" not in raw and b"\x07" not in raw
    text = raw.decode("utf-8-sig")
    assert "Anna Meier" in text and "[31mrot[0m" in text
    assert "'=1+1" in text  # dropping a NUL does not unlock a formula
    assert '"Zeile 1\nZeile 2\tTab"' in text


@pytest.mark.parametrize("years", [-1, 0, 101, 100000])
def test_retention_years_out_of_range_is_refused(db, years: int) -> None:
    with pytest.raises(UserError, match="1 bis 100"):
        privacy.retention_candidates(years)
