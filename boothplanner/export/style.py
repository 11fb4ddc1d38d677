"""Colours, line widths and text sizes of the printed plan (points). Light fills, so the plan
prints legibly in black and white and on office printers; the same status colours as the canvas."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor

from boothplanner import palette

STATUS_FILL = {status: HexColor(value) for status, value in palette.STATUS.items()}
STATUS_NAMES = {"available": "Available", "reserved": "Reserved", "sold": "Sold", "blocked": "Blocked"}
CATEGORY_PALETTE = [HexColor(c) for c in palette.CATEGORY]
NO_CATEGORY = HexColor(palette.NO_CATEGORY)
WHEELCHAIR = HexColor(palette.WHEELCHAIR)
# Opaque: a translucent fill inside the plan form XObject would need graphics states a form cannot carry.
WHEELCHAIR_FILL = HexColor("#d0e1f4")
AREA_FILL = {
    "stage": HexColor("#ddd3ea"),
    "registration": HexColor("#fbd6c4"),
    "lounge": HexColor("#dcecc9"),
    "catering": HexColor("#f8e6bc"),
    "storage": HexColor("#dcd7d0"),
    "standing": HexColor("#e8f6fd"),
    "no_build": HexColor("#ffe3e3"),
}
AREA_NAMES = {"stage": "Stage", "registration": "Registration", "lounge": "Lounge", "catering": "Catering",
              "storage": "Storage", "standing": "Standing room", "no_build": "No-build zone"}
FIRE_NAMES = {"hose_cabinet": "Hose cabinet", "extinguisher": "Extinguisher", "pull_station": "Pull station",
              "hydrant": "Hydrant", "alarm": "Alarm"}
OBSTACLE_NAMES = {"column": "Column", "wall": "Wall", "structure": "Structure", "other": "Obstacle"}

INK = HexColor("#1d232b")
GREY_INK = HexColor("#5f6b78")
WALL = HexColor("#1d232b")
VENUE_FILL = HexColor("#ffffff")
BOOTH_OUTLINE = HexColor("#44505c")
SEAT_FILL = HexColor("#eef2f6")
SEAT_LINE = HexColor("#7d8b9b")
OBSTACLE_FILL = HexColor("#b9b9b9")
OBSTACLE_HATCH = HexColor("#555555")
EXIT = HexColor("#1f9d55")
EXIT_ZONE = HexColor("#e3f3e9")
FIRE = HexColor("#d62828")
FIRE_ZONE = HexColor("#fcecec")
ERROR = HexColor("#d62828")
DIMENSION = HexColor("#1f4e9d")
HIGHLIGHT = HexColor("#e4572e")       # the exhibitor's own booth on a booth map
ROUTE = HexColor("#1f6feb")
PASS = HexColor("#1f9d55")
FAIL = HexColor("#d62828")
WARN = HexColor("#e09b00")
WHITE = HexColor("#ffffff")
MUTED_LINE = HexColor("#b4b4b4")
ROOM_NAME = HexColor("#a9b2bc")       # room names, faint on the floor

WALL_WIDTH = 1.6
OUTLINE_WIDTH = 0.4
ERROR_WIDTH = 1.4
PARTITION_WIDTH = 1.2     # a closed movable wall: a wall, a little lighter than the outer walls
PARTITION_TRACK_WIDTH = 0.5
PARTITION_TRACK_DASH = (3.0, 2.0)
SYMBOL_SIZE = 9.0         # fire-equipment symbols, points across
LABEL_SIZE = 5.5          # exit and area labels, largest
MIN_TEXT = 3.0            # below this a booth's name goes to the booth list (the number may shrink further)
MIN_NUMBER = 1.2


@dataclass(frozen=True)
class PlanStyle:
    """How the shared plan is drawn: full colour for the venue sheet, muted for booth maps."""
    muted: bool = False
    colour_by: str = "status"               # 'status' or 'category'
    categories: tuple[str, ...] = ()
    show_fire: bool = True
    show_dimensions: bool = True
    show_errors: bool = True
    show_names: bool = True
    extra: dict = field(default_factory=dict)

    def booth_fill(self, booth, exhibitor) -> Color:
        if self.muted:
            return HexColor("#f1f1f1")
        if self.colour_by == "category":
            category = exhibitor.category if exhibitor is not None else ""
            return category_colour(category, self.categories)
        return STATUS_FILL.get(booth.status, STATUS_FILL["available"])

    @property
    def outline(self) -> Color:
        return HexColor("#b4b4b4") if self.muted else BOOTH_OUTLINE

    @property
    def text(self) -> Color:
        return HexColor("#8e8e8e") if self.muted else INK

    def area_fill(self, kind: str) -> Color:
        if self.muted:
            return HexColor("#f6f6f6") if kind in ("standing", "no_build") else HexColor("#ececec")
        return AREA_FILL.get(kind, HexColor("#eeeeee"))


def category_colour(category: str, categories) -> Color:
    """A stable colour per category, in order of first appearance among the exhibitors."""
    if not category or category not in categories:
        return NO_CATEGORY
    return CATEGORY_PALETTE[list(categories).index(category) % len(CATEGORY_PALETTE)]


def categories_of(layout) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for exhibitor in layout.exhibitors.values():
        if exhibitor.category:
            seen.setdefault(exhibitor.category, None)
    return tuple(seen)
