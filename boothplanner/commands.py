"""Undoable changes to a layout. Every edit a user makes is one of these.

A command records the elements before and after, so apply and revert are
exact and cheap, and one gesture (a whole drag) is one command.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Callable

from boothplanner.model import Area, Booth, Exhibitor, Layout, SeatingBlock, Session

TABLES = ("booths", "seating", "areas", "exhibitors", "sessions")


def table_of(element) -> str:
    if isinstance(element, Booth):
        return "booths"
    if isinstance(element, SeatingBlock):
        return "seating"
    if isinstance(element, Area):
        return "areas"
    if isinstance(element, Exhibitor):
        return "exhibitors"
    if isinstance(element, Session):
        return "sessions"
    raise TypeError(f"{type(element).__name__} is not a placed element")


@dataclass
class Command:
    """A change with a label for the Edit menu ("Move 3 booths")."""
    label: str

    def apply(self, layout: Layout) -> None:
        raise NotImplementedError

    def revert(self, layout: Layout) -> None:
        raise NotImplementedError

    def changed_ids(self) -> set[str]:
        return set()


@dataclass
class ReplaceElements(Command):
    """Puts `after` in place of `before` (id -> element, None meaning absent) in their tables."""
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    _order: dict = field(default_factory=dict, repr=False)

    def _set(self, layout: Layout, elements: dict, other: dict) -> None:
        for element_id, element in elements.items():
            table_name = table_of(element if element is not None else other[element_id])
            table = getattr(layout, table_name)
            if element is None:
                table.pop(element_id, None)
            else:
                table[element_id] = element
        for table_name, order in self._order.items():
            table = getattr(layout, table_name)
            if list(table) != order and set(table) == set(order):
                items = dict(table)
                table.clear()
                table.update((k, items[k]) for k in order)

    def apply(self, layout: Layout) -> None:
        self._remember_order(layout, "before")
        self._set(layout, self.after, self.before)

    def revert(self, layout: Layout) -> None:
        self._set(layout, self.before, self.after)

    def _remember_order(self, layout: Layout, _when: str) -> None:
        # Deleting and restoring must put elements back where they were in the file.
        if not self._order and any(v is None for v in self.after.values()):
            tables = {table_of(e) for e in self.before.values() if e is not None}
            self._order = {t: list(getattr(layout, t)) for t in tables}

    def changed_ids(self) -> set[str]:
        return set(self.before) | set(self.after)


@dataclass
class ReplaceLayoutPart(Command):
    """Swaps the venue, event or rules (whole immutable objects)."""
    attribute: str = "venue"
    before: object = None
    after: object = None

    def apply(self, layout: Layout) -> None:
        setattr(layout, self.attribute, self.after)

    def revert(self, layout: Layout) -> None:
        setattr(layout, self.attribute, self.before)

    def changed_ids(self) -> set[str]:
        return {self.attribute}


def _noun(elements: list, count: int | None = None) -> str:
    n = len(elements) if count is None else count
    kinds = {table_of(e) for e in elements}
    singular = {"booths": "booth", "seating": "seating block", "areas": "area", "exhibitors": "exhibitor",
                "sessions": "session"}
    plural = {"booths": "booths", "seating": "seating blocks", "areas": "areas", "exhibitors": "exhibitors",
              "sessions": "sessions"}
    if len(kinds) == 1:
        kind = kinds.pop()
        return f"{n} {plural[kind]}" if n != 1 else singular[kind]
    return f"{n} items"


def _lookup(layout: Layout, element_id: str):
    """An element, exhibitor or session by id (Layout.element leaves sessions out: they are not on the plan)."""
    found = layout.element(element_id)
    return layout.sessions.get(element_id) if found is None else found


def _edit(layout: Layout, verb: str, ids, change: Callable) -> ReplaceElements:
    before = {i: _lookup(layout, i) for i in ids}
    after = {i: change(e) for i, e in before.items()}
    return ReplaceElements(f"{verb} {_noun(list(before.values()))}", before, after)


def moved(element, dx: float, dy: float):
    """The element shifted by (dx, dy) metres."""
    if isinstance(element, Area):
        return replace(element, outline=tuple((x + dx, y + dy) for x, y in element.outline))
    return replace(element, center=(element.center[0] + dx, element.center[1] + dy))


def move_elements(layout: Layout, ids, dx: float, dy: float) -> ReplaceElements:
    return _edit(layout, "Move", ids, lambda e: moved(e, dx, dy))


def _rotated_point(p, c, degrees):
    a = math.radians(degrees)
    x, y = p[0] - c[0], p[1] - c[1]
    return (c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a))


def rotated(element, degrees: float, pivot=None):
    """The element turned clockwise by `degrees` about `pivot` (its own centre by default)."""
    if isinstance(element, Area):
        xs = [p[0] for p in element.outline]
        ys = [p[1] for p in element.outline]
        c = pivot or ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        return replace(element, outline=tuple(_rotated_point(p, c, degrees) for p in element.outline))
    center = element.center if pivot is None else _rotated_point(element.center, pivot, degrees)
    return replace(element, center=center, rotation=(element.rotation + degrees) % 360)


def rotate_elements(layout: Layout, ids, degrees: float) -> ReplaceElements:
    return _edit(layout, "Rotate", ids, lambda e: rotated(e, degrees))


def delete_elements(layout: Layout, ids) -> ReplaceElements:
    before = {i: _lookup(layout, i) for i in ids}
    label = f"Delete {_noun(list(before.values()))}"
    return replace_elements(layout, label, list(before), [])


def replace_elements(layout: Layout, label: str, removed_ids, added: list) -> ReplaceElements:
    """One step removing `removed_ids` and adding `added`. A session must not name a block that
    is gone (the file would not load again): sessions seated in removed blocks keep the rest of
    their blocks and, when new seating comes in their place (a fill), sit in it."""
    before = {i: _lookup(layout, i) for i in removed_ids if _lookup(layout, i) is not None}
    after = {i: None for i in before}
    new_blocks = tuple(e.id for e in added if isinstance(e, SeatingBlock))
    for session in layout.sessions.values():
        if session.id in before or not set(session.seating) & set(before):
            continue
        kept = tuple(b for b in session.seating if b not in before)
        before[session.id] = session
        after[session.id] = replace(session, seating=kept + new_blocks)
    for element in added:
        before[element.id] = None
        after[element.id] = element
    return ReplaceElements(label, before, after)


def add_elements(elements: list, verb: str = "Add") -> ReplaceElements:
    return ReplaceElements(f"{verb} {_noun(elements)}", {e.id: None for e in elements}, {e.id: e for e in elements})


def edit_elements(layout: Layout, ids, label: str, **changes) -> ReplaceElements:
    """Set the same fields on every element (inspector edits)."""
    return _edit(layout, label, ids, lambda e: replace(e, **changes))


def assign_exhibitor(layout: Layout, booth_ids, exhibitor_id: str | None) -> ReplaceElements:
    command = _edit(layout, "Assign exhibitor to", booth_ids, lambda b: replace(b, exhibitor=exhibitor_id))
    if exhibitor_id is None:
        command.label = command.label.replace("Assign exhibitor to", "Unassign")
    return command


def remove_exhibitor(layout: Layout, exhibitor_id: str) -> ReplaceElements:
    """Removes an exhibitor and clears it from its booths, as one step."""
    before = {exhibitor_id: layout.exhibitors[exhibitor_id]}
    after = {exhibitor_id: None}
    for booth in layout.booths.values():
        if booth.exhibitor == exhibitor_id:
            before[booth.id] = booth
            after[booth.id] = replace(booth, exhibitor=None)
    return ReplaceElements(f"Remove exhibitor {layout.exhibitors[exhibitor_id].name}", before, after)


def unique_id(layout: Layout, prefix: str, taken: set[str] | None = None) -> str:
    """The first free id PREFIX1, PREFIX2, ... across the whole layout."""
    used = layout.all_ids() | (taken or set())
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def next_booth_number(layout: Layout, taken: set[str] | None = None, prefix: str = "N-") -> str:
    used = {b.number for b in layout.booths.values()} | (taken or set())
    n = 1
    while f"{prefix}{n:02d}" in used:
        n += 1
    return f"{prefix}{n:02d}"


def duplicate_elements(layout: Layout, elements: list, dx: float, dy: float, verb: str = "Duplicate") -> ReplaceElements:
    """Copies of `elements` shifted by (dx, dy), with fresh ids and booth numbers."""
    taken_ids: set[str] = set()
    taken_numbers: set[str] = set()
    copies = []
    prefixes = {"booths": "B", "seating": "S", "areas": "AR"}
    for element in elements:
        new_id = unique_id(layout, prefixes[table_of(element)], taken_ids)
        taken_ids.add(new_id)
        copy = replace(moved(element, dx, dy), id=new_id)
        if isinstance(copy, Booth):
            number = next_booth_number(layout, taken_numbers)
            taken_numbers.add(number)
            copy = replace(copy, number=number, exhibitor=None, status="available")
        copies.append(copy)
    return add_elements(copies, verb)


def change_venue(layout: Layout, label: str, new_venue, old_venue=None) -> Command:
    """The venue replaced by `new_venue`, with the sessions held in a room re-pointed at the room
    that now holds it, in one step (a removed wall renumbers the rooms). `old_venue`, when given,
    is the venue before a change already shown (a drag): by default the layout's."""
    from boothplanner.venue_edits import sessions_after_venue_change
    old_venue = layout.venue if old_venue is None else old_venue
    venue_part = ReplaceLayoutPart(label, "venue", old_venue, new_venue)
    sessions = sessions_after_venue_change(layout.sessions, old_venue, new_venue)
    if not sessions:
        return venue_part
    return CompoundCommand(label, [venue_part, ReplaceElements(label, {i: layout.sessions[i] for i in sessions}, sessions)])


def edit_venue_item(layout: Layout, item_id: str, label: str, **changes) -> Command:
    """Change an obstacle, exit, fire-equipment item or partition of the venue."""
    venue = layout.venue
    groups = {}
    for group in ("obstacles", "exits", "fire_equipment", "partitions"):
        items = getattr(venue, group)
        groups[group] = tuple(replace(i, **changes) if i.id == item_id else i for i in items)
    return change_venue(layout, label, replace(venue, **groups))


def delete_venue_items(layout: Layout, ids) -> Command:
    ids = set(ids)
    venue = layout.venue
    from boothplanner.venue_edits import partitions_on_walls
    groups = {g: tuple(i for i in getattr(venue, g) if i.id not in ids) for g in ("obstacles", "exits", "fire_equipment", "partitions")}
    after = replace(venue, **groups)
    # A wall that ended on a removed one now runs on to the next wall.
    after = partitions_on_walls(venue, after) or after
    return change_venue(layout, "Delete venue items", after)


def moved_venue(venue, ids, dx: float, dy: float):
    """The venue with its obstacles, exits and fire equipment in `ids` shifted by (dx, dy) metres."""
    ids = set(ids)

    def shift(item):
        if item.id not in ids:
            return item
        if hasattr(item, "outline"):
            return replace(item, outline=tuple((x + dx, y + dy) for x, y in item.outline))
        if hasattr(item, "start"):
            return replace(item, start=(item.start[0] + dx, item.start[1] + dy), end=(item.end[0] + dx, item.end[1] + dy))
        return replace(item, at=(item.at[0] + dx, item.at[1] + dy))
    return replace(venue, **{g: tuple(shift(i) for i in getattr(venue, g)) for g in ("obstacles", "exits", "fire_equipment", "partitions")})


def move_venue_items(layout: Layout, ids, dx: float, dy: float) -> Command:
    """Moved by (dx, dy); doors slide along their wall, and partitions run to the walls again (or
    stay, if they would leave the room)."""
    from boothplanner.venue_edits import doors_on_walls, partitions_on_walls
    venue = doors_on_walls(moved_venue(layout.venue, ids, dx, dy), set(ids))
    venue = partitions_on_walls(layout.venue, venue) or moved_venue(layout.venue, set(ids) - {p.id for p in layout.venue.partitions}, dx, dy)
    return change_venue(layout, "Move venue items", venue)


@dataclass
class CompoundCommand(Command):
    """Several commands as one undo step."""
    parts: list = field(default_factory=list)

    def apply(self, layout: Layout) -> None:
        for part in self.parts:
            part.apply(layout)

    def revert(self, layout: Layout) -> None:
        for part in reversed(self.parts):
            part.revert(layout)

    def changed_ids(self) -> set[str]:
        return set().union(*(p.changed_ids() for p in self.parts)) if self.parts else set()
