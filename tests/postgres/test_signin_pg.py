"""tests/services/test_signin.py, unchanged, on PostgreSQL (`db`, `demo_db` from tests/postgres/conftest.py)."""

from tests.services.test_signin import *  # noqa: F403
