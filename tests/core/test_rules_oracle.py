"""The indexed engine against a brute-force checker, and recheck_moved against a full check, on random layouts."""

from __future__ import annotations

import dataclasses
import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.model import AREA_KINDS, Rules
from boothplanner.model.elements import rotated_rect
from boothplanner.rules import Checker

from layouts import area, booth, exit_, fire, make_layout, obstacle, seating
from rules_oracle import brute_findings

W, H = 40.0, 30.0
# Deterministic by default; BOOTHPLANNER_ORACLE_EXAMPLES=5000 BOOTHPLANNER_ORACLE_RANDOM=1 explores further.
EXAMPLES = int(os.environ.get("BOOTHPLANNER_ORACLE_EXAMPLES", "120"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    derandomize=not os.environ.get("BOOTHPLANNER_ORACLE_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Positions on a 0.25 m grid hit the limits exactly (3 m gaps, flush booths); free floats do the rest.
grid_x = st.integers(0, int(W * 4)).map(lambda k: k / 4)
grid_y = st.integers(0, int(H * 4)).map(lambda k: k / 4)
xs = st.one_of(grid_x, st.floats(-1.0, W + 1.0, allow_nan=False))
ys = st.one_of(grid_y, st.floats(-1.0, H + 1.0, allow_nan=False))
rotations = st.one_of(st.sampled_from([0.0, 0.0, 90.0, 45.0, 30.0, -30.0, 180.0]), st.floats(-180, 180))
booth_sizes = st.one_of(st.sampled_from([(3.0, 3.0), (3.0, 3.0), (2.0, 3.0), (3.0, 2.0), (6.0, 3.0), (3.01, 2.99)]),
                        st.tuples(st.floats(0.5, 6.0), st.floats(0.5, 6.0)))
numbers = st.sampled_from(["1", "2", "3", "A1", "a1", " 2", ""])


@st.composite
def booths(draw, i):
    return booth(f"b{i}", (draw(xs), draw(ys)), draw(booth_sizes), draw(rotations), number=draw(numbers))


@st.composite
def seatings(draw, i):
    block = seating(f"s{i}", (draw(xs), draw(ys)), rows=draw(st.integers(1, 4)), seats_per_row=draw(st.integers(1, 8)),
                    seat_width=draw(st.sampled_from([0.5, 0.55])), row_pitch=draw(st.sampled_from([0.9, 1.0])),
                    rotation=draw(rotations))
    # Mostly plain theater rows as before; some with the seating-style fields, near their limits.
    style = draw(st.sampled_from(["theater", "theater", "theater", "classroom", "banquet", "cabaret"]))
    changes = {"style": style, "chair_depth": draw(st.sampled_from([0.5, 0.5, 0.595, 0.6]))}
    if style in ("theater", "classroom"):
        changes["aisle_every"] = draw(st.sampled_from([0, 0, 2, 3, 6]))
        changes["aisle_width"] = draw(st.sampled_from([1.07, 0.9, 1.2]))
        changes["seats_per_row"] = draw(st.sampled_from([block.seats_per_row, 8, 14, 15, 16]))
    if style == "classroom":
        # Internal aisles fall between tables: aisle_every must be a multiple of seats_per_table.
        every = changes["aisle_every"]
        changes["seats_per_table"] = draw(st.sampled_from([t for t in (1, 2, 3) if not every or every % t == 0]))
        changes["row_pitch"] = draw(st.sampled_from([1.5, 1.4]))
    if style in ("banquet", "cabaret"):
        changes.update(rows=draw(st.integers(1, 2)), seats_per_table=draw(st.sampled_from([4, 8])),
                       table_spacing=draw(st.sampled_from([1.37, 1.0, 1.2])),
                       wheelchair_spaces=draw(st.integers(0, 1)))
    return dataclasses.replace(block, **changes)


@st.composite
def areas(draw, i):
    corners = rotated_rect((draw(xs), draw(ys)), draw(st.floats(0.5, 8.0)), draw(st.floats(0.5, 6.0)),
                           draw(st.sampled_from([0.0, 0.0, 90.0, 30.0])))
    return area(f"r{i}", draw(st.sampled_from(AREA_KINDS)), corners)


@st.composite
def obstacles(draw, i):
    x, y, s = draw(grid_x), draw(grid_y), draw(st.sampled_from([0.5, 0.8, 1.0]))
    return obstacle(f"o{i}", ((x, y), (x + s, y), (x + s, y + s), (x, y + s)), kind=draw(st.sampled_from(["column", "wall"])))


@st.composite
def exits(draw, i):
    width = draw(st.sampled_from([0.9, 1.8, 2.0, 2.5]))
    side = draw(st.sampled_from(["top", "bottom", "left", "right", "free"]))
    t = draw(st.floats(1.0, 25.0))
    if side == "top":
        a, b = (t, 0.0), (t + width, 0.0)
    elif side == "bottom":
        a, b = (t, H), (t + width, H)
    elif side == "left":
        a, b = (0.0, t), (0.0, t + width)
    elif side == "right":
        a, b = (W, t), (W, t + width)
    else:  # a door at an angle somewhere, to stress the geometry
        a = (draw(xs), draw(ys))
        turn = draw(st.floats(0, 360))
        b = (a[0] + width * math.cos(math.radians(turn)), a[1] + width * math.sin(math.radians(turn)))
    return exit_(f"x{i}", a, b)


def many(strategy, lo, hi):
    return st.integers(lo, hi).flatmap(lambda n: st.tuples(*(strategy(i) for i in range(n))))


@st.composite
def layouts(draw):
    elements = [*draw(many(booths, 0, 12)), *draw(many(seatings, 0, 3)), *draw(many(areas, 0, 3))]
    rules = draw(st.sampled_from([Rules(), Rules(), Rules(aisle_min=2.44, exit_clearance=4.57, fire_equipment_clearance=1.52),
                                  Rules(seating_mode="continental", sprinklered=True, profile="kr")]))
    return make_layout(elements, size=(W, H), obstacles=draw(many(obstacles, 0, 3)), exits=draw(many(exits, 0, 4)),
                       fire_equipment=[fire(f"f{i}", (draw(xs), draw(ys))) for i in range(draw(st.integers(0, 3)))],
                       rules=rules, expected_attendance=draw(st.one_of(st.none(), st.integers(0, 300))))


def engine_findings(result) -> dict:
    return {(f.code, f.ids): f.measured for f in result.findings}


def assert_same(engine: dict, brute: dict):
    assert set(engine) == set(brute), (sorted(set(engine) - set(brute)), sorted(set(brute) - set(engine)))
    for key, value in brute.items():
        assert engine[key] == pytest.approx(value, abs=1e-6), key


@SETTINGS
@given(layouts())
def test_indexed_check_equals_brute_force(layout):
    result = Checker().check(layout)
    assert_same(engine_findings(result), brute_findings(layout))
    # Every finding once; ids as specified.
    keys = [(f.code, f.ids) for f in result.findings]
    assert len(keys) == len(set(keys))
    for f in result.findings:
        if f.code == "NARROW_AISLE":
            p, q = f.points
            assert abs(((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5 - f.measured) < 1e-6


def moved_copy(element, dx, dy, rotation, resize):
    if hasattr(element, "outline"):
        return dataclasses.replace(element, outline=tuple((x + dx, y + dy) for x, y in element.outline))
    changes = {"center": (element.center[0] + dx, element.center[1] + dy), "rotation": rotation}
    if resize is not None and hasattr(element, "size"):
        changes["size"] = resize
    return dataclasses.replace(element, **changes)


@st.composite
def layouts_and_moves(draw):
    layout = draw(layouts())
    placed = list(layout.placed())
    if not placed:
        return layout, {}
    chosen = draw(st.lists(st.sampled_from(placed), min_size=1, max_size=3, unique_by=lambda e: e.id))
    moved = {}
    for e in chosen:
        dx = draw(st.one_of(st.integers(-24, 24).map(lambda k: k / 4), st.floats(-8, 8)))
        dy = draw(st.one_of(st.integers(-24, 24).map(lambda k: k / 4), st.floats(-8, 8)))
        rotation = draw(st.one_of(st.just(getattr(e, "rotation", 0.0)), rotations))
        resize = draw(st.one_of(st.none(), booth_sizes))
        moved[e.id] = moved_copy(e, dx, dy, rotation, resize)
    return layout, moved


def apply(layout, moved):
    after = layout.copy()
    for element_id, element in moved.items():
        for table in (after.booths, after.seating, after.areas):
            if element_id in table:
                table[element_id] = element
    return after


@SETTINGS
@given(layouts_and_moves())
def test_recheck_moved_equals_full_check(case):
    layout, moved = case
    checker = Checker()
    base = checker.check(layout)
    quick = checker.recheck_moved(base, moved)
    full = Checker().check(apply(layout, moved))
    assert quick.findings == full.findings
    assert quick.capacity == full.capacity


@st.composite
def partitioned_layouts(draw):
    """Random layouts with up to two movable walls across the room, each open or closed."""
    from boothplanner.model import Partition
    layout = draw(layouts())
    walls = []
    for i in range(draw(st.integers(1, 2))):
        if draw(st.booleans()):
            x = draw(st.integers(4, int(W * 4) - 4)) / 4
            walls.append(Partition(f"p{i}", (x, 0.0), (x, H), f"Wall {i}", draw(st.booleans())))
        else:
            y = draw(st.integers(4, int(H * 4) - 4)) / 4
            walls.append(Partition(f"p{i}", (0.0, y), (W, y), f"Wall {i}", draw(st.booleans())))
    layout.venue = dataclasses.replace(layout.venue, partitions=tuple(walls))
    return layout


@SETTINGS
@given(partitioned_layouts())
def test_aisles_to_closed_movable_walls_equal_brute_force(layout):
    result = Checker().check(layout)
    aisles = {key: v for key, v in engine_findings(result).items() if key[0] == "NARROW_AISLE"}
    assert_same(aisles, {key: v for key, v in brute_findings(layout).items() if key[0] == "NARROW_AISLE"})


def test_a_booth_as_near_a_closed_wall_as_the_room_wall_is_reported_against_the_same_one():
    """A tie between two walls (found by the random search above): the engine and the brute-force
    reading both name the wall whose id sorts first."""
    from boothplanner.model import Partition
    layout = make_layout([booth("b0", (1.75, 27.75), (3.0, 2.0))], size=(W, H))   # 0.25 m from x = 0 and y = 29
    layout.venue = dataclasses.replace(layout.venue, partitions=(Partition("p0", (0.0, 29.0), (40.0, 29.0), "Wall", False),))
    result = Checker().check(layout)
    aisles = {key: v for key, v in engine_findings(result).items() if key[0] == "NARROW_AISLE"}
    assert aisles == {("NARROW_AISLE", ("b0", "p0")): pytest.approx(0.25)}
    assert_same(aisles, {key: v for key, v in brute_findings(layout).items() if key[0] == "NARROW_AISLE"})
