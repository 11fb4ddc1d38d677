"""The plan sheet read back: pages, text (Korean too), fonts, scale, determinism, the booth list."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pdfread import font_report, open_pdf, page_text, pixel, squeeze, text_centre

from boothplanner.export.options import PlanOptions
from boothplanner.export.page import OptionError, paper_size, points_per_metre
from boothplanner.export.pdfdoc import Cancelled
from boothplanner.export.sheet import export_plan
from boothplanner.model import Booth, Exhibitor

ROOT = Path(__file__).resolve().parents[2]


def _export(layout, **options) -> bytes:
    buffer = io.BytesIO()
    export_plan(layout, buffer, PlanOptions(**options))
    return buffer.getvalue()


def test_default_sheet_is_one_a3_landscape_page(plan_pdf):
    pdf = open_pdf(plan_pdf)
    assert len(pdf) == 1
    assert pdf[0].get_size() == pytest.approx(paper_size("A3", "landscape"), abs=0.01)


def test_every_booth_number_and_exhibitor_name_is_text(layout, plan_pdf):
    pdf = open_pdf(plan_pdf)
    text = squeeze("".join(page_text(p) for p in pdf))
    for booth in layout.booths.values():
        assert booth.number in text
        exhibitor = layout.exhibitors[booth.exhibitor]
        assert squeeze(exhibitor.name_ko) in text, exhibitor.name_ko
        assert squeeze(exhibitor.name) in text, exhibitor.name


def test_title_block_compliance_and_legend(plan_pdf):
    text = page_text(open_pdf(plan_pdf)[0])
    flat = squeeze(text)
    for expected in ("AI SEOUL 2025", "2025-02-11", "1:200 on A3 landscape", "Page 1 of 1", "Compliance",
                     "Exits: 7 provided, 4 required", "Legend", "Hose cabinet", "Pull station", "Column / obstacle",
                     "EXIT 2.00 m"):
        assert squeeze(expected) in flat, expected
    assert squeeze("Venue geometry is illustrative") in flat
    assert squeeze("112 seats") in flat


def test_fonts_are_the_bundled_font_embedded(plan_pdf):
    embedded, missing = font_report(plan_pdf)
    assert embedded >= 2 and missing == []
    assert b"BoothplannerSans" in plan_pdf and b"Helvetica" not in plan_pdf


def test_scale_is_true(layout):
    # are 3 m apart centre to centre: 85.04 pt at 1:100.
    pdf = open_pdf(_export(layout, paper="A1", scale="1:100"))
    page = pdf[0]
    (x1, y1), (x2, y2) = text_centre(page, "A-01"), text_centre(page, "A-02")
    assert x2 - x1 == pytest.approx(3 * points_per_metre(100), abs=0.3)
    assert y1 == pytest.approx(y2, abs=0.3)
    # Measured on the pixels too: B-01 (6 m wide, sold) is an unbroken run of its fill colour
    # 170 pt long, on a row just above its number (the top line of its label).
    scale = 2.0
    image = page.render(scale=scale).to_pil().convert("RGB")
    cx, cy = text_centre(page, "B-01")
    row = int((page.get_size()[1] - cy - 0.6 * points_per_metre(100)) * scale)
    sold = (0x9f, 0xd4, 0xa8)
    left = right = int(cx * scale)
    while _near(image.getpixel((left - 1, row)), sold):
        left -= 1
    while _near(image.getpixel((right + 1, row)), sold):
        right += 1
    assert (right - left + 1) / scale == pytest.approx(6 * points_per_metre(100), abs=1.5)


def _near(rgb, target, tolerance=12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, target))


def test_same_input_same_bytes_even_in_another_process(layout, plan_pdf):
    assert _export(layout) == plan_pdf
    code = textwrap.dedent("""
        import io, sys
        from boothplanner.io import load
        from boothplanner.resources import DEFAULT_LAYOUT
        from boothplanner.export.sheet import export_plan
        buffer = io.BytesIO()
        export_plan(load(DEFAULT_LAYOUT), buffer)
        sys.stdout.buffer.write(buffer.getvalue())
    """)
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""}).stdout
    assert other == plan_pdf


def test_export_imports_no_qt():
    code = textwrap.dedent("""
        import io, sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError(name)
        sys.meta_path.insert(0, BlockQt())
        import pkgutil, importlib, boothplanner.export as package
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module("boothplanner.export." + info.name)
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def test_colour_by_category_and_revision_fields(layout):
    text = squeeze(page_text(open_pdf(_export(layout, colour_by="category", revision="3", revision_date="2025-01-27",
                                              prepared_by="김민수"))[0]))
    assert squeeze("Booth: startup") in text and "3(2025-01-27)" in text and "김민수" in text


def test_booths_too_small_for_names_go_to_the_booth_list(layout):
    small = layout.copy()
    for i in range(40):
        eid = f"EX-T{i}"
        small.exhibitors[eid] = Exhibitor(eid, f"Tiny Robotics Company {i}", f"작은 로봇 회사 {i}")
        small.booths[f"T{i}"] = Booth(f"T{i}", f"T-{i:02d}", (45.5 + (i % 10) * 1.0, 22.5 + (i // 10) * 0.5), (1.0, 0.5),
                                      status="sold", exhibitor=eid)
    pdf = open_pdf(_export(small, paper="A4", scale="fit"))
    assert len(pdf) >= 2
    assert squeeze("Booth list") in squeeze(page_text(pdf[1]))
    text = squeeze("".join(page_text(p) for p in pdf))
    for i in range(40):
        assert f"T-{i:02d}" in text and squeeze(f"작은 로봇 회사 {i}") in text


def test_cancel_writes_nothing(layout, tmp_path):
    path = tmp_path / "plan.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 1
    with pytest.raises(Cancelled):
        export_plan(layout, path, PlanOptions(), progress)
    assert not path.exists() and calls


def test_progress_reaches_the_total(layout, tmp_path):
    calls = []
    export_plan(layout, tmp_path / "plan.pdf", PlanOptions(), lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] and (tmp_path / "plan.pdf").exists()


def test_options_that_cannot_be_honoured(layout):
    with pytest.raises(OptionError, match="does not fit"):
        _export(layout, scale="1:50")
    with pytest.raises(OptionError, match="YYYY-MM-DD"):
        _export(layout, revision_date="27/01/2025")


def test_a_pixel_of_the_plan(layout, plan_pdf):
    # The sold booth B-01 is filled in the sold colour on the rendered sheet.
    page = open_pdf(plan_pdf)[0]
    x, y = text_centre(page, "B-01")
    assert _near(pixel(page, x - 20, y), (0x9f, 0xd4, 0xa8))


def test_failed_checks_show_in_the_compliance_box(layout):
    import dataclasses
    broken = layout.copy()
    broken.booths["B13"] = dataclasses.replace(broken.booths["B13"], center=(56, 32.5))   # in front of a door
    text = squeeze(page_text(open_pdf(_export(broken))[0]))
    assert squeeze("kept clear in front of exits") + "FAIL×" in text
