"""Typst as the typesetter of the published report: a tagged, archivable PDF (PDF/UA-1 and PDF/A-2a).

Why Typst (DESIGN.md §6): ReportLab's open edition cannot tag a PDF; WeasyPrint's `pdf/ua-1` took 2.2 s for
9 pages and ~20 s for a 3,000-appointment year. Typst (PyPI `typst`) writes the structure tree, alternative
text, document language and artifacts itself, embeds subsets of our fonts, and keeps Arabic extractable in
logical order – in a few hundredths of a second for a demo year. PDF/UA-1 combines with PDF/A-2a (tagged,
Unicode, archivable); PDF/A-4 needs PDF 2.0 and cannot be combined with UA-1.

The templates live in resources/report/ (charts.typ, report.typ, chart.typ); the document's content comes
in as JSON (`sys.inputs.data`), so user text is never parsed as Typst markup.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import typst

from app import paths

STANDARDS = ["ua-1", "a-2a"]
"""PDF/UA-1 (accessible, tagged) together with PDF/A-2a (archivable, tagged, Unicode)."""

_LOGO_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
_lock = threading.Lock()


class ReportEngineError(RuntimeError):
    """Typst refused the document (a template error – a bug, not the user's doing)."""


@cache
def _compiler() -> typst.Compiler:
    """One compiler per process: it loads the fonts once (resources/fonts only, never the system's, so
    every machine prints the same)."""
    return typst.Compiler(font_paths=[str(paths.resource("fonts"))], ignore_system_fonts=True)


@cache
def _source(*names: str) -> bytes:
    return b"\n".join(paths.resource("report", name).read_bytes() for name in names)


def _compile(source: bytes, data: Mapping[str, Any], root: Path, **options: Any) -> Any:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    with _lock:  # the compiler is not meant for two threads at once (GUI worker and a CLI call never overlap)
        try:
            return _compiler().compile(input=source, root=str(root), sys_inputs={"data": payload}, **options)
        except typst.TypstError as exc:
            raise ReportEngineError(f"Typst: {exc}") from exc


def logo_file(path: str) -> Path | None:
    """The office logo if it is a readable image Typst can embed, else None (a broken logo never stops
    the report)."""
    if not path:
        return None
    logo = Path(path)
    try:
        if logo.suffix.lower() in _LOGO_TYPES and logo.is_file() and logo.stat().st_size > 0:
            return logo.resolve()
    except OSError as exc:
        logging.getLogger(__name__).warning("report logo unreadable (%s); report without it", exc.strerror)
        return None
    logging.getLogger(__name__).warning("report logo missing, empty or not an image; report without it")
    return None


MISSING_GLYPH = "\ufffd"


@cache
def _covered() -> frozenset[int]:
    """Characters both report fonts (regular and bold) can show. PDF/A and PDF/UA refuse a document with a
    character the font cannot display, so anything else (CJK, emoji, rare scripts) is shown as "\ufffd"."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    regular, bold = (set(TTFontFile(str(paths.resource("fonts", f"DejaVuSans{style}.ttf"))).charToGlyph)
                     for style in ("", "-Bold"))
    return frozenset(regular & bold)


def displayable(value: Any) -> Any:
    """Every string in `value` (a JSON-like tree) with characters the fonts lack replaced by U+FFFD."""
    if isinstance(value, str):
        if not value or max(value) < "\u0250":  # Latin (up to Extended-B): both fonts have every letter
            return value
        covered = _covered()
        return "".join(ch if ord(ch) in covered or ch in "\n\t" else MISSING_GLYPH for ch in value)
    if isinstance(value, dict):
        return {key: displayable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [displayable(item) for item in value]
    return value


def render_pdf(document: Mapping[str, Any], logo: Path | None = None, logo_alt: str = "") -> bytes:
    """The report as PDF bytes (PDF/UA-1 + PDF/A-2a, tagged)."""
    data = displayable(dict(document))
    root = paths.resource("report")
    if logo is not None:
        root = logo.parent
        data.update(logo="/" + logo.name, logo_alt=logo_alt or "Logo")
    try:
        return bytes(_compile(_source("charts.typ", "report.typ"), data, root, pdf_standards=STANDARDS))
    except ReportEngineError:
        if logo is None:
            raise
        # an image Typst cannot decode (wrong extension, damaged file): the report without the logo
        logging.getLogger(__name__).warning("report logo cannot be decoded; report without it")
        return render_pdf(document)


def chart_png(chart: Mapping[str, Any], ppi: int = 200) -> bytes:
    """One chart of the report as a PNG (for the Word document), drawn by the same Typst code."""
    return bytes(_compile(_source("charts.typ", "chart.typ"), {"chart": displayable(dict(chart)), "lang": "de"},
                          paths.resource("report"), format="png", ppi=ppi))


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def page_count(pdf: bytes) -> int:
    """Pages of a PDF Typst wrote (its page objects are plain dictionaries)."""
    return len(_PAGE.findall(pdf))
