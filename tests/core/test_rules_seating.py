"""ROW_TOO_LONG, ROW_SPACING and WHEELCHAIR_SPACES at and around their limits, worked out by hand."""

from __future__ import annotations

import dataclasses

import pytest

from boothplanner.io import load
from boothplanner.model import Rules, SeatingBlock
from boothplanner.resources import DEFAULT_LAYOUT
from boothplanner.rules import Checker
from boothplanner.rules.wheelchair import wheelchair_spaces_required

from layouts import area, booth, codes, make_layout, rect
from test_rules_incremental import moved_to, recheck_equals_full

CONTINENTAL = Rules(seating_mode="continental")


def row(id="s", center=(50.0, 50.0), seats=14, rows=1, **kw) -> SeatingBlock:
    return SeatingBlock(id=id, center=center, rows=rows, seats_per_row=seats, **kw)


def check(*elements, rules=None):
    return Checker().check(make_layout(elements, rules=rules))


def too_long(result):
    return [(f.ids, f.measured, f.required) for f in codes(result, "ROW_TOO_LONG")]


def spacing(result):
    return [(f.ids, round(f.measured, 6), round(f.required, 6)) for f in codes(result, "ROW_SPACING")]


# ROW_TOO_LONG --------------------------------------------------------------------------------

def test_fourteen_seats_between_two_aisles_and_no_more():
    assert too_long(check(row(seats=14))) == []
    assert too_long(check(row(seats=15))) == [(("s",), 15, 14)]


def test_an_end_against_the_wall_leaves_seven():
    # 7 seats (3.5 m) flush with the left wall: one aisle, at most 7.
    assert too_long(check(row(center=(1.75, 50.0), seats=7))) == []
    assert too_long(check(row(center=(2.0, 50.0), seats=8))) == [(("s",), 8, 7)]
    # 1.07 m off the wall is an aisle again (and no narrow aisle either); 1.06 m is not.
    assert too_long(check(row(center=(1.07 + 2.0, 50.0), seats=8))) == []
    near = check(row(center=(1.06 + 2.0, 50.0), seats=8))
    assert too_long(near) == [(("s",), 8, 7)]
    assert {f.ids for f in codes(near, "NARROW_AISLE")} == {("s", "venue")}


def test_an_end_against_another_element_has_no_aisle():
    # Block x 48..52; a stage from 52 (touching), at 1.06 m and at 1.07 m to its right.
    for gap, expected in ((0.0, [(("s",), 8, 7)]), (1.06, [(("s",), 8, 7)]), (1.07, [])):
        stage = area("st", "stage", rect(52 + gap, 45, 60, 55))
        assert too_long(check(row(seats=8), stage)) == expected, gap
    # Two blocks side by side: each has an aisle at one end only.
    left, right = row("l", center=(48.0, 50.0), seats=8), row("r", center=(52.0, 50.0), seats=8)
    assert too_long(check(left, right)) == [(("l",), 8, 7), (("r",), 8, 7)]
    # Open floor (standing, no-build) does not close an aisle.
    standing = area("sa", "standing", rect(52, 45, 60, 55))
    assert too_long(check(row(seats=8), standing)) == []


def test_no_aisle_at_either_end():
    walls = [area("a", "storage", rect(40, 45, 48, 55)), area("b", "storage", rect(49.5, 45, 60, 55))]
    result = check(row(center=(48.75, 50.0), seats=3), *walls)
    assert too_long(result) == [(("s",), 3, 0)]
    assert "no aisle at either end" in codes(result, "ROW_TOO_LONG")[0].message


def test_each_row_end_is_judged_on_its_own():
    # 2 rows of 8, x 48..52, y 49.1..50.9 (row 1: 49.1..50.0, row 2: 50.0..50.9). A stage beside
    # the block from y 51.1 down is 0.2 m from row 2's end but 1.1 m from row 1's.
    stage = area("st", "stage", rect(52, 51.1, 60, 60))
    result = check(row(seats=8, rows=2), stage)
    (finding,) = codes(result, "ROW_TOO_LONG")
    assert (finding.measured, finding.required) == (8, 7)
    assert "row 2" in finding.message
    assert finding.location == pytest.approx((50.0, 50.45))


def test_internal_aisles_split_rows():
    assert too_long(check(row(seats=28, aisle_every=14))) == []
    assert too_long(check(row(seats=30, aisle_every=15))) == [(("s",), 15, 14)]
    # Against the wall: 7 | aisle | 7 | aisle | 7 is fine, 8 | 8 | 6 is not (the first 8 has one aisle).
    assert too_long(check(row(center=(0.0, 50.0), seats=21, aisle_every=7))) == []
    block = row(seats=22, aisle_every=8)
    flush = dataclasses.replace(block, center=(block.width / 2, 50.0))
    assert too_long(check(flush)) == [(("s",), 8, 7)]


def test_an_internal_aisle_narrower_than_the_minimum_does_not_count():
    # 1.0 m < seating_aisle_min 1.07: the two 14s are one row of 28.
    assert too_long(check(row(seats=28, aisle_every=14, aisle_width=1.0))) == [(("s",), 28, 14)]
    assert too_long(check(row(seats=28, aisle_every=14, aisle_width=1.07))) == []


def test_continental_rows_take_a_hundred():
    assert too_long(check(row(seats=100), rules=CONTINENTAL)) == []
    assert too_long(check(row(seats=101), rules=CONTINENTAL)) == [(("s",), 101, 100)]
    # With one end closed the 7-seat limit still holds.
    assert too_long(check(row(center=(2.0, 50.0), seats=8), rules=CONTINENTAL)) == [(("s",), 8, 7)]


def test_rotated_block_against_the_top_wall():
    # Turned 90°: the rows run along y, so a row's ends face up and down the page.
    block = row(center=(50.0, 4.0), seats=8, rotation=90)       # y 2..6: 2 m off the top wall
    assert too_long(check(block)) == []
    assert too_long(check(dataclasses.replace(block, center=(50.0, 2.0)))) == [(("s",), 8, 7)]


def test_classroom_rows_count_seats_too_and_rounds_have_no_rows():
    classroom = row(seats=15, style="classroom", seats_per_table=3, row_pitch=1.52)
    assert too_long(check(classroom)) == [(("s",), 15, 14)]
    banquet = row(seats=40, style="banquet", seats_per_table=10)
    assert too_long(check(banquet)) == []


def test_moving_next_to_a_row_end_is_seen_by_the_quick_check():
    block, stage = row(seats=8), area("st", "stage", rect(70, 45, 78, 55))
    layout = make_layout([block, stage])
    shifted = dataclasses.replace(stage, outline=rect(52.5, 45, 60.5, 55))
    base, quick = recheck_equals_full(layout, {"st": shifted})
    assert too_long(base) == [] and too_long(quick) == [(("s",), 8, 7)]
    # And the block moving up to the stage, then away again.
    near = make_layout([block, dataclasses.replace(stage, outline=rect(52.5, 45, 60.5, 55))])
    _, quick = recheck_equals_full(near, {"s": moved_to(block, (30.0, 50.0))})
    assert too_long(quick) == []
    _, quick = recheck_equals_full(layout, {"s": moved_to(block, (68.0, 50.0))})   # x 66..70, flush
    assert too_long(quick) == [(("s",), 8, 7)]


# ROW_SPACING ---------------------------------------------------------------------------------

def test_clear_row_spacing_of_305_mm():
    assert spacing(check(row(rows=3, row_pitch=0.805))) == []
    assert spacing(check(row(rows=3, row_pitch=0.804))) == [(("s",), 0.304, 0.305)]
    assert spacing(check(row(rows=3, chair_depth=0.6))) == [(("s",), 0.3, 0.305)]
    assert spacing(check(row(rows=3, chair_depth=0.595))) == []


def test_continental_rows_need_more_room_per_seat_beyond_14():
    # 20 seats: 305 + 6 x 7.6 = 350.6 mm.
    assert spacing(check(row(seats=20, rows=2, row_pitch=0.8506), rules=CONTINENTAL)) == []
    assert spacing(check(row(seats=20, rows=2, row_pitch=0.8505), rules=CONTINENTAL)) == [(("s",), 0.3505, 0.3506)]
    # 14 seats or fewer: 305 mm as in standard seating.
    assert spacing(check(row(seats=14, rows=2, row_pitch=0.805), rules=CONTINENTAL)) == []
    # 48 seats would be 563.4 mm; the cap is 559 mm.
    assert spacing(check(row(seats=48, rows=2, row_pitch=1.059), rules=CONTINENTAL)) == []
    assert spacing(check(row(seats=48, rows=2, row_pitch=1.058), rules=CONTINENTAL)) == [(("s",), 0.558, 0.559)]
    # Internal aisles shorten the count: 40 seats every 20 are rows of 20.
    assert spacing(check(row(seats=40, rows=2, row_pitch=0.8506, aisle_every=20), rules=CONTINENTAL)) == []
    # Standard seating asks 305 mm whatever the row's length (ROW_TOO_LONG speaks for the length).
    assert spacing(check(row(seats=20, rows=2, row_pitch=0.805))) == []


def test_classroom_and_round_table_spacing():
    classroom = dict(style="classroom", seats=9, rows=2, seats_per_table=3)
    assert spacing(check(row(row_pitch=1.255, **classroom))) == []               # 1.255 - 0.45 - 0.5
    assert spacing(check(row(row_pitch=1.25, **classroom))) == [(("s",), 0.3, 0.305)]
    assert spacing(check(row(style="banquet", seats=20, table_spacing=1.305))) == []  # 1.305 - 2 x 0.5
    assert spacing(check(row(style="cabaret", seats=20, table_spacing=1.3))) == [(("s",), 0.3, 0.305)]


def test_resizing_a_block_updates_row_spacing_in_the_quick_check():
    block = row(rows=3)
    layout = make_layout([block])
    _, quick = recheck_equals_full(layout, {"s": moved_to(block, row_pitch=0.8)})
    assert spacing(quick) == [(("s",), 0.3, 0.305)]


# WHEELCHAIR_SPACES ---------------------------------------------------------------------------

@pytest.mark.parametrize("seats, spaces", [
    (0, 0), (3, 0), (4, 1), (25, 1), (26, 2), (50, 2), (51, 4), (150, 4), (151, 5), (300, 5),
    (301, 6), (500, 6), (501, 7), (650, 7), (651, 8), (813, 9), (840, 9), (950, 9), (951, 10),
    (5000, 36), (5001, 37), (5200, 37), (5201, 38),
])
def test_ada_table(seats, spaces):
    assert wheelchair_spaces_required(seats) == spaces


def test_layout_short_of_wheelchair_spaces():
    # 5 rows of 10: 50 seats need 2.
    (finding,) = codes(check(row(seats=10, rows=5)), "WHEELCHAIR_SPACES")
    assert (finding.ids, finding.measured, finding.required) == ((), 0, 2)
    # One space costs 2 x 2 chairs: 47 seats, still 2 needed, 1 there.
    (finding,) = codes(check(row(seats=10, rows=5, wheelchair_spaces=1)), "WHEELCHAIR_SPACES")
    assert (finding.measured, finding.required) == (1, 2)
    assert "47 seats need 2 wheelchair spaces" in finding.message
    assert codes(check(row(seats=10, rows=5, wheelchair_spaces=2)), "WHEELCHAIR_SPACES") == []
    # Three seats need none.
    assert codes(check(row(seats=3)), "WHEELCHAIR_SPACES") == []


def test_wheelchair_spaces_count_across_blocks_and_styles():
    # 26 seats at banquet rounds need 2: one here, one in a theater block of 3 rows x 8.
    banquet = row("b", center=(30.0, 30.0), style="banquet", seats=26, seats_per_table=13, wheelchair_spaces=1)
    theater = row("t", center=(70.0, 70.0), seats=8, rows=2, wheelchair_spaces=1)   # 16 - 4 + 1 = 13 seats
    assert codes(check(banquet), "WHEELCHAIR_SPACES")[0].required == 2
    result = check(banquet, theater)
    assert result.capacity.seats == 39
    assert codes(result, "WHEELCHAIR_SPACES") == []


def test_quick_check_follows_wheelchair_spaces_and_seats():
    block = row(seats=10, rows=5, wheelchair_spaces=2)
    layout = make_layout([block])
    base, quick = recheck_equals_full(layout, {"s": moved_to(block, wheelchair_spaces=0)})
    assert codes(base, "WHEELCHAIR_SPACES") == [] and len(codes(quick, "WHEELCHAIR_SPACES")) == 1
    _, quick = recheck_equals_full(layout, {"s": moved_to(block, rows=6)})   # 56 seats need 4
    assert codes(quick, "WHEELCHAIR_SPACES")[0].required == 4


def test_the_default_layout_passes_every_error_level_check():
    result = Checker().check(load(DEFAULT_LAYOUT))
    assert result.errors == []
    assert result.capacity.seats == 813
    assert wheelchair_spaces_required(result.capacity.seats) == 9
    assert sum(b.wheelchair_spaces for b in load(DEFAULT_LAYOUT).seating.values()) == 9


def test_booths_beside_a_row_end_close_it():
    # A booth 3 m away keeps the aisle (and the booth aisle rule is met); touching, it closes it.
    assert too_long(check(row(seats=8), booth("b", (52 + 3 + 1.5, 50.0)))) == []
    result = check(row(seats=8), booth("b", (52 + 1.5, 50.0)))
    assert too_long(result) == [(("s",), 8, 7)]
