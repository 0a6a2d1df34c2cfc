"""Python's cycle collector paused while a bulk job builds or writes many small objects.

The collector walks every tracked object each time enough new ones have been made: a 100,000-row import makes
millions (cells, rows, tuples) and none of them form cycles, so those walks (about a second of a 100,000-row
import) find nothing. Reference counting still frees everything as usual; only the search for cycles waits.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Nested or from two threads at once it stays off until the outermost block that turned it off ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
