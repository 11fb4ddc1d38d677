"""Sessions and partitions in the file: read, written back unchanged, and refused with the JSON path when wrong."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from boothplanner.io import LoadError, dumps, layout_to_dict, load, loads
from boothplanner.io.validation import schema
from boothplanner.model import Partition, Session, parse_time
from boothplanner.resources import DEFAULT_LAYOUT

BASE = {
    "format": "boothplan",
    "version": 1,
    "event": {"name": "Sessions", "date": "2025-02-11"},
    "venue": {"name": "Hall", "outline": [[0, 0], [30, 0], [30, 10], [0, 10]], "obstacles": [],
              "exits": [{"id": "x1", "name": "", "start": [0, 1], "end": [0, 3]}], "fire_equipment": [],
              "partitions": [
                  {"id": "p1", "name": "Wall A", "start": [10, 0], "end": [10, 10], "open": False},
                  {"id": "p2", "name": "", "start": [20, 10], "end": [20, 0], "open": True}]},
    "rules": {"aisle_min": 3, "seating_aisle_min": 1.07, "exit_clearance": 3, "fire_equipment_clearance": 1.5},
    "exhibitors": [],
    "booths": [],
    "seating": [{"id": "s1", "style": "theater", "center": [5, 5], "rotation": 0, "rows": 2,
                 "seats_per_row": 4, "seat_width": 0.5, "row_pitch": 0.9},
                {"id": "s2", "style": "theater", "center": [15, 5], "rotation": 0, "rows": 2,
                 "seats_per_row": 4, "seat_width": 0.5, "row_pitch": 0.9}],
    "areas": [],
    "sessions": [
        {"id": "k1", "name": "Keynote", "name_ko": "기조연설", "start": "2025-02-11T10:00", "end": "2025-02-11T11:00",
         "seating": ["s1", "s2"], "expected_attendance": 40, "note": "Illustrative"},
        {"id": "t1", "name": "Track", "start": "2025-02-11T13:00", "end": "2025-02-12T09:30", "room": "ROOM-3"},
    ],
}


def doc_with(**changes) -> dict:
    doc = copy.deepcopy(BASE)
    doc.update(copy.deepcopy(changes))
    return doc


def text_of(doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def refusal(doc) -> list[tuple[str, str]]:
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(doc))
    return [(p.path, p.message) for p in caught.value.problems]


def session_doc(**fields) -> dict:
    """BASE with its first session changed (a value of None removes the key)."""
    doc = copy.deepcopy(BASE)
    for key, value in fields.items():
        if value is None:
            doc["sessions"][0].pop(key, None)
        else:
            doc["sessions"][0][key] = value
    return doc


def partition_doc(**fields) -> dict:
    doc = copy.deepcopy(BASE)
    doc["sessions"] = []
    for key, value in fields.items():
        if value is None:
            doc["venue"]["partitions"][0].pop(key, None)
        else:
            doc["venue"]["partitions"][0][key] = value
    return doc


# Reading and writing

def test_sessions_and_partitions_are_read_into_the_model():
    layout = loads(text_of(BASE))
    assert list(layout.sessions) == ["k1", "t1"]
    assert layout.sessions["k1"] == Session("k1", "Keynote", "2025-02-11T10:00", "2025-02-11T11:00", ("s1", "s2"),
                                            None, 40, "기조연설", "Illustrative")
    assert layout.sessions["t1"].room == "ROOM-3"
    assert layout.sessions["t1"].expected_attendance is None
    assert layout.venue.partitions == (Partition("p1", (10.0, 0.0), (10.0, 10.0), "Wall A", False),
                                       Partition("p2", (20.0, 10.0), (20.0, 0.0), "", True))
    assert [p.id for p in layout.venue.closed_partitions] == ["p1"]


def test_a_file_with_sessions_and_partitions_is_saved_byte_for_byte():
    text = text_of(BASE)
    assert dumps(loads(text)) == text


def test_x_keys_in_sessions_and_partitions_are_kept():
    doc = copy.deepcopy(BASE)
    doc["sessions"][1]["x-cms"] = {"slot": 7}
    doc["venue"]["partitions"][0]["x-cad"] = "PW-1"
    text = text_of(doc)
    assert dumps(loads(text)) == text


def test_files_without_sessions_or_partitions_gain_no_keys():
    doc = copy.deepcopy(BASE)
    del doc["sessions"]
    del doc["venue"]["partitions"]
    text = text_of(doc)
    saved = layout_to_dict(loads(text))
    assert "sessions" not in saved and "partitions" not in saved["venue"]
    assert dumps(loads(text)) == text


def test_optional_session_keys_are_not_invented():
    doc = copy.deepcopy(BASE)
    doc["sessions"] = [{"id": "a", "name": "Standing reception", "start": "2025-02-11T18:00", "end": "2025-02-11T20:00"}]
    text = text_of(doc)
    assert dumps(loads(text)) == text
    session = loads(text).sessions["a"]
    assert (session.seating, session.room, session.expected_attendance) == ((), None, None)


def test_the_default_layout_round_trips_and_keeps_its_sessions():
    text = DEFAULT_LAYOUT.read_text("utf-8")
    layout = load(DEFAULT_LAYOUT)
    assert dumps(layout) == text
    assert len(layout.sessions) == 9
    assert len(layout.venue.partitions) == 4 and not layout.venue.closed_partitions


def test_saved_sessions_are_valid_against_the_shipped_schema():
    Draft202012Validator(schema()).validate(layout_to_dict(loads(text_of(BASE))))


def test_times_parse_to_local_date_times():
    assert parse_time("2025-02-11T10:05").isoformat() == "2025-02-11T10:05:00"
    session = loads(text_of(BASE)).sessions["t1"]
    assert (session.end_time - session.start_time).total_seconds() == 20.5 * 3600


# Refusals, each naming the place

@pytest.mark.parametrize("value", ["10:00", "2025-02-11 10:00", "2025-02-11T10:00:00", "2025-02-11T10:00+09:00",
                                   "2025-2-11T10:00", "２０２５-02-11T10:00", "2025-02-11T10:00\n", ""])
def test_times_in_another_form_are_refused(value):
    problems = refusal(session_doc(start=value))
    assert problems[0][0] == "$.sessions[0].start"
    assert "YYYY-MM-DDTHH:MM" in problems[0][1]


@pytest.mark.parametrize("value", ["2025-02-30T10:00", "2025-02-11T24:00", "2025-02-11T10:60"])
def test_impossible_times_are_refused(value):
    problems = refusal(session_doc(end=value))
    assert problems[0][0] == "$.sessions[0].end"


@pytest.mark.parametrize("end", ["2025-02-11T10:00", "2025-02-11T09:59", "2025-02-10T23:00"])
def test_a_session_must_end_after_it_starts(end):
    assert refusal(session_doc(end=end)) == [("$.sessions[0].end", f"must be after start (2025-02-11T10:00), not {end}")]


def test_a_missing_seating_block_is_refused_with_its_place_in_the_list():
    problems = refusal(session_doc(seating=["s1", "nope"]))
    assert problems == [("$.sessions[0].seating[1]", "names seating block 'nope', which is not in the seating list")]


def test_a_block_named_twice_is_refused():
    assert refusal(session_doc(seating=["s1", "s1"]))[0][0] == "$.sessions[0].seating[1]"


def test_a_missing_room_is_refused_naming_the_rooms_there_are():
    doc = copy.deepcopy(BASE)
    doc["sessions"][1]["room"] = "ROOM-4"
    (path, message), = refusal(doc)
    assert path == "$.sessions[1].room"
    assert "ROOM-1 to ROOM-3" in message


def test_rooms_are_counted_from_every_partition_open_or_closed():
    doc = copy.deepcopy(BASE)
    doc["venue"]["partitions"][0]["open"] = True       # all open: still three sections
    assert loads(json.dumps(doc)).sessions["t1"].room == "ROOM-3"
    del doc["venue"]["partitions"]
    doc["sessions"][1]["room"] = "ROOM-1"               # no partitions: the whole floor is ROOM-1
    assert loads(json.dumps(doc)).sessions["t1"].room == "ROOM-1"


def test_seating_and_room_together_are_refused():
    assert refusal(session_doc(room="ROOM-1"))[0][0] == "$.sessions[0]"


@pytest.mark.parametrize("fields, path", [
    ({"expected_attendance": -1}, "$.sessions[0].expected_attendance"),
    ({"expected_attendance": 12.5}, "$.sessions[0].expected_attendance"),
    ({"name": None}, "$.sessions[0]"),
    ({"start": None}, "$.sessions[0]"),
    ({"audience": 10}, "$.sessions[0]"),
    ({"seating": "s1"}, "$.sessions[0].seating"),
    ({"room": ""}, "$.sessions[0].room"),
])
def test_malformed_sessions_are_refused(fields, path):
    assert refusal(session_doc(**fields))[0][0] == path


def test_session_and_partition_ids_are_unique_across_the_file():
    doc = copy.deepcopy(BASE)
    doc["sessions"][0]["id"] = "s1"
    doc["venue"]["partitions"][1]["id"] = "x1"
    problems = refusal(doc)
    assert ("$.venue.partitions[1].id", "id 'x1' is already used at $.venue.exits[0].id") in problems
    assert ("$.sessions[0].id", "id 's1' is already used at $.seating[0].id") in problems


@pytest.mark.parametrize("fields, path, words", [
    ({"open": None}, "$.venue.partitions[0]", "missing required field 'open'"),
    ({"open": "no"}, "$.venue.partitions[0].open", "true or false"),
    ({"end": [10, 0]}, "$.venue.partitions[0]", "no length"),
    ({"end": [10, 12]}, "$.venue.partitions[0]", "outside the venue"),
    ({"end": [10, 8]}, "$.venue.partitions[0].end", "on the venue's wall or on another partition"),
    ({"start": [10, 0.5]}, "$.venue.partitions[0].start", "(10, 0.5) does not"),
])
def test_partitions_that_are_no_wall_across_the_room_are_refused(fields, path, words):
    (got_path, message), *_ = refusal(partition_doc(**fields))
    assert got_path == path and words in message


def test_partition_ends_may_meet_another_partition_or_sit_within_a_centimetre_of_the_wall():
    doc = partition_doc()
    doc["venue"]["partitions"] = [
        {"id": "p1", "name": "", "start": [10, -0.009], "end": [10, 10.009], "open": False},
        {"id": "p2", "name": "", "start": [10, 5], "end": [29.995, 5], "open": False},   # a T on p1
    ]
    assert len(loads(json.dumps(doc)).venue.partitions) == 2


def _snippet_after(heading: str) -> str:
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text("utf-8")
    part = text[text.index(heading):]
    return part[part.index("```json") + 7: part.index("```", part.index("```json") + 7)]


def test_the_partition_and_session_examples_in_the_format_documentation_are_true():
    from boothplanner.rules import rooms_of
    doc = copy.deepcopy(BASE)
    doc["venue"]["outline"] = [[0, 0], [60, 0], [60, 40], [0, 40]]
    doc["venue"].update(json.loads("{" + _snippet_after("#### partition") + "}"))
    doc["seating"] = [dict(BASE["seating"][0], id="front"), dict(BASE["seating"][1], id="rear")]
    doc["sessions"] = [json.loads(_snippet_after("### session"))]
    layout = loads(json.dumps(doc))
    assert [(r.id, r.area_m2) for r in rooms_of(layout)] == [("ROOM-1", 800.0), ("ROOM-2+ROOM-3", 1600.0)]
    from boothplanner.rules.rooms import cut_floor
    assert [c.area for c in cut_floor(layout.venue.outline, layout.venue.partitions)] == [800.0, 1000.0, 600.0]
    assert layout.sessions["keynote-1"].expected_attendance == 1500
