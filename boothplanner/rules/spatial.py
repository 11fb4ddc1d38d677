"""Geometric rules: OVERLAP, ON_OBSTACLE, NARROW_AISLE, OUTSIDE_VENUE, EXIT_BLOCKED, FIRE_EQUIPMENT_BLOCKED.

Each works on arrays of candidates so the full check and the incremental one
(only the moved elements against the rest) share the same code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.rules.findings import ERROR, Finding
from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
from boothplanner.rules.index import EPS, OVERLAP_AREA, TOUCH, WALL_ID, gap_table, grown_boxes
from boothplanner.rules.view import GeometryView


@dataclass(frozen=True)
class Gap:
    """A gap narrower than its minimum, kept whether or not another element blocks it,
    so that moving a third element can re-open the question."""
    ids: tuple[str, str]
    line: object
    measured: float
    required: float


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
    table = gap_table(view.index.layout.rules)
    both_obstacles = (kinds_a == OBSTACLE) & (kinds_b == OBSTACLE)
    distance = shapely.distance(geoms_a, geoms_b)

    touching = np.flatnonzero((distance <= 0) & ~both_obstacles)
    if len(touching):
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
                                        f"{label(element).capitalize()} stands on {label(obstacle)} ({area:.2f} m² shared)",
                                        measured=float(area), location=where))
            else:
                pair = tuple(sorted((a, b)))
                findings.append(Finding("OVERLAP", ERROR, pair,
                                        f"{label(pair[0]).capitalize()} overlaps {label(pair[1])} by {area:.2f} m²",
                                        measured=float(area), location=where))

    required = table[kinds_a, kinds_b]
    with np.errstate(invalid="ignore"):
        narrow = np.flatnonzero((distance > TOUCH) & (distance < required - EPS))
    if len(narrow):
        lines = shapely.shortest_line(geoms_a[narrow], geoms_b[narrow])
        for k, line in zip(narrow, lines):
            a, b = ids_a[k], ids_b[k]
            if a > b:
                a, b = b, a
                line = line.reverse()
            gap = Gap((a, b), line, float(distance[k]), float(required[k]))
            gaps.append(gap)
            if not view.is_blocked(line, gap.ids):
                findings.append(_gap_finding(view, gap.ids, line, gap.measured, gap.required))
    return findings, gaps


def check_elements(view: GeometryView, ids, geoms, kinds) -> tuple[list[Finding], list[Gap]]:
    """Rules about one element and the room: OUTSIDE_VENUE, aisles to the wall, exits and fire equipment."""
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
                                f"{label(ids[k]).capitalize()} is partly outside the venue ({outside.area:.2f} m² outside)",
                                measured=float(outside.area), location=(c.x, c.y)))

    table = gap_table(rules)
    required = table[kinds, OBSTACLE]  # the wall counts like an obstacle
    wall_candidates = np.flatnonzero(inside & ((kinds == BOOTH) | (kinds == SEATING)))
    if len(wall_candidates):
        distance = shapely.distance(geoms[wall_candidates], index.walls)
        req = required[wall_candidates]
        near = (distance > TOUCH) & (distance < req - EPS)
        for k, d, r in zip(wall_candidates[near], distance[near], req[near]):
            line = shapely.shortest_line(geoms[k], index.walls)
            gap = Gap((ids[k], WALL_ID), line, float(d), float(r))
            gaps.append(gap)
            if not view.is_blocked(line, gap.ids):
                findings.append(_gap_finding(view, gap.ids, line, gap.measured, gap.required))

    blockers = np.flatnonzero((kinds == BOOTH) | (kinds == SEATING) | (kinds == SOLID_AREA))
    findings += _clearances(view, ids, geoms, blockers, index.exit_lines, index.exits, rules.exit_clearance,
                            "EXIT_BLOCKED", "exit")
    findings += _clearances(view, ids, geoms, blockers, index.fire_points, index.fire, rules.fire_equipment_clearance,
                            "FIRE_EQUIPMENT_BLOCKED", "fire equipment")
    return findings, gaps


def _clearances(view, ids, geoms, candidates, targets, items, clearance, code, noun) -> list[Finding]:
    findings: list[Finding] = []
    if clearance <= 0 or len(targets) == 0 or len(candidates) == 0:
        return findings
    label = view.index.label
    sub = geoms[candidates]
    zones = shapely.buffer(targets, clearance)
    tree = shapely.STRtree(sub)
    t_idx, s_idx = tree.query(zones)
    if len(t_idx) == 0:
        return findings
    distance = shapely.distance(sub[s_idx], targets[t_idx])
    for t, s, d in zip(t_idx, s_idx, distance):
        if d >= clearance - EPS:
            continue
        item = items[t]
        k = candidates[s]
        name = getattr(item, "name", "") or item.id
        what = f"exit {name}" if noun == "exit" else f"{item.kind.replace('_', ' ')} {item.id}"
        near = shapely.shortest_line(targets[t], geoms[k]).coords[0]
        findings.append(Finding(code, ERROR, (ids[k], item.id),
                                f"{label(ids[k]).capitalize()} is {d:.2f} m from {what}; keep {clearance:.2f} m clear",
                                measured=float(d), required=float(clearance), location=_pt(near)))
    return findings


def full_spatial_check(view: GeometryView) -> tuple[list[Finding], list[Gap]]:
    """Every geometric rule over the whole index."""
    index = view.index
    geoms, ids, kinds = index.geoms, index.ids, index.kinds
    findings, gaps = check_elements(view, ids, geoms, kinds)
    if len(geoms):
        q, t = index.tree.query(grown_boxes(geoms, index.reach))
        keep = q < t
        q, t = q[keep], t[keep]
        more, more_gaps = check_pairs(view, ids[q], geoms[q], kinds[q], ids[t], geoms[t], kinds[t])
        findings += more
        gaps += more_gaps
    return findings, gaps

