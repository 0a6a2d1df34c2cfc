"""tests/services/test_followups.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_followups import *  # noqa: F403
