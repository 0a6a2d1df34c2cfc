"""What lies on disk, without opening it for writing: the kind of a file (SQLite, encrypted, text …), whose
database it is, read-only URIs, SQLite's journal companions, and which driver errors mean a full disk, a lock
held by another writer or a read-only file. Used by app/models/database.py (which re-exports these names)."""

from __future__ import annotations

import errno
import os
import urllib.parse
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"

_OTHER_MAGIC = {b"PK\x03\x04": "ZIP-/Office-Datei", b"%PDF": "PDF-Datei", b"\xd0\xcf\x11\xe0": "Office-Datei",
                b"\x89PNG": "Bild", b"\xff\xd8\xff": "Bild"}


def file_kind(path: Path | str) -> str:
    """'missing', 'empty', 'sqlite', 'encrypted' (looks like SQLCipher: page-sized, random bytes) or 'other'."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            return "empty"
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "other"
    if head[:16] == SQLITE_HEADER:
        return "sqlite"
    if size < 1024 or size % 512 or any(head.startswith(magic) for magic in _OTHER_MAGIC):
        return "other"
    printable = sum(1 for byte in head if 32 <= byte < 127 or byte in (9, 10, 13))
    return "other" if printable > 0.75 * len(head) else "encrypted"


def describe_other(path: Path | str) -> str:
    """Words for a file that is no database: 'leere Datei', 'Textdatei', 'PDF-Datei' …"""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return "leere Datei"
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        return f"nicht lesbar: {exc.strerror}"
    for magic, what in _OTHER_MAGIC.items():
        if head.startswith(magic):
            return what
    printable = sum(1 for byte in head if 32 <= byte < 127 or byte in (9, 10, 13) or byte >= 0xC0)
    return "Textdatei" if printable > 0.75 * len(head) else "keine SQLite-Datei"


def is_writable(path: Path | str) -> bool:
    """Can Brücke write the file and create its journal files beside it?"""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


BRUECKE_TABLES = frozenset({"person", "organization", "appointment", "setting"})


def database_kind(conn: Any) -> tuple[str, list[str]]:
    """('empty' | 'bruecke' | 'foreign', user tables) of an open raw connection – reads only."""
    tables = sorted(str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not tables and version == 0:
        return "empty", tables
    if version > 0 and BRUECKE_TABLES <= set(tables):
        return "bruecke", tables
    return "foreign", tables


def readonly_uri(path: Path | str) -> str:
    """A read-only URI that creates nothing beside the file.

    `mode=ro` alone still makes SQLite create `-wal` and `-shm` beside a file in WAL mode – next to a refused,
    foreign or restore-source file. `immutable=1` (no locks, no shared memory) is used where nothing can be
    pending or changing: no `-wal`/`-journal` lies beside the file (no connection has it open in WAL mode, no
    crashed transaction to recover), or the folder is read-only (SQLite could not create them anyway)."""
    path = Path(path)
    quoted = urllib.parse.quote(path.absolute().as_posix(), safe="/:")
    pending = any(Path(str(path) + suffix).exists() for suffix in ("-wal", "-journal"))
    if not pending or not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return f"file:{quoted}?mode=ro&immutable=1"
    return f"file:{quoted}?mode=ro"


def _is_sqlite_error(exc: BaseException) -> bool:
    return any(cls.__name__ in {"DatabaseError", "OperationalError", "IntegrityError", "Error"}
               and cls.__module__.split(".")[0] in {"sqlite3", "sqlean", "sqlcipher3", "peewee"}
               for cls in type(exc).__mro__)


def is_disk_full(exc: BaseException) -> bool:
    """True for 'no space left on device' from the OS or SQLite (SQLITE_FULL)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    return _is_sqlite_error(exc) and "disk is full" in str(exc)


def is_locked(exc: BaseException) -> bool:
    """True when another program holds SQLite's write lock past the busy timeout."""
    return _is_sqlite_error(exc) and ("database is locked" in str(exc) or "database table is locked" in str(exc))


def is_readonly_error(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    return _is_sqlite_error(exc) and ("readonly database" in str(exc) or "read-only" in str(exc))


COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def remove_with_companions(path: Path) -> int:
    """Delete a file and its SQLite journal files; returns how many files were there."""
    removed = 0
    for candidate in (path, *(Path(str(path) + suffix) for suffix in COMPANION_SUFFIXES)):
        try:
            candidate.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed
