"""Backups of a PostgreSQL office database: `pg_dump` (custom format) and `pg_restore`, same rules as on SQLite.

app/services/backup.py hands over here when the open database is a server. The rules stay: a dump is
written to a temp file, read back completely (`pg_restore` into nothing, so a truncated or damaged archive
fails), flushed and renamed; the row counts come from the very snapshot the dump was taken from (an
exported snapshot) and sit beside it as `<name>.json`; rotation keeps what the SQLite rotation keeps.
A restore keeps the current state aside first, writes the dump back in one transaction
(`--single-transaction --clean`), replays every erasure logged since, and vacuums the personal tables.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app import paths
from app.models import db_proxy
from app.models.migrations import LATEST_VERSION
from app.services import privacy, settings
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
    configured = settings.get("backup_dir").strip()
    if configured:
        return Path(configured).expanduser()
    return paths.data_dir() / "server-backups"


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


def make_backup(reason: str = "manual", *, rotate_after: bool = True, now: dt.datetime | None = None) -> Path:
    url = _url()
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
        _run([tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}", "--file", str(temp), "--dbname", url])
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
