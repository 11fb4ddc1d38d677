"""The nearest entrance to each booth, by walking distance through the aisles when the floor can
be gridded finely enough, else in a straight line. Metres, plan coordinates.

Walking: one multi-source search from every exit over the shared walking grid of
`boothplanner.rules.travel_grid` (the one the travel-distance check uses), with booths, seating,
solid areas and obstacles in the way (standing and no-build floor is not), so all booths cost
one search. The route is then straightened wherever a straight line stays clear.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from boothplanner.rules.travel_grid import BLOCKED, OPEN, PAD, WalkGrid

MAX_CELLS = 60_000
FINEST = 0.4           # metres: no finer cells than this (a quarter of a 1.6 m aisle is plenty)
SQRT2 = math.sqrt(2.0)


@dataclass(frozen=True)
class Entrance:
    exit: object                    # the model's Exit
    distance: float                 # metres
    walking: bool                   # True: through the aisles; False: straight line
    route: tuple = field(default=())  # plan points from the booth to the door, when walking


class WalkingGrid:
    """Distances from the nearest exit to every free cell of the floor."""

    def __init__(self, layout, blockers, doors=None):
        venue = shapely.Polygon(layout.venue.outline)
        self.exits = list(layout.venue.exits if doors is None else doors)
        cell = cell_size(layout)
        grid = WalkGrid(venue.bounds, cell)
        grid.paint_polygon(venue, OPEN)
        self.blocked = shapely.union_all(blockers) if len(blockers) else shapely.Polygon()
        for blocker in blockers:
            grid.paint_polygon(blocker, BLOCKED)
        grid.solve([(x.start, x.end) for x in self.exits])
        self.grid = grid
        self.cell, self.x0, self.y0 = grid.cell, grid.x0, grid.y0
        self.nx, self.ny = grid.nx, grid.ny
        self.free = grid.inner >= 0
        self.dist = grid.field()

    def _cells_near(self, geom, reach: float) -> np.ndarray:
        """Padded flat indices of the reached free cells whose centre is within `reach` of `geom`."""
        g = self.grid
        bx0, by0, bx1, by1 = geom.bounds
        c0 = max(0, int((bx0 - reach - self.x0) / self.cell))
        c1 = min(self.nx - 1, int((bx1 + reach - self.x0) / self.cell))
        r0 = max(0, int((by0 - reach - self.y0) / self.cell))
        r1 = min(self.ny - 1, int((by1 + reach - self.y0) / self.cell))
        if c0 > c1 or r0 > r1:
            return np.empty(0, dtype=np.int64)
        rr, cc = np.meshgrid(np.arange(r0, r1 + 1), np.arange(c0, c1 + 1), indexing="ij")
        flat = ((rr + PAD) * g.W + cc + PAD).ravel()
        flat = flat[(g.labels.ravel()[flat] >= 0) & np.isfinite(g.dist[flat])]
        return flat

    def nearest(self, footprint) -> tuple[int, float, list] | None:
        """(exit index, metres, route) from the free cells touching `footprint`, or None when
        no exit can be reached."""
        g = self.grid
        flat = self._cells_near(footprint, 1.5 * self.cell)
        if not len(flat):
            return None
        near = shapely.distance(footprint, shapely.points(g.centre(flat)))
        keep = near <= 1.5 * self.cell
        if not keep.any():
            return None
        flat, total = flat[keep], g.dist[flat[keep]] + near[keep]
        best = int(np.argmin(total))
        cells, door = g.descend(int(flat[best]))
        route = [tuple(map(float, p)) for p in g.centre(cells)]
        route.append(self.exits[door].midpoint)
        return door, float(total[best]), self._straighten(route)

    def _straighten(self, route: list) -> list:
        """Drop bends a straight line can skip without crossing anything in the way."""
        if len(route) < 3:
            return route
        inner = self.blocked.buffer(-0.05) if not self.blocked.is_empty else self.blocked
        shapely.prepare(inner)
        out, i = [route[0]], 0
        while i < len(route) - 1:
            ends = np.arange(len(route) - 1, i, -1)
            segments = shapely.linestrings([[route[i], route[j]] for j in ends])
            clear = ~shapely.intersects(inner, segments) if not inner.is_empty else np.ones(len(ends), bool)
            j = int(ends[np.argmax(clear)]) if clear.any() else i + 1
            out.append(route[j])
            i = j
        return out


def visitor_doors(venue) -> list:
    """The doors visitors come in by: those marked as entrances, or every door when none is
    (a venue drawn without saying which are emergency exits)."""
    entrances = [x for x in venue.exits if x.entrance]
    return entrances or list(venue.exits)


def cell_size(layout) -> float:
    x0, y0, x1, y1 = shapely.Polygon(layout.venue.outline).bounds
    return max(FINEST, math.sqrt((x1 - x0) * (y1 - y0) / MAX_CELLS))


def nearest_entrances(layout, footprints: dict, index=None) -> dict:
    """{key: Entrance} for each footprint (a shapely geometry, e.g. an exhibitor's booths), or
    {} when the venue has no exits."""
    if not layout.venue.exits:
        return {}
    doors = visitor_doors(layout.venue)
    # Coarser than half the narrowest aisle, the grid could close aisles that exist: then
    # distances are straight lines.
    walkable = cell_size(layout) <= min(layout.rules.aisle_min, layout.rules.seating_aisle_min) / 2
    grid = WalkingGrid(layout, _blockers(layout, index), doors) if walkable and footprints else None
    out = {}
    for key, footprint in footprints.items():
        found = grid.nearest(footprint) if grid is not None else None
        if found is not None:
            i, d, route = found
            out[key] = Entrance(grid.exits[i], d, True, tuple(route))
        else:
            lines = [shapely.LineString([x.start, x.end]) for x in doors]
            d, i = min((footprint.distance(line), i) for i, line in enumerate(lines))
            out[key] = Entrance(doors[i], d, False)
    return out


def _blockers(layout, index) -> list:
    from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
    if index is None:
        from boothplanner.rules.index import LayoutIndex
        index = LayoutIndex(layout)
    keep = np.isin(index.kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
    return list(index.geoms[keep])
