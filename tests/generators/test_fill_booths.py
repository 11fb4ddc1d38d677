"""Fill with booths: hand-computed layouts, numbering schemes, clearances, and a property test
that nothing generated is ever the subject of an error."""

from __future__ import annotations

import math

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.commands import unique_id
from boothplanner.generators import BoothNumbering, fill_booths, fill_booths_command, plan_booths
from boothplanner.generators.booth_rows import strip_runs
from boothplanner.model import Area, Booth, Exit, FireEquipment, Rules
from boothplanner.rules import Checker

from gen_fixtures import column, distance_to_exit, footprint, new_errors, placed, random_exits, rect, room

from boothplanner.exhibitors.booth_type import booth_types

ZONE = rect(5, 5, 25, 17)   # 20 x 12 m of open floor in a 40 x 30 m room


def centres(booths):
    return [b.center for b in booths]


def numbers(booths):
    """Booth numbers keyed by centre."""
    return {b.center: b.number for b in booths}


# -- hand-computed layouts ----------------------------------------------------------------

def test_20_by_12_zone_of_open_floor_holds_18_booths_in_a_double_and_a_single_row():
    # 3 x 3 booths, 3 m aisles. Across 12 m: a double row (6 m), an aisle (3 m), a single row (3 m).
    # Along 20 m: six booths (18 m); the 2 m left over is open floor, not a wall.
    fill = plan_booths(room(), ZONE, 100, 3, 3)
    assert (fill.placed, fill.room_for, fill.limited_by, fill.dropped) == (18, 18, "space", 0)
    xs = [6.5, 9.5, 12.5, 15.5, 18.5, 21.5]
    expected = [(x, y) for x in xs for y in (6.5, 9.5)] + [(x, 15.5) for x in xs]
    assert centres(fill.booths) == expected
    assert all(b.size == (3, 3) and b.rotation == 0 and b.status == "available" and b.exhibitor is None
               for b in fill.booths)
    assert [b.id for b in fill.booths] == [f"B{i}" for i in range(1, 19)]
    assert new_errors(room(), fill.booths) == []


def test_20_by_12_room_holds_10_booths_in_one_double_row_an_aisle_from_both_long_walls():
    # Walls all round. A row against a long wall would face the wall (the back row of a double
    # row) or leave the other long wall 3 m away only for one more single row, so: one double
    # row with 3 m aisles above and below. Along 20 m, booths touch the left wall and five fit
    # (0-15 m), leaving 5 m to the right wall: six would leave 2 m, too narrow for an aisle.
    layout = room(20, 12, exits=())
    fill = plan_booths(layout, rect(0, 0, 20, 12), 100, 3, 3)
    assert fill.placed == 10
    assert centres(fill.booths) == [(x, y) for x in (1.5, 4.5, 7.5, 10.5, 13.5) for y in (4.5, 7.5)]
    assert new_errors(layout, fill.booths) == []


def test_fewer_booths_than_fit_fill_whole_columns_from_the_top_left():
    fill = plan_booths(room(), ZONE, 7, 3, 3)
    assert centres(fill.booths) == [(6.5, 6.5), (6.5, 9.5), (9.5, 6.5), (9.5, 9.5),
                                    (12.5, 6.5), (12.5, 9.5), (15.5, 6.5)]
    assert fill.limited_by is None and fill.room_for == 18


def test_vertical_rows_run_down_the_zone_with_width_along_the_row():
    # The same zone turned on its side: rows run along y, booths 3 m along the row, 2 m deep.
    fill = plan_booths(room(), rect(5, 5, 17, 25), 100, 3, 2, orientation="vertical")
    assert all(b.size == (2, 3) and b.rotation == 0 for b in fill.booths)
    # A double row 4 m deep (x 5-9), an aisle, another double row (x 12-16); six booths along 20 m.
    assert sorted({b.center[0] for b in fill.booths}) == [6.0, 8.0, 13.0, 15.0]
    assert sorted({b.center[1] for b in fill.booths}) == [6.5, 9.5, 12.5, 15.5, 18.5, 21.5]
    assert fill.placed == 24 and new_errors(room(), fill.booths) == []


def test_auto_orientation_takes_the_way_that_holds_more():
    zone = rect(5, 5, 11, 25)   # 6 x 20 m: one double row fits either way, but it is longer down the zone
    horizontal = plan_booths(room(), zone, 100, 3, 3, orientation="horizontal")
    auto = plan_booths(room(), zone, 100, 3, 3, orientation="auto")
    assert auto.orientation == "vertical" and auto.placed > horizontal.placed
    assert auto.placed == 12


def test_max_run_breaks_rows_with_cross_aisles():
    fill = plan_booths(room(), ZONE, 100, 3, 3, max_run=3)
    # Three booths (5-14 m), a 3 m cross aisle, two more (17-23 m); 25 m ends the zone.
    assert sorted({b.center[0] for b in fill.booths}) == [6.5, 9.5, 12.5, 18.5, 21.5]
    assert fill.placed == 15 and new_errors(room(), fill.booths) == []


def test_booths_narrower_than_the_aisle_keep_full_columns_inside_a_run():
    # 2 m booths, 3 m aisles: a one-booth hole in a row would be a 2 m "aisle". Left edges where
    # a booth fits: top row 0-18 m, bottom row 0-6 and 14-18 m.
    runs = strip_runs([[(0, 18)], [(0, 6), (14, 18)]], 2, 3)
    # The first run is full while both rows fit and ends with one booth (top row, 8-10 m); the
    # next starts an aisle later, where both rows fit again (14 m), not at 13 m with a half column.
    assert runs == [[(0, 0), (1, 0), (0, 2), (1, 2), (0, 4), (1, 4), (0, 6), (1, 6), (0, 8)],
                    [(0, 14), (1, 14), (0, 16), (1, 16), (0, 18), (1, 18)]]
    # Booths as wide as the aisle may leave holes: a hole is an aisle.
    assert strip_runs([[(0, 18)], [(0, 6), (12, 18)]], 3, 3) == [
        [(0, 0), (1, 0), (0, 3), (1, 3), (0, 6), (1, 6), (0, 9), (0, 12), (1, 12), (0, 15), (1, 15), (0, 18), (1, 18)]]


# -- numbering ----------------------------------------------------------------------------

def test_default_numbering_goes_row_by_row_left_to_right():
    n = numbers(fill_booths(room(), ZONE, 100, 3, 3))
    assert [n[(x, 6.5)] for x in (6.5, 9.5, 21.5)] == ["01", "02", "06"]
    assert [n[(x, 9.5)] for x in (6.5, 21.5)] == ["07", "12"]
    assert [n[(x, 15.5)] for x in (6.5, 21.5)] == ["13", "18"]


def test_serpentine_numbering_turns_back_at_the_end_of_every_row():
    n = numbers(fill_booths(room(), ZONE, 100, 3, 3, BoothNumbering(direction="serpentine")))
    assert [n[(x, 6.5)] for x in (6.5, 21.5)] == ["01", "06"]
    assert [n[(x, 9.5)] for x in (21.5, 18.5, 6.5)] == ["07", "08", "12"]
    assert [n[(x, 15.5)] for x in (6.5, 21.5)] == ["13", "18"]


def test_next_hundred_per_row_with_prefix_and_padding():
    scheme = BoothNumbering(prefix="A-", start=101, padding=3, row_start="next_hundred")
    n = numbers(fill_booths(room(), ZONE, 100, 3, 3, scheme))
    assert [n[(6.5, y)] for y in (6.5, 9.5, 15.5)] == ["A-101", "A-201", "A-301"]
    assert n[(21.5, 15.5)] == "A-306"


def test_odd_and_even_numbers_face_each_other_across_an_aisle():
    n = numbers(fill_booths(room(), ZONE, 100, 3, 3, BoothNumbering(odd_even=True)))
    # The first row faces the floor above the zone alone: 1, 3, 5 ...
    assert [n[(x, 6.5)] for x in (6.5, 9.5, 21.5)] == ["01", "03", "11"]
    # Across the aisle at y 11-14: the row above takes odd numbers, the row below even ones,
    # and booths facing each other are consecutive.
    assert [n[(x, 9.5)] for x in (6.5, 9.5, 21.5)] == ["13", "15", "23"]
    assert [n[(x, 15.5)] for x in (6.5, 9.5, 21.5)] == ["14", "16", "24"]


def test_odd_even_numbers_follow_places_along_the_aisle_when_rows_do_not_line_up():
    # Doors, hose cabinets and two columns make rows of different lengths and starts.
    layout = room(60, 40, exits=[Exit("a", (20, 0), (22, 0)), Exit("b", (60, 18), (60, 20)),
                                 Exit("c", (0, 30), (0, 32)), Exit("d", (40, 40), (42, 40))],
                  fire=[FireEquipment("f", "hose_cabinet", (30, 0)), FireEquipment("g", "hose_cabinet", (0, 10))],
                  obstacles=[column("c1", 20, 20), column("c2", 40, 20)])
    scheme = BoothNumbering(prefix="A", start=101, padding=3, row_start="next_hundred", odd_even=True)
    fill = plan_booths(layout, rect(0, 0, 60, 40), 1000, 3, 3, scheme)
    place = {(c.strip, c.front, round(c.x, 6)): int(b.number[1:]) for c, b in zip(fill.cells, fill.booths)}
    # A row facing down (the back row of strip s) and the row facing up across the aisle (strip s + 1).
    facing = [(n, place[(s + 1, "up", x)]) for (s, front, x), n in place.items()
              if front == "down" and (s + 1, "up", x) in place]
    assert len(facing) > 20
    assert all(m == n + 1 and n % 2 == 1 for n, m in facing)
    assert len({b.number for b in fill.booths}) == fill.placed


def test_numbers_skip_across_cross_aisles_and_skip_numbers_already_used():
    existing = Booth("old", "03", (35.0, 25.0), (3.0, 3.0))
    layout = room(elements=[existing])
    n = numbers(fill_booths(layout, ZONE, 100, 3, 3, BoothNumbering(aisle_skip=1), max_run=3))
    # Row one: 01 02 (03 is taken) 04 | cross aisle, one number left out (05) | 06 07.
    assert [n[(x, 6.5)] for x in (6.5, 9.5, 12.5, 18.5, 21.5)] == ["01", "02", "04", "06", "07"]
    assert "03" not in [v for v in n.values()]


def test_numbering_rejects_unknown_directions():
    with pytest.raises(ValueError):
        BoothNumbering(direction="diagonal")
    with pytest.raises(ValueError):
        BoothNumbering(row_start="next_thousand")


# -- clearances ---------------------------------------------------------------------------

def test_exits_fire_equipment_and_columns_keep_their_clearances():
    door = Exit("door", (14.0, 0.0), (16.0, 0.0))
    hose = FireEquipment("hose", "hose_cabinet", (0.0, 15.0))
    col = column("col", 20.0, 15.0)
    layout = room(exits=[door, Exit("x2", (40, 28), (40, 30))], fire=[hose], obstacles=[col])
    fill = plan_booths(layout, rect(0, 0, 40, 30), 1000, 3, 3)
    assert fill.placed > 40 and fill.dropped == 0
    assert min(distance_to_exit(b, door) for b in fill.booths) >= 3.0 - 1e-9
    assert min(footprint(b).distance(shapely.Point(hose.at)) for b in fill.booths) >= 1.5 - 1e-9
    assert min(footprint(b).distance(shapely.Polygon(col.outline)) for b in fill.booths) >= 3.0 - 1e-9
    assert new_errors(layout, fill.booths) == []


def test_booths_keep_an_aisle_from_what_is_already_on_the_floor_and_never_overlap_open_floor():
    stage = Area("stage", "stage", tuple(rect(10, 10, 20, 14)))
    standing = Area("stand", "standing", tuple(rect(24, 4, 30, 8)))
    layout = room(elements=[stage, standing])
    fill = plan_booths(layout, rect(0, 0, 40, 30), 1000, 3, 3)
    assert min(footprint(b).distance(shapely.Polygon(stage.outline)) for b in fill.booths) >= 3.0 - 1e-9
    assert all(footprint(b).intersection(shapely.Polygon(standing.outline)).area < 1e-9 for b in fill.booths)
    assert new_errors(layout, fill.booths) == []


def test_rules_argument_can_only_make_the_aisles_wider():
    wide = plan_booths(room(), ZONE, 100, 3, 3, rules=Rules(aisle_min=4.0))
    narrow = plan_booths(room(), ZONE, 100, 3, 3, rules=Rules(aisle_min=1.0))
    assert narrow.placed == 18                 # the layout's own 3 m still applies
    assert wide.placed == 12                   # a double row only: 6 + 4 + 3 > 12 m
    assert new_errors(room(), wide.booths) == []


def test_zero_fit_gives_no_booths_and_no_command():
    layout = room()
    assert plan_booths(layout, rect(5, 5, 7.9, 20), 10, 3, 3).placed == 0
    assert fill_booths(layout, rect(50, 50, 70, 70), 10, 3, 3) == []           # outside the room
    assert fill_booths(layout, ZONE, 0, 3, 3) == []
    assert fill_booths_command(layout, rect(5, 5, 7, 7), 10, 3, 3) is None
    with pytest.raises(ValueError):
        plan_booths(layout, ZONE, 10, 0, 3)


def test_exits_capacity_limits_the_count():
    # One 2 m door: at most 49 people (IBC 1006.2.1), at 2.8 m² each 137.2 m² of booths: 15 of 9 m².
    layout = room(exits=[Exit("only", (0.0, 1.0), (0.0, 3.0))])
    fill = plan_booths(layout, ZONE, 100, 3, 3)
    assert (fill.placed, fill.exits_allow, fill.limited_by) == (15, 15, "exits")
    assert new_errors(layout, fill.booths) == []
    unlimited = plan_booths(layout, ZONE, 100, 3, 3, respect_exits=False)
    assert unlimited.placed == 18


# -- the command --------------------------------------------------------------------------

def test_command_adds_the_booths_in_one_undoable_step():
    layout = room()
    command = fill_booths_command(layout, ZONE, 24, 3, 3, BoothNumbering(prefix="A-"))
    assert command.label == "Add 18 booths"
    command.apply(layout)
    assert len(layout.booths) == 18 and layout.booths["B1"].number == "A-01"
    command.revert(layout)
    assert layout.booths == {}


def test_command_can_replace_the_area_it_fills():
    area = Area("hall-b", "standing", tuple(ZONE))
    layout = room(elements=[area])
    assert fill_booths(layout, ZONE, 100, 3, 3) == []       # booths may not stand on standing room
    command = fill_booths_command(layout, ZONE, 100, 3, 3, remove_ids=["hall-b"])
    command.apply(layout)
    assert "hall-b" not in layout.areas and len(layout.booths) == 18
    assert not Checker().check(layout).has_errors
    command.revert(layout)
    assert "hall-b" in layout.areas and not layout.booths


def test_ids_are_the_ones_unique_id_hands_out():
    layout = room(elements=[Booth("B2", "X", (35.0, 25.0), (3.0, 3.0))])
    booths = fill_booths(layout, ZONE, 4, 3, 3)
    expected, taken = [], set()
    for _ in range(4):
        expected.append(unique_id(layout, "B", taken))
        taken.add(expected[-1])
    assert [b.id for b in booths] == expected == ["B1", "B3", "B4", "B5"]


# -- booth types --------------------------------------------------------------------------

def test_generated_booths_are_corners_at_run_ends_and_in_line_between():
    layout = room()
    booths = fill_booths(layout, ZONE, 100, 3, 3)
    types = booth_types(placed(layout, booths))
    by_centre = {b.center: types[b.id] for b in booths}
    assert by_centre[(6.5, 6.5)] == by_centre[(21.5, 9.5)] == "corner"
    assert by_centre[(9.5, 6.5)] == by_centre[(12.5, 9.5)] == "in-line"
    # The single row has open floor behind it: in-line in the middle, peninsulas at its ends.
    assert by_centre[(12.5, 15.5)] == "in-line" and by_centre[(6.5, 15.5)] == "peninsula"
    assert "enclosed" not in types.values()


# -- the default layout -------------------------------------------------------------------

def test_default_layout_free_floor(default_layout):
    fill = plan_booths(default_layout, default_layout.venue.outline, 500, 3, 3,
                       BoothNumbering(prefix="N-"), orientation="auto")
    assert fill.placed > 0 and fill.dropped == 0
    assert new_errors(default_layout, fill.booths) == []
    assert len({b.number for b in fill.booths} | {b.number for b in default_layout.booths.values()}) \
        == fill.placed + len(default_layout.booths)


# -- property: nothing generated is the subject of an error -------------------------------

@st.composite
def hall_and_zone(draw):
    w = draw(st.floats(8, 60))
    h = draw(st.floats(8, 40))
    exits = random_exits(draw, st, w, h)
    fire = [FireEquipment(f"f{k}", "extinguisher", draw(st.sampled_from(
        [(draw(st.floats(0, w)), 0.0), (w, draw(st.floats(0, h))), (0.0, draw(st.floats(0, h)))])))
        for k in range(draw(st.integers(0, 3)))]
    cols = [column(f"c{k}", draw(st.floats(1, w - 1)), draw(st.floats(1, h - 1)), draw(st.floats(0.3, 1.2)))
            for k in range(draw(st.integers(0, 2)))]
    rules = Rules(aisle_min=draw(st.sampled_from([2.44, 3.0, 3.05, 1.8, 4.0])),
                  seating_aisle_min=draw(st.sampled_from([1.07, 1.5])),
                  exit_clearance=draw(st.sampled_from([0.0, 3.0, 4.57])),
                  fire_equipment_clearance=draw(st.sampled_from([0.0, 1.5, 1.52])))
    layout = room(w, h, exits=exits, fire=fire, obstacles=cols, rules=rules)
    if draw(st.booleans()):
        zone = rect(0, 0, w, h)
    else:
        x0, y0 = draw(st.floats(-2, w - 2)), draw(st.floats(-2, h - 2))
        zone = rect(x0, y0, x0 + draw(st.floats(2, w)), y0 + draw(st.floats(2, h)))
    return layout, zone


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hall_and_zone(), st.sampled_from([(3, 3), (2, 2), (3, 2), (4, 3), (2.5, 3.5), (6, 6)]),
       st.integers(0, 200), st.sampled_from(["horizontal", "vertical", "auto"]), st.booleans(),
       st.sampled_from([None, 4, 10]))
def test_generated_booths_never_cause_an_error(hall, size, count, orientation, odd_even, max_run):
    layout, zone = hall
    fill = plan_booths(layout, zone, count, *size, BoothNumbering(odd_even=odd_even),
                       orientation=orientation, max_run=max_run)
    assert fill.dropped == 0, "the planner placed a booth the check refuses"
    assert fill.placed <= count
    assert new_errors(layout, fill.booths) == []
    if fill.booths:
        assert "enclosed" not in set(booth_types(placed(layout, fill.booths)).values())
    region = shapely.Polygon(zone).intersection(shapely.Polygon(layout.venue.outline))
    assert all(region.buffer(1e-6).covers(footprint(b)) for b in fill.booths)
    assert math.isclose(sum(b.area for b in fill.booths), fill.placed * size[0] * size[1])
