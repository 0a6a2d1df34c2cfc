"""tests/services/test_lists.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_lists import *  # noqa: F403
