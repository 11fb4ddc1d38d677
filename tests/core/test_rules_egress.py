"""EXIT_SEPARATION and KR_SEATING_EXITS at and around their limits, worked out by hand."""

from __future__ import annotations

import pytest

from boothplanner.model import Rules, SeatingBlock
from boothplanner.rules import Checker
from boothplanner.rules.egress import room_diagonal

from layouts import codes, exit_, make_layout, rect
from test_rules_incremental import moved_to, recheck_equals_full

# 60 seats: an occupant load of 60 needs 2 exits (IBC 1006.2.1), so the separation rule applies.
SEATS_60 = SeatingBlock("s", (20.0, 15.0), rows=6, seats_per_row=10)
SPRINKLERED = Rules(sprinklered=True)
KR = Rules(profile="kr")


def separation(exits, rules=None, elements=(SEATS_60,), size=(40.0, 30.0), outline=None):
    layout = make_layout(elements, size=size, outline=outline, exits=exits, rules=rules)
    return codes(Checker().check(layout), "EXIT_SEPARATION")


def top_door(id, x0, width=2.0):
    return exit_(id, (x0, 0.0), (x0 + width, 0.0))


def test_room_diagonal_is_the_longest_corner_to_corner_line():
    assert room_diagonal(rect(0, 0, 40, 30)) == 50.0
    # An L: (0,0) (40,0) (40,10) (10,10) (10,30) (0,30); the longest is (40,0) to (0,30).
    assert room_diagonal(((0, 0), (40, 0), (40, 10), (10, 10), (10, 30), (0, 30))) == 50.0


def test_half_the_diagonal_between_the_nearest_points_of_the_doors():
    # Diagonal 50 m: the doors must be 25 m apart. Door a spans x 1..3, door b x 28..30:
    # their nearest points (3, 0) and (28, 0) are 25 m apart.
    assert separation([top_door("a", 1), top_door("b", 28)]) == []
    (finding,) = separation([top_door("a", 1), top_door("b", 27.99)])
    assert finding.ids == ("a", "b")
    assert (finding.measured, finding.required) == (pytest.approx(24.99), 25.0)
    assert finding.points == ((3.0, 0.0), (27.99, 0.0))
    # Centre to centre they are 26 m apart: that does not count.
    assert "24.99 m apart" in finding.message and "25.00 m" in finding.message


def test_a_third_of_the_diagonal_when_sprinklered():
    need = 50 / 3   # 16.67 m
    assert separation([top_door("a", 1), top_door("b", 3 + need)], SPRINKLERED) == []
    (finding,) = separation([top_door("a", 1), top_door("b", 3 + 16.66)], SPRINKLERED)
    assert finding.required == pytest.approx(need)
    assert separation([top_door("a", 1), top_door("b", 3 + 16.66)]) != []


def test_any_two_exits_far_enough_apart_will_do():
    close = [top_door("a", 1), top_door("b", 5), top_door("c", 9)]
    (finding,) = separation(close)
    assert finding.ids == ("a", "c") and finding.measured == pytest.approx(6.0)   # 3 to 9
    far = close + [exit_("d", (40.0, 27.0), (40.0, 29.0))]
    assert separation(far) == []


def test_no_finding_when_one_exit_is_enough_or_there_is_only_one():
    # 40 seats: load 40, one exit required; two doors side by side are fine.
    small = SeatingBlock("s", (20.0, 15.0), rows=4, seats_per_row=10)
    assert separation([top_door("a", 1), top_door("b", 4)], elements=(small,)) == []
    # One door where two are required: TOO_FEW_EXITS says so, not this rule.
    layout = make_layout([SEATS_60], size=(40.0, 30.0), exits=[top_door("a", 1)])
    result = Checker().check(layout)
    assert codes(result, "EXIT_SEPARATION") == [] and len(codes(result, "TOO_FEW_EXITS")) == 1


def test_quick_check_follows_the_occupant_load():
    # 40 seats need one exit; growing the block to 60 makes two required and the close doors fail.
    small = SeatingBlock("s", (20.0, 15.0), rows=4, seats_per_row=10)
    layout = make_layout([small], size=(40.0, 30.0), exits=[top_door("a", 1), top_door("b", 4)])
    base, quick = recheck_equals_full(layout, {"s": moved_to(small, rows=6)})
    assert codes(base, "EXIT_SEPARATION") == [] and len(codes(quick, "EXIT_SEPARATION")) == 1


# KR_SEATING_EXITS ---------------------------------------------------------------------------

def kr(exits, size, elements=(SEATS_60,), rules=KR):
    layout = make_layout(elements, size=size, exits=exits, rules=rules)
    return [(f.ids, round(f.measured, 6), round(f.required, 6)) for f in codes(Checker().check(layout), "KR_SEATING_EXITS")]


def door(id, y0, width, x=0.0):
    return exit_(id, (x, y0), (x, y0 + width))


def test_korean_rule_from_300_square_metres():
    # 20 x 15 = 300 m²: two 1.5 m doors give 3.0 m, 1.8 m needed (0.6 m per 100 m²).
    assert kr([door("a", 1, 1.5), door("b", 1, 1.5, x=20)], (20.0, 15.0)) == []
    # 20 x 14.95 = 299 m²: the rule does not apply, even to one narrow door.
    assert kr([door("a", 1, 0.9)], (20.0, 14.95)) == []


def test_every_exit_at_least_1_5_m():
    found = kr([door("a", 1, 1.5), door("b", 1, 1.49, x=20)], (20.0, 15.0))
    assert found == [(("b",), 1.49, 1.5)]


def test_at_least_two_exits():
    found = kr([door("a", 1, 3.0)], (20.0, 15.0))
    assert found == [((), 3.0, 1.8)]


def test_total_width_0_6_m_per_100_square_metres():
    # 50 x 20 = 1,000 m²: 6.0 m in all.
    assert kr([door("a", 1, 3.0), door("b", 1, 3.0, x=50)], (50.0, 20.0)) == []
    found = kr([door("a", 1, 3.0), door("b", 1, 2.99, x=50)], (50.0, 20.0))
    assert found == [((), 5.99, 6.0)]


def test_only_with_the_kr_profile_and_seating():
    narrow = [door("a", 1, 0.9)]
    assert kr(narrow, (20.0, 15.0), rules=Rules()) == []
    assert kr(narrow, (20.0, 15.0), elements=()) == []
    assert kr(narrow, (20.0, 15.0)) == [((), 0.9, 1.8), (("a",), 0.9, 1.5)]
