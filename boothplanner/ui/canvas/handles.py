"""Resize handles of a single selected booth or seating block."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from dataclasses import replace

from boothplanner.model import Booth, SeatingBlock, seating

HANDLE_PX = 9
# Handle names by their corner/edge in the element's own frame: (sx, sy) in {-1, 0, 1}.
HANDLES = {"nw": (-1, -1), "n": (0, -1), "ne": (1, -1), "e": (1, 0), "se": (1, 1), "s": (0, 1), "sw": (-1, 1), "w": (-1, 0)}


def handle_points(element):
    """(name, (x, y)) of each handle, in metres, turned with the element."""
    a = math.radians(element.rotation)
    c, s = math.cos(a), math.sin(a)
    for name, (sx, sy) in HANDLES.items():
        dx, dy = sx * element.width / 2, sy * element.depth / 2
        yield name, (element.center[0] + dx * c - dy * s, element.center[1] + dx * s + dy * c)


VENUE = "venue"   # the selection id of the room's outline


def handle_rects(layout, selection: set, scale: float):
    if len(selection) != 1:
        return []
    half = HANDLE_PX / 2 / scale
    if selection == {VENUE}:
        return [(f"v{i}", QRectF(x - half, y - half, 2 * half, 2 * half)) for i, (x, y) in enumerate(layout.venue.outline)]
    element = layout.element(next(iter(selection)))
    if not isinstance(element, (Booth, SeatingBlock)):
        return []
    return [(name, QRectF(x - half, y - half, 2 * half, 2 * half)) for name, (x, y) in handle_points(element)]


def _count_for(block, field: str, target: float, axis: int, most: int = 1000) -> int:
    """The count of seats (or rows) whose footprint comes nearest `target` metres along `axis`."""
    best, best_error = 1, None
    for n in range(1, most + 1):
        size = seating.footprint_size(replace(block, **{field: n}))[axis]
        error = abs(size - target)
        if best_error is not None and error > best_error and size > target:
            break
        if best_error is None or error < best_error:
            best, best_error = n, error
    return best


def resized(element, handle: str, point, min_size: float = 0.5):
    """The element with `handle` dragged to `point` (metres); the opposite side stays put."""
    sx, sy = HANDLES[handle]
    a = math.radians(element.rotation)
    c, s = math.cos(a), math.sin(a)
    # The dragged point in the element's own frame.
    px, py = point[0] - element.center[0], point[1] - element.center[1]
    lx, ly = px * c + py * s, -px * s + py * c
    w, d = element.width, element.depth
    left, right, top, bottom = -w / 2, w / 2, -d / 2, d / 2
    if sx < 0:
        left = min(lx, right - min_size)
    elif sx > 0:
        right = max(lx, left + min_size)
    if sy < 0:
        top = min(ly, bottom - min_size)
    elif sy > 0:
        bottom = max(ly, top + min_size)
    if isinstance(element, SeatingBlock):
        # Whole seats and rows, whatever the style's tables and aisles make of their size.
        seats = _count_for(element, "seats_per_row", right - left, 0) if sx else element.seats_per_row
        rows = _count_for(element, "rows", bottom - top, 1) if sy else element.rows
        width, depth = seating.footprint_size(replace(element, seats_per_row=seats, rows=rows))
        # Keep the fixed side fixed after rounding.
        if sx < 0:
            left = right - width
        else:
            right = left + width
        if sy < 0:
            top = bottom - depth
        else:
            bottom = top + depth
    else:
        # Round the size, not the moving edge, so the fixed side stays exactly where it was.
        if sx < 0:
            left = right - round(right - left, 3)
        elif sx > 0:
            right = left + round(right - left, 3)
        if sy < 0:
            top = bottom - round(bottom - top, 3)
        elif sy > 0:
            bottom = top + round(bottom - top, 3)
    mx, my = (left + right) / 2, (top + bottom) / 2
    center = (element.center[0] + mx * c - my * s, element.center[1] + mx * s + my * c)
    if isinstance(element, SeatingBlock):
        return replace(element, center=center, seats_per_row=seats, rows=rows)
    return replace(element, center=center, size=(right - left, bottom - top))
