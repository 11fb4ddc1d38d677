"""Travel distance to an exit: TRAVEL_DISTANCE (IBC Table 1017.2, assembly: 61 m, 76 m sprinklered).

**What is measured.** The walk from every point of the floor people use to the nearest exit
door, around everything in the way, and the worst of those walks against `rules.travel_max`.

**The model of the floor** (metres, plan coordinates):

* *Aisles and open floor* (the venue outline less everything below, standing and no-build areas
  included) are walked freely, in straight lines, by anyone.
* *Booths, seating blocks and solid areas* (stage, registration, lounge, catering, storage) are
  used floor too: people stand in booths, sit in seats, work behind the registration desk. A
  person inside one walks across it and out at any side that meets open floor, then on through
  the aisles. Nobody walks *through* one on the way from somewhere else, nor from one element
  straight into its neighbour: back-to-back and side-by-side booths are closed to each other.
* *Rows of seats* (theater and classroom blocks) are walked along the row only, to the row's
  end or to one of the block's internal aisles; the internal aisles are open floor. The front
  and back rows may also step straight out of the block. Banquet and cabaret rounds are crossed
  freely, like a booth.
* *Columns and other obstacles*, and anything outside the outline, are nobody's floor.
* Closed partitions (or the `barriers` given) are walls: each room they make must reach an
  exit of its own.

A door is reached at its opening (the straight line between its two ends). Points of the floor
with no walking route to any door are *unreachable*: they are reported on their own, pocket by
pocket (floor closed in by booths, a booth hemmed in by its neighbours, a room without an exit),
and do not count as the worst point. A pocket of open floor smaller than a standing person
(0.46 m²) or thinner than two cells is a sliver of the drawing and is ignored.

**How** (`travel_grid`): the floor is rasterised into square cells (0.25 m in rooms up to about
12,500 m², growing to 0.5 m at 50,000 m², never wider than half the narrowest aisle the rules
allow, coarser only past 1.5 million cells), and one multi-source shortest-path search over the
16 neighbours of each cell gives every cell's walk to its nearest door (at most 2.7 % longer
than the straight line on open floor, against 8.2 % with 8 neighbours). The farthest cells
(up to 8 peaks within 4 % of the longest) are then followed back to their door and their routes
pulled tight against the real footprints: a straight run is kept while it crosses no booth,
seating block (its internal aisles excepted), solid area, obstacle or partition; bends move
onto the corners they go round; the end moves to the nearest point of the door and the start
to the corner of its cell farthest along the walk. The reported distance is the length of that
route, a walk that stays on the floor: exact in an empty room and round a wall's end, within
about 1 % elsewhere; rows of seats are walked in grid steps along the row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from boothplanner.model import seating as seat_geometry
from boothplanner.rules.findings import ERROR, Finding
from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
from boothplanner.rules.index import EPS, LayoutIndex
from boothplanner.rules.travel_grid import (
    BLOCKED, OPEN, PAD, WalkGrid, nearest_on_segment, polyline_length, pull_string, steps_along,
)

TRAVEL_CODES = frozenset({"TRAVEL_DISTANCE"})
DEFAULT_TRAVEL_MAX = 61.0        # m, IBC Table 1017.2, assembly without sprinklers
SPRINKLERED_TRAVEL_MAX = 76.0    # m, the same with an automatic sprinkler system
PERSON_M2 = 0.46                 # standing person (IBC Table 1004.5): smaller pockets are slivers
FINEST = 0.25                    # m, cell size in small rooms
COARSEST = 0.5                   # m, cell size in large halls (before the cell-count cap)
FINE_CELLS = 200_000             # cells a venue gets before its cells grow past FINEST
MAX_CELLS = 1_500_000            # never more cells than this
CANDIDATES = 8                   # farthest cells whose routes are straightened and measured
OCCUPIED_KINDS = (BOOTH, SEATING, SOLID_AREA)

Point = tuple[float, float]


@dataclass(frozen=True)
class Pocket:
    """Floor from which no exit can be reached."""
    area: float                  # m² (cells)
    location: Point              # a point inside it
    ids: tuple[str, ...]         # elements standing in it, or else the ones closing it in
    enclosed: bool               # True: elements only, hemmed in (`ids`); False: open floor
    holds: bool = False          # open floor with `ids` standing in it (not around it)


@dataclass(frozen=True)
class TravelResult:
    """The worst walk to an exit, and the floor that cannot reach one."""
    distance: float | None       # m, the longest walk to the nearest exit; None: nothing reached
    point: Point | None          # where that walk starts
    path: tuple[Point, ...]      # the walk, from `point` to the door opening
    exit_id: str | None          # the exit it ends at
    element_id: str | None       # the booth, seating block or area `point` is in; None: open floor
    cell: float                  # grid cell size used, m
    exits: int                   # exits in the venue
    unreachable: tuple[Pocket, ...] = ()
    grid: WalkGrid | None = field(default=None, repr=False, compare=False)

    def distance_at(self, x: float, y: float) -> float:
        """Walk from the cell holding (x, y) to its nearest exit (grid value, m; inf if none)."""
        if self.grid is None or self.grid.dist is None:
            return math.inf
        flat = self.grid.flat_at(x, y)
        return math.inf if flat is None else float(self.grid.dist[flat])


def travel_limit(rules, travel_max: float | None = None) -> float:
    """The longest walk allowed: `travel_max` (else the rules' own, else 61 m); a sprinklered
    venue still on the 61 m default gets 76 m."""
    limit = travel_max if travel_max is not None else getattr(rules, "travel_max", DEFAULT_TRAVEL_MAX)
    if getattr(rules, "sprinklered", False) and abs(limit - DEFAULT_TRAVEL_MAX) <= EPS:
        return SPRINKLERED_TRAVEL_MAX
    return float(limit)


def travel_cell(layout) -> float:
    """The grid cell size for a layout, m (see the module docstring)."""
    xs, ys = zip(*layout.venue.outline)
    area = max(1e-6, (max(xs) - min(xs)) * (max(ys) - min(ys)))
    rules = layout.rules
    narrowest = min(getattr(rules, "aisle_min", 3.0), getattr(rules, "seating_aisle_min", 1.07))
    cell = min(max(FINEST, math.sqrt(area / FINE_CELLS)), COARSEST, narrowest / 2)
    return max(cell, math.sqrt(area / MAX_CELLS))


# Building the grid ---------------------------------------------------------------------------

def build_grid(index: LayoutIndex, cell: float, barriers=()) -> WalkGrid:
    """Rasterise the floor: open floor 0 (internal aisles of seating blocks included), obstacles,
    barriers and outside -1, and each booth, seating block and solid area labelled with its
    index position + 1; rows of seats are walked along the row."""
    grid = WalkGrid(index.venue.bounds, cell)
    grid.paint_polygon(index.venue, OPEN)
    flat_labels = grid.labels.ravel()
    kinds, geoms = index.kinds, index.geoms
    elements = index.elements
    use = np.flatnonzero(np.isin(kinds, OCCUPIED_KINDS))
    label_of = use + 1
    rect = np.isin(kinds[use], (BOOTH, SEATING)) & (shapely.get_num_coordinates(geoms[use]) == 5)
    if rect.any():
        corners = shapely.get_coordinates(geoms[use[rect]]).reshape(-1, 5, 2)[:, :4]
        which, flat = grid.rectangle_cells(corners)
        on_floor = flat_labels[flat] != BLOCKED
        flat_labels[flat[on_floor]] = label_of[rect][which[on_floor]]
    for j in np.flatnonzero(~rect):
        grid.paint_polygon(geoms[use[j]], int(label_of[j]), only_floor=True)
    # Seating: internal aisles are open floor; rows are walked along the row.
    aisles, owners = [], []
    for j in np.flatnonzero(kinds[use] == SEATING):
        block = elements[use[j]]
        for u0, u1 in _internal_aisles(block):
            aisles.append(_block_rect(block, u0, u1))
            owners.append(int(label_of[j]))
        if block.style in seat_geometry.ROW_STYLES:
            grid.directions[int(label_of[j])] = steps_along(block.rotation)
    if aisles:
        which, flat = grid.rectangle_cells(np.array(aisles))
        mine = flat_labels[flat] == np.array(owners)[which]
        flat_labels[flat[mine]] = OPEN
    for i in np.flatnonzero(kinds == OBSTACLE):
        grid.paint_polygon(geoms[i], BLOCKED, touched=True)
    for a, b in barriers:
        grid.paint_segment(a, b, BLOCKED)
    return grid


def _internal_aisles(block) -> list[tuple[float, float]]:
    """(u from, u to) of each internal aisle across a row-style block, in its own frame."""
    if block.style not in seat_geometry.ROW_STYLES or block.aisle_every <= 0:
        return []
    u = seat_geometry.row_u(block)
    half = block.seat_width / 2
    gaps = np.flatnonzero(np.diff(u) > block.seat_width + 1e-9)
    return [(float(u[g] + half), float(u[g + 1] - half)) for g in gaps]


def _block_rect(block, u0: float, u1: float) -> list:
    """Corners of the strip u0..u1 across the whole depth of a block, on the plan."""
    depth = block.depth
    a = math.radians(block.rotation)
    c, s = math.cos(a), math.sin(a)
    cx, cy = block.center
    return [(cx + u * c - v * s, cy + u * s + v * c)
            for u, v in ((u0, -depth / 2), (u1, -depth / 2), (u1, depth / 2), (u0, depth / 2))]


# Straight lines ------------------------------------------------------------------------------

class Sight:
    """Whether a straight walk between two points stays on the floor: inside the venue, across
    no footprint that blocks (but one's own), through no barrier. A seating block blocks with
    its seats only: its internal aisles are floor."""

    def __init__(self, index: LayoutIndex, barriers=()):
        self.index = index
        self.venue = index.venue
        shapely.prepare(self.venue)
        self.blocking = np.isin(index.kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
        self.geoms = index.geoms.copy()
        for i in np.flatnonzero(index.kinds == SEATING):
            block = index.elements[i]
            strips = [shapely.Polygon(_block_rect(block, u0, u1)) for u0, u1 in _internal_aisles(block)]
            if strips:
                self.geoms[i] = shapely.difference(self.geoms[i], shapely.union_all(strips))
        self.walls = shapely.union_all([shapely.LineString([a, b]) for a, b in barriers]) if barriers else None

    def _hits(self, geoms, own: int, predicate) -> np.ndarray:
        """Which of `geoms` meet (by `predicate`) a blocking footprint other than `own`."""
        out = np.zeros(len(geoms), dtype=bool)
        if len(self.index.elements):
            i, hit = self.index.tree.query(geoms)
            keep = self.blocking[hit] & (hit != own)
            i, hit = i[keep], hit[keep]
            out[i[predicate(geoms[i], self.geoms[hit])]] = True
        return out

    def clear(self, p, qs, own: int = -1) -> np.ndarray:
        qs = np.asarray(qs, dtype=float).reshape(-1, 2)
        p = np.broadcast_to(np.asarray(p, dtype=float), qs.shape)
        segments = shapely.linestrings(np.stack([p, qs], axis=1))
        ok = shapely.covers(self.venue, segments) & ~self._hits(segments, own, shapely.crosses)
        if self.walls is not None:
            ok &= ~shapely.intersects(self.walls, segments)
        return ok

    def corners_near(self, point, reach: float, own: int = -1) -> np.ndarray:
        """Corners of blocking footprints (not `own`), of the venue outline and of barriers
        within `reach` of `point`: where a shortest walk may bend."""
        x, y = point
        box = shapely.box(x - reach, y - reach, x + reach, y + reach)
        parts = [np.asarray(self.venue.exterior.coords)]
        if len(self.index.elements):
            hit = self.index.tree.query(box)
            hit = hit[self.blocking[hit] & (hit != own)]
            if len(hit):
                parts.append(shapely.get_coordinates(self.geoms[hit]))
        if self.walls is not None:
            parts.append(shapely.get_coordinates(self.walls))
        pts = np.unique(np.concatenate(parts), axis=0)
        near = (np.abs(pts[:, 0] - x) <= reach) & (np.abs(pts[:, 1] - y) <= reach)
        return pts[near]

    def on_floor(self, points, own: int = -1) -> np.ndarray:
        """Points in the venue and in no blocking footprint but `own` (`own` >= 0: and inside it)."""
        geoms = shapely.points(np.asarray(points, dtype=float).reshape(-1, 2))
        ok = shapely.covers(self.venue, geoms)
        if own >= 0:
            ok &= shapely.covers(self.geoms[own], geoms)
        return ok & ~self._hits(geoms, own, shapely.within)


# The analysis --------------------------------------------------------------------------------

def travel_analysis(layout, index: LayoutIndex | None = None, cell: float | None = None,
                    barriers=None) -> TravelResult:
    """The longest walk from the floor people use to the nearest exit (see the module docstring).

    `barriers` are walls across the floor as ((x, y), (x, y)) lines; by default the venue's
    closed partitions, so each room must reach an exit of its own."""
    index = index or LayoutIndex(layout)
    cell = float(cell) if cell else travel_cell(layout)
    if barriers is None:
        barriers = [(p.start, p.end) for p in getattr(layout.venue, "closed_partitions", ())]
    # A partition drawn to within a few millimetres of a wall still closes the floor.
    barriers = [_stretched(a, b, cell) for a, b in barriers]
    exits = list(layout.venue.exits)
    grid = build_grid(index, cell, barriers)
    grid.solve([(x.start, x.end) for x in exits])
    if not exits:
        return TravelResult(None, None, (), None, None, cell, 0, (), grid)
    sight = Sight(index, barriers)
    worst = _worst(grid, index, exits, sight)
    pockets = _pockets(grid, index)
    if worst is None:
        return TravelResult(None, None, (), None, None, cell, len(exits), pockets, grid)
    length, path, door, label = worst
    element = index.elements[label - 1].id if label > 0 else None
    return TravelResult(length, path[0], tuple(path), exits[door].id, element, cell, len(exits), pockets, grid)


def _stretched(a, b, by: float):
    (x0, y0), (x1, y1) = a, b
    length = math.hypot(x1 - x0, y1 - y0)
    if length <= 0:
        return (float(x0), float(y0)), (float(x1), float(y1))
    ux, uy = (x1 - x0) / length * by, (y1 - y0) / length * by
    return (x0 - ux, y0 - uy), (x1 + ux, y1 + uy)


def _worst(grid: WalkGrid, index, exits, sight: Sight):
    """(length, path, door, label) of the longest straightened walk among the farthest cells."""
    field_ = grid.field()
    floor = grid.inner >= 0
    reached = floor & np.isfinite(field_)
    if not reached.any():
        return None
    values = np.where(reached, field_, -1.0)
    padded = np.pad(values, 1, constant_values=-1.0)
    ny, nx = values.shape
    peak = reached.copy()
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                peak &= values >= padded[1 + dr:1 + dr + ny, 1 + dc:1 + dc + nx]
    rows, cols = np.nonzero(peak)
    order = np.argsort(-values[rows, cols], kind="stable")
    rows, cols = rows[order], cols[order]
    top = values[rows[0], cols[0]]
    spacing = max(2.0, 4 * grid.cell)
    best, picked = None, []
    slack = grid.cell * math.sqrt(0.5)       # the start may move to a corner of its cell
    for r, c in zip(rows, cols):
        v = values[r, c]
        if v < top * 0.96 - slack or len(picked) >= CANDIDATES:
            break
        if best is not None and v + slack < best[0]:
            break
        here = np.array(grid.centre((r + PAD) * grid.W + c + PAD))
        if any(math.dist(here, p) < spacing for p in picked):
            continue
        picked.append(here)
        found = _walk(grid, (r + PAD) * grid.W + c + PAD, exits, sight)
        if best is None or found[0] > best[0] + 1e-9:
            best = found
    return best


def _walk(grid: WalkGrid, flat: int, exits, sight: Sight):
    """The straightened walk from one cell: (length, path, door, label)."""
    route, door = grid.descend(flat)
    labels = grid.labels.ravel()
    own = int(labels[flat])
    pts = grid.centre(route)
    a, b = exits[door].start, exits[door].end
    pts = np.vstack([pts, nearest_on_segment(pts[-1], a, b)])
    rows = own in grid.directions
    if rows:
        # Along the row (grid steps, kept as they are) and one step out of it, then straight
        # lines from there.
        inside = labels[np.asarray(route)] == own
        m = int(np.argmin(inside)) if not inside.all() else len(route)
        head = [tuple(map(float, p)) for p in _collinear(pts[:m])]
        tail = pts[m:]
        own_pos = -1
    else:
        head, tail = [], pts
        own_pos = own - 1 if own > 0 else -1
    tail = tail[pull_string(tail, lambda p, qs: sight.clear(p, qs, own_pos))]
    tail = _taut([tuple(map(float, p)) for p in tail], sight, own_pos, (a, b),
                 None if rows else grid.cell / 2)
    path = head + tail
    return polyline_length(path), path, door, own


def _taut(path: list, sight: Sight, own: int, door, half_cell: float | None) -> list:
    """Pull a straightened walk tight: bends onto the corners they go round, the end onto the
    nearest point of the door, and (with `half_cell`) the start onto the corner of its cell
    farthest along the walk."""
    centre = path[0]
    reach = max(1.0, 8 * (half_cell or 0.25))
    for _ in range(2):
        if half_cell is not None and len(path) >= 2:
            path[0] = _farthest_start(path, centre, half_cell, sight, own, door)
        for i in range(1, len(path) - 1):
            corners = sight.corners_near(path[i], reach, own)
            if not len(corners):
                continue
            ok = sight.clear(path[i - 1], corners, own) & sight.clear(path[i + 1], corners, own)
            if not ok.any():
                continue
            corners = corners[ok]
            via = (np.hypot(*(corners - path[i - 1]).T) + np.hypot(*(corners - path[i + 1]).T))
            k = int(np.argmin(via))
            if via[k] < math.dist(path[i - 1], path[i]) + math.dist(path[i], path[i + 1]) - 1e-9:
                path[i] = (float(corners[k][0]), float(corners[k][1]))
        if len(path) >= 2:
            q = nearest_on_segment(path[-2], *door)
            if sight.clear(path[-2], [q], own)[0]:
                path[-1] = q
        if len(path) > 2:       # a bend moved onto a corner may now be seen past
            path = [path[i] for i in pull_string(path, lambda p, qs: sight.clear(p, qs, own))]
    return _round_corners(path, sight, own, reach)


def _round_corners(path: list, sight: Sight, own: int, reach: float) -> list:
    """Where a grid step clips the corner of a footprint the cells did not resolve (a turned
    booth's corner between two cell centres), go round that corner instead."""
    out = [path[0]]
    for p, q in zip(path, path[1:]):
        if not sight.clear(p, [q], own)[0]:
            mid = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
            corners = sight.corners_near(mid, reach, own)
            if len(corners):
                ok = sight.clear(p, corners, own) & sight.clear(q, corners, own)
                if ok.any():
                    corners = corners[ok]
                    k = int(np.argmin(np.hypot(*(corners - p).T) + np.hypot(*(corners - q).T)))
                    out.append((float(corners[k][0]), float(corners[k][1])))
        out.append(q)
    return out


def _farthest_start(path: list, centre, h: float, sight: Sight, own: int, door):
    """Of the start cell's centre and corners (on the same floor, seeing the next point), the one
    whose walk is longest."""
    x, y = centre
    starts = np.array([(x, y), (x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)])
    if len(path) == 2:          # straight to the door: each start to its own nearest point of it
        ends = np.array([nearest_on_segment(p, *door) for p in starts])
    else:
        ends = np.broadcast_to(np.asarray(path[1], float), starts.shape)
    ok = np.ones(len(starts), dtype=bool)
    ok[1:] = sight.on_floor(starts[1:], own)
    for i in np.flatnonzero(ok):
        ok[i] = sight.clear(starts[i], [ends[i]], own)[0]
    if not ok.any():
        return path[0]
    length = np.where(ok, np.hypot(*(starts - ends).T), -1.0)
    k = int(np.argmax(length))
    if len(path) == 2:
        path[1] = (float(ends[k][0]), float(ends[k][1]))
    return float(starts[k][0]), float(starts[k][1])


def _collinear(pts: np.ndarray) -> np.ndarray:
    """Drop the middle points of straight runs."""
    if len(pts) < 3:
        return pts
    d = np.diff(pts, axis=0)
    turn = np.abs(d[1:, 0] * d[:-1, 1] - d[1:, 1] * d[:-1, 0]) > 1e-9
    keep = np.concatenate([[True], turn, [True]])
    return pts[keep]


def _pockets(grid: WalkGrid, index) -> tuple[Pocket, ...]:
    """Connected pieces of floor (8 neighbours) that reach no exit. A piece with open floor in it
    names the elements standing in it (else those closing it in); a piece of elements only (a
    booth hemmed in by its neighbours) names them. Open floor alone too small or too thin for a
    person is a sliver of the drawing and is left out."""
    inner = grid.inner
    lost = (inner >= 0) & ~np.isfinite(grid.field())
    if not lost.any():
        return ()
    comp, count = _components(lost)
    roomy = np.zeros(count, dtype=bool)        # holds a 2 x 2 block of cells
    square = lost[:-1, :-1] & lost[1:, :-1] & lost[:-1, 1:] & lost[1:, 1:]
    roomy[np.unique(comp[:-1, :-1][square])] = True
    rr, cc = np.nonzero(lost)
    which = comp[rr, cc]
    order = np.argsort(which, kind="stable")
    rr, cc, which = rr[order], cc[order], which[order]
    starts = np.searchsorted(which, np.arange(count + 1))
    padded = np.pad(inner, 1, constant_values=BLOCKED)
    cell_m2 = grid.cell ** 2
    pockets = []
    for k in range(count):
        r, c = rr[starts[k]:starts[k + 1]], cc[starts[k]:starts[k + 1]]
        labels = inner[r, c]
        area = len(r) * cell_m2
        open_floor = bool((labels == OPEN).any())
        inside = np.unique(labels[labels > 0])
        if open_floor and not len(inside):
            if area < PERSON_M2 - EPS or not roomy[k]:
                continue              # a drawing sliver, not a place a person stands
            around = np.unique(np.concatenate([padded[r + 1 + dr, c + 1 + dc]
                                               for dr in (-1, 0, 1) for dc in (-1, 0, 1)]))
            inside = around[around > 0]
        ids = tuple(index.elements[x - 1].id for x in inside.tolist())
        xs = grid.x0 + (c + 0.5) * grid.cell
        ys = grid.y0 + (r + 0.5) * grid.cell
        j = int(np.argmin((xs - xs.mean()) ** 2 + (ys - ys.mean()) ** 2))
        pockets.append(Pocket(area, (float(xs[j]), float(ys[j])), ids, not open_floor,
                              holds=bool(open_floor and (labels > 0).any())))
    pockets.sort(key=lambda p: (-p.area, p.location))
    return tuple(pockets)


def _components(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """Label the 8-connected pieces of a boolean grid 0..n-1 (-1 elsewhere), largest id order
    arbitrary: a vectorised union-find (hook to the smaller root, then compress)."""
    ny, nx = mask.shape
    W = nx + 2
    padded = np.pad(mask, 1)
    flat = np.flatnonzero(padded)
    n = len(flat)
    pos = np.full(padded.size, -1, dtype=np.int64)
    pos[flat] = np.arange(n)
    us, vs = [], []
    for off in (1, W - 1, W, W + 1):
        other = pos[flat + off]
        keep = other >= 0
        us.append(np.flatnonzero(keep))
        vs.append(other[keep])
    u, v = np.concatenate(us), np.concatenate(vs)
    parent = np.arange(n)
    while len(u):
        pu, pv = parent[u], parent[v]
        diff = pu != pv
        if not diff.any():
            break
        lo, hi = np.minimum(pu[diff], pv[diff]), np.maximum(pu[diff], pv[diff])
        np.minimum.at(parent, hi, lo)
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
    roots, comp_of = np.unique(parent, return_inverse=True)
    out = np.full(padded.size, -1, dtype=np.int64)
    out[flat] = comp_of
    return out.reshape(padded.shape)[1:-1, 1:-1], len(roots)


# The check -----------------------------------------------------------------------------------

def check_travel_distance(layout, travel_max: float | None = None, index: LayoutIndex | None = None,
                          result: TravelResult | None = None) -> list[Finding]:
    """TRAVEL_DISTANCE findings: the worst walk when it is longer than the limit (travel_limit),
    every pocket of floor with no way out, and a venue without exits."""
    limit = travel_limit(layout.rules, travel_max)
    index = index or LayoutIndex(layout)
    if not layout.venue.exits:
        return [Finding(
            "TRAVEL_DISTANCE", ERROR, (),
            f"The venue has no exits, so nobody can walk out; every point of the floor must be "
            f"within {limit:.1f} m of an exit", required=limit)]
    result = result or travel_analysis(layout, index)
    findings = []
    sprinklered = " (sprinklered)" if getattr(layout.rules, "sprinklered", False) else ""
    if result.distance is not None and result.distance > limit + EPS:
        exit_ = next(x for x in layout.venue.exits if x.id == result.exit_id)
        where = (f"in {index.label(result.element_id)}" if result.element_id
                 else f"on the open floor at ({result.point[0]:.1f}, {result.point[1]:.1f})")
        findings.append(Finding(
            "TRAVEL_DISTANCE", ERROR, (result.exit_id,),
            f"The farthest point of the floor, {where}, is a {result.distance:.1f} m walk from the "
            f"nearest exit ({exit_.name or exit_.id}), going round booths, seating, stages and other "
            f"obstacles; the longest walk allowed is {limit:.1f} m{sprinklered}",
            measured=result.distance, required=limit, location=result.point,
            points=(result.path[0], result.path[-1]), path=tuple(tuple(p) for p in result.path)))
    for pocket in result.unreachable:
        names = _names(index, pocket.ids)
        if pocket.enclosed:
            message = (f"No walking route leads from {names} to any exit: it is closed in by other "
                       f"elements or walls ({pocket.area:.1f} m² of floor around "
                       f"({pocket.location[0]:.1f}, {pocket.location[1]:.1f}))")
        else:
            if not names:
                more = ""
            elif pocket.holds:
                more = f"; it holds {names}"
            else:
                more = f"; {names} close{'s' if len(pocket.ids) == 1 else ''} it in"
            message = (f"{pocket.area:.1f} m² of floor around ({pocket.location[0]:.1f}, "
                       f"{pocket.location[1]:.1f}) has no walking route to any exit{more}")
        findings.append(Finding("TRAVEL_DISTANCE", ERROR, pocket.ids, message, required=limit,
                                location=pocket.location))
    return findings


def _names(index, ids, most: int = 4) -> str:
    labels = [index.label(i) for i in ids]
    if len(labels) > most:
        return ", ".join(labels[:most]) + f" and {len(labels) - most} more"
    if len(labels) > 1:
        return ", ".join(labels[:-1]) + " and " + labels[-1]
    return labels[0] if labels else ""
