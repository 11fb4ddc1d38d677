"""Booth types from geometry: how many sides of a booth face an aisle.

A side is closed when at least half of its length lies within 0.01 m of
another booth, a wall (or anything outside the room), an obstacle, a seating
block or a solid area (stage, registration, ...). Every other side faces an
aisle or open floor. Pure functions of the layout; no Qt, no drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.model import Booth, Layout

TOUCH_TOLERANCE = 0.01  # m: closer than this counts as touching
CLOSED_SHARE = 0.5  # a side touching something along at least this share of its length is closed

ENCLOSED, IN_LINE, CORNER, PENINSULA, ISLAND = "enclosed", "in-line", "corner", "peninsula", "island"
BOOTH_TYPES = (IN_LINE, CORNER, PENINSULA, ISLAND, ENCLOSED)
SIDE_NAMES = ("top", "right", "bottom", "left")  # before rotation: -y, +x, +y, -x


@dataclass(frozen=True)
class BoothSides:
    """Which sides of one booth face an aisle, in SIDE_NAMES order (sides as drawn before rotation)."""
    open: tuple[bool, bool, bool, bool]

    @property
    def open_count(self) -> int:
        return sum(self.open)

    @property
    def kind(self) -> str:
        n = self.open_count
        if n == 2 and self.open[0] == self.open[2]:
            # Front and back open (a single-depth row): no corner, so it sells as in-line.
            return IN_LINE
        return (ENCLOSED, IN_LINE, CORNER, PENINSULA, ISLAND)[n]


def _blockers(layout: Layout) -> tuple[list, list[str | None]]:
    """Everything a booth side can stand against, with the booth id for booths (None otherwise)."""
    geoms, owners = [], []
    for booth in layout.booths.values():
        geoms.append(shapely.Polygon(booth.corners()))
        owners.append(booth.id)
    for block in layout.seating.values():
        geoms.append(shapely.Polygon(block.corners()))
        owners.append(None)
    for area in layout.areas.values():
        if area.is_solid:
            geoms.append(shapely.Polygon(area.outline).buffer(0))
            owners.append(None)
    for obstacle in layout.venue.obstacles:
        geoms.append(shapely.Polygon(obstacle.outline).buffer(0))
        owners.append(None)
    room = shapely.Polygon(layout.venue.outline).buffer(0)
    # The walls: everything outside the room, so a side on the wall or beyond it is closed.
    minx, miny, maxx, maxy = room.bounds
    margin = 1.0 + max(maxx - minx, maxy - miny)
    outside = shapely.box(minx - margin, miny - margin, maxx + margin, maxy + margin).difference(room)
    geoms.append(outside)
    owners.append(None)
    return geoms, owners


def _all_sides(booths: list[Booth]) -> np.ndarray:
    """The four sides of every booth as line segments, booth by booth in SIDE_NAMES order."""
    corners = np.array([b.corners() for b in booths], dtype=float)  # (n, 4, 2)
    ends = np.roll(corners, -1, axis=1)
    return shapely.linestrings(np.stack([corners, ends], axis=2).reshape(-1, 2, 2))


def booth_sides(layout: Layout) -> dict[str, BoothSides]:
    """For every booth id, which of its four sides face an aisle."""
    booths = list(layout.booths.values())
    if not booths:
        return {}
    geoms, owners = _blockers(layout)
    # Mitred corners keep a grown rectangle at four corners, so the intersections below stay cheap.
    grown = shapely.buffer(np.array(geoms, dtype=object), TOUCH_TOLERANCE, join_style="mitre")
    sides = _all_sides(booths)
    side_idx, blocker_idx = shapely.STRtree(grown).query(sides, predicate="intersects")
    own = np.array([owners[j] == booths[i // 4].id for i, j in zip(side_idx, blocker_idx)], dtype=bool)
    side_idx, blocker_idx = side_idx[~own], blocker_idx[~own]
    pieces = shapely.intersection(sides[side_idx], grown[blocker_idx])
    covered = np.zeros(len(sides))
    order = np.argsort(side_idx, kind="stable")
    side_idx, pieces = side_idx[order], pieces[order]
    starts = np.flatnonzero(np.r_[True, side_idx[1:] != side_idx[:-1]]) if len(side_idx) else []
    for k, first in enumerate(starts):
        last = starts[k + 1] if k + 1 < len(starts) else len(side_idx)
        group = pieces[first:last]
        # Overlapping blockers (a booth by the wall) must not count the same stretch twice.
        covered[side_idx[first]] = group[0].length if len(group) == 1 else shapely.union_all(group).length
    is_open = covered < CLOSED_SHARE * shapely.length(sides)
    return {b.id: BoothSides(tuple(bool(v) for v in is_open[4 * i:4 * i + 4])) for i, b in enumerate(booths)}


def booth_types(layout: Layout) -> dict[str, str]:
    """For every booth id, its type: in-line, corner, peninsula, island (or enclosed: no side on an aisle)."""
    return {booth_id: sides.kind for booth_id, sides in booth_sides(layout).items()}


def booth_type_of(layout: Layout, booth_id: str, reach: float = 8.0) -> str:
    """One booth's type, looking only at what stands within `reach` metres (quick enough for the
    inspector on a 5,000-booth layout, where booth_types takes about half a second)."""
    booth = layout.booths[booth_id]
    cx, cy = booth.center
    near = max(booth.size) / 2 + reach

    def close(element) -> bool:
        xs = [p[0] for p in element.corners()]
        ys = [p[1] for p in element.corners()]
        return min(xs) - near <= cx <= max(xs) + near and min(ys) - near <= cy <= max(ys) + near
    local = layout.copy()
    local.booths = {i: b for i, b in layout.booths.items() if i == booth_id or close(b)}
    local.seating = {i: s for i, s in layout.seating.items() if close(s)}
    local.areas = {i: a for i, a in layout.areas.items() if close(a)}
    return booth_types(local)[booth_id]
