"""tests/services/test_exchange.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_exchange import *  # noqa: F403
