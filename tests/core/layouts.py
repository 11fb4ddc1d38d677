"""Small layout builders for the rules tests (metres, x right, y down, degrees clockwise)."""

from __future__ import annotations

from boothplanner.model import (
    Area, Booth, Event, Exit, FireEquipment, Layout, Obstacle, Rules, SeatingBlock, Venue,
)


def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    """An axis-aligned outline from its corners."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def booth(id: str, center, size=(3.0, 3.0), rotation: float = 0.0, number: str | None = None, **kw) -> Booth:
    return Booth(id=id, number=id if number is None else number, center=tuple(center), size=tuple(size),
                 rotation=rotation, **kw)


def seating(id: str, center, rows: int = 2, seats_per_row: int = 4, seat_width: float = 0.5,
            row_pitch: float = 0.9, rotation: float = 0.0) -> SeatingBlock:
    return SeatingBlock(id=id, center=tuple(center), rows=rows, seats_per_row=seats_per_row,
                        seat_width=seat_width, row_pitch=row_pitch, rotation=rotation)


def area(id: str, kind: str, outline, name: str = "") -> Area:
    return Area(id=id, kind=kind, outline=tuple(tuple(p) for p in outline), name=name)


def obstacle(id: str, outline, kind: str = "column") -> Obstacle:
    return Obstacle(id=id, kind=kind, outline=tuple(tuple(p) for p in outline))


def exit_(id: str, start, end, name: str = "") -> Exit:
    return Exit(id=id, start=tuple(start), end=tuple(end), name=name)


def fire(id: str, at, kind: str = "hose_cabinet") -> FireEquipment:
    return FireEquipment(id=id, kind=kind, at=tuple(at))


def make_layout(elements=(), *, size=(100.0, 100.0), outline=None, obstacles=(), exits=None,
                fire_equipment=(), rules: Rules | None = None, expected_attendance=None) -> Layout:
    """A layout in a size[0] x size[1] room (origin top left) with the given placed elements.

    By default the room has four 2 m exits far from the middle, so capacity rules stay quiet.
    """
    w, h = size
    if exits is None:
        exits = (exit_("x1", (0.0, 1.0), (0.0, 3.0)), exit_("x2", (w, 1.0), (w, 3.0)),
                 exit_("x3", (0.0, h - 3.0), (0.0, h - 1.0)), exit_("x4", (w, h - 3.0), (w, h - 1.0)))
    venue = Venue(name="Test hall", outline=tuple(outline or rect(0.0, 0.0, w, h)),
                  obstacles=tuple(obstacles), exits=tuple(exits), fire_equipment=tuple(fire_equipment))
    layout = Layout(venue=venue, rules=rules or Rules(),
                    event=Event(name="Test", expected_attendance=expected_attendance))
    for e in elements:
        table = {Booth: layout.booths, SeatingBlock: layout.seating, Area: layout.areas}[type(e)]
        table[e.id] = e
    return layout


def codes(result, code: str | None = None):
    """Findings of a check result, optionally only one code."""
    return [f for f in result.findings if code is None or f.code == code]


def pairs(result, code: str) -> set[tuple[str, ...]]:
    return {f.ids for f in result.findings if f.code == code}


def recheck_and_full(layout, moved: dict):
    """(base, quick, full): the incremental re-check of `moved` and a full check of the moved layout."""
    from boothplanner.rules import Checker
    checker = Checker()
    base = checker.check(layout)
    quick = checker.recheck_moved(base, moved)
    after = layout.copy()
    for element_id, element in moved.items():
        for table in (after.booths, after.seating, after.areas):
            if element_id in table:
                table[element_id] = element
    return base, quick, Checker().check(after)
