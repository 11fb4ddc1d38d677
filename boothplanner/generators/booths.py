"""Fill with booths: N booths of W x D in back-to-back rows inside a zone, an aisle apart,
clear of exits, fire equipment, obstacles and what is already on the floor."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from boothplanner.commands import ReplaceElements, replace_elements
from boothplanner.model import Booth, Layout, Rules
from boothplanner.generators.booth_rows import Cell, plan_cells
from boothplanner.generators.frames import Frame
from boothplanner.generators.keepouts import Clearances, surroundings
from boothplanner.generators.numbering import BoothNumbering, NumberSlot, assign_numbers
from boothplanner.generators.validation import CAPACITY_ERRORS, booth_headroom, fresh_ids, settle, without
from boothplanner.rules import Checker

ORIENTATIONS = ("horizontal", "vertical", "auto")
DEFAULT_MAX_RUN = 10   # booths along a row between cross aisles (30 m of 3 m booths)


@dataclass
class BoothFill:
    """What `plan_booths` made and why it may be fewer than asked for."""
    booths: list[Booth]
    requested: int
    room_for: int               # booths of this size the zone holds under the rules
    exits_allow: int | None     # booths the exits' capacity still allows (None: not limited)
    orientation: str            # "horizontal" (rows along x) or "vertical" (rows along y)
    dropped: int = 0            # booths the final check had to take out (0 unless a planning bug)
    cells: list[Cell] = field(default_factory=list, repr=False)

    @property
    def placed(self) -> int:
        return len(self.booths)

    @property
    def limited_by(self) -> str | None:
        """"space" or "exits" when fewer booths than requested were placed, else None."""
        if self.placed >= self.requested:
            return None
        if self.exits_allow is not None and self.exits_allow < min(self.requested, self.room_for):
            return "exits"
        return "space"


def effective_rules(layout: Layout, rules: Rules | None) -> Rules:
    """`rules` where stricter than the layout's own; the generated layout is checked with the layout's."""
    own = layout.rules
    if rules is None:
        return own
    return replace(own, aisle_min=max(own.aisle_min, rules.aisle_min),
                   seating_aisle_min=max(own.seating_aisle_min, rules.seating_aisle_min),
                   exit_clearance=max(own.exit_clearance, rules.exit_clearance),
                   fire_equipment_clearance=max(own.fire_equipment_clearance, rules.fire_equipment_clearance))


def _slots(cells: list[Cell], odd_even: bool) -> list[NumberSlot]:
    if odd_even:
        # The aisle a row faces: above strip s is aisle s, below it aisle s + 1.
        return [NumberSlot(c.strip + (1 if c.front == "down" else 0), 0 if c.front == "down" else 1, c.x,
                           c.strip * 1000 + c.run) for c in cells]
    return [NumberSlot(2 * c.strip + c.row, 0, c.x, c.run) for c in cells]


def plan_booths(layout: Layout, zone, count: int, width: float, depth: float,
                numbering: BoothNumbering | None = None, rules: Rules | None = None, *,
                orientation: str = "horizontal", max_run: int | None = DEFAULT_MAX_RUN, remove_ids=(),
                respect_exits: bool = True) -> BoothFill:
    """Up to `count` booths of `width` (along the row) x `depth` m in `zone` (a polygon of (x, y) in m).

    Booths stand in back-to-back double rows (single rows against walls), rows an aisle
    (`aisle_min`) apart, packed from the zone's top left; a cross aisle breaks a row after at most
    `max_run` booths (None: only where something is in the way). `remove_ids` are elements the caller
    deletes in the same step (an area whose outline is the zone): they are ignored. With
    `respect_exits`, no more booths than the exits' width and number allow for their occupants.
    """
    if count < 0 or width <= 0 or depth <= 0:
        raise ValueError("count must not be negative, and width and depth must be greater than 0")
    if max_run is not None and max_run < 1:
        raise ValueError("max_run must be at least 1")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation must be one of {', '.join(ORIENTATIONS)}, not {orientation!r}")
    numbering = numbering or BoothNumbering()
    r = effective_rules(layout, rules)
    aisle = r.aisle_min
    base = without(layout, remove_ids)
    # Seating's row ends count as closed within seating_aisle_min of anything (ROW_TOO_LONG).
    clear = Clearances(booth=aisle, seating=max(aisle, r.seating_aisle_min), solid_area=aisle, open_area=0.0, obstacle=aisle, wall=aisle,
                       exit=r.exit_clearance, fire=r.fire_equipment_clearance, walls_touchable=True)
    best = None
    for name in (("horizontal", "vertical") if orientation == "auto" else (orientation,)):
        frame = Frame.turned(0) if name == "horizontal" else Frame.transposed()
        cells = plan_cells(surroundings(base, zone, frame, clear, remove_ids), width, depth, aisle, max_run)
        if best is None or len(cells) > len(best[2]):
            best = (name, frame, cells)
    name, frame, cells = best
    before = Checker().check(base)
    exits_allow = booth_headroom(before, width * depth) if respect_exits else None
    n = min(count, len(cells), exits_allow if exits_allow is not None else math.inf)
    taken = {b.number for b in base.booths.values()}
    ids = fresh_ids(layout, "B", len(cells))
    by_id = dict(zip(ids, cells))

    def make(n: int, excluded: set) -> list[Booth]:
        """The first n booths in filling order, numbered, leaving out `excluded`."""
        kept = [i for i in ids if i not in excluded][:n]
        numbers = assign_numbers(_slots([by_id[i] for i in kept], numbering.odd_even), numbering, taken, width)
        out = []
        for booth_id, number in zip(kept, numbers):
            c = by_id[booth_id]
            center = frame.to_world(c.x + width / 2, c.y + depth / 2)
            size = (depth, width) if frame.swaps_axes else (width, depth)
            out.append(Booth(booth_id, number, center, size))
        return out

    booths, dropped = settle(base, before, make, int(n), () if respect_exits else CAPACITY_ERRORS)
    return BoothFill(booths, count, len(cells), exits_allow, name, dropped, [by_id[b.id] for b in booths])


def fill_booths(layout: Layout, zone, count: int, width: float, depth: float,
                numbering: BoothNumbering | None = None, rules: Rules | None = None, **options) -> list[Booth]:
    """The booths `plan_booths` places (fewer than `count` when no more fit)."""
    return plan_booths(layout, zone, count, width, depth, numbering, rules, **options).booths


def fill_booths_command(layout: Layout, zone, count: int, width: float, depth: float,
                        numbering: BoothNumbering | None = None, rules: Rules | None = None,
                        **options) -> ReplaceElements | None:
    """One undoable step adding the booths ("Add 24 booths") and removing `remove_ids`; None when none fit."""
    booths = fill_booths(layout, zone, count, width, depth, numbering, rules, **options)
    if not booths:
        return None
    label = f"Add {len(booths)} booth{'s' if len(booths) != 1 else ''}"
    return replace_elements(layout, label, options.get("remove_ids", ()), booths)
