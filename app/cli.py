"""Command line: start the GUI, fill a demo office, check, search – thin calls into the services.

Exit codes: 0 ok, 1 failure (one clear line, never a traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, paths
from app.cli_attendance import COMMANDS as ATTENDANCE_COMMANDS
from app.cli_import import COMMANDS as IMPORT_COMMANDS
from app.cli_report import COMMANDS as REPORT_COMMANDS
from app.cli_safety import COMMANDS as SAFETY_COMMANDS
from app.models import DatabaseError, open_database
from app.services.errors import UserError, ValidationError

log = logging.getLogger("bruecke")

Handler = Callable[[argparse.Namespace], int]


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                        help="Datenbankdatei (Standard: im Benutzerdatenordner, oder $BRUECKE_DB)")
    parser.add_argument("--passphrase-env", metavar="VAR", default=argparse.SUPPRESS,
                        help="Umgebungsvariable mit dem Kennwort einer verschlüsselten Datenbank (sonst Abfrage)")


def db_path(args: argparse.Namespace) -> Path:
    return getattr(args, "db", None) or paths.default_db_path()


def open_db(args: argparse.Namespace):  # noqa: ANN201 - peewee database
    from app.services.startup import passphrase_for

    path = db_path(args)
    return open_database(path, passphrase=passphrase_for(path, getattr(args, "passphrase_env", None)))


# --- commands -------------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    open_db(args)
    if not demo.is_empty() and not args.force:
        raise UserError(f"{db_path(args)} enthält schon Daten. Eine leere Datei wählen (--db) oder --force angeben.")
    summary = demo.fill_demo(seed=args.seed, persons=args.persons, years=args.years, per_year=args.per_year,
                             progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(f"Demo-Büro angelegt in {db_path(args)}: {summary.organizations} Organisationen, "
          f"{summary.persons} Kontakte, {summary.networks} Gremien, {summary.appointments} Termine, "
          f"{summary.attendances} Teilnahmen.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import maintenance

    open_db(args)
    report = maintenance.check()
    print(f"Datei:             {db_path(args)}")
    print(f"Schema-Version:    {report.schema_version}")
    print(f"Integrität:        {report.integrity}")
    print(f"Fremdschlüssel:    {report.foreign_keys}")
    for label, count in report.counts.items():
        print(f"{label + ':':<17}{count}")
    return 0 if report.ok else 1


def cmd_search(args: argparse.Namespace) -> int:
    from app.services import search

    open_db(args)
    hits = search.search(" ".join(args.term), limit=args.limit)
    if not hits:
        print("Keine Treffer.")
        return 0
    kinds = {"person": "Kontakt", "organization": "Organisation", "network": "Gremium", "appointment": "Termin"}
    for hit in hits:
        detail = f" – {hit.detail}" if hit.detail else ""
        print(f"{kinds[hit.kind]:<13} {hit.id:>7}  {hit.label}{detail}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run_gui

    return run_gui(db_path(args), smoke=getattr(args, "smoke", False))


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=1, help="Zufallsstartwert (gleicher Wert, gleiche Daten)")
    parser.add_argument("--persons", type=int, default=150, help="Anzahl Kontakte (Standard 150)")
    parser.add_argument("--years", type=int, default=3, help="Jahre mit Terminen bis heute (Standard 3)")
    parser.add_argument("--per-year", type=int, default=None, help="Termine pro Jahr (Standard ~290)")
    parser.add_argument("--force", action="store_true", help="auch in eine nicht leere Datei schreiben")


def _no_args(parser: argparse.ArgumentParser) -> None:
    pass


def _search_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("term", nargs="+", help="Suchbegriff")
    parser.add_argument("--limit", type=int, default=20)


# name, help, arguments, handler – one row per sub-command.
COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("demo", "ein realistisches Demo-Büro anlegen", _demo_args, cmd_demo),
    ("check", "Schema-Version, Integrität und Anzahlen ausgeben", _no_args, cmd_check),
    ("search", "Kontakte, Organisationen, Gremien und Termine durchsuchen", _search_args, cmd_search),
    *SAFETY_COMMANDS,  # backup, backups, restore, erase-person, export-person, retention, audit, encrypt
    *REPORT_COMMANDS,  # report (yearly activity report as PDF / Excel)
    *ATTENDANCE_COMMANDS,  # attendance (sign-in sheet PDF)
    *IMPORT_COMMANDS,  # import, import-undo, template, export (Excel/CSV)
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bruecke", description="Brücke – Büro der Integrationsbeauftragten. Ohne Befehl startet das Programm.")
    parser.add_argument("--version", action="version", version=f"Brücke {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="Hauptfenster aufbauen, einmal Ereignisse verarbeiten und beenden (Test)")
    _db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name, help_text, configure, handler in COMMANDS:
        child = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(child)
        configure(child)
        child.set_defaults(handler=handler)
    return parser


def setup_logging() -> Path:
    directory = paths.log_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(directory / "bruecke.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, type(handler)) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return directory / "bruecke.log"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = setup_logging()
    handler: Handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"Fehler: {field}: {message}", file=sys.stderr)
        return 1
    except (UserError, DatabaseError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: log it in full, show one line
        log.exception("unexpected error in command %s", getattr(args, "command", None))
        print(f"Unerwarteter Fehler ({type(exc).__name__}); Details im Protokoll: {log_file}", file=sys.stderr)
        return 1
