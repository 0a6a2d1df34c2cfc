"""tests/services/test_search.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_search import *  # noqa: F403
