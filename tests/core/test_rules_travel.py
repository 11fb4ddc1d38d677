"""TRAVEL_DISTANCE and the walking grid behind it, on rooms whose answer is worked out by hand."""

from __future__ import annotations

import dataclasses
import heapq
import math
import random

import numpy as np
import pytest

from boothplanner.io import load
from boothplanner.model import Rules, SeatingBlock
from boothplanner.resources import DEFAULT_LAYOUT
from boothplanner.rules.travel import (
    DEFAULT_TRAVEL_MAX, SPRINKLERED_TRAVEL_MAX, Sight, check_travel_distance, travel_analysis, travel_limit,
)
from boothplanner.rules.travel_grid import BLOCKED, OPEN, PAD, STEPS, WalkGrid, point_segment_distance, steps_along

from layouts import booth, exit_, make_layout, obstacle, rect


def room(w, h, *exits, elements=(), **kw):
    return make_layout(elements, size=(w, h), exits=tuple(exits), **kw)


def door(x0, y0, x1, y1, id="d"):
    return exit_(id, (x0, y0), (x1, y1))


def path_length(path) -> float:
    return sum(math.dist(a, b) for a, b in zip(path, path[1:]))


def assert_path_ends(result, layout):
    """The path starts at the worst point, ends on the exit's opening, and has the reported length."""
    exit_ = next(x for x in layout.venue.exits if x.id == result.exit_id)
    assert result.path[0] == result.point
    end = np.array([result.path[-1]])
    assert point_segment_distance(end, np.array(exit_.start, float), np.array(exit_.end, float))[0] < 1e-6
    assert path_length(result.path) == pytest.approx(result.distance, abs=1e-9)


# Empty rooms -------------------------------------------------------------------------------

def test_empty_room_door_in_a_corner_worst_point_is_the_opposite_corner():
    # 10 x 10 m, a 1 m door on the top wall at the top-left corner. The opposite corner is
    # sqrt(10² + 10²) = 14.1 m from the corner itself and sqrt(9² + 10²) = 13.45 m from the
    # nearest point of the opening, (1, 0).
    layout = room(10, 10, door(0, 0, 1, 0))
    result = travel_analysis(layout)
    assert result.point == pytest.approx((10.0, 10.0), abs=1e-9)
    assert result.distance == pytest.approx(math.hypot(9, 10), rel=0.01)
    assert result.exit_id == "d" and result.element_id is None
    assert len(result.path) == 2                    # a straight line across the empty room
    assert_path_ends(result, layout)
    # A door opening only 5 cm wide, right in the corner: the full diagonal, 14.1 m.
    narrow = travel_analysis(room(10, 10, door(0, 0, 0.05, 0)))
    assert narrow.distance == pytest.approx(math.hypot(10, 10), rel=0.03)
    assert narrow.distance == pytest.approx(math.hypot(9.95, 10), rel=0.01)


def test_a_shallow_diagonal_is_not_overestimated():
    # 40 x 10 m, door on the left wall from y 0 to 1: the far corner (40, 10) is sqrt(40² + 9²)
    # = 41.0 m away in a straight line, 12.7° off the grid's axis (a grid of 8 neighbours would
    # say about 43.1 m, 16 neighbours up to 2.7 % long; the straightened path is exact).
    layout = room(40, 10, door(0, 0, 0, 1))
    result = travel_analysis(layout)
    assert result.distance == pytest.approx(41.0, rel=0.005)
    assert result.point == pytest.approx((40.0, 10.0), abs=1e-9)
    assert_path_ends(result, layout)


def test_the_raw_distance_field_stays_within_three_percent_of_the_straight_line():
    layout = room(40, 10, door(0, 0, 0, 1))
    grid = travel_analysis(layout).grid
    xs, ys = np.meshgrid(grid.xs(), grid.ys())
    points = np.stack([xs.ravel(), ys.ravel()], axis=1)
    exact = point_segment_distance(points, np.array([0.0, 0.0]), np.array([0.0, 1.0])).reshape(xs.shape)
    far = exact > 10
    error = grid.field()[far] / exact[far] - 1
    assert error.min() > -1e-9 and error.max() < 0.03


@pytest.mark.parametrize("seed", range(6))
def test_convex_rooms_worst_point_is_the_farthest_corner(seed):
    # In an empty convex room the walk is the straight line, so the worst point is the corner
    # farthest from the door's opening.
    rng = random.Random(seed)
    w, h = rng.uniform(8, 45), rng.uniform(8, 45)
    if seed % 2:
        outline = ((0, h * 0.3), (w * 0.4, 0), (w, h * 0.2), (w, h * 0.8), (w * 0.5, h), (0, h * 0.9))
    else:
        outline = ((0, 0), (w, 0), (w, h), (0, h))
    i = rng.randrange(len(outline))
    a, b = np.array(outline[i], float), np.array(outline[(i + 1) % len(outline)], float)
    t = rng.uniform(0.1, 0.7)
    start, end = a + (b - a) * t, a + (b - a) * (t + 0.15)
    layout = make_layout((), size=(w, h), outline=outline, exits=(exit_("d", tuple(start), tuple(end)),))
    result = travel_analysis(layout)
    expected = point_segment_distance(np.array(outline, float), start, end).max()
    assert result.distance == pytest.approx(expected, rel=0.01)
    assert_path_ends(result, layout)


# Detours --------------------------------------------------------------------------------------

def test_a_wall_forces_a_detour_round_its_end():
    # 20 x 10 m, door on the left wall at the top (y 0 to 1). A wall 0.2 m thick stands at
    # x 9.9-10.1 from the top wall down to y = 8. From the far corner (20, 0) the walk goes round
    # the wall's end: |(20, 0)-(10.1, 8)| + 0.2 + |(9.9, 8)-(0, 1)| = 12.728 + 0.2 + 12.125 = 25.05 m.
    layout = room(20, 10, door(0, 0, 0, 1), obstacles=[obstacle("wall", rect(9.9, 0, 10.1, 8), kind="wall")])
    result = travel_analysis(layout)
    expected = math.hypot(9.9, 8) + 0.2 + math.hypot(9.9, 7)
    assert result.point == pytest.approx((20.0, 0.0), abs=1e-9)
    assert result.distance == pytest.approx(expected, rel=0.01)
    assert result.distance > math.hypot(20, 1)          # far longer than the straight line
    assert result.path[1:3] == ((10.1, 8.0), (9.9, 8.0))   # round the wall's end, corner to corner
    assert_path_ends(result, layout)


def test_a_booth_row_is_walked_round_not_through():
    # 30 x 12 m, door on the left wall at y 0-2; a row of five 3 m booths stands across
    # x 6-21 at y 4.5-7.5 with nothing else in the room. From (21, 12), behind the row's right
    # end, the walk passes under the row to its left end (6, 7.5), then up to the door: no
    # straight line through the booths.
    booths = [booth(f"b{i}", (7.5 + 3 * i, 6.0)) for i in range(5)]
    layout = room(30, 12, door(0, 0, 0, 2), elements=booths)
    result = travel_analysis(layout)
    straight = math.hypot(21, 10)
    walked = result.distance_at(20.9, 11.9)
    expected = math.hypot(21 - 6, 12 - 7.5) + math.hypot(6, 7.5 - 2)
    assert walked == pytest.approx(expected, rel=0.03) and walked > straight + 0.3
    # The worst point is the far corner of the room (30, 12), well clear of the booths.
    assert result.point == pytest.approx((30.0, 12.0), abs=1e-9)
    assert_path_ends(result, layout)


def test_two_doors_worst_point_is_midway():
    # 30 x 10 m with a 2 m door in the middle of each end wall: the worst points are midway along
    # the long walls, sqrt(15² + 4²) = 15.52 m from either door.
    layout = room(30, 10, door(0, 4, 0, 6, "west"), door(30, 4, 30, 6, "east"))
    result = travel_analysis(layout)
    assert result.distance == pytest.approx(math.hypot(15, 4), rel=0.01)
    assert result.point[0] == pytest.approx(15.0, abs=0.3)
    assert result.point[1] in (pytest.approx(0.0, abs=0.3), pytest.approx(10.0, abs=0.3))
    assert_path_ends(result, layout)
    # With only the west door, the far corners are sqrt(30² + 4²) = 30.27 m away.
    one = travel_analysis(room(30, 10, door(0, 4, 0, 6, "west")))
    assert one.distance == pytest.approx(math.hypot(30, 4), rel=0.01)


# People inside booths and seating -------------------------------------------------------------

def test_a_person_in_a_corner_booth_walks_across_it_and_out():
    # 10 x 10 m, door (0, 0)-(1, 0); a 3 x 3 m booth fills the far corner (7-10, 7-10). Its far
    # corner (10, 10) is the worst point, still 13.45 m in a straight line across the booth.
    layout = room(10, 10, door(0, 0, 1, 0), elements=[booth("b", (8.5, 8.5))])
    result = travel_analysis(layout)
    assert result.element_id == "b"
    assert result.point == pytest.approx((10.0, 10.0), abs=1e-9)
    assert result.distance == pytest.approx(math.hypot(9, 10), rel=0.01)
    assert_path_ends(result, layout)


def test_seats_are_left_along_the_row_not_across_it():
    # 20 x 20 m, door (9, 0)-(11, 0); a theater block of 10 rows x 20 seats (10 m x 9 m) at
    # x 5-15, y 5.5-14.5. From the middle seat (10, 10) the walk goes 5 m along the row to the
    # block's side (5, 10), 4.5 m up the side to its front corner (5, 5.5), then
    # sqrt(4² + 5.5²) = 6.80 m to the door: 16.3 m, against 10 m straight to the door.
    block = SeatingBlock("s", (10.0, 10.0), rows=10, seats_per_row=20)
    layout = room(20, 20, door(9, 0, 11, 0), elements=[block])
    result = travel_analysis(layout)
    expected = 5 + 4.5 + math.hypot(4, 5.5)
    assert result.distance_at(10.0, 10.0) == pytest.approx(expected, rel=0.04)
    # The front row steps straight out: its middle seat is about 5.5 m from the door.
    assert result.distance_at(10.0, 5.9) == pytest.approx(5.9, abs=0.4)
    # An internal aisle down the middle is open floor: the middle seat walks straight up it, 10 m.
    aisled = SeatingBlock("s", (10.0, 10.0), rows=10, seats_per_row=20, aisle_every=10, aisle_width=1.2)
    result = travel_analysis(room(20, 20, door(9, 0, 11, 0), elements=[aisled]))
    assert result.distance_at(10.0, 10.0) == pytest.approx(10.0, abs=0.4)


def test_rotated_seating_rows_are_walked_along_their_own_direction():
    # 6 rows of 16 seats (8 m rows, 5.4 m deep) centred on (10, 10), door (9, 0)-(11, 0).
    # Turned 90°, the rows point at the door: the middle seat walks straight up its row, 10 m.
    block = SeatingBlock("s", (10.0, 10.0), rows=6, seats_per_row=16, rotation=90.0)
    result = travel_analysis(room(20, 20, door(9, 0, 11, 0), elements=[block]))
    assert result.distance_at(10.0, 10.0) == pytest.approx(10.0, abs=0.4)
    # Turned 30°, the row's upper end is 4 m away at (6.54, 8), then at least |(6.54, 8)-(9, 0)|
    # = 8.37 m to the door: more than 12 m, against 10 m straight.
    block = SeatingBlock("s", (10.0, 10.0), rows=6, seats_per_row=16, rotation=30.0)
    result = travel_analysis(room(20, 20, door(9, 0, 11, 0), elements=[block]))
    assert 4 + math.hypot(9 - 6.54, 8) - 0.4 < result.distance_at(10.0, 10.0) < 15.0
    assert result.unreachable == ()


def test_steps_along_a_row():
    along = steps_along(0.0)                  # rows along x: only the two horizontal steps
    assert along.sum() == 2
    assert steps_along(90.0).sum() == 2
    assert steps_along(45.0).sum() == 2
    assert steps_along(30.0).sum() == 2       # the nearest grid direction, 26.6°, both ways
    assert np.allclose(np.degrees(np.arctan2(*STEPS[steps_along(30.0)].T)) % 180, 26.565, atol=1e-3)
    assert steps_along(180 + 30.0).tolist() == steps_along(30.0).tolist()


# The limit ------------------------------------------------------------------------------------

@pytest.mark.parametrize("length, rules, over", [
    (60.0, None, False),
    (61.0, None, False),                      # exactly at the limit passes
    (62.0, None, True),
    (62.0, Rules(sprinklered=True), False),   # 76 m when sprinklered
    (77.0, Rules(sprinklered=True), True),
    (60.0, Rules(travel_max=45.0), True),
    (60.0, Rules(travel_max=45.0, sprinklered=True), True),   # a chosen limit stays as chosen
])
def test_a_corridor_just_under_and_over_the_limit(length, rules, over):
    # A corridor `length` x 4 m with a door across its whole left end: the worst walk is the
    # corridor's length.
    layout = room(length, 4, door(0, 0, 0, 4, "end"), rules=rules)
    result = travel_analysis(layout)
    assert result.distance == pytest.approx(length, abs=1e-6)
    findings = check_travel_distance(layout, result=result)
    limit = travel_limit(layout.rules)
    if not over:
        assert findings == []
        return
    (finding,) = findings
    assert finding.code == "TRAVEL_DISTANCE" and finding.severity == "error"
    assert finding.ids == ("end",)
    assert finding.measured == pytest.approx(length, abs=1e-6) and finding.required == limit
    assert finding.location == result.point and finding.location[0] == pytest.approx(length)
    assert finding.points == (result.path[0], result.path[-1])
    assert f"{length:.1f} m" in finding.message and f"{limit:.1f} m" in finding.message


def test_limits():
    assert travel_limit(Rules()) == DEFAULT_TRAVEL_MAX == 61.0
    assert travel_limit(Rules(sprinklered=True)) == SPRINKLERED_TRAVEL_MAX == 76.0
    assert travel_limit(Rules(travel_max=50.0)) == 50.0
    assert travel_limit(Rules(), travel_max=40.0) == 40.0
    assert travel_limit(object()) == 61.0      # rules without the field: the IBC default


def test_the_check_runs_the_analysis_itself():
    layout = room(70, 4, door(0, 0, 0, 4, "end"))
    (finding,) = check_travel_distance(layout, 61.0)
    assert finding.measured == pytest.approx(70.0, abs=1e-6)


# No way out -----------------------------------------------------------------------------------

def test_no_exits_is_one_finding_not_a_crash():
    layout = room(20, 20, elements=[booth("b", (10, 10))])
    result = travel_analysis(layout)
    assert result.distance is None and result.exits == 0
    (finding,) = check_travel_distance(layout)
    assert finding.code == "TRAVEL_DISTANCE" and "no exits" in finding.message
    assert finding.measured is None and finding.required == 61.0


def ring(enclosed_booth: bool):
    """Eight 3 m booths round the middle of a 30 x 30 m room (x and y 10.5-19.5), with or without
    a ninth booth in the middle."""
    booths = [booth(f"r{i}{j}", (15 + 3 * i, 15 + 3 * j)) for i in (-1, 0, 1) for j in (-1, 0, 1) if i or j]
    if enclosed_booth:
        booths.append(booth("mid", (15, 15)))
    return room(30, 30, door(0, 1, 0, 3), elements=booths)


def test_a_pocket_closed_in_by_booths_is_reported_on_its_own():
    layout = ring(enclosed_booth=False)
    result = travel_analysis(layout)
    (pocket,) = result.unreachable
    assert pocket.area == pytest.approx(9.0, abs=0.5)
    assert not pocket.enclosed and len(pocket.ids) == 8
    assert 13.5 < pocket.location[0] < 16.5 and 13.5 < pocket.location[1] < 16.5
    assert result.distance is not None and result.distance < 61   # the rest of the room is fine
    (finding,) = check_travel_distance(layout, result=result)
    assert finding.code == "TRAVEL_DISTANCE" and finding.measured is None
    assert finding.message.startswith("9.0 m² of floor around (1")
    assert "has no walking route to any exit; booth " in finding.message and "and 4 more" in finding.message
    assert "close it in" in finding.message and set(finding.ids) == set(pocket.ids)


def test_a_booth_closed_in_by_its_neighbours_is_reported_by_name():
    layout = ring(enclosed_booth=True)
    (finding,) = check_travel_distance(layout)
    assert finding.ids == ("mid",)
    assert finding.message.startswith("No walking route leads from booth mid to any exit")


def test_a_row_of_booths_wall_to_wall_cuts_the_room_in_two():
    # 12 x 12 m, door on the top wall; four booths across the whole width at y 4.5-7.5: the
    # floor below them (12 x 4.5 = 54 m²) cannot reach the door, the booths themselves can.
    booths = [booth(f"b{i}", (1.5 + 3 * i, 6.0)) for i in range(4)]
    result = travel_analysis(room(12, 12, door(5, 0, 7, 0), elements=booths))
    (pocket,) = result.unreachable
    assert pocket.area == pytest.approx(54.0, abs=1.0)
    assert set(pocket.ids) == {"b0", "b1", "b2", "b3"} and not pocket.enclosed
    assert math.isfinite(result.distance_at(1.5, 7.0))          # inside a booth, walking out the top
    assert result.distance_at(6.0, 10.0) == math.inf


def test_a_closed_partition_is_a_wall():
    # 20 x 10 m, door on the left wall; a closed partition at x = 10 leaves the right half
    # (100 m², less the cells under the partition) without an exit. The left half's worst
    # corner is about sqrt(10² + 4²) = 10.8 m away.
    layout = room(20, 10, door(0, 4, 0, 6))
    result = travel_analysis(layout, barriers=[((10.0, 0.0), (10.0, 10.0))])
    (pocket,) = result.unreachable
    assert pocket.area == pytest.approx(100.0, abs=3.0) and pocket.ids == ()
    assert pocket.location[0] > 10
    assert math.hypot(9.5, 4) < result.distance <= math.hypot(10, 4) + 1e-9
    assert travel_analysis(layout).distance == pytest.approx(math.hypot(20, 4), rel=0.01)


def test_the_venues_closed_partitions_are_walls_and_open_ones_are_not():
    from boothplanner.model import Partition

    # The same room with a partition drawn 5 mm short of both walls; a booth stands in the right
    # half. Closed: the right half is a room with no exit, holding the booth.
    layout = room(20, 10, door(0, 4, 0, 6), elements=[booth("b", (15, 5))])
    wall = Partition("p", (10.0, 0.005), (10.0, 9.995))
    layout.venue = dataclasses.replace(layout.venue, partitions=(wall,))
    result = travel_analysis(layout)
    (pocket,) = result.unreachable
    assert pocket.ids == ("b",) and pocket.holds and not pocket.enclosed
    (finding,) = check_travel_distance(layout, result=result)
    assert finding.message.endswith("has no walking route to any exit; it holds booth b")
    layout.venue = dataclasses.replace(layout.venue, partitions=(dataclasses.replace(wall, open=True),))
    assert travel_analysis(layout).unreachable == ()


def test_slivers_between_touching_elements_are_not_pockets():
    # Booths 2 cm apart and the wall 2 cm behind them: thin slivers a person cannot stand in.
    booths = [booth(f"b{i}", (1.52 + 3.02 * i, 1.52)) for i in range(3)]
    result = travel_analysis(room(20, 10, door(19, 10, 17, 10), elements=booths))
    assert result.unreachable == ()


# The default layout ---------------------------------------------------------------------------

def test_default_layout_is_well_within_the_limit():
    from boothplanner.exhibitors.booth_type import booth_types

    layout = load(DEFAULT_LAYOUT)
    result = travel_analysis(layout)
    assert result.distance is not None and result.distance < 40.0      # limit 61 m
    assert result.exit_id in {x.id for x in layout.venue.exits}
    findings = check_travel_distance(layout, result=result)
    assert [f for f in findings if f.measured is not None] == []
    # Floor without a way out can only be a booth the booth schedule already calls enclosed
    # (no side on an aisle).
    enclosed = {k for k, v in booth_types(layout).items() if v == "enclosed"}
    for pocket in result.unreachable:
        assert pocket.enclosed and set(pocket.ids) <= enclosed


# The search itself ----------------------------------------------------------------------------

def test_bucketed_search_matches_a_plain_dijkstra():
    # Random labels (walls, open floor, two "elements", one walked along x only) on a 30 x 24
    # grid; the numpy search must agree with heapq Dijkstra over the same moves.
    rng = np.random.default_rng(7)
    grid = WalkGrid((0.0, 0.0, 15.0, 12.0), 0.5)
    inner = rng.choice([BLOCKED, OPEN, 1, 2], p=[0.05, 0.75, 0.1, 0.1], size=(grid.ny, grid.nx)).astype(np.int32)
    grid.labels[PAD:-PAD, PAD:-PAD] = inner
    grid.directions[2] = steps_along(0.0)
    grid.solve([((0.0, 0.0), (0.0, 3.0)), ((15.0, 12.0), (12.0, 12.0))])
    n = grid.H * grid.W
    dist = np.full(n, np.inf)
    heap = []
    for cell in np.flatnonzero(np.isfinite(grid.seed_dist)):
        dist[cell] = grid.seed_dist[cell]
        heap.append((dist[cell], int(cell)))
    heapq.heapify(heap)
    while heap:
        d, a = heapq.heappop(heap)
        if d > dist[a]:
            continue
        for k in np.flatnonzero(grid.allowed[a]):
            b = a + int(grid.offsets[k])
            if d + grid.weights[k] < dist[b]:
                dist[b] = d + grid.weights[k]
                heapq.heappush(heap, (dist[b], b))
    assert np.isfinite(dist).sum() > 400
    np.testing.assert_allclose(grid.dist, dist, rtol=0, atol=1e-9)


# Random floors ---------------------------------------------------------------------------------

def random_floor(seed: int):
    """A room with booths (some turned), seating of every row style, areas, thin walls and 0-3
    doors, all at random: overlaps and blocked doors included."""
    from layouts import area

    rng = random.Random(seed)
    w, h = rng.uniform(15, 60), rng.uniform(15, 40)
    elements = [booth(f"b{i}", (rng.uniform(2, w - 2), rng.uniform(2, h - 2)),
                      size=(rng.choice([2, 3, 4]), rng.choice([2, 3])), rotation=rng.choice([0, 0, 90, 30, 45]))
                for i in range(rng.randrange(25))]
    elements += [SeatingBlock(f"s{i}", (rng.uniform(5, w - 5), rng.uniform(5, h - 5)), rows=rng.randrange(1, 8),
                              seats_per_row=rng.randrange(2, 20), rotation=rng.choice([0, 90, 15, 180]),
                              aisle_every=rng.choice([0, 5]), style=rng.choice(["theater", "classroom", "banquet"]))
                 for i in range(rng.randrange(3))]
    for i in range(rng.randrange(2)):
        x, y = rng.uniform(0, w - 6), rng.uniform(0, h - 4)
        elements.append(area(f"a{i}", rng.choice(["stage", "standing", "lounge"]),
                             rect(x, y, x + rng.uniform(2, 6), y + rng.uniform(1, 4))))
    walls = []
    for i in range(rng.randrange(4)):
        x, y = rng.uniform(1, w - 2), rng.uniform(1, h - 2)
        walls.append(obstacle(f"o{i}", rect(x, y, x + rng.uniform(0.1, 1), y + rng.uniform(0.1, 6)), kind="wall"))
    exits = []
    for i in range(rng.randrange(4)):
        side, t = rng.randrange(4), rng.uniform(0.1, 0.8)
        x, y = ((t * w, 0), (w, t * h), (t * w, h), (0, t * h))[side]
        dx, dy = (1.5, 0) if side in (0, 2) else (0, 1.5)
        exits.append(exit_(f"x{i}", (x, y), (x + dx, y + dy)))
    return make_layout(elements, size=(w, h), obstacles=walls, exits=tuple(exits))


@pytest.mark.parametrize("seed", range(60))
def test_random_floors_give_walks_that_stay_on_the_floor(seed):
    import shapely

    from boothplanner.rules.footprints import BOOTH, OBSTACLE, SEATING, SOLID_AREA
    from boothplanner.rules.index import LayoutIndex

    layout = random_floor(seed)
    index = LayoutIndex(layout)
    result = travel_analysis(layout, index)
    findings = check_travel_distance(layout, index=index, result=result)
    assert all(f.code == "TRAVEL_DISTANCE" for f in findings)
    if result.distance is None:
        return
    assert_path_ends(result, layout)
    doors = [shapely.LineString([x.start, x.end]) for x in layout.venue.exits]
    assert result.distance >= min(d.distance(shapely.Point(result.point)) for d in doors) - 1e-9
    # No straight run crosses a footprint in the way, but the walker's own and what overlaps it
    # or stands on a door (both errors of their own).
    blocking = np.isin(index.kinds, (BOOTH, SEATING, SOLID_AREA, OBSTACLE))
    own = index.position.get(result.element_id)
    excused = {own} if own is not None else set()
    if own is not None:
        excused.update(index.tree.query(index.geoms[own], predicate="overlaps").tolist())
    excused.update(index.tree.query(shapely.MultiLineString([list(d.coords) for d in doors]), predicate="intersects").tolist())
    seats_only = Sight(index).geoms            # seating blocks less their internal aisles
    for a, b in zip(result.path, result.path[1:]):
        segment = shapely.LineString([a, b])
        crossed = [i for i in index.tree.query(segment) if shapely.crosses(segment, seats_only[i])]
        assert [i for i in crossed if blocking[i] and i not in excused] == [], (a, b)
