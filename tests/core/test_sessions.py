"""Sessions: their seats, SESSION_SEATS_SHORT, session_capacity, the report and the commands that edit them.
Hand-computed; metres, people."""

from __future__ import annotations

import dataclasses
import json

import pytest

from boothplanner.cli import main
from boothplanner.commands import add_elements, delete_elements, edit_elements, table_of
from boothplanner.io import dumps, load, loads
from boothplanner.model import Partition, SeatingBlock, Session
from boothplanner.report import format_report
from boothplanner.resources import DEFAULT_LAYOUT
from boothplanner.rules import Checker, check_layout, session_capacity

from layouts import booth, codes, make_layout, seating

DAY = "2025-02-11T"


def talk(id="t", seating=(), room=None, expected=None, start="10:00", end="11:00", name="Talk") -> Session:
    return Session(id, name, DAY + start, DAY + end, tuple(seating), room, expected)


def room_20_by_10(elements=(), sessions=(), partitions=()):
    """A 20 x 10 m room (200 m²) with four 2 m doors, and the given sessions."""
    layout = make_layout(elements, size=(20.0, 10.0))
    layout.venue = dataclasses.replace(layout.venue, partitions=tuple(partitions))
    layout.sessions = {s.id: s for s in sessions}
    return layout


BLOCK = seating("s", (10, 5), rows=2, seats_per_row=4)     # 8 seats on 2 m x 1.8 m = 3.6 m²


def test_a_session_expecting_more_than_its_seats_stands_the_rest_on_the_free_floor():
    result = check_layout(room_20_by_10([BLOCK], [talk(seating=["s"], expected=20)]))
    numbers, = result.sessions
    assert (numbers.seats, numbers.expected, numbers.standing) == (8, 20, 12)
    assert numbers.free_floor_m2 == pytest.approx(200 - 3.6)
    assert numbers.standing_room == 426                     # 196.4 / 0.46 = 426.96
    assert numbers.floor_holds and numbers.rooms == ()
    finding, = codes(result, "SESSION_SEATS_SHORT")
    assert (finding.severity, finding.ids, finding.measured, finding.required) == ("warning", ("t",), 8, 20)
    assert finding.message == ("Talk (2025-02-11 10:00–11:00): 20 expected but 8 seats: 12 will stand; the free floor "
                               "of the venue (196 m², room for 426 at 0.46 m² each) holds them")


def test_more_standing_than_the_floor_holds():
    result = check_layout(room_20_by_10([BLOCK], [talk(seating=["s"], expected=435)]))
    numbers, = result.sessions
    assert (numbers.standing, numbers.standing_room, numbers.floor_holds) == (427, 426, False)
    assert codes(result, "SESSION_SEATS_SHORT")[0].message.endswith("does not hold them")
    at_the_limit = check_layout(room_20_by_10([BLOCK], [talk(seating=["s"], expected=434)]))
    assert at_the_limit.sessions[0].floor_holds


@pytest.mark.parametrize("expected", [None, 0, 7, 8])
def test_no_finding_when_everyone_sits_or_nobody_said_how_many(expected):
    result = check_layout(room_20_by_10([BLOCK], [talk(seating=["s"], expected=expected)]))
    assert codes(result, "SESSION_SEATS_SHORT") == []
    assert result.sessions[0].standing == 0 and result.sessions[0].floor_holds


def test_seats_of_several_blocks_add_up_and_booths_take_floor():
    other = seating("s2", (4, 5), rows=3, seats_per_row=6)   # 18 seats, 3 m x 2.7 m
    stand = booth("b", (16, 5))                               # 9 m² of floor gone
    result = check_layout(room_20_by_10([BLOCK, other, stand], [talk(seating=["s", "s2"], expected=30)]))
    numbers, = result.sessions
    assert (numbers.seats, numbers.standing) == (26, 4)
    assert numbers.free_floor_m2 == pytest.approx(200 - 3.6 - 8.1 - 9)


def test_a_session_with_neither_blocks_nor_room_stands_everyone():
    numbers, = check_layout(room_20_by_10([BLOCK], [talk(expected=50)])).sessions
    assert (numbers.seats, numbers.standing) == (0, 50)


def test_a_room_session_without_closed_walls_has_the_whole_floor():
    walls = (Partition("p", (10.0, 0.0), (10.0, 10.0), open=True),)
    result = check_layout(room_20_by_10([BLOCK], [talk(room="ROOM-2", expected=10)], walls))
    assert result.sessions[0].seats == 8 and result.sessions[0].rooms == ()


def test_a_room_session_behind_closed_walls_has_that_rooms_blocks_and_floor():
    left, right = seating("l", (4, 5), rows=2, seats_per_row=4), seating("r", (16, 5), rows=3, seats_per_row=4)
    walls = (Partition("p", (10.0, 0.0), (10.0, 10.0)),)
    sessions = [talk("a", room="ROOM-2", expected=20), talk("b", seating=["l", "r"], expected=30)]
    result = check_layout(room_20_by_10([left, right], sessions, walls))
    a, b = result.sessions
    assert (a.seats, a.standing, a.rooms) == (12, 8, ("ROOM-2",))
    assert a.free_floor_m2 == pytest.approx(100 - 2 * 2.7)
    assert (b.seats, b.rooms) == (20, ("ROOM-1", "ROOM-2"))
    assert b.free_floor_m2 == pytest.approx(200 - 1.8 * 2 - 2.7 * 2)
    assert "the free floor of ROOM-2 (95 m²" in codes(result, "SESSION_SEATS_SHORT")[0].message


def test_a_reference_that_no_longer_resolves_seats_nobody():
    # The loader refuses such a file; a layout edited in code may still hold one.
    result = check_layout(room_20_by_10([BLOCK], [talk(seating=["gone"], expected=5), talk("r", room="ROOM-9")]))
    assert [s.seats for s in result.sessions] == [0, 0]


def test_session_capacity_checks_the_layout_itself_or_reads_a_given_check():
    layout = room_20_by_10([BLOCK], [talk(seating=["s"], expected=20), talk("u", name="Later", start="12:00", end="13:00")])
    result = check_layout(layout)
    assert session_capacity(layout) == session_capacity(layout, result) == result.sessions
    assert [s.session_id for s in result.sessions] == ["t", "u"]


def test_a_drag_re_check_sees_a_resized_block():
    layout = room_20_by_10([BLOCK], [talk(seating=["s"], expected=20)])
    checker = Checker()
    base = checker.check(layout)
    bigger = dataclasses.replace(BLOCK, rows=4)
    quick = checker.recheck_moved(base, {"s": bigger})
    after = layout.copy()
    after.seating["s"] = bigger
    assert quick.sessions == check_layout(after).sessions
    assert quick.sessions[0].seats == 16


# What the command line says

def test_check_json_lists_the_sessions(tmp_path, capsys):
    layout = room_20_by_10([BLOCK], [talk(seating=["s"], expected=20)])
    path = tmp_path / "t.boothplan"
    path.write_text(dumps(layout), "utf-8")
    assert main(["check", str(path), "--json"]) == 1     # 8 seats and no wheelchair space
    out = json.loads(capsys.readouterr().out)
    assert out["sessions"] == [{"id": "t", "name": "Talk", "start": DAY + "10:00", "end": DAY + "11:00", "seats": 8,
                                "expected": 20, "standing": 12, "standing_room": 426, "free_floor_m2": 196.4,
                                "floor_holds": True, "rooms": []}]
    assert "rooms" not in out


def test_the_text_report_has_a_sessions_table():
    layout = room_20_by_10([BLOCK], [talk(seating=["s"], expected=20), talk("u", name="Quiet", seating=["s"])])
    text = format_report(check_layout(layout), "t.boothplan")
    table = text[text.index("\nSessions\n"):].splitlines()
    assert table[2].split() == ["Session", "Time", "Seats", "Expected", "Standing", "Free", "floor", "holds", "them"]
    assert table[3].split()[:6] == ["Talk", "10:00-11:00", "8", "20", "12", "yes"]
    assert table[4].split()[:6] == ["Quiet", "10:00-11:00", "8", "-", "0", "-"]


def test_the_text_report_has_a_rooms_table_when_walls_are_closed():
    layout = room_20_by_10([BLOCK], partitions=(Partition("p", (5.0, 0.0), (5.0, 10.0)),))
    text = format_report(check_layout(layout), "t.boothplan")
    assert "Rooms (closed partitions)" in text and "ROOM-2" in text


# Commands

def test_sessions_are_added_edited_and_deleted_like_any_element():
    layout = room_20_by_10([BLOCK])
    new = talk(seating=["s"], expected=20)
    assert table_of(new) == "sessions"
    command = add_elements([new])
    assert command.label == "Add session"
    command.apply(layout)
    assert layout.sessions["t"] is new and "t" in layout.all_ids()
    assert layout.element("t") is None          # not a thing on the plan to select or draw
    edit = edit_elements(layout, ["t"], "Edit", expected_attendance=30)
    edit.apply(layout)
    assert layout.sessions["t"].expected_attendance == 30
    edit.revert(layout)
    assert layout.sessions["t"] is new
    delete_elements(layout, ["t"]).apply(layout)
    assert layout.sessions == {}


def test_deleting_a_block_takes_it_out_of_its_sessions_in_the_same_step():
    other = seating("s2", (4, 5))
    layout = room_20_by_10([BLOCK, other], [talk("a", seating=["s", "s2"]), talk("b", seating=["s2"]), talk("c")])
    before = dict(layout.sessions)
    command = delete_elements(layout, ["s"])
    assert command.label == "Delete seating block"
    command.apply(layout)
    assert layout.sessions["a"].seating == ("s2",) and layout.sessions["b"] is before["b"]
    assert loads(dumps(layout)).sessions["a"].seating == ("s2",)    # still a file that loads
    command.revert(layout)
    assert layout.sessions == before and list(layout.sessions) == ["a", "b", "c"]


# The default AI SEOUL 2025 layout

def test_the_default_layout_shows_the_keynote_shortfall(capsys):
    assert main(["check", str(DEFAULT_LAYOUT)]) == 0
    out = capsys.readouterr().out
    assert "SEATS_SHORT" in out and "SESSION_SEATS_SHORT" in out
    result = check_layout(load(DEFAULT_LAYOUT))
    assert not result.has_errors
    by_id = {s.session_id: s for s in result.sessions}
    keynote = by_id["S-KEYNOTE-KAPLAN"]
    assert (keynote.seats, keynote.expected, keynote.standing, keynote.floor_holds) == (813, 1500, 687, True)
    short = {f.ids[0] for f in codes(result, "SESSION_SEATS_SHORT")}
    assert short == {"S-OPENING", "S-KEYNOTE-KAPLAN", "S-KEYNOTE-BENGIO", "S-KEYNOTE-COMISKEY"}
    assert len(codes(result, "SEATS_SHORT")) == 1


def test_the_default_layouts_partitions_make_five_rooms_and_closing_them_is_checked_room_by_room():
    layout = load(DEFAULT_LAYOUT)
    from boothplanner.rules import rooms_of
    assert [r.id for r in rooms_of(layout)] == ["ROOM-1+ROOM-2+ROOM-3+ROOM-4+ROOM-5"]
    # Close the walls between the conference side and the exhibition: the booths' rooms are on their own.
    layout.venue = dataclasses.replace(layout.venue, partitions=tuple(
        dataclasses.replace(p, open=p.id in ("PART-1", "PART-2")) for p in layout.venue.partitions))
    rooms = rooms_of(layout)
    assert [r.id for r in rooms] == ["ROOM-1+ROOM-2+ROOM-3", "ROOM-4", "ROOM-5"]
    result = check_layout(layout)
    assert codes(result, "PARTITION_CROSSED") == []
    assert {f.ids for f in codes(result, "TOO_FEW_EXITS")} == {("ROOM-4",)}   # the north exhibition room has no door


def keynote_hall(x_right: float, blocks: int, spaces: list[int], keep_booths: bool):
    """The default layout re-seated for the keynote: `blocks` blocks of 25 rows of 14 seats between
    x = 0 and `x_right`, 3 m side aisles (clear of the side doors), the rest shared equally as
    aisles between blocks; rows from y = 8 (2 m in front of the stage) to y = 30.5 (3.5 m clear of
    the lobby doors). Registration, catering, the AV desk and the standing areas move out."""
    layout = load(DEFAULT_LAYOUT)
    layout.seating.clear()
    layout.areas = {k: a for k, a in layout.areas.items() if k == "AREA-STAGE" or (keep_booths and k == "AREA-LOUNGE")}
    if not keep_booths:
        layout.booths.clear()
    inner = (x_right - 2 * 3.0 - blocks * 7.0) / (blocks - 1)
    for i in range(blocks):
        block = SeatingBlock(f"K{i + 1}", (3.0 + 3.5 + i * (7.0 + inner), 8.0 + 25 * 0.9 / 2), 25, 14,
                             wheelchair_spaces=spaces[i])
        layout.seating[block.id] = block
    layout.sessions = {k: dataclasses.replace(s, seating=tuple(layout.seating)) for k, s in layout.sessions.items()}
    return layout, inner


def test_what_would_have_seated_them():
    # docs/ai-seoul-2025.md: the conference side alone, booths where they are (blocks up to the
    # 3 m aisle before the booth line at x = 46): 5 blocks, 1.25 m aisles, 5 x 14 x 25 = 1,750
    # chair places, 15 wheelchair spaces at 4 chairs each: 1,750 - 45 = 1,705 seats.
    layout, inner = keynote_hall(46.0, 5, [3] * 5, keep_booths=True)
    result = check_layout(layout)
    assert inner == pytest.approx(1.25)
    assert (layout.seats, result.capacity.wheelchair_spaces_required) == (1705, 15)
    assert result.findings == []
    assert {s.session_id: s.standing for s in result.sessions}["S-KEYNOTE-KAPLAN"] == 0
    # The whole ballroom, booths out in the lobby: 7 blocks, 1.5 m aisles, 2,450 - 3 x 19 = 2,393.
    layout, inner = keynote_hall(64.0, 7, [3, 3, 3, 3, 3, 2, 2], keep_booths=False)
    result = check_layout(layout)
    assert inner == pytest.approx(1.5)
    assert (layout.seats, result.capacity.wheelchair_spaces_required) == (2393, 19)
    assert result.findings == []
    assert result.capacity.egress_width_required == pytest.approx((2393 + 86) * 0.00508)


# SESSION_OVERLAP

OTHER = seating("o", (4, 5), rows=2, seats_per_row=4)


def test_two_sessions_in_the_same_seats_at_the_same_time_overlap():
    sessions = [talk("b", seating=["s", "o"], start="10:30", end="11:30", name="Panel"),
                talk("a", seating=["s"], name="Keynote")]
    finding, = codes(check_layout(room_20_by_10([BLOCK, OTHER], sessions)), "SESSION_OVERLAP")
    assert (finding.severity, finding.ids, finding.measured) == ("warning", ("a", "b"), 1)
    assert finding.message == ("Keynote (2025-02-11 10:00–11:00) and Panel (2025-02-11 10:30–11:30) overlap "
                               "and both need seating block s")


@pytest.mark.parametrize("second", [
    talk("b", seating=["s"], start="11:00", end="12:00"),     # back to back
    talk("b", seating=["o"]),                                 # the same time, other seats
    talk("b"),                                                # nowhere to sit: everyone stands
])
def test_back_to_back_or_apart_sessions_do_not_overlap(second):
    layout = room_20_by_10([BLOCK, OTHER], [talk("a", seating=["s"]), second])
    assert codes(check_layout(layout), "SESSION_OVERLAP") == []


def test_a_room_is_taken_by_a_session_held_in_it_and_by_one_using_its_seats():
    walls = [Partition("w", (8, 0), (8, 10), "Wall", False)]          # ROOM-1 x 0-8 holds block o
    layout = room_20_by_10([BLOCK, OTHER], [talk("a", room="ROOM-1", name="Workshop"),
                                            talk("b", seating=["o"], start="10:45", end="11:15", name="Demo"),
                                            talk("c", room="ROOM-1", start="10:59", end="12:00", name="Lab")], walls)
    found = {f.ids: f.message for f in codes(check_layout(layout), "SESSION_OVERLAP")}
    assert set(found) == {("a", "b"), ("a", "c"), ("b", "c")}      # the demo's seats are in the lab's room too
    assert found[("a", "b")].endswith("both need seating block o")
    assert found[("a", "c")].endswith("both need room ROOM-1")
