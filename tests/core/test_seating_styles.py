"""Each seating style's seat count, footprint and seat positions, worked out by hand."""

from __future__ import annotations

import math

import pytest

from boothplanner.model import SeatingBlock
from boothplanner.model import seating as S


def block(style="theater", rows=2, seats_per_row=4, center=(0.0, 0.0), rotation=0.0, **kw) -> SeatingBlock:
    return SeatingBlock("b", center, rows, seats_per_row, rotation=rotation, style=style, **kw)


def close(points, expected):
    assert len(points) == len(expected)
    for got, want in zip(points, expected):
        assert got == pytest.approx(want, abs=1e-9), (got, want)


# Theater -----------------------------------------------------------------------------------

def test_plain_theater_block_is_as_before():
    b = block(rows=10, seats_per_row=20)
    assert (b.seats, b.width, b.depth, b.area) == (200, 10.0, 9.0, 90.0)
    assert S.clear_row_spacing(b) == pytest.approx(0.4)
    assert S.table_positions(b) == []


def test_internal_aisles_widen_the_footprint_not_the_seat_count():
    b = block(rows=10, seats_per_row=20, aisle_every=10, aisle_width=1.2)
    assert (b.seats, b.width, b.depth) == (200, pytest.approx(11.2), 9.0)
    assert S.sections(b) == [10, 10]
    # 30 seats every 14: 14 | 14 | 2, two aisles.
    b = block(seats_per_row=30, aisle_every=14)
    assert S.sections(b) == [14, 14, 2] and b.width == pytest.approx(15 + 2 * 1.07)
    # An aisle only between seats: 14 seats every 14 have none.
    assert block(seats_per_row=14, aisle_every=14).width == 7.0


def test_theater_seat_positions_front_row_first():
    # 2 rows of 3 at 0.5 m, pitch 0.9, chair 0.5 deep at the back of its strip; centre (10, 20).
    b = block(rows=2, seats_per_row=3, center=(10.0, 20.0))
    # Footprint x 9.25..10.75, y 19.1..20.9; front-row chairs centred 0.9 - 0.25 behind the front edge.
    close(S.seat_positions(b), [
        (9.5, 19.75, 270), (10.0, 19.75, 270), (10.5, 19.75, 270),
        (9.5, 20.65, 270), (10.0, 20.65, 270), (10.5, 20.65, 270),
    ])


def test_theater_seat_positions_skip_the_aisle():
    b = block(rows=1, seats_per_row=4, aisle_every=2, aisle_width=1.0)   # 0.5 0.5 | 1.0 | 0.5 0.5 = 3 m
    xs = [p[0] for p in S.seat_positions(b)]
    assert xs == pytest.approx([-1.25, -0.75, 0.75, 1.25])


def test_rotated_block_faces_the_turned_way():
    # At 90° the audience faces +x; the front row is the one with the largest x.
    b = block(rows=2, seats_per_row=1, center=(10.0, 20.0), rotation=90)
    close(S.seat_positions(b), [(10.25, 20.0, 0), (9.35, 20.0, 0)])
    # Corners of the footprint still agree with the seats: every seat inside.
    b = block(rows=3, seats_per_row=5, center=(3.0, 4.0), rotation=30)
    xs = [c[0] for c in b.corners()]
    ys = [c[1] for c in b.corners()]
    for x, y, angle in S.seat_positions(b):
        assert min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)
        assert angle == pytest.approx(300)


def test_wheelchair_spaces_take_chairs_at_the_back_row_ends():
    # 0.915 m over 0.5 m seats: 2 chairs; 1.22 m over 0.9 m rows: 2 rows. 4 chairs for one space.
    b = block(rows=10, seats_per_row=20, wheelchair_spaces=2)
    assert S.chairs_per_wheelchair_space(b) == (2, 2)
    assert (S.chairs(b), b.seats) == (192, 194)
    assert len(S.seat_positions(b)) == 192
    # Against the left and right sides, the back of the space on the back edge (y = 4.5).
    close(S.wheelchair_positions(b), [(-5 + 0.4575, 4.5 - 0.61, 270), (5 - 0.4575, 4.5 - 0.61, 270)])
    # A third space goes to the left end of the two rows in front.
    b3 = block(rows=10, seats_per_row=20, wheelchair_spaces=3)
    assert S.wheelchair_positions(b3)[2] == pytest.approx((-5 + 0.4575, 4.5 - 1.8 - 0.61, 270))
    # No chair stands inside a space.
    for wx, wy, _ in S.wheelchair_positions(b3):
        for x, y, _ in S.seat_positions(b3):
            assert not (abs(x - wx) < 0.915 / 2 and abs(y - wy) < 1.22 / 2)


def test_wheelchair_room_depends_on_seat_size():
    # Deep rows (1.25 m) need one row; wide seats (1 m) one chair.
    assert S.chairs_per_wheelchair_space(block(row_pitch=1.25, seat_width=1.0)) == (1, 1)
    assert S.chairs_per_wheelchair_space(block(row_pitch=1.22, seat_width=0.915)) == (1, 1)
    # 5 rows: two pairs of rows, two ends each.
    assert S.max_wheelchair_spaces(block(rows=5, seats_per_row=10)) == 4
    # 3 seats a row: room for one end only; one row of 0.9 m: no room at all.
    assert S.max_wheelchair_spaces(block(rows=2, seats_per_row=3)) == 1
    assert S.max_wheelchair_spaces(block(rows=1, seats_per_row=10)) == 0
    # Asking for more than fit places what fits (the loader refuses the rest).
    b = block(rows=2, seats_per_row=3, wheelchair_spaces=4)
    assert S.wheelchair_spaces_placed(b) == 1 and b.seats == 6 - 4 + 1


# Classroom ---------------------------------------------------------------------------------

def test_classroom_counts_and_footprint():
    # 4 rows of 9 at 3-seat tables 0.6 m a seat: 3 tables of 1.8 m; 1.52 m rows.
    b = block("classroom", rows=4, seats_per_row=9, seat_width=0.6, row_pitch=1.52, seats_per_table=3)
    assert (b.seats, b.width, b.depth) == (36, pytest.approx(5.4), pytest.approx(6.08))
    assert S.clear_row_spacing(b) == pytest.approx(1.52 - 0.45 - 0.5)
    # 7 seats at 3-seat tables: 3 tables, the last with one seat.
    b = block("classroom", rows=1, seats_per_row=7, seat_width=0.6, seats_per_table=3)
    assert (b.seats, b.width) == (7, pytest.approx(5.4))
    # An aisle after every second table.
    b = block("classroom", rows=1, seats_per_row=12, seat_width=0.6, seats_per_table=3, aisle_every=6)
    assert b.width == pytest.approx(4 * 1.8 + 1.07)


def test_classroom_positions_tables_then_chairs():
    b = block("classroom", rows=1, seats_per_row=4, seat_width=0.6, row_pitch=1.6, seats_per_table=2,
              center=(0.0, 0.0))
    # 2 tables of 1.2 m (x -1.2..0 and 0..1.2), 0.45 deep at the strip's front (y -0.8..-0.35);
    # chairs 0.5 deep right behind (centre y -0.1), facing the front.
    close(S.table_positions(b), [(-0.6, -0.575, 0, 1.2, 0.45), (0.6, -0.575, 0, 1.2, 0.45)])
    close(S.seat_positions(b), [(-0.9, -0.1, 270), (-0.3, -0.1, 270), (0.3, -0.1, 270), (0.9, -0.1, 270)])
    # Default seats at a classroom table: 3.
    assert S.seats_per_table(block("classroom")) == 3


def test_classroom_wheelchair_space_is_an_end_chair():
    b = block("classroom", rows=2, seats_per_row=6, seats_per_table=3, wheelchair_spaces=3)
    assert b.seats == 12 and S.chairs(b) == 9
    seats = S.seat_positions(b)
    spaces = S.wheelchair_positions(b)
    # Back row left, back row right, front row left.
    assert [round(x, 6) for x, _, _ in spaces] == [-1.25, 1.25, -1.25]
    assert spaces[0][1] > spaces[2][1]
    assert not any(p[:2] == s[:2] for p in seats for s in spaces)


# Rounds ------------------------------------------------------------------------------------

def test_banquet_counts_and_footprint():
    # 2 rows of three 1.83 m rounds of 10, 1.37 m apart, chairs 0.5 m deep all round.
    b = block("banquet", rows=2, seats_per_row=30, seats_per_table=10, table_diameter=1.83)
    assert b.seats == 60
    assert b.width == pytest.approx(3 * 1.83 + 2 * 1.37 + 2 * 0.5)     # 9.23
    assert b.depth == pytest.approx(2 * 1.83 + 1.37 + 2 * 0.5)         # 6.03
    assert S.clear_row_spacing(b) == pytest.approx(1.37 - 1.0)
    # 1.52 m rounds of 10 by default; 25 seats: 3 tables of 10, 10, 5.
    b = block("banquet", rows=1, seats_per_row=25)
    assert (S.tables_per_row(b), b.seats) == (3, 25)
    assert b.width == pytest.approx(3 * 1.52 + 2 * 1.37 + 1)


def test_banquet_chairs_ring_their_tables_facing_in():
    b = block("banquet", rows=1, seats_per_row=8, seats_per_table=8, center=(5.0, 5.0))
    ((tx, ty, _, dia, _),) = S.table_positions(b)
    assert (tx, ty, dia) == (5.0, 5.0, 1.52)
    seats = S.seat_positions(b)
    assert len(seats) == 8
    for x, y, facing in seats:
        assert math.dist((x, y), (5, 5)) == pytest.approx(0.76 + 0.25)
        # Facing the table's centre.
        toward = math.degrees(math.atan2(5 - y, 5 - x)) % 360
        assert facing == pytest.approx(toward) or abs(facing - toward) == pytest.approx(360)
    # The first chair sits straight behind (+y), facing up the page.
    assert seats[0] == pytest.approx((5.0, 5.0 + 1.01, 270))


def test_cabaret_leaves_the_stage_side_open():
    b = block("cabaret", rows=2, seats_per_row=21, seats_per_table=7)
    assert b.seats == 42
    assert b.width == pytest.approx(3 * 1.52 + 2 * 1.37 + 1.0)       # 8.30
    assert b.depth == pytest.approx(2 * 1.52 + 1.37 + 0.5)           # 4.91, chairs only behind
    tables = S.table_positions(b)
    assert tables[0][1] == pytest.approx(-b.depth / 2 + 0.76)        # the front table touches the front edge
    reach = 0.76 + 0.25
    for x, y, facing in S.seat_positions(b):
        tx, ty = min(((t[0], t[1]) for t in tables), key=lambda t: math.dist(t, (x, y)))
        assert math.dist((x, y), (tx, ty)) == pytest.approx(reach)
        # No chair in the front third: at most 30° ahead of the table's side line.
        assert y - ty >= -reach * math.sin(math.radians(30)) - 1e-9
        # Nobody faces away from the stage: the crescent's end chairs turn at most 30° past side-on.
        assert math.sin(math.radians(facing)) <= math.sin(math.radians(30)) + 1e-9


def test_round_wheelchair_space_replaces_one_chair_per_table():
    b = block("banquet", rows=2, seats_per_row=30, seats_per_table=10, wheelchair_spaces=4)
    assert S.max_wheelchair_spaces(b) == 6 and b.seats == 60 and S.chairs(b) == 56
    spaces = S.wheelchair_positions(b)
    tables = S.table_positions(b)
    # Back row first, outer tables first: back-left, back-right, back-middle, then front-left.
    back_left, back_right, back_mid, front_left = (tables[3], tables[5], tables[4], tables[0])
    for (x, y, _), t in zip(spaces, (back_left, back_right, back_mid, front_left)):
        assert (x, y) == pytest.approx((t[0], t[1] + 1.01))


def test_rotation_turns_rounds_too():
    b = block("banquet", rows=1, seats_per_row=10, center=(0.0, 0.0), rotation=90)
    front = block("banquet", rows=1, seats_per_row=10, center=(0.0, 0.0))
    for (x, y, a), (x0, y0, a0) in zip(S.seat_positions(b), S.seat_positions(front)):
        assert (x, y) == pytest.approx((-y0, x0))
        assert a == pytest.approx((a0 + 90) % 360)


def test_standing_zone_capacity():
    assert S.standing_capacity(46.0) == 100
    assert S.standing_capacity(45.99) == 99
    assert S.standing_capacity(0.46) == 1 and S.standing_capacity(0.0) == 0
