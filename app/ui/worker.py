"""Long work off the GUI thread – one helper used everywhere (after Anki's CollectionOp).

    run_in_background(parent, title, work, on_success, on_failure=None)

`work(progress)` runs on a pool thread and must not touch any widget; it reports with
`progress(done, total, text)` and should return promptly once `progress` raises `Cancelled`.
`on_success(result)` / `on_failure(exc)` run on the GUI thread. A progress dialog with a cancel button
appears when the work takes longer than ~200 ms (`show_after_ms=None`: never – work the user did not ask for,
such as the start-up check, must not put a modal dialog over the window).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.logs import log_exception
from app.models import db_proxy
from app.ui.errors import user_sentence

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside the work function when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            # peewee keeps one connection per thread: close this worker's, the pool thread lives on.
            database = db_proxy.obj
            if database is not None and not database.is_closed():
                database.close()


_running: set[_Job] = set()


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None] | None = None,
                      show_after_ms: int | None = 200) -> _Job:
    job = _Job(work)
    if show_after_ms is None:
        return _run_quietly(job, parent, title, on_success, on_failure)
    dialog = QProgressDialog(title, QCoreApplication.translate("Worker", "Abbrechen"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def cancel() -> None:
        job.cancelled = True
        dialog.setLabelText(QCoreApplication.translate("Worker", "Wird abgebrochen …"))

    @Slot(int, int, str)
    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finish() -> None:
        _running.discard(job)
        dialog.reset()
        dialog.deleteLater()

    @Slot(object)
    def done(result: Any) -> None:
        finish()
        on_success(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        finish()
        _failed(parent, title, exc, on_failure)

    dialog.canceled.connect(cancel)
    job.signals.progress.connect(progress)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def _run_quietly(job: _Job, parent: QWidget | None, title: str, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None] | None) -> _Job:
    """The same job without a progress dialog (and so without a cancel button)."""
    @Slot(object)
    def done(result: Any) -> None:
        _running.discard(job)
        on_success(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        _running.discard(job)
        _failed(parent, title, exc, on_failure)

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def _failed(parent: QWidget | None, title: str, exc: BaseException,
            on_failure: Callable[[BaseException], None] | None) -> None:
    if isinstance(exc, Cancelled):
        return
    if on_failure is not None:
        on_failure(exc)
        return
    sentence = user_sentence(exc)
    if sentence:
        QMessageBox.warning(parent, title, sentence)
    else:  # a bug: its type and stack go to the log, never its message (it may hold a name)
        log_exception(log, "background job failed", exc)
        message = QCoreApplication.translate("Worker", "Unerwarteter Fehler: %s")
        QMessageBox.critical(parent, title, message % type(exc).__name__)
