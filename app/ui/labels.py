"""Display labels for the stable choice keys stored in the database (sectors, kinds, statuses, roles).

The database keeps English keys; the UI shows these German source strings, translated at display time
through the "Labels" context, so a language switch changes them too.

    label("sector", "school")  -> "Schule" (or "School" in English)
    choices("appointment_kind") -> [(key, label), …] in the model's order, for combo boxes
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.models.entities import (
    APPOINTMENT_KINDS,
    APPOINTMENT_STATUSES,
    ATTENDANCE_ROLES,
    ATTENDANCE_STATUSES,
    MEMBERSHIP_ROLES,
    NETWORK_KINDS,
    SECTORS,
)

_SOURCES: dict[str, dict[str, str]] = {
    "sector": {
        "municipal_office": QT_TRANSLATE_NOOP("Labels", "Kommunale Verwaltung"),
        "school": QT_TRANSLATE_NOOP("Labels", "Schule"),
        "kindergarten": QT_TRANSLATE_NOOP("Labels", "Kita"),
        "counselling_project": QT_TRANSLATE_NOOP("Labels", "Beratungsprojekt"),
        "police": QT_TRANSLATE_NOOP("Labels", "Polizei/Sicherheitsbehörde"),
        "welfare_association": QT_TRANSLATE_NOOP("Labels", "Wohlfahrtsverband"),
        "migrant_organisation": QT_TRANSLATE_NOOP("Labels", "Migrantenorganisation"),
        "employer_chamber": QT_TRANSLATE_NOOP("Labels", "Arbeitgeber/Kammer"),
        "union": QT_TRANSLATE_NOOP("Labels", "Gewerkschaft"),
        "ministry_state": QT_TRANSLATE_NOOP("Labels", "Ministerium/Land"),
        "association_volunteers": QT_TRANSLATE_NOOP("Labels", "Verein/Ehrenamt"),
        "religious_community": QT_TRANSLATE_NOOP("Labels", "Religionsgemeinschaft"),
        "education_provider": QT_TRANSLATE_NOOP("Labels", "Bildungsträger"),
        "other": QT_TRANSLATE_NOOP("Labels", "Sonstige"),
    },
    "network_kind": {
        "round_table": QT_TRANSLATE_NOOP("Labels", "Runder Tisch"),
        "advisory_board": QT_TRANSLATE_NOOP("Labels", "Beirat"),
        "working_group": QT_TRANSLATE_NOOP("Labels", "Arbeitsgruppe"),
        "network": QT_TRANSLATE_NOOP("Labels", "Netzwerk"),
        "project": QT_TRANSLATE_NOOP("Labels", "Projekt"),
    },
    "membership_role": {
        "member": QT_TRANSLATE_NOOP("Labels", "Mitglied"),
        "chair": QT_TRANSLATE_NOOP("Labels", "Vorsitz"),
        "host": QT_TRANSLATE_NOOP("Labels", "Gastgeber"),
        "guest": QT_TRANSLATE_NOOP("Labels", "Gast"),
    },
    "appointment_kind": {
        "meeting": QT_TRANSLATE_NOOP("Labels", "Besprechung"),
        "committee_session": QT_TRANSLATE_NOOP("Labels", "Gremiensitzung"),
        "conference": QT_TRANSLATE_NOOP("Labels", "Konferenz"),
        "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
        "counselling_hours": QT_TRANSLATE_NOOP("Labels", "Sprechstunde"),
        "site_visit": QT_TRANSLATE_NOOP("Labels", "Ortstermin"),
        "study_visit": QT_TRANSLATE_NOOP("Labels", "Studienbesuch"),
        "press_date": QT_TRANSLATE_NOOP("Labels", "Pressetermin"),
        "other": QT_TRANSLATE_NOOP("Labels", "Sonstiges"),
    },
    "appointment_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Geplant"),
        "held": QT_TRANSLATE_NOOP("Labels", "Stattgefunden"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Abgesagt"),
        "postponed": QT_TRANSLATE_NOOP("Labels", "Verschoben"),
    },
    "attendance_status": {
        "invited": QT_TRANSLATE_NOOP("Labels", "Eingeladen"),
        "registered": QT_TRANSLATE_NOOP("Labels", "Angemeldet"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Hat abgesagt"),
        "attended": QT_TRANSLATE_NOOP("Labels", "Anwesend"),
        "excused": QT_TRANSLATE_NOOP("Labels", "Entschuldigt"),
        "no_show": QT_TRANSLATE_NOOP("Labels", "Nicht erschienen"),
    },
    "attendance_role": {
        "participant": QT_TRANSLATE_NOOP("Labels", "Teilnehmende/r"),
        "speaker": QT_TRANSLATE_NOOP("Labels", "Referent/in"),
        "moderator": QT_TRANSLATE_NOOP("Labels", "Moderation"),
        "guest": QT_TRANSLATE_NOOP("Labels", "Gast"),
        "delegation": QT_TRANSLATE_NOOP("Labels", "Delegation"),
    },
    "entity": {
        "person": QT_TRANSLATE_NOOP("Labels", "Kontakte"),
        "organization": QT_TRANSLATE_NOOP("Labels", "Organisationen"),
        "network": QT_TRANSLATE_NOOP("Labels", "Gremien & Netzwerke"),
        "appointment": QT_TRANSLATE_NOOP("Labels", "Termine"),
    },
}

_ORDER: dict[str, tuple[str, ...]] = {
    "sector": SECTORS,
    "network_kind": NETWORK_KINDS,
    "membership_role": MEMBERSHIP_ROLES,
    "appointment_kind": APPOINTMENT_KINDS,
    "appointment_status": APPOINTMENT_STATUSES,
    "attendance_status": ATTENDANCE_STATUSES,
    "attendance_role": ATTENDANCE_ROLES,
    "entity": ("organization", "network", "person", "appointment"),
}

KINDS_OF_CHOICE = tuple(_SOURCES)


def label(kind_of_choice: str, key: str) -> str:
    """The translated label of one stored key; an unknown key is shown as it is (never an exception)."""
    source = _SOURCES.get(kind_of_choice, {}).get(key)
    if source is None:
        return key or ""
    return QCoreApplication.translate("Labels", source)


def choices(kind_of_choice: str) -> list[tuple[str, str]]:
    """(key, translated label) pairs in the model's order, e.g. for a QComboBox."""
    return [(key, label(kind_of_choice, key)) for key in _ORDER[kind_of_choice]]


def german(kind_of_choice: str, key: str) -> str:
    """The German source label regardless of the installed language."""
    return _SOURCES.get(kind_of_choice, {}).get(key, key)


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
