"""One wording layer without Qt (like Anki's `col.tr`): what Brücke says, in German and English.

- `language()` / `set_language()`: the current language of messages, labels, reports and exports;
- `t(key, **values)`: a user-visible message from the catalogue (app/services/messages.py holds it);
- `choice_label(kind, key)` / `choice_labels(kind)`: labels of stored choice keys (sector, kind, status …);
- `date_text`, `datetime_text`, `time_text`, `number_text`: one format per language.

Used by services, io, cli and ui alike. Qt's .ts files stay for widget texts only.
"""

from __future__ import annotations

from app.wording.choices import CHOICES, ORDER, choice_label, choice_labels
from app.wording.formats import date_text, datetime_text, number_text, time_text
from app.wording.language import LANGUAGES, language, pick, set_language

__all__ = [
    "CHOICES", "LANGUAGES", "ORDER", "choice_label", "choice_labels", "date_text", "datetime_text", "language",
    "number_text", "pick", "set_language", "time_text",
]
