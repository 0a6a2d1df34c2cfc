"""Display labels for the stable choice keys stored in the database (sectors, kinds, statuses, roles),
and the keyboard helpers for texts (mnemonics).

The labels come from the Qt-free wording layer (app/wording/choices.py), so the screen, the report, the
exports and the command line say the same; its language follows the UI language (app/ui/i18n.apply_language).

    label("sector", "school")  -> "Schule" (or "School" in English)
    choices("appointment_kind") -> [(key, label), …] in the model's order, for combo boxes
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.wording import CHOICES, choice_label, choice_labels

KINDS_OF_CHOICE = tuple(CHOICES)


def label(kind_of_choice: str, key: str) -> str:
    """The label of one stored key in the current language; an unknown key is shown as it is."""
    return choice_label(kind_of_choice, key)


def choices(kind_of_choice: str) -> list[tuple[str, str]]:
    """(key, label) pairs in the model's order, e.g. for a QComboBox."""
    return choice_labels(kind_of_choice)


def german(kind_of_choice: str, key: str) -> str:
    """The German label regardless of the current language."""
    return choice_label(kind_of_choice, key, "de")


def strip_mnemonic(text: str) -> str:
    """The text as a screen reader or a test reads it: "&Speichern" -> "Speichern", "&&" -> "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def with_mnemonic(text: str, used: set[str], avoid: set[str] | None = None) -> str:
    """Give `text` an Alt+letter (the first free letter of a word start, else any free letter).

    Texts that already carry one keep it (and reserve its letter); `used` collects the taken letters."""
    text = re.sub(r"(?<!&)&(?=\s|$)", "&&", text)  # "Gremien & Netzwerke": a literal ampersand
    plain = text.replace("&&", "")
    if "&" in plain:
        position = plain.index("&") + 1
        if position < len(plain):
            used.add(plain[position].lower())
        return text
    starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    # plain letters first; umlauts and digits (Alt+Ä, Alt+1 on a German keyboard) when those run out
    for i in sorted(starts + others, key=lambda i: (not text[i].isascii() or text[i].isdigit(), i not in starts)):
        letter = text[i].lower()
        if letter not in used:
            used.add(letter)
            return text[:i] + "&" + text[i:]
    if avoid is not None:  # every letter taken: share one (Qt then moves focus among the buttons sharing it)
        for i in starts + others:
            if text[i].lower() not in avoid:
                return text[:i] + "&" + text[i:]
    return text


def assign_mnemonics(root: object, reserved: set[str] | None = None) -> None:
    """Alt+letter for every button and buddy label under `root` that has none yet (a page, a dialog).

    Letters already given (explicit "&") and `reserved` ones (the menu bar's) are kept free of clashes."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(root, QWidget)
    used = set(reserved or ())
    targets: list[QAbstractButton | QLabel] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            targets.append(widget)
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.text().strip() \
                and widget.textFormat() != Qt.TextFormat.RichText:
            targets.append(widget)
    for widget in targets:
        if "&" in widget.text().replace("&&", ""):
            with_mnemonic(widget.text(), used)  # reserve its letter
    targets.sort(key=lambda w: not isinstance(w, QAbstractButton))  # actions first, then field labels
    for widget in targets:
        text = widget.text()
        if "&" not in text.replace("&&", "") and not (isinstance(widget, QAbstractButton)
                                                      and not widget.shortcut().isEmpty()):
            widget.setText(with_mnemonic(text, used, set(reserved or ()) if isinstance(widget, QAbstractButton)
                                         else None))
