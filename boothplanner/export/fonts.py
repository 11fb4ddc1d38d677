"""The bundled Korean+Latin font, registered with reportlab and embedded as a subset in every PDF."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from boothplanner.resources import FONTS

REGULAR = "BoothplannerSans"
BOLD = "BoothplannerSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once; returns their reportlab names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "BoothplannerSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "BoothplannerSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in the bundled font."""
    register_fonts()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
