"""Bad .boothplan input is refused with a LoadError naming the file, the JSON path and the problem.

Never another exception: every test here would fail on a traceback.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothplanner.io import LoadError, dumps, load, loads

VALID = {
    "format": "boothplan",
    "version": 1,
    "event": {"name": "AI SEOUL 2025", "date": "2025-09-17", "expected_attendance": 800},
    "venue": {
        "name": "Hall C",
        "outline": [[0, 0], [40, 0], [40, 30], [0, 30]],
        "obstacles": [{"id": "col-1", "kind": "column", "outline": [[10, 10], [11, 10], [11, 11], [10, 11]]}],
        "exits": [{"id": "exit-1", "name": "Main door", "start": [18, 30], "end": [20, 30]}],
        "fire_equipment": [{"id": "fe-1", "kind": "extinguisher", "at": [0, 15]}],
    },
    "rules": {"aisle_min": 3.0},
    "exhibitors": [{"id": "ex-1", "name": "Samsung", "name_ko": "삼성", "category": "chips"}],
    "booths": [
        {"id": "b-1", "number": "A01", "center": [5, 5], "size": [3, 3], "rotation": 0, "status": "sold", "exhibitor": "ex-1"},
        {"id": "b-2", "number": "A02", "center": [8, 5], "size": [3, 3], "rotation": 0, "status": "available"},
    ],
    "seating": [{"id": "seat-1", "style": "theater", "center": [30, 20], "rotation": 0, "rows": 5,
                 "seats_per_row": 10, "seat_width": 0.5, "row_pitch": 0.9}],
    "areas": [{"id": "stage-1", "kind": "stage", "name": "Stage", "outline": [[25, 10], [35, 10], [35, 14], [25, 14]]}],
}

NAME = "hall-c.boothplan"


def valid() -> dict:
    return copy.deepcopy(VALID)


def refused_bytes(tmp_path: Path, data: bytes, name: str = NAME) -> LoadError:
    """Load `data` from a file; it must be refused with a LoadError naming that file."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        load(path)
    error = info.value
    assert str(error).startswith(str(path) + ": ")
    assert error.source == str(path)
    assert error.problems
    assert "Traceback" not in str(error) and "\n" not in str(error)
    str(error).encode("utf-8")  # printable: no unpaired surrogates copied from the file
    return error


def refused(tmp_path: Path, doc) -> LoadError:
    return refused_bytes(tmp_path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def message(error: LoadError) -> str:
    """What is wrong, without the file name (which could contain any word)."""
    return str(error)[len(error.source) + 2:]


def assert_says(error: LoadError, path: str, *words: str) -> None:
    """The first problem is at JSON path `path` and explains itself with `words`."""
    text = str(error)
    assert text.startswith(f"{error.source}: {path}: "), text
    message = text[len(f"{error.source}: {path}: "):]
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_the_valid_document_loads(tmp_path):
    (tmp_path / NAME).write_text(json.dumps(VALID), encoding="utf-8")
    layout = load(tmp_path / NAME)
    assert set(layout.booths) == {"b-1", "b-2"}


# --- header: format and version -------------------------------------------------

def test_newer_version_is_refused_as_made_by_a_newer_boothplanner(tmp_path):
    doc = valid()
    doc["version"] = 2
    doc["booths"][0]["hologram"] = True  # unknown to version 1, but the version is what to report
    error = refused(tmp_path, doc)
    assert_says(error, "$.version", "made by a newer Boothplanner", "2")


def test_much_newer_version_is_refused(tmp_path):
    doc = valid()
    doc["version"] = 99
    assert_says(refused(tmp_path, doc), "$.version", "newer Boothplanner", "99")


def test_version_0_is_refused(tmp_path):
    doc = valid()
    doc["version"] = 0
    assert_says(refused(tmp_path, doc), "$.version", "whole number", "not 0")


def test_version_as_text_is_refused(tmp_path):
    doc = valid()
    doc["version"] = "1"
    assert_says(refused(tmp_path, doc), "$.version", "whole number", "'1'")


def test_version_as_fraction_is_refused(tmp_path):
    doc = valid()
    doc["version"] = 1.5
    assert_says(refused(tmp_path, doc), "$.version", "whole number", "1.5")


def test_version_true_is_refused(tmp_path):
    doc = valid()
    doc["version"] = True
    assert_says(refused(tmp_path, doc), "$.version", "whole number")


def test_missing_version_is_called_missing(tmp_path):
    doc = valid()
    del doc["version"]
    assert_says(refused(tmp_path, doc), "$.version", "missing")


def test_wrong_format_name_is_refused(tmp_path):
    doc = valid()
    doc["format"] = "floorplan"
    assert_says(refused(tmp_path, doc), "$.format", "not a Boothplanner layout", '"boothplan"')


def test_missing_format_is_refused(tmp_path):
    doc = valid()
    del doc["format"]
    assert_says(refused(tmp_path, doc), "$.format", "not a Boothplanner layout")


@pytest.mark.parametrize("top", [[], [VALID], "boothplan", 1, None, True])
def test_top_level_that_is_not_an_object_is_refused(tmp_path, top):
    assert_says(refused(tmp_path, top), "$.format", "not a Boothplanner layout")


# --- unknown keys ------------------------------------------------------------

def test_typo_in_a_booth_key_is_refused(tmp_path):
    doc = valid()
    doc["booths"][1]["widht"] = 3
    error = refused(tmp_path, doc)
    assert_says(error, "$.booths[1]", "unknown key 'widht'", "x-")


@pytest.mark.parametrize("place,where", [
    ((), "$"), (("event",), "$.event"), (("venue",), "$.venue"), (("rules",), "$.rules"),
    (("venue", "exits", 0), "$.venue.exits[0]"), (("seating", 0), "$.seating[0]"),
    (("exhibitors", 0), "$.exhibitors[0]"), (("areas", 0), "$.areas[0]"),
    (("venue", "obstacles", 0), "$.venue.obstacles[0]"), (("venue", "fire_equipment", 0), "$.venue.fire_equipment[0]"),
])
def test_unknown_key_is_refused_everywhere(tmp_path, place, where):
    doc = valid()
    target = doc
    for part in place:
        target = target[part]
    target["colour"] = "red"
    assert_says(refused(tmp_path, doc), where, "unknown key 'colour'")


def test_key_that_only_looks_like_an_extension_is_refused(tmp_path):
    doc = valid()
    doc["booths"][0]["X-note"] = "capital X is not an extension key"
    assert_says(refused(tmp_path, doc), "$.booths[0]", "unknown key 'X-note'")


# --- missing and wrongly typed fields --------------------------------------------

@pytest.mark.parametrize("place,key,where", [
    (("venue",), "outline", "$.venue"),
    ((), "venue", "$"),
    (("booths", 0), "size", "$.booths[0]"),
    (("booths", 0), "number", "$.booths[0]"),
    (("seating", 0), "rows", "$.seating[0]"),
    (("areas", 0), "kind", "$.areas[0]"),
    (("exhibitors", 0), "name", "$.exhibitors[0]"),
    (("venue", "exits", 0), "end", "$.venue.exits[0]"),
    (("venue", "fire_equipment", 0), "at", "$.venue.fire_equipment[0]"),
])
def test_missing_required_field_is_refused(tmp_path, place, key, where):
    doc = valid()
    target = doc
    for part in place:
        target = target[part]
    del target[key]
    assert_says(refused(tmp_path, doc), where, "missing required field", repr(key))


def test_text_where_a_number_belongs(tmp_path):
    doc = valid()
    doc["booths"][0]["size"] = [3, "3"]
    assert_says(refused(tmp_path, doc), "$.booths[0].size[1]", "must be a number", "'3'")


def test_text_where_a_rule_value_belongs(tmp_path):
    doc = valid()
    doc["rules"]["aisle_min"] = "3 m"
    assert_says(refused(tmp_path, doc), "$.rules.aisle_min", "must be a number", "'3 m'")


def test_number_where_text_belongs(tmp_path):
    doc = valid()
    doc["booths"][0]["number"] = 101
    assert_says(refused(tmp_path, doc), "$.booths[0].number", "must be text", "101")


def test_list_where_text_belongs(tmp_path):
    doc = valid()
    doc["event"]["name"] = ["AI", "SEOUL"]
    assert_says(refused(tmp_path, doc), "$.event.name", "must be text", "a list")


def test_object_where_a_list_belongs(tmp_path):
    doc = valid()
    doc["booths"] = {"b-1": doc["booths"][0]}
    assert_says(refused(tmp_path, doc), "$.booths", "must be a list", "an object")


def test_size_with_one_item(tmp_path):
    doc = valid()
    doc["booths"][0]["size"] = [3]
    assert_says(refused(tmp_path, doc), "$.booths[0].size", "exactly 2 items", "not 1")


def test_point_with_three_items(tmp_path):
    doc = valid()
    doc["booths"][1]["center"] = [1, 2, 3]
    assert_says(refused(tmp_path, doc), "$.booths[1].center", "exactly 2 items", "not 3")


def test_fractional_row_count(tmp_path):
    doc = valid()
    doc["seating"][0]["rows"] = 2.5
    assert_says(refused(tmp_path, doc), "$.seating[0].rows", "whole number", "2.5")


def test_true_is_not_a_number(tmp_path):
    doc = valid()
    doc["booths"][0]["rotation"] = True
    assert_says(refused(tmp_path, doc), "$.booths[0].rotation", "must be a number", "true")


def test_null_exhibitor_is_refused(tmp_path):
    doc = valid()
    doc["booths"][1]["exhibitor"] = None
    assert_says(refused(tmp_path, doc), "$.booths[1].exhibitor", "must be text", "null")


def test_unknown_status(tmp_path):
    doc = valid()
    doc["booths"][0]["status"] = "Sold"
    assert_says(refused(tmp_path, doc), "$.booths[0].status", "must be one of", "available", "'Sold'")


def test_unknown_area_kind(tmp_path):
    doc = valid()
    doc["areas"][0]["kind"] = "pit"
    assert_says(refused(tmp_path, doc), "$.areas[0].kind", "must be one of", "no_build", "'pit'")


def test_unknown_seating_style(tmp_path):
    doc = valid()
    doc["seating"][0]["style"] = "bleachers"
    assert_says(refused(tmp_path, doc), "$.seating[0].style", "must be one of",
                "theater, classroom, banquet, cabaret", "'bleachers'")


def test_empty_id(tmp_path):
    doc = valid()
    doc["booths"][0]["id"] = ""
    assert_says(refused(tmp_path, doc), "$.booths[0].id", "must not be empty")


@pytest.mark.parametrize("date", ["2025/09/17", "17-09-2025", "2025-9-17", "tomorrow", "2025-09-17\n",
                                  "\u0662\u0660\u0662\u0665-\u0660\u0669-\u0661\u0667"])
def test_badly_written_date(tmp_path, date):
    doc = valid()
    doc["event"]["date"] = date
    assert_says(refused(tmp_path, doc), "$.event.date", "YYYY-MM-DD", repr(date))


@pytest.mark.parametrize("date", ["2025-13-01", "2025-02-30", "2025-00-10"])
def test_date_that_does_not_exist(tmp_path, date):
    doc = valid()
    doc["event"]["date"] = date
    assert_says(refused(tmp_path, doc), "$.event.date", repr(date))


def test_negative_attendance(tmp_path):
    doc = valid()
    doc["event"]["expected_attendance"] = -5
    assert_says(refused(tmp_path, doc), "$.event.expected_attendance", "at least 0", "-5")


# --- numbers: zero, negative, NaN, infinite, absurd ---------------------------------

def test_zero_booth_depth(tmp_path):
    doc = valid()
    doc["booths"][0]["size"] = [3, 0]
    assert_says(refused(tmp_path, doc), "$.booths[0].size[1]", "greater than 0", "not 0")


def test_negative_booth_width(tmp_path):
    doc = valid()
    doc["booths"][1]["size"] = [-3, 3]
    assert_says(refused(tmp_path, doc), "$.booths[1].size[0]", "greater than 0", "-3")


def test_zero_rows(tmp_path):
    doc = valid()
    doc["seating"][0]["rows"] = 0
    assert_says(refused(tmp_path, doc), "$.seating[0].rows", "at least 1", "not 0")


def test_zero_seats_per_row(tmp_path):
    doc = valid()
    doc["seating"][0]["seats_per_row"] = 0
    assert_says(refused(tmp_path, doc), "$.seating[0].seats_per_row", "at least 1", "not 0")


def test_negative_seat_width(tmp_path):
    doc = valid()
    doc["seating"][0]["seat_width"] = -1
    assert_says(refused(tmp_path, doc), "$.seating[0].seat_width", "greater than 0", "-1")


def test_zero_row_pitch(tmp_path):
    doc = valid()
    doc["seating"][0]["row_pitch"] = 0.0
    assert_says(refused(tmp_path, doc), "$.seating[0].row_pitch", "greater than 0")


def test_zero_aisle_rule(tmp_path):
    doc = valid()
    doc["rules"]["aisle_min"] = 0
    assert_says(refused(tmp_path, doc), "$.rules.aisle_min", "greater than 0")


def test_negative_clearance_rule(tmp_path):
    doc = valid()
    doc["rules"]["exit_clearance"] = -1
    assert_says(refused(tmp_path, doc), "$.rules.exit_clearance", "at least 0", "-1")


def test_nan_written_as_NaN(tmp_path):
    text = json.dumps(valid()).replace('"center": [8, 5]', '"center": [8, NaN]')
    assert "NaN" in text
    assert_says(refused_bytes(tmp_path, text.encode()), "$.booths[1].center[1]", "finite number", "nan")


@pytest.mark.parametrize("literal", ["Infinity", "-Infinity", "1e999", "-1e999"])
def test_infinite_numbers(tmp_path, literal):
    text = json.dumps(valid()).replace('"rotation": 0, "status": "sold"', f'"rotation": {literal}, "status": "sold"')
    assert literal in text
    assert_says(refused_bytes(tmp_path, text.encode()), "$.booths[0].rotation", "finite number", "inf")


def test_non_finite_number_inside_an_extension_key(tmp_path):
    """x- values are kept for a round trip, and a NaN could not be written back as JSON."""
    text = json.dumps({**valid(), "x-cad": {"scale": 1}}).replace('"scale": 1', '"scale": NaN')
    assert_says(refused_bytes(tmp_path, text.encode()), '$.x-cad.scale', "finite number")


def test_integer_too_large_for_a_float(tmp_path):
    """A 400-digit whole number is valid JSON but no length: refused, not an OverflowError."""
    text = json.dumps(valid()).replace('"size": [3, 3], "rotation": 0, "status": "available"',
                                       '"size": [3, 1' + "0" * 400 + '], "rotation": 0, "status": "available"')
    assert "0" * 400 in text
    assert_says(refused_bytes(tmp_path, text.encode()), "$.booths[1].size[1]", "too large")


def test_integer_too_large_in_an_outline(tmp_path):
    doc = valid()
    doc["venue"]["outline"][1] = [10 ** 400, 0]
    assert_says(refused(tmp_path, doc), "$.venue.outline[1][0]", "too large")


def test_number_with_thousands_of_digits(tmp_path):
    """Python refuses to parse such integers with a ValueError; the loader must say so plainly."""
    text = json.dumps({**valid(), "x-n": 0}).replace('"x-n": 0', '"x-n": ' + "7" * 5000)
    error = refused_bytes(tmp_path, text.encode())
    assert "digits" in message(error)


@pytest.mark.parametrize("key,value,limit", [
    ("rows", 10 ** 9, "1000"), ("seats_per_row", 5000, "1000"), ("seats_per_table", 10 ** 6, "100"),
    ("seat_width", 1e9, "10000"), ("wheelchair_spaces", 10 ** 12, "1000000"),
])
def test_absurd_seating_counts_are_refused_at_once(tmp_path, key, value, limit):
    """A billion rows would be laid out seat by seat (wheelchair places, the canvas) until memory
    runs out; the file is refused instead, naming the limit."""
    doc = valid()
    if key == "seats_per_table":
        doc["seating"][0]["style"] = "banquet"
    doc["seating"][0][key] = value
    assert_says(refused(tmp_path, doc), f"$.seating[0].{key}", f"at most {limit}", str(value))


@pytest.mark.parametrize("where,set_value", [
    ("$.venue.outline[2][0]", lambda d: d["venue"]["outline"][2].__setitem__(0, 2e5)),
    ("$.booths[0].center[1]", lambda d: d["booths"][0]["center"].__setitem__(1, -1e6)),
    ("$.venue.exits[0].end[0]", lambda d: d["venue"]["exits"][0]["end"].__setitem__(0, 1e15)),
])
def test_coordinates_beyond_100_km_are_refused(tmp_path, where, set_value):
    doc = valid()
    set_value(doc)
    assert_says(refused(tmp_path, doc), where, "100000")


def test_booth_larger_than_10_km_is_refused(tmp_path):
    doc = valid()
    doc["booths"][0]["size"] = [3, 20000]
    assert_says(refused(tmp_path, doc), "$.booths[0].size[1]", "at most 10000", "20000")


def test_largest_allowed_block_loads(tmp_path):
    """The limits refuse only the absurd: a 1000 x 1000 block is a valid (if unlikely) file."""
    doc = valid()
    doc["seating"][0].update(rows=1000, seats_per_row=1000, wheelchair_spaces=10)
    path = tmp_path / NAME
    path.write_text(json.dumps(doc), "utf-8")
    assert load(path).seating["seat-1"].rows == 1000


# --- ids and references ----------------------------------------------------------

def test_duplicate_booth_id(tmp_path):
    doc = valid()
    doc["booths"][1]["id"] = "b-1"
    assert_says(refused(tmp_path, doc), "$.booths[1].id", "'b-1'", "already used", "$.booths[0].id")


def test_duplicate_id_across_booth_and_exhibitor(tmp_path):
    doc = valid()
    doc["booths"][1]["id"] = "ex-1"
    assert_says(refused(tmp_path, doc), "$.booths[1].id", "'ex-1'", "already used", "$.exhibitors[0].id")


def test_duplicate_id_across_venue_and_areas(tmp_path):
    doc = valid()
    doc["areas"][0]["id"] = "exit-1"
    assert_says(refused(tmp_path, doc), "$.areas[0].id", "'exit-1'", "already used", "$.venue.exits[0].id")


def test_duplicate_id_across_seating_and_obstacle(tmp_path):
    doc = valid()
    doc["seating"][0]["id"] = "col-1"
    assert_says(refused(tmp_path, doc), "$.seating[0].id", "already used", "$.venue.obstacles[0].id")


def test_reference_to_a_missing_exhibitor(tmp_path):
    doc = valid()
    doc["booths"][1]["exhibitor"] = "ex-404"
    assert_says(refused(tmp_path, doc), "$.booths[1].exhibitor", "'ex-404'", "not in the exhibitors list")


def test_reference_to_an_id_that_is_not_an_exhibitor(tmp_path):
    doc = valid()
    doc["booths"][1]["exhibitor"] = "b-1"
    assert_says(refused(tmp_path, doc), "$.booths[1].exhibitor", "'b-1'", "not in the exhibitors list")


# --- geometry ---------------------------------------------------------------------

def test_bowtie_venue_outline(tmp_path):
    doc = valid()
    doc["venue"]["outline"] = [[0, 0], [40, 30], [40, 0], [0, 30]]
    assert_says(refused(tmp_path, doc), "$.venue.outline", "crosses itself")


def test_self_intersecting_area_outline(tmp_path):
    doc = valid()
    doc["areas"][0]["outline"] = [[25, 10], [35, 10], [25, 14], [30, 5]]
    assert_says(refused(tmp_path, doc), "$.areas[0].outline", "crosses itself")


def test_collinear_outline(tmp_path):
    doc = valid()
    doc["venue"]["outline"] = [[0, 0], [20, 0], [40, 0]]
    assert_says(refused(tmp_path, doc), "$.venue.outline", "no area", "one line")


def test_outline_with_too_few_distinct_corners(tmp_path):
    doc = valid()
    doc["venue"]["obstacles"][0]["outline"] = [[1, 1], [2, 2], [1, 1]]
    assert_says(refused(tmp_path, doc), "$.venue.obstacles[0].outline", "3 distinct corners")


def test_outline_with_two_points(tmp_path):
    doc = valid()
    doc["areas"][0]["outline"] = [[0, 0], [1, 1]]
    assert_says(refused(tmp_path, doc), "$.areas[0].outline", "at least 3 items", "not 2")


def test_zero_width_exit(tmp_path):
    doc = valid()
    doc["venue"]["exits"][0]["end"] = [18, 30]
    assert_says(refused(tmp_path, doc), "$.venue.exits[0]", "no width")


# --- files that are not a layout at all ----------------------------------------------

def test_empty_file(tmp_path):
    assert message(refused_bytes(tmp_path, b"")) == "the file is empty"


def test_file_of_blank_lines(tmp_path):
    assert "empty" in message(refused_bytes(tmp_path, b"\n  \r\n\t\n"))


def test_file_with_only_a_byte_order_mark(tmp_path):
    assert "empty" in message(refused_bytes(tmp_path, b"\xef\xbb\xbf"))


def test_folder_instead_of_a_file(tmp_path):
    folder = tmp_path / "plans.boothplan"
    folder.mkdir()
    with pytest.raises(LoadError) as info:
        load(folder)
    assert str(info.value).startswith(str(folder) + ": ")
    assert "folder" in message(info.value)


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.boothplan"
    with pytest.raises(LoadError) as info:
        load(path)
    assert str(info.value) == f"{path}: no such file"


def test_file_inside_a_missing_folder(tmp_path):
    path = tmp_path / "no-such-folder" / "x.boothplan"
    with pytest.raises(LoadError) as info:
        load(str(path))
    assert str(info.value).startswith(str(path) + ": ")


def test_not_json_names_the_line(tmp_path):
    text = json.dumps(valid(), indent=2)
    lines = text.splitlines()
    lines.insert(6, "    // a comment")  # becomes line 7
    error = refused_bytes(tmp_path, "\n".join(lines).encode())
    assert "not valid JSON at line 7," in message(error)


def test_truncated_json_names_the_line(tmp_path):
    text = json.dumps(valid(), indent=2)
    cut = text[: len(text) // 2]
    error = refused_bytes(tmp_path, cut.encode())
    assert "not valid JSON" in message(error)
    assert f"line {cut.count(chr(10)) + 1}" in message(error)


def test_single_quotes_are_not_json(tmp_path):
    error = refused_bytes(tmp_path, b"{'format': 'boothplan', 'version': 1}")
    assert "not valid JSON at line 1" in message(error)


def test_binary_garbage(tmp_path):
    error = refused_bytes(tmp_path, bytes(range(256)) * 4)
    assert "UTF-8" in message(error) or "JSON" in message(error)


def test_invalid_utf8_bytes(tmp_path):
    text = json.dumps(valid()).replace('"Main door"', '"Main door \udcff"', 1)
    data = text.encode("utf-8", errors="surrogateescape")  # a lone 0xff byte
    error = refused_bytes(tmp_path, data)
    assert "not UTF-8" in message(error)
    offset = data.index(b"\xff")
    assert "0xff" in message(error) and f"offset {offset}" in message(error)


def test_cp949_korean(tmp_path):
    """A file saved from Korean Windows Notepad in the legacy code page."""
    data = json.dumps(valid(), ensure_ascii=False).encode("cp949")
    assert "삼성".encode("cp949") in data
    error = refused_bytes(tmp_path, data)
    assert "not UTF-8" in message(error) and "save the file as UTF-8" in message(error)


def test_utf16_file(tmp_path):
    data = json.dumps(valid(), ensure_ascii=False).encode("utf-16")
    assert "UTF-8" in message(refused_bytes(tmp_path, data))


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ud83d x"])
def test_unpaired_surrogate_escape_is_refused(tmp_path, escape):
    """\\ud800 is valid JSON syntax but no character: it could never be saved as UTF-8."""
    text = json.dumps(valid()).replace('"Main door"', f'"Main door {escape}"')
    error = refused_bytes(tmp_path, text.encode())
    assert_says(error, "$.venue.exits[0].name", "surrogate")


def test_paired_surrogate_escape_is_a_character():
    text = json.dumps(valid()).replace('"Main door"', '"Main door \\ud83d\\udeaa"')
    assert loads(text).venue.exits[0].name == "Main door \U0001f6aa"


def test_text_with_an_unpaired_surrogate_is_refused_by_loads():
    text = json.dumps(valid(), ensure_ascii=False).replace("Main door", "Main door \ud800")
    with pytest.raises(LoadError) as info:
        loads(text, "pasted")
    assert str(info.value).startswith("pasted: ")


def test_deeply_nested_json(tmp_path):
    depth = 100_000
    text = json.dumps({**valid(), "x-deep": 0}).replace('"x-deep": 0', '"x-deep": ' + "[" * depth + "]" * depth)
    assert "nested too deeply" in message(refused_bytes(tmp_path, text.encode()))


def test_every_problem_is_listed_in_details(tmp_path):
    doc = valid()
    doc["booths"][0]["size"] = [3, 0]
    doc["seating"][0]["rows"] = 0
    error = refused(tmp_path, doc)
    assert "(and 1 more problem)" in message(error)
    assert len(error.problems) == 2
    assert {p.path for p in error.problems} == {"$.booths[0].size[1]", "$.seating[0].rows"}
    assert "$.seating[0].rows: must be at least 1" in error.details()


def test_problems_in_many_places_are_all_found(tmp_path):
    doc = valid()
    doc["booths"][1]["id"] = "b-1"
    doc["booths"][0]["exhibitor"] = "nobody"
    doc["areas"][0]["outline"] = [[0, 0], [1, 1], [1, 0], [0, 1]]
    error = refused(tmp_path, doc)
    assert {p.path for p in error.problems} == {"$.booths[1].id", "$.booths[0].exhibitor", "$.areas[0].outline"}


# --- generated input: only LoadError or success, never another exception ------------

def _json_values(leaves):
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10 ** 400), max_value=10 ** 400),
    st.floats(), st.text(max_size=10),
    st.text(alphabet=st.characters(exclude_categories=()), max_size=4),  # includes lone surrogates
    st.sampled_from(["boothplan", "theater", "stage", "sold", "ex-1", "b-1", "x-", "2025-09-17", ""]),
    st.sampled_from([0, 1, -1, 2, 0.0, -0.0, 1e-300, 1e308, [0, 0], [1, 1], [[0, 0], [1, 0], [0, 1]]]),
)
_any_json = _json_values(_leaf)


def _accepts_or_refuses(text: str | bytes) -> None:
    """Either a LoadError, or a layout that can be saved and read back unchanged."""
    try:
        layout = loads(text, NAME)
    except LoadError as error:
        assert str(error).startswith(NAME + ": ")
        return
    again = loads(dumps(layout))
    assert again == layout


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_any_json)
def test_arbitrary_json_is_loaded_or_refused(value):
    _accepts_or_refuses(json.dumps(value))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_any_json)
def test_arbitrary_json_with_a_valid_header_is_loaded_or_refused(value):
    doc = value if isinstance(value, dict) else {"venue": value}
    _accepts_or_refuses(json.dumps({**doc, "format": "boothplan", "version": 1}))


def _places(node, here=()):
    """Every (container, key) pair in a document."""
    if isinstance(node, dict):
        for key, child in node.items():
            yield here + (key,)
            yield from _places(child, here + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield here + (index,)
            yield from _places(child, here + (index,))


_ALL_PLACES = list(_places(VALID))


@st.composite
def _mutated(draw):
    doc = valid()
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(_ALL_PLACES))
        parent = doc
        try:
            for part in place[:-1]:
                parent = parent[part]
            key = place[-1]
            parent[key]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape
        action = draw(st.sampled_from(["replace", "delete", "add_key", "duplicate", "swap_type"]))
        if action == "replace":
            parent[key] = draw(_any_json)
        elif action == "delete":
            del parent[key]
        elif action == "add_key" and isinstance(parent[key], dict):
            parent[key][draw(st.sampled_from(["x-new", "widht", "id", "kind", "outline", ""]))] = draw(_any_json)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "swap_type":
            old = parent[key]
            parent[key] = {"x": old} if not isinstance(old, dict) else [old]
    return doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_mutated_valid_documents_are_loaded_or_refused(doc):
    _accepts_or_refuses(json.dumps(doc, ensure_ascii=False))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_corrupted_bytes_are_loaded_or_refused(data):
    raw = bytearray(json.dumps(VALID, ensure_ascii=False).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[at:at + data.draw(st.integers(1, 40))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=6))
    _accepts_or_refuses(bytes(raw))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_loaded_or_refused(raw):
    _accepts_or_refuses(raw)
