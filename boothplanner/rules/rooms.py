"""Rooms made by partitions: which part of the floor, which exits and which elements each holds.

The venue cut by *every* partition, open or closed, gives its sections, numbered from the left
of the plan ("ROOM-1", "ROOM-2", ...; left to right by centroid, then top to bottom). Those ids
do not change when a wall is opened or closed, so a session can name one. The rooms of the
moment are the venue cut by the *closed* partitions only; a room that spans several sections
(the walls between them open) takes their ids joined with "+" ("ROOM-2+ROOM-3").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from boothplanner.rules.footprints import OBSTACLE
from boothplanner.rules.index import LayoutIndex

ROOM_PREFIX = "ROOM-"
# Partition ends are accepted within this of a wall or another partition (m); the line is
# stretched by twice that before cutting, so such an end still divides the floor.
END_SLACK = 0.01


@dataclass(frozen=True)
class Room:
    """One room of the floor as the closed partitions make it. Coordinates in metres."""
    id: str
    name: str
    polygon: tuple[tuple[float, float], ...]   # outer ring, not closed
    sections: tuple[str, ...]                  # the sections ("ROOM-n") it is made of
    exit_ids: tuple[str, ...]
    element_ids: tuple[str, ...]               # booths, seating blocks and areas, by centre
    area_m2: float


def _stretched(start, end, by: float):
    (x0, y0), (x1, y1) = start, end
    length = float(np.hypot(x1 - x0, y1 - y0))
    if length == 0:
        return shapely.Point(start)
    ux, uy = (x1 - x0) / length * by, (y1 - y0) / length * by
    return shapely.LineString([(x0 - ux, y0 - uy), (x1 + ux, y1 + uy)])


def cut_floor(outline, partitions) -> list:
    """The venue polygon cut along the given partitions, ordered left to right, then top to bottom.

    A partition that does not reach from wall to wall (or to another partition) cuts nothing:
    people can walk round its end."""
    venue = shapely.Polygon(outline)
    if not partitions:
        return [venue]
    lines = [_stretched(p.start, p.end, 2 * END_SLACK) for p in partitions]
    noded = shapely.union_all([venue.exterior, *lines])
    cells = [c for c in shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
             if c.area > 1e-6 and venue.contains(c.representative_point())]
    if not cells:
        return [venue]
    return sorted(cells, key=lambda c: (round(c.centroid.x, 3), round(c.centroid.y, 3)))


@dataclass(frozen=True)
class RoomGeometry:
    """Rooms of one venue state: polygons, the sections in each, which exits open from each."""
    polygons: tuple                    # shapely polygons of the current rooms
    ids: tuple[str, ...]
    names: tuple[str, ...]
    sections: tuple[tuple[str, ...], ...]
    section_room: dict                 # section id -> index of its room
    exits: tuple[tuple[int, ...], ...]  # per room, indexes into venue.exits

    @property
    def partitioned(self) -> bool:
        """True when closed partitions make more than one room."""
        return len(self.polygons) > 1

    def room_at(self, geoms: np.ndarray) -> np.ndarray:
        """Index of the room holding each footprint's centre (the nearest room if none does)."""
        out = np.zeros(len(geoms), dtype=np.intp)
        if len(self.polygons) < 2 or len(geoms) == 0:
            return out
        centres = shapely.centroid(geoms)
        x, y = shapely.get_x(centres), shapely.get_y(centres)
        found = np.zeros(len(geoms), dtype=bool)
        for k, polygon in enumerate(self.polygons):
            inside = ~found & shapely.intersects_xy(polygon, x, y)
            out[inside] = k
            found |= inside
        for i in np.flatnonzero(~found):
            out[i] = int(np.argmin(shapely.distance(np.array(self.polygons, dtype=object), centres[i])))
        return out


def sections_of(outline, partitions) -> dict:
    """The floor's sections by the id a session names them with ("ROOM-1", ...): the venue cut by
    every partition, open or closed, numbered from the left; {} for an outline that crosses itself."""
    if not shapely.Polygon(outline).is_valid:
        return {}
    return {f"{ROOM_PREFIX}{k + 1}": cell for k, cell in enumerate(cut_floor(outline, partitions))}


def room_geometry(venue) -> RoomGeometry:
    """The sections and current rooms of a venue; one room, the whole floor, without closed partitions."""
    by_id = sections_of(venue.outline, venue.partitions)
    section_ids, sections = tuple(by_id), list(by_id.values())
    closed = venue.closed_partitions
    rooms = cut_floor(venue.outline, closed) if closed else [shapely.Polygon(venue.outline)]
    members: list[list[str]] = [[] for _ in rooms]
    section_room = {}
    for section_id, section in zip(section_ids, sections):
        point = section.representative_point()
        k = next((k for k, room in enumerate(rooms) if room.contains(point)), None)
        if k is None:
            k = int(np.argmin([room.distance(point) for room in rooms]))
        members[k].append(section_id)
        section_room[section_id] = k
    exit_room: list[list[int]] = [[] for _ in rooms]
    polygons = np.array(rooms, dtype=object)
    for i, door in enumerate(venue.exits):
        middle = shapely.Point(door.midpoint)
        # A door opens from the room nearest its middle: on the room's wall, that is distance 0.
        exit_room[int(np.argmin(shapely.distance(polygons, middle))) if len(rooms) > 1 else 0].append(i)
    ids = tuple("+".join(m) if m else f"{ROOM_PREFIX}?" for m in members)
    names = tuple(" + ".join(f"Room {s[len(ROOM_PREFIX):]}" for s in m) for m in members)
    return RoomGeometry(tuple(rooms), ids, names, tuple(tuple(m) for m in members), section_room,
                        tuple(tuple(e) for e in exit_room))


def rooms_of(layout, index=None) -> list[Room]:
    """The rooms of the layout as its closed partitions make them (one room without any)."""
    index = index or LayoutIndex(layout)
    geometry = geometry_of(index)
    placed = np.flatnonzero(index.kinds != OBSTACLE)
    where = geometry.room_at(index.geoms[placed])
    out = []
    for k, polygon in enumerate(geometry.polygons):
        coords = tuple((float(x), float(y)) for x, y in list(polygon.exterior.coords)[:-1])
        out.append(Room(
            id=geometry.ids[k], name=geometry.names[k], polygon=coords, sections=geometry.sections[k],
            exit_ids=tuple(layout.venue.exits[i].id for i in geometry.exits[k]),
            element_ids=tuple(index.ids[placed[where == k]]), area_m2=float(polygon.area)))
    return out


def geometry_of(index) -> RoomGeometry:
    """room_geometry of the index's venue, worked out once per layout version."""
    if "rooms" not in index.derived:
        index.derived["rooms"] = room_geometry(index.layout.venue)
    return index.derived["rooms"]


def closed_partition_lines(layout) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The closed partitions as ((x, y), (x, y)) wall lines, for analyses that treat them as walls."""
    return [(p.start, p.end) for p in layout.venue.closed_partitions]

