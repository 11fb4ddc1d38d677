"""Seating styles and the new rule values in the file: read, written back, and refused when wrong."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.io import LoadError, dumps, loads
from boothplanner.io.seating_fields import seating_from_dict
from boothplanner.model import Rules, SeatingBlock
from boothplanner.model import seating as S

DOCS = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"

BASE = {
    "format": "boothplan",
    "version": 1,
    "event": {"name": "Styles"},
    "venue": {"name": "Hall", "outline": [[0, 0], [60, 0], [60, 40], [0, 40]], "obstacles": [],
              "exits": [{"id": "x1", "name": "", "start": [0, 1], "end": [0, 3]}], "fire_equipment": []},
    "rules": {"aisle_min": 3, "seating_aisle_min": 1.07, "exit_clearance": 3, "fire_equipment_clearance": 1.5},
    "exhibitors": [],
    "booths": [],
    "seating": [{"id": "s1", "style": "theater", "center": [30, 20], "rotation": 0, "rows": 5,
                 "seats_per_row": 10, "seat_width": 0.5, "row_pitch": 0.9}],
    "areas": [],
}

# Every new key, away from its default, in the documented order.
ALL_FIELDS = [
    {"id": "t", "style": "theater", "center": [10, 10], "rotation": 90, "rows": 10, "seats_per_row": 28,
     "seat_width": 0.55, "row_pitch": 0.95, "chair_depth": 0.6, "aisle_every": 14, "aisle_width": 1.2,
     "wheelchair_spaces": 2},
    {"id": "c", "style": "classroom", "center": [30, 10], "rotation": 0, "rows": 4, "seats_per_row": 12,
     "seat_width": 0.6, "row_pitch": 1.52, "aisle_every": 6, "seats_per_table": 2, "table_depth": 0.5},
    {"id": "b", "style": "banquet", "center": [45, 30], "rotation": 0, "rows": 2, "seats_per_row": 20,
     "seat_width": 0.5, "row_pitch": 0.9, "seats_per_table": 10, "table_diameter": 1.83, "table_spacing": 1.5,
     "wheelchair_spaces": 1},
    {"id": "k", "style": "cabaret", "center": [20, 30], "rotation": 180, "rows": 2, "seats_per_row": 14,
     "seat_width": 0.5, "row_pitch": 0.9, "chair_depth": 0.45, "seats_per_table": 7, "table_spacing": 1.2},
]
NEW_RULES = {"seating_mode": "continental", "sprinklered": True, "travel_max": 76.2, "profile": "kr"}


def doc_with(seating=None, rules=None) -> dict:
    doc = copy.deepcopy(BASE)
    if seating is not None:
        doc["seating"] = copy.deepcopy(seating)
    if rules is not None:
        doc["rules"].update(rules)
    return doc


def text_of(doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def refusal(doc) -> str:
    with pytest.raises(LoadError) as info:
        loads(json.dumps(doc))
    return str(info.value)


def test_every_new_field_is_read():
    layout = loads(text_of(doc_with(ALL_FIELDS, NEW_RULES)))
    t, c, b, k = (layout.seating[i] for i in "tcbk")
    assert (t.chair_depth, t.aisle_every, t.aisle_width, t.wheelchair_spaces) == (0.6, 14, 1.2, 2)
    assert (c.style, c.seats_per_table, c.table_depth, c.aisle_every) == ("classroom", 2, 0.5, 6)
    assert (b.style, b.seats_per_table, b.table_diameter, b.table_spacing, b.wheelchair_spaces) == ("banquet", 10, 1.83, 1.5, 1)
    assert (k.style, k.chair_depth, k.table_spacing) == ("cabaret", 0.45, 1.2)
    assert type(t.aisle_every) is int and type(b.seats_per_table) is int
    r = layout.rules
    assert (r.seating_mode, r.sprinklered, r.travel_max, r.profile) == ("continental", True, 76.2, "kr")


def test_new_fields_round_trip_byte_for_byte():
    text = text_of(doc_with(ALL_FIELDS, NEW_RULES))
    assert dumps(loads(text)) == text


def test_absent_fields_take_todays_meaning_and_are_not_written():
    text = text_of(doc_with())
    layout = loads(text)
    block = layout.seating["s1"]
    assert block == SeatingBlock("s1", (30.0, 20.0), 5, 10)
    assert (block.seats, block.width, block.depth) == (50, 5.0, 4.5)
    assert layout.rules == Rules()
    assert dumps(layout) == text


def test_values_equal_to_the_defaults_are_not_written_back():
    block = dict(BASE["seating"][0], chair_depth=0.5, aisle_width=1.07, wheelchair_spaces=0)
    saved = json.loads(dumps(loads(json.dumps(doc_with([block], {"sprinklered": False, "profile": "ibc"})))))
    assert saved["seating"][0] == BASE["seating"][0]
    assert saved["rules"] == BASE["rules"]


def test_seats_per_table_is_kept_when_given_even_at_the_style_default():
    block = {"id": "b", "style": "banquet", "center": [30, 20], "rows": 1, "seats_per_row": 10, "seats_per_table": 10}
    saved = json.loads(dumps(loads(json.dumps(doc_with([block])))))
    assert saved["seating"][0]["seats_per_table"] == 10
    del block["seats_per_table"]
    saved = json.loads(dumps(loads(json.dumps(doc_with([block])))))
    assert "seats_per_table" not in saved["seating"][0]
    assert loads(json.dumps(doc_with([block]))).seating["b"].seats == 10


def test_whole_number_fields_written_as_floats_become_integers():
    block = dict(BASE["seating"][0], aisle_every=5.0, wheelchair_spaces=1.0)
    layout = loads(json.dumps(doc_with([block])))
    assert type(layout.seating["s1"].aisle_every) is int and type(layout.seating["s1"].wheelchair_spaces) is int
    assert '"aisle_every": 5,' in dumps(layout)


@pytest.mark.parametrize("key, value, path, words", [
    ("style", "bleachers", "$.seating[0].style", ("must be one of", "theater, classroom, banquet, cabaret")),
    ("chair_depth", 0, "$.seating[0].chair_depth", ("greater than 0",)),
    ("aisle_every", 0, "$.seating[0].aisle_every", ("at least 1", "not 0")),
    ("aisle_every", 2.5, "$.seating[0].aisle_every", ("whole number",)),
    ("aisle_width", -1, "$.seating[0].aisle_width", ("greater than 0",)),
    ("wheelchair_spaces", -1, "$.seating[0].wheelchair_spaces", ("at least 0",)),
    ("wheelchair_spaces", "2", "$.seating[0].wheelchair_spaces", ("whole number", "'2'")),
    ("seats_per_table", 2, "$.seating[0].seats_per_table", ("theater blocks have no tables",)),
    ("table_depth", 0.45, "$.seating[0].table_depth", ("theater blocks have no rectangular tables", "classroom")),
    ("table_diameter", 1.52, "$.seating[0].table_diameter", ("theater blocks have no round tables", "banquet and cabaret")),
    ("table_spacing", 1.0, "$.seating[0].table_spacing", ("theater blocks have no round tables",)),
])
def test_bad_seating_values_are_refused(key, value, path, words):
    text = refusal(doc_with([dict(BASE["seating"][0], **{key: value})]))
    assert f": {path}: " in text, text
    for word in words:
        assert word in text, (word, text)


def test_round_tables_have_no_internal_aisles_and_rows_no_round_tables():
    banquet = {"id": "b", "style": "banquet", "center": [30, 20], "rows": 1, "seats_per_row": 10, "aisle_every": 5}
    assert "$.seating[0].aisle_every: banquet blocks have no internal aisles (only theater and classroom" in refusal(doc_with([banquet]))
    classroom = {"id": "c", "style": "classroom", "center": [30, 20], "rows": 1, "seats_per_row": 9, "table_spacing": 1}
    assert "$.seating[0].table_spacing: classroom blocks have no round tables" in refusal(doc_with([classroom]))
    negative = dict(banquet, table_spacing=-0.5)
    del negative["aisle_every"]
    assert "$.seating[0].table_spacing: must be at least 0" in refusal(doc_with([negative]))


def test_classroom_aisles_must_fall_between_tables():
    block = {"id": "c", "style": "classroom", "center": [30, 20], "rows": 2, "seats_per_row": 12, "aisle_every": 4}
    text = refusal(doc_with([block]))  # 3 seats to a table by default
    assert "$.seating[0].aisle_every: must be a multiple of seats_per_table (3) so that aisles fall between tables, not 4" in text
    block["aisle_every"] = 6
    assert loads(json.dumps(doc_with([block]))).seating["c"].width == pytest.approx(4 * 1.5 + 1.07)


def test_wheelchair_spaces_that_do_not_fit_are_refused():
    # 5 rows of 10 at 0.9 m pitch: a space takes 2 chairs x 2 rows, so 2 groups of rows x 2 ends = 4.
    ok = dict(BASE["seating"][0], wheelchair_spaces=4)
    assert loads(json.dumps(doc_with([ok]))).seating["s1"].seats == 50 - 4 * 4 + 4
    text = refusal(doc_with([dict(ok, wheelchair_spaces=5)]))
    assert "$.seating[0].wheelchair_spaces: 5 wheelchair spaces do not fit in this block (room for 4; each takes 2 × 2 chairs at a row end)" in text
    banquet = {"id": "b", "style": "banquet", "center": [30, 20], "rows": 2, "seats_per_row": 20, "wheelchair_spaces": 5}
    assert "(room for 4; one a table)" in refusal(doc_with([banquet]))


@pytest.mark.parametrize("key, value, words", [
    ("seating_mode", "european", ("must be one of standard, continental", "'european'")),
    ("sprinklered", "yes", ("must be true or false", "'yes'")),
    ("sprinklered", 1, ("must be true or false",)),
    ("travel_max", 0, ("greater than 0",)),
    ("profile", "nfpa", ("must be one of ibc, kr", "'nfpa'")),
])
def test_bad_rule_values_are_refused(key, value, words):
    text = refusal(doc_with(rules={key: value}))
    assert f": $.rules.{key}: " in text, text
    for word in words:
        assert word in text, (word, text)


def _snippets(heading: str) -> list[dict]:
    text = DOCS.read_text("utf-8")
    section = text[text.index(heading):]
    section = section[:section.index("\n### ", 1)]
    return [json.loads(b) for b in re.findall(r"```json\n(.*?)```", section, flags=re.S)]


def test_seating_examples_in_the_format_documentation_load_and_match_their_prose():
    classroom, banquet = _snippets("### seating block")
    layout = loads(json.dumps(doc_with([classroom, banquet])))
    c, b = layout.seating["class-1"], layout.seating["gala"]
    assert (c.width, c.depth, c.seats) == (pytest.approx(8.27), pytest.approx(9.12), 72)
    assert (b.width, b.depth, b.seats) == (pytest.approx(12.43), pytest.approx(9.23), 120)


# Generated blocks of every style: anything valid goes through save and load unchanged.

_lengths = st.one_of(st.sampled_from([0.45, 0.5, 0.9, 1.07, 1.37, 1.52, 1.83]), st.floats(0.05, 5.0))


@st.composite
def _blocks(draw, i):
    style = draw(st.sampled_from(["theater", "classroom", "banquet", "cabaret"]))
    item = {"id": f"s{i}", "style": style, "center": [draw(st.integers(0, 60)), draw(st.floats(0, 40))],
            "rotation": draw(st.sampled_from([0, 90, 22.5])), "rows": draw(st.integers(1, 12)),
            "seats_per_row": draw(st.integers(1, 40)), "seat_width": draw(_lengths), "row_pitch": draw(_lengths)}
    optional = {"chair_depth": _lengths, "wheelchair_spaces": st.integers(0, 3)}
    if style in ("theater", "classroom"):
        optional.update(aisle_every=st.integers(1, 20), aisle_width=_lengths)
    if style != "theater":
        optional.update(seats_per_table=st.integers(1, 12))
    if style == "classroom":
        optional.update(table_depth=_lengths)
    if style in ("banquet", "cabaret"):
        optional.update(table_diameter=_lengths, table_spacing=st.one_of(st.just(0), _lengths))
    for key, values in optional.items():
        if draw(st.booleans()):
            item[key] = draw(values)
    if style == "classroom" and "aisle_every" in item:
        item["aisle_every"] *= item.get("seats_per_table", 3)      # aisles between tables
    room = S.max_wheelchair_spaces(seating_from_dict(dict(item, wheelchair_spaces=0), {}))
    if "wheelchair_spaces" in item:
        item["wheelchair_spaces"] = min(item["wheelchair_spaces"], room)
    return item


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 3).flatmap(lambda n: st.tuples(*(_blocks(i) for i in range(n)))),
       st.fixed_dictionaries({}, optional={"seating_mode": st.sampled_from(["standard", "continental"]),
                                           "sprinklered": st.booleans(), "travel_max": _lengths,
                                           "profile": st.sampled_from(["ibc", "kr"])}))
def test_generated_seating_round_trips(blocks, rules):
    layout = loads(json.dumps(doc_with(list(blocks), rules)))
    text = dumps(layout)
    again = loads(text)
    assert again == layout and dumps(again) == text
    for block in again.seating.values():
        assert block.seats == S.chairs(block) + S.wheelchair_spaces_placed(block)
        assert len(S.seat_positions(block)) == S.chairs(block)
        assert len(S.wheelchair_positions(block)) == block.wheelchair_spaces
