"""The bundled Korean+Latin font, so names render the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from boothplanner.resources import FONTS

FAMILY = "Boothplanner Sans"


def load_bundled_fonts() -> str | None:
    """Register the bundled fonts; return the family name, or None if they are missing."""
    family = None
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = family or (families[0] if families else None)
    return family


def ui_font(pixel_size: int = 12, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font
