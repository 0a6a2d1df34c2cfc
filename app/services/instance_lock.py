"""One Brücke per database file: a lock file next to the database, held with an OS lock.

The lock file (`bruecke.db.lock`) records who holds it: process id, host, OS user and since when. The
operating system releases the lock when the process ends – also after `kill -9` or a power cut – so a
lock left behind by a dead process is simply taken over. A second start is refused with the holder's
details, before the database file is touched.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.services import audit
from app.services.errors import UserError
from app.services.messages import t


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"Prozess {self.pid} auf {self.host}, Benutzer {self.user}, seit {self.since}"


class AlreadyRunning(UserError):
    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "unbekannt"
        super().__init__(f"Brücke arbeitet bereits mit {path} ({who}). Bitte das andere Fenster verwenden "
                         "oder es schließen; zwei Programme an einer Datei würden sich gegenseitig stören.")


_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(_WINDOWS_LOCK_OFFSET)  # lock a byte past the content so the holder stays readable
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def read_holder(db_path: Path | str) -> Holder | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """Holds the lock until `release()` (or the process ends). Use `acquire(db_path)`."""

    def __init__(self, db_path: Path, handle: IO[bytes] | None, recovered: Holder | None) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._handle: IO[bytes] | None = handle
        self.recovered = recovered  # the dead holder whose stale lock was taken over, if any

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
        except OSError:
            pass
        handle.close()  # closing releases the OS lock
        try:
            self.path.unlink()
        except OSError:
            pass

    def __del__(self) -> None:  # a forgotten lock still closes its file (the OS lock goes with it)
        self.release()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(db_path: Path | str) -> InstanceLock:
    """Take the lock for `db_path` or raise AlreadyRunning naming the holder. Never opens the database."""
    if str(db_path).startswith(("postgresql:", "postgres:")):  # the office server: many people by design
        return InstanceLock(Path(str(db_path)), None, None)
    db_path = Path(db_path)
    if str(db_path) == ":memory:":
        raise ValueError("an in-memory database needs no lock")
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115 - kept open for the lifetime of the lock
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and db_path.exists() \
                and not os.access(path.parent, os.W_OK):
            # a read-only folder: the office opens read-only, and nobody can write it – no lock needed
            return InstanceLock(db_path, None, None)
        raise UserError(t("lock_path_invalid", path=path, reason=exc.strerror or type(exc).__name__)) from exc
    if not _try_lock(handle):
        handle.close()
        raise AlreadyRunning(db_path, read_holder(db_path))
    previous = read_holder(db_path)  # content left by a process that died without releasing
    info = {"pid": os.getpid(), "host": socket.gethostname(), "user": audit.os_user(),
            "since": dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")}
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(info).encode("utf-8"))
    handle.flush()
    os.fsync(handle.fileno())
    return InstanceLock(db_path, handle, previous if previous and previous.pid != os.getpid() else None)
