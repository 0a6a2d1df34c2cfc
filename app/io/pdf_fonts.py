"""Fonts and text helpers shared by every PDF Brücke writes (sign-in sheets, reports, privacy exports).

DejaVu Sans ships in resources/fonts (licence beside it) and covers Latin Extended, Cyrillic, Greek and
Arabic. Paragraph styles made with `style()` shape text with HarfBuzz (reportlab ≥ 4.4, `shaping=1`), so
Arabic names are joined and ordered right-to-left. User text always goes through `para()`, which escapes
it for reportlab's mini-markup.
"""

from __future__ import annotations

from functools import cache
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


def para(text: object, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped (`<`, `&` stay literal), line breaks kept, long words wrap."""
    safe = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return Paragraph(safe, paragraph_style)
