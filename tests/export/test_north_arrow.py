"""The north arrow points where the venue says north is, on the plan sheet, the maps and the file."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pdfread import open_pdf
from reportlab.pdfgen.canvas import Canvas

from boothplanner.export import map_page, sheet_panels
from boothplanner.export.fonts import register_fonts
from boothplanner.export.maps import export_booth_maps
from boothplanner.export.options import PlanOptions
from boothplanner.export.sheet import export_plan
from boothplanner.export.symbols import north_arrow
from boothplanner.io import dumps, loads

SIZE = 40.0


def _dark_pixels(north: float):
    """Dark pixels of an arrow drawn alone at the middle of a small page, relative to its middle
    (x right, y up, points)."""
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(100, 100))
    north_arrow(c, 50, 50 - SIZE / 2, SIZE, north=north)
    c.save()
    image = open_pdf(buffer.getvalue())[0].render(scale=2).to_pil().convert("L")
    return [(x / 2 - 50, 50 - y / 2) for y in range(image.height) for x in range(image.width)
            if image.getpixel((x, y)) < 100]


@pytest.mark.parametrize("north, direction", [(0, (0, 1)), (90, (1, 0)), (180, (0, -1)), (270, (-1, 0))])
def test_the_arrow_tip_points_to_north(north, direction):
    dark = _dark_pixels(north)
    # The farthest ink from the middle along the expected direction is the tip (and the N past it).
    reach = max(x * direction[0] + y * direction[1] for x, y in dark)
    assert reach > SIZE / 2
    for other in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        if other != direction:
            assert max(x * other[0] + y * other[1] for x, y in dark) < reach - 5


def test_sheet_and_maps_turn_their_arrows_by_the_venue_north(layout, monkeypatch):
    turned = layout.copy()
    turned.venue = replace(turned.venue, north=30.0)
    seen = []
    monkeypatch.setattr(sheet_panels, "north_arrow", lambda *a, **k: seen.append(("sheet", k.get("north"))))
    monkeypatch.setattr(map_page, "north_arrow", lambda *a, **k: seen.append(("map", k.get("north"))))
    export_plan(turned, io.BytesIO(), PlanOptions())
    export_booth_maps(turned, io.BytesIO())
    assert ("sheet", 30.0) in seen and ("map", 30.0) in seen
    assert {north for _, north in seen} == {30.0}


def test_north_is_kept_in_the_file_and_absent_means_up(layout):
    doc = json.loads(dumps(layout))
    assert "north" not in doc["venue"] and layout.venue.north == 0.0
    doc["venue"]["north"] = 22.5
    again = loads(json.dumps(doc))
    assert again.venue.north == 22.5 and json.loads(dumps(again))["venue"]["north"] == 22.5
    doc["venue"]["north"] = 400
    with pytest.raises(Exception, match=r"\$\.venue\.north: must be at most 360"):
        loads(json.dumps(doc))
