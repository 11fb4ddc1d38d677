"""Layouts and checks for the generator tests (metres, x right, y down, degrees clockwise)."""

from __future__ import annotations

import shapely

from boothplanner.model import (
    Area, Booth, Event, Exit, Layout, Obstacle, Rules, SeatingBlock, Venue,
)
from boothplanner.rules import Checker

CAPACITY = ("TOO_FEW_EXITS", "EGRESS_WIDTH")


def rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def room(w: float = 40.0, h: float = 30.0, *, elements=(), exits=None, fire=(), obstacles=(),
         rules: Rules | None = None, outline=None) -> Layout:
    """A w x h room (origin top left). By default four 2 m doors near its corners, on the side walls."""
    if exits is None:
        exits = (Exit("x1", (0.0, 1.0), (0.0, 3.0)), Exit("x2", (w, 1.0), (w, 3.0)),
                 Exit("x3", (0.0, h - 3.0), (0.0, h - 1.0)), Exit("x4", (w, h - 3.0), (w, h - 1.0)))
    venue = Venue("Test hall", tuple(outline or rect(0.0, 0.0, w, h)), obstacles=tuple(obstacles),
                  exits=tuple(exits), fire_equipment=tuple(fire))
    layout = Layout(venue=venue, rules=rules or Rules(), event=Event(name="Test"))
    for e in elements:
        {Booth: layout.booths, SeatingBlock: layout.seating, Area: layout.areas}[type(e)][e.id] = e
    return layout


def column(id: str, x: float, y: float, size: float = 1.0) -> Obstacle:
    h = size / 2
    return Obstacle(id, "column", tuple(rect(x - h, y - h, x + h, y + h)))


def placed(layout: Layout, elements) -> Layout:
    out = layout.copy()
    for e in elements:
        (out.booths if isinstance(e, Booth) else out.seating)[e.id] = e
    return out


def new_errors(layout: Layout, elements) -> list:
    """Errors in `layout` with `elements` added that the layout alone does not have (exit capacity
    errors not counted when the layout's exits already fall short)."""
    before = Checker().check(layout).errors
    old = {(f.code, f.ids) for f in before}
    short = any(f.code in CAPACITY for f in before)
    after = Checker().check(placed(layout, elements)).errors
    return [f for f in after if (f.code, f.ids) not in old and not (short and f.code in CAPACITY)]


def footprint(element):
    return shapely.Polygon(element.corners())


def distance_to_exit(element, exit_: Exit) -> float:
    return footprint(element).distance(shapely.LineString([exit_.start, exit_.end]))


def random_exits(draw, st, w: float, h: float) -> list:
    """1-5 doors 0.9-2.5 m wide at random places on the walls of a w x h room (a hypothesis draw)."""
    exits = []
    for k in range(draw(st.integers(1, 5))):
        side = draw(st.sampled_from("NSEW"))
        width = draw(st.floats(0.9, 2.5))
        t = draw(st.floats(0, 1))
        if side in "NS":
            x, y = t * (w - width), 0.0 if side == "N" else h
            exits.append(Exit(f"x{k}", (x, y), (x + width, y)))
        else:
            x, y = 0.0 if side == "W" else w, t * (h - width)
            exits.append(Exit(f"x{k}", (x, y), (x, y + width)))
    return exits
