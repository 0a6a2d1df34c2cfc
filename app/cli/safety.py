"""Command-line rows for data safety: backup, backups, restore, erase-person, export-person, retention,
audit, encrypt. Registered in app/cli/__init__.py's COMMANDS; each handler is a thin call into the services."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.common import UsageError
from app.services.errors import UserError
from app.services.messages import t, tn

Handler = Callable[[argparse.Namespace], int]


def _open(args: argparse.Namespace, *, lock: bool = False, tidy: bool = True,  # noqa: ANN202 - (db, lock or None)
          settle: bool = True):
    from app.cli import common as cli
    from app.models import database as dbmod
    from app.services import instance_lock, startup

    path = cli.db_path(args)
    if isinstance(path, str):  # the office server: no file to check or lock
        return cli.open_db(args), None
    cli.require_office(path)  # missing or 0 bytes: refused, nothing created
    held = None
    if lock:
        dbmod.check_location(path)
        held = instance_lock.acquire(path)
    try:
        db = dbmod.open_database(path, passphrase=startup.passphrase_for(path, getattr(args, "passphrase_env",
                                                                                        None)))
    except BaseException:
        if held is not None:
            held.release()
        raise
    if lock and dbmod.is_readonly(db):  # a write command on a read-only office: say so before anything
        if held is not None:
            held.release()
        raise UserError(t("db_readonly"))
    if held is not None and tidy:
        startup.tidy()
    elif tidy:
        startup.tidy_if_free(path)
    if tidy and settle:  # plaintext copies of an encrypted office (a killed `encrypt`): finished or named
        cli.settle_plaintext(path, locked=held is not None)
    return db, held


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {label}" for label, count in counts.items())


def cmd_backup(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import backup, instance_lock

    _open(args)
    target = cli.db_path(args)
    held = None
    if not isinstance(target, str):
        try:  # while the lock is held no other start tidies the folder, i.e. removes this run's `.part`
            held = instance_lock.acquire(target)
        except instance_lock.AlreadyRunning:
            held = None  # the open window never tidies while it runs; backing up beside it is safe
    try:
        path = backup.make_backup("manual")
    finally:
        if held is not None:
            held.release()
    print(path)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.services import backup, instance_lock, startup

    _open(args, tidy=False)  # the leftovers are counted before they are removed
    partial = backup.partial_files()
    if partial:
        try:
            with instance_lock.acquire(cli.db_path(args)):  # nobody else is writing a backup right now
                removed = backup.remove_partial_files()
                startup.tidy()
            print(tn("partial_backups_removed", removed))
        except instance_lock.AlreadyRunning:
            print(tn("partial_backups_busy", len(partial), files=", ".join(p.name for p in partial)))
    else:
        startup.tidy_if_free(Path(cli.db_path(args)))
    if not isinstance(cli.db_path(args), str):
        cli.settle_plaintext(Path(cli.db_path(args)))
    infos = backup.list_backups()
    if not infos:
        print(f"Keine Sicherungen in {backup.backup_dir()}.")
        return 0
    for info in infos:
        state = f"Schema {info.schema_version}, {_counts(info.counts)}" if info.readable else info.problem
        print(f"{info.created:%d.%m.%Y %H:%M}  {info.reason:<10} {state}  {info.path}")
    return 0


def _env_value(name: str | None) -> str | None:
    import os

    if not name:
        return None
    value = os.environ.get(name)
    if not value:
        raise UserError(f"Die Umgebungsvariable {name} ist nicht gesetzt oder leer.")
    return value


def cmd_restore(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.models import database as dbmod
    from app.services import backup, instance_lock, startup

    source = Path(args.file)
    path = Path(cli.db_path(args))
    backup_key = _env_value(args.backup_passphrase_env)
    try:
        db, held = _open(args, lock=True)
    except dbmod.DatabaseCorrupt:
        held = instance_lock.acquire(path)
        try:
            passphrase = _env_value(getattr(args, "passphrase_env", None))
            _, aside = startup.recover(path, source, passphrase, backup_passphrase=backup_key,
                                       ignore_unreadable_log=args.ignore_unreadable_erasure_log)
        finally:
            held.release()
        print(f"Die beschädigte Datei liegt jetzt unter {aside}; {source.name} wurde wiederhergestellt.")
        return 0
    try:
        result = backup.restore(source, progress=lambda text: print(f"… {text}", file=sys.stderr),
                                backup_passphrase=backup_key)
    finally:
        if held is not None:
            held.release()
    print(f"Wiederhergestellt: {result.restored} (Schema {result.schema_version}). Der vorige Stand liegt unter "
          f"{result.kept_aside}.")
    if result.replayed_erasures:
        print(tn("erasures_replayed", result.replayed_erasures))
    return 0


def cmd_erase_person(args: argparse.Namespace) -> int:
    from app.models import Person
    from app.services import erasure

    _, held = _open(args, lock=True)
    try:
        person = Person.get_or_none(Person.id == args.id)
        if person is None:
            raise UserError(f"Kontakt Nr. {args.id} gibt es nicht.")
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("Löschen nach Art. 17 ist endgültig: bitte mit --yes bestätigen.")
            answer = input(f"{person.full_name} (Nr. {person.id}) endgültig anonymisieren? Zum Bestätigen "
                           "LÖSCHEN eingeben: ")
            if answer.strip() != "LÖSCHEN":
                print("Nicht gelöscht.")
                return 1
        summary = erasure.erase_person(args.id)
    finally:
        if held is not None:
            held.release()
    print(f"Kontakt Nr. {args.id} wurde anonymisiert; Teilnahmen zählen im Bericht weiter.")
    if summary.scrubbed or summary.backups_cleaned or summary.backups_left:
        print(summary.text())
    return 0


def cmd_export_person(args: argparse.Namespace) -> int:
    from app.services import privacy

    if Path(args.file).suffix.lower() not in (".pdf", ".xlsx"):  # a wrong call: exit 2, nothing opened
        raise UsageError(t("export_format_pdf_xlsx", suffix=Path(args.file).suffix))
    _open(args)
    path = privacy.export_person(args.id, Path(args.file), args.language)
    print(path)
    return 0


RETENTION_RANGE = range(1, 101)


def cmd_retention(args: argparse.Namespace) -> int:
    from app.services import privacy

    if args.years is not None and args.years not in RETENTION_RANGE:
        print(f"Fehler: {t('retention_years_range', value=args.years)}", file=sys.stderr)
        return 2
    _open(args)
    years = args.years if args.years is not None else privacy.retention_years()
    candidates = privacy.retention_candidates(years)
    if not candidates:
        print(t("retention_none", since=tn("retention_since", years)))
        return 0
    for c in candidates:
        last = c.last_activity.strftime("%d.%m.%Y") if c.last_activity else "–"
        archived = " (archiviert)" if c.archived else ""
        print(f"{c.person_id:>7}  {last:<10}  {c.name}{archived}  {c.organization}")
    print(tn("retention_found", len(candidates), since=tn("retention_since", years)))
    return 0


def _date_option(option: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(t("bad_date_option", option=option, value=value[:40])) from None


def cmd_audit(args: argparse.Namespace) -> int:
    from app.services import privacy

    try:
        start = _date_option("--since", args.since)
        end = _date_option("--until", args.until)
    except UsageError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    _open(args)
    rows = privacy.audit_log(start, end, args.entity, args.id)
    if args.export:
        print(privacy.export_audit(rows, Path(args.export)))
        return 0
    for row in rows[:args.limit]:
        print(f"{row.timestamp:%d.%m.%Y %H:%M}  {row.os_user:<10} {row.entity} {row.entity_id} {row.action}  "
              f"{row.changes}")
    return 0


def _plain_copies_step(mode: str, passphrase: str) -> list[str]:
    """After encrypting: what happened to the plaintext copies Brücke made (lines to print)."""
    from app.services import backup

    plain = backup.plain_copies()
    if not plain:
        return []
    lines: list[str] = []
    if mode == "encrypt":
        done, plain = backup.encrypt_plain_copies(plain, passphrase)
        if done:
            lines.append(tn("backups_reencrypted", len(done)))
    if plain and mode == "delete":
        failed = backup.delete_files(plain)
        lines.append(tn("plain_copies_deleted", len(plain) - len(failed)))
        plain = failed
    elif plain and mode == "encrypt":  # damaged or unreadable copies cannot be encrypted: offer to delete them
        question = tn("plain_copies_ask_delete", len(plain), files=", ".join(p.name for p in plain))
        if sys.stdin.isatty() and input(question).strip().lower() in ("j", "ja", "y", "yes"):
            plain = backup.delete_files(plain)
    if plain:
        lines.append(t("plain_backups_left", files=", ".join(str(p) for p in plain)))
    return lines


def cmd_encrypt(args: argparse.Namespace) -> int:
    from app.cli import common as cli
    from app.models import close_database, db_proxy
    from app.models import database as dbmod
    from app.services import backup

    path = cli.db_path(args)
    new = _env_value(args.new_passphrase_env)
    only_copies = not new and not args.decrypt and args.plain_backups is not None
    if not new and not args.decrypt and not only_copies:
        raise UsageError("Bitte --new-passphrase-env VARIABLE (verschlüsseln/Kennwort ändern) oder --decrypt angeben.")
    _, held = _open(args, lock=True, settle=False)
    try:
        old = dbmod.passphrase_of(db_proxy.obj)
        if only_copies:
            if not old:
                raise UsageError(f"{path} ist nicht verschlüsselt; --plain-backups gilt nach dem Verschlüsseln.")
            backup.remember_plain_choice(args.plain_backups)
            for line in _plain_copies_step(args.plain_backups, old):
                print(line)
            return 0
        if old:  # a plain file needs no copy: the rewrite below is itself all-or-nothing, and a copy would be
            backup.before_risky_action("encryption")  # plaintext; an encrypted one keeps its old key
        if new:  # the encrypted file carries the choice: a start after a kill finishes the plaintext step
            backup.remember_plain_choice(args.plain_backups or "encrypt")
        close_database()
        dbmod.change_encryption(path, old, None if args.decrypt else new)
        lines: list[str] = []
        if new:
            dbmod.open_database(path, passphrase=new)
            lines = _plain_copies_step(args.plain_backups or "encrypt", new)
            close_database()
    finally:
        held.release()
    print(f"{path} ist jetzt {'unverschlüsselt' if args.decrypt else 'verschlüsselt'}.")
    for line in lines:
        print(line)
    if old and new:
        print("Sicherungen mit dem alten Kennwort lassen sich mit restore DATEI --backup-passphrase-env VARIABLE "
              "wiederherstellen.")
    return 0


def _backup_args(parser: argparse.ArgumentParser) -> None:
    pass


def _restore_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="DATEI", help="die Sicherung (siehe `bruecke backups`)")
    parser.add_argument("--backup-passphrase-env", metavar="VAR", default=None,
                        help="Umgebungsvariable mit dem Kennwort der Sicherung (ein älteres Kennwort)")
    parser.add_argument("--ignore-unreadable-erasure-log", action="store_true",
                        help="eine beschädigte Datei ersetzen, auch wenn ihr Löschprotokoll nicht lesbar ist "
                             "(Löschungen aus den Sicherungen werden trotzdem nachgeführt)")


def _erase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, help="Nummer des Kontakts")
    parser.add_argument("--yes", action="store_true", help="ohne Rückfrage (für Skripte)")


def _export_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, help="Nummer des Kontakts")
    parser.add_argument("file", metavar="DATEI", help="Ziel: .pdf oder .xlsx")
    parser.add_argument("--language", choices=("de", "en"), default="de")


def _retention_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--years", type=int, default=None, help="Jahre ohne Aktivität (Standard: Einstellung)")


def _audit_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="JJJJ-MM-TT")
    parser.add_argument("--until", metavar="JJJJ-MM-TT")
    parser.add_argument("--entity", help="person, organization, network, appointment, attendance …")
    parser.add_argument("--id", type=int, default=None)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--export", metavar="DATEI.xlsx", help="als Excel-Datei speichern")


def _encrypt_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-env", metavar="VAR", help="Umgebungsvariable mit dem neuen Kennwort")
    parser.add_argument("--decrypt", action="store_true", help="Verschlüsselung aufheben")
    parser.add_argument("--plain-backups", choices=("encrypt", "delete", "keep"), default=None,
                        help="unverschlüsselte Sicherungen nach dem Verschlüsseln: mit dem neuen Kennwort "
                             "verschlüsseln (Standard), löschen oder behalten (werden aufgelistet)")


COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("backup", "jetzt eine geprüfte Sicherung anlegen (druckt die Datei)", _backup_args, cmd_backup),
    ("backups", "Sicherungen mit Datum, Schema-Version und Anzahlen auflisten", _backup_args, cmd_backups),
    ("restore", "eine Sicherung wiederherstellen (der aktuelle Stand wird beiseitegelegt)", _restore_args,
     cmd_restore),
    ("erase-person", "einen Kontakt nach Art. 17 DSGVO löschen (anonymisieren)", _erase_args, cmd_erase_person),
    ("export-person", "Auskunft nach Art. 15 DSGVO als PDF oder Excel", _export_args, cmd_export_person),
    ("retention", "Kontakte ohne Aktivität seit N Jahren (Aufbewahrungsprüfung)", _retention_args, cmd_retention),
    ("audit", "Änderungsprotokoll nach Zeitraum oder Datensatz anzeigen/exportieren", _audit_args, cmd_audit),
    ("encrypt", "Datenbank verschlüsseln, Kennwort ändern oder entschlüsseln", _encrypt_args, cmd_encrypt),
]
