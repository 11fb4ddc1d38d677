"""Elements of a layout. Frozen: an edit replaces an element, never mutates it,
so an undo step can keep the old object and a cache can key on identity."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping

from boothplanner.model import seating

Point = tuple[float, float]

BOOTH_STATUSES = ("available", "reserved", "sold", "blocked")
SOLID_AREA_KINDS = ("stage", "registration", "lounge", "catering", "storage")
OPEN_AREA_KINDS = ("standing", "no_build")
AREA_KINDS = SOLID_AREA_KINDS + OPEN_AREA_KINDS
# Row styles put chairs (or tables and chairs) in straight rows; round styles seat people at round tables.
SEATING_STYLES = ("theater", "classroom", "banquet", "cabaret")
OBSTACLE_KINDS = ("column", "wall", "structure", "other")
FIRE_EQUIPMENT_KINDS = ("hose_cabinet", "extinguisher", "pull_station", "hydrant", "alarm")


def rotated_rect(center: Point, width: float, depth: float, rotation: float) -> list[Point]:
    """Corners of a width x depth rectangle centred on `center`, turned clockwise on the plan (y down)."""
    cx, cy = center
    a = math.radians(rotation)
    c, s = math.cos(a), math.sin(a)
    corners = []
    for dx, dy in ((-width / 2, -depth / 2), (width / 2, -depth / 2),
                   (width / 2, depth / 2), (-width / 2, depth / 2)):
        corners.append((cx + dx * c - dy * s, cy + dx * s + dy * c))
    return corners


@dataclass(frozen=True)
class Exhibitor:
    id: str
    name: str
    name_ko: str = ""
    category: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Contact fields come after `extra` so older positional calls keep their meaning.
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""

    def display_name(self, korean_first: bool = False) -> str:
        """The name to print: Korean or English first, falling back to whichever exists."""
        if korean_first:
            return self.name_ko or self.name
        return self.name or self.name_ko


@dataclass(frozen=True)
class Booth:
    id: str
    number: str
    center: Point
    size: Point
    rotation: float = 0.0
    status: str = "available"
    exhibitor: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def depth(self) -> float:
        return self.size[1]

    @property
    def area(self) -> float:
        """Floor area in m²."""
        return self.size[0] * self.size[1]

    def corners(self) -> list[Point]:
        return rotated_rect(self.center, self.size[0], self.size[1], self.rotation)


@dataclass(frozen=True)
class SeatingBlock:
    """A block of seats; geometry and counts per style live in model/seating.py.

    `rows` rows of `seats_per_row` seats each, whatever the style (tables split a row into
    tables of `seats_per_table`). At rotation 0 the audience faces up the page (-y).
    """
    id: str
    center: Point
    rows: int
    seats_per_row: int
    seat_width: float = 0.5
    row_pitch: float = 0.9
    rotation: float = 0.0
    style: str = "theater"
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Fields added with seating styles come after `extra` so older positional calls keep their meaning;
    # their defaults are what a block meant before they existed.
    chair_depth: float = 0.5
    aisle_every: int = 0              # seats between internal aisles; 0: no internal aisles
    aisle_width: float = 1.07
    seats_per_table: int | None = None  # None: the style's usual number (seating.DEFAULT_SEATS_PER_TABLE)
    table_depth: float = 0.45         # classroom tables
    table_diameter: float = 1.52      # banquet and cabaret rounds
    table_spacing: float = 1.37       # clear gap between round tables' edges
    wheelchair_spaces: int = 0

    def __post_init__(self) -> None:
        # Frozen, but fixed up once as it is made: every block the program holds is one the
        # file format accepts, so a layout saved after any edit opens again.
        for key, value in seating.style_fixes(self).items():
            object.__setattr__(self, key, value)
        if self.wheelchair_spaces > 0:
            room = seating.max_wheelchair_spaces(self)
            if self.wheelchair_spaces > room:
                object.__setattr__(self, "wheelchair_spaces", room)

    @property
    def seats(self) -> int:
        """People seated: chairs plus wheelchair spaces."""
        return seating.seats(self)

    @property
    def width(self) -> float:
        """Extent along the rows, in metres, before rotation (internal aisles included)."""
        return seating.footprint_size(self)[0]

    @property
    def depth(self) -> float:
        """Extent from the front row to the back, in metres, before rotation."""
        return seating.footprint_size(self)[1]

    @property
    def area(self) -> float:
        return self.width * self.depth

    def corners(self) -> list[Point]:
        return rotated_rect(self.center, self.width, self.depth, self.rotation)


@dataclass(frozen=True)
class Area:
    id: str
    kind: str
    outline: tuple[Point, ...]
    name: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_solid(self) -> bool:
        """Solid areas (stage, registration, ...) block aisles; standing and no-build floor does not."""
        return self.kind in SOLID_AREA_KINDS

    def corners(self) -> list[Point]:
        return list(self.outline)


@dataclass(frozen=True)
class Obstacle:
    id: str
    kind: str
    outline: tuple[Point, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    def corners(self) -> list[Point]:
        return list(self.outline)


@dataclass(frozen=True)
class Exit:
    """A door in the venue's wall, from `start` to `end` (m). Every door counts for egress; only
    those with `entrance` set are where visitors come in (the exhibitor maps send them there):
    emergency exits and service doors are not."""
    id: str
    start: Point
    end: Point
    name: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    entrance: bool = True

    @property
    def width(self) -> float:
        """Clear width of the door in metres."""
        return math.dist(self.start, self.end)

    @property
    def midpoint(self) -> Point:
        return ((self.start[0] + self.end[0]) / 2, (self.start[1] + self.end[1]) / 2)


@dataclass(frozen=True)
class Partition:
    """A movable wall across the room, a straight line from `start` to `end` (m).

    Closed, it splits the venue floor into rooms, each checked on its own; open, it changes nothing.
    Its thickness is not modelled: the line is where the wall stands.
    """
    id: str
    start: Point
    end: Point
    name: str = ""
    open: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> float:
        return math.dist(self.start, self.end)


@dataclass(frozen=True)
class FireEquipment:
    id: str
    kind: str
    at: Point
    extra: Mapping[str, Any] = field(default_factory=dict)
