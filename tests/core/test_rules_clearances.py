"""EXIT_BLOCKED and FIRE_EQUIPMENT_BLOCKED."""

from __future__ import annotations

import math

import pytest

from boothplanner.model import Rules
from boothplanner.rules import Checker

from layouts import area, booth, codes, exit_, fire, make_layout, obstacle, pairs, rect, seating

DOOR = exit_("door", (0.0, 40.0), (0.0, 42.0), name="North 1")


def check(*elements, exits=(DOOR,), **kw):
    return Checker().check(make_layout(elements, exits=exits, **kw))


@pytest.mark.parametrize("gap,reported", [(3.0, False), (2.99, True), (0.0, True), (3.5, False)])
def test_exit_clearance_limit(gap, reported):
    found = codes(check(booth("b", (gap + 1.5, 41.0))), "EXIT_BLOCKED")
    assert len(found) == reported
    if reported:
        (f,) = found
        assert f.ids == ("b", "door") and f.severity == "error"
        assert f.measured == pytest.approx(gap, abs=1e-9) and f.required == 3.0
        assert f.location[0] == pytest.approx(0.0) and 40.0 <= f.location[1] <= 42.0
        assert "North 1" in f.message and "3.00 m" in f.message


def test_exit_clearance_beyond_the_door_end():
    # Nearest point is the door's end (0, 42): a booth whose corner is 2.99 m from it, diagonally.
    d = 2.99 / math.sqrt(2)
    (f,) = codes(check(booth("b", (d + 1.5, 42 + d + 1.5))), "EXIT_BLOCKED")
    assert f.measured == pytest.approx(2.99) and f.location == pytest.approx((0.0, 42.0))
    d = 3.0 / math.sqrt(2)
    assert codes(check(booth("b", (d + 1.5, 42 + d + 1.5))), "EXIT_BLOCKED") == []


@pytest.mark.parametrize("angle", [0, 10, 30, 60, 75])
@pytest.mark.parametrize("gap,reported", [(2.99, True), (2.995, True), (2.9999, True), (3.0, False)])
def test_diagonal_exit_end(angle, gap, reported):
    # A 2 m door at an angle, a booth straight to the right of its far end: the gap is measured to that end.
    a = math.radians(angle)
    start = (10.0, 10.0)
    end = (10.0 + 2 * math.cos(a), 10.0 + 2 * math.sin(a))
    door = exit_("d", start, end)
    found = codes(check(booth("b", (end[0] + gap + 1.5, end[1])), exits=(door,)), "EXIT_BLOCKED")
    assert len(found) == reported
    if reported:
        assert found[0].measured == pytest.approx(gap, abs=1e-9)


def test_exit_clearance_custom_rule():
    b = booth("b", (2.0 + 1.5, 41.0))
    assert codes(check(b, rules=Rules(exit_clearance=2.0)), "EXIT_BLOCKED") == []
    assert len(codes(check(b, rules=Rules(exit_clearance=2.01)), "EXIT_BLOCKED")) == 1


def test_exit_blocked_by_seating_and_solid_area_not_open_area_or_obstacle():
    s = seating("s", (2.0, 37.5))  # x 1..3, y 36.6..38.4: corner (1, 38.4) is hypot(1, 1.6) from (0, 40)
    stage = area("stage", "stage", rect(1.0, 41.5, 5.0, 45.0))
    standing = area("st", "standing", rect(0.5, 39.0, 2.5, 43.0))
    col = obstacle("col", rect(0.5, 40.5, 1.0, 41.0))
    result = check(s, stage, standing, obstacles=[col])
    found = pairs(result, "EXIT_BLOCKED")
    assert found == {("s", "door"), ("stage", "door")}
    by_id = {f.ids[0]: f for f in codes(result, "EXIT_BLOCKED")}
    assert by_id["s"].measured == pytest.approx(math.hypot(1.0, 1.6))
    assert by_id["stage"].measured == pytest.approx(1.0)


def test_one_finding_per_element_and_exit():
    doors = (DOOR, exit_("door2", (0.0, 43.0), (0.0, 45.0)))
    result = check(booth("b", (2.5, 42.5)), exits=doors)
    assert sorted(f.ids for f in codes(result, "EXIT_BLOCKED")) == [("b", "door"), ("b", "door2")]


@pytest.mark.parametrize("gap,reported", [(1.5, False), (1.49, True), (0.0, True)])
def test_fire_equipment_clearance(gap, reported):
    hose = fire("hose1", (50.0, 50.0))
    found = codes(check(booth("b", (50.0 + gap + 1.5, 50.0)), fire_equipment=[hose]), "FIRE_EQUIPMENT_BLOCKED")
    assert len(found) == reported
    if reported:
        (f,) = found
        assert f.ids == ("b", "hose1")
        assert f.measured == pytest.approx(gap, abs=1e-9) and f.required == 1.5
        assert f.location == pytest.approx((50.0, 50.0))
        assert "hose cabinet" in f.message


@pytest.mark.parametrize("gap,reported", [(1.5, False), (1.49, True)])
def test_fire_equipment_diagonal_to_rotated_booth(gap, reported):
    # 2 x 2 at 45 degrees: the left corner is sqrt(2) from the centre.
    hose = fire("p", (50.0, 50.0), kind="pull_station")
    b = booth("b", (50.0 + gap + math.sqrt(2), 50.0), (2, 2), 45)
    found = codes(check(b, fire_equipment=[hose]), "FIRE_EQUIPMENT_BLOCKED")
    assert len(found) == reported
    # And diagonally: an axis-aligned booth whose corner is `gap` away at 45 degrees.
    d = gap / math.sqrt(2)
    found = codes(check(booth("b", (50 + d + 1.5, 50 + d + 1.5)), fire_equipment=[hose]), "FIRE_EQUIPMENT_BLOCKED")
    assert len(found) == reported


def test_fire_equipment_ignores_open_areas_and_obstacles():
    hose = fire("h", (50.0, 50.0))
    st = area("st", "standing", rect(49, 49, 51, 51))
    col = obstacle("col", rect(50, 50, 51, 51))
    assert codes(check(st, obstacles=[col], fire_equipment=[hose]), "FIRE_EQUIPMENT_BLOCKED") == []
