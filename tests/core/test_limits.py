"""The file format's schema and the program state the same largest values."""

from __future__ import annotations

import json
from importlib import resources

from boothplanner.model import limits

SCHEMA = json.loads(resources.files("boothplanner.io").joinpath("boothplan-v1.schema.json").read_text("utf-8"))
DEFS = SCHEMA["$defs"]


def test_schema_states_the_program_limits():
    assert DEFS["coordinate"]["maximum"] == limits.MAX_COORDINATE == -DEFS["coordinate"]["minimum"]
    assert DEFS["length"]["maximum"] == limits.MAX_LENGTH == DEFS["clearance"]["maximum"]
    seating = DEFS["seating"]["properties"]
    assert seating["rows"]["maximum"] == limits.MAX_ROWS
    assert seating["seats_per_row"]["maximum"] == limits.MAX_SEATS_PER_ROW
    assert seating["seats_per_table"]["maximum"] == limits.MAX_SEATS_PER_TABLE
    assert DEFS["event"]["properties"]["expected_attendance"]["maximum"] == limits.MAX_ATTENDANCE
    assert DEFS["session"]["properties"]["expected_attendance"]["maximum"] == limits.MAX_ATTENDANCE


def test_every_number_in_the_schema_is_bounded_above():
    """A number without an upper bound is one a file can make absurd; rotation is the exception,
    since any angle means an angle between 0 and 360."""
    unbounded = []

    def visit(node, path):
        if isinstance(node, dict):
            if node.get("type") in ("number", "integer") and "maximum" not in node:
                unbounded.append(path)
            for key, child in node.items():
                visit(child, f"{path}.{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                visit(child, f"{path}[{i}]")

    visit(SCHEMA, "$")
    assert sorted(unbounded) == ["$.$defs.booth.properties.rotation", "$.$defs.seating.properties.rotation",
                                 "$.properties.version"]
