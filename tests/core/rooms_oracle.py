"""Rooms, room-by-room exits, PARTITION_CROSSED and session seats written out plainly from the rules
(docs/rules.md, docs/file-format.md): shapely's split, every element and exit looked at in turn.

Cross-checks the engine in test_partitions.py. Returns {(code, ids): measured} for the codes that
partitions and sessions change.
"""

from __future__ import annotations

import math
from itertools import combinations

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import split

from rules_oracle import EPS, footprint, occupant_load

ROOM_CODES = ("TOO_FEW_EXITS", "EGRESS_WIDTH", "EXIT_SEPARATION", "PARTITION_CROSSED", "SESSION_SEATS_SHORT")


def _long(p) -> LineString:
    (x0, y0), (x1, y1) = p.start, p.end
    n = math.dist(p.start, p.end)
    ux, uy = (x1 - x0) / n * 0.02, (y1 - y0) / n * 0.02
    return LineString([(x0 - ux, y0 - uy), (x1 + ux, y1 + uy)])


def pieces(outline, partitions) -> list[Polygon]:
    """Split the floor by each wall in turn until nothing more splits; left to right, then top down."""
    parts = [Polygon(outline)]
    changed = True
    while changed:
        changed = False
        for p in partitions:
            line = _long(p)
            out = []
            for part in parts:
                got = [g for g in split(part, line).geoms if g.area > 1e-6]
                changed |= len(got) > 1
                out += got
            parts = out
    return sorted(parts, key=lambda c: (round(c.centroid.x, 3), round(c.centroid.y, 3)))


def rooms(layout) -> list[tuple[str, Polygon]]:
    sections = pieces(layout.venue.outline, layout.venue.partitions)
    current = pieces(layout.venue.outline, [p for p in layout.venue.partitions if not p.open])
    named = []
    for room in current:
        ids = [f"ROOM-{k + 1}" for k, s in enumerate(sections) if room.contains(s.representative_point())]
        named.append(("+".join(ids), room))
    return named


def _room_index(named, point) -> int:
    for k, (_, room) in enumerate(named):
        if room.intersects(point):
            return k
    return min(range(len(named)), key=lambda k: named[k][1].distance(point))


def brute_room_findings(layout) -> dict:
    out: dict = {}
    closed = [p for p in layout.venue.partitions if not p.open]
    for e in layout.placed():
        f = footprint(e)
        if getattr(e, "kind", "stage") in ("standing", "no_build"):
            continue
        for p in closed:
            inside = LineString([p.start, p.end]).intersection(f.buffer(-0.005, join_style="mitre")).length
            if inside > 0.01:
                out[("PARTITION_CROSSED", (e.id, p.id))] = inside
    named = rooms(layout)
    where = {e.id: _room_index(named, footprint(e).centroid) for e in layout.placed()}
    free = []
    for k, (room_id, room) in enumerate(named):
        sub = layout.copy()
        for table in (sub.booths, sub.seating, sub.areas):
            for element_id in list(table):
                if where[element_id] != k:
                    del table[element_id]
        taken = sum(footprint(e).area for e in sub.placed() if getattr(e, "kind", "stage") not in ("standing", "no_build"))
        columns = sum(Polygon(o.outline).intersection(room).area for o in layout.venue.obstacles)
        free.append(max(0.0, room.area - columns - taken))
        if len(named) == 1:
            continue
        load = occupant_load(sub)
        if load == 0:
            continue
        doors = [x for x in layout.venue.exits if _room_index(named, Point(x.midpoint)) == k]
        need = 1 if load < 50 else 2 if load <= 500 else 3 if load <= 1000 else 4
        if len(doors) < need:
            out[("TOO_FEW_EXITS", (room_id,))] = len(doors)
        width = sum(x.width for x in doors)
        if width + 1e-9 < load * 0.00508:
            out[("EGRESS_WIDTH", (room_id,))] = width
        if need >= 2 and len(doors) >= 2:
            corners = list(room.exterior.coords)
            diagonal = max(math.dist(a, b) for a in corners for b in corners)
            best = max(((LineString([a.start, a.end]).distance(LineString([b.start, b.end])), (a.id, b.id))
                        for a, b in combinations(doors, 2)), key=lambda t: t[0])
            if best[0] < diagonal / (3 if layout.rules.sprinklered else 2) - EPS:
                out[("EXIT_SEPARATION", (room_id, *best[1]))] = best[0]
    for s in layout.sessions.values():
        if s.room is not None:
            k = next((k for k, (room_id, _) in enumerate(named) if s.room in room_id.split("+")), None)
            seats = sum(b.rows * b.seats_per_row for b in layout.seating.values() if where[b.id] == k)
            floor = free[k] if len(named) > 1 else sum(free)
        else:
            blocks = [layout.seating[i] for i in s.seating]
            seats = sum(b.rows * b.seats_per_row for b in blocks)
            ks = {where[b.id] for b in blocks} if len(named) > 1 and blocks else set(range(len(named)))
            floor = sum(free[k] for k in ks)
        if s.expected_attendance is not None and s.expected_attendance > seats:
            out[("SESSION_SEATS_SHORT", (s.id,))] = seats
            out[("standing room", (s.id,))] = int(floor // 0.46)
    return out
