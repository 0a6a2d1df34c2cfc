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
def paused(*, results_stay: bool = False) -> Iterator[None]:
    """Nested or from two threads at once it stays off until the outermost block that turned it off ends.

    `results_stay`: the block built objects that live on (a preview's 100,000 rows). Every object made while the
    collector was off counts as new, so its first walk afterwards would visit all of them (about a quarter of a
    second), and walk them again as they age. They are set aside instead (`gc.freeze`); the next paused block
    hands them back to the collector's oldest generation (`gc.unfreeze`), so whatever was set aside with them is
    looked at again from then on."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.unfreeze()
    try:
        yield
    finally:
        if results_stay:
            gc.freeze()
        if was_enabled:
            gc.enable()
