"""tests/services/test_imports.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_imports import *  # noqa: F403
