"""Engine-neutral hooks: the few places where SQLite and PostgreSQL need different SQL ask here.

Models and services call these functions with the open database; each engine module answers for itself
(`app/models/postgres.py` defines the methods on its database class), SQLite keeps its FTS5 shape.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

SERVER_SCHEMES = ("postgresql://", "postgres://")
# scheme → opener(url, migrate_schema=, password=); app/models/postgres.py registers itself on import
SERVER_ENGINES: dict[str, Callable[..., Any]] = {}


def server_url(target: object) -> str | None:
    """The libpq URI when `target` names a database server, None for a file path."""
    if isinstance(target, Path):
        return None
    text = str(target)
    return text if text.startswith(SERVER_SCHEMES) else None


def open_server(url: str, *, migrate_schema: bool = True, password: str | None = None) -> Any:
    """Open a server database with the engine registered for its scheme (the models are then bound)."""
    opener = SERVER_ENGINES.get(url.split(":", 1)[0])
    if opener is None:
        raise ValueError(f"no engine for {url.split(':', 1)[0]}")
    return opener(url, migrate_schema=migrate_schema, password=password)


def is_server(db: Any) -> bool:
    """True when the open database is a server (PostgreSQL) rather than an embedded file."""
    return getattr(db, "engine_name", "sqlite") != "sqlite"


def substring_clause(db: Any, word: str) -> tuple[str, str]:
    """A WHERE clause (one `?`) and its parameter: the search key contains `word` (index-assisted).

    SQLite: an FTS5 trigram phrase match. Other engines provide `substring_clause` themselves.
    """
    own = getattr(db, "substring_clause", None)
    if own is not None:
        clause, param = own(word)
        return str(clause), str(param)
    return "search_index MATCH ?", '"' + word.replace('"', '""') + '"'


def substring_query(db: Any, clauses: list[str], params: list[object], limit: int) -> tuple[str, list[object]]:
    """The statement (and its parameters) for the first `limit` search-index entries, in rowid order, that meet
    every clause (-1: all). SQLite's FTS5 table yields rowid order and stops at the limit by itself."""
    own = getattr(db, "substring_query", None)
    if own is not None:
        sql, args = own(clauses, params, limit)
        return str(sql), list(args)
    return f"SELECT rowid FROM search_index WHERE {' AND '.join(clauses)} LIMIT ?", [*params, limit]


def scan_order(db: Any, columns: str) -> str:
    """' ORDER BY <columns>' where SQLite's index or FTS5 table already yields rows in that order (so it
    needs no sort) but a server may scan in any order; '' on SQLite."""
    return f" ORDER BY {columns}" if is_server(db) else ""


def change_listener(db: Any) -> Any | None:
    """A listener for changes other people commit (a server's LISTEN/NOTIFY); None for an embedded file,
    which only this program writes."""
    make = getattr(db, "change_listener", None)
    return make() if make is not None else None
