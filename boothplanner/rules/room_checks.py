"""Checks room by room when closed partitions split the floor, and PARTITION_CROSSED.

Each room needs its own exits for its own occupant load (TOO_FEW_EXITS, EGRESS_WIDTH,
EXIT_SEPARATION, KR_SEATING_EXITS), since a closed wall stops people reaching the doors of
the room next door. Elements count in the room holding their centre; one standing across a
closed wall is an error of its own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.rules.capacity import Capacity, FloorTotals, capacity_findings, capacity_of
from boothplanner.rules.egress import check_kr_seating_exits, farthest_pair, room_diagonal, separation_findings
from boothplanner.rules.findings import ERROR, Finding
from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
from boothplanner.rules.index import TOUCH
from boothplanner.rules.rooms import RoomGeometry, geometry_of

PARTITION_CODES = frozenset({"PARTITION_CROSSED"})
# What a wall cannot run through. Standing and no-build floor may (a no-build strip often marks
# the partition's track).
_WALLED_KINDS = (BOOTH, SEATING, SOLID_AREA)


@dataclass
class RoomState:
    """Floor totals per room and the room of every placed element, kept up to date through a drag."""
    geometry: RoomGeometry
    totals: list[FloorTotals]
    room_of: dict[str, int]
    capacities: list[Capacity]

    def room(self, k: int) -> tuple[str, str]:
        return self.geometry.ids[k], self.geometry.names[k]

    def to_json(self) -> list[dict]:
        return [{"id": self.geometry.ids[k], "name": self.geometry.names[k],
                 "sections": list(self.geometry.sections[k]), **c.to_json()}
                for k, c in enumerate(self.capacities)]


def _obstacles_m2(index, geometry: RoomGeometry) -> list[float]:
    """Obstacle area inside each room, once per layout version."""
    if "room_obstacles_m2" not in index.derived:
        obstacles = index.geoms[index.kinds == OBSTACLE]
        index.derived["room_obstacles_m2"] = [
            float(shapely.area(shapely.intersection(room, obstacles)).sum()) if len(obstacles) else 0.0
            for room in geometry.polygons]
    return index.derived["room_obstacles_m2"]


def _capacities(index, geometry: RoomGeometry, totals: list[FloorTotals]) -> list[Capacity]:
    layout = index.layout
    obstacles = _obstacles_m2(index, geometry)
    exits = layout.venue.exits
    return [capacity_of(layout, t, float(room.area) - obstacles[k], exits=[exits[i] for i in geometry.exits[k]],
                        expected_attendance=None)
            for k, (room, t) in enumerate(zip(geometry.polygons, totals))]


def room_state(index) -> RoomState | None:
    """Per-room totals of a whole layout version; None when no closed partition splits the floor."""
    geometry = geometry_of(index)
    if not geometry.partitioned:
        return None
    placed = np.flatnonzero(index.kinds != OBSTACLE)
    where = geometry.room_at(index.geoms[placed])
    groups: list[tuple[list, list, list]] = [([], [], []) for _ in geometry.polygons]
    room_of = {}
    for position, k in zip(placed, where):
        element = index.elements[position]
        room_of[element.id] = int(k)
        kind = index.kinds[position]
        groups[k][0 if kind == BOOTH else 1 if kind == SEATING else 2].append(element)
    totals = [FloorTotals.of_elements(b, s, a, index) for b, s, a in groups]
    return RoomState(geometry, totals, room_of, _capacities(index, geometry, totals))


def room_state_moved(base: RoomState | None, index, moved: dict, moved_geoms: np.ndarray) -> RoomState | None:
    """`base` with the elements in `moved` (id -> element; footprints `moved_geoms`) in their new places."""
    if base is None:
        return None
    geometry = base.geometry
    totals = copy.deepcopy(base.totals)
    room_of = dict(base.room_of)
    for (element_id, element), k in zip(moved.items(), geometry.room_at(moved_geoms)):
        if element_id in index.position:
            totals[room_of[element_id]].add(index.elements[index.position[element_id]], index, -1)
        totals[k].add(element, index, +1)
        room_of[element_id] = int(k)
    return RoomState(geometry, totals, room_of, _capacities(index, geometry, totals))


def _farthest_in_rooms(index, geometry: RoomGeometry) -> list:
    if "room_farthest_exits" not in index.derived:
        index.derived["room_farthest_exits"] = [
            farthest_pair(index.exit_lines[list(doors)]) if len(doors) >= 2 else None for doors in geometry.exits]
    return index.derived["room_farthest_exits"]


def room_findings(index, state: RoomState) -> list[Finding]:
    """Exits and egress width of every room against its own occupant load."""
    layout = index.layout
    geometry = state.geometry
    farthest = _farthest_in_rooms(index, geometry)
    findings = []
    for k, capacity in enumerate(state.capacities):
        if capacity.occupant_load == 0:
            continue  # a room nobody uses (closed off, empty) needs no door of its own
        room = state.room(k)
        exits = [layout.venue.exits[i] for i in geometry.exits[k]]
        polygon = geometry.polygons[k]
        findings += capacity_findings(capacity, room)
        findings += separation_findings(layout.rules, exits, farthest[k],
                                        room_diagonal(tuple(polygon.exterior.coords)), capacity.exits_required, room)
        findings += check_kr_seating_exits(layout, capacity.seats, float(polygon.area), exits, room)
    return findings


def _closed_lines(index) -> np.ndarray:
    if "closed_partition_lines" not in index.derived:
        closed = index.layout.venue.closed_partitions
        index.derived["closed_partition_lines"] = np.array(
            [shapely.LineString([p.start, p.end]) for p in closed], dtype=object)
    return index.derived["closed_partition_lines"]


def check_partitions_crossed(index, ids, geoms, kinds) -> list[Finding]:
    """PARTITION_CROSSED: a booth, seating block or solid area that a closed partition runs through.
    Standing flush against the wall is fine: only more than TOUCH of wall inside the element counts."""
    lines = _closed_lines(index)
    if not len(lines) or not len(ids):
        return []
    walled = np.flatnonzero(np.isin(kinds, _WALLED_KINDS))
    if not len(walled):
        return []
    g, w = shapely.STRtree(lines).query(geoms[walled])
    if not len(g):
        return []
    k = walled[g]
    inner = shapely.buffer(geoms[k], -TOUCH / 2, join_style="mitre")
    inside = shapely.intersection(lines[w], inner)
    lengths = shapely.length(inside)
    closed = index.layout.venue.closed_partitions
    findings = []
    for element_k, wall, piece, length in zip(k, w, inside, lengths):
        if length <= TOUCH:
            continue
        partition = closed[wall]
        middle = piece.centroid
        name = f"{partition.name} ({partition.id})" if partition.name else partition.id
        what = index.label(ids[element_k])
        findings.append(Finding(
            "PARTITION_CROSSED", ERROR, (ids[element_k], partition.id),
            f"{what[:1].upper()}{what[1:]} stands across the closed partition {name} "
            f"({length:.2f} m of wall runs through it); move it into one room or open the partition",
            measured=float(length), location=(float(middle.x), float(middle.y))))
    return findings
