"""Booth types from the sides that face an aisle, on hand-made layouts."""

from __future__ import annotations

import pytest

from boothplanner.exhibitors.booth_type import booth_sides, booth_types

from exhibitor_fixtures import Area, Obstacle, SeatingBlock, booth, rect, room


def test_row_against_a_wall_has_corners_at_its_ends_and_in_line_between():
    # Four 3 m booths, backs on the top wall (y = 0), side by side.
    layout = room([booth(f"r{i}", (6.5 + 3 * i, 1.5)) for i in range(4)])
    assert booth_types(layout) == {"r0": "corner", "r1": "in-line", "r2": "in-line", "r3": "corner"}
    # top, right, bottom, left: the end booth is open to the bottom aisle and to its left.
    assert booth_sides(layout)["r0"].open == (False, False, True, True)


def test_lone_booth_is_an_island_and_back_to_back_pair_are_peninsulas():
    layout = room([booth("i", (20, 12), size=(4, 4)), booth("p1", (6.5, 12)), booth("p2", (9.5, 12))])
    assert booth_types(layout) == {"i": "island", "p1": "peninsula", "p2": "peninsula"}


def test_single_row_open_front_and_back_counts_as_in_line():
    layout = room([booth(f"s{i}", (6.5 + 3 * i, 10)) for i in range(3)])
    types = booth_types(layout)
    assert types["s1"] == "in-line" and booth_sides(layout)["s1"].open_count == 2
    assert types["s0"] == types["s2"] == "peninsula"


def test_room_corner_booth_hemmed_in_by_neighbours_is_enclosed():
    layout = room([booth("c", (1.5, 1.5)), booth("right", (4.5, 1.5)), booth("below", (1.5, 4.5))])
    assert booth_types(layout)["c"] == "enclosed"


def test_solid_things_close_a_side_and_open_floor_does_not():
    stage = Area("stage", "stage", rect(5, 5, 10, 8))
    standing = Area("stand", "standing", rect(15, 5, 20, 8))
    column = Obstacle("col", "column", rect(25, 11, 26, 14))
    seats = SeatingBlock("seats", center=(10.0, 16.0), rows=2, seats_per_row=6)  # 3 x 1.8 m, y 15.1-16.9
    layout = room([
        booth("on-stage", (7.5, 9.5)),  # its top side lies on the stage's bottom edge
        booth("on-standing", (17.5, 9.5)),
        booth("on-column", (27.5, 12.5)),  # left side on the column's right edge (half covered: 3 m of 3 m)
        booth("on-seats", (10, 13.6)),  # bottom side on the seating block's front row
    ], obstacles=[column])
    layout.areas.update({"stage": stage, "stand": standing})
    layout.seating["seats"] = seats
    types = booth_types(layout)
    assert types["on-stage"] == "peninsula"
    assert types["on-standing"] == "island"
    assert types["on-column"] == "peninsula"
    assert types["on-seats"] == "peninsula"


@pytest.mark.parametrize("gap, expected", [(0.0, "corner"), (0.005, "corner"), (0.05, "peninsula")])
def test_touching_means_within_a_centimetre(gap, expected):
    layout = room([booth("a", (6.5, 1.5)), booth("b", (9.5 + gap, 1.5))])
    assert booth_types(layout)["a"] == expected


def test_a_side_half_touching_is_closed_and_less_is_open():
    half = room([booth("a", (6.5, 10)), booth("b", (9.5, 11.5))])  # b shifted down by half a side
    assert booth_sides(half)["a"].open[1] is False
    third = room([booth("a", (6.5, 10)), booth("b", (9.5, 12.0))])  # only 1 m of 3 m touches
    assert booth_sides(third)["a"].open[1] is True


def test_rotated_booths_are_judged_by_their_own_sides():
    # The row against the left wall (x = 0), booths turned 90 degrees.
    layout = room([booth(f"v{i}", (1.5, 6.5 + 3 * i), size=(3, 3), rotation=90) for i in range(3)])
    assert booth_types(layout) == {"v0": "corner", "v1": "in-line", "v2": "corner"}


def test_no_booths_no_types():
    assert booth_types(room()) == {}
