"""tests/services/test_attendance.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_attendance import *  # noqa: F403
