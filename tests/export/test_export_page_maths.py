"""Page-layout maths without drawing: paper, scales, the y flip, sheet arrangement and tiles."""


import pytest

from boothplanner.export.page import (
    MM, OptionError, Transform, centred_transform, choose_scale, nice_bar_length, paper_size, parse_scale,
    points_per_metre,
)
from boothplanner.export.sheet_layout import PanelSpec, layout_sheet
from boothplanner.export.tiling import row_letters, tile_grid


def test_paper_sizes_in_points():
    assert paper_size("A4") == pytest.approx((595.28, 841.89), abs=0.01)
    assert paper_size("a3", "landscape") == pytest.approx((1190.55, 841.89), abs=0.01)
    assert paper_size("letter") == (612, 792)
    assert paper_size("tabloid", "landscape") == (1224, 792)
    assert paper_size("ARCH-D") == (1728, 2592)
    with pytest.raises(OptionError, match="unknown paper"):
        paper_size("B5")


def test_three_metre_booth_at_1_100_is_30_mm():
    assert 3 * points_per_metre(100) == pytest.approx(85.04, abs=0.01)
    assert 3 * points_per_metre(100) / MM == pytest.approx(30.0)


@pytest.mark.parametrize("text, value", [("1:200", 200), ("1 : 50", 50), ("250", 250), ("fit", "fit"), ("FIT", "fit")])
def test_parse_scale(text, value):
    assert parse_scale(text) == value


@pytest.mark.parametrize("text", ["1:0", "1:x", "2:100", "", "-5", "1:1.5"])
def test_bad_scales_are_refused(text):
    with pytest.raises(OptionError):
        parse_scale(text)


def test_largest_standard_scale_that_fits():
    # 64 m at 1:200 is 320 mm: fits 330 mm, not 310 mm (then 1:250).
    assert choose_scale((64, 34), (330 * MM, 200 * MM)).denominator == 200
    assert choose_scale((64, 34), (310 * MM, 200 * MM)).denominator == 250
    assert choose_scale((5000, 10), (100 * MM, 100 * MM)) is None


def test_fit_states_a_whole_scale_that_still_fits():
    scale = choose_scale((64, 34), (300 * MM, 200 * MM), "fit")
    assert scale.fitted and scale.label == "1:214"     # 64 m / 300 mm = 1:213.3, rounded up
    assert 64 * scale.points_per_metre <= 300 * MM


def test_requested_scale_fits_or_not():
    assert choose_scale((64, 34), (400 * MM, 300 * MM), 100) is None
    assert choose_scale((64, 34), (400 * MM, 300 * MM), 500).label == "1:500"


def test_transform_flips_y():
    t = Transform(k=10.0, origin_m=(0.0, 0.0), left_pt=100.0, top_pt=500.0)
    assert t.point(0, 0) == (100.0, 500.0)       # the plan's top-left is the drawing's top-left
    assert t.point(2, 3) == (120.0, 470.0)       # plan y down -> PDF y up
    assert t.inverse(*t.point(7.5, 1.25)) == pytest.approx((7.5, 1.25))


def test_centred_transform():
    t = centred_transform((0, 0, 10, 5), 10.0, (0, 0, 200, 100))
    assert t.point(0, 0) == (50.0, 75.0)
    assert t.point(10, 5) == (150.0, 25.0)


def test_scale_bar_lengths_are_round():
    assert nice_bar_length(points_per_metre(200), 150) == 10
    assert nice_bar_length(points_per_metre(1000), 150) == 50


def _panels(height=100.0):
    return [PanelSpec("legend", 150, lambda w: height, grows=True), PanelSpec("title", 330, lambda w: height)]


def test_auto_orientation_picks_the_larger_scale():
    wide = layout_sheet("A3", "auto", (64, 34), 8, None, _panels())
    assert wide.orientation == "landscape" and wide.scale.label == "1:200"
    tall = layout_sheet("A3", "auto", (34, 64), 8, None, _panels())
    assert tall.orientation == "portrait"
    forced = layout_sheet("A3", "portrait", (64, 34), 8, None, _panels())
    assert forced.orientation == "portrait" and forced.scale.denominator > 200


def test_sheet_refuses_a_scale_that_does_not_fit():
    with pytest.raises(OptionError, match="does not fit A3 at 1:50"):
        layout_sheet("A3", "auto", (64, 34), 8, 50, _panels())


def test_row_letters():
    assert [row_letters(i) for i in (0, 1, 25, 26, 27, 701)] == ["A", "B", "Z", "AA", "AB", "ZZ"]


def test_tile_grid_covers_the_sheet_with_overlaps():
    sheet = paper_size("A3", "landscape")
    grid = tile_grid(sheet, "A4")
    assert (grid.rows, grid.columns) == (2, 2)
    assert [t.label for t in grid.tiles] == ["A1", "A2", "B1", "B2"]
    a1, a2 = grid.tiles[0], grid.tiles[1]
    overlap = a1.region[0] + a1.region[2] - a2.region[0]
    assert overlap == pytest.approx(12 * MM)
    # The cells share edges and together cover the sheet.
    assert a1.cell[0] + a1.cell[2] == pytest.approx(a2.cell[0])
    xs = [t.region[0] for t in grid.tiles] + [t.region[0] + t.region[2] for t in grid.tiles]
    ys = [t.region[1] for t in grid.tiles] + [t.region[1] + t.region[3] for t in grid.tiles]
    assert min(xs) <= 0 and max(xs) >= sheet[0] and min(ys) <= 0 and max(ys) >= sheet[1]
    assert grid.neighbour(a1, 1, 0).label == "B1" and grid.neighbour(a1, -1, 0) is None


def test_tile_grid_limits_the_page_count():
    huge = (points_per_metre(1) * 64, points_per_metre(1) * 34)
    with pytest.raises(OptionError, match="tiles; the limit is"):
        tile_grid(huge, "A4")
    with pytest.raises(OptionError):
        tile_grid(paper_size("A1"), "A2")
