"""Colours and pens of the plan."""

from __future__ import annotations

from PySide6.QtGui import QColor

from boothplanner import palette

STATUS_COLOURS = {status: QColor(value) for status, value in palette.STATUS.items()}
CATEGORY_PALETTE = list(palette.CATEGORY)
NO_CATEGORY = QColor(palette.NO_CATEGORY)
AREA_COLOURS = {
    "stage": QColor("#6c5b7b"),
    "registration": QColor("#f8b195"),
    "lounge": QColor("#c4dfaa"),
    "catering": QColor("#f6d186"),
    "storage": QColor("#b0a8a0"),
    "standing": QColor("#dff3ff"),
    "no_build": QColor("#ffd6d6"),
}
VENUE_FILL = QColor("#fbfaf7")
WALL = QColor("#2b2b2b")
PARTITION_OPEN = QColor("#7a8594")
GRID_MINOR = QColor(0, 0, 0, 18)
GRID_MAJOR = QColor(0, 0, 0, 40)
BACKGROUND = QColor("#d9dde3")
BOOTH_OUTLINE = QColor("#44505c")
TEXT = QColor("#1d232b")
SEAT = QColor("#5b6b7f")
SEAT_BLOCK = QColor("#dfe6ee")
TABLE = QColor("#f4efe6")
WHEELCHAIR = QColor(palette.WHEELCHAIR)
WHEELCHAIR_FILL = QColor(21, 101, 192, 60)
EXIT = QColor("#1f9d55")
EXIT_ZONE = QColor(31, 157, 85, 40)
BLOCKED = QColor("#d62828")
BLOCKED_ZONE = QColor(214, 40, 40, 70)
FIRE = QColor("#d62828")
OBSTACLE = QColor("#6d6d6d")
SELECTION = QColor("#1f6feb")
HIGHLIGHT = QColor("#ffb000")
GUIDE = QColor("#e040fb")


def over(base: QColor, top: QColor) -> QColor:
    """The opaque colour of `top` painted over `base` (source-over blending)."""
    a = top.alphaF()
    return QColor.fromRgbF(*(t * a + b * (1 - a) for t, b in
                             ((top.redF(), base.redF()), (top.greenF(), base.greenF()), (top.blueF(), base.blueF()))))


# The grid is drawn opaque and aliased (a semi-transparent antialiased grid cost
# ~26 ms per whole-hall repaint); these are the old translucent lines pre-blended
# over the background, the major one also over a minor line beneath it.
GRID_MINOR_OPAQUE = over(BACKGROUND, GRID_MINOR)
GRID_MAJOR_OPAQUE = over(BACKGROUND, GRID_MAJOR)
GRID_MAJOR_OVER_MINOR = over(GRID_MINOR_OPAQUE, GRID_MAJOR)


def category_colour(category: str, categories: list[str]) -> QColor:
    """A stable colour per category, in order of first appearance."""
    if not category:
        return NO_CATEGORY
    return QColor(CATEGORY_PALETTE[categories.index(category) % len(CATEGORY_PALETTE)])
