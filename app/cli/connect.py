"""Opening the office server from the command line: the password comes from ~/.pgpass or a service file,
or is asked for on the terminal (never stored)."""

from __future__ import annotations

import getpass
import sys
from typing import Any


def open_server(url: str, password: str | None = None) -> Any:
    """Open the server database; asks for the password on a terminal when ~/.pgpass has none (not stored)."""
    from app.models import open_database
    from app.models.postgres import PasswordRequired

    try:
        return open_database(url, passphrase=password)
    except PasswordRequired:
        if password is not None or not sys.stdin.isatty():
            raise
        return open_database(url, passphrase=getpass.getpass("Kennwort für den Datenbank-Server: "))
