"""tests/services/test_calendar.py on PostgreSQL (`db` from tests/postgres/conftest.py); the query-plan
check reads SQLite's EXPLAIN QUERY PLAN and stays SQLite's."""

from tests.services.test_calendar import *  # noqa: F403
from tests.services.test_calendar import test_range_query_reads_only_the_visible_days

del test_range_query_reads_only_the_visible_days
