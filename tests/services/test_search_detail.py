"""Search hits name a network's kind by its label, not the stored key ("Beirat", never "advisory_board")."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import appointments, networks, search
from app.wording import set_language


def test_network_hit_shows_the_kind_label_in_both_languages(db: object) -> None:
    networks.create_network({"name": "Integrationsbeirat", "kind": "advisory_board"})
    hit = search.search("Beirat")[0]
    assert hit.detail == "Beirat"
    set_language("en")
    try:
        assert search.search("Beirat")[0].detail == "Advisory board"
    finally:
        set_language("de")


def test_cli_search_prints_labels_and_dates(db_path: Path, db: object, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.models.database import close_database

    networks.create_network({"name": "Integrationsbeirat", "kind": "advisory_board"})
    appointments.create_appointment({"title": "Beirat Sitzung", "kind": "committee_session",
                                     "start": "2026-03-02 17:00"})
    close_database()
    assert main(["search", "Beirat", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Integrationsbeirat – Beirat" in out and "advisory_board" not in out
    assert "Beirat Sitzung – 02.03.2026 17:00" in out
