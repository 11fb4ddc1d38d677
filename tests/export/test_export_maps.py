"""Exhibitor booth maps read back: one A4 page each, names, the highlighted booth's colour, split files."""

from __future__ import annotations

import io

import pytest
import shapely
from pdfread import font_report, open_pdf, page_text, pixel, squeeze

from boothplanner.export.maps import (
    export_booth_maps, export_split_maps, exhibitor_booths, map_setup, page_transform, split_file_name,
)
from boothplanner.export.page import paper_size
from boothplanner.export.pdfdoc import Cancelled
from boothplanner.export.style import HIGHLIGHT
from boothplanner.model import Booth, Exhibitor


def test_one_a4_page_per_exhibitor_with_a_booth(layout, maps_pdf):
    groups = exhibitor_booths(layout)
    pdf = open_pdf(maps_pdf)
    assert len(pdf) == len(groups) == 25
    a4 = paper_size("A4", map_setup(layout).orientation)
    for i, (exhibitor, booths) in enumerate(groups):
        page = pdf[i]
        assert page.get_size() == pytest.approx(a4, abs=0.01)
        text = squeeze(page_text(page))
        assert squeeze(exhibitor.name_ko) in text and squeeze(exhibitor.name) in text
        for booth in booths:
            assert booth.number in text
        assert "AISEOUL2025" in text and "2025-02-11" in text and squeeze("Nearest entrance") in text


def test_the_exhibitors_booth_is_highlighted(layout, maps_pdf):
    pdf = open_pdf(maps_pdf)
    t = page_transform(map_setup(layout), layout)
    groups = exhibitor_booths(layout)
    rokaf = next(i for i, (ex, _) in enumerate(groups) if ex.id == "EX-ROKAF-AI")
    page = pdf[rokaf]
    image = page.render(scale=2).to_pil().convert("RGB")
    target = tuple(round(v * 255) for v in HIGHLIGHT.rgb())
    booth = layout.booths["B14"]                     # B-01, the Air Force's booth
    other = layout.booths["B21"]                     # C-01, someone else's
    for b, highlighted in ((booth, True), (other, False)):
        # A point inside the booth near a corner, clear of its number.
        x, y = t.point(b.center[0] - b.width * 0.4, b.center[1] - b.depth * 0.35)
        colour = pixel(page, x, y, image=image)
        assert (max(abs(a - c) for a, c in zip(colour, target)) <= 10) == highlighted, colour


def test_nearest_entrance_is_named_and_is_never_an_emergency_or_service_door(layout, maps_pdf):
    pdf = open_pdf(maps_pdf)
    groups = exhibitor_booths(layout)
    i = next(i for i, (ex, _) in enumerate(groups) if ex.id == "EX-ROKAF-AI")
    # B-01 stands by the north service doors, but visitors come in from the lobby.
    text = squeeze(page_text(pdf[i]))
    assert squeeze("Nearest entrance / 가까운 출입구: Main entrance (lobby)") in text
    assert "service" not in text
    for page in pdf:
        assert "비상구" not in page_text(page) and "service door" not in page_text(page)


def test_a_venue_without_marked_entrances_sends_visitors_to_the_nearest_door(layout):
    from dataclasses import replace
    from boothplanner.export.entrances import nearest_entrances
    booth = layout.booths["B14"]
    footprint = {"b": shapely.box(booth.center[0] - 3, booth.center[1] - 1.5, booth.center[0] + 3, booth.center[1] + 1.5)}
    assert nearest_entrances(layout, footprint)["b"].exit.id == "EXIT-S2"
    layout = layout.copy()                           # the fixture is shared by the whole session
    layout.venue = replace(layout.venue, exits=tuple(replace(x, entrance=False) for x in layout.venue.exits))
    assert nearest_entrances(layout, footprint)["b"].exit.id == "EXIT-N2"


def test_maps_fonts_embedded_and_deterministic(layout, maps_pdf):
    embedded, missing = font_report(maps_pdf)
    assert embedded >= 2 and missing == []
    buffer = io.BytesIO()
    export_booth_maps(layout, buffer)
    assert buffer.getvalue() == maps_pdf
    # The plan, and the page around it, are drawn once each as forms and placed on every page.
    assert maps_pdf.count(b"/Subtype /Form") == 2


def test_split_writes_one_file_per_exhibitor(layout, tmp_path):
    result = export_split_maps(layout, tmp_path / "maps")
    names = sorted(p.name for p in (tmp_path / "maps").iterdir())
    assert len(names) == 25 == len(result.files)
    assert "B-01 ROK Air Force AI Technology Convergence Center.pdf" in names
    pdf = open_pdf((tmp_path / "maps" / "C-01 Seoul AI Hub.pdf").read_bytes())
    assert len(pdf) == 1 and "서울AI허브" in page_text(pdf[0])


def test_split_file_names_are_safe_and_keep_korean():
    korean = Exhibitor("x", "", "서울AI허브")
    assert split_file_name([Booth("b", "가-12", (0, 0), (3, 3))], korean) == "가-12 서울AI허브.pdf"
    odd = Exhibitor("y", 'A/B: "C" <D>? *E* | F.', "")
    booths = [Booth("b1", "A-1", (0, 0), (3, 3)), Booth("b2", "A-2", (3, 0), (3, 3))]
    assert split_file_name(booths, odd) == "A-1+A-2 A_B_ _C_ _D_ _E_ _ F.pdf"
    long = Exhibitor("z", "", "가" * 200)
    assert len(split_file_name(booths, long).encode("utf-8")) <= 190


def test_split_names_do_not_collide(layout, tmp_path):
    twins = layout.copy()
    twins.exhibitors = {**twins.exhibitors, "EX-TWIN": Exhibitor("EX-TWIN", "Seoul AI Hub", "서울AI허브")}
    twins.booths = {**twins.booths, "B21": Booth("B21", "C-01", (49, 18), (6, 6), status="sold", exhibitor="EX-TWIN")}
    twins.booths["B99"] = Booth("B99", "C-01", (40, 20), (3, 3), exhibitor="EX-SEOUL-AI-HUB")
    result = export_split_maps(twins, tmp_path)
    assert len({p.name for p in result.files}) == len(result.files)


def test_cancelled_maps_write_nothing(layout, tmp_path):
    with pytest.raises(Cancelled):
        export_booth_maps(layout, tmp_path / "maps.pdf", lambda done, total: done < 3)
    assert not (tmp_path / "maps.pdf").exists()
    with pytest.raises(Cancelled):
        export_split_maps(layout, tmp_path / "split", lambda done, total: done < 3)
    assert list((tmp_path / "split").iterdir()) == []
