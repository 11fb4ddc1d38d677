"""The nearest entrance to each booth, by walking distance through the aisles when the floor can
be gridded finely enough, else in a straight line. Metres, plan coordinates.

Walking: one multi-source Dijkstra from every exit over a grid of free floor (booths, seating,
solid areas and obstacles are in the way; standing and no-build floor is not), so all booths
cost one search. The route is then straightened wherever a straight line stays clear.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import numpy as np
import shapely

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

    def __init__(self, layout, blockers):
        venue = shapely.Polygon(layout.venue.outline)
        self.exits = list(layout.venue.exits)
        x0, y0, x1, y1 = venue.bounds
        cell = cell_size(layout)
        self.cell, self.x0, self.y0 = cell, x0, y0
        self.nx, self.ny = max(1, math.ceil((x1 - x0) / cell)), max(1, math.ceil((y1 - y0) / cell))
        xs = x0 + (np.arange(self.nx) + 0.5) * cell
        ys = y0 + (np.arange(self.ny) + 0.5) * cell
        gx, gy = np.meshgrid(xs, ys)
        self.blocked = shapely.union_all(blockers) if len(blockers) else shapely.Polygon()
        free = shapely.contains_xy(venue, gx, gy)
        if not self.blocked.is_empty:
            free &= ~shapely.contains_xy(self.blocked, gx, gy)
        self.free = free
        self.dist = np.full(free.shape, np.inf)
        self.source = np.full(free.shape, -1, dtype=np.int32)
        self.previous = np.full(free.shape, -1, dtype=np.int64)
        self._search()

    def _search(self) -> None:
        heap = []
        for i, x in enumerate(self.exits):
            door = shapely.LineString([x.start, x.end])
            for r, c in self._cells_near(door, 1.5 * self.cell):
                d = door.distance(shapely.Point(self._centre(r, c)))
                if d < self.dist[r, c]:
                    self.dist[r, c], self.source[r, c] = d, i
                    heapq.heappush(heap, (d, r, c))
        free, dist, ny, nx = self.free, self.dist, self.ny, self.nx
        steps = [(-1, 0, 1.0), (1, 0, 1.0), (0, -1, 1.0), (0, 1, 1.0),
                 (-1, -1, SQRT2), (-1, 1, SQRT2), (1, -1, SQRT2), (1, 1, SQRT2)]
        cell = self.cell
        while heap:
            d, r, c = heapq.heappop(heap)
            if d > dist[r, c]:
                continue
            for dr, dc, w in steps:
                rr, cc = r + dr, c + dc
                if not (0 <= rr < ny and 0 <= cc < nx) or not free[rr, cc]:
                    continue
                # No cutting a corner between two blocked cells.
                if dr and dc and not (free[r + dr, c] and free[r, c + dc]):
                    continue
                nd = d + w * cell
                if nd < dist[rr, cc]:
                    dist[rr, cc] = nd
                    self.source[rr, cc] = self.source[r, c]
                    self.previous[rr, cc] = r * nx + c
                    heapq.heappush(heap, (nd, rr, cc))

    def _centre(self, r: int, c: int) -> tuple[float, float]:
        return self.x0 + (c + 0.5) * self.cell, self.y0 + (r + 0.5) * self.cell

    def _cells_near(self, geom, reach: float):
        bx0, by0, bx1, by1 = geom.bounds
        c0 = max(0, int((bx0 - reach - self.x0) / self.cell))
        c1 = min(self.nx - 1, int((bx1 + reach - self.x0) / self.cell))
        r0 = max(0, int((by0 - reach - self.y0) / self.cell))
        r1 = min(self.ny - 1, int((by1 + reach - self.y0) / self.cell))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if self.free[r, c] and geom.distance(shapely.Point(self._centre(r, c))) <= reach:
                    yield r, c

    def nearest(self, footprint) -> tuple[int, float, list] | None:
        """(exit index, metres, route) from the free cells touching `footprint`, or None when
        no exit can be reached."""
        best = None
        for r, c in self._cells_near(footprint, 1.5 * self.cell):
            d = self.dist[r, c] + footprint.distance(shapely.Point(self._centre(r, c)))
            if math.isfinite(d) and (best is None or d < best[0]):
                best = (d, r, c)
        if best is None:
            return None
        d, r, c = best
        route = [self._centre(r, c)]
        at = self.previous[r, c]
        while at >= 0:
            r, c = divmod(int(at), self.nx)
            route.append(self._centre(r, c))
            at = self.previous[r, c]
        exit_ = self.exits[self.source[best[1], best[2]]]
        route.append(exit_.midpoint)
        return int(self.source[best[1], best[2]]), d, self._straighten(route)

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


def cell_size(layout) -> float:
    x0, y0, x1, y1 = shapely.Polygon(layout.venue.outline).bounds
    return max(FINEST, math.sqrt((x1 - x0) * (y1 - y0) / MAX_CELLS))


def nearest_entrances(layout, footprints: dict, index=None) -> dict:
    """{key: Entrance} for each footprint (a shapely geometry, e.g. an exhibitor's booths), or
    {} when the venue has no exits."""
    if not layout.venue.exits:
        return {}
    # Coarser than half the narrowest aisle, the grid could close aisles that exist: then
    # distances are straight lines.
    walkable = cell_size(layout) <= min(layout.rules.aisle_min, layout.rules.seating_aisle_min) / 2
    grid = WalkingGrid(layout, _blockers(layout, index)) if walkable and footprints else None
    out = {}
    for key, footprint in footprints.items():
        found = grid.nearest(footprint) if grid is not None else None
        if found is not None:
            i, d, route = found
            out[key] = Entrance(grid.exits[i], d, True, tuple(route))
        else:
            lines = [shapely.LineString([x.start, x.end]) for x in layout.venue.exits]
            d, i = min((footprint.distance(line), i) for i, line in enumerate(lines))
            out[key] = Entrance(layout.venue.exits[i], d, False)
    return out


def _blockers(layout, index) -> list:
    from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
    if index is None:
        from boothplanner.rules.index import LayoutIndex
        index = LayoutIndex(layout)
    keep = np.isin(index.kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
    return list(index.geoms[keep])
