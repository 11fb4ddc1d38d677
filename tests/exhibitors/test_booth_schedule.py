"""The booth schedule's rows, order and totals, and its CSV form for Excel."""

from __future__ import annotations

import csv
import io

import pytest

from boothplanner.exhibitors.schedule import booth_schedule, format_number
from boothplanner.exhibitors.schedule_csv import schedule_csv_bytes

from exhibitor_fixtures import Exhibitor, booth, room


def small_layout():
    """Five booths apart from each other (all islands), every status, two exhibitors."""
    return room(
        [booth("b-10", (3, 3), number="A-10", status="sold", exhibitor="ex-1"),
         booth("b-2", (9, 3), number="A-2"),
         booth("b-1", (16, 3), size=(6, 3), number="A-1", status="sold", exhibitor="ex-2"),
         booth("b-b1", (5, 12), size=(4, 2.5), number="B-1", status="reserved", exhibitor="ex-1"),
         booth("b-b3", (12, 12), size=(2, 2), number="B-3", status="blocked")],
        [Exhibitor("ex-1", "LG Electronics", "엘지전자"), Exhibitor("ex-2", "", "네이버")],
    )


def test_rows_in_natural_number_order_with_names_sizes_and_types():
    rows = booth_schedule(small_layout()).rows
    assert [r.number for r in rows] == ["A-1", "A-2", "A-10", "B-1", "B-3"]
    first = rows[0]
    assert (first.exhibitor_ko, first.exhibitor_en, first.width, first.depth, first.area) == ("네이버", "", 6, 3, 18)
    assert first.size_text == "6 × 3 m"
    assert rows[3].size_text == "4 × 2.5 m" and rows[3].area == 10
    assert rows[1].exhibitor_ko == rows[1].exhibitor_en == "" and rows[1].exhibitor_id is None
    assert {r.booth_type for r in rows} == {"island"}


def test_totals_by_status_computed_by_hand():
    totals = booth_schedule(small_layout()).totals
    # sold: A-10 (3 x 3 = 9) + A-1 (6 x 3 = 18); available: A-2 (9); reserved: B-1 (4 x 2.5 = 10); blocked: B-3 (4)
    assert totals.booths_by_status == {"available": 1, "reserved": 1, "sold": 2, "blocked": 1}
    assert totals.area_by_status == {"available": 9, "reserved": 10, "sold": 27, "blocked": 4}
    assert (totals.booths, totals.area, totals.area_sold) == (5, 50, 27)


def test_empty_layout_has_zero_totals():
    schedule = booth_schedule(room())
    assert schedule.rows == [] and schedule.totals.booths == 0 and schedule.totals.area_sold == 0


@pytest.mark.parametrize("value, text", [(3, "3"), (13.5, "13.5"), (10.2375, "10.24"), (0.004, "0"), (-0.0, "0")])
def test_numbers_print_without_trailing_zeros(value, text):
    assert format_number(value) == text


def test_csv_starts_with_bom_uses_crlf_and_reads_back_in_utf8_sig():
    data = schedule_csv_bytes(booth_schedule(small_layout()))
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Booth", "Exhibitor (Korean)", "Exhibitor (English)", "Width (m)", "Depth (m)", "Area (m²)",
                       "Status", "Booth type"]
    assert rows[1] == ["A-1", "네이버", "", "6", "3", "18", "Sold", "Island"]
    assert rows[3] == ["A-10", "엘지전자", "LG Electronics", "3", "3", "9", "Sold", "Island"]
    assert rows[6] == []
    totals = {r[0]: r[1:] for r in rows[8:]}
    assert totals == {"Available": ["1", "9"], "Reserved": ["1", "10"], "Sold": ["2", "27"], "Blocked": ["1", "4"],
                      "All booths": ["5", "50"]}


def test_csv_keeps_excel_from_reading_a_name_as_a_formula():
    layout = room([booth("b", (3, 3), number="=1+1", exhibitor="ex")], [Exhibitor("ex", "@home", "+플러스")])
    rows = list(csv.reader(io.StringIO(schedule_csv_bytes(booth_schedule(layout)).decode("utf-8-sig"))))
    assert rows[1][:3] == ["'=1+1", "'+플러스", "'@home"]
