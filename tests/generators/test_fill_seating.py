"""Fill with seating: hand-computed theater blocks, stage directions, clearances, limits, and a
property test that nothing generated is ever the subject of an error."""

from __future__ import annotations

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.generators import fill_seating, fill_seating_command, plan_seating, preview_fill_seating
from boothplanner.generators.seating_rows import RowSplitter
from boothplanner.model import Area, Booth, Exit, FireEquipment, Rules
from boothplanner.rules import Checker

from gen_fixtures import column, distance_to_exit, footprint, new_errors, random_exits, rect, room

SQUARE = rect(10, 10, 20, 20)   # 10 x 10 m of open floor in a 40 x 30 m room


def chairs_and_spaces(blocks):
    """Seat positions the blocks span (rows x seats per row), wheelchair spaces counted as the chairs they replace."""
    return sum(b.rows * b.seats_per_row for b in blocks)


def shape(blocks):
    return [(b.center, b.rows, b.seats_per_row, b.rotation) for b in blocks]


# -- hand-computed blocks -----------------------------------------------------------------

def test_10_by_10_zone_with_the_stage_up_holds_8_rows_of_17():
    # Rows start 2 m behind the stage edge (y 12) and fit 8 m deep: 8 rows of 0.9 m (7.2 m).
    # Across 10 m: one block holds 14; two blocks and a 1.07 m aisle hold (10 - 1.07) / 0.5 = 17
    # (9 + 8); three blocks hold only 15. The 0.43 m left over goes half to each side.
    fill = plan_seating(room(), SQUARE, "up")
    assert fill.room_for == 136 and fill.dropped == 0
    assert shape(fill.blocks) == [((12.465, 15.6), 8, 9, 0.0), ((17.785, 15.6), 8, 8, 0.0)]
    assert all(b.seat_width == 0.5 and b.row_pitch == 0.9 and b.style == "theater" for b in fill.blocks)
    assert [b.id for b in fill.blocks] == ["S1", "S2"]
    assert new_errors(room(), fill.blocks) == []


@pytest.mark.parametrize("side, expected", [
    ("right", [((14.4, 12.465), 8, 9, 90.0), ((14.4, 17.785), 8, 8, 90.0)]),
    ("down", [((17.535, 14.4), 8, 9, 180.0), ((12.215, 14.4), 8, 8, 180.0)]),
    ("left", [((15.6, 17.535), 8, 9, 270.0), ((15.6, 12.215), 8, 8, 270.0)]),
])
def test_blocks_turn_to_face_the_stage(side, expected):
    fill = plan_seating(room(), SQUARE, side)
    assert shape(fill.blocks) == expected
    # The front row is 2 m from the stage edge of the zone.
    block = fill.blocks[0]
    front = {"right": block.center[0] + block.depth / 2, "down": block.center[1] + block.depth / 2,
             "left": block.center[0] - block.depth / 2}[side]
    assert front == pytest.approx({"right": 18.0, "down": 18.0, "left": 12.0}[side])


def test_rows_split_into_blocks_of_at_most_14_between_aisles():
    splitter = RowSplitter(0.5, 1.07, 14)
    assert splitter.split(7.0) == [14]
    assert splitter.split(6.99) == [13]
    assert splitter.split(10.0) == [9, 8]
    # 30 m: four blocks (53 seats) beat three (42, full) and five (51, more aisles).
    assert splitter.split(30.0) == [14, 13, 13, 13]
    assert RowSplitter(0.5, 1.07, 7).split(10.0) == [5, 5, 5]    # 6 + 6 + 5 would need 10.64 m
    assert RowSplitter(0.5, 1.07, 14, min_per_row=4).split(1.9) == []


def test_side_aisles_to_the_walls_and_seat_rows_never_longer_than_14():
    layout = room(40, 30, exits=[Exit("x1", (0, 28), (0, 30)), Exit("x2", (40, 28), (40, 30))])
    fill = plan_seating(layout, rect(0, 0, 40, 30), "up", respect_exits=False)
    walls = shapely.Polygon(layout.venue.outline).exterior
    assert all(footprint(b).distance(walls) >= 1.07 - 1e-9 for b in fill.blocks)
    assert all(b.seats_per_row <= 14 for b in fill.blocks)
    assert min(b.center[1] - b.depth / 2 for b in fill.blocks) == pytest.approx(2.0)
    assert new_errors(layout, fill.blocks) == [] or all(f.code in ("TOO_FEW_EXITS", "EGRESS_WIDTH")
                                                        for f in new_errors(layout, fill.blocks))


def test_max_seats_keeps_the_front_rows():
    fill = plan_seating(room(), SQUARE, "up", max_seats=50)
    assert fill.seats <= 50
    assert all(b.center[1] - b.depth / 2 == pytest.approx(12.0) for b in fill.blocks)   # fronts at y 12
    assert chairs_and_spaces(fill.blocks) < 136


def test_max_seats_per_row_and_max_rows_per_block():
    fill = plan_seating(room(), SQUARE, "up", max_seats_per_row=7, max_rows_per_block=4)
    assert all(b.seats_per_row <= 7 and b.rows <= 4 for b in fill.blocks)
    # Two sections of 4 rows need 8 rows and a 1.1 m cross aisle: 8.3 m > 8 m, so 4 + 3 rows.
    assert sorted({b.rows for b in fill.blocks}) == [3, 4]
    assert new_errors(room(), fill.blocks) == []


def test_row_spacing_and_row_length_are_checked_up_front():
    with pytest.raises(ValueError, match="row_pitch"):
        plan_seating(room(), SQUARE, "up", row_pitch=0.8)    # 300 mm clear behind 0.5 m chairs
    assert plan_seating(room(), SQUARE, "up", row_pitch=0.805).room_for > 0
    with pytest.raises(ValueError):
        plan_seating(room(), SQUARE, "up", max_seats_per_row=15)
    with pytest.raises(ValueError):
        plan_seating(room(), SQUARE, "sideways")
    with pytest.raises(ValueError):
        plan_seating(room(), SQUARE, "up", style="opera")


# -- clearances ---------------------------------------------------------------------------

def test_exits_fire_equipment_columns_booths_and_the_stage_keep_their_clearances():
    door = Exit("door", (0.0, 14.0), (0.0, 16.0))
    hose = FireEquipment("hose", "hose_cabinet", (40.0, 15.0))
    col = column("col", 20.0, 18.0)
    stage = Area("stage", "stage", tuple(rect(12, 0, 28, 4)))
    booth = Booth("b", "A1", (35.0, 26.0), (3.0, 3.0))
    layout = room(exits=[door, Exit("x2", (40, 28), (40, 30)), Exit("x3", (0, 28), (0, 30)),
                         Exit("x4", (12, 30), (14, 30))], fire=[hose], obstacles=[col], elements=[stage, booth])
    fill = plan_seating(layout, rect(0, 0, 40, 30), "up")
    assert fill.seats > 300 and fill.dropped == 0
    fp = [footprint(b) for b in fill.blocks]
    assert min(distance_to_exit(b, door) for b in fill.blocks) >= 3.0 - 1e-9
    assert min(g.distance(shapely.Point(hose.at)) for g in fp) >= 1.5 - 1e-9
    assert min(g.distance(shapely.Polygon(col.outline)) for g in fp) >= 1.07 - 1e-9
    assert min(g.distance(shapely.Polygon(stage.outline)) for g in fp) >= 2.0 - 1e-9
    assert min(g.distance(footprint(booth)) for g in fp) >= 3.0 - 1e-9
    # Blocks an aisle apart from each other.
    assert min(a.distance(b) for i, a in enumerate(fp) for b in fp[i + 1:]) >= 1.07 - 1e-9
    assert new_errors(layout, fill.blocks) == []


def test_exits_capacity_limits_the_seats():
    # Two doors: at most 500 people (IBC 1006.2.1).
    layout = room(exits=[Exit("a", (0, 1), (0, 3)), Exit("b", (40, 27), (40, 29))])
    fill = plan_seating(layout, rect(0, 0, 40, 30), "up")
    assert fill.room_for > 500 and fill.seats <= 500 and fill.limited_by == "exits"
    assert new_errors(layout, fill.blocks) == []


def test_wheelchair_spaces_are_added_as_the_seats_require():
    from boothplanner.rules.wheelchair import wheelchair_spaces_required
    fill = plan_seating(room(), SQUARE, "up")
    spaces = sum(b.wheelchair_spaces for b in fill.blocks)
    assert spaces >= wheelchair_spaces_required(fill.seats) and spaces == 4
    assert fill.seats == 136 - 3 * spaces      # each space takes 2 x 2 chairs (0.915 x 1.22 m)


def test_zero_fit():
    assert fill_seating(room(), rect(10, 10, 12, 11), "up") == []
    assert fill_seating(room(), rect(50, 50, 60, 60), "up") == []
    assert fill_seating_command(room(), rect(10, 10, 11, 11), "up") is None
    assert preview_fill_seating(room(), rect(10, 10, 12, 12), "up") == 0


def test_preview_gives_the_count_the_fill_gives(default_layout):
    zone = default_layout.venue.outline
    for side in ("up", "left"):
        assert preview_fill_seating(default_layout, zone, side) == plan_seating(default_layout, zone, side).seats
    assert preview_fill_seating(room(), SQUARE, "up", max_seats=40) <= 40


# -- the command and the default layout ---------------------------------------------------

def test_command_replaces_a_standing_area_with_seats_in_one_step(default_layout):
    layout = default_layout
    stand = layout.areas["AREA-STAND-W"]
    command = fill_seating_command(layout, stand.outline, "up", remove_ids=["AREA-STAND-W"])
    seats = sum(b.seats for b in command.after.values() if b is not None)
    assert command.label == f"Add {seats} seats" and seats > 0
    before = Checker().check(layout)
    command.apply(layout)
    assert "AREA-STAND-W" not in layout.areas
    old = {(f.code, f.ids) for f in before.errors}
    assert [f for f in Checker().check(layout).errors if (f.code, f.ids) not in old] == []
    command.revert(layout)
    assert "AREA-STAND-W" in layout.areas and layout.seats == before.capacity.seats


def test_default_layout_free_floor(default_layout):
    for side in ("up", "down", "left", "right"):
        fill = plan_seating(default_layout, default_layout.venue.outline, side)
        assert fill.seats > 0 and fill.dropped == 0
        assert new_errors(default_layout, fill.blocks) == []


# -- property: nothing generated is the subject of an error -------------------------------

@st.composite
def hall_and_zone(draw):
    w = draw(st.floats(6, 50))
    h = draw(st.floats(6, 40))
    exits = random_exits(draw, st, w, h)
    fire = [FireEquipment(f"f{k}", "extinguisher", (draw(st.floats(0, w)), draw(st.sampled_from([0.0, h]))))
            for k in range(draw(st.integers(0, 3)))]
    cols = [column(f"c{k}", draw(st.floats(1, w - 1)), draw(st.floats(1, h - 1)), draw(st.floats(0.3, 1.2)))
            for k in range(draw(st.integers(0, 2)))]
    elements = []
    if draw(st.booleans()):
        x, y = draw(st.floats(0, w - 3)), draw(st.floats(0, h - 2))
        elements.append(Area("stage", "stage", tuple(rect(x, y, x + draw(st.floats(1, 10)), y + draw(st.floats(1, 4))))))
    if draw(st.booleans()):
        elements.append(Booth("eb", "E1", (draw(st.floats(2, w - 2)), draw(st.floats(2, h - 2))), (3.0, 3.0)))
    rules = Rules(aisle_min=draw(st.sampled_from([3.0, 2.44, 1.0])),
                  seating_aisle_min=draw(st.sampled_from([1.07, 1.22, 1.5, 0.914])),
                  exit_clearance=draw(st.sampled_from([0.0, 3.0, 4.57])),
                  fire_equipment_clearance=draw(st.sampled_from([0.0, 1.5])))
    layout = room(w, h, exits=exits, fire=fire, obstacles=cols, rules=rules, elements=elements)
    if draw(st.booleans()):
        zone = rect(0, 0, w, h)
    else:
        x0, y0 = draw(st.floats(-2, w - 2)), draw(st.floats(-2, h - 2))
        zone = rect(x0, y0, x0 + draw(st.floats(2, w)), y0 + draw(st.floats(2, h)))
    return layout, zone


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hall_and_zone(), st.sampled_from(["up", "down", "left", "right"]), st.sampled_from([0.5, 0.55, 0.6]),
       st.sampled_from([0.805, 0.9, 1.0]), st.floats(0, 4), st.integers(1, 14), st.sampled_from([None, 3, 12]))
def test_generated_seating_never_causes_an_error(hall, side, seat_width, row_pitch, front, most, max_rows):
    layout, zone = hall
    fill = plan_seating(layout, zone, side, seat_width=seat_width, row_pitch=row_pitch, front_clearance=front,
                        max_seats_per_row=most, max_rows_per_block=max_rows, min_seats_per_row=1)
    assert fill.dropped == 0, "the planner placed a block the check refuses"
    assert new_errors(layout, fill.blocks) == []
    assert all(b.seats_per_row <= most and b.row_pitch - 0.5 >= 0.305 - 1e-9 for b in fill.blocks)
    region = shapely.Polygon(zone).intersection(shapely.Polygon(layout.venue.outline))
    assert all(region.buffer(1e-6).covers(footprint(b)) for b in fill.blocks)
    # The preview skips the final check, which may only take seats away (rules about the layout
    # as a whole); in these rooms it never has to.
    assert preview_fill_seating(layout, zone, side, seat_width=seat_width, row_pitch=row_pitch,
                                front_clearance=front, max_seats_per_row=most, max_rows_per_block=max_rows,
                                min_seats_per_row=1) == fill.seats


def test_the_ai_seoul_conference_side_filled_seats_everyone_who_stood():
    """docs/ai-seoul-2025.md: filling the conference side seats 1,752, more than the 1,500 who came."""
    from boothplanner.io import load
    from boothplanner.resources import DEFAULT_LAYOUT
    from boothplanner.rules import check_layout
    layout = load(DEFAULT_LAYOUT)
    cleared = list(layout.seating) + [a.id for a in layout.areas.values() if a.kind not in ("stage", "lounge")]
    fill_seating_command(layout, [(0, 6), (43, 6), (43, 34), (0, 34)], "up", remove_ids=cleared).apply(layout)
    result = check_layout(layout)
    assert result.capacity.seats == 1752 >= layout.event.expected_attendance
    assert [(b.rows, b.seats_per_row) for b in layout.seating.values()][:5] == [(25, 14)] * 5
    # The sessions that sat in the old seating sit in the new: nobody stands, and no finding at all.
    assert set(layout.sessions["S-KEYNOTE-KAPLAN"].seating) == set(layout.seating)
    assert result.findings == []


def test_sessions_keep_their_other_blocks_when_some_are_replaced():
    from boothplanner.io import dumps, load, loads
    from boothplanner.resources import DEFAULT_LAYOUT
    layout = load(DEFAULT_LAYOUT)
    command = fill_seating_command(layout, [(0, 6), (43, 6), (43, 20), (0, 20)], "up",
                                   remove_ids=["SEAT-F1", "SEAT-F2", "SEAT-F3", "SEAT-F4"])
    command.apply(layout)
    wave = layout.sessions["S-NEXT-AI-WAVE"].seating                # used the four front blocks only
    assert not {"SEAT-F1", "SEAT-F2", "SEAT-F3", "SEAT-F4"} & set(wave) and wave
    assert set(wave) <= set(layout.seating)
    opening = layout.sessions["S-OPENING"].seating                  # front and rear: the rear stay
    assert {"SEAT-R1", "SEAT-R2", "SEAT-R3", "SEAT-R4"} <= set(opening) and set(wave) <= set(opening)
    assert loads(dumps(layout)) == layout
    command.revert(layout)
    assert layout.sessions["S-NEXT-AI-WAVE"].seating == ("SEAT-F1", "SEAT-F2", "SEAT-F3", "SEAT-F4")
