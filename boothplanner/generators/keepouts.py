"""Where generated elements may not go, seen in a local frame, and how much of a horizontal band
each keep-out blocks. Lengths in metres.

Everything is grown by its clearance with a polygon that lies outside the true round buffer
(shapely's own buffer lies inside it), so a rectangle that clears the polygon clears the
distance the checker measures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from boothplanner.model import Layout
from boothplanner.generators.frames import Frame
from boothplanner.generators.intervals import Intervals, subtract_open
from boothplanner.rules.footprints import BOOTH, OBSTACLE, OPEN_AREA, SEATING, SOLID_AREA, FootprintCache, kind_of

QUAD = 8
_OUTSIDE = 1.0 / math.cos(math.pi / (4 * QUAD))  # radius of a circumscribed 4*QUAD-gon
# A keep-out reaches MARGIN beyond its clearance, and bands are tested shrunk by BAND_EPS > MARGIN
# at top and bottom: a row exactly an aisle from a wall fits, and none accepted is nearer than
# aisle - (BAND_EPS - MARGIN), within the checker's own slack of 1e-9 m.
MARGIN = 1e-10
BAND_EPS = 5e-10
AREA_EPS = 1e-12    # m²: smaller pieces of a band are float noise at a shared edge
TOUCH = 0.005       # m: a booth this close to a wall touches it (the checker allows 0.01)


def grown(geoms, distance: float):
    """Polygons containing every point within `distance` of `geoms` (the geometries themselves at 0).

    Straight sides are offset by exactly `distance` (+ MARGIN), so a rectangle can stand exactly an
    aisle away; corners and ends get mitred corners or circumscribed circles, which hold the
    round buffer the checker measures (shapely's own round buffer lies inside it)."""
    geoms = np.asarray(geoms, dtype=object)
    if distance <= 0:
        return shapely.make_valid(geoms)
    d = distance + MARGIN
    out = np.empty(len(geoms), dtype=object) if geoms.ndim else np.empty(1, dtype=object)
    flat = geoms.reshape(-1)
    kinds = shapely.get_type_id(flat)
    areal = np.isin(kinds, (3, 6))
    points = kinds == 0
    lines = ~areal & ~points
    if areal.any():
        out[areal] = shapely.buffer(flat[areal], d, join_style="mitre", mitre_limit=5.0)
    if points.any():
        out[points] = [_disc(p.x, p.y, d) for p in flat[points]]
    if lines.any():
        bodies = shapely.buffer(flat[lines], d, cap_style="flat", join_style="mitre", mitre_limit=5.0)
        for k, (line, body) in enumerate(zip(flat[lines], bodies)):
            ends = [_disc(x, y, d) for x, y in shapely.get_coordinates(line)]
            bodies[k] = shapely.union_all([body, *ends])
        out[lines] = bodies
    return out if geoms.ndim else out[0]


_ANGLES = (np.arange(4 * QUAD) + 0.5) * (2 * math.pi / (4 * QUAD))


def _disc(x: float, y: float, radius: float):
    """A polygon around the disc of `radius`, its sides touching the circle where it meets the axes."""
    r = radius * _OUTSIDE
    return shapely.Polygon(np.column_stack([x + r * np.cos(_ANGLES), y + r * np.sin(_ANGLES)]))


def spans(geoms) -> list[tuple[float, float]]:
    """x extents of the polygonal parts of `geoms` (each part is connected, so its shadow is one interval)."""
    parts = shapely.get_parts(np.asarray(geoms, dtype=object))
    if len(parts) == 0:
        return []
    parts = parts[(shapely.get_type_id(parts) == 3) & (shapely.area(parts) > AREA_EPS)]
    bounds = shapely.bounds(parts)
    return [(float(b[0]), float(b[2])) for b in bounds]


@dataclass(frozen=True)
class Clearances:
    """Clear distance a generated element keeps from each kind of thing (0: only no overlap)."""
    booth: float
    seating: float
    solid_area: float
    open_area: float
    obstacle: float
    wall: float
    exit: float
    fire: float
    stage: float | None = None          # solid areas of kind "stage", when different
    walls_touchable: bool = False       # a generated element may stand flush against a wall

    def of_kind(self, kind: int, area_kind: str | None = None) -> float:
        if kind == SOLID_AREA and area_kind == "stage" and self.stage is not None:
            return self.stage
        return {BOOTH: self.booth, SEATING: self.seating, SOLID_AREA: self.solid_area,
                OPEN_AREA: self.open_area, OBSTACLE: self.obstacle}[kind]


@dataclass
class Surroundings:
    """Keep-outs around one zone, in a local frame."""
    frame: Frame
    region: object              # zone within the venue (local)
    venue: object               # the room (local)
    shapes: np.ndarray          # grown keep-outs (local)
    wall_near: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))   # walls grown by their clearance
    wall_touch: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))  # walls grown by TOUCH

    def __post_init__(self):
        self.tree = shapely.STRtree(self.shapes)
        self.wall_tree = shapely.STRtree(self.wall_near)
        for g in (self.region, self.venue):
            shapely.prepare(g)
        xlo, ylo, xhi, yhi = self.region.bounds if not self.region.is_empty else (0.0, 0.0, 0.0, 0.0)
        self.bounds = (xlo, ylo, xhi, yhi)

    @property
    def is_empty(self) -> bool:
        return self.region.is_empty or self.region.area <= AREA_EPS

    def _band(self, y0: float, y1: float):
        xlo, _, xhi, _ = self.bounds
        return shapely.box(xlo - 1.0, y0 + BAND_EPS, xhi + 1.0, y1 - BAND_EPS)

    def blocked(self, y0: float, y1: float) -> list[tuple[float, float]]:
        """x extents in the band y0..y1 that nothing may overlap: outside the zone or inside a keep-out."""
        band = self._band(y0, y1)
        out = spans([shapely.difference(band, self.region)])
        hits = self.tree.query(band)
        if len(hits):
            out += spans(shapely.clip_by_rect(self.shapes[hits], *band.bounds))
        return out

    def free(self, y0: float, y1: float) -> Intervals:
        """x positions in the band y0..y1 that nothing blocks (a block may fill any of these intervals)."""
        xlo, _, xhi, _ = self.bounds
        return subtract_open([(xlo, xhi)], self.blocked(y0, y1))

    def free_bands(self, edges: list[float]) -> list[Intervals]:
        """`free` for the bands between consecutive `edges`, all at once (one GEOS call per step)."""
        xlo, _, xhi, _ = self.bounds
        n = len(edges) - 1
        if n <= 0:
            return []
        lo = np.asarray(edges[:-1], dtype=float) + BAND_EPS
        hi = np.asarray(edges[1:], dtype=float) - BAND_EPS
        bands = shapely.box(xlo - 1.0, lo, xhi + 1.0, hi)
        cuts: list[list[tuple[float, float]]] = [[] for _ in range(n)]
        owners = [np.arange(n)]
        pieces = [shapely.difference(bands, self.region)]
        if len(self.shapes):
            b, s = self.tree.query(bands)
            order = np.argsort(b, kind="stable")
            b, s = b[order], s[order]
            clipped = np.empty(len(b), dtype=object)
            starts = np.flatnonzero(np.r_[True, b[1:] != b[:-1]]) if len(b) else []
            for i, first in enumerate(starts):
                last = starts[i + 1] if i + 1 < len(starts) else len(b)
                k = b[first]
                # Clipping to a rectangle is several times faster than a general intersection.
                clipped[first:last] = shapely.clip_by_rect(self.shapes[s[first:last]], xlo - 1.0, lo[k], xhi + 1.0, hi[k])
            owners.append(b)
            pieces.append(clipped)
        parts, index = shapely.get_parts(np.concatenate(pieces), return_index=True)
        owner = np.concatenate(owners)[index]
        keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > AREA_EPS)
        bounds = shapely.bounds(parts[keep])
        for k, (x0, _, x1, _) in zip(owner[keep], bounds):
            cuts[k].append((float(x0), float(x1)))
        return [subtract_open([(xlo, xhi)], c) for c in cuts]

    def starts(self, y0: float, y1: float, width: float, front: str | None = None, front_depth: float = 0.0) -> Intervals:
        """Left edges x at which a `width`-wide rectangle spanning the band y0..y1 is clear.

        Walls, when touchable, may be touched or kept `wall` clear, not anything between. `front`
        ("up" or "down") names the side that must face open floor inside the room for `front_depth`.
        """
        xlo, _, xhi, _ = self.bounds
        cuts = [(a - width, b) for a, b in self.blocked(y0, y1)]
        band = self._band(y0, y1)
        if len(self.wall_near):
            for k in self.wall_tree.query(band):
                near = spans([shapely.intersection(self.wall_near[k], band)])
                touch = spans([shapely.intersection(self.wall_touch[k], band)])
                allowed = [(a - width, b) for a, b in touch]
                for a, b in near:
                    # Too near but not touching: the near shadow less the touching one.
                    cuts += [(lo, hi) for lo, hi in _open_difference((a - width, b), allowed)]
        if front and front_depth > 0:
            lo, hi = (y0 - front_depth, y0) if front == "up" else (y1, y1 + front_depth)
            ahead = self._band(lo, hi)
            cuts += [(a - width, b) for a, b in spans([shapely.difference(ahead, self.venue)])]
        return subtract_open([(xlo, xhi - width)], cuts) if xhi - width >= xlo else []


def _open_difference(cut: tuple[float, float], keep: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The open interval `cut` less the closed intervals `keep`, as open intervals."""
    pieces = [cut]
    for a, b in sorted(keep):
        nxt = []
        for lo, hi in pieces:
            if b <= lo or a >= hi:
                nxt.append((lo, hi))
                continue
            if a > lo:
                nxt.append((lo, a))
            if b < hi:
                nxt.append((b, hi))
        pieces = nxt
    return pieces


def surroundings(layout: Layout, zone, frame: Frame, clearances: Clearances, ignore_ids=()) -> Surroundings:
    """Keep-outs of `layout` around `zone` (a polygon, world coordinates) for a generator in `frame`."""
    venue = shapely.make_valid(shapely.Polygon(layout.venue.outline))
    zone_geom = zone if isinstance(zone, shapely.Geometry) else shapely.Polygon(zone)
    zone_geom = shapely.make_valid(zone_geom)
    region = shapely.intersection(zone_geom, venue)
    region = shapely.union_all([p for p in shapely.get_parts(region) if p.geom_type == "Polygon"]) \
        if not region.is_empty else region
    c = clearances
    reach = max(c.booth, c.seating, c.solid_area, c.open_area, c.obstacle, c.wall, c.exit, c.fire, c.stage or 0.0)
    near = region.buffer(reach + 1.0, join_style="mitre") if not region.is_empty else region
    ignore = set(ignore_ids)
    elements = [e for e in (*layout.booths.values(), *layout.seating.values(), *layout.areas.values(),
                            *layout.venue.obstacles) if e.id not in ignore]
    shapes = []
    if elements and not near.is_empty:
        geoms = FootprintCache().footprints(elements)
        close = shapely.intersects(geoms, near)
        for element, geom in zip(np.array(elements, dtype=object)[close], geoms[close]):
            kind = kind_of(element)
            shapes.append(grown(geom, c.of_kind(kind, getattr(element, "kind", None))))
    if c.exit > 0:
        shapes += [grown(shapely.LineString([x.start, x.end]), c.exit) for x in layout.venue.exits]
    if c.fire > 0:
        shapes += [grown(shapely.Point(f.at), c.fire) for f in layout.venue.fire_equipment]
    ring = list(venue.exterior.coords) if venue.geom_type == "Polygon" else []
    edges = np.array([shapely.LineString([ring[i], ring[i + 1]]) for i in range(len(ring) - 1)], dtype=object)
    if len(edges) and not near.is_empty:
        edges = edges[shapely.intersects(edges, near)]
    wall_near = wall_touch = np.empty(0, dtype=object)
    if len(edges):
        if c.walls_touchable:
            wall_near = frame.to_local(grown(edges, c.wall))
            wall_touch = frame.to_local(shapely.buffer(edges, TOUCH, quad_segs=QUAD))
        else:
            shapes += list(grown(edges, c.wall))
    shapes = [s for s in shapes if not s.is_empty]
    local = frame.to_local(np.array(shapes, dtype=object)) if shapes else np.empty(0, dtype=object)
    return Surroundings(frame, frame.to_local(region) if not region.is_empty else region,
                        frame.to_local(venue), local, wall_near, wall_touch)
