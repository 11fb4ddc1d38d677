"""Shapely footprints of layout elements, built in batches and reused while an element is unchanged."""

from __future__ import annotations

import numpy as np
import shapely

from boothplanner.model import Area, Booth, Obstacle, SeatingBlock

# Kind codes used in the index arrays.
BOOTH, SEATING, SOLID_AREA, OPEN_AREA, OBSTACLE = range(5)
KIND_NAMES = {BOOTH: "booth", SEATING: "seating block", SOLID_AREA: "area", OPEN_AREA: "area", OBSTACLE: "obstacle"}


def kind_of(element) -> int:
    if isinstance(element, Booth):
        return BOOTH
    if isinstance(element, SeatingBlock):
        return SEATING
    if isinstance(element, Area):
        return SOLID_AREA if element.is_solid else OPEN_AREA
    if isinstance(element, Obstacle):
        return OBSTACLE
    raise TypeError(f"no footprint for {type(element).__name__}")


def rectangles(centers: np.ndarray, sizes: np.ndarray, rotations_deg: np.ndarray) -> np.ndarray:
    """Rotated rectangles as shapely polygons, vectorised (y down, clockwise angles)."""
    n = len(centers)
    if n == 0:
        return np.empty(0, dtype=object)
    half = sizes / 2.0
    local = np.stack([
        np.stack([-half[:, 0], -half[:, 1]], axis=1),
        np.stack([half[:, 0], -half[:, 1]], axis=1),
        np.stack([half[:, 0], half[:, 1]], axis=1),
        np.stack([-half[:, 0], half[:, 1]], axis=1),
    ], axis=1)  # (n, 4, 2)
    a = np.radians(rotations_deg)
    c, s = np.cos(a)[:, None], np.sin(a)[:, None]
    x = centers[:, None, 0] + local[:, :, 0] * c - local[:, :, 1] * s
    y = centers[:, None, 1] + local[:, :, 0] * s + local[:, :, 1] * c
    ring = np.stack([x, y], axis=2)
    ring = np.concatenate([ring, ring[:, :1]], axis=1)
    return shapely.polygons(ring)


class FootprintCache:
    """Footprints keyed by element id, valid while the element object is the same one.

    Elements are immutable, so identity is a safe key: an edit makes a new object.
    """

    def __init__(self):
        self._cache: dict[str, tuple[object, object]] = {}

    def footprints(self, elements: list) -> np.ndarray:
        out = np.empty(len(elements), dtype=object)
        missing_rect, missing_poly = [], []
        for i, element in enumerate(elements):
            hit = self._cache.get(element.id)
            if hit is not None and hit[0] is element:
                out[i] = hit[1]
            elif isinstance(element, (Booth, SeatingBlock)):
                missing_rect.append(i)
            else:
                missing_poly.append(i)
        if missing_rect:
            items = [elements[i] for i in missing_rect]
            centers = np.array([e.center for e in items], dtype=float)
            sizes = np.array([(e.width, e.depth) for e in items], dtype=float)
            rotations = np.array([e.rotation for e in items], dtype=float)
            for i, geom in zip(missing_rect, rectangles(centers, sizes, rotations)):
                out[i] = geom
                self._cache[elements[i].id] = (elements[i], geom)
        for i in missing_poly:
            geom = shapely.Polygon(elements[i].outline)
            out[i] = geom
            self._cache[elements[i].id] = (elements[i], geom)
        return out

    def footprint(self, element):
        return self.footprints([element])[0]
