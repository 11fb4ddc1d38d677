"""The booth list: pages after the sheet naming the exhibitors of booths too small to hold
their names on the plan, keyed by booth number (the number is printed in the booth)."""

from __future__ import annotations

import re

from boothplanner.export import style
from boothplanner.export.booth_labels import names_of
from boothplanner.export.fonts import BOLD, REGULAR
from boothplanner.export.page import MM
from boothplanner.export.textfit import ASCENT, LEADING, wrap

MARGIN = 12 * MM
HEADER = 30.0
SIZE = 7.5
NUMBER_W = 48.0
COLUMN_MIN = 230.0


def _columns(page_size) -> tuple[int, float]:
    inner = page_size[0] - 2 * MARGIN
    n = max(1, int((inner + 12) // (COLUMN_MIN + 12)))
    return n, (inner - 12 * (n - 1)) / n


def _entry_lines(booth, exhibitor, width: float) -> list[str]:
    text = " / ".join(names_of(exhibitor)) or "(no exhibitor)"
    return wrap(text, SIZE, width - NUMBER_W, False) or [""]


def booth_list_pages(listed, page_size) -> list[list]:
    """The entries (booth, exhibitor) split into pages, in booth-number order."""
    if not listed:
        return []
    entries = sorted(listed, key=lambda e: natural_key(e[0].number))
    columns, col_w = _columns(page_size)
    usable = page_size[1] - 2 * MARGIN - HEADER
    pages, current, column, used = [], [], 0, 0.0
    for booth, exhibitor in entries:
        h = len(_entry_lines(booth, exhibitor, col_w)) * SIZE * LEADING + 2.0
        if used + h > usable:
            column, used = column + 1, 0.0
            if column == columns:
                pages.append(current)
                current, column = [], 0
        current.append((booth, exhibitor))
        used += h
    pages.append(current)
    return pages


def draw_booth_list_page(c, layout, entries, page_size, page: int, pages: int) -> None:
    columns, col_w = _columns(page_size)
    top = page_size[1] - MARGIN
    c.setFillColor(style.INK)
    c.setFont(BOLD, 12)
    c.drawString(MARGIN, top - 12, f"Booth list: {layout.event.name}".strip())
    c.setFont(REGULAR, 7)
    c.drawRightString(page_size[0] - MARGIN, top - 12, f"Page {page} of {pages}")
    c.drawString(MARGIN, top - 22, "Exhibitors of booths too small to name on the plan, by booth number.")
    usable = page_size[1] - 2 * MARGIN - HEADER
    column, y = 0, top - HEADER
    for booth, exhibitor in entries:
        lines = _entry_lines(booth, exhibitor, col_w)
        h = len(lines) * SIZE * LEADING + 2.0
        if (top - HEADER) - y + h > usable:
            column, y = column + 1, top - HEADER
        x = MARGIN + column * (col_w + 12)
        c.setFont(BOLD, SIZE)
        c.drawString(x, y - ASCENT * SIZE, booth.number)
        c.setFont(REGULAR, SIZE)
        for i, line in enumerate(lines):
            c.drawString(x + NUMBER_W, y - ASCENT * SIZE - i * SIZE * LEADING, line)
        y -= h


def natural_key(text: str):
    """Sort key putting A-2 before A-10."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", text)]
