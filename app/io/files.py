"""Files Brücke writes appear whole or not at all: a temp file beside the target, fsync, then os.replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def write_atomically(path: Path | str, write: Callable[[Path], T]) -> T:
    """Call `write(temp_path)`, then move the finished file onto `path`; on any error the target is untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".~" + path.stem[:40] + "-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        result = write(temp)
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result
