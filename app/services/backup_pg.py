"""Backups of a PostgreSQL office database: `pg_dump` (custom format) and `pg_restore`, same rules as on SQLite.

app/services/backup.py hands over here when the open database is a server. The rules stay: a dump is
written to a temp file, read back completely (`pg_restore` into nothing, so a truncated or damaged archive
fails), flushed and renamed; the row counts come from the very snapshot the dump was taken from (an
exported snapshot) and sit beside it as `<name>.json`; rotation keeps what the SQLite rotation keeps.
A restore keeps the current state aside first, writes the dump back in one transaction
(`--single-transaction --clean`), replays every erasure logged since, and vacuums the personal tables.

An office on a server is several people at several computers. The automatic backup at start is therefore one
per day for the whole office, not one per computer: the first start of the day by a role that reads
everything takes an advisory lock on the server (a second start meanwhile skips), makes the dump and records
it in the setting `backup_daily_office` (day, time, who, which computer); every later start that day finds it
there. Assistants and readers never dump: row-level security hides confidential appointments from them, so
their dump would be incomplete without saying so. Dumps run with row-level security on (`pg_dump
--enable-row-security`): a commissioner's policy shows her every row, and a dump never silently misses any.
These dumps are a convenience beside the server's own backup by the office's IT, which stays the main
safeguard (`automatic_backup_note()` says so where the user sees the automatic backup).
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app.models import db_proxy
from app.models.engine_pg_security import LIMITED, current_role
from app.models.migrations import LATEST_VERSION
from app.services import backup_paths, privacy, settings
from app.services.backup_paths import BackupInfo, RestoreResult, _keep, plan_rotation
from app.services.errors import UserError
from app.services.messages import t

log = logging.getLogger(__name__)

SUFFIX = ".dump"
_STAMP = re.compile(r"-(\d{8}-\d{6})-([a-z]+)")
COUNT_TABLES = {"person": "Kontakte", "organization": "Organisationen", "network": "Gremien",
                "appointment": "Termine", "attendance": "Teilnahmen"}


def _url() -> str:
    db = db_proxy.obj
    if db is None or not hasattr(db, "url"):
        raise UserError(t("no_server_database"))
    return str(db.url)


def database_name(url: str) -> str:
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or parse_qs(parts.query).get("dbname", [""])[0]
    return name or parts.username or "bruecke"


def _env() -> dict[str, str]:
    """The tools' environment: the password asked for this session (never written anywhere) if any."""
    env = dict(os.environ)
    password = getattr(db_proxy.obj, "connect_params", {}).get("password")
    if password:
        env["PGPASSWORD"] = str(password)
    return env


def tool(name: str) -> str:
    """pg_dump / pg_restore, newest installed version first (a dump tool must not be older than the server)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parent.parent.name.split(".")[0]), reverse=True)
    path = found[0] if found else shutil.which(name)
    if not path:
        raise UserError(t("program_missing", name=name))
    return path


def backup_dir() -> Path:
    return backup_paths.backup_dir()


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, env=_env(), check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise UserError(t("program_failed", name=Path(args[0]).name,
                          detail=detail[-1] if detail else result.returncode))
    return result


def _snapshot_counts(url: str) -> tuple[Any, str, dict[str, int], int]:
    """A connection holding an exported snapshot, its id, and the counts and schema version it sees."""
    import psycopg

    password = getattr(db_proxy.obj, "connect_params", {}).get("password")
    conn = psycopg.connect(url, **({"password": password} if password else {}))
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]  # type: ignore[index]
    counts = {label: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # type: ignore[index]
              for table, label in COUNT_TABLES.items()}
    version = int(conn.execute('SELECT max("version") FROM "schema_version"').fetchone()[0])  # type: ignore[index]
    return conn, str(snapshot), counts, version


def verify(path: Path) -> None:
    """Read the whole archive back (every table's data): a truncated or damaged dump raises UserError."""
    _run([tool("pg_restore"), "--list", str(path)])
    _run([tool("pg_restore"), "--file", os.devnull, str(path)])


def may_dump() -> bool:
    """False for an assistant or reader: their dump would lack what row-level security hides from them."""
    role = current_role(db_proxy.obj)
    return role is None or f"bruecke_{role}" not in LIMITED


def require_full_view() -> None:
    if not may_dump():
        raise UserError(t("backup_role_limited"))


def require_owner() -> None:
    """A restore drops and recreates the tables, policies and functions (`pg_restore --clean`): only their owner
    (the administrator who ran `bruecke server-init`) or a superuser may; anyone else is told so before anything
    is done, instead of pg_restore failing halfway through its single transaction."""
    allowed = db_proxy.obj.execute_sql(
        "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') OR r.rolsuper FROM pg_class c "
        "JOIN pg_roles r ON r.rolname = session_user WHERE c.oid = 'person'::regclass").fetchone()
    if not allowed or not allowed[0]:
        raise UserError(t("restore_owner_only"))


def make_backup(reason: str = "manual", *, rotate_after: bool = True, now: dt.datetime | None = None) -> Path:
    url = _url()
    require_full_view()
    directory = backup_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(t("backup_folder_unreachable_short", folder=directory, reason=exc.strerror)) from exc
    when = now or dt.datetime.now()
    base = f"{database_name(url)}-{when:%Y%m%d-%H%M%S}-{reason}"
    target, number = directory / f"{base}{SUFFIX}", 2
    while target.exists():
        target, number = directory / f"{base}-{number}{SUFFIX}", number + 1
    temp = target.with_name(target.name + ".part")
    conn, snapshot, counts, version = _snapshot_counts(url)
    try:
        _run([tool("pg_dump"), "--format=custom", "--enable-row-security", f"--snapshot={snapshot}", "--file",
              str(temp), "--dbname", url])
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    try:
        verify(temp)
    except UserError:
        temp.unlink(missing_ok=True)
        raise
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    meta = {"schema_version": version, "counts": counts, "reason": reason, "created": when.isoformat()}
    target.with_name(target.name + ".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, target)
    log.info("server backup written: %s (%s)", target.name, reason)
    if rotate_after:
        rotate(now=now)
    return target


# --- the office's one automatic backup a day ----------------------------------------------------------------

DAILY_KEY = "backup_daily_office"  # {"day", "at", "by", "host", "file"} of the office's latest daily backup
DAILY_LOCK = 4243  # advisory lock: one start makes today's backup (4242 serialises schema upgrades)


def daily_record() -> dict[str, str]:
    """The office's latest automatic backup as recorded on the server ({} when there was none yet)."""
    try:
        found = json.loads(settings.get(DAILY_KEY) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _done_on(day: dt.date) -> bool:
    return daily_record().get("day", "") >= day.isoformat()


def daily_backup_if_due(now: dt.datetime | None = None) -> Path | None:
    """At a start: today's backup of the whole office, unless someone made it already, is making it right now,
    or this sign-in cannot read everything (then the commissioner's next start makes it)."""
    now = now or dt.datetime.now()
    db = db_proxy.obj
    if not may_dump() or _done_on(now.date()):
        return None
    if not db.execute_sql("SELECT pg_try_advisory_lock(?)", (DAILY_LOCK,)).fetchone()[0]:
        log.info("daily server backup skipped: another start is making it")
        return None
    try:
        if _done_on(now.date()):  # made while this start was looking
            return None
        path = make_backup("daily", now=now)
        user = str(db.execute_sql("SELECT session_user").fetchone()[0])
        settings.update({DAILY_KEY: json.dumps({"day": now.date().isoformat(), "at": now.isoformat(timespec="minutes"),
                                                "by": user, "host": socket.gethostname(), "file": path.name},
                                               ensure_ascii=False)})
        return path
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(?)", (DAILY_LOCK,))


def automatic_backup_note(today: dt.date | None = None) -> str:
    """One sentence for where the user sees the automatic backup: who made the office's backup when, and that
    the server's own backup by the IT stays the main safeguard."""
    record = daily_record()
    if not may_dump():
        first = t("backup_daily_by_commissioner")
    elif not record:
        first = t("backup_daily_none")
    else:
        at = dt.datetime.fromisoformat(record["at"])
        day = t("backup_daily_today") if at.date() == (today or dt.date.today()) else f"{at:%d.%m.%Y}"
        first = t("backup_daily_made", day=day, time=f"{at:%H:%M}", user=record.get("by", ""),
                  host=record.get("host", ""))
    return f"{first} {t('backup_server_main_safeguard')}"


def list_backups(*, inspect: bool = True) -> list[BackupInfo]:

    stem = database_name(_url())
    found = []
    directory = backup_dir()
    for path in directory.glob(f"{stem}-*{SUFFIX}") if directory.is_dir() else []:
        match = _STAMP.search(path.name[len(stem):])
        if not match:
            continue
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        info = BackupInfo(path, created, match.group(2), path.stat().st_size, False)
        meta_path = path.with_name(path.name + ".json")
        if inspect and meta_path.exists():
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            info.schema_version, info.counts = meta.get("schema_version"), meta.get("counts", {})
        found.append(info)
    found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return found


def rotate(now: dt.datetime | None = None) -> list[Path]:

    items = [(info.created, info.path) for info in list_backups(inspect=False)]
    keep = plan_rotation(items, now or dt.datetime.now(), _keep("backup_keep_daily"), _keep("backup_keep_weekly"),
                         _keep("backup_keep_monthly"))
    removed = []
    for _, path in items:
        if path not in keep:
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".json").unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore(backup_path: Path | str, progress: Any = None) -> RestoreResult:

    say = progress or (lambda text: None)
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise UserError(t("backup_missing", path=backup_path))
    require_owner()
    say("Sicherung prüfen …")
    verify(backup_path)
    meta_path = backup_path.with_name(backup_path.name + ".json")
    if meta_path.exists():
        version = json.loads(meta_path.read_text(encoding="utf-8")).get("schema_version", 0)
        if int(version or 0) > LATEST_VERSION:
            raise UserError(t("backup_too_new", name=backup_path.name))
    db = db_proxy.obj
    erasures = privacy.erasure_entries()
    say("Aktuellen Stand beiseitelegen …")
    aside = make_backup("replaced", rotate_after=False)
    say("Sicherung zurückschreiben …")
    _run([tool("pg_restore"), "--clean", "--if-exists", "--single-transaction", "--no-owner",
          "--exit-on-error", "--dbname", _url(), str(backup_path)])
    replayed = privacy.replay_erasures(erasures, db)
    privacy.checkpoint(db)
    log.info("restored %s on the server, %d erasures replayed", backup_path.name, replayed)
    return RestoreResult(backup_path, aside, int(db.schema_version()), replayed)
