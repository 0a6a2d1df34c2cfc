"""Keep None alive on CPython 3.11 with a PySide6 that drops a reference on every void call.

PySide6 6.12.0 on CPython 3.11 returns `None` from void methods (QPainter.setPen, QWidget.update, …)
without taking a reference, so each call lowers None's reference count by one. Python 3.12 made None
immortal (PEP 683) and does not care; on 3.11 a painting-heavy widget such as the hour grid brings the
count to zero within seconds and the interpreter aborts ("none_dealloc: deallocating None").

`protect()` measures whether the running PySide6 has the fault and, only then, raises the reference
counts of None, True and False by 2**40 once, which is what 3.12 does for good. Called by `run_gui` as
soon as the QApplication exists (and when the calendar is first imported, for tests); cheap and
idempotent. PySide6 6.12 stays because QtPdf (printing) is its own small wheel only from 6.12 on.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def leaks_none() -> bool:
    """True when a void PySide6 call lowers None's reference count (the fault described above)."""
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(50):
        font.setBold(False)
    return sys.getrefcount(None) <= before - 40


def protect() -> bool:
    """Apply the guard if needed; True when it was applied (now or before)."""
    global _done
    if _done:
        return True
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _done = True
    return True
