"""The language of everything Brücke says outside Qt's widget texts: "de" (default) or "en"."""

from __future__ import annotations

LANGUAGES = ("de", "en")
_current = "de"


def set_language(code: str) -> None:
    global _current
    _current = "en" if code.lower().startswith("en") else "de"


def language() -> str:
    return _current


def pick(german: str, english: str, code: str | None = None) -> str:
    """The German or English text, by `code` or else the current language."""
    return english if (code or _current) == "en" else german
