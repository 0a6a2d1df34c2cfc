"""tests/services/test_bulk.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_bulk import *  # noqa: F403
