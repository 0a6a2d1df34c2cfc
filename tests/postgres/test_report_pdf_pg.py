"""tests/io/test_report_pdf.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.io.test_report_pdf import *  # noqa: F403
