"""Resize handles of a single selected booth or seating block."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from boothplanner.model import Booth, SeatingBlock

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


def resized(element, handle: str, point, min_size: float = 0.5):
    """The element with `handle` dragged to `point` (metres); the opposite side stays put."""
    from dataclasses import replace
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
        seats = max(1, round((right - left) / element.seat_width))
        rows = max(1, round((bottom - top) / element.row_pitch))
        # Keep the fixed side fixed after rounding to whole seats and rows.
        if sx < 0:
            left = right - seats * element.seat_width
        else:
            right = left + seats * element.seat_width
        if sy < 0:
            top = bottom - rows * element.row_pitch
        else:
            bottom = top + rows * element.row_pitch
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
