"""A brute-force checker written from the rules as specified: plain shapely, every pair, no index.

Used by the oracle tests to cross-check the indexed engine. Returns {(code, ids): measured}.
"""

from __future__ import annotations

import math
from itertools import combinations

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon

from boothplanner.model import Booth, SeatingBlock

TOUCH = 0.01
EPS = 1e-9
OVERLAP_M2 = 1e-4
SOLID = ("stage", "registration", "lounge", "catering", "storage")


def footprint(e) -> Polygon:
    """Rectangle width x depth about the centre, turned clockwise (y down); outlines as they are."""
    if isinstance(e, (Booth, SeatingBlock)):
        w, d = e.size if isinstance(e, Booth) else seating_size(e)
        a = np.radians(np.array([e.rotation], dtype=float))
        c, s = np.cos(a)[0], np.sin(a)[0]
        cx, cy = e.center
        pts = [(cx + dx * c - dy * s, cy + dx * s + dy * c)
               for dx, dy in ((-w / 2, -d / 2), (w / 2, -d / 2), (w / 2, d / 2), (-w / 2, d / 2))]
        return Polygon(pts)
    return Polygon(e.outline)


def per_table(e) -> int:
    return e.seats_per_table or {"classroom": 3, "banquet": 10, "cabaret": 7}.get(e.style, 0)


def seating_size(e) -> tuple[float, float]:
    """Footprint of a seating block by style, from docs/file-format.md."""
    n, every = e.seats_per_row, e.aisle_every
    if e.style == "theater":
        return n * e.seat_width + ((n - 1) // every * e.aisle_width if every else 0.0), e.rows * e.row_pitch
    tables = math.ceil(n / per_table(e))
    if e.style == "classroom":
        aisles = (tables - 1) * per_table(e) // every if every else 0
        return tables * per_table(e) * e.seat_width + aisles * e.aisle_width, e.rows * e.row_pitch
    chairs_deep = 2 if e.style == "banquet" else 1
    d, gap = e.table_diameter, e.table_spacing
    return (tables * d + (tables - 1) * gap + 2 * e.chair_depth,
            e.rows * d + (e.rows - 1) * gap + chairs_deep * e.chair_depth)


def kind(e) -> str:
    if isinstance(e, Booth):
        return "booth"
    if isinstance(e, SeatingBlock):
        return "seating"
    if hasattr(e, "is_solid"):
        return "solid" if e.kind in SOLID else "open"
    return "obstacle"


def required_gap(rules, ka: str, kb: str):
    kinds = {ka, kb}
    if not kinds <= {"booth", "seating", "solid", "obstacle"}:
        return None
    if "booth" in kinds:
        return rules.aisle_min
    if "seating" in kinds:
        return rules.seating_aisle_min
    return None


def brute_findings(layout) -> dict:
    rules = layout.rules
    out: dict = {}
    placed = [(e.id, kind(e), footprint(e)) for e in layout.placed()]
    obstacles = [(o.id, "obstacle", Polygon(o.outline)) for o in layout.venue.obstacles]
    everything = placed + obstacles
    solid = [x for x in everything if x[1] != "open"]
    venue = Polygon(layout.venue.outline)
    walls = venue.exterior
    zone = venue.buffer(0.001, join_style="mitre")

    for (ia, ka, fa), (ib, kb, fb) in combinations(placed, 2):
        shared = fa.intersection(fb).area
        if shared > OVERLAP_M2:
            out[("OVERLAP", tuple(sorted((ia, ib))))] = shared
    for (ia, ka, fa) in placed:
        for (ib, kb, fb) in obstacles:
            shared = fa.intersection(fb).area
            if shared > OVERLAP_M2:
                out[("ON_OBSTACLE", (ia, ib))] = shared

    inside = {}
    for (i, k, f) in placed:
        inside[i] = zone.covers(f)
        if not inside[i]:
            out[("OUTSIDE_VENUE", (i,))] = f.difference(venue).area

    def blocked(fa, fb, d, a, b) -> bool:
        # The gap's corridor: the hull of the parts of each side within reach of the other.
        # Other solid elements filling half of it or more close the aisle (a booth between two others).
        others = [f for (i, k, f) in solid if i not in (a, b)]
        reach = d + 0.02
        edge_a = fa.boundary if fa.geom_type == "Polygon" else fa
        edge_b = fb.boundary if fb.geom_type == "Polygon" else fb
        # quad_segs=8 as shapely.buffer() draws it in the engine (a method call would draw 16 a quarter).
        corridor = edge_a.intersection(fb.buffer(reach, quad_segs=8)).union(
            edge_b.intersection(fa.buffer(reach, quad_segs=8))).convex_hull
        if not others:
            return False
        if corridor.area > 1e-6:
            return corridor.intersection(shapely.union_all(others)).area >= 0.5 * corridor.area
        return any(corridor.intersection(f.buffer(-TOUCH / 2, join_style="mitre")).length > TOUCH for f in others)

    for (ia, ka, fa), (ib, kb, fb) in combinations(solid, 2):
        need = required_gap(rules, ka, kb)
        if need is None:
            continue
        (ia, fa), (ib, fb) = sorted(((ia, fa), (ib, fb)), key=lambda p: p[0])
        d = fa.distance(fb)
        if TOUCH + EPS < d < need - EPS:
            if not blocked(fa, fb, d, ia, ib):
                out[("NARROW_AISLE", (ia, ib))] = d
    for (i, k, f) in placed:
        if k not in ("booth", "seating") or not inside[i]:
            continue
        need = required_gap(rules, k, "obstacle")
        # Each wall on its own: flush against one wall, an element can still be too near the next.
        # A closed movable wall is a wall too, named by its own id.
        ring = list(walls.coords)
        edges = [("venue", LineString([p, q])) for p, q in zip(ring, ring[1:])]
        edges += [(w.id, LineString([w.start, w.end])) for w in layout.venue.partitions if not w.open]
        open_gaps = []
        for wall_id, edge in edges:
            d = f.distance(edge)
            if TOUCH + EPS < d < need - EPS and not blocked(f, edge, d, i, wall_id):
                open_gaps.append((round(d, 9), wall_id, d))
        if open_gaps:
            _, wall_id, d = min(open_gaps)            # the narrowest; equally narrow: the first wall id
            out[("NARROW_AISLE", (i, wall_id))] = d

    for targets, clearance, code in (
        ([(x.id, LineString([x.start, x.end])) for x in layout.venue.exits], rules.exit_clearance, "EXIT_BLOCKED"),
        ([(q.id, Point(q.at)) for q in layout.venue.fire_equipment], rules.fire_equipment_clearance,
         "FIRE_EQUIPMENT_BLOCKED"),
    ):
        for (i, k, f) in placed:
            if k == "open":
                continue
            for tid, t in targets:
                d = f.distance(t)
                if d < clearance - EPS:
                    out[(code, (i, tid))] = d

    groups: dict = {}
    for b in layout.booths.values():
        key = b.number.strip().casefold()
        if key:
            groups.setdefault(key, []).append(b.id)
    for ids in groups.values():
        if len(ids) > 1:
            out[("DUPLICATE_BOOTH_NUMBER", tuple(sorted(ids)))] = len(ids)

    out.update(brute_capacity(layout))
    out.update(brute_rows(layout, [(i, f) for (i, k, f) in solid], walls))
    return out


def _row_stretches(e, rules) -> list[int]:
    """Seats between the internal aisles that are wide enough to count."""
    n, every = e.seats_per_row, e.aisle_every
    parts = [min(every, n - s) for s in range(0, n, every)] if every and every < n else [n]
    return parts if e.aisle_width >= rules.seating_aisle_min - EPS else [n]


def brute_rows(layout, solid, walls) -> dict:
    """ROW_SPACING and ROW_TOO_LONG: every row end measured against every wall and element."""
    rules = layout.rules
    out = {}
    for e in layout.seating.values():
        rowed = e.style in ("theater", "classroom")
        parts = _row_stretches(e, rules) if rowed else [e.seats_per_row]
        clear = {"theater": e.row_pitch - e.chair_depth,
                 "classroom": e.row_pitch - e.table_depth - e.chair_depth}.get(e.style, e.table_spacing - 2 * e.chair_depth)
        need = 0.305
        if rules.seating_mode == "continental" and rowed:
            need = min(0.559, 0.305 + 0.0076 * max(0, max(parts) - 14))
        if clear < need - EPS:
            out[("ROW_SPACING", (e.id,))] = clear
        if not rowed:
            continue
        w, d = seating_size(e)
        a = math.radians(e.rotation)
        c, s = math.cos(a), math.sin(a)

        def at(u, v):
            return (e.center[0] + u * c - v * s, e.center[1] + u * s + v * c)

        def is_open(u, row):
            v0, v1 = -d / 2 + row * e.row_pitch, -d / 2 + (row + 1) * e.row_pitch
            end = LineString([at(u, v0), at(u, v1)])
            if end.distance(walls) < rules.seating_aisle_min - EPS:
                return False
            return all(end.distance(f) >= rules.seating_aisle_min - EPS for i, f in solid if i != e.id)

        worst = None
        for row in range(e.rows):
            left, right = is_open(-w / 2, row), is_open(w / 2, row)
            for k, seats in enumerate(parts):
                ends = (left or k > 0, right or k < len(parts) - 1)
                limit = (100 if rules.seating_mode == "continental" else 14) if all(ends) else 7 if any(ends) else 0
                if seats > limit and (worst is None or seats - limit > worst[0] - worst[1]):
                    worst = (seats, limit)
        if worst:
            out[("ROW_TOO_LONG", (e.id,))] = worst[0]
    return out


def _shortest(a, b):
    return shapely.shortest_line(a, b)


def occupant_load(layout) -> int:
    """seats + ceil(booths/2.8) + ceil(standing/0.46) + ceil((stage+lounge+catering)/1.4) + ceil(registration/0.65)."""
    def up(x):
        return math.ceil(round(x, 6))
    by = {}
    for a in layout.areas.values():
        by[a.kind] = by.get(a.kind, 0.0) + Polygon(a.outline).area
    booths = sum(b.size[0] * b.size[1] for b in layout.booths.values())
    return (sum(s.rows * s.seats_per_row for s in layout.seating.values()) + up(booths / 2.8)
            + up(by.get("standing", 0.0) / 0.46)
            + up((by.get("stage", 0.0) + by.get("lounge", 0.0) + by.get("catering", 0.0)) / 1.4)
            + up(by.get("registration", 0.0) / 0.65))


def brute_capacity(layout) -> dict:
    out = {}
    load = occupant_load(layout)
    need = 1 if load < 50 else 2 if load <= 500 else 3 if load <= 1000 else 4
    exits = layout.venue.exits
    if len(exits) < need:
        out[("TOO_FEW_EXITS", ())] = len(exits)
    width = sum(math.dist(x.start, x.end) for x in exits)
    if width + 1e-9 < load * 0.00508:
        out[("EGRESS_WIDTH", ())] = width
    seats = sum(s.rows * s.seats_per_row for s in layout.seating.values())
    expected = layout.event.expected_attendance
    if expected is not None and expected > seats:
        out[("SEATS_SHORT", ())] = seats
    # Wheelchair spaces (ADA Table 221.2.1.1); the oracle's blocks only put them at tables, one chair each.
    steps = [(3, 0), (25, 1), (50, 2), (150, 4), (300, 5), (500, 6)]
    spaces_needed = next((n for top, n in steps if seats <= top), None)
    if spaces_needed is None:
        spaces_needed = 6 + math.ceil((seats - 500) / 150) if seats <= 5000 else 36 + math.ceil((seats - 5000) / 200)
    spaces = sum(s.wheelchair_spaces for s in layout.seating.values())
    if spaces < spaces_needed:
        out[("WHEELCHAIR_SPACES", ())] = spaces
    # Two exits at least half the longest corner-to-corner line apart (a third if sprinklered).
    if need >= 2 and len(exits) >= 2:
        corners = layout.venue.outline
        diagonal = max(math.dist(p, q) for p in corners for q in corners)
        lines = [(x.id, LineString([x.start, x.end])) for x in exits]
        best = max(((la.distance(lb), (ia, ib)) for (ia, la), (ib, lb) in combinations(lines, 2)),
                   key=lambda t: t[0])
        if best[0] < diagonal / (3 if layout.rules.sprinklered else 2) - EPS:
            out[("EXIT_SEPARATION", best[1])] = best[0]
    # Korean seating floors of 300 m² or more.
    floor = Polygon(layout.venue.outline).area
    if layout.rules.profile == "kr" and seats > 0 and floor >= 300 - EPS:
        if len(exits) < 2 or width < floor * 0.006 - EPS:
            out[("KR_SEATING_EXITS", ())] = width
        for x in exits:
            if math.dist(x.start, x.end) < 1.5 - EPS:
                out[("KR_SEATING_EXITS", (x.id,))] = math.dist(x.start, x.end)
    return out
