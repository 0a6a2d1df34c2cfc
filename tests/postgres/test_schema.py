"""The PostgreSQL schema matches SQLite's: same tables, same columns, same version number."""

from __future__ import annotations

from pathlib import Path

from app.models import ALL_MODELS, close_database, open_database, schema_version
from app.models.engine_pg_schema import PG_LATEST_VERSION
from app.models.migrations import LATEST_VERSION


def test_both_engines_are_at_the_same_schema_step(db) -> None:  # noqa: ANN001
    assert PG_LATEST_VERSION == LATEST_VERSION
    assert schema_version(db) == LATEST_VERSION


def _columns_sqlite(path: Path) -> dict[str, set[str]]:
    database = open_database(path)
    tables = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    result = {t: {r[1] for r in database.execute_sql(f'PRAGMA table_info("{t}")')} for t in tables
              if not t.startswith(("search_index_", "sqlite_"))}
    close_database()
    return result


def test_tables_and_columns_equal_sqlites(db, tmp_path: Path) -> None:  # noqa: ANN001
    pg = {}
    for table, column in db.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"):
        pg.setdefault(table, set()).add(column)
    pg.pop("schema_version")
    close_database()
    lite = _columns_sqlite(tmp_path / "x.db")
    lite["search_index"].add("rowid")  # FTS5's implicit key is a real column on the server
    assert pg == lite
    for model in ALL_MODELS:
        assert set(model._meta.columns) <= pg[model._meta.table_name]
