"""The calendar: hour grid (day, work week, week), month with week numbers, agenda; print plans."""
