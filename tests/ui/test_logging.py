"""One log, each line once, no names in it (issue 16: bugs 1 and 2)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from app import logs
from app.errors import UserError


def _flush() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return logs.log_file().read_text(encoding="utf-8")


def test_cli_and_gui_set_up_one_handler_and_write_each_line_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui import errors

    logs.init_logging()  # what `bruecke` does before it starts the GUI
    errors.install()  # what the GUI does once the QApplication exists
    logs.init_logging()
    logging.getLogger("bruecke").info("marker-line-0815")
    assert _flush().count("marker-line-0815") == 1
    files = [h for h in logging.getLogger().handlers if str(getattr(h, "baseFilename", "")).endswith("bruecke.log")]
    assert len(files) == 1


def test_a_failing_background_job_logs_its_type_but_not_its_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.worker import run_in_background

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])) or 0)
    logs.init_logging()

    def work(progress):  # type: ignore[no-untyped-def]
        raise RuntimeError("Fatima Al-Sayed <fatima@example.org>")

    run_in_background(None, "Test", work, on_success=lambda result: None, show_after_ms=10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text = _flush()
    assert "RuntimeError" in text and "test_logging.py" in text
    assert "Al-Sayed" not in text and "example.org" not in text


def test_a_user_error_in_a_background_job_is_shown_as_its_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.worker import run_in_background

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])) or 0)

    def work(progress):  # type: ignore[no-untyped-def]
        raise UserError("Die Datei ist schreibgeschützt.")

    run_in_background(None, "Test", work, on_success=lambda result: None, show_after_ms=10_000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert warned == ["Die Datei ist schreibgeschützt."]


def test_a_full_disk_in_a_background_job_is_named_not_an_unexpected_error(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from app.ui.worker import run_in_background

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: warned.append("CRITICAL") or 0)

    def work(progress):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/sicherung.db")

    run_in_background(None, "Sicherung", work, on_success=lambda result: None, show_after_ms=10_000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert warned != ["CRITICAL"] and "/media/usb/sicherung.db" in warned[0]


def test_a_user_error_escaping_a_slot_shows_its_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from app.ui import errors

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: warned.append("CRITICAL") or 0)
    errors.install()
    try:
        raise UserError("Der Termin liegt vor dem Beginn der Serie.")
    except UserError:
        sys.excepthook(*sys.exc_info())
    assert warned == ["Der Termin liegt vor dem Beginn der Serie."]
