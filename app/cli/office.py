"""Command-line rows for the office itself: start the GUI, fill a demo office, check, search."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from app.cli.common import Handler, UsageError, db_path, open_db
from app.services.errors import UserError
from app.services.messages import entity_name
from app.wording import datetime_text


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
    if report.findings:  # the office server: what was checked, each problem named
        from app.models.postgres import describe

        print(f"Datenbank:         {describe(str(db_path(args)))}")
        print(f"Schema-Version:    {report.schema_version}")
        print(f"Server:            {report.sqlite_version}")
        for finding in report.findings:
            print(f"  {_STATES.get(finding.state, finding.state):<13} {finding.text}")
    else:
        print(f"Datei:             {db_path(args)}")
        print(f"Schema-Version:    {report.schema_version}")
        print(f"SQLite:            {report.sqlite_version}")
    print(f"Integrität:        {report.integrity}")
    print(f"Fremdschlüssel:    {report.foreign_keys}")
    for label, count in report.counts.items():
        print(f"{label + ':':<17}{count}")
    return 0 if report.ok else 1


_STATES = {"ok": "ok", "problem": "PROBLEM", "skipped": "übersprungen"}


def cmd_search(args: argparse.Namespace) -> int:
    from app.services import search

    if args.limit < 1:  # a wrong call: exit 2
        raise UsageError("--limit: bitte eine Zahl ab 1 angeben.")
    open_db(args)
    hits = search.search(" ".join(args.term), limit=args.limit)
    if not hits:
        print("Keine Treffer.")
        return 0
    for hit in hits:
        detail = f" – {_hit_detail(hit.kind, hit.detail)}" if hit.detail else ""
        print(f"{entity_name(hit.kind):<13} {hit.id:>7}  {hit.label}{detail}")
    return 0


def _hit_detail(kind: str, detail: str) -> str:
    """An appointment's stored start ("2026-03-02 09:00") in the language's date format; others as given."""
    if kind == "appointment":
        try:
            return datetime_text(dt.datetime.fromisoformat(detail))
        except ValueError:
            return detail
    return detail


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run_gui

    return run_gui(db_path(args), smoke=getattr(args, "smoke", False),
                   passphrase_env=getattr(args, "passphrase_env", None))


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




COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("demo", "ein realistisches Demo-Büro anlegen", _demo_args, cmd_demo),
    ("check", "Schema-Version, Integrität und Anzahlen ausgeben", _no_args, cmd_check),
    ("search", "Kontakte, Organisationen, Gremien und Termine durchsuchen", _search_args, cmd_search),
]
