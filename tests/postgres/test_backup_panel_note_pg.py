"""The backup settings panel on the office server names the office's automatic daily backup (who made it,
when) and that the IT's own server backup stays the main safeguard – refreshed with the panel. On a SQLite
file there is no such sentence and no empty line taking its place.

Before, the sentence appeared only once in the status bar after the start's housekeeping; someone looking at
Einstellungen → Datensicherung later saw nothing about the server backup."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from app.models import close_database, open_database
from app.services import backup
from tests.postgres.conftest import open_signed_in

SAFEGUARD = "Wichtigster Schutz bleibt die Sicherung des Servers durch Ihre IT."


def _panel(qtbot):  # noqa: ANN001, ANN202
    from app.ui.backup_panel import BackupPanel

    panel = BackupPanel()
    qtbot.addWidget(panel)
    panel.resize(900, panel.sizeHint().height())
    return panel


def test_the_panel_names_todays_office_backup_and_the_it_backup(office_url: str, tmp_path: Path, qtbot,  # noqa: ANN001
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRUECKE_HOME", str(tmp_path / "pc1"))
    chief = open_signed_in(office_url, "commissioner")
    panel = _panel(qtbot)
    assert panel.note.isVisibleTo(panel)
    assert panel.note.text() == f"Eine automatische Tagessicherung des Büros gibt es noch nicht. {SAFEGUARD}"
    assert backup.daily_backup_if_due(now=dt.datetime.combine(dt.date.today(), dt.time(8, 0))) is not None
    panel.refresh()
    assert panel.note.text() == f"Tagessicherung des Büros: heute um 08:00 von {chief} ({socket.gethostname()}). " \
                                f"{SAFEGUARD}"
    layout = panel.layout()
    assert layout.indexOf(panel.note) == layout.indexOf(panel.status) + 1  # right under the status
    panel.grab().save(str(tmp_path / "backup_panel_pg.png"))


@pytest.mark.parametrize("role", ["assistant", "reader"])
def test_a_limited_role_is_told_who_makes_the_backup(office_url: str, tmp_path: Path, qtbot,  # noqa: ANN001
                                                     monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    monkeypatch.setenv("BRUECKE_HOME", str(tmp_path / "pc3"))
    open_signed_in(office_url, role)
    panel = _panel(qtbot)
    assert panel.note.isVisibleTo(panel)
    assert panel.note.text() == f"Die automatische Tagessicherung des Büros macht die oder der Beauftragte. " \
                                f"{SAFEGUARD}"


def test_english_note_follows_the_language(office_url: str, tmp_path: Path, qtbot,  # noqa: ANN001
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.wording import set_language

    monkeypatch.setenv("BRUECKE_HOME", str(tmp_path / "pc1"))
    open_signed_in(office_url, "commissioner")
    panel = _panel(qtbot)
    set_language("en")
    try:
        panel.retranslate()
        assert panel.note.text() == "There is no automatic daily backup of the office yet. " \
                                    "The main safeguard remains the server backup by your IT."
    finally:
        set_language("de")


def test_no_note_for_a_file_on_this_computer(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    close_database()
    open_database(tmp_path / "office.db")
    try:
        panel = _panel(qtbot)
        assert panel.note.text() == "" and not panel.note.isVisibleTo(panel)
        backup.daily_backup_if_due()
        panel.refresh()
        assert "Letzte Sicherung" in panel.status.text()
        assert panel.note.text() == "" and not panel.note.isVisibleTo(panel)
        layout = panel.layout()
        assert layout.itemAt(layout.indexOf(panel.note)).isEmpty()  # a hidden label: no line, no spacing
    finally:
        close_database()


def test_the_panel_names_the_folder_the_server_backups_go_to(office_url: str, tmp_path: Path, qtbot,  # noqa: ANN001
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the status named a folder made from the server's address ("postgresql:/office?host=/tmp/backups"),
    not the folder `bruecke backup` writes the server's dumps to."""
    from app.services import backup_pg

    monkeypatch.setenv("BRUECKE_HOME", str(tmp_path / "pc1"))
    open_signed_in(office_url, "commissioner")
    assert backup.backup_dir() == backup_pg.backup_dir()
    panel = _panel(qtbot)
    status = panel.status.text()
    assert "postgresql" not in status
    assert str(backup_pg.backup_dir()) in status


def test_the_folder_field_offers_the_server_folder_as_its_default(office_url: str, tmp_path: Path, qtbot,  # noqa: ANN001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The empty folder field said 'Standard: Ordner „backups“ neben der Datenbank' – there is no file on a server."""
    from app.services import backup_pg

    monkeypatch.setenv("BRUECKE_HOME", str(tmp_path / "pc1"))
    open_signed_in(office_url, "commissioner")
    panel = _panel(qtbot)
    assert panel.folder.placeholderText() == f"Standard: {backup_pg.backup_dir()}"
