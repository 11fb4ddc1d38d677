"""The spatial index of one layout version: every footprint, its kind, and an STRtree over them."""

from __future__ import annotations

import numpy as np
import shapely

from boothplanner.model import Layout
from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA, FootprintCache, kind_of

WALL_ID = "venue"
TOUCH = 0.01      # gaps up to this are "touching", not aisles (m)
EPS = 1e-9        # float slack so a gap exactly at a limit passes (m)
OVERLAP_AREA = 1e-4  # shared area that counts as an overlap (m²)


def required_gap(rules, kind_a: int, kind_b: int) -> float | None:
    """Minimum clear gap between two kinds (OBSTACLE also stands for the wall), or None when no rule applies."""
    kinds = {kind_a, kind_b}
    if not kinds <= {BOOTH, SEATING, SOLID_AREA, OBSTACLE}:
        return None
    if BOOTH in kinds:
        return rules.aisle_min
    if SEATING in kinds:
        return rules.seating_aisle_min
    return None


def gap_table(rules) -> np.ndarray:
    """required_gap for every pair of kind codes, NaN where no rule applies."""
    table = np.full((5, 5), np.nan)
    for a in range(5):
        for b in range(5):
            value = required_gap(rules, a, b)
            if value is not None:
                table[a, b] = value
    return table


class LayoutIndex:
    """Footprints and their STRtree for one layout version. Build once, query many times."""

    def __init__(self, layout: Layout, cache: FootprintCache | None = None):
        self.layout = layout
        self.cache = cache or FootprintCache()
        elements = [*layout.booths.values(), *layout.seating.values(), *layout.areas.values(), *layout.venue.obstacles]
        self.elements = elements
        self.ids = np.array([e.id for e in elements], dtype=object)
        self.position = {e.id: i for i, e in enumerate(elements)}
        self.kinds = np.array([kind_of(e) for e in elements], dtype=np.int8)
        self.geoms = self.cache.footprints(elements)
        self.tree = shapely.STRtree(self.geoms)
        self.venue = shapely.Polygon(layout.venue.outline)
        self.walls = self.venue.exterior
        ring = list(self.venue.exterior.coords)
        # A closed movable wall is a wall: aisles are measured to it as to the room's own walls.
        closed = [p for p in layout.venue.partitions if not p.open]
        edges = [shapely.LineString([ring[i], ring[i + 1]]) for i in range(len(ring) - 1)]
        self.wall_edges = np.array(edges + [shapely.LineString([p.start, p.end]) for p in closed], dtype=object)
        self.wall_edge_ids = np.array([WALL_ID] * len(edges) + [p.id for p in closed], dtype=object)
        self.partition_ids = {p.id for p in layout.venue.partitions}
        self.wall_ids = frozenset(self.wall_edge_ids) | {WALL_ID}
        self.inside_zone = self.venue.buffer(0.001, join_style="mitre")
        shapely.prepare(self.inside_zone)
        self.exits = layout.venue.exits
        self.exit_lines = np.array([shapely.LineString([x.start, x.end]) for x in self.exits], dtype=object)
        self.fire = layout.venue.fire_equipment
        self.fire_points = np.array([shapely.Point(f.at) for f in self.fire], dtype=object)
        rules = layout.rules
        self.reach = max(rules.aisle_min, rules.seating_aisle_min)
        self.gap_table = gap_table(rules)
        # Elements that stand in the way of a gap (everything but open floor).
        self.blocking = np.isin(self.kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
        # Values a rule works out once per version and reuses in every quick re-check (the venue
        # cannot change during a drag), keyed by the rule's own name.
        self.derived: dict = {}

    def label(self, element_id: str) -> str:
        """How a message names an element: booth numbers for booths, ids otherwise."""
        if element_id == WALL_ID:
            return "the wall"
        if element_id in self.partition_ids:
            return f"movable wall {element_id}"
        element = self.layout.element(element_id)
        if element is None:
            return element_id
        kind = type(element).__name__
        if kind == "Booth":
            return f"booth {element.number or element.id}"
        if kind == "SeatingBlock":
            return f"seating block {element.id}"
        if kind == "Area":
            return f"{element.name or element.kind} ({element.id})"
        if kind == "Obstacle":
            return f"{element.kind} {element.id}"
        return element_id


def grown_boxes(geoms: np.ndarray, distance: float) -> np.ndarray:
    """Envelopes grown by `distance` on every side, for a cheap candidate query."""
    b = shapely.bounds(geoms)
    return shapely.box(b[:, 0] - distance, b[:, 1] - distance, b[:, 2] + distance, b[:, 3] + distance)
