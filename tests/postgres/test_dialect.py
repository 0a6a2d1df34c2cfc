"""The dialect bridge: SQLite-style statements of the services become PostgreSQL ones (no server needed)."""

from __future__ import annotations

from app.models.postgres import translate


def test_placeholders_percent_signs_and_quotes() -> None:
    assert translate("SELECT id FROM person WHERE city = ? AND notes LIKE '50%' LIMIT ?", True) == \
        "SELECT id FROM person WHERE city = %s AND notes ILIKE '50%%' LIMIT %s"
    assert translate("SELECT '?' , \"a?b\" FROM x WHERE y = ?", True) == "SELECT '?' , \"a?b\" FROM x WHERE y = %s"
    assert translate("SELECT 'it''s 100%' FROM x", False) == "SELECT 'it''s 100%%' FROM x"


def test_insert_or_ignore_and_peewee_sql_untouched() -> None:
    assert translate("INSERT OR IGNORE INTO search_word (word, entry) VALUES (?, ?)", True) == \
        "INSERT INTO search_word (word, entry) VALUES (%s, %s) ON CONFLICT DO NOTHING"
    peewee_sql = 'SELECT "t1"."id" FROM "person" AS "t1" WHERE ("t1"."last_name" = %s) ORDER BY "t1"."id"'
    assert translate(peewee_sql, True) == peewee_sql
    assert translate('SELECT "t1"."id" FROM "appointment" AS "t1" WHERE "t1"."id" > %s ORDER BY "t1"."end" DESC',
                     True).endswith('ORDER BY "t1"."end" DESC NULLS LAST')


def test_sqlite_functions_spelled_for_postgresql() -> None:
    assert translate("SELECT group_concat(f.name, char(31)) FROM f WHERE id = ?", True) == \
        "SELECT group_concat(f.name, chr(31)) FROM f WHERE id = %s"


def test_nulls_sort_where_sqlite_puts_them() -> None:
    sql = ("SELECT a.id FROM appointment a WHERE a.kind = ? ORDER BY (SELECT max(x) FROM t ORDER BY t.end DESC "
           "LIMIT 1) DESC, a.end, a.start DESC, a.id LIMIT ?")
    assert translate(sql, True) == (
        "SELECT a.id FROM appointment a WHERE a.kind = %s ORDER BY (SELECT max(x) FROM t ORDER BY t.end DESC NULLS "
        "LAST LIMIT 1) DESC NULLS LAST, a.end NULLS FIRST, a.start DESC, a.id LIMIT %s")
