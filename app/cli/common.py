"""What every command shares: the --db option, the database path and opening it (with lock and passphrase)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.models import open_database
from app.models.engine import server_url
from app.services.errors import UserError
from app.services.messages import tn

Handler = Callable[[argparse.Namespace], int]

# Commands that may start a new office on a new path (first run); every other command reads an existing one
# and refuses a missing or empty file instead of creating an empty office (and its folder) in its place.
CREATES_OFFICE = frozenset({"demo", "import"})


class UsageError(UserError):
    """A wrong call (option value, file name): one line, exit code 2 ("2 falscher Aufruf")."""


def require_office(path: Path) -> None:
    """Refuse a path that holds no office: missing (nothing is created) or a 0-byte file."""
    from app.models import database as dbmod

    kind = dbmod.file_kind(path)
    if kind == "missing":
        raise UserError(f"Die Datenbank {path} gibt es nicht (nichts angelegt). Bitte den Pfad prüfen; ein neues "
                        "Büro legt der erste Programmstart oder `bruecke demo` an.")
    if kind == "empty":
        raise UserError(f"Die Datei {path} ist eine leere Datei – keine Brücke-Datenbank. Brücke hat sie nicht "
                        "verändert; bitte die richtige Datei wählen.")


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", type=db_target, default=argparse.SUPPRESS,
                        help="Datenbankdatei oder Büro-Server (postgresql://…) (Standard: im Benutzerdatenordner, "
                             "oder $BRUECKE_DB)")
    parser.add_argument("--passphrase-env", metavar="VAR", default=argparse.SUPPRESS,
                        help="Umgebungsvariable mit dem Kennwort einer verschlüsselten Datenbank (sonst Abfrage)")


def db_target(text: str) -> Path | str:
    """A file path, or a server URL kept as text (a Path would fold its '//')."""
    return text if server_url(text) else Path(text)


def db_path(args: argparse.Namespace) -> Path | str:
    """The database file, or the office server's URL (a str) from --db or $BRUECKE_DB."""
    given = getattr(args, "db", None) or server_url(os.environ.get("BRUECKE_DB", ""))
    if not given and not os.environ.get("BRUECKE_DB"):
        from app.services.server_choice import remembered_server

        given = remembered_server()  # "Mit dem Büro-Server verbinden" in the first-run dialog
    return given or paths.default_db_path()


def open_db(args: argparse.Namespace):  # noqa: ANN201 - peewee database
    from app.services.startup import passphrase_for, tidy_if_free

    path = db_path(args)
    if server_url(path):  # the office server: ~/.pgpass, a service file, or asked for here (never stored)
        from app.cli.connect import open_server

        return open_server(str(path))
    path = Path(path)
    if getattr(args, "command", None) not in CREATES_OFFICE:
        require_office(path)
    db = open_database(path, passphrase=passphrase_for(path, getattr(args, "passphrase_env", None)))
    tidy_if_free(path)  # leftovers of killed runs; erasures a killed run did not carry into the backups
    settle_plaintext(path)
    return db


def settle_plaintext(path: Path, *, locked: bool = False) -> None:
    """An encrypted office keeps no plaintext copy: finish what a killed `bruecke encrypt` left (encrypt or
    delete its plaintext backups as chosen), and name every file that still holds plaintext (stderr)."""
    import sys

    from app.models import database as dbmod
    from app.models import db_proxy
    from app.services import backup, instance_lock

    if not dbmod.passphrase_of(db_proxy.obj):
        return
    held = None
    if not locked:
        try:
            held = instance_lock.acquire(path)
        except UserError:
            held = None
    try:
        outcome = backup.settle_plain_copies(act=locked or (held is not None and held.held))
    finally:
        if held is not None:
            held.release()
    earlier = backup.take_untold()  # done by the start's tidy-up just before
    outcome.encrypted[:0], outcome.deleted[:0] = earlier.encrypted, earlier.deleted
    if outcome.encrypted:
        print(tn("plain_backups_encrypted_at_open", len(outcome.encrypted),
                 files=", ".join(p.name for p in outcome.encrypted)), file=sys.stderr)
    if outcome.deleted:
        print(tn("plain_copies_deleted_named", len(outcome.deleted), files=", ".join(p.name for p in outcome.deleted)),
              file=sys.stderr)
    if outcome.left:
        print("Achtung: Diese Dateien enthalten das Büro unverschlüsselt: "
              f"{', '.join(str(p) for p in outcome.left)}. Löschen mit `bruecke encrypt --plain-backups delete`, "
              "verschlüsseln mit `bruecke encrypt --plain-backups encrypt`.", file=sys.stderr)
