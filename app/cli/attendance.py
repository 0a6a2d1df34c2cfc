"""Command-line row for sign-in sheets:

    bruecke attendance --appointment 812 --out liste.pdf [--blank-rows 10] [--landscape] [--lang en]
    bruecke attendance --appointment 812 --appointment 813 --out workshops.pdf     # one PDF, two sheets

Registered in app/cli/__init__.py's COMMANDS. Without options the sheet uses the options last chosen for the
appointment's network (or the defaults).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli.common import UsageError
from app.services.errors import UserError

Handler = Callable[[argparse.Namespace], int]


def cmd_attendance(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.models import Appointment
    from app.services import signin

    if args.out.suffix.lower() != ".pdf":  # a PDF under another name would open as garbage
        from app.services.messages import t

        raise UsageError(t("pdf_suffix_required", name=args.out.name))  # a wrong call: exit code 2
    cli.open_db(args)
    ids = list(dict.fromkeys(args.appointment))
    for appointment_id in ids:
        if Appointment.get_or_none(Appointment.id == appointment_id) is None:
            raise UserError(f"Termin {appointment_id} gibt es nicht (Termin-Nummer prüfen, z. B. mit "
                            f"„bruecke search“).")
    out: Path = args.out
    if not out.parent.is_dir():
        raise UserError(f"Ordner {out.parent} gibt es nicht.")
    options = signin.options_for(ids[0])
    changes: dict[str, Any] = {}
    if args.blank_rows is not None:
        changes["blank_rows"] = args.blank_rows
    if args.landscape:
        changes["landscape"] = True
    if args.portrait:
        changes["landscape"] = False
    if args.lang:
        changes["language"] = args.lang
    if args.columns is not None:
        changes["columns"] = tuple(c.strip() for c in args.columns.split(",") if c.strip())
    if args.blank:
        changes["blank"] = True
    options = replace(options, **changes).normalised()
    signin.write_for_appointments(out, ids, options)
    print(f"Teilnahmeliste geschrieben: {out}")
    return 0


def _attendance_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--appointment", metavar="ID", type=int, action="append", required=True,
                        help="Termin-Nummer (mehrfach angeben für mehrere Termine in einer PDF)")
    parser.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Ziel-PDF")
    parser.add_argument("--blank-rows", metavar="N", type=int, default=None, help="Leerzeilen für Nachzügler")
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", help="Querformat")
    orientation.add_argument("--portrait", action="store_true", help="Hochformat")
    parser.add_argument("--lang", choices=("de", "en"), default=None, help="Sprache der Liste")
    parser.add_argument("--columns", metavar="LISTE", default=None,
                        help="Zusatzspalten, kommagetrennt: email, place, photo_consent (leer: keine)")
    parser.add_argument("--blank", action="store_true", help="leere Liste ohne vorgedruckte Namen")


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("attendance", "Teilnahmeliste (Unterschriftenliste) eines Termins als PDF", _attendance_args,
     cmd_attendance),
]
