"""The error tree lives in app/errors.py (below every layer); re-exported here for the services' callers."""

from __future__ import annotations

from app.errors import ConflictError, FileFormatError, NotFoundError, UserError, ValidationError

__all__ = ["ConflictError", "FileFormatError", "NotFoundError", "UserError", "ValidationError"]
