"""Which database this computer works with when no --db / BRUECKE_DB says otherwise: the file in the data
folder ("Allein an diesem Rechner") or the office server chosen in the first-run dialog ("Mit dem
Büro-Server verbinden"). Only the address is kept (config folder, `office-server.txt`), never a password."""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.models.engine import server_url

FILE_NAME = "office-server.txt"


def _file() -> Path:
    return paths.config_dir() / FILE_NAME


def remembered_server() -> str | None:
    """The office server's address chosen on this computer, or None (the local file)."""
    try:
        text = _file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return server_url(text)


def remember_server(url: str | None) -> None:
    """Work with this server from now on (None: back to the file on this computer)."""
    target = _file()
    if url is None:
        target.unlink(missing_ok=True)
        return
    if server_url(url) is None:
        raise ValueError(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_text(url + "\n", encoding="utf-8")
    part.replace(target)
