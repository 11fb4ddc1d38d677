"""Local frames: the generators lay out rows along local x with the front towards local -y,
then map the result back onto the plan. Only exact maps (quarter turns, a transpose), so
that axis-aligned edges stay exactly axis-aligned."""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely import affinity

# Quarter turns clockwise on the plan (y down), as integer matrices (a, b, d, e): x' = a x + b y, y' = d x + e y.
_TURNS = {0: (1, 0, 0, 1), 90: (0, -1, 1, 0), 180: (-1, 0, 0, -1), 270: (0, 1, -1, 0)}
_TRANSPOSE = (0, 1, 1, 0)

STAGE_ROTATION = {"up": 0, "right": 90, "down": 180, "left": 270}


@dataclass(frozen=True)
class Frame:
    """world = M @ local, with M one of the exact matrices above (its inverse is its transpose)."""
    matrix: tuple[int, int, int, int]

    @classmethod
    def turned(cls, degrees: int) -> "Frame":
        """The frame of a block turned `degrees` clockwise: local -y is where its audience looks."""
        return cls(_TURNS[degrees % 360])

    @classmethod
    def transposed(cls) -> "Frame":
        """x and y swapped: rows along local x run down the plan."""
        return cls(_TRANSPOSE)

    def _inverse(self) -> tuple[int, int, int, int]:
        a, b, d, e = self.matrix
        return (a, d, b, e)

    def to_local(self, geom):
        """A shapely geometry (or array of them) in the local frame."""
        a, b, d, e = self._inverse()
        if isinstance(geom, shapely.Geometry):
            return affinity.affine_transform(geom, (a, b, d, e, 0, 0))
        return shapely.transform(geom, lambda xy: xy @ [[a, d], [b, e]])

    def to_world(self, x: float, y: float) -> tuple[float, float]:
        a, b, d, e = self.matrix
        return (a * x + b * y + 0.0, d * x + e * y + 0.0)

    @property
    def swaps_axes(self) -> bool:
        """True when a local x extent is a y extent on the plan."""
        return self.matrix[0] == 0
