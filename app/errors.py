"""The one error tree (bottom of the layers: models, services, io and ui all import from here).

`UserError` and everything below it is something the user caused or can fix: `str(error)` is a complete
sentence in the current language, shown as a message (CLI: one line, exit 1; GUI: a message box, never
"Unerwarteter Fehler"). Any other exception is a bug: logged without personal data and reported.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; the message is for the user."""


class ValidationError(UserError):
    """Field-level problems: {field name: message}. GUI shows each next to its field, CLI prints them."""

    def __init__(self, errors: dict[str, str], entity: str = "") -> None:
        self.errors = dict(errors)
        self.entity = entity
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


class NotFoundError(UserError):
    """A record that does not (or no longer) exist."""


class ConflictError(UserError):
    """The action would destroy history or break a rule; the message says why and what to do instead."""


class FileFormatError(UserError):
    """A file that cannot be read or written as asked (import, export, restore)."""


class DatabaseError(UserError):
    """A database that cannot be opened or used as asked; the message is for the user."""
