"""Seat counts, footprints and seat positions of every seating style. Pure maths: metres, degrees.

A block is laid out in its own frame, then turned by `rotation` about `center`:
u runs along the rows (+x at rotation 0), v from the front row to the back (+y at rotation 0,
so the audience faces -v, up the page). The footprint is the rectangle u in [-W/2, W/2],
v in [-D/2, D/2]; `center` is its centre for every style.

* theater: each row is a strip `row_pitch` deep with the chair (`chair_depth`) at its back and
  the legroom in front, so the clear row spacing is row_pitch - chair_depth.
* classroom: each strip holds a table (`table_depth`) at its front, the chair behind it, then
  the clear space; tables of `seats_per_table` seats stand end to end along the row.
* banquet: round tables of `table_diameter`, `table_spacing` apart edge to edge, chairs all round.
* cabaret: the same rounds with chairs only on the back two thirds (240°), the side towards the
  stage left open, so nobody sits with their back to the stage (the end chairs sit at most
  30° past side-on).

Internal aisles (`aisle_every`, row styles only) add `aisle_width` to the row after every
`aisle_every` seats. A wheelchair space takes the place of chairs at a row end (see
`wheelchair_slots`), starting at the back of the block.
"""

from __future__ import annotations

import math

import numpy as np

from boothplanner.model import limits

ROW_STYLES = ("theater", "classroom")
ROUND_STYLES = ("banquet", "cabaret")
DEFAULT_SEATS_PER_TABLE = {"classroom": 3, "banquet": 10, "cabaret": 7}
# Fields that mean something only for some styles; elsewhere they keep SeatingBlock's default.
FIELD_STYLES = {
    "aisle_every": ROW_STYLES, "aisle_width": ROW_STYLES,
    "seats_per_table": ("classroom", *ROUND_STYLES), "table_depth": ("classroom",),
    "table_diameter": ROUND_STYLES, "table_spacing": ROUND_STYLES,
}
WHEELCHAIR_SPACE = (0.915, 1.22)   # width, depth (m): 2010 ADA 802.1.2
CABARET_ARC = 240.0                # degrees of a round that carry chairs in cabaret style
STANDING_M2_PER_PERSON = 0.46      # IBC Table 1004.5, standing space
_SLACK = 1e-9                      # so that 0.915 m over 0.5 m seats is 2 seats, not 2.0000001


def is_round(block) -> bool:
    return block.style in ROUND_STYLES


def seats_per_table(block) -> int:
    """Seats at one table (0 for theater)."""
    if block.style == "theater":
        return 0
    return block.seats_per_table or DEFAULT_SEATS_PER_TABLE[block.style]


def tables_per_row(block) -> int:
    """Tables in one row; the last one takes the seats left over."""
    per = seats_per_table(block)
    return -(-block.seats_per_row // per) if per else 0


def aisles_per_row(block) -> int:
    """Internal aisles in a row (row styles only)."""
    every = block.aisle_every
    if block.style not in ROW_STYLES or every <= 0:
        return 0
    if block.style == "classroom":
        # Aisles fall between tables: after the table holding seat `every`, counted in table positions.
        return ((tables_per_row(block) - 1) * seats_per_table(block)) // every
    return (block.seats_per_row - 1) // every


def sections(block) -> list[int]:
    """Seats in each part of a row between internal aisles, left to right."""
    n, every = block.seats_per_row, block.aisle_every
    if block.style not in ROW_STYLES or every <= 0 or every >= n:
        return [n]
    return [min(every, n - start) for start in range(0, n, every)]


def footprint_size(block) -> tuple[float, float]:
    """(width along the rows, depth front to back) in metres, before rotation."""
    style = block.style
    if style == "theater":
        width = block.seats_per_row * block.seat_width
        if block.aisle_every > 0:
            width += aisles_per_row(block) * block.aisle_width
        return width, block.rows * block.row_pitch
    if style == "classroom":
        width = tables_per_row(block) * seats_per_table(block) * block.seat_width
        width += aisles_per_row(block) * block.aisle_width
        return width, block.rows * block.row_pitch
    d, gap, n, rows = block.table_diameter, block.table_spacing, tables_per_row(block), block.rows
    width = n * d + (n - 1) * gap + 2 * block.chair_depth
    # Cabaret rounds have no chairs on their stage side, so nothing stands in front of the front row.
    chairs_deep = 2 if style == "banquet" else 1
    return width, rows * d + (rows - 1) * gap + chairs_deep * block.chair_depth


def clear_row_spacing(block) -> float:
    """Clear width people pass through between rows (or between chairs of neighbouring rounds), m."""
    if block.style == "theater":
        return block.row_pitch - block.chair_depth
    if block.style == "classroom":
        return block.row_pitch - block.table_depth - block.chair_depth
    # Side by side, two rounds both have chairs on the facing sides, cabaret included.
    return block.table_spacing - 2 * block.chair_depth


# Wheelchair spaces ------------------------------------------------------------------------

def chairs_per_wheelchair_space(block) -> tuple[int, int]:
    """(chairs along the row, rows) a wheelchair space replaces.

    In theater rows the space (0.915 x 1.22 m) needs the chairs of enough seats side by side
    and enough rows behind one another; at a table it takes one chair's place.
    """
    if block.style != "theater":
        return 1, 1
    across = math.ceil(WHEELCHAIR_SPACE[0] / block.seat_width - _SLACK)
    deep = math.ceil(WHEELCHAIR_SPACE[1] / block.row_pitch - _SLACK)
    return across, deep


def wheelchair_slots(block) -> list[tuple[int, int, int, int]]:
    """Places a wheelchair space can take, in the order they are filled.

    Each is (first row, rows, first seat, seats) in row/seat numbers (row 0 at the front,
    seat 0 at the left end). Theater and classroom use the outer ends of the rows, beside the
    side aisles, from the back row forward, left end then right end; rounds give one chair
    per table, back row first, outer tables before inner ones.
    """
    rows, n = block.rows, block.seats_per_row
    if block.style in ROW_STYLES:
        across, deep = chairs_per_wheelchair_space(block)
        parts = sections(block)
        left = parts[0] >= across
        right = parts[-1] >= across and (len(parts) > 1 or parts[0] >= 2 * across)
        slots = []
        for group in range(rows // deep):
            first_row = rows - (group + 1) * deep
            if left:
                slots.append((first_row, deep, 0, across))
            if right:
                slots.append((first_row, deep, n - across, across))
        return slots
    per, count = seats_per_table(block), tables_per_row(block)
    order = []
    lo, hi = 0, count - 1
    while lo <= hi:
        order.append(lo)
        if hi != lo:
            order.append(hi)
        lo, hi = lo + 1, hi - 1
    slots = []
    for row in range(rows - 1, -1, -1):
        for table in order:
            chairs = min(per, n - table * per)
            # The chair straight behind the table (banquet) or in the middle of the crescent.
            chair = 0 if block.style == "banquet" else chairs // 2
            slots.append((row, 1, table * per + chair, 1))
    return slots


def style_fixes(block) -> dict:
    """Field values that make `block` consistent, so that every block the program holds can be
    saved and opened again: fields of other styles back to their defaults (a theater block
    turned into a banquet keeps no inner aisles), classroom aisles between tables (rounded
    down to whole tables), rows and seats within the file format's limits."""
    fixes = {}
    defaults = type(block).__dataclass_fields__
    for key, styles in FIELD_STYLES.items():
        if block.style not in styles and getattr(block, key) != defaults[key].default:
            fixes[key] = defaults[key].default
    if block.style == "classroom" and block.aisle_every > 0:
        per = block.seats_per_table or DEFAULT_SEATS_PER_TABLE["classroom"]
        if block.aisle_every % per:
            fixes["aisle_every"] = max(per, block.aisle_every - block.aisle_every % per)
    if block.rows > limits.MAX_ROWS:
        fixes["rows"] = limits.MAX_ROWS
    if block.seats_per_row > limits.MAX_SEATS_PER_ROW:
        fixes["seats_per_row"] = limits.MAX_SEATS_PER_ROW
    if block.seats_per_table is not None and block.seats_per_table > limits.MAX_SEATS_PER_TABLE:
        fixes["seats_per_table"] = limits.MAX_SEATS_PER_TABLE
    return fixes


def wheelchair_spaces_placed(block) -> int:
    """Wheelchair spaces the block really has: those asked for that fit."""
    if block.wheelchair_spaces <= 0:
        return 0
    return min(block.wheelchair_spaces, len(wheelchair_slots(block)))


def max_wheelchair_spaces(block) -> int:
    return len(wheelchair_slots(block))


def chairs(block) -> int:
    placed = wheelchair_spaces_placed(block)
    across, deep = chairs_per_wheelchair_space(block)
    return block.rows * block.seats_per_row - placed * across * deep


def seats(block) -> int:
    """People seated: chairs plus wheelchair spaces (the ADA counts both)."""
    return chairs(block) + wheelchair_spaces_placed(block)


def standing_capacity(area_m2: float) -> int:
    """People a standing or cocktail zone holds at 0.46 m² each (IBC Table 1004.5), rounded down."""
    return int(max(0.0, area_m2) / STANDING_M2_PER_PERSON + _SLACK)


# Positions -------------------------------------------------------------------------------

def row_u(block) -> np.ndarray:
    """u (local, m from the block's centre) of every seat's centre along a row, left to right."""
    j = np.arange(block.seats_per_row)
    width = footprint_size(block)[0]
    if block.style == "classroom":
        per = seats_per_table(block)
        table = j // per
        u = table * per * block.seat_width + (j % per + 0.5) * block.seat_width
        if block.aisle_every > 0:
            u = u + (table * per // block.aisle_every) * block.aisle_width
    else:
        u = (j + 0.5) * block.seat_width
        if block.aisle_every > 0:
            u = u + (j // block.aisle_every) * block.aisle_width
    return u - width / 2


def _seat_v(block) -> float:
    """v of the chair centre within a row strip, measured from the strip's front."""
    if block.style == "classroom":
        return block.table_depth + block.chair_depth / 2
    return block.row_pitch - block.chair_depth / 2


def _round_tables(block) -> tuple[np.ndarray, np.ndarray]:
    """Local (u, v) of every round table's centre, rows front to back, tables left to right."""
    width, depth = footprint_size(block)
    d, pitch = block.table_diameter, block.table_diameter + block.table_spacing
    front = block.chair_depth if block.style == "banquet" else 0.0
    t = np.arange(tables_per_row(block))
    r = np.arange(block.rows)
    u = -width / 2 + block.chair_depth + d / 2 + t * pitch
    v = -depth / 2 + front + d / 2 + r * pitch
    uu, vv = np.meshgrid(u, v)
    return uu.ravel(), vv.ravel()


def _chair_angles(block, chairs_at_table: int) -> np.ndarray:
    """Directions from a round's centre to its chairs, degrees clockwise from +u (+v = 90°, the back)."""
    k = np.arange(chairs_at_table)
    if block.style == "banquet":
        return 90.0 + k * 360.0 / chairs_at_table
    step = CABARET_ARC / chairs_at_table
    return 90.0 + (k + 0.5 - chairs_at_table / 2) * step


def _local_seats(block) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every seat position before wheelchair spaces: u, v, facing (local degrees), row, seat number."""
    if block.style in ROW_STYLES:
        u_row = row_u(block)
        _, depth = footprint_size(block)
        rows = np.arange(block.rows)
        v_row = -depth / 2 + rows * block.row_pitch + _seat_v(block)
        uu, vv = np.meshgrid(u_row, v_row)
        seat_grid, row_grid = np.meshgrid(np.arange(block.seats_per_row), rows)
        facing = np.full(uu.size, 270.0)
        return uu.ravel(), vv.ravel(), facing, row_grid.ravel(), seat_grid.ravel()
    cu, cv = _round_tables(block)
    per, count, n = seats_per_table(block), tables_per_row(block), block.seats_per_row
    reach = block.table_diameter / 2 + block.chair_depth / 2
    us, vs, faces, row_nos, seat_nos = [], [], [], [], []
    for index, (u0, v0) in enumerate(zip(cu, cv)):
        row, table = divmod(index, count)
        at_table = min(per, n - table * per)
        angles = _chair_angles(block, at_table)
        rad = np.radians(angles)
        us.append(u0 + reach * np.cos(rad))
        vs.append(v0 + reach * np.sin(rad))
        faces.append(angles + 180.0)   # chairs face the table's centre
        row_nos.append(np.full(at_table, row))
        seat_nos.append(table * per + np.arange(at_table))
    return (np.concatenate(us), np.concatenate(vs), np.concatenate(faces),
            np.concatenate(row_nos), np.concatenate(seat_nos))


def _to_layout(block, u, v, facing) -> np.ndarray:
    """Local positions to layout (x, y, facing angle in [0, 360)), as an (n, 3) array."""
    a = math.radians(block.rotation)
    c, s = math.cos(a), math.sin(a)
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    x = block.center[0] + u * c - v * s
    y = block.center[1] + u * s + v * c
    angle = np.mod(np.asarray(facing, dtype=float) + block.rotation, 360.0)
    return np.stack([x, y, angle], axis=1) if len(u) else np.empty((0, 3))


def _taken(block) -> np.ndarray:
    """Boolean mask over `_local_seats` order: chairs given up to wheelchair spaces."""
    _, _, _, row, seat = _local_seats(block)
    taken = np.zeros(len(row), dtype=bool)
    for first_row, rows, first_seat, count in wheelchair_slots(block)[:wheelchair_spaces_placed(block)]:
        taken |= (row >= first_row) & (row < first_row + rows) & (seat >= first_seat) & (seat < first_seat + count)
    return taken


def seat_array(block) -> np.ndarray:
    """Chairs as an (n, 3) array of x, y (m, layout coordinates) and the facing angle
    (degrees clockwise on the plan from +x; 270 is up the page)."""
    u, v, facing, _, _ = _local_seats(block)
    keep = ~_taken(block)
    return _to_layout(block, u[keep], v[keep], facing[keep])


def seat_positions(block) -> list[tuple[float, float, float]]:
    """Every chair as (x, y, facing angle): see `seat_array`."""
    return [tuple(p) for p in seat_array(block).tolist()]


def wheelchair_positions(block) -> list[tuple[float, float, float]]:
    """Centre and facing angle of each wheelchair space (0.915 x 1.22 m, WHEELCHAIR_SPACE)."""
    placed = wheelchair_slots(block)[:wheelchair_spaces_placed(block)]
    if not placed:
        return []
    width, depth = footprint_size(block)
    if block.style == "theater":
        # Against the side of the block (the aisle) and the back of the freed chairs.
        us, vs = [], []
        for first_row, rows, first_seat, _ in placed:
            back = -depth / 2 + (first_row + rows) * block.row_pitch
            half = WHEELCHAIR_SPACE[0] / 2
            us.append(-width / 2 + half if first_seat == 0 else width / 2 - half)
            vs.append(back - WHEELCHAIR_SPACE[1] / 2)
        return [tuple(p) for p in _to_layout(block, us, vs, [270.0] * len(us)).tolist()]
    # At a table, the space is where the chair was.
    u, v, facing, row, seat = _local_seats(block)
    index = {(int(r), int(s)): k for k, (r, s) in enumerate(zip(row, seat))}
    picks = [index[(first_row, first_seat)] for first_row, _, first_seat, _ in placed]
    return [tuple(p) for p in _to_layout(block, u[picks], v[picks], facing[picks]).tolist()]


def table_positions(block) -> list[tuple[float, float, float, float, float]]:
    """Tables as (x, y, rotation, length along the row, depth), m and degrees; rounds have
    length = depth = diameter. Theater blocks have none."""
    if block.style == "theater":
        return []
    if block.style == "classroom":
        per, count = seats_per_table(block), tables_per_row(block)
        length = per * block.seat_width
        width, depth = footprint_size(block)
        t = np.arange(count)
        u = t * length + length / 2
        if block.aisle_every > 0:
            u = u + (t * per // block.aisle_every) * block.aisle_width
        u = u - width / 2
        v = -depth / 2 + np.arange(block.rows) * block.row_pitch + block.table_depth / 2
        uu, vv = np.meshgrid(u, v)
        size = (length, block.table_depth)
    else:
        uu, vv = _round_tables(block)
        size = (block.table_diameter, block.table_diameter)
    placed = _to_layout(block, uu.ravel(), vv.ravel(), np.zeros(uu.size))
    return [(x, y, block.rotation, *size) for x, y, _ in placed.tolist()]
