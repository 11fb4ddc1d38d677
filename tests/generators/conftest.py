"""Fixtures for the generator tests."""

import pytest

from boothplanner.io import load
from boothplanner.resources import DEFAULT_LAYOUT


@pytest.fixture
def default_layout():
    return load(DEFAULT_LAYOUT)
