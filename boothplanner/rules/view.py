"""The current geometry of a layout: an index of one version, plus elements that have moved since."""

from __future__ import annotations

import numpy as np
import shapely

from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA, kind_of
from boothplanner.rules.index import TOUCH, LayoutIndex

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

    def query_base(self, geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(input index, base position) pairs whose boxes meet, skipping elements that moved."""
        if len(geoms) == 0 or len(self.index.elements) == 0:
            return np.empty(0, np.intp), np.empty(0, np.intp)
        q, t = self.index.tree.query(geoms)
        keep = ~self._stale[t]
        return q[keep], t[keep]

    def is_blocked(self, line, exclude: tuple[str, ...]) -> bool:
        """True when another solid element lies across the gap `line` (so the gap is not an aisle)."""
        index = self.index
        positions = index.tree.query(line)
        positions = positions[~self._stale[positions]]
        positions = positions[np.isin(index.kinds[positions], BLOCKING_KINDS)]
        positions = positions[~np.isin(index.ids[positions], exclude)]
        geoms = list(index.geoms[positions])
        for element_id, kind, geom in zip(self.moved_id_array, self.moved_kinds, self.moved_geoms):
            if element_id not in exclude and kind in BLOCKING_KINDS:
                geoms.append(geom)
        if not geoms:
            return False
        lengths = shapely.length(shapely.intersection(line, np.array(geoms, dtype=object)))
        return bool(np.any(lengths > TOUCH))
