"""Fill with seating: theater, classroom, banquet or cabaret blocks facing a stage, aisles between
them and to the walls, clear of exits and fire equipment, seating as many as the zone (and the
exits) allow.

Every style is planned with the theater planner (`seating_rows`) on a grid of "units": a seat and
a row for theater, a table and a row of tables for classroom, a round table and its share of the
spacing for banquet and cabaret. Each planned rectangle then holds a block of the style whose
footprint (`model.seating.footprint_size`) fits inside it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from boothplanner.commands import ReplaceElements, replace_elements
from boothplanner.model import Layout, Rules, SeatingBlock
from boothplanner.model import seating as geometry
from boothplanner.generators.booths import effective_rules
from boothplanner.generators.frames import STAGE_ROTATION, Frame
from boothplanner.generators.keepouts import Clearances, surroundings
from boothplanner.generators.seating_rows import BlockPlan, plan_blocks, trimmed
from boothplanner.generators.validation import CAPACITY_ERRORS, fresh_ids, load_headroom, seats_of, settle, without
from boothplanner.generators.wheelchair import shortfall, with_wheelchair_spaces
from boothplanner.rules import Checker

STYLES = ("theater", "classroom", "banquet", "cabaret")
MAX_SEATS_BETWEEN_AISLES = 14   # standard seating, aisles at both ends (RULES.md)
CHAIR_DEPTH = 0.5               # m, the default chair depth of the seating rules
MIN_CLEAR_ROW_SPACING = 0.305   # m, IBC 1030.13.1 for rows of up to 14 seats
DEFAULT_FRONT_CLEARANCE = 2.0   # m between the stage edge of the zone and the first row
DEFAULT_MIN_SEATS_PER_ROW = 4   # narrower slivers of chairs along a wall are left out
DEFAULT_ROW_PITCH = {"theater": 0.9, "classroom": 1.35}   # classroom: 0.45 m table, 0.5 m chair, 0.4 m clear
DEFAULT_MAX_TABLES_PER_ROW = 6  # rounds side by side in one block before an aisle (banquet, cabaret)


@dataclass(frozen=True)
class _Grid:
    """How a style maps onto the theater planner: the planner's "seat" is `unit_width` wide and
    holds `per_unit` seats, its "row" is `unit_depth` deep; `template` carries the style's fields."""
    template: SeatingBlock
    per_unit: int
    unit_width: float
    unit_depth: float
    max_units: int
    min_units: int

    def block(self, block_id: str, center, plan, rotation: float) -> SeatingBlock:
        return replace(self.template, id=block_id, center=center, rows=plan.rows,
                       seats_per_row=plan.seats_per_row, rotation=rotation)


def _grid(style, seat_width, row_pitch, max_seats_per_row, min_seats_per_row, seats_per_table, table_depth,
          table_diameter, table_spacing, max_tables_per_row) -> _Grid:
    """The planning grid of `style`, checking the style's own parameters against the rules."""
    if style == "theater":
        template = SeatingBlock("", (0.0, 0.0), 1, 1, seat_width=seat_width, row_pitch=row_pitch)
        return _Grid(template, 1, seat_width, row_pitch, max_seats_per_row, min_seats_per_row)
    if seats_per_table is not None and seats_per_table < 1:
        raise ValueError(f"seats_per_table must be at least 1, not {seats_per_table}")
    per = seats_per_table or geometry.DEFAULT_SEATS_PER_TABLE[style]
    if style == "classroom":
        template = SeatingBlock("", (0.0, 0.0), 1, per, seat_width=seat_width, row_pitch=row_pitch, style=style,
                                chair_depth=CHAIR_DEPTH, seats_per_table=per, table_depth=table_depth)
        clear = geometry.clear_row_spacing(template)
        if table_depth <= 0 or clear < MIN_CLEAR_ROW_SPACING - 1e-9:
            raise ValueError(f"row_pitch must be at least {table_depth + CHAIR_DEPTH + MIN_CLEAR_ROW_SPACING:.3f} m "
                             f"for classroom ({table_depth} m tables, {CHAIR_DEPTH} m chairs, "
                             f"{MIN_CLEAR_ROW_SPACING * 1000:.0f} mm clear), not {row_pitch}")
        most = max_seats_per_row // per     # whole tables: ROW_TOO_LONG counts every seat of a row
        if most < 1:
            raise ValueError(f"max_seats_per_row ({max_seats_per_row}) is less than one table of {per} seats")
        return _Grid(template, per, per * seat_width, row_pitch, most,
                     max(1, min(most, math.ceil(min_seats_per_row / per))))
    if table_diameter <= 0:
        raise ValueError(f"table_diameter must be greater than 0, not {table_diameter}")
    template = SeatingBlock("", (0.0, 0.0), 1, per, seat_width=seat_width, style=style, chair_depth=CHAIR_DEPTH,
                            seats_per_table=per, table_diameter=table_diameter, table_spacing=table_spacing)
    if geometry.clear_row_spacing(template) < MIN_CLEAR_ROW_SPACING - 1e-9:
        raise ValueError(f"table_spacing must be at least {2 * CHAIR_DEPTH + MIN_CLEAR_ROW_SPACING:.3f} m "
                         f"({MIN_CLEAR_ROW_SPACING * 1000:.0f} mm clear between the chairs of neighbouring "
                         f"tables), not {table_spacing}")
    if max_tables_per_row < 1:
        raise ValueError(f"max_tables_per_row must be at least 1, not {max_tables_per_row}")
    # A table and the spacing after it: n tables need n * pitch - spacing + 2 chairs <= n * pitch
    # (the spacing is wider than two chairs), so the block fits the planned rectangle.
    pitch = table_diameter + table_spacing
    return _Grid(template, per, pitch, pitch, max_tables_per_row, 1)


@dataclass
class SeatingFill:
    """What `plan_seating` made."""
    blocks: list[SeatingBlock]
    room_for: int               # seats the zone holds under the rules
    exits_allow: int | None     # seats the exits' capacity still allows (None: not limited)
    requested: int | None       # max_seats asked for, if any
    dropped: int = 0            # blocks the final check had to take out (0 unless a planning bug)
    plans: list[BlockPlan] = field(default_factory=list, repr=False)

    @property
    def seats(self) -> int:
        return seats_of(self.blocks)

    @property
    def limited_by(self) -> str | None:
        """"exits" when the exits' capacity cut the seat count, else None."""
        if self.exits_allow is not None and self.exits_allow < min(self.room_for, self.requested or self.room_for):
            return "exits"
        return None


def _check_options(style, stage_side, seat_width, row_pitch, front_clearance, max_seats_per_row, max_rows_per_block,
                   min_seats_per_row):
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    if stage_side not in STAGE_ROTATION:
        raise ValueError(f"stage_side must be one of {', '.join(STAGE_ROTATION)}, not {stage_side!r}")
    if not 1 <= max_seats_per_row <= MAX_SEATS_BETWEEN_AISLES:
        raise ValueError(f"max_seats_per_row must be 1 to {MAX_SEATS_BETWEEN_AISLES}, not {max_seats_per_row}")
    if seat_width <= 0 or front_clearance < 0:
        raise ValueError("seat_width must be greater than 0 and front_clearance not negative")
    # Classroom and rounds check their own spacing (see _grid).
    if style == "theater" and row_pitch - CHAIR_DEPTH < MIN_CLEAR_ROW_SPACING - 1e-9:
        raise ValueError(f"row_pitch must be at least {CHAIR_DEPTH + MIN_CLEAR_ROW_SPACING:.3f} m "
                         f"({MIN_CLEAR_ROW_SPACING * 1000:.0f} mm clear between {CHAIR_DEPTH} m chairs), not {row_pitch}")
    if max_rows_per_block is not None and max_rows_per_block < 1:
        raise ValueError("max_rows_per_block must be at least 1")
    if not 1 <= min_seats_per_row <= max_seats_per_row:
        raise ValueError(f"min_seats_per_row must be 1 to max_seats_per_row, not {min_seats_per_row}")


def _plans(layout: Layout, zone, stage_side, seat_width, row_pitch, front_clearance, max_seats_per_row,
           max_rows_per_block, min_seats_per_row, rules, remove_ids) -> tuple[list[BlockPlan], Frame]:
    r = effective_rules(layout, rules)
    aisle = r.seating_aisle_min
    frame = Frame.turned(STAGE_ROTATION[stage_side])
    clear = Clearances(booth=max(r.aisle_min, aisle), seating=aisle, solid_area=aisle, open_area=aisle, obstacle=aisle,
                       wall=aisle, exit=r.exit_clearance, fire=r.fire_equipment_clearance,
                       stage=max(aisle, front_clearance))
    sur = surroundings(without(layout, remove_ids), zone, frame, clear, remove_ids)
    return plan_blocks(sur, seat_width, row_pitch, front_clearance, aisle, max_seats_per_row, max_rows_per_block,
                       min_seats_per_row), frame


def plan_seating(layout: Layout, zone, stage_side: str, style: str = "theater", seat_width: float = 0.5,
                 row_pitch: float | None = None, front_clearance: float = DEFAULT_FRONT_CLEARANCE,
                 max_seats_per_row: int = MAX_SEATS_BETWEEN_AISLES, *, max_rows_per_block: int | None = None,
                 min_seats_per_row: int = DEFAULT_MIN_SEATS_PER_ROW, max_seats: int | None = None,
                 rules: Rules | None = None, remove_ids=(), respect_exits: bool = True,
                 validate: bool = True, seats_per_table: int | None = None, table_depth: float = 0.45,
                 table_diameter: float = 1.52, table_spacing: float = 1.37,
                 max_tables_per_row: int = DEFAULT_MAX_TABLES_PER_ROW) -> SeatingFill:
    """Blocks of `style` in `zone` (a polygon of (x, y) in m) facing the stage on `stage_side`
    ("up", "down", "left" or "right": the zone's side where the stage is).

    Rows of at most `max_seats_per_row` seats between aisles of `seating_aisle_min` (classroom:
    whole tables of `seats_per_table`; banquet and cabaret: at most `max_tables_per_row` rounds),
    side aisles to walls, `front_clearance` m from the zone's stage edge (and from any stage area),
    sections a cross aisle apart, at most `max_seats` seats and no more than the exits allow
    (front rows kept). `row_pitch` None is the style's default (theater 0.9, classroom 1.35 m);
    rounds stand `table_spacing` apart and ignore it.
    """
    if row_pitch is None:
        row_pitch = DEFAULT_ROW_PITCH.get(style, DEFAULT_ROW_PITCH["theater"])
    min_seats_per_row = min(min_seats_per_row, max_seats_per_row)
    _check_options(style, stage_side, seat_width, row_pitch, front_clearance, max_seats_per_row, max_rows_per_block,
                   min_seats_per_row)
    grid = _grid(style, seat_width, row_pitch, max_seats_per_row, min_seats_per_row, seats_per_table, table_depth,
                 table_diameter, table_spacing, max_tables_per_row)
    plans, frame = _plans(layout, zone, stage_side, grid.unit_width, grid.unit_depth, front_clearance, grid.max_units,
                          max_rows_per_block, grid.min_units, rules, remove_ids)
    if grid.per_unit != 1:   # from tables to seats
        plans = [replace(p, seats_per_row=p.seats_per_row * grid.per_unit) for p in plans]
    room_for = sum(p.seats_per_row * p.rows for p in plans)
    base = without(layout, remove_ids)
    before = Checker().check(base) if (respect_exits or validate) else None
    exits_allow = load_headroom(before) if respect_exits else None
    limits = [v for v in (max_seats, exits_allow, room_for) if v is not None]
    rotation = float(STAGE_ROTATION[stage_side])
    ids = fresh_ids(layout, "S", len(plans))

    def make(limit: int, excluded: set) -> list[SeatingBlock]:
        """Blocks seating at most `limit` (front rows kept), leaving out `excluded`, with wheelchair spaces."""
        kept = trimmed([p for p in plans if ids[p.index] not in excluded], limit)
        blocks = []
        for p in kept:
            # The planned rectangle; the block (as wide or narrower, as deep or shallower) is centred in it.
            width = p.seats_per_row // grid.per_unit * grid.unit_width
            depth = p.rows * grid.unit_depth
            center = frame.to_world(p.x + width / 2, p.y + depth / 2)
            blocks.append(grid.block(ids[p.index], center, p, rotation))
        return with_wheelchair_spaces(base, blocks)

    limit = _largest_limit(make, min(limits), room_for, base)
    if validate:
        blocks, dropped = settle(base, before, make, limit, () if respect_exits else CAPACITY_ERRORS)
    else:
        blocks, dropped = make(limit, set()), 0
    return SeatingFill(blocks, room_for, exits_allow, max_seats, dropped, plans)


def _largest_limit(make, target: int, most: int, base: Layout) -> int:
    """The largest trim limit whose blocks seat at most `target` people and have the wheelchair
    spaces their seats call for: a space takes the place of several chairs, so a limit of
    `target` chairs may seat fewer; and blocks too narrow for a space cannot have one."""
    def fits(limit: int) -> bool:
        return seats_of(make(limit, set())) <= target

    def accessible(limit: int) -> bool:
        return shortfall(base, make(limit, set())) == 0

    lo, hi = min(target, most), most
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid - 1)
    if not accessible(lo):
        lo, hi = 0, lo - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if accessible(mid) else (lo, mid - 1)
    return lo


def fill_seating(layout: Layout, zone, stage_side: str, style: str = "theater", seat_width: float = 0.5,
                 row_pitch: float | None = None, front_clearance: float = DEFAULT_FRONT_CLEARANCE,
                 max_seats_per_row: int = MAX_SEATS_BETWEEN_AISLES, **options) -> list[SeatingBlock]:
    """The seating blocks `plan_seating` lays out."""
    return plan_seating(layout, zone, stage_side, style, seat_width, row_pitch, front_clearance,
                        max_seats_per_row, **options).blocks


def preview_fill_seating(layout: Layout, zone, stage_side: str, style: str = "theater", seat_width: float = 0.5,
                         row_pitch: float | None = None, front_clearance: float = DEFAULT_FRONT_CLEARANCE,
                         max_seats_per_row: int = MAX_SEATS_BETWEEN_AISLES, **options) -> int:
    """The seats `fill_seating` would give, without its final check: quick enough to show live
    while the parameters change (milliseconds for a ballroom)."""
    return plan_seating(layout, zone, stage_side, style, seat_width, row_pitch, front_clearance,
                        max_seats_per_row, validate=False, **options).seats


def fill_seating_command(layout: Layout, zone, stage_side: str, **options) -> ReplaceElements | None:
    """One undoable step adding the blocks ("Add 840 seats") and removing `remove_ids`; None when none fit."""
    blocks = fill_seating(layout, zone, stage_side, **options)
    if not blocks:
        return None
    seats = seats_of(blocks)
    return replace_elements(layout, f"Add {seats} seat{'s' if seats != 1 else ''}", options.get("remove_ids", ()), blocks)
