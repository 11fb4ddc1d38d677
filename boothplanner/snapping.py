"""Snapping a moved selection to the grid and to neighbours' edges (pure geometry, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]  # min x, min y, max x, max y


@dataclass(frozen=True)
class Snap:
    dx: float
    dy: float
    # Guide lines to draw: ("x", value) is a vertical line at x = value.
    guides: tuple[tuple[str, float], ...] = ()


def _best(edges_moving: list[float], edges_other: list[float], threshold: float):
    best = None
    for m in edges_moving:
        for o in edges_other:
            d = o - m
            if abs(d) <= threshold and (best is None or abs(d) < abs(best[0])):
                best = (d, o)
    return best


def snap_move(box: Box, dx: float, dy: float, neighbours: list[Box], grid: float | None, threshold: float) -> Snap:
    """Adjust the move (dx, dy) of a selection whose bounding box is `box`.

    Edges of nearby boxes win over the grid, so rows line up; the grid
    snaps the box's top-left corner. `threshold` is in metres.
    """
    x0, y0, x1, y1 = box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy
    guides = []
    xs = [e for b in neighbours for e in (b[0], b[2])]
    ys = [e for b in neighbours for e in (b[1], b[3])]
    hit_x = _best([x0, x1, (x0 + x1) / 2], xs, threshold)
    hit_y = _best([y0, y1, (y0 + y1) / 2], ys, threshold)
    if hit_x:
        dx += hit_x[0]
        guides.append(("x", hit_x[1]))
    elif grid:
        dx += round(x0 / grid) * grid - x0
    if hit_y:
        dy += hit_y[0]
        guides.append(("y", hit_y[1]))
    elif grid:
        dy += round(y0 / grid) * grid - y0
    return Snap(dx, dy, tuple(guides))
