"""Round trips through the .boothplan format: what is read is written back unchanged."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from boothplanner.io import FORMAT_VERSION, dumps, layout_to_dict, load, loads, save
from boothplanner.model import Rules

DOCS = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
SCHEMA = Path(__file__).resolve().parents[2] / "boothplanner" / "io" / "boothplan-v1.schema.json"

EXAMPLE = {
    "format": "boothplan",
    "version": 1,
    "event": {"name": "AI SEOUL 2025", "date": "2025-09-17", "venue_note": "Hall C, 3F", "expected_attendance": 1200},
    "venue": {
        "name": "COEX Hall C",
        "outline": [[0, 0], [60, 0], [60, 40], [0, 40]],
        "obstacles": [{"id": "col-1", "kind": "column", "outline": [[19.5, 19.5], [20.5, 19.5], [20.5, 20.5], [19.5, 20.5]]}],
        "exits": [
            {"id": "exit-n", "name": "North door", "start": [28, 0], "end": [30, 0]},
            {"id": "exit-s", "name": "South door", "start": [28, 40], "end": [30.5, 40]},
        ],
        "fire_equipment": [{"id": "fe-1", "kind": "hose_cabinet", "at": [0, 20]}],
    },
    "rules": {"aisle_min": 3, "seating_aisle_min": 1.07, "exit_clearance": 3, "fire_equipment_clearance": 1.5},
    "exhibitors": [
        {"id": "ex-1", "name": "Samsung Electronics", "name_ko": "삼성전자", "category": "AI chips"},
        {"id": "ex-2", "name": "Naver Cloud", "name_ko": "네이버 클라우드", "category": "Cloud"},
    ],
    "booths": [
        {"id": "b-1", "number": "A01", "center": [10, 8], "size": [3, 3], "rotation": 0, "status": "sold", "exhibitor": "ex-1"},
        {"id": "b-2", "number": "A02", "center": [13.5, 8], "size": [4, 3], "rotation": 0, "status": "reserved", "exhibitor": "ex-2"},
        {"id": "b-3", "number": "A03", "center": [10, 14.25], "size": [6, 3.5], "rotation": 90, "status": "available"},
        {"id": "b-4", "number": "A04", "center": [30, 30], "size": [3, 3], "rotation": 22.5, "status": "blocked"},
    ],
    "seating": [
        {"id": "seat-1", "style": "theater", "center": [45, 25], "rotation": 0, "rows": 10,
         "seats_per_row": 20, "seat_width": 0.5, "row_pitch": 0.9},
    ],
    "areas": [
        {"id": "stage-1", "kind": "stage", "name": "Main stage", "outline": [[40, 14], [50, 14], [50, 18], [40, 18]]},
        {"id": "reg-1", "kind": "registration", "name": "Registration", "outline": [[25, 34], [33, 34], [33, 37], [25, 37]]},
        {"id": "nb-1", "kind": "no_build", "name": "Door swing", "outline": [[27, 0], [31, 0], [31, 2], [27, 2]]},
    ],
}


def example() -> dict:
    return copy.deepcopy(EXAMPLE)


def write_json(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_load_save_load_gives_an_equal_layout(tmp_path):
    first = load(write_json(tmp_path / "hall.boothplan", example()))
    save(first, tmp_path / "copy.boothplan")
    second = load(tmp_path / "copy.boothplan")
    assert second == first
    assert len(second.booths) == 4 and second.seats == 200
    assert second.booths["b-3"].rotation == 90.0
    assert second.booths["b-1"].exhibitor == "ex-1"
    assert second.venue.exits[1].width == pytest.approx(2.5)


def test_saved_document_matches_what_was_read(tmp_path):
    """Every field in the example survives: the saved JSON equals the input JSON."""
    layout = load(write_json(tmp_path / "hall.boothplan", example()))
    assert json.loads(dumps(layout)) == example()


def test_second_save_is_byte_identical(tmp_path):
    layout = load(write_json(tmp_path / "hall.boothplan", example()))
    save(layout, tmp_path / "a.boothplan")
    save(load(tmp_path / "a.boothplan"), tmp_path / "b.boothplan")
    assert (tmp_path / "a.boothplan").read_bytes() == (tmp_path / "b.boothplan").read_bytes()


def test_saved_file_is_valid_against_the_shipped_schema():
    schema = json.loads(SCHEMA.read_text("utf-8"))
    doc = json.loads(dumps(loads(json.dumps(example()))))
    errors = list(Draft202012Validator(schema).iter_errors(doc))
    assert errors == []
    assert doc["format"] == "boothplan" and doc["version"] == FORMAT_VERSION == 1


def test_minimal_document_takes_defaults():
    layout = loads(json.dumps({"format": "boothplan", "version": 1, "venue": {"outline": [[0, 0], [5, 0], [0, 5]]}}))
    assert layout.rules == Rules()
    assert (layout.rules.aisle_min, layout.rules.seating_aisle_min) == (3.0, 1.07)
    assert (layout.rules.exit_clearance, layout.rules.fire_equipment_clearance) == (3.0, 1.5)
    assert layout.event.expected_attendance is None
    assert not layout.booths and not layout.seating and not layout.areas and not layout.exhibitors


def test_partial_rules_keep_defaults_for_the_rest():
    doc = example()
    doc["rules"] = {"aisle_min": 2.44}
    rules = loads(json.dumps(doc)).rules
    assert rules.aisle_min == 2.44
    assert (rules.seating_aisle_min, rules.exit_clearance, rules.fire_equipment_clearance) == (1.07, 3.0, 1.5)


def test_booth_and_seating_defaults():
    doc = example()
    doc["booths"] = [{"id": "b", "number": "1", "center": [5, 5], "size": [3, 2]}]
    doc["seating"] = [{"id": "s", "center": [20, 20], "rows": 3, "seats_per_row": 4}]
    layout = loads(json.dumps(doc))
    booth, block = layout.booths["b"], layout.seating["s"]
    assert (booth.rotation, booth.status, booth.exhibitor) == (0.0, "available", None)
    assert (block.style, block.rotation, block.seat_width, block.row_pitch) == ("theater", 0.0, 0.5, 0.9)
    assert block.seats == 12


def test_missing_expected_attendance_is_not_invented_on_save():
    doc = example()
    del doc["event"]["expected_attendance"]
    saved = json.loads(dumps(loads(json.dumps(doc))))
    assert "expected_attendance" not in saved["event"]


X_VALUE = {"tool": "CAD export", "layer": 7, "scale": 0.5, "ok": True, "none": None, "list": [1, 2.5, "셋", {"deep": []}]}

X_PLACES = [
    (),
    ("event",),
    ("venue",),
    ("venue", "obstacles", 0),
    ("venue", "exits", 1),
    ("venue", "fire_equipment", 0),
    ("rules",),
    ("exhibitors", 1),
    ("booths", 2),
    ("seating", 0),
    ("areas", 0),
]


def _at(doc, place):
    for part in place:
        doc = doc[part]
    return doc


@pytest.mark.parametrize("place", X_PLACES, ids=lambda p: ".".join(map(str, p)) or "top")
def test_x_keys_are_kept_unchanged(place, tmp_path):
    doc = example()
    _at(doc, place)["x-cad"] = X_VALUE
    _at(doc, place)["x-note"] = "사용자 메모"
    layout = load(write_json(tmp_path / "in.boothplan", doc))
    save(layout, tmp_path / "out.boothplan")
    saved = json.loads((tmp_path / "out.boothplan").read_text("utf-8"))
    target = _at(saved, place)
    assert target["x-cad"] == X_VALUE
    assert target["x-note"] == "사용자 메모"
    # Types survive too: 7 stays an int, 0.5 a float, true a boolean.
    assert type(target["x-cad"]["layer"]) is int and type(target["x-cad"]["ok"]) is bool
    # And nothing else changed.
    assert saved == doc
    assert load(tmp_path / "out.boothplan") == layout


def test_korean_text_is_kept_and_written_readably(tmp_path):
    doc = example()
    doc["event"]["name"] = "AI 서울 2025 — 인공지능 박람회"
    doc["areas"][1]["name"] = "등록 데스크"
    doc["booths"][0]["number"] = "가-01"
    layout = load(write_json(tmp_path / "ko.boothplan", doc))
    save(layout, tmp_path / "out.boothplan")
    raw = (tmp_path / "out.boothplan").read_bytes()
    for text in ("삼성전자", "네이버 클라우드", "AI 서울 2025 — 인공지능 박람회", "등록 데스크", "가-01"):
        assert text.encode("utf-8") in raw  # plain UTF-8, not \uXXXX escapes
    again = load(tmp_path / "out.boothplan")
    assert again.exhibitors["ex-1"].name_ko == "삼성전자"
    assert again.event.name == "AI 서울 2025 — 인공지능 박람회"
    assert again.areas["reg-1"].name == "등록 데스크"
    assert again.booths["b-1"].number == "가-01"


def test_byte_order_mark_is_accepted(tmp_path):
    text = json.dumps(example(), ensure_ascii=False)
    (tmp_path / "bom.boothplan").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "plain.boothplan").write_bytes(text.encode("utf-8"))
    assert load(tmp_path / "bom.boothplan") == load(tmp_path / "plain.boothplan")


def test_byte_order_mark_is_not_written(tmp_path):
    save(loads(json.dumps(example())), tmp_path / "out.boothplan")
    assert (tmp_path / "out.boothplan").read_bytes().startswith(b"{")


def test_whole_numbers_stay_integers_and_fractions_stay_exact():
    saved = dumps(loads(json.dumps(example())))
    doc = json.loads(saved)
    assert doc["venue"]["outline"][1] == [60, 0]
    assert type(doc["venue"]["outline"][1][0]) is int
    assert type(doc["booths"][0]["center"][0]) is int and type(doc["booths"][0]["size"][1]) is int
    assert type(doc["booths"][2]["rotation"]) is int
    assert type(doc["rules"]["aisle_min"]) is int
    assert type(doc["seating"][0]["rows"]) is int
    assert "60.0" not in saved and "3.0," not in saved
    # Fractions are written exactly, not rounded.
    assert doc["booths"][1]["center"] == [13.5, 8]
    assert doc["booths"][3]["rotation"] == 22.5
    assert doc["rules"]["seating_aisle_min"] == 1.07
    assert doc["seating"][0]["seat_width"] == 0.5


def test_awkward_floats_survive_exactly():
    doc = example()
    doc["booths"][0]["center"] = [0.1 + 0.2, 1 / 3]
    doc["booths"][0]["size"] = [2.9999999999999996, 1e-7]
    doc["booths"][0]["rotation"] = -359.99999999
    again = loads(dumps(loads(json.dumps(doc))))
    booth = again.booths["b-1"]
    assert booth.center == (0.1 + 0.2, 1 / 3)
    assert booth.size == (2.9999999999999996, 1e-7)
    assert booth.rotation == -359.99999999


def test_counts_written_as_whole_floats_become_integers():
    """A tool that writes "rows": 10.0 still gives the model whole numbers of seats."""
    doc = example()
    doc["seating"][0]["rows"] = 10.0
    doc["seating"][0]["seats_per_row"] = 20.0
    doc["event"]["expected_attendance"] = 1200.0
    layout = loads(json.dumps(doc))
    block = layout.seating["seat-1"]
    assert type(block.rows) is int and type(block.seats_per_row) is int and type(block.seats) is int
    assert type(layout.event.expected_attendance) is int
    saved = json.loads(dumps(layout))
    assert type(saved["seating"][0]["rows"]) is int
    assert type(saved["event"]["expected_attendance"]) is int


def test_element_order_is_kept():
    doc = example()
    doc["booths"].reverse()
    doc["areas"].reverse()
    saved = json.loads(dumps(loads(json.dumps(doc))))
    assert [b["id"] for b in saved["booths"]] == ["b-4", "b-3", "b-2", "b-1"]
    assert [a["id"] for a in saved["areas"]] == ["nb-1", "reg-1", "stage-1"]


def test_loads_accepts_text_and_bytes_alike():
    text = json.dumps(example(), ensure_ascii=False)
    assert loads(text) == loads(text.encode("utf-8"))


def test_layout_to_dict_is_plain_json():
    doc = layout_to_dict(loads(json.dumps(example())))
    assert json.loads(json.dumps(doc, allow_nan=False)) == doc


def test_example_in_the_format_documentation_loads_and_round_trips():
    """The complete example in docs/file-format.md is a real, loadable file."""
    text = DOCS.read_text("utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.S)
    complete = [b for b in blocks if '"format": "boothplan"' in b and '"booths"' in b and '"seating"' in b]
    assert complete, "docs/file-format.md should hold a complete example document"
    for block in complete:
        layout = loads(block, "docs/file-format.md")
        assert loads(dumps(layout)) == layout
        assert layout.booths and layout.seating and layout.areas and layout.exhibitors


# Generated layouts: anything valid goes through save and load unchanged.

_coord = st.one_of(
    st.integers(min_value=-500, max_value=500),
    st.floats(min_value=-1e4, max_value=1e4, allow_nan=False, allow_infinity=False),
)
_length = st.one_of(st.integers(min_value=1, max_value=50),
                    st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False))
_text = st.text(max_size=12)
_point = st.tuples(_coord, _coord).map(list)
_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                       st.floats(allow_nan=False, allow_infinity=False), _text)
_json = st.recursive(_json_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(_text, inner, max_size=3)), max_leaves=8)
_extras = st.dictionaries(st.text(max_size=6).map(lambda s: "x-" + s), _json, max_size=2)


@st.composite
def _documents(draw):
    ids = iter(f"id{i}" for i in range(10_000))
    exhibitors = [{"id": next(ids), "name": draw(_text), "name_ko": draw(_text), **draw(_extras)}
                  for _ in range(draw(st.integers(0, 3)))]
    booths = []
    for _ in range(draw(st.integers(0, 4))):
        booth = {"id": next(ids), "number": draw(_text), "center": draw(_point),
                 "size": [draw(_length), draw(_length)], "rotation": draw(_coord),
                 "status": draw(st.sampled_from(["available", "reserved", "sold", "blocked"]))}
        if exhibitors and draw(st.booleans()):
            booth["exhibitor"] = draw(st.sampled_from(exhibitors))["id"]
        booths.append({**booth, **draw(_extras)})
    seating = [{"id": next(ids), "style": "theater", "center": draw(_point), "rotation": draw(_coord),
                "rows": draw(st.integers(1, 60)), "seats_per_row": draw(st.integers(1, 60)),
                "seat_width": draw(_length), "row_pitch": draw(_length), **draw(_extras)}
               for _ in range(draw(st.integers(0, 2)))]
    areas = []
    for _ in range(draw(st.integers(0, 2))):
        x, y, w, h = draw(_coord), draw(_coord), draw(_length), draw(_length)
        areas.append({"id": next(ids), "kind": draw(st.sampled_from(["stage", "lounge", "standing", "no_build"])),
                      "name": draw(_text), "outline": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]],
                      **draw(_extras)})
    doc = {
        "format": "boothplan", "version": 1,
        "event": {"name": draw(_text), **draw(_extras)},
        "venue": {"name": draw(_text), "outline": [[0, 0], [100, 0], [100, 80], [0, 80]],
                  "exits": [{"id": next(ids), "name": draw(_text), "start": [0, 10], "end": [0, draw(_length) + 10],
                             **draw(_extras)}],
                  **draw(_extras)},
        "rules": {"aisle_min": draw(_length), **draw(_extras)},
        "exhibitors": exhibitors, "booths": booths, "seating": seating, "areas": areas,
        **draw(_extras),
    }
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_generated_layouts_round_trip(doc):
    layout = loads(json.dumps(doc, ensure_ascii=False))
    text = dumps(layout)
    again = loads(text)
    assert again == layout
    assert dumps(again) == text
    saved = json.loads(text)
    for key, value in doc.items():
        if key.startswith("x-"):
            assert saved[key] == value


def test_exits_are_entrances_unless_the_file_says_otherwise():
    doc = copy.deepcopy(EXAMPLE)
    doc["venue"]["exits"][1]["entrance"] = False
    layout = loads(json.dumps(doc))
    assert [x.entrance for x in layout.venue.exits] == [True, False]
    written = json.loads(dumps(layout))["venue"]["exits"]
    assert "entrance" not in written[0] and written[1]["entrance"] is False
    doc["venue"]["exits"][1]["entrance"] = "no"
    with pytest.raises(Exception, match=r"\$\.venue\.exits\[1\]\.entrance: must be true or false"):
        loads(json.dumps(doc))
