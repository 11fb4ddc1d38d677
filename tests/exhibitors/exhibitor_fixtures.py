"""Small layouts for the exhibitor tests (metres, x right, y down)."""

from __future__ import annotations

from boothplanner.model import Area, Booth, Event, Exhibitor, Layout, Obstacle, SeatingBlock, Venue


def rect(x0: float, y0: float, x1: float, y1: float):
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def booth(id: str, center, size=(3.0, 3.0), number: str | None = None, **kw) -> Booth:
    return Booth(id=id, number=number or id, center=tuple(center), size=tuple(size), **kw)


def room(elements=(), exhibitors=(), size=(30.0, 20.0), obstacles=(), name="Test Expo") -> Layout:
    """A size[0] x size[1] room holding `elements` (booths, seating blocks, areas)."""
    venue = Venue(name="Hall 1 / 제1전시장", outline=rect(0, 0, *size), obstacles=tuple(obstacles))
    layout = Layout(venue=venue, event=Event(name=name, date="2025-09-17"))
    for e in exhibitors:
        layout.exhibitors[e.id] = e
    for e in elements:
        table = {Booth: layout.booths, SeatingBlock: layout.seating, Area: layout.areas}[type(e)]
        table[e.id] = e
    return layout


def sales_layout() -> Layout:
    """Four booths in a row on the top wall, one exhibitor: the layout most import tests start from."""
    samsung = Exhibitor("ex-1", "Samsung", "삼성전자", "Chips", {"x-crm": 17})
    return room(
        [booth("b-1", (6.5, 1.5), number="A-01"),
         booth("b-2", (9.5, 1.5), number="A-02", status="reserved"),
         booth("b-3", (12.5, 1.5), number="A-03", status="sold", exhibitor="ex-1"),
         booth("b-4", (15.5, 1.5), number="A-04", status="blocked")],
        [samsung],
    )


__all__ = ["Area", "Exhibitor", "Obstacle", "SeatingBlock", "booth", "rect", "room", "sales_layout"]
