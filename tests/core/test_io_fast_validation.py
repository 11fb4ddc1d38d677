"""The compiled fast path must accept exactly what the full JSON Schema validator accepts."""

import copy
import json

from hypothesis import given, settings, strategies as st

from boothplanner.io.validation import _validator, is_structurally_valid
from boothplanner.resources import DEFAULT_LAYOUT

BASE = json.loads(DEFAULT_LAYOUT.read_text("utf-8"))
values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(-5, 5, allow_nan=False),
                   st.text(max_size=3), st.lists(st.integers(0, 3), max_size=3), st.just({}))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:2]):
            yield from _paths(v, prefix + (i,))


PATHS = [p for p in _paths(BASE) if p]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATHS), values, st.booleans())
def test_fast_and_full_validators_agree(path, value, as_new_key):
    doc = copy.deepcopy(BASE)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if as_new_key and isinstance(parent, dict):
        parent[f"{path[-1]}_"] = value
    else:
        parent[path[-1]] = value
    full = not any(True for _ in _validator().iter_errors(doc))
    assert is_structurally_valid(doc) == full


def test_booleans_are_not_numbers_on_the_fast_path():
    doc = copy.deepcopy(BASE)
    doc["seating"][0]["rows"] = True
    assert not is_structurally_valid(doc)
