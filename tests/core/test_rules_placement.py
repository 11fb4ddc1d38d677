"""OVERLAP, OUTSIDE_VENUE and ON_OBSTACLE."""

from __future__ import annotations

import math

import pytest

from boothplanner.rules import Checker

from layouts import area, booth, codes, make_layout, obstacle, pairs, rect, seating


def check(*elements, **kw):
    return Checker().check(make_layout(elements, **kw))


# --- OVERLAP ------------------------------------------------------------------------------

@pytest.mark.parametrize("shared,reported", [(1.1e-4, True), (0.9e-4, False), (1e-3, True), (0.0, False)])
def test_overlap_threshold(shared, reported):
    # Two 3 x 3 booths overlapping in a 3 m tall strip: shared area = 3 * overlap width.
    w = shared / 3.0
    result = check(booth("b", (20, 20)), booth("a", (20 + 3.0 - w, 20)))
    found = codes(result, "OVERLAP")
    assert len(found) == reported
    if reported:
        (f,) = found
        assert f.severity == "error" and f.ids == ("a", "b")
        assert f.measured == pytest.approx(shared, rel=1e-6)
        assert f.location == pytest.approx((21.5 - w / 2, 20))
    # Overlapping (or flush) booths are never also an aisle.
    assert codes(result, "NARROW_AISLE") == []


def test_overlap_area_and_message():
    (f,) = codes(check(booth("b1", (10, 10), number="101"), booth("b2", (11, 11), number="102")), "OVERLAP")
    assert f.measured == pytest.approx(4.0)
    assert f.location == pytest.approx((10.5, 10.5))
    assert "booth 101" in f.message.lower() and "booth 102" in f.message and "4.00 m²" in f.message


def test_overlap_rotated():
    # A 2 x 2 diamond (45 degrees) centred on the corner of an axis-aligned booth covers a quarter of itself.
    (f,) = codes(check(booth("a", (10, 10), (2, 2), 45), booth("b", (11.5, 11.5))), "OVERLAP")
    assert f.measured == pytest.approx(1.0)


def test_overlap_between_all_placed_kinds():
    b = booth("b", (10, 10))
    s = seating("s", (11, 10))
    stage = area("stage", "stage", rect(11, 9, 14, 12))
    standing = area("st", "standing", rect(8, 8, 9, 9))
    assert pairs(check(b, s, stage, standing), "OVERLAP") == {("b", "s"), ("s", "stage"), ("b", "stage"), ("b", "st")}


def test_overlap_each_pair_once():
    result = check(booth("c", (10, 10)), booth("a", (10.5, 10)), booth("b", (11, 10)))
    found = codes(result, "OVERLAP")
    assert sorted(f.ids for f in found) == [("a", "b"), ("a", "c"), ("b", "c")]


# --- OUTSIDE_VENUE ----------------------------------------------------------------------

@pytest.mark.parametrize("out,reported", [(0.0009, False), (0.0011, True), (0.5, True), (0.0, False)])
def test_outside_venue_tolerance(out, reported):
    found = codes(check(booth("b", (1.5 - out, 50))), "OUTSIDE_VENUE")
    assert len(found) == reported
    if reported:
        (f,) = found
        assert f.ids == ("b",) and f.severity == "error"
        assert f.measured == pytest.approx(3.0 * out)  # m² outside


def test_rotated_booth_corner_outside():
    # 45-degree 2 x 2 booth: its top corner sticks out sqrt(2) - 1 above y = 0 when centred at y = 1.
    (f,) = codes(check(booth("b", (50, 1.0), (2, 2), 45)), "OUTSIDE_VENUE")
    assert f.measured == pytest.approx((math.sqrt(2) - 1) ** 2)
    # Centred at y = sqrt(2) the corner just touches the wall: inside.
    assert codes(check(booth("b", (50, math.sqrt(2)), (2, 2), 45)), "OUTSIDE_VENUE") == []


def test_outside_seating_and_area():
    s = seating("s", (99.5, 50))
    stage = area("stage", "stage", rect(-1, 40, 5, 45))
    assert pairs(check(s, stage), "OUTSIDE_VENUE") == {("s",), ("stage",)}


def test_l_shaped_venue_notch():
    outline = ((0, 0), (40, 0), (40, 20), (20, 20), (20, 40), (0, 40))
    assert pairs(check(booth("b", (30, 30)), outline=outline, size=(40, 40)), "OUTSIDE_VENUE") == {("b",)}
    assert pairs(check(booth("b", (30, 10)), outline=outline, size=(40, 40)), "OUTSIDE_VENUE") == set()


def test_obstacles_are_not_checked_for_the_venue():
    col = obstacle("col", rect(-1, 10, 1, 12))
    assert codes(check(obstacles=[col]), "OUTSIDE_VENUE") == []


# --- ON_OBSTACLE ------------------------------------------------------------------------

def test_on_obstacle_ids_element_then_obstacle():
    col = obstacle("a_col", rect(11, 9, 12, 10))  # id sorts before the booth's
    result = check(booth("z", (10, 10)), obstacles=[col])
    (f,) = codes(result, "ON_OBSTACLE")
    assert f.ids == ("z", "a_col") and f.severity == "error"
    assert f.measured == pytest.approx(0.5)
    assert codes(result, "OVERLAP") == []


@pytest.mark.parametrize("shared,reported", [(1.1e-4, True), (0.9e-4, False)])
def test_on_obstacle_threshold(shared, reported):
    w = shared / 1.0
    col = obstacle("col", rect(11.5 - w, 10, 12.5, 11))
    assert len(codes(check(booth("b", (10, 10)), obstacles=[col]), "ON_OBSTACLE")) == reported


def test_on_obstacle_for_seating_and_areas_not_between_obstacles():
    col = obstacle("col", rect(10, 10, 11, 11))
    wall = obstacle("w", rect(10.5, 10.5, 30, 10.8), kind="wall")
    s = seating("s", (10, 10))
    stage = area("stage", "stage", rect(20, 8, 25, 12))
    assert pairs(check(s, stage, obstacles=[col, wall]), "ON_OBSTACLE") == {("s", "col"), ("s", "w"), ("stage", "w")}


def test_messages_keep_the_case_of_booth_numbers():
    result = check(booth("b1", (20, 20), number="A-01"), booth("b2", (21, 20), number="A-02"))
    message = [f for f in result.findings if f.code == "OVERLAP"][0].message
    assert message.startswith("Booth A-01 overlaps booth A-02")
