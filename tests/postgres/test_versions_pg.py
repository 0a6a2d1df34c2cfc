"""tests/services/test_versions.py, unchanged, on PostgreSQL (`db` from tests/postgres/conftest.py)."""

from tests.services.test_versions import *  # noqa: F403
