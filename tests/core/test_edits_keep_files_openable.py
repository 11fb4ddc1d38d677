"""Whatever a user does to a layout, saving it gives a file the program opens again, equal to
what was saved. Seating blocks make themselves consistent as they are made."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boothplanner.commands import edit_elements
from boothplanner.io import dumps, load, loads
from boothplanner.model import SeatingBlock
from boothplanner.model import limits

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
