"""Data layer: peewee models and the one place that opens the database."""

import sys as _sys

if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    # peewee imports the office server's driver eagerly (~0.2 s at every start); a single-person office never
    # uses it. Load peewee without it; app/models/postgres.py hands it over when a server is opened.
    _sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]

from app.errors import DatabaseError
from app.models import postgres as _postgres  # noqa: F401 - registers the office-server engine (issue 13)
from app.models.database import (
    DatabaseTooNew,
    close_database,
    open_database,
    schema_version,
)
from app.models.entities import (
    ALL_MODELS,
    Appointment,
    AppointmentField,
    AppointmentSeries,
    Attendance,
    AuditEntry,
    ErasureLog,
    FieldOfAction,
    FollowUp,
    ImportBatch,
    ImportRecord,
    Membership,
    Network,
    Organization,
    Person,
    Setting,
    db_proxy,
)

__all__ = [
    "ALL_MODELS", "Appointment", "AppointmentField", "AppointmentSeries", "Attendance", "AuditEntry", "DatabaseError",
    "DatabaseTooNew", "ErasureLog", "FieldOfAction", "FollowUp", "ImportBatch", "ImportRecord", "Membership", "Network",
    "Organization", "Person", "Setting", "close_database", "db_proxy", "open_database", "schema_version",
]
