"""Plain words for failures that are not bugs: a full disk, a locked or read-only database, a huge CSV field.

`describe(exc)` returns the user's sentence (German or English, see app.services.messages) or None for a
genuine bug. The command line and the GUI's error hook show the sentence instead of "Unerwarteter Fehler".
"""

from __future__ import annotations

import csv
import errno

from app.models import database as dbmod
from app.models import db_proxy
from app.services.messages import t


def _where(exc: BaseException) -> str:
    filename = getattr(exc, "filename", None)
    return str(filename) if filename else "?"


def describe(exc: BaseException) -> str | None:
    """The user's sentence for a known failure, or None (then it is a bug: log it, say so)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:  # the cause may sit below a wrapper
        seen.add(id(current))
        text = _describe_one(current)
        if text:
            return text
        current = current.__cause__ or current.__context__
    return None


def _describe_one(exc: BaseException) -> str | None:
    if dbmod.is_disk_full(exc):
        return t("disk_full", where=_where(exc))
    if dbmod.is_locked(exc):
        return t("db_locked")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return t("file_readonly", where=_where(exc))
    if dbmod.is_readonly_error(exc):  # writes wait for the start-up check (app.services.startup.open_fast)
        return t("db_checking") if getattr(db_proxy.obj, "bruecke_checking", False) else t("db_readonly")
    if isinstance(exc, csv.Error) and "field larger than field limit" in str(exc):
        return t("csv_field_too_large", limit=f"{csv.field_size_limit():,}".replace(",", "."))
    if isinstance(exc, (IsADirectoryError, NotADirectoryError, FileNotFoundError)) and exc.filename:
        return f"{exc.filename}: {exc.strerror}"
    return None
