"""Known failures get plain words instead of "Unerwarteter Fehler" (issue 17 #12)."""

from __future__ import annotations

import csv
import errno
import io

import pytest

from app.services import failures, messages


def _csv_error() -> csv.Error:
    limit = csv.field_size_limit()
    try:
        list(csv.reader(io.StringIO('"' + "x" * (limit + 10) + '"\n')))
    except csv.Error as exc:
        return exc
    raise AssertionError("no csv.Error")


@pytest.mark.parametrize("exc, words", [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/liste.xlsx"), "Kein Speicherplatz"),
    (OSError(errno.EROFS, "Read-only file system", "/mnt/ro/x.csv"), "kann nicht geschrieben werden"),
    (_csv_error(), "riesiges Feld"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp/ordner"), "/tmp/ordner"),
])
def test_known_failures_have_plain_words(exc: BaseException, words: str) -> None:
    assert words in (failures.describe(exc) or "")


def test_sqlite_disk_full_locked_and_read_only(db) -> None:  # noqa: ANN001
    import sqlean

    for text, words in (("database or disk is full", "Kein Speicherplatz"), ("database is locked", "gesperrt"),
                        ("attempt to write a readonly database", "schreibgeschützt")):
        assert words in (failures.describe(sqlean.OperationalError(text)) or "")


def test_a_wrapped_cause_is_found_and_bugs_stay_bugs() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("zip close failed") from inner
    except RuntimeError as outer:
        assert "Kein Speicherplatz" in (failures.describe(outer) or "")
    assert failures.describe(KeyError("x")) is None
    messages.set_language("en")
    try:
        assert "No space left" in (failures.describe(OSError(errno.ENOSPC, "full")) or "")
    finally:
        messages.set_language("de")
