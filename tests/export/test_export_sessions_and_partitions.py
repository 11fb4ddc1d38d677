"""Sessions on the plan sheet (the box, the session-list pages) and movable walls on the plan,
read back from the PDF."""

from __future__ import annotations

import dataclasses
import io
import re

import shapely
from pdfread import open_pdf, page_text, pixel, squeeze

from boothplanner.export.options import PlanOptions
from boothplanner.export.plan import form_transform
from boothplanner.export.session_table import SessionLine, sheet_selection
from boothplanner.export.sheet import export_plan, plan_sheet_setup
from boothplanner.export.fonts import text_width
from boothplanner.export.textfit import elide


def _export(layout, **options) -> bytes:
    buffer = io.BytesIO()
    export_plan(layout, buffer, PlanOptions(**options))
    return buffer.getvalue()


def _text(data: bytes) -> str:
    return "\n".join(page_text(p) for p in open_pdf(data))


def _rows(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def _with_partitions(layout, open_):
    copy = layout.copy()
    parts = tuple(dataclasses.replace(p, open=open_) for p in copy.venue.partitions)
    copy.venue = dataclasses.replace(copy.venue, partitions=parts)
    return copy


def _without_sessions(layout):
    copy = layout.copy()
    copy.sessions.clear()
    return copy


def _more_sessions(layout, days=(12, 13)):
    """The default programme repeated on more days, one session on the last day far too full."""
    copy = layout.copy()
    base = list(layout.sessions.values())
    for day in days:
        for i, s in enumerate(base):
            extra = 3000 if (day == days[-1] and s.id == "S-EXPERT-DAILY-LIFE") else 0
            copy.sessions[f"{s.id}-{day}"] = dataclasses.replace(
                s, id=f"{s.id}-{day}", start=s.start.replace("-11T", f"-{day}T"), end=s.end.replace("-11T", f"-{day}T"),
                expected_attendance=s.expected_attendance + extra)
    return copy


def test_default_sheet_lists_every_session_with_its_numbers(layout, plan_pdf):
    pdf = open_pdf(plan_pdf)
    assert len(pdf) == 1 and len(layout.sessions) == 9
    text = page_text(pdf[0])
    rows = _rows(text)
    assert "Sessions" in rows
    assert "TIME SESSION SEATS EXPECTED STANDING FLOOR" in rows
    # The keynote's shortfall: 813 seats for 1,500 expected, 687 standing, and the floor holds them.
    assert "10:30–11:10 Keynote: Jerry Kaplan 813 1,500 687 yes" in rows
    assert "11:10–11:50 Keynote: Yoshua Bengio 813 1,400 587 yes" in rows
    assert "13:30–14:30 Expert talks: AI ethics 813 750 0 –" in rows
    flat = squeeze(text)
    for session in layout.sessions.values():
        # Long names are cut with an ellipsis to fit the box; their beginning is always there.
        assert squeeze(session.name[:20]) in flat, session.name
        assert squeeze(session.name_ko[:8]) in flat, session.name_ko
    assert squeeze("기조연설: 제리 카플란") in flat
    assert squeeze("the free floor (1,302 m²) holds 2,830 standing at 0.46 m² a person") in flat
    assert squeeze("Seats for each session: 4 of 9 short (see Sessions)") in flat


def test_sessions_are_in_start_order(layout, plan_pdf):
    text = page_text(open_pdf(plan_pdf)[0])
    times = re.findall(r"(\d\d:\d\d)–\d\d:\d\d", text)
    assert len(times) == 9 and times == sorted(times)


def test_a_layout_without_sessions_has_no_sessions_box(layout):
    data = _export(_without_sessions(layout))
    text = _text(data)
    assert len(open_pdf(data)) == 1
    assert "Sessions" not in text and "EXPECTED STANDING" not in text
    assert "Seats for each" not in text


def test_open_partitions_are_in_the_legend_and_name_no_rooms(layout, plan_pdf):
    assert all(p.open for p in layout.venue.partitions) and len(layout.venue.partitions) == 4
    text = page_text(open_pdf(plan_pdf)[0])
    assert "Movable wall (open)" in text and "Movable wall (closed)" not in text
    assert not re.search(r"\bRoom \d", text)


def test_no_partitions_no_movable_wall_legend(layout):
    copy = layout.copy()
    copy.venue = dataclasses.replace(copy.venue, partitions=())
    assert "Movable wall" not in _text(_export(copy))


def test_closed_partitions_name_the_rooms(layout):
    closed = _with_partitions(layout, False)
    text = page_text(open_pdf(_export(closed))[0])
    assert "Movable wall (closed)" in text and "Movable wall (open)" not in text
    for n in range(1, 6):
        assert f"Room {n}" in text


def _partition_pixels(layout, data):
    """Darkness along PART-1 on the page, at points of bare floor (no element, no exit zone)."""
    sheet = plan_sheet_setup(layout, PlanOptions())
    k = sheet.scale.points_per_metre
    t, size = form_transform(layout, k)
    area = sheet.plan_area
    ox, oy = area.x + (area.w - size[0]) / 2, area.y + (area.h - size[1]) / 2
    taken = shapely.union_all([shapely.Polygon(e.corners()).buffer(0.4) for e in layout.placed()] +
                              [shapely.LineString([x.start, x.end]).buffer(3.5) for x in layout.venue.exits])
    part = next(p for p in layout.venue.partitions if p.id == "PART-1")
    page = open_pdf(data)[0]
    image = page.render(scale=3.0).to_pil().convert("RGB")
    out = []
    for i in range(1, 68):
        x, y = part.start[0], part.start[1] + i * 0.5
        if taken.contains(shapely.Point(x, y)):
            continue
        px, py = t.point(x, y)
        out.append(sum(pixel(page, ox + px, oy + py, scale=3.0, image=image)) / 3)
    assert len(out) >= 5
    return out


def test_closed_partitions_are_walls_open_ones_a_light_dashed_track(layout, plan_pdf):
    open_dark = _partition_pixels(layout, plan_pdf)
    closed = _with_partitions(layout, False)
    closed_dark = _partition_pixels(closed, _export(closed))
    assert all(v < 90 for v in closed_dark), closed_dark
    # The track is thin, grey and dashed: never as dark as a wall, and with gaps.
    assert min(open_dark) > 90 and max(open_dark) > 200, open_dark


def test_many_sessions_the_short_ones_first_and_all_on_a_session_page(layout):
    many = _more_sessions(layout)
    data = _export(many)
    pdf = open_pdf(data)
    assert len(pdf) == 2
    sheet = page_text(pdf[0])
    assert re.search(r"\+\d+ more sessions, \d+ of them with people standing: all on page 2", " ".join(sheet.split()))
    # The session the floor cannot hold is on the sheet, marked NO.
    assert "15:30–16:10 Expert talks: AI in daily life 813 3,650 2,837 NO" in _rows(sheet)
    listing = page_text(pdf[1])
    assert "Sessions: AI SEOUL 2025" in listing and "Page 2 of 2" in listing
    assert len(re.findall(r"\d\d:\d\d–\d\d:\d\d", listing)) == 27
    for day in ("2025-02-11", "2025-02-12", "2025-02-13"):
        assert day in listing


def test_no_room_for_the_box_on_a4_the_sessions_go_on_a_page(layout):
    data = _export(layout, paper="A4")
    pdf = open_pdf(data)
    assert "EXPECTED STANDING" not in page_text(pdf[0])
    last = page_text(pdf[len(pdf) - 1])
    assert "Sessions: AI SEOUL 2025" in last and f"Page {len(pdf)} of {len(pdf)}" in last
    assert "10:30–11:10 Keynote: Jerry Kaplan 813 1,500 687 yes" in _rows(last)


def test_the_box_never_costs_the_plan_its_scale(layout):
    # At the standard scales (a fitted scale also moves with the compliance box's session row).
    for options in (PlanOptions(), PlanOptions(paper="A4"), PlanOptions(paper="A2"),
                    PlanOptions(paper="A4", orientation="landscape")):
        with_sessions = plan_sheet_setup(layout, options)
        without = plan_sheet_setup(_without_sessions(layout), options)
        assert with_sessions.scale.denominator <= without.scale.denominator
    assert plan_sheet_setup(layout, PlanOptions()).sessions_shown == 9


def test_sessions_and_closed_walls_same_bytes(layout):
    closed = _with_partitions(_more_sessions(layout), False)
    assert _export(closed) == _export(closed)


def _line(i, standing=0, holds=None):
    return SessionLine(f"S{i}", "2025-02-11", f"{i:02d}:00–{i:02d}:30", f"Session {i}", "", 100, 100 + standing,
                       standing, holds)


def test_sheet_selection_keeps_the_short_sessions_first_in_start_order():
    lines = [_line(i) for i in range(12)]
    lines[3] = _line(3, 50, True)
    lines[11] = _line(11, 500, False)
    shown, hidden, hidden_short = sheet_selection(lines, 4)
    assert [s.session_id for s in shown] == ["S0", "S1", "S3", "S11"]
    assert (hidden, hidden_short) == (8, 0)
    shown, hidden, hidden_short = sheet_selection(lines, 1)
    assert [s.session_id for s in shown] == ["S11"] and (hidden, hidden_short) == (11, 1)
    assert sheet_selection(lines[:3], 4) == (lines[:3], 0, 0)


def test_elide_fits_the_width():
    name = "AI Trend 2025: Seoul National University, ETRI, ROK Air Force AI Technology Convergence Center"
    cut = elide(name, 6.3, 100.0)
    assert cut.endswith("…") and name.startswith(cut[:-1]) and text_width(cut, 6.3) <= 100.0
    assert elide("Keynote", 6.3, 100.0) == "Keynote"
    assert elide("기조연설: 요슈아 벤지오 교수", 5.4, 40.0).endswith("…")
    assert elide("anything", 6.3, 1.0) == ""
