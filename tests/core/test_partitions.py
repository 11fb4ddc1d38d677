"""Partitions: rooms as the closed walls make them, checks room by room, PARTITION_CROSSED, and the
quick re-check during a drag agreeing with a full check. Hand-computed, metres."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.model import Partition, Rules, Session
from boothplanner.rules import check_layout, rooms_of
from boothplanner.rules.rooms import closed_partition_lines, cut_floor

from layouts import area, booth, codes, exit_, make_layout, pairs, recheck_and_full, rect, seating
from rooms_oracle import ROOM_CODES, brute_room_findings


def walls(*specs) -> tuple[Partition, ...]:
    """Partitions from (id, start, end, open) tuples."""
    return tuple(Partition(pid, tuple(map(float, a)), tuple(map(float, b)), f"Wall {pid}", is_open)
                 for pid, a, b, is_open in specs)


def hall(elements=(), partitions=(), exits=None, **kw):
    """A 30 x 10 m hall cut at x = 10 and x = 20 by the given partitions."""
    layout = make_layout(elements, size=(30.0, 10.0), exits=exits, **kw)
    layout.venue = dataclasses.replace(layout.venue, partitions=tuple(partitions))
    return layout


TWO_WALLS = [("p1", (10, 0), (10, 10), False), ("p2", (20, 10), (20, 0), False)]
# One exit in each third, 2 m wide, on the long walls.
THIRDS = [exit_("xa", (3, 0), (5, 0)), exit_("xb", (14, 10), (16, 10)), exit_("xc", (25, 0), (27, 0))]


# Rooms

def test_without_partitions_the_whole_floor_is_one_room():
    layout = hall([booth("b", (5, 5))], exits=THIRDS)
    room, = rooms_of(layout)
    assert (room.id, room.name, room.sections, room.area_m2) == ("ROOM-1", "Room 1", ("ROOM-1",), 300.0)
    assert room.exit_ids == ("xa", "xb", "xc") and room.element_ids == ("b",)


def test_closed_partitions_cut_the_floor_into_rooms_numbered_from_the_left():
    layout = hall([booth("c", (25, 5)), booth("a", (5, 5)), seating("s", (15, 5))], walls(*TWO_WALLS), exits=THIRDS)
    rooms = rooms_of(layout)
    assert [r.id for r in rooms] == ["ROOM-1", "ROOM-2", "ROOM-3"]
    assert [r.area_m2 for r in rooms] == [100.0, 100.0, 100.0]
    assert [r.exit_ids for r in rooms] == [("xa",), ("xb",), ("xc",)]
    assert [r.element_ids for r in rooms] == [("a",), ("s",), ("c",)]
    xs = sorted({x for x, _ in rooms[1].polygon})
    assert xs == [10.0, 20.0]


def test_an_open_partition_joins_the_sections_either_side():
    layout = hall([], walls(("p1", (10, 0), (10, 10), False), ("p2", (20, 10), (20, 0), True)), exits=THIRDS)
    rooms = rooms_of(layout)
    assert [(r.id, r.name, r.area_m2) for r in rooms] == [("ROOM-1", "Room 1", 100.0),
                                                          ("ROOM-2+ROOM-3", "Room 2 + Room 3", 200.0)]
    assert rooms[1].sections == ("ROOM-2", "ROOM-3") and rooms[1].exit_ids == ("xb", "xc")


def test_a_t_junction_makes_three_rooms_and_a_wall_ending_at_an_open_one_cuts_nothing():
    tee = [("p1", (10, 0), (10, 10), False), ("p2", (10, 4), (30, 4), False)]
    assert [r.area_m2 for r in rooms_of(hall([], walls(*tee)))] == [100.0, 80.0, 120.0]
    tee[0] = ("p1", (10, 0), (10, 10), True)
    assert [r.area_m2 for r in rooms_of(hall([], walls(*tee)))] == [300.0]


def test_a_wall_short_of_the_far_side_divides_nothing():
    assert len(cut_floor(rect(0, 0, 30, 10), walls(("p", (10, 0), (10, 9), False)))) == 1


def test_closed_partition_lines_for_the_travel_analysis():
    layout = hall([], walls(*TWO_WALLS[:1], ("p2", (20, 10), (20, 0), True)))
    assert closed_partition_lines(layout) == [((10.0, 0.0), (10.0, 10.0))]


# Open partitions change nothing

def test_open_partitions_leave_every_finding_as_it_was():
    elements = [booth("a", (10, 5)), seating("s", (20, 5), rows=4, seats_per_row=14), booth("n", (13.5, 5))]
    plain = check_layout(hall(elements, exits=THIRDS[:1]))
    opened = check_layout(hall(elements, walls(*[(p, a, b, True) for p, a, b, _ in TWO_WALLS]), exits=THIRDS[:1]))
    assert opened.findings == plain.findings and opened.capacity == plain.capacity
    assert opened.rooms is None and "rooms" not in opened.to_json()


# PARTITION_CROSSED

def test_a_booth_across_a_closed_partition_is_an_error():
    result = check_layout(hall([booth("b", (10, 5))], walls(*TWO_WALLS), exits=THIRDS))
    finding, = codes(result, "PARTITION_CROSSED")
    assert finding.severity == "error" and finding.ids == ("b", "p1")
    # 3 m of wall runs through the 3 m booth; the ends within 5 mm of its sides do not count.
    assert finding.measured == pytest.approx(3.0 - 0.01)
    assert finding.location == pytest.approx((10.0, 5.0))
    assert "Wall p1 (p1)" in finding.message


def test_flush_against_the_wall_open_walls_and_open_floor_are_fine():
    flush = [booth("l", (8.5, 5)), booth("r", (11.5, 5))]
    assert codes(check_layout(hall(flush, walls(*TWO_WALLS), exits=THIRDS)), "PARTITION_CROSSED") == []
    across = [booth("b", (10, 5))]
    opened = walls(("p1", (10, 0), (10, 10), True))
    assert codes(check_layout(hall(across, opened, exits=THIRDS)), "PARTITION_CROSSED") == []
    floor = [area("st", "standing", rect(8, 1, 12, 3)), area("nb", "no_build", rect(9.5, 0, 10.5, 10))]
    assert codes(check_layout(hall(floor, walls(*TWO_WALLS), exits=THIRDS)), "PARTITION_CROSSED") == []


def test_seating_and_solid_areas_cannot_stand_across_a_wall_either():
    elements = [seating("s", (20, 5), rows=2, seats_per_row=4), area("stage", "stage", rect(8, 0, 12, 2))]
    result = check_layout(hall(elements, walls(*TWO_WALLS), exits=THIRDS))
    assert pairs(result, "PARTITION_CROSSED") == {("s", "p2"), ("stage", "p1")}
    by_ids = {f.ids: f.measured for f in codes(result, "PARTITION_CROSSED")}
    assert by_ids[("s", "p2")] == pytest.approx(1.8 - 0.01)        # 2 rows x 0.9 m deep
    assert by_ids[("stage", "p1")] == pytest.approx(2.0 - 0.01)


# Aisles to a closed wall

def test_an_aisle_to_a_closed_wall_is_measured_like_one_to_the_room_wall():
    # Booth of 3 m between x = 5 and 8: 2 m from the wall at x = 10, and the rule asks 3 m.
    elements = [booth("b", (6.5, 5))]
    closed = check_layout(hall(elements, walls(*TWO_WALLS), exits=THIRDS))
    finding, = codes(closed, "NARROW_AISLE")
    assert finding.ids == ("b", "p1") and finding.measured == pytest.approx(2.0)
    assert finding.points == (pytest.approx((8.0, 5.0)), pytest.approx((10.0, 5.0))) or \
        sorted(finding.points) == [pytest.approx((8.0, 3.5)), pytest.approx((10.0, 3.5))]
    assert "movable wall p1" in finding.message
    opened = check_layout(hall(elements, walls(*[(p, a, b, True) for p, a, b, _ in TWO_WALLS]), exits=THIRDS))
    assert codes(opened, "NARROW_AISLE") == []


def test_flush_against_a_closed_wall_or_a_full_aisle_from_it_is_fine():
    flush = check_layout(hall([booth("f", (8.5, 5))], walls(*TWO_WALLS), exits=THIRDS))
    assert codes(flush, "NARROW_AISLE") == []
    clear = check_layout(hall([booth("c", (5.5, 5))], walls(*TWO_WALLS), exits=THIRDS))   # 3 m exactly
    assert codes(clear, "NARROW_AISLE") == []


# Exits room by room

def test_a_room_nobody_uses_needs_no_door():
    result = check_layout(hall([booth("b", (5, 5))], walls(*TWO_WALLS), exits=[THIRDS[0]]))
    assert result.rooms.capacities[1].occupant_load == 0
    assert codes(result, "TOO_FEW_EXITS") == codes(result, "EGRESS_WIDTH") == []


def test_a_room_without_a_door_of_its_own():
    # The middle room has a 9 m² booth (load 4: one exit, 0.02 m of door) and no door.
    layout = hall([booth("b", (15, 5))], walls(*TWO_WALLS), exits=[THIRDS[0], THIRDS[2]])
    result = check_layout(layout)
    few, = codes(result, "TOO_FEW_EXITS")
    width, = codes(result, "EGRESS_WIDTH")
    assert few.ids == width.ids == ("ROOM-2",)
    assert (few.measured, few.required) == (0, 1)
    assert width.required == pytest.approx(4 * 0.00508)
    assert few.message.startswith("Room 2 (ROOM-2): 0 exits for an occupant load of 4")
    # Open the walls and the doors of the other rooms serve it again.
    opened = hall([booth("b", (15, 5))], walls(*[(p, a, b, True) for p, a, b, _ in TWO_WALLS]),
                  exits=[THIRDS[0], THIRDS[2]])
    assert codes(check_layout(opened), "TOO_FEW_EXITS") == codes(check_layout(opened), "EGRESS_WIDTH") == []


def test_egress_width_is_measured_against_the_rooms_own_load():
    # 81 seats (84 chairs less 3 for a wheelchair space) in the left room need 81 x 5.08 mm =
    # 0.411 m of door; its two doors are 0.2 m wide. The venue as a whole (4 doors) would pass.
    block = seating("s", (5, 5.5), rows=6, seats_per_row=14)
    block = dataclasses.replace(block, wheelchair_spaces=1)
    doors = [exit_("xa", (0, 0.5), (0, 0.7)), exit_("xa2", (0, 9.0), (0, 9.2)), THIRDS[1], THIRDS[2]]
    layout = hall([block], walls(*TWO_WALLS), exits=doors, rules=Rules(exit_clearance=0.0))
    result = check_layout(layout)
    room1 = result.rooms.capacities[0]
    assert (room1.seats, room1.occupant_load, room1.exits, room1.exits_required) == (81, 81, 2, 2)
    width, = codes(result, "EGRESS_WIDTH")
    assert width.ids == ("ROOM-1",)
    assert (width.measured, width.required) == (pytest.approx(0.4), pytest.approx(81 * 0.00508))
    assert result.capacity.egress_width == pytest.approx(4.4)
    assert codes(result, "TOO_FEW_EXITS") == []


def test_exit_separation_uses_the_rooms_own_diagonal():
    # Right room (20..30 x 0..10): diagonal 14.14 m, so two doors must be 7.07 m apart; these are 6 m.
    block = seating("s", (25, 6), rows=5, seats_per_row=12)            # 60 seats: 2 exits required
    doors = [THIRDS[0], THIRDS[1], exit_("xc", (21, 0), (22, 0)), exit_("xd", (28, 0), (29, 0))]
    result = check_layout(hall([block], walls(*TWO_WALLS), exits=doors, rules=Rules(exit_clearance=1.0)))
    finding, = codes(result, "EXIT_SEPARATION")
    assert finding.ids == ("ROOM-3", "xc", "xd")
    assert finding.measured == pytest.approx(6.0)
    assert finding.required == pytest.approx(math.hypot(10, 10) / 2)
    # The whole hall's doors would do: xa and xd are 23 m apart, more than half of 31.6 m.
    opened = hall([block], exits=doors, rules=Rules(exit_clearance=1.0))
    assert codes(check_layout(opened), "EXIT_SEPARATION") == []


def test_korean_rule_per_room():
    # 40 x 20 m hall, wall at x = 20: each room 400 m² needs 2.4 m of door in all, 2 doors of 1.5 m.
    layout = make_layout([seating("s", (10, 10))], size=(40.0, 20.0), rules=Rules(profile="kr"),
                         exits=[exit_("a", (0, 2), (0, 4)), exit_("b", (0, 15), (0, 17)), exit_("c", (38, 20), (36.5, 20))])
    layout.venue = dataclasses.replace(layout.venue, partitions=walls(("w", (20, 0), (20, 20), False)))
    result = check_layout(layout)
    kr = codes(result, "KR_SEATING_EXITS")
    # The right room has no seats, so the rule does not apply there; the left room has 2 doors of 2 m, 4 m >= 2.4 m.
    assert kr == []
    layout.seating["t"] = seating("t", (30, 10))
    kr = codes(check_layout(layout), "KR_SEATING_EXITS")
    assert [f.ids for f in kr] == [("ROOM-2",)]
    assert "1 exit (2 required)" in kr[0].message and "1.50 m of exit width in all (2.40 m required" in kr[0].message


# The quick re-check during a drag equals a full check

def _recheck_equals_full(layout, moved):
    base, quick, full = recheck_and_full(layout, moved)
    assert quick.findings == full.findings
    assert quick.capacity == full.capacity
    assert quick.to_json() == full.to_json()
    return base, quick


def test_dragging_a_booth_across_a_closed_wall_and_into_the_next_room():
    layout = hall([booth("b", (5, 5)), seating("s", (25, 5), rows=4, seats_per_row=12)], walls(*TWO_WALLS),
                  exits=[THIRDS[0], THIRDS[2]])
    base, quick = _recheck_equals_full(layout, {"b": booth("b", (10, 5))})
    assert pairs(quick, "PARTITION_CROSSED") == {("b", "p1")}
    base, quick = _recheck_equals_full(layout, {"b": booth("b", (15, 5))})
    assert pairs(base, "TOO_FEW_EXITS") == set() and pairs(quick, "TOO_FEW_EXITS") == {("ROOM-2",)}
    # And back out again: the finding on the middle room goes.
    _, quick = _recheck_equals_full(hall([booth("b", (15, 5))], walls(*TWO_WALLS), exits=[THIRDS[0], THIRDS[2]]),
                                    {"b": booth("b", (5, 5))})
    assert codes(quick, "TOO_FEW_EXITS") == []


def test_dragging_a_block_moves_its_sessions_seats_to_another_room():
    layout = hall([seating("s", (5, 5), rows=4, seats_per_row=12)], walls(*TWO_WALLS), exits=THIRDS)
    layout.sessions["talk"] = Session("talk", "Talk", "2025-02-11T10:00", "2025-02-11T11:00", room="ROOM-3",
                                      expected_attendance=30)
    base, quick = _recheck_equals_full(layout, {"s": seating("s", (25, 5), rows=4, seats_per_row=12)})
    assert [s.seats for s in base.sessions] == [0] and [s.seats for s in quick.sessions] == [48]
    assert pairs(base, "SESSION_SEATS_SHORT") == {("talk",)} and pairs(quick, "SESSION_SEATS_SHORT") == set()


W, H = 40.0, 30.0
WALLS = walls(("pv", (15, 0), (15, 30), False), ("ph", (15, 12), (40, 12), False), ("po", (30, 12), (30, 30), True))
spots = st.tuples(st.integers(0, int(W * 2)).map(lambda k: k / 2), st.integers(0, int(H * 2)).map(lambda k: k / 2))


@st.composite
def partitioned_layouts_and_moves(draw):
    elements = [booth(f"b{i}", draw(spots), draw(st.sampled_from([(3.0, 3.0), (6.0, 3.0)])),
                      draw(st.sampled_from([0.0, 90.0, 30.0])))
                for i in range(draw(st.integers(0, 8)))]
    elements += [seating(f"s{i}", draw(spots), rows=draw(st.integers(1, 6)), seats_per_row=draw(st.integers(4, 14)))
                 for i in range(draw(st.integers(0, 3)))]
    elements += [area(f"r{i}", draw(st.sampled_from(["stage", "standing"])),
                      rect(*(lambda x, y: (x, y, x + 4, y + 2))(*draw(spots)))) for i in range(draw(st.integers(0, 2)))]
    doors = [exit_("x1", (2, 0), (4, 0)), exit_("x2", (20, 0), (22, 0)), exit_("x3", (40, 20), (40, 22)),
             exit_("x4", (5, 30), (7, 30))][:draw(st.integers(1, 4))]
    layout = make_layout(elements, size=(W, H), exits=doors, rules=draw(st.sampled_from([Rules(), Rules(profile="kr")])),
                         expected_attendance=draw(st.one_of(st.none(), st.integers(0, 400))))
    layout.venue = dataclasses.replace(layout.venue, partitions=WALLS)
    blocks = [e.id for e in elements if e.id.startswith("s")]
    layout.sessions["k"] = Session("k", "K", "2025-02-11T10:00", "2025-02-11T11:00", tuple(blocks[:2]),
                                   expected_attendance=draw(st.integers(0, 200)))
    layout.sessions["r"] = Session("r", "R", "2025-02-11T12:00", "2025-02-11T13:00", room=draw(
        st.sampled_from(["ROOM-1", "ROOM-2", "ROOM-3", "ROOM-4"])), expected_attendance=50)
    if not elements:
        return layout, {}
    chosen = draw(st.lists(st.sampled_from(elements), min_size=1, max_size=3, unique_by=lambda e: e.id))
    moved = {}
    for e in chosen:
        dx, dy = draw(st.integers(-30, 30)) / 2, draw(st.integers(-20, 20)) / 2
        if hasattr(e, "outline"):
            moved[e.id] = dataclasses.replace(e, outline=tuple((x + dx, y + dy) for x, y in e.outline))
        else:
            moved[e.id] = dataclasses.replace(e, center=(e.center[0] + dx, e.center[1] + dy))
    return layout, moved


@settings(max_examples=60, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(partitioned_layouts_and_moves())
def test_recheck_moved_equals_full_check_with_partitions_closed(case):
    layout, moved = case
    _recheck_equals_full(layout, moved)


@settings(max_examples=60, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(partitioned_layouts_and_moves())
def test_rooms_and_sessions_agree_with_a_plain_reading_of_the_rules(case):
    layout, moved = case
    for element_id, element in moved.items():
        for table in (layout.booths, layout.seating, layout.areas):
            if element_id in table:
                table[element_id] = element
    result = check_layout(layout)
    engine = {(f.code, f.ids): f.measured for f in result.findings if f.code in ROOM_CODES}
    brute = brute_room_findings(layout)
    standing_room = {ids[0]: v for (code, ids), v in brute.items() if code == "standing room"}
    brute = {key: v for key, v in brute.items() if key[0] != "standing room"}
    assert set(engine) == set(brute), (sorted(set(engine) - set(brute)), sorted(set(brute) - set(engine)))
    for key, value in brute.items():
        assert engine[key] == pytest.approx(value, abs=1e-6), key
    for s in result.sessions:
        if s.session_id in standing_room:
            assert s.standing_room == standing_room[s.session_id]
