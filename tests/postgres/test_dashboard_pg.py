"""tests/services/test_dashboard.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_dashboard import *  # noqa: F403
