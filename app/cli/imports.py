"""Command-line rows for Excel/CSV in and out:

    bruecke import FILE --kind persons|appointments|attendance [--appointment ID] [--sheet NAME]
                   [--header-row N] [--duplicates update|skip|create] [--dry-run] [--skip-errors]
                   [--rejected FILE]
    bruecke import-undo BATCH          # reverts a whole import
    bruecke template persons|appointments|attendance --out FILE
    bruecke export persons|organisations|appointments --out FILE.xlsx|FILE.csv

`import` prints the preview (every row that is skipped or rejected, with its reason) and a summary.
With errors it writes nothing and exits 1 – unless `--skip-errors` imports the valid rows.
Registered in app/cli/__init__.py's COMMANDS.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.services.errors import UserError

Handler = Callable[[argparse.Namespace], int]


def cmd_import(args: argparse.Namespace) -> int:
    from app.cli import exchange
    if exchange.handles(args.file):  # .ics / .vcf: calendar and address-book files
        return exchange.cmd_import(args)
    from app.cli import common as cli
    from app.services import imports

    cli.open_db(args)
    if args.kind == "attendance" and args.appointment is None:
        raise UserError("Für eine Teilnahmeliste bitte --appointment NR angeben.")
    layout = imports.analyse(args.file, args.kind, args.sheet, args.header_row)
    print(f"Kopfzeile: Zeile {layout.header_row}" + (" (Zuordnung wie beim letzten Mal)" if layout.remembered else ""))
    for header, target in zip(layout.headers, layout.mapping, strict=True):
        label = imports._label(args.kind, target) if target else "– nicht übernommen –"
        print(f"  {header or '(leer)'} → {label}")
    preview = imports.preview(args.file, args.kind, layout, appointment_id=args.appointment,
                              on_duplicate=args.duplicates,
                              progress=lambda done, total, text: print(f"… {text}", file=sys.stderr))
    for row in preview.rows:
        if row.action in ("error", "skip") or row.is_duplicate:
            marker = {"error": "FEHLER", "skip": "übersprungen", "update": "aktualisieren",
                      "create": "neu"}[row.action]
            print(f"{marker:<14}{row.reason}")
    print(f"Vorschau: {preview.summary_text()}.")
    if args.rejected and preview.errors():
        imports.write_rejected(preview, args.rejected)
        print(f"Abgelehnte Zeilen gespeichert: {args.rejected}")
    if args.dry_run:
        print("Probelauf (--dry-run): nichts gespeichert.")
        return 1 if preview.errors() else 0
    if preview.errors() and not args.skip_errors:
        print("Nichts gespeichert: bitte die Fehler beheben oder mit --skip-errors nur die gültigen Zeilen "
              "importieren.", file=sys.stderr)
        return 1
    result = imports.commit(preview)
    imports.remember_mapping(args.kind, layout.headers, layout.mapping)
    print(f"Importiert (Import Nr. {result.batch_id}): {result.text()}")
    if result.backup:
        print(f"Sicherung vorher: {result.backup}")
    return 0


def cmd_import_undo(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import imports

    cli.open_db(args)
    counts = imports.undo(args.batch)
    print(f"Import Nr. {args.batch} rückgängig gemacht: {counts['removed']} entfernt, "
          f"{counts['restored']} wiederhergestellt.")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from app.services import imports

    _check_out(args.out)
    imports.write_template(args.kind, args.out)
    print(f"Vorlage gespeichert: {args.out}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.cli import exchange
    from app.services import exports

    if exchange.wants(args):  # .ics, .vcf and the mail-merge member list
        return exchange.cmd_export(args)
    cli.open_db(args)
    _check_out(args.out)
    path, count = exports.export(args.what, args.out)
    print(f"{count} Zeilen exportiert nach {path}")
    return 0


def _check_out(out: Path) -> None:
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError("Bitte eine Datei mit der Endung .xlsx oder .csv angeben.")
    if not out.parent.is_dir():
        raise UserError(f"Ordner {out.parent} gibt es nicht.")


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="Excel-Arbeitsmappe (.xlsx/.xlsm) oder CSV-Datei")
    parser.add_argument("--kind", required=True, choices=("persons", "appointments", "attendance"),
                        help="Kontakte mit Organisationen, Termine oder Teilnahmeliste eines Termins")
    parser.add_argument("--appointment", type=int, default=None, help="Termin-Nummer (für --kind attendance)")
    parser.add_argument("--sheet", default=None, help="Tabellenblatt (Standard: das erste)")
    parser.add_argument("--header-row", type=int, default=None, help="Zeile mit den Spaltenüberschriften")
    parser.add_argument("--duplicates", choices=("update", "skip", "create"), default="update",
                        help="Umgang mit Kontakten/Terminen, die es schon gibt (Standard: update)")
    parser.add_argument("--dry-run", action="store_true", help="nur die Vorschau zeigen, nichts speichern")
    parser.add_argument("--skip-errors", action="store_true", help="fehlerhafte Zeilen auslassen, Rest importieren")
    parser.add_argument("--rejected", type=Path, default=None, help="abgelehnte Zeilen mit Grund hierhin speichern")


def _undo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("batch", type=int, help="Nummer des Imports")


def _template_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=("persons", "appointments", "attendance"))
    parser.add_argument("--out", type=Path, required=True, help="Zieldatei (.xlsx oder .csv)")


def _export_args(parser: argparse.ArgumentParser) -> None:
    from app.cli import exchange

    parser.add_argument("what", choices=("persons", "organisations", "appointments", "members"),
                        help="members: Mitglieder eines Gremiums (--network) mit Briefanrede für den Serienbrief")
    parser.add_argument("--out", type=Path, required=True,
                        help="Zieldatei (.xlsx oder .csv; .ics für Termine, .vcf für Kontakte)")
    exchange.export_args(parser)


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("import", "Excel- oder CSV-Liste importieren (mit Vorschau)", _import_args, cmd_import),
    ("import-undo", "einen Import als Ganzes rückgängig machen", _undo_args, cmd_import_undo),
    ("template", "leere Importvorlage speichern", _template_args, cmd_template),
    ("export", "Kontakte, Organisationen oder Termine als Excel/CSV exportieren", _export_args, cmd_export),
]
