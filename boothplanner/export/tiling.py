"""Tiling maths: a large sheet split into office-printer pages that overlap, so they can be
trimmed and taped together at true scale. Pure arithmetic, points, PDF y up.

Labels read like a map grid: letters are rows from the top (A, B, ... Z, AA), numbers are
columns from the left, so the top row is A1, A2, A3 and the next row B1, B2, B3.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from boothplanner.export.page import MM, OptionError, paper_name, paper_size

TILE_PAPERS = ("A4", "A3")
PRINTER_MARGIN = 10 * MM     # what an office printer cannot print near the paper's edge
OVERLAP = 12 * MM            # sheet printed twice where neighbouring tiles meet, for glue or tape
MAX_TILES = 400


def row_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


@dataclass(frozen=True)
class Tile:
    row: int                 # 0 = top row
    column: int              # 0 = left column
    label: str
    # The part of the sheet this tile prints, in sheet points (x, y of bottom-left, width, height).
    region: tuple[float, float, float, float]
    # The part that belongs to this tile alone once the overlaps are trimmed (same units).
    cell: tuple[float, float, float, float]


@dataclass(frozen=True)
class TileGrid:
    paper: str
    page_size: tuple[float, float]       # tile page (width, height), points
    printable: tuple[float, float]       # printed area per tile, points
    rows: int
    columns: int
    tiles: tuple[Tile, ...]
    sheet_size: tuple[float, float]

    @property
    def count(self) -> int:
        return len(self.tiles)

    def neighbour(self, tile: Tile, d_row: int, d_col: int) -> Tile | None:
        r, c = tile.row + d_row, tile.column + d_col
        if 0 <= r < self.rows and 0 <= c < self.columns:
            return self.tiles[r * self.columns + c]
        return None


def _count(length: float, printable: float, overlap: float) -> int:
    if length <= printable + 1e-6:
        return 1
    return math.ceil((length - overlap) / (printable - overlap) - 1e-9)


def tile_counts(sheet_size: tuple[float, float], page_size: tuple[float, float],
                margin: float = PRINTER_MARGIN, overlap: float = OVERLAP) -> tuple[int, int]:
    """(rows, columns) of tiles of `page_size` needed to cover `sheet_size`."""
    pw, ph = page_size[0] - 2 * margin, page_size[1] - 2 * margin
    return _count(sheet_size[1], ph, overlap), _count(sheet_size[0], pw, overlap)


def tile_grid(sheet_size: tuple[float, float], paper: str, margin: float = PRINTER_MARGIN,
              overlap: float = OVERLAP, max_tiles: int = MAX_TILES) -> TileGrid:
    """Tiles of `paper` (portrait or landscape, whichever needs fewer pages) covering the sheet.

    Raises OptionError when the paper is not a tile paper or more than `max_tiles` pages are needed.
    """
    name = paper_name(paper)
    if name not in TILE_PAPERS:
        raise OptionError(f"tiles print on {' or '.join(TILE_PAPERS)}, not {paper}")
    best = None
    for orientation in ("portrait", "landscape"):
        page = paper_size(name, orientation)
        rows, cols = tile_counts(sheet_size, page, margin, overlap)
        if best is None or rows * cols < best[0] * best[1]:
            best = (rows, cols, page)
    rows, cols, page = best
    if rows * cols > max_tiles:
        raise OptionError(
            f"the sheet ({sheet_size[0] / MM / 1000:.1f} m x {sheet_size[1] / MM / 1000:.1f} m) needs "
            f"{rows * cols:,} {name} tiles; the limit is {max_tiles}: choose a smaller scale or paper")
    pw, ph = page[0] - 2 * margin, page[1] - 2 * margin
    sw, sh = sheet_size
    # Spread the rows and columns so the outer tiles overhang the sheet equally.
    step_x = pw - overlap
    step_y = ph - overlap
    cover_w = cols * step_x + overlap
    cover_h = rows * step_y + overlap
    x0 = (sw - cover_w) / 2
    top = sh + (cover_h - sh) / 2
    tiles = []
    for r in range(rows):
        for c in range(cols):
            x = x0 + c * step_x
            y = top - r * step_y - ph
            # Each tile owns the middle of every overlap it shares.
            left = x + (overlap / 2 if c > 0 else 0.0)
            right = x + pw - (overlap / 2 if c < cols - 1 else 0.0)
            upper = y + ph - (overlap / 2 if r > 0 else 0.0)
            lower = y + (overlap / 2 if r < rows - 1 else 0.0)
            tiles.append(Tile(r, c, f"{row_letters(r)}{c + 1}", (x, y, pw, ph),
                              (left, lower, right - left, upper - lower)))
    return TileGrid(name, page, (pw, ph), rows, cols, tuple(tiles), sheet_size)
