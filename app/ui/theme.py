"""Custom colours that stay readable in a light, dark or high-contrast system theme.

Every colour the program adds on top of the system palette comes from here: a pair (light theme, dark
theme), chosen by the lightness of the current palette's window colour. Both members of each pair reach a
WCAG contrast of at least 4.5:1 against the palette's window and base colours (tests/ui/test_accessibility.py
computes the ratios), so text never depends on a colour the theme cannot carry.

    theme.color("error")          -> QColor for error text in the current theme
    theme.style("muted")          -> "color: #545e69;" for a widget stylesheet
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role -> (on a light window, on a dark window)
ROLES: dict[str, tuple[str, str]] = {
    "muted": ("#505a66", "#b4bec9"),      # secondary text: counts, hints, status lines
    "error": ("#b02a1e", "#ff8f85"),      # field errors, destructive buttons
    "success": ("#2b6336", "#8fd6a0"),    # "saved", "added"
    "heading": ("#2c3e52", "#b9cee4"),    # section captions in forms
    "link": ("#1d5a9a", "#8cc4ff"),
    "grid": ("#c9ced4", "#4a525b"),       # table grid lines (not text)
}

# The navigation column keeps its own dark colours in every theme (its text is checked against them).
NAV_BACKGROUND = "#263445"
NAV_TEXT = "#e4eaf0"
NAV_SUBTEXT = "#b3c2d1"
NAV_SELECTED = "#3a5068"
NAV_HOVER = "#2e3f52"
NAV_ACCENT = "#7ab8f0"


def palette() -> QPalette:
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def color(role: str, pal: QPalette | None = None) -> QColor:
    light, dark = ROLES[role]
    return QColor(dark if is_dark(pal) else light)


def hex_color(role: str, pal: QPalette | None = None) -> str:
    return color(role, pal).name()


def style(role: str, extra: str = "") -> str:
    """A widget stylesheet that sets the text colour of `role` (plus optional extra declarations)."""
    return f"color: {hex_color(role)};{(' ' + extra) if extra else ''}"


def luminance(value: QColor | str) -> float:
    """WCAG 2.x relative luminance."""
    c = QColor(value)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG contrast ratio (1 … 21)."""
    a, b = luminance(foreground), luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def points(factor: float) -> str:
    """A font size relative to the system font ("13.5pt" for 1.5 × 9 pt): headings follow the user's setting."""
    from PySide6.QtGui import QFont

    base = QGuiApplication.font().pointSizeF() if QGuiApplication.instance() is not None else QFont().pointSizeF()
    return f"{(base if base > 0 else 9.0) * factor:.1f}pt"
