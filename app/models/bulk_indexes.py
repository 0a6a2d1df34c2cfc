"""Secondary indexes set aside while a large batch of rows goes in, and built again before the batch commits.

Inserting 100,000 rows one by one into seven person indexes puts every new key somewhere in each b-tree; building
an index afterwards sorts the keys once, which costs about a third. SQLite changes its schema inside the
transaction, so the indexes are either all back (commit) or were never gone (rollback, a killed process) – the file
never exists without them. A server database keeps its indexes (PostgreSQL needs no help here).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import peewee as pw


def table_indexes(db: Any, tables: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes created for these tables (not the automatic ones of a key)."""
    marks = ",".join("?" * len(tables))
    rows = db.execute_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                          f"AND tbl_name IN ({marks}) ORDER BY name", list(tables)).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


@contextmanager
def indexes_built_after(db: Any, tables: Sequence[str], *, when: bool = True) -> Iterator[None]:
    """Inside a transaction: drop the tables' secondary indexes, run the block, create them again.

    A unique index is checked as it is built again, so a duplicate key still fails the batch."""
    if not when or not isinstance(db, pw.SqliteDatabase) or not db.in_transaction():
        yield
        return
    indexes = table_indexes(db, tables)
    analysed = _analysed_tables(db, tables)
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        db.execute_sql(sql)
    for table in analysed:  # DROP INDEX took the planner's statistics of those indexes with it
        db.execute_sql(f'ANALYZE "{table}"')


def _analysed_tables(db: Any, tables: Sequence[str]) -> list[str]:
    """The tables that have planner statistics (ANALYZE ran on them: the demo office, `PRAGMA optimize`)."""
    if not db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return []
    marks = ",".join("?" * len(tables))
    rows = db.execute_sql(f"SELECT DISTINCT tbl FROM sqlite_stat1 WHERE tbl IN ({marks}) ORDER BY tbl",
                          list(tables)).fetchall()
    return [str(row[0]) for row in rows]
