"""Rows of seats: ROW_TOO_LONG (seats between aisles) and ROW_SPACING (clear width between rows).

Sources (RULES.md, Seating): IBC 1030.13.1 for row spacing and continental rows; the Chicago
code and common practice for 14 seats between aisles and 7 from a single aisle.
"""

from __future__ import annotations

import math

import numpy as np
import shapely

from boothplanner.model import SeatingBlock
from boothplanner.model import seating as geometry
from boothplanner.rules.findings import ERROR, Finding, sentence
from boothplanner.rules.index import EPS, grown_boxes
from boothplanner.rules.view import BLOCKING_KINDS, GeometryView

ROW_CODES = frozenset({"ROW_TOO_LONG", "ROW_SPACING"})
SEATS_BOTH_ENDS = {"standard": 14, "continental": 100}
SEATS_ONE_END = 7
SPACING_MIN = 0.305            # 12 in
SPACING_PER_SEAT = 0.0076      # 0.3 in a seat beyond 14, continental rows
SPACING_MAX = 0.559            # 22 in


def merged_sections(block: SeatingBlock, rules) -> list[int]:
    """Seats between the internal aisles that count: one narrower than seating_aisle_min is no
    aisle, so the seats either side of it form one stretch."""
    parts = geometry.sections(block)
    if len(parts) == 1 or block.aisle_width >= rules.seating_aisle_min - EPS:
        return parts
    return [sum(parts)]


def spacing_required(block: SeatingBlock, rules) -> float:
    """Narrowest clear row spacing allowed for this block, m."""
    if rules.seating_mode != "continental" or block.style not in geometry.ROW_STYLES:
        return SPACING_MIN
    longest = max(merged_sections(block, rules))
    return min(SPACING_MAX, SPACING_MIN + SPACING_PER_SEAT * max(0, longest - 14))


def check_row_spacing(blocks, rules, label) -> list[Finding]:
    findings = []
    for block in blocks:
        clear, need = geometry.clear_row_spacing(block), spacing_required(block, rules)
        if clear < need - EPS:
            between = "rows" if block.style in geometry.ROW_STYLES else "chairs of neighbouring tables"
            findings.append(Finding(
                "ROW_SPACING", ERROR, (block.id,),
                f"{sentence(label(block.id))} leaves {clear * 1000:.0f} mm clear between {between}; "
                f"the minimum is {need * 1000:.0f} mm",
                measured=clear, required=need, location=block.center))
    return findings


def _end_edges(blocks: list) -> tuple[np.ndarray, np.ndarray]:
    """The two ends of every row (a row_pitch-long piece of the block's side) as lines, block by
    block, row by row, left end then right end; and for each line the index of its block."""
    if not blocks:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.intp)
    rows = np.array([b.rows for b in blocks])
    owner = np.repeat(np.arange(len(blocks)), rows)                    # one entry per row
    row = np.arange(len(owner)) - np.repeat(np.cumsum(rows) - rows, rows)
    size = np.array([(b.width, b.depth, b.row_pitch, b.center[0], b.center[1], b.rotation) for b in blocks])[owner]
    width, depth, pitch, cx, cy = size[:, 0], size[:, 1], size[:, 2], size[:, 3], size[:, 4]
    a = np.radians(size[:, 5])
    c, s = np.cos(a), np.sin(a)
    v0 = -depth / 2 + row * pitch
    v1 = v0 + pitch
    ends = []
    for u in (-width / 2, width / 2):
        p0 = np.stack([cx + u * c - v0 * s, cy + u * s + v0 * c], axis=1)
        p1 = np.stack([cx + u * c - v1 * s, cy + u * s + v1 * c], axis=1)
        ends.append(np.stack([p0, p1], axis=1))                        # (rows, 2 points, xy)
    lines = np.stack(ends, axis=1).reshape(-1, 2, 2)                    # row by row, left then right
    return shapely.linestrings(lines), np.repeat(owner, 2)


def _closed_ends(view: GeometryView, blocks: list, edges, owners, reach: float) -> np.ndarray:
    """True for row ends within `reach` of a wall or another element: no aisle there."""
    index = view.index
    closed = shapely.distance(edges, index.walls) < reach - EPS
    owner_ids = np.array([b.id for b in blocks], dtype=object)[owners]
    if len(index.elements):
        q, t = index.tree.query(grown_boxes(edges, reach))
        keep = view.base_blocking[t] & (index.ids[t] != owner_ids[q])
        q, t = q[keep], t[keep]
        near = shapely.distance(edges[q], index.geoms[t]) < reach - EPS
        closed[q[near]] = True
    moved = np.isin(view.moved_kinds, BLOCKING_KINDS)
    if moved.any():
        geoms, ids = view.moved_geoms[moved], view.moved_id_array[moved]
        q, t = shapely.STRtree(geoms).query(grown_boxes(edges, reach))
        keep = ids[t] != owner_ids[q]
        q, t = q[keep], t[keep]
        near = shapely.distance(edges[q], geoms[t]) < reach - EPS
        closed[q[near]] = True
    return closed


def _limit(rules, left_open: bool, right_open: bool) -> int:
    if left_open and right_open:
        return SEATS_BOTH_ENDS.get(rules.seating_mode, 14)
    return SEATS_ONE_END if left_open or right_open else 0


def check_row_lengths(view: GeometryView, blocks: list) -> list[Finding]:
    """ROW_TOO_LONG for the given blocks as they stand in `view`; one finding per block, at its worst row."""
    rules = view.index.layout.rules
    blocks = [b for b in blocks if b.style in geometry.ROW_STYLES]
    if not blocks:
        return []
    edges, owners = _end_edges(blocks)
    closed = _closed_ends(view, blocks, edges, owners, rules.seating_aisle_min)
    findings, start = [], 0
    for block in blocks:
        ends = ~closed[start:start + 2 * block.rows].reshape(block.rows, 2)
        start += 2 * block.rows
        parts = merged_sections(block, rules)
        # Rows whose ends are alike fare alike: judge each kind of row once, at its first row.
        kinds = ends[:, 0] * 2 + ends[:, 1]
        worst = None
        for kind in np.unique(kinds):
            row = int(np.argmax(kinds == kind))
            left_open, right_open = bool(ends[row, 0]), bool(ends[row, 1])
            for k, seats in enumerate(parts):
                # Internal aisles (those that count) are aisles; only the outer ends can be closed.
                has = (left_open or k > 0, right_open or k < len(parts) - 1)
                limit = _limit(rules, *has)
                if seats > limit and (worst is None or (seats - limit, -row) > (worst[0] - worst[1], -worst[2])):
                    worst = (seats, limit, row, k, *has)
        if worst is not None:
            findings.append(_too_long(view, block, parts, *worst))
    return findings


def _too_long(view, block, parts, seats, limit, row, k, left_open, right_open) -> Finding:
    if left_open and right_open:
        how = f"between two aisles; at most {limit} in {view.index.layout.rules.seating_mode} seating"
    elif left_open or right_open:
        how = f"with an aisle at one end only; at most {limit}"
    else:
        how = "with no aisle at either end (walls or other elements close both)"
    # The middle of the offending stretch, for the canvas to point at.
    u = geometry.row_u(block)
    first = sum(parts[:k])
    mid_u = (u[first] + u[first + seats - 1]) / 2
    mid_v = -block.depth / 2 + (row + 0.5) * block.row_pitch
    a = math.radians(block.rotation)
    x = block.center[0] + mid_u * math.cos(a) - mid_v * math.sin(a)
    y = block.center[1] + mid_u * math.sin(a) + mid_v * math.cos(a)
    label = view.index.label(block.id)
    return Finding("ROW_TOO_LONG", ERROR, (block.id,),
                   f"{sentence(label)} has {seats} seats in row {row + 1} {how}",
                   measured=seats, required=limit, location=(float(x), float(y)))
