"""Printing the Wochenplan / Monatsplan from the calendar: the same PDF on paper and on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from app.services import appointments
from app.ui.calendar.print_dialog import PlanPrintDialog
from app.ui.calendar_view import CalendarView


def test_calendar_print_button_offers_the_shown_week_or_month(qtbot, db, monkeypatch) -> None:  # noqa: ANN001
    shown: list[PlanPrintDialog] = []
    monkeypatch.setattr(PlanPrintDialog, "exec", lambda self: shown.append(self) or 0)
    view = CalendarView(today=dt.date(2026, 11, 23))
    qtbot.addWidget(view)
    view.set_mode(CalendarView.WEEK)
    view.next_button.click()
    view.print_button.click()
    assert shown[-1].week.isChecked() and "KW 49" in shown[-1].week.text()
    assert shown[-1].suggested_name() == "Wochenplan 2026-KW49.pdf"
    view.set_mode(CalendarView.MONTH)
    view.print_button.click()
    assert shown[-1].month.isChecked() and shown[-1].suggested_name() == "Monatsplan November 2026.pdf"


def test_save_writes_the_plan_and_print_renders_it_onto_the_printer(qtbot, db, tmp_path: Path,  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    appointments.create_appointment({"title": "Beirat für Integration", "start": "2026-11-25 17:00",
                                     "end": "2026-11-25 19:00", "kind": "committee_session"})
    dialog = PlanPrintDialog(dt.date(2026, 11, 25), monthly=False)
    qtbot.addWidget(dialog)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_button.click()
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Wochenplan KW 48" in text and "Beirat für Integration" in text
    assert "Gespeichert" in dialog.status.text()

    printed = tmp_path / "paper.pdf"

    class Printer:
        def __init__(self, printer, parent) -> None:  # noqa: ANN001
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:  # noqa: N802
            pass

        def exec(self) -> QDialog.DialogCode:
            from PySide6.QtPrintSupport import QPrinter

            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    from app.ui import signin_dialog  # the shared print step (ask_and_print) owns the system dialog

    monkeypatch.setattr(signin_dialog, "QPrintDialog", Printer)
    dialog.month.setChecked(True)
    dialog.print_button.click()
    pages = PdfReader(str(printed)).pages
    assert len(pages) == 1 and pages[0].mediabox.width > pages[0].mediabox.height  # one landscape page
    assert dialog.status.text() == "1 Seite an den Drucker geschickt."  # Qt %n plural, not "Seite(n)"
