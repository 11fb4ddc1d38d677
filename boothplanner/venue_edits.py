"""Keeping a venue whole while it is edited: doors that stay on the wall, movable walls that
still run from wall to wall, and sessions that still name the room they were in. No Qt; the
commands and the canvas use these.

A partition is a wall across the room. Dragged, or when the room's corners move, it keeps its
direction and is stretched or cut along its own line to the wall (or to the partition its end
stood on), the way a sliding wall runs on its ceiling track.
"""

from __future__ import annotations

import math
from dataclasses import replace

import shapely

from boothplanner.model import Exit, Partition, Venue
from boothplanner.rules.rooms import END_SLACK, sections_of

DOOR_STEP = 0.1     # doors slide along their wall in steps of this (m)


def nearest_on_outline(outline, point):
    """(distance, nearest point, edge vector, edge length, edge start) of the outline edge nearest `point`."""
    best = None
    n = len(outline)
    for i in range(n):
        (x0, y0), (x1, y1) = outline[i], outline[(i + 1) % n]
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy or 1e-12
        t = max(0.0, min(1.0, ((point[0] - x0) * dx + (point[1] - y0) * dy) / length2))
        q = (x0 + t * dx, y0 + t * dy)
        d = math.dist(q, point)
        if best is None or d < best[0]:
            best = (d, q, (dx, dy), math.sqrt(length2), (x0, y0))
    return best


def door_on_wall(outline, point, width: float, door: Exit) -> Exit:
    """`door` centred on the wall nearest `point`, `width` metres wide along it; its middle moves
    along the wall in 0.1 m steps from the wall's corner, so it stays on a slanting wall too."""
    _, q, (dx, dy), length, (x0, y0) = nearest_on_outline(outline, point)
    ux, uy = dx / length, dy / length
    half = min(width, length) / 2
    along = round(((q[0] - x0) * ux + (q[1] - y0) * uy) / DOOR_STEP) * DOOR_STEP
    along = min(max(along, half), length - half)        # the whole door on this wall
    mx, my = x0 + ux * along, y0 + uy * along
    return replace(door, start=(round(mx - ux * half, 3), round(my - uy * half, 3)),
                   end=(round(mx + ux * half, 3), round(my + uy * half, 3)))


def doors_on_walls(venue: Venue, ids) -> Venue:
    """Doors in `ids` put back on the wall nearest their middle (they slide along the outline)."""
    exits = tuple(door_on_wall(venue.outline, x.midpoint, x.width, x) if x.id in ids else x for x in venue.exits)
    return replace(venue, exits=exits)


def _on_wall(ring, point) -> bool:
    return ring.distance(shapely.Point(point)) <= END_SLACK


def fitted_partition(outline, partition: Partition, others, ends_on_walls=(True, True)) -> Partition | None:
    """`partition` stretched or cut along its line so that each end lies on the wall, or on the
    nearest other partition where `ends_on_walls` says that end stood on one. It stands on its
    middle, or on the part of it still inside the room; None when none is (nowhere to stand)."""
    polygon = shapely.Polygon(outline)
    (x0, y0), (x1, y1) = partition.start, partition.end
    length = math.dist(partition.start, partition.end)
    if length <= 1e-9 or not polygon.is_valid:
        return None
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    inner = polygon.buffer(-END_SLACK)
    middle = shapely.Point((x0 + x1) / 2, (y0 + y1) / 2)
    if not inner.contains(middle):
        # Partly outside (the room was made smaller): it stands on the part still inside.
        inside = [p for p in shapely.get_parts(shapely.LineString([partition.start, partition.end]).intersection(inner))
                  if isinstance(p, shapely.LineString) and p.length > END_SLACK]
        if not inside:
            return None     # outside, or lying along a wall, where it divides nothing
        middle = max(inside, key=lambda p: p.length).interpolate(0.5, normalized=True)
    mx, my = middle.x, middle.y
    reach = 2 * math.dist(*(polygon.bounds[:2], polygon.bounds[2:])) + length
    track = shapely.LineString([(mx - ux * reach, my - uy * reach), (mx + ux * reach, my + uy * reach)])
    pieces = [p for p in shapely.get_parts(track.intersection(polygon)) if isinstance(p, shapely.LineString) and not p.is_empty]
    piece = min(pieces, key=lambda p: p.distance(middle), default=None)
    if piece is None or piece.distance(middle) > END_SLACK:
        return None
    # Distances along the track from the middle: negative towards start, positive towards end.
    along = sorted(((x - mx) * ux + (y - my) * uy) for x, y in piece.coords)
    lo, hi = along[0], along[-1]
    crossings = []
    for other in others:
        hit = track.intersection(shapely.LineString([other.start, other.end]))
        for point in shapely.get_parts(hit):
            if isinstance(point, shapely.Point):
                crossings.append((point.x - mx) * ux + (point.y - my) * uy)
    if not ends_on_walls[0]:
        lo = max((t for t in crossings if lo - 1e-9 <= t < -1e-9), default=lo)
    if not ends_on_walls[1]:
        hi = min((t for t in crossings if 1e-9 < t <= hi + 1e-9), default=hi)
    return replace(partition, start=(mx + ux * lo, my + uy * lo), end=(mx + ux * hi, my + uy * hi))


def partitions_on_walls(before: Venue, after: Venue, ids=None) -> Venue | None:
    """`after` with its partitions (those in `ids`, or all) fitted to its walls; an end that stood
    on another partition in `before` is fitted to a partition again (the same one, moved, or the
    next one along). None if one cannot stand."""
    if not after.partitions or (after.partitions == before.partitions and after.outline == before.outline):
        return after        # nothing a wall stands on has moved (a door or a column was dragged)
    ring = shapely.LinearRing(before.outline)
    old = {p.id: p for p in before.partitions}
    fitted = []
    for partition in after.partitions:
        if ids is not None and partition.id not in ids:
            fitted.append(partition)
            continue
        previous = old.get(partition.id, partition)
        ends = (_on_wall(ring, previous.start), _on_wall(ring, previous.end))
        others = [p for p in after.partitions if p.id != partition.id]
        placed = fitted_partition(after.outline, partition, others, ends)
        if placed is None:
            return None
        fitted.append(placed)
    return replace(after, partitions=tuple(fitted))


def with_outline(venue: Venue, outline) -> tuple[Venue, list[str]]:
    """`venue` with a new outline (the room redrawn): movable walls fitted to the new walls, and
    those that cannot stand in the new room left out. Returns the venue and the ids left out."""
    after = replace(venue, outline=tuple(outline), partitions=())
    dropped = []
    for partition in venue.partitions:
        trial = partitions_on_walls(replace(venue, partitions=after.partitions + (partition,)),
                                    replace(after, partitions=after.partitions + (partition,)), {partition.id})
        if trial is None:
            dropped.append(partition.id)
        else:
            after = trial
    return after, dropped


def section_ids(venue: Venue) -> list[str]:
    """The ids a session can name: "ROOM-1"... for each part of the floor the partitions make."""
    return list(sections_of(venue.outline, venue.partitions))


def sessions_after_venue_change(sessions: dict, old_venue: Venue, new_venue: Venue) -> dict:
    """Sessions held in a room ("ROOM-n"), re-pointed at the room of the new venue that covers
    most of their old room (rooms are numbered from the left, so removing a wall renumbers
    them); a session whose room is gone keeps its time and audience but no room.
    Returns {session id: new session} for those that change."""
    held = [s for s in sessions.values() if s.room is not None]
    if not held or old_venue == new_venue:
        return {}
    old = sections_of(old_venue.outline, old_venue.partitions)
    new = sections_of(new_venue.outline, new_venue.partitions)
    changed = {}
    for session in held:
        room = None
        if session.room in old:
            shared = {room_id: cell.intersection(old[session.room]).area for room_id, cell in new.items()}
            best = max(shared, key=shared.__getitem__, default=None)
            if best is not None and shared[best] > 1e-6:
                room = best
        if room != session.room:
            changed[session.id] = replace(session, room=room)
    return changed
