"""tests/services/test_privacy.py on PostgreSQL (`db` from tests/postgres/conftest.py); the backup-file check
is SQLite's (server backups: tests/postgres/test_backup_pg.py)."""

from tests.services.test_privacy import *  # noqa: F403
from tests.services.test_privacy import test_erasure_makes_a_backup_first

del test_erasure_makes_a_backup_first
