"""tests/io/test_report_xlsx.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.io.test_report_xlsx import *  # noqa: F403
