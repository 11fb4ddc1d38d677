"""Export tests share the default layout and its PDFs, made once per test session."""

from __future__ import annotations

import io

import pytest

from boothplanner.io import load
from boothplanner.resources import DEFAULT_LAYOUT


@pytest.fixture(scope="session")
def layout():
    return load(DEFAULT_LAYOUT)


@pytest.fixture(scope="session")
def plan_pdf(layout) -> bytes:
    from boothplanner.export.options import PlanOptions
    from boothplanner.export.sheet import export_plan
    buffer = io.BytesIO()
    export_plan(layout, buffer, PlanOptions())
    return buffer.getvalue()


@pytest.fixture(scope="session")
def maps_pdf(layout) -> bytes:
    from boothplanner.export.maps import export_booth_maps
    buffer = io.BytesIO()
    export_booth_maps(layout, buffer)
    return buffer.getvalue()
