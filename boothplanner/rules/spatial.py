"""Geometric rules: OVERLAP, ON_OBSTACLE, NARROW_AISLE, OUTSIDE_VENUE, EXIT_BLOCKED, FIRE_EQUIPMENT_BLOCKED.

Each works on arrays of candidates so the full check and the incremental one
(only the moved elements against the rest) share the same code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.rules.findings import ERROR, Finding, sentence
from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
from boothplanner.rules.index import EPS, OVERLAP_AREA, TOUCH, grown_boxes
from boothplanner.rules.view import GeometryView


@dataclass(frozen=True)
class Gap:
    """A gap narrower than its minimum, kept whether or not another element blocks it,
    so that moving a third element can re-open the question."""
    ids: tuple[str, str]
    line: object
    measured: float
    required: float
    # The strip between the two facing parts; a third element filling it means there is no aisle.
    corridor: object = None


def corridor_between(a, b, distance: float):
    """The region between the parts of `a` and `b` that face each other across a gap of `distance`."""
    reach = distance + 0.02
    near_a = shapely.intersection(shapely.boundary(a) if a.geom_type == "Polygon" else a, shapely.buffer(b, reach))
    near_b = shapely.intersection(shapely.boundary(b) if b.geom_type == "Polygon" else b, shapely.buffer(a, reach))
    return shapely.convex_hull(shapely.union(near_a, near_b))


def _pt(p) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _gap_finding(view: GeometryView, ids: tuple[str, str], line, measured: float, required: float) -> Finding:
    coords = list(line.coords)
    a, b = _pt(coords[0]), _pt(coords[-1])
    label = view.index.label
    return Finding(
        "NARROW_AISLE", ERROR, ids,
        f"Aisle between {label(ids[0])} and {label(ids[1])} is {measured:.2f} m wide; the minimum is {required:.2f} m",
        measured=measured, required=required,
        location=((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), points=(a, b),
    )


def check_pairs(view: GeometryView, ids_a, geoms_a, kinds_a, ids_b, geoms_b, kinds_b) -> tuple[list[Finding], list[Gap]]:
    """OVERLAP, ON_OBSTACLE and NARROW_AISLE between the candidate pairs (a[k], b[k])."""
    findings: list[Finding] = []
    gaps: list[Gap] = []
    if len(ids_a) == 0:
        return findings, gaps
    label = view.index.label
    table = view.index.gap_table
    # Put the smaller id first, so a pair is measured the same way whichever side moved: GEOS picks
    # among equally near points by argument order, and float results can differ in the last bit.
    swap = (ids_a > ids_b).astype(bool)
    if swap.any():
        ids_a, ids_b = np.where(swap, ids_b, ids_a), np.where(swap, ids_a, ids_b)
        geoms_a, geoms_b = np.where(swap, geoms_b, geoms_a), np.where(swap, geoms_a, geoms_b)
        kinds_a, kinds_b = np.where(swap, kinds_b, kinds_a), np.where(swap, kinds_a, kinds_b)
    both_obstacles = (kinds_a == OBSTACLE) & (kinds_b == OBSTACLE)
    required = table[kinds_a, kinds_b]

    # Envelopes bound the footprints, so a pair whose boxes are at least its minimum apart can be
    # neither overlapping nor narrow and needs no exact distance (most pairs across an aisle).
    box_a, box_b = shapely.bounds(geoms_a), shapely.bounds(geoms_b)
    dx = np.maximum(0.0, np.maximum(box_b[:, 0] - box_a[:, 2], box_a[:, 0] - box_b[:, 2]))
    dy = np.maximum(0.0, np.maximum(box_b[:, 1] - box_a[:, 3], box_a[:, 1] - box_b[:, 3]))
    box_gap = np.hypot(dx, dy)
    with np.errstate(invalid="ignore"):
        exact = ((box_gap <= 0) | (box_gap < required - EPS / 2)) & ~both_obstacles
    distance = np.full(len(ids_a), np.inf)
    distance[exact] = shapely.distance(geoms_a[exact], geoms_b[exact])

    touching = np.flatnonzero(distance <= 0)
    if len(touching):
        # Shared area is at most the boxes' shared area: flush neighbours (boxes meeting in a line)
        # cannot overlap, and skip the costly exact intersection.
        ta, tb = box_a[touching], box_b[touching]
        ox = np.clip(np.minimum(ta[:, 2], tb[:, 2]) - np.maximum(ta[:, 0], tb[:, 0]), 0.0, None)
        oy = np.clip(np.minimum(ta[:, 3], tb[:, 3]) - np.maximum(ta[:, 1], tb[:, 1]), 0.0, None)
        touching = touching[ox * oy > OVERLAP_AREA / 2]
        shared = shapely.area(shapely.intersection(geoms_a[touching], geoms_b[touching]))
        for k, area in zip(touching, shared):
            if area <= OVERLAP_AREA:
                continue
            a, b = ids_a[k], ids_b[k]
            centre = shapely.intersection(geoms_a[k], geoms_b[k]).centroid
            where = (centre.x, centre.y)
            if kinds_a[k] == OBSTACLE or kinds_b[k] == OBSTACLE:
                element, obstacle = (b, a) if kinds_a[k] == OBSTACLE else (a, b)
                findings.append(Finding("ON_OBSTACLE", ERROR, (element, obstacle),
                                        f"{sentence(label(element))} stands on {label(obstacle)} ({area:.2f} m² shared)",
                                        measured=float(area), location=where))
            else:
                pair = tuple(sorted((a, b)))
                findings.append(Finding("OVERLAP", ERROR, pair,
                                        f"{sentence(label(pair[0]))} overlaps {label(pair[1])} by {area:.2f} m²",
                                        measured=float(area), location=where))

    with np.errstate(invalid="ignore"):
        narrow = np.flatnonzero((distance > TOUCH + EPS) & (distance < required - EPS))
    if len(narrow):
        lines = shapely.shortest_line(geoms_a[narrow], geoms_b[narrow])
        for k, line in zip(narrow, lines):
            a, b = ids_a[k], ids_b[k]
            if a > b:
                a, b = b, a
                line = line.reverse()
            corridor = corridor_between(geoms_a[k], geoms_b[k], float(distance[k]))
            gap = Gap((a, b), line, float(distance[k]), float(required[k]), corridor)
            gaps.append(gap)
            if not view.is_blocked(gap):
                findings.append(_gap_finding(view, gap.ids, line, gap.measured, gap.required))
    return findings, gaps


def check_elements(view: GeometryView, ids, geoms, kinds, tree=None) -> tuple[list[Finding], list[Gap]]:
    """Rules about one element and the room: OUTSIDE_VENUE, aisles to the wall, exits and fire equipment.

    `tree`, when given, is an STRtree over `geoms` in the same order (the index's own, for a full check).
    """
    findings: list[Finding] = []
    gaps: list[Gap] = []
    if len(ids) == 0:
        return findings, gaps
    index = view.index
    rules = index.layout.rules
    label = index.label
    placed = kinds != OBSTACLE
    inside = shapely.covered_by(geoms, index.inside_zone)
    for k in np.flatnonzero(placed & ~inside):
        outside = shapely.difference(geoms[k], index.venue)
        c = geoms[k].centroid
        findings.append(Finding("OUTSIDE_VENUE", ERROR, (ids[k],),
                                f"{sentence(label(ids[k]))} is partly outside the venue ({outside.area:.2f} m² outside)",
                                measured=float(outside.area), location=(c.x, c.y)))

    table = index.gap_table
    required = table[kinds, OBSTACLE]  # the wall counts like an obstacle
    wall_candidates = np.flatnonzero(inside & ((kinds == BOOTH) | (kinds == SEATING)))
    if len(wall_candidates):
        findings_walls, wall_gaps = _wall_gaps(view, ids, geoms, wall_candidates, required)
        findings += findings_walls
        gaps += wall_gaps

    blocker = (kinds == BOOTH) | (kinds == SEATING) | (kinds == SOLID_AREA)
    if blocker.any() and (len(index.exits) or len(index.fire)):
        if tree is None:
            tree = shapely.STRtree(geoms)
        findings += _clearances(view, ids, geoms, blocker, tree, index.exit_lines, index.exits,
                                rules.exit_clearance, "EXIT_BLOCKED", "exit")
        findings += _clearances(view, ids, geoms, blocker, tree, index.fire_points, index.fire,
                                rules.fire_equipment_clearance, "FIRE_EQUIPMENT_BLOCKED", "fire equipment")
    return findings, gaps


def wall_gap_order(gap) -> tuple:
    """Which of an element's gaps to the walls is reported: the narrowest, and of two equally
    narrow (a booth in a corner), the wall whose id sorts first, so every check picks the same."""
    return round(gap.measured, 9), gap.ids[1]


def _wall_gaps(view, ids, geoms, candidates, required):
    """Gaps to each wall separately: an element flush with one wall can still be too near another.
    Each element is reported once, at its narrowest open gap."""
    index = view.index
    edges = index.wall_edges
    c_idx, e_idx = shapely.STRtree(edges).query(grown_boxes(geoms[candidates], index.reach))
    if len(c_idx) == 0:
        return [], []
    k_idx = candidates[c_idx]
    distance = shapely.distance(geoms[k_idx], edges[e_idx])
    req = required[k_idx]
    near = (distance > TOUCH + EPS) & (distance < req - EPS)
    # An element touching a wall is not in an aisle along the wall it touches; but a second
    # wall meeting that one at a corner is measured on its own.
    narrowest: dict[int, Gap] = {}
    gaps = []
    for k, e, d, r in zip(k_idx[near], e_idx[near], distance[near], req[near]):
        line = shapely.shortest_line(geoms[k], edges[e])
        gap = Gap((ids[k], index.wall_edge_ids[e]), line, float(d), float(r), corridor_between(geoms[k], edges[e], float(d)))
        gaps.append(gap)
        if view.is_blocked(gap):
            continue
        if k not in narrowest or wall_gap_order(gap) < wall_gap_order(narrowest[k]):
            narrowest[k] = gap
    findings = [_gap_finding(view, g.ids, g.line, g.measured, g.required) for g in narrowest.values()]
    return findings, gaps


def _clearances(view, ids, geoms, blocker, tree, targets, items, clearance, code, noun) -> list[Finding]:
    """Elements (where `blocker`) nearer than `clearance` to any target; `tree` indexes `geoms`."""
    findings: list[Finding] = []
    if clearance <= 0 or len(targets) == 0:
        return findings
    label = view.index.label
    # Grown boxes, not buffers: a buffer's polygonal caps fall short of the true distance,
    # so its envelope can miss an element just inside the clearance.
    t_idx, g_idx = tree.query(grown_boxes(targets, clearance))
    keep = blocker[g_idx]
    t_idx, g_idx = t_idx[keep], g_idx[keep]
    if len(t_idx) == 0:
        return findings
    distance = shapely.distance(geoms[g_idx], targets[t_idx])
    for t, k, d in zip(t_idx, g_idx, distance):
        if d >= clearance - EPS:
            continue
        item = items[t]
        name = getattr(item, "name", "") or item.id
        what = f"exit {name}" if noun == "exit" else f"{item.kind.replace('_', ' ')} {item.id}"
        near = shapely.shortest_line(targets[t], geoms[k]).coords[0]
        findings.append(Finding(code, ERROR, (ids[k], item.id),
                                f"{sentence(label(ids[k]))} is {d:.2f} m from {what}; keep {clearance:.2f} m clear",
                                measured=float(d), required=float(clearance), location=_pt(near)))
    return findings


def full_spatial_check(view: GeometryView) -> tuple[list[Finding], list[Gap]]:
    """Every geometric rule over the whole index."""
    index = view.index
    geoms, ids, kinds = index.geoms, index.ids, index.kinds
    findings, gaps = check_elements(view, ids, geoms, kinds, index.tree)
    if len(geoms):
        q, t = index.tree.query(grown_boxes(geoms, index.reach))
        keep = q < t
        q, t = q[keep], t[keep]
        more, more_gaps = check_pairs(view, ids[q], geoms[q], kinds[q], ids[t], geoms[t], kinds[t])
        findings += more
        gaps += more_gaps
    return findings, gaps

