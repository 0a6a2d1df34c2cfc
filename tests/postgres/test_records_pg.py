"""tests/services/test_records.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_records import *  # noqa: F403
