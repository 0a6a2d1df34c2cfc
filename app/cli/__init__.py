"""Command line: start the GUI, fill a demo office, check, search – thin calls into the services.

Exit codes: 0 ok, 1 failure (one clear line, never a traceback), 2 usage.

The command modules import services inside their handlers on purpose: `bruecke --help`, `--version` and
each command load only what that command uses, and Qt only when the GUI starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli.attendance import COMMANDS as ATTENDANCE_COMMANDS
from app.cli.common import Handler, db_option
from app.cli.followups import COMMANDS as FOLLOWUP_COMMANDS
from app.cli.imports import COMMANDS as IMPORT_COMMANDS
from app.cli.office import COMMANDS as OFFICE_COMMANDS
from app.cli.office import cmd_gui
from app.cli.report import COMMANDS as REPORT_COMMANDS
from app.cli.safety import COMMANDS as SAFETY_COMMANDS
from app.cli.server import COMMANDS as SERVER_COMMANDS
from app.logs import init_logging, log_exception
from app.models import DatabaseError
from app.services.errors import UserError, ValidationError

log = logging.getLogger("bruecke")

# name, help, arguments, handler – one row per sub-command.
COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    *OFFICE_COMMANDS,  # demo, check, search
    *SAFETY_COMMANDS,  # backup, backups, restore, erase-person, export-person, retention, audit, encrypt
    *REPORT_COMMANDS,  # report (yearly activity report as PDF / Excel)
    *ATTENDANCE_COMMANDS,  # attendance (sign-in sheet PDF)
    *IMPORT_COMMANDS,  # import, import-undo, template, export (Excel/CSV)
    *FOLLOWUP_COMMANDS,  # followups (Wiedervorlagen)
    *SERVER_COMMANDS,  # server-init, users, migrate (office server, PostgreSQL)
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bruecke", description="Brücke – Büro der Integrationsbeauftragten. Ohne Befehl startet das Programm.")
    parser.add_argument("--version", action="version", version=f"Brücke {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="Hauptfenster aufbauen, einmal Ereignisse verarbeiten und beenden (Test)")
    db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name, help_text, configure, handler in COMMANDS:
        child = sub.add_parser(name, help=help_text, description=help_text)
        db_option(child)
        configure(child)
        child.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = init_logging()
    sys.unraisablehook = _log_unraisable  # errors in destructors (a ZipFile on a full disk) go to the log
    handler: Handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"Fehler: {field}: {message}", file=sys.stderr)
        return 1
    except (UserError, DatabaseError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2 if type(exc).__name__ == "UsageError" else 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `bruecke … | head`: the reader left; no message, no traceback at exit
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        from app.services import failures

        known = failures.describe(exc)  # a full disk, a locked or read-only database …: not a bug
        if known:
            log.warning("command %s failed: %s", getattr(args, "command", None), type(exc).__name__)
            print(f"Fehler: {known}", file=sys.stderr)
            return 1
        # a bug: log it in full, show one line
        log_exception(log, f"unexpected error in command {getattr(args, 'command', None)}", exc)
        print(f"Unerwarteter Fehler ({type(exc).__name__}); Details im Protokoll: {log_file}", file=sys.stderr)
        return 1


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Errors in destructors go to the log, never as a traceback to the user."""
    log.warning("ignored error in %s: %s", type(unraisable.object).__name__, type(unraisable.exc_value).__name__)
