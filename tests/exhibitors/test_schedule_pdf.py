"""The schedule PDF read back: text (Korean included), embedded fonts, A4 pages, repeated header, same bytes."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from boothplanner.exhibitors.schedule import booth_schedule
from boothplanner.exhibitors.schedule_pdf import schedule_pdf_bytes

from exhibitor_fixtures import Exhibitor, booth, room

A4_POINTS = (595.28, 841.89)


def big_layout(n: int = 90):
    """n booths in rows of 10, every third one sold to a Korean-named exhibitor."""
    booths, exhibitors = [], []
    for i in range(n):
        exhibitor = None
        if i % 3 == 0:
            exhibitor = f"ex-{i}"
            exhibitors.append(Exhibitor(exhibitor, f"Company {i}", f"주식회사 한빛{i}"))
        booths.append(booth(f"b-{i}", (2 + 4 * (i % 10), 2 + 4 * (i // 10)), number=f"A-{i + 1}",
                            status="sold" if exhibitor else "available", exhibitor=exhibitor))
    return room(booths, exhibitors, size=(45, 40), name="AI SEOUL 2025")


@pytest.fixture(scope="module")
def pdf_bytes():
    return schedule_pdf_bytes(booth_schedule(big_layout()))


def _pages_text(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_every_booth_number_and_exhibitor_name_is_text(pdf_bytes):
    text = " ".join(_pages_text(pdf_bytes))
    words = set(re.split(r"\s+", text))
    for i in range(90):
        assert f"A-{i + 1}" in words
        if i % 3 == 0:
            assert f"주식회사 한빛{i}" in text and f"Company {i}" in text
    assert "AI SEOUL 2025" in text and "2025-09-17" in text and "제1전시장" in text


def test_pages_are_a4_portrait_with_header_and_page_numbers_on_each(pdf_bytes):
    pages = _pages_text(pdf_bytes)
    assert len(pages) >= 3
    pdf = pdfium.PdfDocument(pdf_bytes)
    for i, text in enumerate(pages, start=1):
        assert pdf[i - 1].get_size() == pytest.approx(A4_POINTS, abs=0.01)
        assert "Booth type" in text and "Exhibitor" in text
        assert f"Page {i} of {len(pages)}" in text
    pdf.close()
    assert "Totals" in pages[-1] and "All booths" in pages[-1] and "Totals" not in pages[0]


def test_totals_on_the_last_page(pdf_bytes):
    last = _pages_text(pdf_bytes)[-1]
    # 30 sold and 60 available 3 x 3 m booths.
    assert re.search(r"Sold\s+30\s+270\s+33\.3 %", last)
    assert re.search(r"Available\s+60\s+540", last)
    assert re.search(r"All booths\s+90\s+810", last)
    assert "sold 270 m²" in last


def test_only_the_bundled_font_is_used_and_it_is_embedded(pdf_bytes):
    assert b"/FontFile2" in pdf_bytes
    fonts = set(re.findall(rb"/BaseFont /([A-Za-z0-9+\-]+)", pdf_bytes))
    assert fonts and all(b"BoothplannerSans" in f and b"+" in f for f in fonts), fonts  # subsets only
    assert b"Helvetica" not in pdf_bytes


def test_same_input_gives_the_same_bytes(pdf_bytes):
    assert schedule_pdf_bytes(booth_schedule(big_layout())) == pdf_bytes


def test_names_with_markup_characters_print_as_written():
    layout = room([booth("b", (3, 3), number="A<1>", exhibitor="e")], [Exhibitor("e", "R&D <Lab>", "연구&개발")])
    text = _pages_text(schedule_pdf_bytes(booth_schedule(layout)))[0]
    assert "A<1>" in text and "R&D <Lab>" in text and "연구&개발" in text
