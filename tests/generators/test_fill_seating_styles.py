"""Fill with seating in classroom, banquet and cabaret style: the same guarantees as theater
(no error the blocks cause, preview = fill, wheelchair spaces) and hand-computed blocks."""

from __future__ import annotations

import pytest

from boothplanner.generators import fill_seating, fill_seating_command, plan_seating, preview_fill_seating
from boothplanner.model import Area
from boothplanner.model import seating as geometry
from boothplanner.rules import Checker
from boothplanner.rules.wheelchair import wheelchair_spaces_required

from gen_fixtures import footprint, new_errors, placed, rect, room

STYLES = ("classroom", "banquet", "cabaret")


def hall():
    """A 20 x 14 m room, doors near its four corners, a stage along the top wall."""
    return room(20, 14, elements=[Area("stage", "stage", tuple(rect(6, 0, 14, 3)))])


@pytest.mark.parametrize("style", STYLES)
def test_a_20_by_14_room_with_a_stage_fills_without_errors(style):
    layout, zone = hall(), rect(0, 0, 20, 14)
    fill = plan_seating(layout, zone, "up", style=style)
    assert fill.seats > 0 and fill.dropped == 0
    assert all(b.style == style and b.rotation == 0.0 for b in fill.blocks)
    assert [f for f in Checker().check(placed(layout, fill.blocks)).findings if f.severity == "error"] == []
    assert new_errors(layout, fill.blocks) == []
    assert preview_fill_seating(layout, zone, "up", style=style) == fill.seats
    assert fill_seating(layout, zone, "up", style=style) == fill.blocks
    spaces = sum(geometry.wheelchair_spaces_placed(b) for b in fill.blocks)
    assert spaces >= wheelchair_spaces_required(fill.seats)
    # Blocks an aisle apart; behind the stage's front clearance.
    fp = [footprint(b) for b in fill.blocks]
    assert all(a.distance(b) >= 1.07 - 1e-9 for i, a in enumerate(fp) for b in fp[i + 1:])
    assert all(g.bounds[1] >= 5.0 - 1e-9 for g in fp)
    command = fill_seating_command(layout, zone, "up", style=style)
    assert command is not None and f"Add {fill.seats} seats" == command.label


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("side", ["up", "down", "left", "right"])
def test_every_stage_side(style, side):
    layout = room(20, 14)
    fill = plan_seating(layout, rect(2, 2, 18, 12), side, style=style)
    assert fill.seats > 0 and fill.dropped == 0
    assert new_errors(layout, fill.blocks) == []


def test_banquet_rounds_hand_computed():
    # Zone 10 x 8 m clear of the walls and of the doors' 3 m; rows from 2 m behind its top edge (y 6).
    # A round and its spacing take 1.52 + 1.37 = 2.89 m: 3 across 10 m, 2 rows in the 6 m left.
    fill = plan_seating(room(20, 14), rect(5, 4, 15, 12), "up", style="banquet")
    assert [(b.rows, b.seats_per_row, geometry.tables_per_row(b)) for b in fill.blocks] == [(2, 30, 3)]
    block = fill.blocks[0]
    assert block.table_diameter == 1.52 and block.table_spacing == 1.37 and geometry.seats_per_table(block) == 10
    assert len(geometry.table_positions(block)) == 6 and fill.seats == 60
    # 3 x 1.52 + 2 x 1.37 + 2 chairs = 8.3 m by 2 x 1.52 + 1.37 + 2 chairs = 5.41 m, centred in 8.67 x 5.78 m.
    assert (block.width, block.depth) == pytest.approx((8.3, 5.41))
    # The 10 - 8.67 m left over goes half to each side: the block is centred across the zone.
    assert block.center == pytest.approx((10.0, 6 + 5.78 / 2))
    assert block.wheelchair_spaces == wheelchair_spaces_required(60) == 4
    # 1.83 m rounds (3.2 m each): 3 across, one row; cabaret seats 7 a table.
    big = plan_seating(room(20, 14), rect(5, 4, 15, 12), "up", style="banquet", table_diameter=1.83,
                       seats_per_table=12)
    assert [(b.rows, geometry.tables_per_row(b), b.seats_per_row) for b in big.blocks] == [(1, 3, 36)]
    cabaret = plan_seating(room(20, 14), rect(5, 4, 15, 12), "up", style="cabaret")
    assert [(b.rows, b.seats_per_row) for b in cabaret.blocks] == [(2, 21)] and cabaret.seats == 42


def test_classroom_hand_computed():
    # Tables of 3 at 0.5 m (1.5 m) in rows 1.35 m apart (0.45 m table, 0.5 m chair, 0.4 m clear).
    # 10 m across: at most 4 tables (12 seats, 14 or fewer) per block; one block holds 4, two
    # blocks and an aisle hold (10 - 1.07) / 1.5 = 5 tables, 3 + 2. 6 m deep: 4 rows (5.4 m).
    fill = plan_seating(room(20, 14), rect(5, 4, 15, 12), "up", style="classroom")
    assert [(b.rows, b.seats_per_row) for b in fill.blocks] == [(4, 9), (4, 6)]
    assert all(geometry.tables_per_row(b) * 3 == b.seats_per_row for b in fill.blocks)
    assert all(geometry.clear_row_spacing(b) == pytest.approx(0.4) for b in fill.blocks)
    assert new_errors(room(20, 14), fill.blocks) == []
    # At most 7 seats between aisles: tables of 3 give rows of 6.
    seven = plan_seating(room(20, 14), rect(5, 4, 15, 12), "up", style="classroom", max_seats_per_row=7)
    assert all(b.seats_per_row == 6 for b in seven.blocks)


def test_style_parameters_the_rules_would_flag_are_refused():
    with pytest.raises(ValueError, match="row_pitch"):
        plan_seating(room(), rect(5, 5, 20, 20), "up", style="classroom", row_pitch=1.2)
    with pytest.raises(ValueError, match="table_spacing"):
        plan_seating(room(), rect(5, 5, 20, 20), "up", style="banquet", table_spacing=1.2)
    with pytest.raises(ValueError, match="max_seats_per_row"):
        plan_seating(room(), rect(5, 5, 20, 20), "up", style="classroom", seats_per_table=4, max_seats_per_row=3)
    with pytest.raises(ValueError):
        plan_seating(room(), rect(5, 5, 20, 20), "up", style="opera")


@pytest.mark.parametrize("style", STYLES)
def test_max_seats_and_zero_fit(style):
    fill = plan_seating(room(), rect(0, 0, 40, 30), "up", style=style, max_seats=50)
    assert 0 < fill.seats <= 50 and new_errors(room(), fill.blocks) == []
    assert fill_seating(room(), rect(10, 10, 11, 11), "up", style=style) == []
