"""Which element is under a point or inside a rectangle, using the rules' spatial index."""

from __future__ import annotations

import math

import shapely

from boothplanner.model import Area

# Topmost first: what is drawn last is picked first.
PICK_ORDER = ("fire_equipment", "exits", "booths", "seating", "obstacles", "areas", "partitions")


def _venue_items(layout, kind):
    return {"fire_equipment": layout.venue.fire_equipment, "exits": layout.venue.exits,
            "obstacles": layout.venue.obstacles}[kind]


def _current_geometry(document, element):
    return document.checker.cache.footprint(element)


def element_at(document, point, pixels_per_metre: float, kinds=PICK_ORDER) -> str | None:
    """Id of the topmost element at `point` (metres), with a few pixels of slack for doors and symbols."""
    layout = document.layout
    slack = 6.0 / max(pixels_per_metre, 1e-6)
    probe = shapely.Point(point)
    for kind in kinds:
        if kind == "fire_equipment":
            for item in layout.venue.fire_equipment:
                if math.dist(item.at, point) <= max(0.5, slack * 1.5):
                    return item.id
        elif kind == "partitions":
            for wall in layout.venue.partitions:
                if shapely.LineString([wall.start, wall.end]).distance(probe) <= max(0.25, slack):
                    return wall.id
        elif kind == "exits":
            for door in layout.venue.exits:
                if shapely.LineString([door.start, door.end]).distance(probe) <= max(0.3, slack):
                    return door.id
        else:
            table = _venue_items(layout, kind) if kind == "obstacles" else getattr(layout, kind).values()
            for element in _candidates(document, point, table, kind):
                if _current_geometry(document, element).intersects(probe):
                    return element.id
    return None


def _candidates(document, point, table, kind):
    # The index holds the last checked version; during a drag a few elements have moved since,
    # so its hits are re-tested against each element's current footprint.
    index = document.result.index
    layout = document.layout
    hits = index.tree.query(shapely.Point(point).buffer(0.01)) if len(index.elements) else []
    ids = [index.ids[i] for i in hits]
    if kind == "obstacles":
        wanted = {o.id: o for o in layout.venue.obstacles}
        return [wanted[i] for i in ids if i in wanted]
    current = getattr(layout, kind)
    found = [current[i] for i in ids if i in current]
    if document.in_gesture:
        found += [e for e in current.values() if e.id not in set(ids) and e.id in document._gesture_after]
    return found


def elements_in_rect(document, rect, crossing: bool) -> set[str]:
    """Ids of booths, seating and areas inside (window) or touching (crossing) the rectangle (metres)."""
    x0, y0, x1, y1 = rect
    box = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    index = document.result.index
    if not len(index.elements):
        return set()
    hits = index.tree.query(box, predicate="intersects" if crossing else "contains")
    layout = document.layout
    chosen = set()
    for i in hits:
        element_id = index.ids[i]
        if element_id in layout.booths or element_id in layout.seating or element_id in layout.areas:
            chosen.add(element_id)
    if not crossing:
        for item in layout.venue.fire_equipment:
            if box.contains(shapely.Point(item.at)):
                chosen.add(item.id)
    return chosen


def is_area(element) -> bool:
    return isinstance(element, Area)
