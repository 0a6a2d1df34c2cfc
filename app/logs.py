"""The program's one logging set-up (like qutebrowser's `log.init_log()`), used by the CLI and the GUI.

One rotating file handler on `bruecke.log` in the log folder (re-pointed when the folder changes, e.g. a
test's BRUECKE_HOME); never a second handle on the same file, so every line is written once and Windows
can rotate the file. The log never holds personal data: exceptions are logged through
`safe_description` (type and stack of file:line in function — no message text, no values).
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handler: logging.Handler | None = None


def log_file() -> Path:
    return paths.log_dir() / "bruecke.log"


def init_logging() -> Path:
    """Attach the one file handler to the root logger (idempotent); returns the log file's path."""
    global _handler
    target = log_file().absolute()
    root = logging.getLogger()
    if isinstance(_handler, RotatingFileHandler) and Path(_handler.baseFilename) == target \
            and _handler in root.handlers:
        return target
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # a read-only or missing log folder: log to stderr rather than not at all
        _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return target


def safe_description(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack (file:line in function) without message or values – no personal data."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        filename = frame.filename.replace("\\", "/")
        marker = "/app/"
        filename = "app/" + filename.split(marker, 1)[1] if marker in filename else Path(filename).name
        lines.append(f"  {filename}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_exception(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log a failure by its safe description only."""
    logger.error("%s\n%s", what, safe_description(type(exc), exc.__traceback__))
