"""NARROW_AISLE: gaps between booths, seating blocks, solid areas, obstacles and the wall."""

from __future__ import annotations

import math

import pytest
import shapely

from boothplanner.model import Rules
from boothplanner.rules import Checker

from layouts import area, booth, codes, make_layout, obstacle, pairs, rect, seating

C30, S30 = math.cos(math.radians(30)), math.sin(math.radians(30))
R2 = math.sqrt(2)


def narrow(*elements, **kw):
    return codes(Checker().check(make_layout(elements, **kw)), "NARROW_AISLE")


def two_booths_gap(gap: float, x0: float = 20.0, y: float = 50.0):
    """Two 3 x 3 booths side by side with `gap` between them."""
    return booth("a", (x0, y)), booth("b", (x0 + 3.0 + gap, y))


# --- the limits, booth to booth ------------------------------------------------------------

@pytest.mark.parametrize("x0", [5.0, 6.903, 7.249, 11.1, 17.39, 23.33, 31.7, 47.1, 64.55, 88.8])
def test_gap_exactly_3_passes(x0):
    assert narrow(*two_booths_gap(3.0, x0)) == []


@pytest.mark.parametrize("x0", [5.0, 6.903, 17.39, 47.1, 88.8])
def test_gap_2_99_fails_with_measured_required_points(x0):
    a, b = two_booths_gap(2.99, x0)
    (f,) = narrow(a, b)
    assert f.severity == "error"
    assert f.ids == ("a", "b")
    assert f.measured == pytest.approx(2.99, abs=1e-9)
    assert f.required == 3.0
    (p, q) = f.points
    assert p[0] == pytest.approx(x0 + 1.5) and q[0] == pytest.approx(x0 + 1.5 + 2.99)
    assert 48.5 - 1e-9 <= p[1] <= 51.5 + 1e-9 and p[1] == pytest.approx(q[1])
    assert f.location == pytest.approx(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2))
    assert "2.99 m" in f.message and "3.00 m" in f.message and "booth a" in f.message and "booth b" in f.message


@pytest.mark.parametrize("x0", [5.0, 6.903, 7.249, 7.595, 11.1, 17.39, 23.33, 31.7, 47.1, 64.55, 88.8])
def test_touching_gap_0_01_passes(x0):
    # A hand gap of exactly 10 mm counts as touching wherever the booths stand (float noise included).
    assert narrow(*two_booths_gap(0.01, x0)) == []


@pytest.mark.parametrize("x0", [5.0, 6.903, 17.39, 47.1])
def test_gap_0_02_fails(x0):
    (f,) = narrow(*two_booths_gap(0.02, x0))
    assert f.measured == pytest.approx(0.02, abs=1e-9)


def test_flush_booths_pass():
    assert narrow(*two_booths_gap(0.0)) == []


def test_vertical_gap_limits():
    for gap, expected in ((3.0, 0), (2.99, 1), (0.01, 0), (0.02, 1)):
        found = narrow(booth("a", (50, 20.3)), booth("b", (50, 20.3 + 3.0 + gap)))
        assert len(found) == expected, gap


def test_custom_aisle_min_from_layout_rules():
    a, b = two_booths_gap(2.44)
    assert narrow(a, b, rules=Rules(aisle_min=2.44)) == []
    (f,) = narrow(a, b, rules=Rules(aisle_min=2.45))
    assert f.required == 2.45


# --- rotated booths -----------------------------------------------------------------------

@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True)])
def test_booth_rotated_90(gap, fails):
    # 2 x 4 turned 90 degrees: 4 m along x (8..12), 2 m along y (9..11).
    a = booth("a", (10, 10), size=(2, 4), rotation=90)
    b = booth("b", (12 + gap + 1.5, 10))
    found = narrow(a, b)
    assert len(found) == fails
    if fails:
        assert found[0].measured == pytest.approx(gap)
        assert found[0].points[0] == pytest.approx((12, found[0].points[0][1]))


@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True)])
def test_booth_rotated_45_corner_to_face(gap, fails):
    # A 2 x 2 booth at 45 degrees is a diamond; its right corner is at x = 10 + sqrt(2).
    a = booth("a", (10, 10), size=(2, 2), rotation=45)
    b = booth("b", (10 + R2 + gap + 1.5, 10))
    found = narrow(a, b)
    assert len(found) == fails
    if fails:
        f = found[0]
        assert f.measured == pytest.approx(gap, abs=1e-9)
        assert f.points[0] == pytest.approx((10 + R2, 10))
        assert f.points[1] == pytest.approx((10 + R2 + gap, 10))


def test_two_diamonds_corner_to_corner():
    # Two 45-degree 2 x 2 booths corner to corner along x: gap = distance of centres - 2 sqrt(2).
    for gap, n in ((3.0, 0), (2.99, 1), (0.01, 0), (0.02, 1)):
        found = narrow(booth("a", (10, 10), (2, 2), 45), booth("b", (10 + 2 * R2 + gap, 10), (2, 2), 45))
        assert len(found) == n, gap
        if n:
            assert found[0].measured == pytest.approx(gap, abs=1e-9)


@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True)])
def test_booth_rotated_30_corner(gap, fails):
    # 4 x 2 at 30 degrees clockwise (y down): the local corner (2, -1) lands at
    # (2 cos30 + sin30, 2 sin30 - cos30) from the centre, the rightmost point.
    a = booth("a", (20, 20), size=(4, 2), rotation=30)
    corner = (20 + 2 * C30 + S30, 20 + 2 * S30 - C30)
    b = booth("b", (corner[0] + gap + 1.5, corner[1]))
    found = narrow(a, b)
    assert len(found) == fails
    if fails:
        assert found[0].measured == pytest.approx(gap, abs=1e-9)
        assert found[0].points[0] == pytest.approx(corner)


@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True), (0.01, False), (0.02, True)])
def test_parallel_rotated_30_booths(gap, fails):
    # Two 4 x 2 booths at 30 degrees, one behind the other along their local y axis (-sin, cos).
    normal = (-S30, C30)
    a = booth("a", (30, 30), size=(4, 2), rotation=30)
    b = booth("b", (30 + (2 + gap) * normal[0], 30 + (2 + gap) * normal[1]), size=(4, 2), rotation=30)
    found = narrow(a, b)
    assert len(found) == fails
    if fails:
        assert found[0].measured == pytest.approx(gap, abs=1e-9)
        p, q = found[0].points
        assert math.dist(p, q) == pytest.approx(gap, abs=1e-9)


# --- seating blocks --------------------------------------------------------------------------

@pytest.mark.parametrize("gap,fails", [(1.07, False), (1.06, True), (0.01, False), (0.02, True)])
def test_seating_vs_seating(gap, fails):
    # 4 seats x 0.5 m = 2.0 m wide, 2 rows x 0.9 m = 1.8 m deep.
    s1 = seating("s1", (10, 10))
    s2 = seating("s2", (10 + 2.0 + gap, 10))
    found = narrow(s1, s2)
    assert len(found) == fails
    if fails:
        assert found[0].ids == ("s1", "s2")
        assert found[0].required == 1.07
        assert found[0].measured == pytest.approx(gap, abs=1e-9)


@pytest.mark.parametrize("gap,fails", [(1.07, False), (1.06, True)])
def test_seating_rows_one_behind_the_other(gap, fails):
    found = narrow(seating("s1", (10, 10), rows=3), seating("s2", (10, 10 + 2.7 + gap), rows=3))
    assert len(found) == fails


@pytest.mark.parametrize("gap,fails", [(1.07, False), (1.06, True)])
def test_rotated_seating_blocks(gap, fails):
    # 90 degrees: 2 rows x 0.9 = 1.8 m along x, 4 x 0.5 = 2.0 m along y.
    s1 = seating("s1", (10, 10), rotation=90)
    s2 = seating("s2", (10 + 1.8 + gap, 10), rotation=90)
    assert len(narrow(s1, s2)) == fails
    # 45 degrees, 2 x 2 block (4 seats of 0.5, 2 rows of 1.0): corner to corner diamonds.
    d1 = seating("d1", (10, 30), rows=2, seats_per_row=4, row_pitch=1.0, rotation=45)
    d2 = seating("d2", (10 + 2 * R2 + gap, 30), rows=2, seats_per_row=4, row_pitch=1.0, rotation=45)
    found = narrow(d1, d2)
    assert len(found) == fails
    if fails:
        assert found[0].measured == pytest.approx(gap, abs=1e-9)
        assert found[0].points[0] == pytest.approx((10 + R2, 30))


def test_rotated_30_seating_against_booth_uses_booth_minimum():
    # A booth is one of the two, so the 3 m exhibit aisle applies.
    s = seating("s", (20, 20), rows=2, seats_per_row=8, row_pitch=1.0, rotation=30)  # 4 x 2
    corner = (20 + 2 * C30 + S30, 20 + 2 * S30 - C30)
    (f,) = narrow(s, booth("b", (corner[0] + 2.0 + 1.5, corner[1])))
    assert f.required == 3.0 and f.measured == pytest.approx(2.0)
    assert narrow(s, booth("b", (corner[0] + 3.0 + 1.5, corner[1]))) == []


@pytest.mark.parametrize("gap,fails", [(1.07, False), (1.06, True)])
def test_seating_vs_solid_area_and_obstacle(gap, fails):
    s = seating("s", (10, 10))  # x 9..11
    stage = area("stage", "stage", rect(11 + gap, 5, 20, 15))
    assert len(narrow(s, stage)) == fails
    column = obstacle("col", rect(11 + gap, 9, 12 + gap, 10))
    found = narrow(s, obstacles=[column])
    assert len(found) == fails
    if fails:
        assert found[0].ids == ("col", "s")


def test_seating_vs_open_area_has_no_rule():
    s = seating("s", (10, 10))
    assert narrow(s, area("st", "standing", rect(11.5, 5, 20, 15))) == []
    assert narrow(booth("b", (10, 10)), area("nb", "no_build", rect(11.6, 5, 20, 15))) == []


def test_solid_areas_and_obstacles_have_no_rule_between_them():
    stage = area("stage", "stage", rect(10, 10, 20, 20))
    lounge = area("lounge", "lounge", rect(20.5, 10, 30, 20))
    col = obstacle("col", rect(10, 20.5, 11, 21.5))
    col2 = obstacle("col2", rect(12, 20.5, 13, 21.5))
    assert narrow(stage, lounge, obstacles=[col, col2]) == []


@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True)])
def test_booth_vs_solid_area_obstacle_and_seating(gap, fails):
    b = booth("b", (10, 10))  # x 8.5..11.5
    assert len(narrow(b, area("reg", "registration", rect(11.5 + gap, 5, 20, 15)))) == fails
    assert len(narrow(b, obstacles=[obstacle("col", rect(11.5 + gap, 9, 12.5 + gap, 10))])) == fails
    found = narrow(b, seating("s", (11.5 + gap + 1.0, 10)))
    assert len(found) == fails
    if fails:
        assert found[0].required == 3.0


# --- the wall -------------------------------------------------------------------------------

@pytest.mark.parametrize("gap,fails", [(3.0, False), (2.99, True), (0.01, False), (0.02, True), (0.0, False)])
def test_booth_vs_wall(gap, fails):
    found = narrow(booth("b", (gap + 1.5, 50)))
    assert len(found) == fails
    if fails:
        f = found[0]
        assert f.ids == ("b", "venue")
        assert f.measured == pytest.approx(gap, abs=1e-9) and f.required == 3.0
        assert f.points[0] == pytest.approx((gap, f.points[0][1]))
        assert f.points[1] == pytest.approx((0.0, f.points[0][1]))
        assert "the wall" in f.message


def test_booth_near_two_walls_is_one_pair():
    # 2.5 m from the right wall and 2.0 m from the bottom one: one finding for (booth, wall), the nearest.
    (f,) = narrow(booth("b", (100 - 1.5 - 2.5, 100 - 1.5 - 2.0)))
    assert f.ids == ("b", "venue") and f.measured == pytest.approx(2.0)


def test_rotated_booth_vs_wall():
    # 2 x 2 at 45 degrees: left corner at x = 20 - sqrt(2).
    assert narrow(booth("b", (R2 + 3.0, 50), (2, 2), 45)) == []
    (f,) = narrow(booth("b", (R2 + 2.99, 50), (2, 2), 45))
    assert f.measured == pytest.approx(2.99) and f.points == (pytest.approx((2.99, 50)), pytest.approx((0, 50)))


@pytest.mark.parametrize("gap,fails", [(1.07, False), (1.06, True)])
def test_seating_vs_wall(gap, fails):
    found = narrow(seating("s", (50, gap + 0.9)))  # 1.8 m deep
    assert len(found) == fails
    if fails:
        assert found[0].ids == ("s", "venue") and found[0].required == 1.07


def test_rotated_seating_vs_wall():
    s = seating("s", (50, 1.06 + R2), rows=2, seats_per_row=4, row_pitch=1.0, rotation=45)
    (f,) = narrow(s)
    assert f.measured == pytest.approx(1.06)


def test_solid_area_near_wall_has_no_rule():
    assert narrow(area("stage", "stage", rect(1, 1, 10, 10))) == []


def test_wall_of_l_shaped_venue():
    outline = ((0, 0), (40, 0), (40, 20), (20, 20), (20, 40), (0, 40))
    # Booth in the inner corner region: 2 m from the inner wall x = 20 (for y > 20).
    found = narrow(booth("b", (16.5, 30)), outline=outline, size=(40, 40))
    assert [f.measured for f in found] == pytest.approx([2.0])


# --- pairs, ids, blocking -------------------------------------------------------------------

def test_each_pair_once_and_ids_sorted():
    # Ids deliberately out of insertion order.
    # z and m 2 m apart, m and a 2 m apart, seating k 0.9 m below z and m.
    elements = [booth("z", (10, 10)), booth("m", (15, 10)), booth("a", (20, 10)), seating("k", (12.5, 13.3))]
    result = Checker().check(make_layout(elements))
    found = codes(result, "NARROW_AISLE")
    ids = [f.ids for f in found]
    assert len(ids) == len(set(ids)) == len({frozenset(i) for i in ids})
    assert all(list(i) == sorted(i) for i in ids)
    assert set(ids) == {("m", "z"), ("a", "m"), ("k", "z"), ("k", "m")}
    for f in found:
        p, q = f.points
        a, b = (result.index.geoms[result.index.position[i]] for i in f.ids)
        assert shapely.distance(a, shapely.Point(p)) < 1e-9
        assert shapely.distance(b, shapely.Point(q)) < 1e-9
        assert math.dist(p, q) == pytest.approx(f.measured)


def test_gap_through_a_third_booth_is_not_an_aisle():
    # A row: a | b | c, each 2 m wide, touching. a and c are 2 m apart but b stands between them.
    row = [booth("a", (10, 10), (2, 3)), booth("b", (12, 10), (2, 3)), booth("c", (14, 10), (2, 3))]
    assert narrow(*row) == []


def test_gap_through_a_column_to_the_wall_is_not_an_aisle():
    # A wall-long pilaster 0..1 m; the booth stands 0.5 m off it. The booth-to-wall line crosses the pilaster.
    col = obstacle("col", rect(0, 40, 1.0, 60), kind="structure")
    assert {f.ids for f in narrow(booth("b", (1.5 + 1.5, 50)), obstacles=[col])} == {("b", "col")}


def test_gap_through_a_seating_block_is_not_an_aisle():
    # Booths a and c are 2.4 m apart, with a seating block filling the space between them, touching both.
    a, c = booth("a", (10, 10)), booth("c", (10 + 3.0 + 2.4, 10))
    s = seating("s", (10 + 1.5 + 1.2, 10), rows=3, seats_per_row=4, seat_width=0.6, row_pitch=1.0)  # 2.4 x 3
    assert narrow(a, c, s) == []


def test_open_area_does_not_block_an_aisle():
    a, b = two_booths_gap(2.0)
    standing = area("st", "standing", rect(21.6, 45, 23.4, 55))
    assert pairs(Checker().check(make_layout([a, b, standing])), "NARROW_AISLE") == {("a", "b")}
