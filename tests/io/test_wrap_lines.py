from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.io.pdf_fonts import FONT, register_fonts
from app.io.signin_sheet import wrap_lines


def test_long_email_breaks_after_the_at_sign_and_every_line_fits() -> None:
    register_fonts()
    width = stringWidth("kazlauskas.23@", FONT, 8) + 1
    lines = wrap_lines("kazlauskas.23@example.org", FONT, 8, width)
    assert lines == ["kazlauskas.23@", "example.org"]
    assert all(stringWidth(line, FONT, 8) <= width for line in lines)


def test_words_that_fit_are_never_split() -> None:
    register_fonts()
    width = stringWidth("Birkhausen,", FONT, 9) + 2
    assert wrap_lines("Birkhausen, Deutschland", FONT, 9, max(width, stringWidth("Deutschland", FONT, 9) + 1)) \
        == ["Birkhausen,", "Deutschland"]
