"""Fonts and text helpers shared by every PDF Brücke writes (sign-in sheets, reports, privacy exports).

DejaVu Sans ships in resources/fonts (licence beside it) and covers Latin Extended, Cyrillic, Greek and
Arabic. Paragraph styles made with `style()` shape text with HarfBuzz (reportlab ≥ 4.4, `shaping=1`), so
Arabic names are joined and ordered right-to-left. User text always goes through `para()`, which escapes
it for reportlab's mini-markup.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from app import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"


def _plain_ligatures() -> None:
    """reportlab shapes with discretionary ligatures on (`dlig`), which turns DejaVu's "st" into a historic
    ligature – wrong for an office document. Keep kerning and standard ligatures only."""
    from reportlab.pdfbase import ttfonts

    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict) and defaults[0].get("dlig"):
        ttfonts.shapeFragWord.__defaults__ = ({**defaults[0], "dlig": False}, *defaults[1:])


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    _plain_ligatures()
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", f"{name}.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    return FONT


def style(name: str, size: float = 10, *, bold: bool = False, leading: float | None = None,
          **options: object) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.25, shaping=1, **options)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    """Text without control characters (NUL, ESC, DEL, C1 …) or broken surrogates, which must never go raw
    into a PDF: line breaks stay (CR LF and CR become LF), tabs become spaces, the rest is dropped."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


NBSP = "\u00a0"
# Spaces that must not become line breaks (issue 15 #13): legal forms, titles, abbreviations, dates, a number
# and its unit. Applied to the sign-in sheet's user text before wrapping.
_KEEP_TOGETHER = [
    re.compile(r"\b(e\.) (V\.)"),
    re.compile(r"\b(Dr\.) (med\.|phil\.|rer\.|jur\.|h\. ?c\.)"),
    re.compile(r"\b(rer\.) (nat\.|pol\.)"),
    re.compile(r"\b(Dr\.|Prof\.|Dipl\.-\w+\.?) (?=\w)"),
    re.compile(r"\b(z\.|u\.|d\.|i\.|o\.|s\.|v\.) (B\.|a\.|h\.|A\.|V\.|Ä\.|o\.|u\.)"),
    re.compile(r"\b(\d{1,2}\.) (\d{1,2}\.|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)"),
    re.compile(r"\b(\d{1,2}\.)[ \u00a0]?(\d{1,2}\.) (\d{2,4})\b"),
    re.compile(r"\b((?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)) "
               r"(\d{4})\b"),
    re.compile(r"(\d) (%|‰|€|\$|£|km|m|cm|mm|kg|g|l|h|min|Min\.|Std\.|Uhr|Tage?n?\b|Jahre?n?\b|Monate?n?\b|"
               r"Personen|Pers\.|EUR|Euro|qm|m²|ha)(?!\w)"),
    re.compile(r"\b(Nr\.|S\.|Abs\.|Art\.|§|§§) (?=\d)"),
]


_MAY_BIND = re.compile(r"[\d.§]")  # every pattern above needs a digit, a dot or "§"


@lru_cache(maxsize=4096)  # organisations and functions repeat on every sheet
def keep_together(text: str) -> str:
    """`text` with non-breaking spaces where a line break would tear a unit apart: "e. V.", "Dr. med.",
    "24. November 2026", "12.05. 2026", "15 %", "3 km", "Art. 6" (the space stays a space when extracted)."""
    if " " not in text or not _MAY_BIND.search(text):
        return text
    for pattern in _KEEP_TOGETHER:
        text = pattern.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return text


def para(text: object, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped (`<`, `&` stay literal), control characters dropped, line breaks
    kept, long words wrap."""
    safe = escape(printable("" if text is None else str(text))).replace("\n", "<br/>")
    return Paragraph(safe, paragraph_style)
