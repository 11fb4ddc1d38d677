"""Back-to-back booth rows in a local frame: which cells of a strip to fill, and where the strips go.

A strip is one row of booths or two rows back to back, `depth` deep each; strips are an aisle
apart. Along a strip, booths stand in runs on a common grid of `width`; runs are an aisle apart.
Every pair of generated booths then either touches or stands an aisle apart, or another booth
fills the gap between them completely:

* when booths are narrower than the aisle, the inner columns of a two-row run are full (both
  rows), and only its first and last column may hold one booth;
* a run may also be a single row.
"""

from __future__ import annotations

from dataclasses import dataclass

from boothplanner.generators.intervals import Intervals, contains, intersect, mirrored, next_in
from boothplanner.generators.keepouts import Surroundings

FRONTS_DOUBLE = ("up", "down")


@dataclass(frozen=True)
class Cell:
    """One booth position: strip, row in the strip (0 top), run along the strip, left and top edge (local)."""
    strip: int
    row: int
    run: int
    x: float
    y: float
    front: str  # "up" or "down": the side that faces the aisle


def _double_run(rows: list[Intervals], start: float, width: float, tight: bool, longest: int) -> list[tuple[int, float]]:
    cells: list[tuple[int, float]] = []
    column = 0
    while column < longest:
        x = start + column * width
        present = [r for r in (0, 1) if contains(rows[r], x)]
        if not present:
            break
        cells += [(r, x) for r in present]
        if tight and column > 0 and len(present) == 1:
            break  # one booth in a column ends the run (only its ends may be half full)
        column += 1
    return cells


def _single_run(rows: list[Intervals], row: int, start: float, width: float, longest: int) -> list[tuple[int, float]]:
    cells = []
    x = start
    while len(cells) < longest and contains(rows[row], x):
        cells.append((row, x))
        x = start + len(cells) * width
    return cells


def _greedy(rows: list[Intervals], width: float, aisle: float, longest: int) -> list[list[tuple[int, float]]]:
    """Runs from left to right, each chosen for most booths per metre of strip (its aisle included)."""
    tight = width < aisle - 1e-9
    both = intersect(rows[0], rows[1]) if len(rows) == 2 else []
    firsts = [r[0][0] for r in rows if r]
    if not firsts:
        return []
    x = min(firsts)
    runs = []
    while True:
        nexts = [next_in(r, x) for r in rows]
        found = [n for n in nexts if n is not None]
        if not found:
            break
        options = []
        if len(rows) == 2:
            options.append(_double_run(rows, min(found), width, tight, longest))
            n_both = next_in(both, x)
            if n_both is not None and n_both != min(found):
                options.append(_double_run(rows, n_both, width, tight, longest))
        for r, n in enumerate(nexts):
            if n is not None:
                options.append(_single_run(rows, r, n, width, longest))
        options = [o for o in options if o]
        if not options:
            break
        best = max(options, key=lambda run: len(run) / (max(c[1] for c in run) + width - x + aisle))
        runs.append(best)
        x = max(c[1] for c in best) + width + aisle
    return runs


def strip_runs(rows: list[Intervals], width: float, aisle: float, longest: int | None = None) -> list[list[tuple[int, float]]]:
    """Runs of (row, left edge) cells for a strip with these start positions per row, at most
    `longest` booths along a run, the better of packing from the left and from the right; runs
    and cells in increasing x."""
    longest = longest or 1 << 30
    forward = _greedy(rows, width, aisle, longest)
    backward = _greedy([mirrored(r, width) for r in rows], width, aisle, longest)
    backward = [sorted((r, -x - width) for r, x in run) for run in reversed(backward)]
    forward = [sorted(run, key=lambda c: (c[1], c[0])) for run in forward]
    backward = [sorted(run, key=lambda c: (c[1], c[0])) for run in backward]
    if sum(map(len, backward)) > sum(map(len, forward)):
        return backward
    return forward


def _patterns(y_lo: float, y_hi: float, depth: float, aisle: float) -> list[list[tuple[float, int]]]:
    """Candidate strip layouts (top edge, rows) across y_lo..y_hi: starting flush or an aisle down,
    with a single or double first strip, packed to the top or to the bottom."""
    def build(offset: float, first_rows: int) -> list[tuple[float, int]]:
        strips = []
        y, rows = y_lo + offset, first_rows
        while y + rows * depth <= y_hi + 1e-9:
            strips.append((y, rows))
            y += rows * depth + aisle
            rows = 2
        if rows == 2 and y + depth <= y_hi + 1e-9:
            strips.append((y, 1))
        return strips

    out: list[list[tuple[float, int]]] = []
    for first_rows in (2, 1):
        for offset in (0.0, aisle):
            strips = build(offset, first_rows)
            if not strips:
                continue
            for pattern in (strips, _shifted(strips, y_hi - _end(strips, depth))):
                if pattern not in out:
                    out.append(pattern)
    return out


def _end(strips, depth) -> float:
    y, rows = strips[-1]
    return y + rows * depth


def _shifted(strips, dy: float):
    return [(y + dy, rows) for y, rows in strips]


def plan_cells(surroundings: Surroundings, width: float, depth: float, aisle: float,
               longest: int | None = None) -> list[Cell]:
    """The most booth cells the zone holds (runs at most `longest` booths long), in filling order:
    strip by strip, run by run, column by column (top row first)."""
    if surroundings.is_empty:
        return []
    _, y_lo, _, y_hi = surroundings.bounds
    cache: dict = {}

    def starts(y0: float, front: str) -> Intervals:
        key = (round(y0, 9), front)
        if key not in cache:
            cache[key] = surroundings.starts(y0, y0 + depth, width, front, aisle)
        return cache[key]

    best: list[Cell] = []
    best_score = (0, 0)
    for pattern in _patterns(y_lo, y_hi, depth, aisle):
        cells: list[Cell] = []
        for s, (y, rows) in enumerate(pattern):
            if rows == 2:
                fronts = FRONTS_DOUBLE
            else:
                fronts = ("down",) if s == 0 else ("up",)
            row_starts = [starts(y + r * depth, fronts[r]) for r in range(rows)]
            for k, run in enumerate(strip_runs(row_starts, width, aisle, longest)):
                cells += [Cell(s, r, k, x, y + r * depth, fronts[r]) for r, x in run]
        # Among equal counts, prefer booths whose backs stand against something: a booth behind,
        # or the zone's edge (the wall, when the zone is the room).
        spots = {(c.strip, c.row, round(c.x, 6)) for c in cells}
        backed = sum(1 for c in cells if (c.strip, 1 - c.row, round(c.x, 6)) in spots
                     or (c.front == "down" and abs(c.y - y_lo) < 1e-9)
                     or (c.front == "up" and abs(c.y + depth - y_hi) < 1e-9))
        if (len(cells), backed) > best_score:
            best, best_score = cells, (len(cells), backed)
    return best
