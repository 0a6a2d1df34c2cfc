"""Command-line rows for Excel/CSV in and out:

    bruecke import FILE --kind persons|appointments|attendance [--profile NAME] [--map "Spalte=feld" …]
                   [--show-mapping] [--appointment ID] [--sheet NAME] [--header-row N]
                   [--duplicates update|skip|create] [--dry-run] [--skip-errors] [--rejected FILE] [--wait S]
    bruecke import-undo BATCH          # reverts a whole import
    bruecke template persons|appointments|attendance --out FILE
    bruecke export persons|organisations|appointments --out FILE.xlsx|FILE.csv

`import` prints the header row, the recognised export profile (Outlook, Google, Thunderbird) and the
column → field mapping, then the preview (every row that is skipped or rejected, with its reason) and a
summary. `--show-mapping` stops after the mapping (exit 0); a required field without a column exits 1
with the mapping and how to fix it with `--map`. With errors it writes nothing and exits 1 – unless
`--skip-errors` imports the valid rows. The import holds the instance lock while it writes (it waits
for an open Brücke window up to `--wait` seconds, then says who holds the file).
Registered in app/cli/__init__.py's COMMANDS.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli.common import UsageError
from app.io.profiles import PROFILES
from app.services.errors import UserError
from app.services.messages import t

Handler = Callable[[argparse.Namespace], int]


def cmd_import(args: argparse.Namespace) -> int:
    from app.cli import exchange
    if exchange.handles(args.file):  # .ics / .vcf: calendar and address-book files
        return exchange.cmd_import(args)
    from app.cli import common as cli
    from app.services import imports

    cli.open_db(args)
    if args.kind == "attendance" and args.appointment is None and not args.show_mapping:
        raise UserError(t("import_needs_appointment"))
    layout = imports.analyse(args.file, args.kind, args.sheet, args.header_row, profile=args.profile)
    if args.map:
        imports.apply_overrides(layout, args.map)
    sheet_line = _sheet_line(Path(args.file), args.sheet)
    if sheet_line:
        print(sheet_line)
    for line in imports.mapping_lines(layout):
        print(line)
    problem = imports.check_layout(layout)
    if args.show_mapping:
        if problem:
            print(f"Hinweis: {problem}")
        return 0
    if problem:
        print(f"Nichts importiert: {problem}", file=sys.stderr)
        needed = {"appointments": ("title", "date")}.get(args.kind, ("last_name",))
        missing = next((key for key in needed if key not in layout.mapping), needed[0])
        print(f"So beheben: die passende Spalte angeben, z. B. --map \"Spaltentitel={missing}\" (Felder: "
              + ", ".join(t.key for t in imports.TARGETS[args.kind]) + "); prüfen mit --show-mapping.",
              file=sys.stderr)
        return 1
    with _instance_lock(cli.db_path(args), args.wait):
        return _run_import(args, layout)


def _sheet_line(path: Path, chosen: str | None) -> str:
    """Which sheet of a workbook with several is read, and how to read another – "" for one sheet or a CSV."""
    from app.io import spreadsheet

    if path.suffix.lower() in spreadsheet.CSV_SUFFIXES:
        return ""  # (one sheet: not read again to learn that)
    names = spreadsheet.sheet_names(path)
    if len(names) < 2:
        return ""
    name = chosen or spreadsheet.default_sheet(path)
    others = ", ".join(f"„{other}“" for other in names if other != name)
    return t("import_sheet_line", name=name, others=others)


def _run_import(args: argparse.Namespace, layout: object) -> int:
    from app.services import imports

    assert isinstance(layout, imports.Layout)
    preview = imports.preview(args.file, args.kind, layout, appointment_id=args.appointment,
                              on_duplicate=args.duplicates,
                              progress=lambda done, total, text: print(f"… {text}", file=sys.stderr))
    for row in preview.rows:  # (a new row with a reason: hidden in the file, named by its e-mail address)
        if row.action in ("error", "skip") or row.is_duplicate or row.reason:
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
    imports.remember_mapping(args.kind, layout.headers, layout.mapping, layout.left_out)
    print(f"Importiert (Import Nr. {result.batch_id}): {result.text()}")
    if result.backup:
        print(f"Sicherung vorher: {result.backup}")
    return 0


@contextmanager
def _instance_lock(path: Path | str, wait: float) -> Iterator[None]:
    """The import writes: it takes the instance lock (an open Brücke window holds it), waiting up to `wait` s."""
    from app.services import instance_lock

    if str(path).startswith(("postgresql://", "postgres://")) or str(path) == ":memory:":
        yield
        return
    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        try:
            lock = instance_lock.acquire(path)
            break
        except instance_lock.AlreadyRunning as exc:
            if time.monotonic() >= deadline:
                raise UserError(t("import_lock_busy", reason=exc, wait=f"{wait:g}")) from None
            if not told:
                who = exc.holder.describe() if exc.holder else "ein anderes Programm"
                print(f"Die Datenbank wird gerade benutzt ({who}); warte bis zu {wait:g} s …", file=sys.stderr)
                told = True
            time.sleep(0.5)
    try:
        yield
    finally:
        lock.release()


def cmd_import_undo(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import imports

    cli.open_db(args)
    with _instance_lock(cli.db_path(args), 30.0):
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
    if out.suffix.lower() not in (".xlsx", ".csv"):  # a wrong call: exit 2
        raise UsageError("Bitte eine Datei mit der Endung .xlsx oder .csv angeben.")
    if not out.parent.is_dir():
        raise UserError(f"Ordner {out.parent} gibt es nicht.")


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="Excel-Arbeitsmappe (.xlsx/.xlsm/.xlsb/.xls), OpenDocument-Tabelle "
                        "(.ods) oder CSV-Datei (auch Outlook-, Google- und Thunderbird-Exporte)")
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
    parser.add_argument("--profile", default=None, metavar="NAME",
                        help="Exportformat festlegen statt erkennen: " + ", ".join(p.key for p in PROFILES)
                        + ", none (keins)")
    parser.add_argument("--map", action="append", default=[], metavar='"Spalte=feld"',
                        help="eine Spalte einem Feld zuordnen (mehrfach möglich); feld leer oder - : nicht übernehmen")
    parser.add_argument("--show-mapping", action="store_true",
                        help="nur Kopfzeile, erkanntes Profil und Zuordnung zeigen, nichts importieren")
    parser.add_argument("--wait", type=float, default=30.0, metavar="SEKUNDEN",
                        help="so lange warten, wenn Brücke die Datenbank gerade benutzt (Standard: 30)")


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
    ("export", "Listen als Excel/CSV, Termine als Kalender (.ics), Kontakte als vCard (.vcf) oder "
               "Gremienmitglieder für den Serienbrief exportieren", _export_args, cmd_export),
]
