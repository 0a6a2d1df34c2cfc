"""tests/services/test_series.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_series import *  # noqa: F403
