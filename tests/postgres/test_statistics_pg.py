"""tests/services/test_statistics.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_statistics import *  # noqa: F403
