"""Which aisles to dimension on the plan: the narrowest, a handful, spread over the floor.

The rules' NARROW_AISLE findings come first (they carry the two nearest points). A layout with
none still gets its narrowest clear gaps between neighbours measured, so the sheet shows the
fire marshal what the tightest aisles are. Metres, plan coordinates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
from boothplanner.rules.index import TOUCH, grown_boxes

LIMIT = 6


@dataclass(frozen=True)
class Dimension:
    a: tuple[float, float]
    b: tuple[float, float]
    measured: float
    required: float | None
    narrow: bool            # below the minimum (from a NARROW_AISLE finding)

    @property
    def midpoint(self) -> tuple[float, float]:
        return ((self.a[0] + self.b[0]) / 2, (self.a[1] + self.b[1]) / 2)


def aisle_dimensions(result, limit: int = LIMIT) -> list[Dimension]:
    """Up to `limit` dimension lines for the check result of a layout."""
    index = result.index
    spread = max(4.0, 0.12 * _diagonal(index.venue))
    chosen: list[Dimension] = []
    narrow = sorted((f for f in result.findings if f.code == "NARROW_AISLE" and f.points),
                    key=lambda f: (f.measured, f.ids))
    for f in narrow:
        _add(chosen, Dimension(f.points[0], f.points[1], f.measured, f.required, True), spread, limit)
    if len(chosen) < limit and not narrow:
        # Half the lines for aisles beside booths, half for the rest (seating, areas), so the
        # exhibit aisles are shown even where seating aisles are narrower.
        quota = {True: limit // 2, False: limit - limit // 2}
        for dim, beside_booth in _narrowest_gaps(index):
            if quota[beside_booth] and _add(chosen, dim, spread, limit):
                quota[beside_booth] -= 1
            if not any(quota.values()):
                break
    return chosen


def _diagonal(venue) -> float:
    x0, y0, x1, y1 = venue.bounds
    return math.hypot(x1 - x0, y1 - y0)


def _add(chosen: list[Dimension], dim: Dimension, spread: float, limit: int) -> bool:
    if len(chosen) >= limit:
        return False
    mx, my = dim.midpoint
    if any(math.hypot(mx - c.midpoint[0], my - c.midpoint[1]) < spread for c in chosen):
        return False
    chosen.append(dim)
    return True


def _narrowest_gaps(index):
    """Clear gaps between neighbouring booths, seating, solid areas, obstacles and walls,
    narrowest first, each with whether a booth is on one side; a gap whose line runs through or
    along a third element is no aisle and is skipped."""
    kinds = index.kinds
    blocking = np.isin(kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
    people = np.isin(kinds, (BOOTH, SEATING))
    geoms = index.geoms
    if not people.any():
        return
    reach = 2 * max(index.layout.rules.aisle_min, 3.0)
    q, t = index.tree.query(grown_boxes(geoms[people], reach))
    q = np.flatnonzero(people)[q]
    keep = (q != t) & blocking[t] & ((q < t) | ~people[t])
    q, t = q[keep], t[keep]
    candidates = []
    if len(q):
        d = shapely.distance(geoms[q], geoms[t])
        ok = d > TOUCH
        candidates += [(float(dd), geoms[a], geoms[b], (a, b)) for dd, a, b in zip(d[ok], q[ok], t[ok])]
    edges = index.wall_edges
    if len(edges):
        w_q, w_e = shapely.STRtree(edges).query(grown_boxes(geoms[people], reach))
        w_q = np.flatnonzero(people)[w_q]
        d = shapely.distance(geoms[w_q], edges[w_e])
        ok = d > TOUCH
        candidates += [(float(dd), geoms[a], edges[e], (a, -1 - e)) for dd, a, e in zip(d[ok], w_q[ok], w_e[ok])]
    candidates.sort(key=lambda c: (round(c[0], 6), c[3]))
    for distance, ga, gb, pair in candidates:
        line = shapely.shortest_line(ga, gb)
        if _runs_through_others(index, line, pair):
            continue
        (ax, ay), (bx, by) = list(line.coords)
        beside_booth = any(p >= 0 and kinds[p] == BOOTH for p in pair)
        yield Dimension((ax, ay), (bx, by), distance, None, False), beside_booth


def _runs_through_others(index, line, pair) -> bool:
    hits = index.tree.query(line)
    for h in hits:
        if h in pair or index.kinds[h] not in (BOOTH, SEATING, SOLID_AREA, OBSTACLE):
            continue
        # Through another element, or along its edge (a booth flush between the two): no aisle.
        if shapely.length(shapely.intersection(line, index.geoms[h])) > TOUCH:
            return True
    return False
