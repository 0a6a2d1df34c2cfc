"""What every command shares: the --db option, the database path and opening it (with lock and passphrase)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.models import open_database

Handler = Callable[[argparse.Namespace], int]


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                        help="Datenbankdatei (Standard: im Benutzerdatenordner, oder $BRUECKE_DB)")
    parser.add_argument("--passphrase-env", metavar="VAR", default=argparse.SUPPRESS,
                        help="Umgebungsvariable mit dem Kennwort einer verschlüsselten Datenbank (sonst Abfrage)")


def db_path(args: argparse.Namespace) -> Path:
    return getattr(args, "db", None) or paths.default_db_path()


def open_db(args: argparse.Namespace):  # noqa: ANN201 - peewee database
    from app.services.startup import passphrase_for, tidy_if_free

    path = db_path(args)
    db = open_database(path, passphrase=passphrase_for(path, getattr(args, "passphrase_env", None)))
    tidy_if_free(path)  # leftovers of killed runs; erasures a killed run did not carry into the backups
    return db
