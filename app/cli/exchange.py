"""Command-line rows for calendar/address-book files and mail-merge lists (issue 11 §5/§6/§8).

    bruecke import FILE.ics --kind appointments [--dry-run]      (app/cli/imports.py delegates here)
    bruecke import FILE.vcf --kind persons [--dry-run]
    bruecke export appointments --out FILE.ics [--from DATE --to DATE] [--network ID] [--todos]
    bruecke export persons --out FILE.vcf [--network ID]
    bruecke export members --network ID --out FILE.xlsx|FILE.csv  (letter salutation + address block)

Exit codes: 0 ok, 1 errors in the file (nothing written), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.services.errors import UserError
from app.services.messages import tn


def handles(path: Path) -> bool:
    from app.services.exchange import format_of

    return format_of(path) is not None


def cmd_import(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import exchange

    cli.open_db(args)
    preview = exchange.preview(args.file, args.kind)
    if getattr(args, "duplicates", "update") == "skip":  # keep what the office has; only new entries
        for row in preview.rows:
            if row.action == "update":
                exchange.set_choice(preview, row, "skip")
    print(tn("exchange_entries", len(preview.rows), profile=preview.profile,
             format="iCalendar" if preview.format == "ics" else "vCard"))
    markers = {"create": "neu", "update": "aktualisieren", "skip": "übersprungen", "error": "FEHLER"}
    for row in preview.rows:
        detail = f" – {row.detail}" if row.detail else ""
        print(f"{markers[row.action]:<14}{row.label}{detail}: {row.reason}")
    print(f"Vorschau: {preview.summary_text()}.")
    errors = preview.counts()["error"]
    if args.dry_run:
        print("Probelauf (--dry-run): nichts gespeichert.")
        return 1 if errors else 0
    if errors and not args.skip_errors:
        print("Nichts gespeichert: bitte die Fehler beheben oder mit --skip-errors nur die gültigen Einträge "
              "importieren.", file=sys.stderr)
        return 1
    result = exchange.commit(preview)
    print(f"Importiert (Import Nr. {result.batch_id}): {result.text()}")
    if result.backup:
        print(f"Sicherung vorher: {result.backup}")
    return 0


def _date(option: str, value: str | None) -> dt.date | None:
    from app.services.messages import t

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(t("bad_date_option", option=option, value=value)) from None


def wants(args: argparse.Namespace) -> bool:
    """True when the export is ours: .ics/.vcf targets or the mail-merge member list."""
    if args.what == "members" or args.out.suffix.lower() in (".ics", ".vcf"):
        return True
    given = [option for option, value in (("--network", args.network), ("--from", args.date_from),
                                          ("--to", args.date_to), ("--todos", args.todos)) if value]
    if given:  # the Excel/CSV lists are always complete; say so instead of ignoring the option
        raise UserError(f"{', '.join(given)} gilt nur für .ics-/.vcf-Dateien und „export members“; die "
                        "Excel-/CSV-Liste enthält alle Einträge.")
    return False


def cmd_export(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import exchange

    suffix = args.out.suffix.lower()
    if not args.out.parent.is_dir():
        raise UserError(f"Ordner {args.out.parent} gibt es nicht.")
    cli.open_db(args)
    if args.what == "members":
        if args.network is None:
            raise UserError("Für die Mitgliederliste bitte --network NR angeben.")
        if suffix not in (".xlsx", ".csv"):
            raise UserError("Die Mitgliederliste für den Serienbrief ist eine .xlsx- oder .csv-Datei.")
        from app.io import mail_merge
        from app.services import letters
        from app.services.report_labels import choice

        rows = letters.member_rows(args.network)
        roles = {key: choice("membership_role", key) for key in {r.role for r in rows}}
        mail_merge.write_members(args.out, rows, roles)
        print(f"{len(rows)} Empfänger mit Briefanrede und Anschrift exportiert nach {args.out}")
        return 0
    if suffix == ".ics" and args.what != "appointments":
        raise UserError("Eine .ics-Datei enthält Termine: bitte „bruecke export appointments --out …ics“.")
    if suffix == ".vcf" and args.what != "persons":
        raise UserError("Eine .vcf-Datei enthält Kontakte: bitte „bruecke export persons --out …vcf“.")
    start, end = _date("--from", args.date_from), _date("--to", args.date_to)
    if start and end and end < start:
        raise UserError("--to liegt vor --from.")
    path, count = exchange.export_file(args.what, args.out, start=start, end=end, network_id=args.network,
                                       todos=args.todos)
    noun = "Termine" if suffix == ".ics" else "Kontakte"
    print(f"{count} {noun} exportiert nach {path}")
    return 0


def export_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", default=None, metavar="DATUM",
                        help="Termine ab diesem Tag (JJJJ-MM-TT, nur .ics)")
    parser.add_argument("--to", dest="date_to", default=None, metavar="DATUM",
                        help="Termine bis einschließlich zu diesem Tag (JJJJ-MM-TT, nur .ics)")
    parser.add_argument("--network", type=int, default=None, metavar="NR",
                        help="nur die Termine bzw. Mitglieder dieses Gremiums")
    parser.add_argument("--todos", action="store_true", help="offene Wiedervorlagen als Aufgaben (VTODO) mit "
                                                            "in die .ics-Datei schreiben")
