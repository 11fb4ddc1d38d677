"""Checker.recheck_moved gives exactly the findings of a full check of the moved layout."""

from __future__ import annotations

import dataclasses

import pytest

from layouts import area, booth, codes, exit_, fire, make_layout, obstacle, pairs, recheck_and_full, rect, seating


def moved_to(element, center=None, **changes):
    if center is not None:
        changes["center"] = center
    return dataclasses.replace(element, **changes)


def recheck_equals_full(layout, moved: dict):
    base, quick, full = recheck_and_full(layout, moved)
    assert quick.findings == full.findings
    assert quick.capacity == full.capacity
    return base, quick


ROW = [booth("a", (10, 10), (2, 3)), booth("b", (12, 10), (2, 3)), booth("c", (14, 10), (2, 3))]


def test_nothing_moved():
    base, quick = recheck_equals_full(make_layout(ROW), {})
    assert quick.findings == base.findings


def test_moving_the_middle_booth_away_opens_the_aisle_behind_it():
    layout = make_layout(ROW)
    base, quick = recheck_equals_full(layout, {"b": moved_to(ROW[1], (50, 50))})
    assert pairs(base, "NARROW_AISLE") == set()
    assert pairs(quick, "NARROW_AISLE") == {("a", "c")}


def test_moving_a_booth_into_a_narrow_aisle_closes_it():
    a, c = ROW[0], ROW[2]
    b = booth("b", (50, 50), (2, 3))
    layout = make_layout([a, b, c])
    base, quick = recheck_equals_full(layout, {"b": moved_to(b, (12, 10))})
    assert pairs(base, "NARROW_AISLE") == {("a", "c")}
    assert pairs(quick, "NARROW_AISLE") == set()


def test_moving_a_booth_from_behind_a_wall_gap():
    # Booth a is 2.5 m off the left wall (x 2.5..4.5); booth b stands in that gap (x 0.25..2.25).
    a = booth("a", (3.5, 50), (2, 3))
    b = booth("b", (1.25, 50), (2, 3))
    base, quick = recheck_equals_full(make_layout([a, b]), {"b": moved_to(b, (60, 60))})
    assert pairs(base, "NARROW_AISLE") == {("a", "b"), ("b", "venue")}
    assert pairs(quick, "NARROW_AISLE") == {("a", "venue")}
    # And back again.
    base, quick = recheck_equals_full(make_layout([a, moved_to(b, (60, 60))]), {"b": b})
    assert pairs(quick, "NARROW_AISLE") == {("a", "b"), ("b", "venue")}


def test_moving_onto_another_booth_and_an_obstacle():
    col = obstacle("col", rect(30, 30, 31, 31))
    z, y = booth("z", (10, 10)), booth("y", (40, 40))
    layout = make_layout([z, y], obstacles=[col])
    _, quick = recheck_equals_full(layout, {"y": moved_to(y, (11, 11))})
    assert pairs(quick, "OVERLAP") == {("y", "z")}
    _, quick = recheck_equals_full(layout, {"z": moved_to(z, (30.5, 31.5))})
    assert pairs(quick, "ON_OBSTACLE") == {("z", "col")}


def test_two_moved_elements_see_each_other():
    p, q = booth("p", (10, 10)), seating("q", (40, 40))
    layout = make_layout([p, q])
    _, quick = recheck_equals_full(layout, {"p": moved_to(p, (60, 60)), "q": moved_to(q, (60 + 1.5 + 2.0 + 1.0, 60))})
    (f,) = codes(quick, "NARROW_AISLE")
    assert f.ids == ("p", "q") and f.measured == pytest.approx(2.0)


def test_moving_towards_and_away_from_an_exit_and_fire_equipment():
    door = exit_("door", (0, 40), (0, 42))
    hose = fire("hose", (50, 20))
    b = booth("b", (50, 50))
    layout = make_layout([b], exits=(door, exit_("d2", (100, 40), (100, 42))), fire_equipment=[hose])
    _, quick = recheck_equals_full(layout, {"b": moved_to(b, (2.99 + 1.5, 41))})
    assert pairs(quick, "EXIT_BLOCKED") == {("b", "door")}
    _, quick = recheck_equals_full(layout, {"b": moved_to(b, (50, 20 + 1.49 + 1.5))})
    assert pairs(quick, "FIRE_EQUIPMENT_BLOCKED") == {("b", "hose")}
    near = make_layout([moved_to(b, (4, 41))], exits=(door,), fire_equipment=[hose])
    _, quick = recheck_equals_full(near, {"b": b})
    assert codes(quick, "EXIT_BLOCKED") == []


def test_moving_out_of_the_venue_and_rotating():
    b = booth("b", (50, 50), (2, 4))
    layout = make_layout([b])
    _, quick = recheck_equals_full(layout, {"b": moved_to(b, (1.5, 50))})
    assert pairs(quick, "OUTSIDE_VENUE") == set() and pairs(quick, "NARROW_AISLE") == {("b", "venue")}
    _, quick = recheck_equals_full(layout, {"b": moved_to(b, (1.5, 50), rotation=90)})
    assert pairs(quick, "OUTSIDE_VENUE") == {("b",)}


def test_duplicate_number_follows_the_moved_booth():
    one, two = booth("one", (10, 10), number="7"), booth("two", (30, 10), number="7")
    layout = make_layout([one, two])
    _, quick = recheck_equals_full(layout, {"one": moved_to(one, (20, 20))})
    (f,) = codes(quick, "DUPLICATE_BOOTH_NUMBER")
    assert f.location == (20, 20)


def test_resizing_updates_capacity():
    b = booth("b", (50, 50))
    layout = make_layout([b, seating("s", (20, 20), rows=7, seats_per_row=7)], exits=(exit_("x", (0, 1), (0, 3)),))
    base, quick = recheck_equals_full(layout, {"b": moved_to(b, size=(3, 3.01))})  # 9.03 m² -> 4 people
    assert base.capacity.occupant_load == 49 + 4 and quick.capacity.occupant_load == 49 + 4
    _, quick = recheck_equals_full(layout, {"b": moved_to(b, size=(4, 3))})  # 12 m² -> 5 people
    assert quick.capacity.occupant_load == 54
    assert pairs(quick, "TOO_FEW_EXITS") == {()}


def test_moving_areas():
    stage = area("stage", "stage", rect(20, 20, 30, 25))
    s = seating("s", (40, 40))
    layout = make_layout([stage, s])
    shifted = dataclasses.replace(stage, outline=rect(30, 34, 38.5, 39))
    _, quick = recheck_equals_full(layout, {"stage": shifted})
    assert pairs(quick, "NARROW_AISLE") == {("s", "stage")}


def test_many_moves_in_a_row_from_one_base():
    # A drag: every step is checked against the same base.
    elements = [booth(f"b{i}", (10 + 4 * (i % 5), 10 + 5 * (i // 5))) for i in range(15)]
    layout = make_layout(elements)
    mover = elements[7]
    for step in range(40):
        recheck_equals_full(layout, {mover.id: moved_to(mover, (8 + step * 0.6, 12 + step * 0.25), rotation=step * 7.0)})
