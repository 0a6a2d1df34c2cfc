"""Command-line rows for the office server (PostgreSQL): server-init, users, migrate.

`bruecke server-init postgresql://admin@host/bruecke` creates the database if needed, its schema, the three
roles, grants and row-level security – idempotently. `bruecke users add|list|set-role|remove` manages who
signs in with which role (run with `--db` pointing at the server as an administrator).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.cli.connect import open_server
from app.services.errors import UserError

Handler = Callable[[argparse.Namespace], int]
ROLE_LABELS = {"commissioner": "Beauftragte/r", "assistant": "Assistenz", "reader": "Lesend", "": "–"}


def _server_url(args: argparse.Namespace) -> str:
    from app.cli.common import db_path

    target = db_path(args)
    if not isinstance(target, str):
        from app.services.messages import t

        raise UserError(t("users_need_server"))
    return target


def cmd_server_init(args: argparse.Namespace) -> int:
    from app.models import close_database
    from app.services import users

    created = users.server_init(args.url)
    close_database()
    print(("Datenbank angelegt und eingerichtet: " if created else "Datenbank eingerichtet (war schon da): ")
          + _shown(args.url))
    print("Rollen: bruecke_commissioner (Beauftragte/r), bruecke_assistant (Assistenz), bruecke_reader (Lesend). "
          "Personen: bruecke users add NAME --role …")
    return 0


def _shown(url: str) -> str:
    from app.models.postgres import describe

    return describe(url)


def _password(args: argparse.Namespace) -> str | None:
    variable = getattr(args, "password_env", None)
    if variable:
        value = os.environ.get(variable)
        if not value:
            raise UserError(f"Die Umgebungsvariable {variable} ist leer.")
        return value
    if getattr(args, "ask_password", False):
        return getpass.getpass(f"Kennwort für {args.name}: ")
    return None


def cmd_users(args: argparse.Namespace) -> int:
    from app.models import close_database
    from app.services import users

    open_server(_server_url(args))
    try:
        if args.users_command == "add":
            users.add(args.name, args.role, _password(args))
            print(f"{args.name}: {ROLE_LABELS[args.role]}")
        elif args.users_command == "list":
            for account in users.list_accounts():
                login = "" if account.can_login else " (ohne Anmeldung)"
                print(f"{account.name}\t{account.role}\t{ROLE_LABELS.get(account.role, '')}{login}")
        elif args.users_command == "set-role":
            users.set_role(args.name, args.role)
            print(f"{args.name}: {ROLE_LABELS[args.role]}")
        elif args.users_command == "remove":
            users.remove(args.name)
            print(f"{args.name}: entfernt")
    finally:
        close_database()
    return 0


def _server_init_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="postgresql://ADMIN@HOST/DATENBANK",
                        help="Server und Datenbank, verbunden als Administrator (Passwort aus ~/.pgpass)")


def _users_args(parser: argparse.ArgumentParser) -> None:
    from app.cli.common import db_option

    sub = parser.add_subparsers(dest="users_command", metavar="AKTION", required=True)
    roles = ("commissioner", "assistant", "reader")
    add = sub.add_parser("add", help="eine Person mit eigener Anmeldung und Rolle anlegen")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=roles, required=True)
    add.add_argument("--password-env", metavar="VAR", help="Kennwort aus dieser Umgebungsvariable setzen")
    add.add_argument("--ask-password", action="store_true", help="Kennwort abfragen und setzen")
    sub.add_parser("list", help="Personen und ihre Rollen auflisten")
    set_role = sub.add_parser("set-role", help="die Rolle einer Person ändern")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("role", metavar="ROLE", choices=roles)
    remove = sub.add_parser("remove", help="die Anmeldung einer Person entfernen")
    remove.add_argument("name", metavar="NAME")
    for child in (add, set_role, remove, sub.choices["list"]):
        db_option(child)


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.services import office_migration

    source, target = args.source, args.target
    result = office_migration.migrate_office(
        source, target, progress=lambda table: print(f"… {table}", file=sys.stderr))
    total = sum(count for table, count in result.counts.items() if not table.startswith("search_"))
    print(f"Kopiert und geprüft: {total} Datensätze "
          f"({', '.join(f'{table} {count}' for table, count in result.counts.items() if count)}).")
    print(f"Prüfsumme (SHA-256, beide Seiten gleich): {result.checksum}. Die Quelle wurde nicht verändert.")
    return 0


def _migrate_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", required=True, metavar="QUELLE",
                        help="Datenbankdatei oder postgresql://…-Adresse, die kopiert wird (bleibt unverändert)")
    parser.add_argument("--to", dest="target", required=True, metavar="ZIEL",
                        help="leere Datenbank: neue Datei oder postgresql://…-Adresse (nach bruecke server-init)")


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("server-init", "Büro-Server einrichten: Datenbank, Schema, Rollen, Rechte (wiederholbar)", _server_init_args,
     cmd_server_init),
    ("users", "Personen und Rollen auf dem Büro-Server: add, list, set-role, remove", _users_args, cmd_users),
    ("migrate", "ein Büro umziehen: alles von --from nach --to kopieren und prüfen (Datei ↔ Server)",
     _migrate_args, cmd_migrate),
]
