"""The calendar: hour grid (day, work week, week), month with week numbers, agenda; print plans."""

from app.ui.refcount_guard import protect

protect()  # PySide6 6.12 on CPython 3.11 drops a None reference per void call; painting would abort
