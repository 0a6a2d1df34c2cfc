"""First run: "Mit dem Büro-Server verbinden" connects, stores the answers on the server and remembers the
address (not the password) for the next start; "Allein an diesem Rechner" stays with the file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import db_path
from app.models import db_proxy, engine, open_database
from app.services import server_choice, settings


def test_connecting_to_the_office_server(pg_url: str, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from app.ui.first_run import FirstRunDialog

    local = tmp_path / "bruecke.db"
    open_database(local)
    dialog = FirstRunDialog(local)
    qtbot.addWidget(dialog)
    assert dialog.where.alone.isChecked() and not dialog.where.address.isEnabled()
    dialog.where.server.setChecked(True)
    dialog.where.address.setText(pg_url)
    dialog.office.setText("Integrationsbeauftragte Kreis Lindenau")
    dialog.start_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert engine.is_server(db_proxy.obj)
    assert settings.get("office_name") == "Integrationsbeauftragte Kreis Lindenau"
    assert server_choice.remembered_server() == pg_url
    assert db_path(argparse.Namespace()) == pg_url  # the next start opens the server
    assert "assword" not in (Path(server_choice._file()).read_text())


def test_staying_alone_keeps_the_file(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from app.models import close_database
    from app.ui.first_run import FirstRunDialog

    local = tmp_path / "bruecke.db"
    open_database(local)
    dialog = FirstRunDialog(local)
    qtbot.addWidget(dialog)
    dialog.grab().save(str(tmp_path / "first_run.png"))
    dialog.start_button.click()
    assert not engine.is_server(db_proxy.obj) and server_choice.remembered_server() is None
    close_database()
