"""Typed errors: what the user caused (shown as a message) versus bugs (logged, reported)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `str(error)` is a complete German sentence."""


class ValidationError(UserError):
    """Field-level problems: {field name: message}. GUI shows each next to its field, CLI prints them."""

    def __init__(self, errors: dict[str, str], entity: str = "") -> None:
        self.errors = dict(errors)
        self.entity = entity
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """The action would destroy history or break a rule; the message says why and what to do instead."""
