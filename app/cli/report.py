"""Command-line row for the yearly activity report:

    bruecke report --year 2025 --out bericht.pdf [--lang en] [--xlsx kennzahlen.xlsx] [--docx bericht.docx]
    bruecke report --from 2025-03-01 --to 2025-06-30 --out bericht.pdf

Registered in app/cli/__init__.py's COMMANDS; the handler is a thin call into statistics and the report writers.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from app.services import report_labels
from app.services.errors import UserError

Handler = Callable[[argparse.Namespace], int]


def _date(value: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"kein Datum: {value!r} (JJJJ-MM-TT oder TT.MM.JJJJ)")


def period_of(args: argparse.Namespace, today: dt.date | None = None):  # noqa: ANN201 - statistics.Period
    from app.services.statistics import Period

    start, end = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if args.year is not None and (start or end):
        raise UserError("Entweder --year oder --from/--to angeben, nicht beides.")
    if start or end:
        if not (start and end):
            raise UserError("--from und --to gehören zusammen.")
        if end < start:
            raise UserError(f"--to ({end:%d.%m.%Y}) liegt vor --from ({start:%d.%m.%Y}).")
        return Period(start, end)
    year = args.year if args.year is not None else (today or dt.date.today()).year
    if not 1900 <= year <= 9999:
        raise UserError(f"Kein sinnvolles Jahr: {year}")
    return Period.year(year)


def cmd_report(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import reports, statistics

    path = cli.db_path(args)
    if isinstance(path, Path) and not path.exists():  # a postgresql:// URL is checked when it is opened
        raise UserError(f"Die Datenbank {path} gibt es nicht.")
    period = period_of(args)
    if not args.out and not args.xlsx and not args.docx:
        raise UserError("Bitte --out BERICHT.pdf und/oder --xlsx KENNZAHLEN.xlsx und/oder --docx BERICHT.docx "
                        "angeben.")
    for option, target, suffix in (("--out", args.out, ".pdf"), ("--xlsx", args.xlsx, ".xlsx"),
                                   ("--docx", args.docx, ".docx")):
        if target is not None and Path(target).suffix.lower() != suffix:  # a wrong call: exit 2, nothing written
            raise cli.UsageError(f"{option} {Path(target).name}: bitte eine Datei mit der Endung {suffix} angeben.")
    sections = tuple(args.sections.split(",")) if args.sections else report_labels.SECTIONS
    unknown = [s for s in sections if s not in report_labels.SECTIONS]
    if unknown:
        raise UserError(f"Unbekannter Abschnitt: {unknown[0]} (möglich: {', '.join(report_labels.SECTIONS)})")
    cli.open_db(args)
    stats = statistics.collect(period)
    written = []
    options = reports.ReportOptions(period=period, language=args.lang, sections=sections,
                                    include_participant_names=args.participant_names)
    try:
        if args.out:
            written.append(reports.write_report(args.out, options, stats).path)
        if args.docx:
            written.append(reports.write_docx(args.docx, options, stats))
        if args.xlsx:
            written.append(reports.write_figures(args.xlsx, stats, language=args.lang))
    except OSError as exc:
        raise UserError(f"Datei konnte nicht geschrieben werden: {exc.filename or ''} ({exc.strerror})") from exc
    figures = stats.figures
    lang = args.lang
    print(report_labels.text(
        "cli_summary", lang, period=report_labels.period_label(period.start, period.end, lang),
        held=report_labels.counted("held", figures.held, lang),
        attendances=report_labels.counted("attendances", figures.attendances, lang),
        persons=report_labels.counted("persons", figures.distinct_persons, lang)))
    for file in written:
        print(report_labels.text("cli_written", lang, file=file))
    return 0


def _report_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, default=None, help="Berichtsjahr (Standard: das laufende Jahr)")
    parser.add_argument("--from", dest="date_from", type=_date, default=None, metavar="DATUM",
                        help="Beginn eines freien Zeitraums (JJJJ-MM-TT)")
    parser.add_argument("--to", dest="date_to", type=_date, default=None, metavar="DATUM",
                        help="Ende eines freien Zeitraums (einschließlich)")
    parser.add_argument("--out", type=Path, default=None, metavar="PDF", help="Bericht als PDF hierhin schreiben")
    parser.add_argument("--xlsx", type=Path, default=None, metavar="XLSX",
                        help="die Kennzahlen zusätzlich als Excel-Datei")
    parser.add_argument("--docx", type=Path, default=None, metavar="DOCX",
                        help="den Bericht zusätzlich als bearbeitbares Word-Dokument")
    parser.add_argument("--lang", choices=report_labels.LANGUAGES, default="de", help="Sprache (de oder en)")
    parser.add_argument("--sections", default="", metavar="LISTE",
                        help=f"Abschnitte, kommagetrennt (Standard: alle: {','.join(report_labels.SECTIONS)})")
    parser.add_argument("--participant-names", action="store_true",
                        help="Namen der Teilnehmenden in der Terminliste drucken (nie bei vertraulichen Terminen)")


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("report", "den Tätigkeitsbericht als PDF (barrierefrei), Word-Dokument und die Kennzahlen als Excel erzeugen",
     _report_args, cmd_report),
]
