"""How fast the travel-distance analysis (TRAVEL_DISTANCE) runs on a large hall and on the default layout.

Run:  .venv/bin/python benchmarks/travel_scale.py   (from the repository root; under a minute)

Builds a 400 x 250 m hall with 5,000 booths of 3 x 3 m, back to back in blocks of 2 x 10 with
3 m aisles, plus 100 theatre blocks of 200 seats (20,000 seats, 1.2 m aisles between blocks),
5 m doors every 15 m round the walls and a column beside each, and prints for it and for the
AI SEOUL 2025 default layout:

* the cell size and the number of cells;
* the time of travel_analysis (rasterise, search, straighten the farthest walks), median of
  several runs, and of its parts: building the grid and the search (the latter includes
  working out the allowed moves); "+index" is the same with the LayoutIndex built afresh, as
  when the analysis is called without the check's index;
* the worst walk found, and where it starts.

The hall's middle is some 136 m from its walls, so it fails TRAVEL_DISTANCE: it is there for
the time (the walk crosses the whole grid). Target: the analysis may run after a drop, off the
UI thread: a few hundred ms at 5,000 booths is fine, seconds are not.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import shapely  # noqa: E402

from boothplanner.io import load  # noqa: E402
from boothplanner.model import (  # noqa: E402
    Booth, Event, Exit, Layout, Obstacle, Rules, SeatingBlock, Venue,
)
from boothplanner.rules.index import LayoutIndex  # noqa: E402
from boothplanner.rules.travel import build_grid, check_travel_distance, travel_analysis, travel_cell  # noqa: E402

WIDTH, DEPTH = 400.0, 250.0
BOOTH, AISLE, MARGIN = 3.0, 3.0, 5.0
BLOCK_LONG, BLOCK_DEEP = 10, 2                  # booths per block along the row, and back to back
SEAT_ROWS, SEATS_PER_ROW, SEAT_AISLE = 10, 20, 1.2
TARGET_MS = 500.0


def hall(n_booths: int = 5000, seats: int = 20000) -> Layout:
    """5,000 booths on the left of a 400 x 250 m hall, 20,000 theatre seats on the right."""
    block_w, block_d = BLOCK_LONG * BOOTH, BLOCK_DEEP * BOOTH
    rows_of_blocks = int((DEPTH - 2 * MARGIN + AISLE) // (block_d + AISLE))
    per_block = BLOCK_LONG * BLOCK_DEEP
    n_blocks = -(-n_booths // per_block)
    cols = -(-n_blocks // rows_of_blocks)
    booths = {}
    for k in range(n_booths):
        block, i = divmod(k, per_block)
        bc, br = divmod(block, rows_of_blocks)
        x0 = MARGIN + bc * (block_w + AISLE)
        y0 = MARGIN + br * (block_d + AISLE)
        col, row = i % BLOCK_LONG, i // BLOCK_LONG
        bid = f"B{k:05d}"
        booths[bid] = Booth(bid, f"{block + 1}-{i + 1:02d}", (x0 + (col + 0.5) * BOOTH, y0 + (row + 0.5) * BOOTH),
                            (BOOTH, BOOTH))
    expo_right = MARGIN + cols * (block_w + AISLE) - AISLE
    sw, sd = SEATS_PER_ROW * 0.5, SEAT_ROWS * 0.9
    n_seat_blocks = -(-seats // (SEAT_ROWS * SEATS_PER_ROW))
    seat_rows = int((DEPTH - 2 * MARGIN + SEAT_AISLE) // (sd + SEAT_AISLE))
    sx0 = expo_right + 2 * AISLE
    seating = {}
    for k in range(n_seat_blocks):
        c, r = divmod(k, seat_rows)
        sid = f"S{k:04d}"
        seating[sid] = SeatingBlock(sid, (sx0 + c * (sw + SEAT_AISLE) + sw / 2, MARGIN + r * (sd + SEAT_AISLE) + sd / 2),
                                    SEAT_ROWS, SEATS_PER_ROW)
    exits, columns = [], []
    for side, length in (("top", WIDTH), ("bottom", WIDTH), ("left", DEPTH), ("right", DEPTH)):
        for j, t in enumerate(range(10, int(length) - 10, 15)):
            a, b = float(t), float(t + 5)
            start, end = {"top": ((a, 0.0), (b, 0.0)), "bottom": ((a, DEPTH), (b, DEPTH)),
                          "left": ((0.0, a), (0.0, b)), "right": ((WIDTH, a), (WIDTH, b))}[side]
            exits.append(Exit(f"X-{side}-{j}", start, end))
            mid = t + 10.0
            cx, cy = {"top": (mid + 2, 1.0), "bottom": (mid + 2, DEPTH - 1.6), "left": (1.0, mid + 2),
                      "right": (WIDTH - 1.6, mid + 2)}[side]
            columns.append(Obstacle(f"C-{side}-{j}", "column",
                                    ((cx, cy), (cx + 0.6, cy), (cx + 0.6, cy + 0.6), (cx, cy + 0.6))))
    venue = Venue("Benchmark hall", ((0.0, 0.0), (WIDTH, 0.0), (WIDTH, DEPTH), (0.0, DEPTH)),
                  tuple(columns), tuple(exits))
    assert expo_right < sx0 and sx0 + -(-n_seat_blocks // seat_rows) * (sw + SEAT_AISLE) < WIDTH - MARGIN, "hall too small"
    return Layout(venue=venue, event=Event("Benchmark"), rules=Rules(), booths=booths, seating=seating)


def median_ms(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, out


def measure(name: str, layout: Layout, runs: int) -> dict:
    index = LayoutIndex(layout)
    cell = travel_cell(layout)
    build_ms, grid = median_ms(lambda: build_grid(index, cell), runs)
    doors = [(x.start, x.end) for x in layout.venue.exits]
    search_ms, _ = median_ms(lambda: grid.solve(doors), runs)
    total_ms, result = median_ms(lambda: travel_analysis(layout, index), runs)
    cold_ms, _ = median_ms(lambda: travel_analysis(layout), runs)
    findings = check_travel_distance(layout, index=index, result=result)
    return {"name": name, "booths": len(layout.booths), "seats": layout.seats, "cell": cell,
            "cells": grid.size, "build": build_ms, "search": search_ms, "total": total_ms, "cold": cold_ms,
            "result": result, "findings": len(findings)}


def main() -> None:
    rows = [measure("AI SEOUL 2025 (default)", load(ROOT / "resources/layouts/ai-seoul-2025.boothplan"), 9),
            measure("400 x 250 m hall", hall(), 5)]
    print(f"Travel-distance scale benchmark (python {sys.version.split()[0]}, numpy {np.__version__}, "
          f"shapely {shapely.__version__})")
    print()
    print(f"{'layout':<26} {'booths':>7} {'seats':>7} {'cell':>6} {'cells':>9} {'grid':>8} {'search':>8} "
          f"{'analysis':>9} {'+index':>8}  worst walk")
    for r in rows:
        res = r["result"]
        worst = (f"{res.distance:.1f} m from ({res.point[0]:.1f}, {res.point[1]:.1f}) to {res.exit_id}"
                 if res.distance is not None else "none")
        print(f"{r['name']:<26} {r['booths']:>7,} {r['seats']:>7,} {r['cell']:>5.2f}m {r['cells']:>9,} "
              f"{r['build']:>6.0f}ms {r['search']:>6.0f}ms {r['total']:>7.0f}ms {r['cold']:>6.0f}ms  {worst}; "
              f"{r['findings']} finding(s)")
    big = rows[-1]
    print()
    print(f"target: analysis under {TARGET_MS:.0f} ms at {big['booths']:,} booths + {big['seats']:,} seats: "
          f"{'met' if big['total'] < TARGET_MS else 'MISSED'} ({big['total']:.0f} ms)")


if __name__ == "__main__":
    main()
