"""A walking grid: the floor cut into square cells, the walking distance from every cell to the
nearest exit door, and routes back to the door. numpy only (plus shapely to rasterise polygons).

Cells carry a label: -1 nobody stands there (outside the venue, a column, a wall), 0 floor anyone
may walk across (aisles, open areas), k >= 1 the inside of element k (a booth, a seating block,
a stage): someone standing there may walk across it and out, but nobody walks in from outside
and through it, nor from one element into another. The search runs outwards from the doors, so
a move from cell a (already reached) to cell b stands for a person walking from b to a:

* b must be floor (label >= 0);
* a is open floor (label 0), or a and b belong to the same element;
* diagonal and knight moves must not cut a corner: the cells the straight step passes through
  are open floor or belong to b's element;
* inside an element with a walking direction (rows of seats) only the grid directions nearest
  that direction are allowed.

Moves: the 16 neighbours (the 8 around a cell and the 8 knight's moves), each costing its
straight length. On open floor a shortest grid route is at most 2.7 % longer than the straight
line (the worst case is a direction midway between two of the 16: 1 / cos(13.3 deg)), against
8.2 % with 8 neighbours. Routes are straightened afterwards (`pull_string`), so a reported path
is a polyline of straight runs.

The search is a multi-source Dijkstra in buckets one cell wide (Dial's algorithm): every move
costs at least one cell, so all cells of the lowest bucket are final together and are expanded
as one numpy batch. Work grows with the number of cells, calls with the longest walk.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import shapely

BLOCKED, OPEN = -1, 0
PAD = 2                     # blocked cells round the grid, so every neighbour index is valid

# (row, column) steps: 4 orthogonal, 4 diagonal, 8 knight's moves.
STEPS = np.array([(0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1),
                  (1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)], dtype=np.int64)
LENGTHS = np.hypot(STEPS[:, 0], STEPS[:, 1])


def _crossed(dr: int, dc: int) -> list[tuple[int, int]]:
    """Cells (relative to the start) a straight step passes through besides its two ends."""
    if abs(dr) + abs(dc) == 1:
        return []
    if abs(dr) == abs(dc):
        return [(dr, 0), (0, dc)]
    sr, sc = int(np.sign(dr)), int(np.sign(dc))
    if abs(dc) == 2:
        return [(0, sc), (dr, sc)]
    return [(sr, 0), (sr, dc)]


CROSSED = [_crossed(int(dr), int(dc)) for dr, dc in STEPS]
# Direction of each step on the plan (x right = column, y down = row), degrees in [0, 180).
STEP_AXES = np.degrees(np.arctan2(STEPS[:, 0], STEPS[:, 1])) % 180.0


def steps_along(angle_deg: float) -> np.ndarray:
    """The steps (bool per step) a person may take along a line at `angle_deg` (clockwise on the
    plan): the grid direction nearest to it, both ways (two directions on a tie). Off the grid's
    16 directions a walk along the line drifts across it by at most 13.3°."""
    gap = (STEP_AXES - angle_deg) % 180.0
    off = np.minimum(gap, 180.0 - gap)
    return off <= off.min() + 1e-6


class WalkGrid:
    """Labels over a padded grid of square cells, then distances from the doors (`solve`)."""

    def __init__(self, bounds, cell: float):
        x0, y0, x1, y1 = bounds
        self.cell = float(cell)
        self.x0, self.y0 = float(x0), float(y0)
        self.nx = max(1, math.ceil((x1 - x0) / cell - 1e-9))
        self.ny = max(1, math.ceil((y1 - y0) / cell - 1e-9))
        self.W, self.H = self.nx + 2 * PAD, self.ny + 2 * PAD
        self.labels = np.full((self.H, self.W), BLOCKED, dtype=np.int32)
        # Labels whose inside may only be crossed in some directions: label -> bool per step.
        self.directions: dict[int, np.ndarray] = {}
        self.offsets = STEPS[:, 0] * self.W + STEPS[:, 1]
        self.weights = LENGTHS * self.cell
        self.dist = None
        self.seed_dist = None
        self.seed_door = None

    # Geometry of the cells -------------------------------------------------------------------

    @property
    def size(self) -> int:
        return self.nx * self.ny

    @property
    def inner(self) -> np.ndarray:
        """The labels without the padding, (ny, nx)."""
        return self.labels[PAD:-PAD, PAD:-PAD]

    def xs(self) -> np.ndarray:
        return self.x0 + (np.arange(self.nx) + 0.5) * self.cell

    def ys(self) -> np.ndarray:
        return self.y0 + (np.arange(self.ny) + 0.5) * self.cell

    def centre(self, flat) -> np.ndarray:
        """Plan (x, y) of padded flat cell indices, (..., 2)."""
        r, c = np.divmod(np.asarray(flat, dtype=np.int64), self.W)
        return np.stack([self.x0 + (c - PAD + 0.5) * self.cell, self.y0 + (r - PAD + 0.5) * self.cell], axis=-1)

    def flat_at(self, x: float, y: float) -> int | None:
        """The padded flat index of the cell holding (x, y), or None outside the grid."""
        c = math.floor((x - self.x0) / self.cell)
        r = math.floor((y - self.y0) / self.cell)
        if 0 <= r < self.ny and 0 <= c < self.nx:
            return (r + PAD) * self.W + c + PAD
        return None

    def _span(self, lo: float, hi: float, origin: float, n: int) -> tuple[int, int]:
        """First and last cell (unpadded) whose centre lies in [lo, hi]; first > last when none."""
        a = max(0, math.ceil((lo - origin) / self.cell - 0.5))
        b = min(n - 1, math.floor((hi - origin) / self.cell - 0.5))
        return a, b

    # Painting --------------------------------------------------------------------------------

    def paint_polygon(self, geom, value: int, only_floor: bool = False, touched: bool = False) -> None:
        """Give `value` to the cells whose centre lies in `geom` (any shapely area, its edge
        included: two footprints that touch leave no gap between them); with `touched`, to every
        cell the area overlaps (so a wall thinner than a cell still closes the grid); with
        `only_floor`, only to cells that are not blocked."""
        if geom is None or geom.is_empty:
            return
        bx0, by0, bx1, by1 = geom.bounds
        grow = self.cell / 2 if touched else 0.0
        c0, c1 = self._span(bx0 - grow, bx1 + grow, self.x0, self.nx)
        r0, r1 = self._span(by0 - grow, by1 + grow, self.y0, self.ny)
        if c0 > c1 or r0 > r1:
            return
        gx, gy = np.meshgrid(self.xs()[c0:c1 + 1], self.ys()[r0:r1 + 1])
        if touched:
            h = self.cell / 2 - 1e-6
            inside = shapely.intersects(geom, shapely.box(gx - h, gy - h, gx + h, gy + h))
        elif _is_box(geom):
            inside = np.ones(gx.shape, dtype=bool)
        else:
            inside = shapely.intersects_xy(geom, gx, gy)
        block = self.labels[r0 + PAD:r1 + 1 + PAD, c0 + PAD:c1 + 1 + PAD]
        if only_floor:
            inside &= block >= 0
        block[inside] = value

    def rectangle_cells(self, corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cells whose centre lies in each of n rectangles given by their corners (n, 4, 2), in
        order round the rectangle: (rectangle number, padded flat index) of every such cell."""
        corners = np.asarray(corners, dtype=float).reshape(-1, 4, 2)
        if not len(corners):
            return np.empty(0, np.int64), np.empty(0, np.int64)
        lo, hi = corners.min(axis=1), corners.max(axis=1)
        c0 = np.maximum(0, np.ceil((lo[:, 0] - self.x0) / self.cell - 0.5)).astype(np.int64)
        c1 = np.minimum(self.nx - 1, np.floor((hi[:, 0] - self.x0) / self.cell - 0.5)).astype(np.int64)
        r0 = np.maximum(0, np.ceil((lo[:, 1] - self.y0) / self.cell - 0.5)).astype(np.int64)
        r1 = np.minimum(self.ny - 1, np.floor((hi[:, 1] - self.y0) / self.cell - 0.5)).astype(np.int64)
        ncol = np.maximum(0, c1 - c0 + 1)
        counts = ncol * np.maximum(0, r1 - r0 + 1)
        which = np.repeat(np.arange(len(corners)), counts)
        k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        rows = r0[which] + k // ncol[which]
        cols = c0[which] + k % ncol[which]
        px = self.x0 + (cols + 0.5) * self.cell
        py = self.y0 + (rows + 0.5) * self.cell
        origin, e1, e2 = corners[:, 0], corners[:, 1] - corners[:, 0], corners[:, 3] - corners[:, 0]
        qx, qy = px - origin[which, 0], py - origin[which, 1]
        s = qx * e1[which, 0] + qy * e1[which, 1]
        t = qx * e2[which, 0] + qy * e2[which, 1]
        slack = 1e-9
        inside = ((s > -slack) & (s < (e1 ** 2).sum(axis=1)[which] + slack)
                  & (t > -slack) & (t < (e2 ** 2).sum(axis=1)[which] + slack))
        return which[inside], (rows[inside] + PAD) * self.W + cols[inside] + PAD

    def paint_segment(self, a, b, value: int = BLOCKED) -> None:
        """Every cell the straight line a-b passes through (a wall, a closed partition)."""
        length = math.dist(a, b)
        n = max(2, math.ceil(length / (self.cell / 4)) + 1)
        t = np.linspace(0.0, 1.0, n)
        x = a[0] + (b[0] - a[0]) * t
        y = a[1] + (b[1] - a[1]) * t
        c = np.floor((x - self.x0) / self.cell).astype(np.int64)
        r = np.floor((y - self.y0) / self.cell).astype(np.int64)
        keep = (c >= 0) & (c < self.nx) & (r >= 0) & (r < self.ny)
        self.labels[r[keep] + PAD, c[keep] + PAD] = value

    # The search ------------------------------------------------------------------------------

    def _moves(self) -> np.ndarray:
        """allowed[a, k]: the search may step from cell a to a + offsets[k] (padded flat)."""
        L, H, W = self.labels, self.H, self.W
        allowed = np.zeros((H, W, len(STEPS)), dtype=bool)
        La = L[PAD:H - PAD, PAD:W - PAD]
        open_a = La == OPEN

        def shifted(dr, dc):
            return L[PAD + dr:H - PAD + dr, PAD + dc:W - PAD + dc]

        for k, (dr, dc) in enumerate(STEPS):
            Lb = shifted(dr, dc)
            ok = (Lb >= 0) & (open_a | (Lb == La))
            for cr, cc in CROSSED[k]:
                C = shifted(cr, cc)
                ok &= (C == OPEN) | (C == Lb)
            allowed[PAD:H - PAD, PAD:W - PAD, k] = ok
        allowed = allowed.reshape(H * W, len(STEPS))
        if self.directions:
            flat = L.ravel()
            labels = np.fromiter(self.directions, dtype=np.int32)
            # A row's label can be gone from the grid (painted over by a closed wall), so size the
            # table by both.
            table = np.ones((max(int(flat.max()), int(labels.max())) + 1, len(STEPS)), dtype=bool)
            table[labels] = np.array([self.directions[int(x)] for x in labels])
            cells = np.flatnonzero(np.isin(flat, labels))
            own = flat[cells]
            for k, off in enumerate(self.offsets):
                inside = flat[cells + off] == own
                allowed[cells, k] &= ~inside | table[own, k]
        return allowed

    def solve(self, doors) -> None:
        """Distances from the nearest door to every cell; `doors` are (start, end) plan points.

        A door reaches the floor cells whose centre is within 1.5 cells of its opening, at the
        straight distance from the opening."""
        self.allowed = self._moves()
        n = self.H * self.W
        dist = np.full(n, np.inf)
        seed_dist = np.full(n, np.inf)
        seed_door = np.full(n, -1, dtype=np.int32)
        reach = 1.5 * self.cell
        flat_labels = self.labels.ravel()
        for i, (a, b) in enumerate(doors):
            lo = np.minimum(a, b) - reach
            hi = np.maximum(a, b) + reach
            c0, c1 = self._span(lo[0], hi[0], self.x0, self.nx)
            r0, r1 = self._span(lo[1], hi[1], self.y0, self.ny)
            if c0 > c1 or r0 > r1:
                continue
            rr, cc = np.meshgrid(np.arange(r0, r1 + 1), np.arange(c0, c1 + 1), indexing="ij")
            flat = ((rr + PAD) * self.W + cc + PAD).ravel()
            d = point_segment_distance(self.centre(flat), np.asarray(a, float), np.asarray(b, float))
            take = (d <= reach) & (flat_labels[flat] >= 0) & (d < seed_dist[flat])
            seed_dist[flat[take]] = d[take]
            seed_door[flat[take]] = i
        self.seed_dist, self.seed_door = seed_dist, seed_door
        seeds = np.flatnonzero(np.isfinite(seed_dist))
        dist[seeds] = seed_dist[seeds]
        self.dist = dist
        if len(seeds):
            self._search(seeds)

    def _search(self, seeds: np.ndarray) -> None:
        dist, allowed, offsets, weights = self.dist, self.allowed, self.offsets, self.weights
        delta = self.cell                      # no step is shorter: a bucket is final when reached
        settled = np.zeros(len(dist), dtype=bool)
        stamp = np.zeros(len(dist), dtype=np.int64)     # to drop repeats without sorting
        buckets: dict[int, list] = defaultdict(list)
        first = (dist[seeds] // delta).astype(np.int64)
        for v in np.unique(first):
            buckets[int(v)].append(seeds[first == v])
        b = int(first.min())
        while buckets:
            if b not in buckets:
                b = min(buckets)
            parts = buckets.pop(b)
            front = np.concatenate(parts) if len(parts) > 1 else parts[0]
            front = front[~settled[front]]
            if len(front):
                order = np.arange(len(front))
                stamp[front] = order
                front = front[stamp[front] == order]
                settled[front] = True
                row, k = np.nonzero(allowed[front])
                src = front[row]
                to = src + offsets[k]
                d = dist[src] + weights[k]
                better = d < dist[to]
                to, d = to[better], d[better]
                if len(to):
                    np.minimum.at(dist, to, d)
                    bucket = np.maximum((d // delta).astype(np.int64), b + 1)
                    lo = int(bucket.min())
                    if int(bucket.max()) == lo:
                        buckets[lo].append(to)
                    else:
                        for v in range(lo, int(bucket.max()) + 1):
                            part = to[bucket == v]
                            if len(part):
                                buckets[v].append(part)
            b += 1

    # Reading the result ----------------------------------------------------------------------

    def field(self) -> np.ndarray:
        """Walking distance of every cell, (ny, nx), inf where no door can be reached."""
        return self.dist.reshape(self.H, self.W)[PAD:-PAD, PAD:-PAD]

    def descend(self, flat: int) -> tuple[list[int], int]:
        """The grid route from a reached cell to its door: (padded flat cells, door number)."""
        dist, allowed, offsets, weights = self.dist, self.allowed, self.offsets, self.weights
        ks = np.arange(len(offsets))
        route = [int(flat)]
        x = int(flat)
        while self.seed_dist[x] > dist[x] + 1e-9:
            ys = x - offsets
            cost = np.where(allowed[ys, ks], dist[ys] + weights, np.inf)
            k = int(np.argmin(cost))
            if not math.isfinite(cost[k]):
                break
            x = int(ys[k])
            route.append(x)
        return route, int(self.seed_door[x])


def _is_box(geom) -> bool:
    """An axis-aligned rectangle: every centre within its bounds is inside."""
    return isinstance(geom, shapely.Polygon) and not geom.interiors and abs(
        geom.area - shapely.box(*geom.bounds).area) <= 1e-9 * max(1.0, geom.area)


def point_segment_distance(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from each point (n, 2) to the segment a-b."""
    ab = b - a
    denom = float(ab @ ab)
    if denom <= 0:
        return np.hypot(points[:, 0] - a[0], points[:, 1] - a[1])
    t = np.clip(((points - a) @ ab) / denom, 0.0, 1.0)
    near = a + t[:, None] * ab
    return np.hypot(points[:, 0] - near[:, 0], points[:, 1] - near[:, 1])


def nearest_on_segment(p, a, b) -> tuple[float, float]:
    a, b, p = np.asarray(a, float), np.asarray(b, float), np.asarray(p, float)
    ab = b - a
    denom = float(ab @ ab)
    t = 0.0 if denom <= 0 else min(1.0, max(0.0, float((p - a) @ ab) / denom))
    q = a + t * ab
    return float(q[0]), float(q[1])


def pull_string(points, clear, chunk: int = 24) -> list[int]:
    """Straighten a route: from each kept point, go on to the farthest later point reachable by
    an unbroken run of clear straight lines from it ("advance while visible"). `clear(p, qs)`
    says, for each of qs, whether the straight line p-q stays clear. Returns the kept indices;
    neighbouring points are always kept connected."""
    pts = np.asarray(points, dtype=float)
    n = len(pts)
    keep, i = [0], 0
    while i < n - 1:
        j = i + 1
        while j < n - 1:
            ahead = np.arange(j + 1, min(n - 1, j + chunk) + 1)
            ok = np.asarray(clear(pts[i], pts[ahead]), dtype=bool)
            if ok.all():
                j = int(ahead[-1])
                continue
            first = int(np.argmin(ok))
            if first:
                j = int(ahead[first - 1])
            break
        keep.append(j)
        i = j
    return keep


def polyline_length(points) -> float:
    pts = np.asarray(points, dtype=float)
    if len(pts) < 2:
        return 0.0
    return float(np.hypot(*np.diff(pts, axis=0).T).sum())
