"""Whatever a user does to a layout, saving it gives a file the program opens again, equal to
what was saved. Seating blocks make themselves consistent as they are made."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from boothplanner.commands import change_venue, delete_venue_items, edit_elements, move_venue_items
from boothplanner.io import dumps, load, loads
from boothplanner.model import SeatingBlock
from boothplanner.model import limits
from boothplanner.venue_edits import with_outline

DEFAULT = Path(__file__).resolve().parents[2] / "resources" / "layouts" / "ai-seoul-2025.boothplan"


def reopened(layout):
    again = loads(dumps(layout), "edited.boothplan")
    assert again == layout
    return again


def block(**fields) -> SeatingBlock:
    return SeatingBlock(id="s", center=(20, 20), **{"rows": 5, "seats_per_row": 10, **fields})


def test_more_wheelchair_spaces_than_fit_become_as_many_as_fit():
    # 5 rows of 10: a space takes 2 chairs x 2 rows at a row end, so 2 groups of rows x 2 ends.
    assert block(wheelchair_spaces=50).wheelchair_spaces == 4
    assert block(wheelchair_spaces=3).wheelchair_spaces == 3


def test_fewer_rows_take_the_wheelchair_spaces_that_no_longer_fit():
    assert replace(block(wheelchair_spaces=4), rows=3).wheelchair_spaces == 2


def test_classroom_aisles_are_rounded_down_to_whole_tables():
    assert block(style="classroom", aisle_every=4).aisle_every == 3
    assert block(style="classroom", aisle_every=8, seats_per_table=3).aisle_every == 6
    assert block(style="classroom", aisle_every=2, seats_per_table=3).aisle_every == 3
    assert block(style="classroom", aisle_every=6).aisle_every == 6


def test_a_style_change_drops_fields_of_the_old_style():
    banquet = replace(block(aisle_every=4, aisle_width=1.2), style="banquet")
    assert (banquet.aisle_every, banquet.aisle_width) == (0, 1.07)
    theater = replace(block(style="banquet", seats_per_table=8, table_diameter=1.83), style="theater")
    assert (theater.seats_per_table, theater.table_diameter) == (None, 1.52)


def test_counts_stay_within_the_file_limits():
    huge = block(rows=10 ** 6, seats_per_row=10 ** 6)
    assert (huge.rows, huge.seats_per_row) == (limits.MAX_ROWS, limits.MAX_SEATS_PER_ROW)


@pytest.mark.parametrize("change", [
    {"wheelchair_spaces": 50, "rows": 2},
    {"style": "classroom", "aisle_every": 4},
    {"style": "banquet", "aisle_every": 4},
    {"style": "cabaret", "seats_per_table": 500},
])
def test_inspector_edits_that_used_to_save_unopenable_files(change):
    layout = load(DEFAULT)
    first = next(iter(layout.seating))
    edit_elements(layout, [first], "Edit", **change).apply(layout)
    reopened(layout)


_edits = st.fixed_dictionaries({}, optional={
    "style": st.sampled_from(["theater", "classroom", "banquet", "cabaret"]),
    "rows": st.integers(1, 40),
    "seats_per_row": st.integers(1, 60),
    "seat_width": st.sampled_from([0.3, 0.45, 0.5, 0.6]),
    "row_pitch": st.sampled_from([0.6, 0.9, 1.2, 1.5]),
    "aisle_every": st.integers(0, 30),
    "aisle_width": st.sampled_from([0.9, 1.07, 1.5]),
    "seats_per_table": st.sampled_from([None, 2, 3, 7, 10, 12]),
    "wheelchair_spaces": st.integers(0, 60),
})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), _edits), min_size=1, max_size=6))
def test_any_sequence_of_seating_edits_saves_a_file_that_opens(steps):
    layout = load(DEFAULT)
    ids = list(layout.seating)
    for index, change in steps:
        edit_elements(layout, [ids[index % len(ids)]], "Edit", **change).apply(layout)
    reopened(layout)


# --- movable walls and the rooms sessions are held in ---------------------------------

def _with_session_in(layout, room):
    session = layout.sessions["S-NEXT-AI-WAVE"]
    layout.sessions[session.id] = replace(session, seating=(), room=room)
    return session.id


def _wall(layout, wall_id):
    return next(p for p in layout.venue.partitions if p.id == wall_id)


def test_a_wall_dragged_along_its_length_still_runs_from_wall_to_wall():
    layout = load(DEFAULT)                      # PART-1 stands at x = 13 from y = 0 to y = 34
    move_venue_items(layout, ["PART-1"], 2.0, 5.0).apply(layout)
    assert (_wall(layout, "PART-1").start, _wall(layout, "PART-1").end) == ((15.0, 0.0), (15.0, 34.0))
    reopened(layout)


def test_a_wall_dragged_out_of_the_room_stays_where_it_was():
    layout = load(DEFAULT)
    move_venue_items(layout, ["PART-1"], -20.0, 0.0).apply(layout)
    assert _wall(layout, "PART-1").start == (13.0, 0.0)
    reopened(layout)


@pytest.mark.parametrize("deleted, room, now", [
    ("PART-1", "ROOM-1", "ROOM-1"),     # rooms 1 and 2 become room 1
    ("PART-1", "ROOM-2", "ROOM-1"),
    ("PART-1", "ROOM-5", "ROOM-4"),     # the rooms right of the removed wall are renumbered
    ("PART-4", "ROOM-5", "ROOM-4"),
    ("PART-4", "ROOM-3", "ROOM-3"),
])
def test_removing_a_wall_keeps_each_session_in_the_room_it_was_in(deleted, room, now):
    layout = load(DEFAULT)
    session = _with_session_in(layout, room)
    command = delete_venue_items(layout, [deleted])
    command.apply(layout)
    assert layout.sessions[session].room == now
    reopened(layout)
    command.revert(layout)
    assert layout.sessions[session].room == room and len(layout.venue.partitions) == 4


def test_a_session_whose_room_is_gone_keeps_its_time_and_audience():
    layout = load(DEFAULT)
    session = _with_session_in(layout, "ROOM-5")
    layout.sessions[session] = replace(layout.sessions[session], room="ROOM-9")   # as no file could say
    delete_venue_items(layout, ["PART-2"]).apply(layout)
    assert layout.sessions[session].room is None
    assert layout.sessions[session].expected_attendance is not None
    reopened(layout)


def test_a_wall_dragged_onto_the_room_wall_stays_where_it_was():
    layout = load(DEFAULT)                      # PART-4 at y = 13.5, dragged up onto the north wall
    move_venue_items(layout, ["PART-4"], 0.0, -13.5078125).apply(layout)
    assert _wall(layout, "PART-4").start == (43.0, 13.5)
    reopened(layout)


@settings(max_examples=60, deadline=None)
@example(steps=[("PART-4", "move", 0.0, -13.5078125)], room="ROOM-1")
@given(st.lists(st.tuples(st.sampled_from(["PART-1", "PART-2", "PART-3", "PART-4"]),
                          st.sampled_from(["move", "delete"]),
                          st.floats(-30, 30, allow_nan=False), st.floats(-30, 30, allow_nan=False)),
                min_size=1, max_size=5),
       st.sampled_from(["ROOM-1", "ROOM-2", "ROOM-3", "ROOM-4", "ROOM-5"]))
def test_any_wall_moves_and_removals_save_a_file_that_opens(steps, room):
    layout = load(DEFAULT)
    _with_session_in(layout, room)
    for wall, action, dx, dy in steps:
        if wall not in {p.id for p in layout.venue.partitions}:
            continue
        command = move_venue_items(layout, [wall], dx, dy) if action == "move" else delete_venue_items(layout, [wall])
        command.apply(layout)
    reopened(layout)


def test_a_wall_ending_on_a_dragged_wall_follows_it():
    layout = load(DEFAULT)                      # PART-4 runs from PART-3 (x = 43) to the east wall
    move_venue_items(layout, ["PART-3"], 1.0, 0.0).apply(layout)
    assert (_wall(layout, "PART-4").start, _wall(layout, "PART-4").end) == ((44.0, 13.5), (64.0, 13.5))
    reopened(layout)


def test_a_wall_ending_on_a_removed_wall_runs_on_to_the_next():
    layout = load(DEFAULT)
    delete_venue_items(layout, ["PART-3"]).apply(layout)
    assert _wall(layout, "PART-4").start == (26.0, 13.5)
    reopened(layout)


def test_a_redrawn_room_keeps_the_walls_that_fit_and_leaves_out_the_rest():
    layout = load(DEFAULT)                      # 64 x 34 m; PART-3 at x = 43, PART-4 from it east at y = 13.5
    session = _with_session_in(layout, "ROOM-5")
    venue, dropped = with_outline(layout.venue, [(0, 0), (50, 0), (50, 40), (0, 40)])
    assert dropped == []
    assert (_wall_in(venue, "PART-1").start, _wall_in(venue, "PART-1").end) == ((13.0, 0.0), (13.0, 40.0))
    assert (_wall_in(venue, "PART-4").start, _wall_in(venue, "PART-4").end) == ((43.0, 13.5), (50.0, 13.5))
    change_venue(layout, "Edit venue outline", venue).apply(layout)
    assert layout.sessions[session].room == "ROOM-5"
    reopened(layout)
    smaller, dropped = with_outline(layout.venue, [(0, 0), (20, 0), (20, 34), (0, 34)])
    assert dropped == ["PART-2", "PART-3", "PART-4"]
    change_venue(layout, "Edit venue outline", smaller).apply(layout)
    assert layout.sessions[session].room is None        # its room is gone with the walls
    reopened(layout)


def _wall_in(venue, wall_id):
    return next(p for p in venue.partitions if p.id == wall_id)


# --- doors stay on their walls -------------------------------------------------------

def test_a_nudged_door_slides_along_its_wall():
    layout = load(DEFAULT)                      # EXIT-S2 on the south wall, y = 34
    door = next(x for x in layout.venue.exits if x.id == "EXIT-S2")
    move_venue_items(layout, ["EXIT-S2"], 0.1, 0.5).apply(layout)
    moved = next(x for x in layout.venue.exits if x.id == "EXIT-S2")
    assert (moved.start[1], moved.end[1]) == (34.0, 34.0)
    assert moved.midpoint[0] == pytest.approx(door.midpoint[0] + 0.1)
    assert moved.width == pytest.approx(door.width)


def test_a_door_on_a_slanting_wall_lies_on_it_and_stays_whole():
    from boothplanner.model import Exit
    from boothplanner.venue_edits import door_on_wall
    outline = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]           # the long wall runs from (10, 10) back to (0, 0)
    door = door_on_wall(outline, (4.03, 6.0), 2.0, Exit("x", (0, 0), (1, 0)))
    for x, y in (door.start, door.end, door.midpoint):
        assert x == pytest.approx(y, abs=1e-3)                  # on the line y = x
    assert door.width == pytest.approx(2.0, abs=1e-3)
    corner = door_on_wall(outline, (9.9, 0.05), 2.0, Exit("x", (0, 0), (1, 0)))
    assert sorted([corner.start, corner.end]) == [(8.0, 0.0), (10.0, 0.0)]   # pushed back from the corner
