"""The current geometry of a layout: an index of one version, plus elements that have moved since."""

from __future__ import annotations

import numpy as np
import shapely

from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA, kind_of
from boothplanner.rules.index import TOUCH, LayoutIndex

BLOCKED_SHARE = 0.5   # share of a gap's corridor that other elements must fill to close it
BLOCKING_KINDS = np.array([BOOTH, SEATING, SOLID_AREA, OBSTACLE], dtype=np.int8)


class GeometryView:
    """What the floor looks like now: `index` with `moved` elements (id -> element) put in their new places."""

    def __init__(self, index: LayoutIndex, moved: dict | None = None):
        self.index = index
        moved = moved or {}
        self.moved_ids = set(moved)
        self.moved_positions = np.array(sorted(index.position[i] for i in moved if i in index.position), dtype=np.intp)
        elements = list(moved.values())
        self.moved_elements = elements
        self.moved_id_array = np.array([e.id for e in elements], dtype=object)
        self.moved_kinds = np.array([kind_of(e) for e in elements], dtype=np.int8)
        self.moved_geoms = index.cache.footprints(elements)
        self._stale = np.zeros(len(index.elements), dtype=bool)
        self._stale[self.moved_positions] = True
        # Unmoved elements that can block a gap (or close a row's end).
        self._blocking = index.blocking & ~self._stale

    @property
    def base_blocking(self) -> np.ndarray:
        """Per index position: an unmoved element that stands in the way (booth, seating, solid area, obstacle)."""
        return self._blocking

    @property
    def stale(self) -> np.ndarray:
        """Per index position: the element has moved, so its indexed footprint is out of date."""
        return self._stale

    def query_base(self, geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(input index, base position) pairs whose boxes meet, skipping elements that moved."""
        if len(geoms) == 0 or len(self.index.elements) == 0:
            return np.empty(0, np.intp), np.empty(0, np.intp)
        q, t = self.index.tree.query(geoms)
        keep = ~self._stale[t]
        return q[keep], t[keep]

    def is_blocked(self, gap) -> bool:
        """True when other solid elements fill the gap's corridor (so the gap is not an aisle),
        as when booth B stands between booths A and C in a row."""
        index = self.index
        corridor = gap.corridor if gap.corridor is not None else gap.line
        positions = index.tree.query(corridor)
        positions = positions[self._blocking[positions]]
        for element_id in gap.ids:
            if element_id in index.position:
                positions = positions[positions != index.position[element_id]]
        geoms = list(index.geoms[positions])
        for element_id, kind, geom in zip(self.moved_id_array, self.moved_kinds, self.moved_geoms):
            if element_id not in gap.ids and kind in BLOCKING_KINDS:
                geoms.append(geom)
        if not geoms:
            return False
        others = np.array(geoms, dtype=object)
        area = corridor.area
        if area > 1e-6:
            covered = shapely.area(shapely.intersection(corridor, shapely.union_all(others)))
            return covered >= BLOCKED_SHARE * area
        # Corner to corner the corridor is just the line: blocked when it runs through an element's inside.
        inner = shapely.buffer(others, -TOUCH / 2, join_style="mitre")
        return bool(np.any(shapely.length(shapely.intersection(corridor, inner)) > TOUCH))
