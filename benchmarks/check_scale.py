"""How fast the rules engine checks large layouts.

Run:  .venv/bin/python benchmarks/check_scale.py   (from the repository root; a minute or so)

Builds halls of 1,000 and 5,000 booths (3 x 3 m, back to back in blocks of 2 x 10, 3 m aisles
all round) plus four seats per booth in theatre blocks (200 seats each, 1.2 m aisles), with
exits, fire equipment and columns along the walls, and prints:

* full check: Checker().check() of the whole layout, median of several runs, cold (new
  Checker, footprints built from scratch) and warm (same Checker, one booth changed since);
* incremental: Checker.recheck_moved() with one booth moved, median of many random moves;
* a naive all-pairs check (shapely.distance in a Python double loop, overlap and aisle rules
  only) at 1,000 booths, measured in the same run, and the full check's speed-up over it.

Targets on a 2-core machine: full check of 5,000 booths + 20,000 seats well under 100 ms;
incremental under 2 ms whatever the size.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import shapely  # noqa: E402

from boothplanner.model import (  # noqa: E402
    Booth, Event, Exit, FireEquipment, Layout, Obstacle, Rules, SeatingBlock, Venue,
)
from boothplanner.rules import Checker  # noqa: E402

BOOTH = 3.0
AISLE = 3.0
BLOCK_LONG, BLOCK_DEEP = 10, 2          # booths per block along the row, and back to back
SEAT_ROWS, SEATS_PER_ROW = 10, 14       # 140 seats per block (14 between aisles), 7 m x 9 m
SEAT_W, ROW_PITCH, SEAT_AISLE = 0.5, 0.9, 1.2
MARGIN = 5.0                            # booths and seats to the walls


def hall(n_booths: int, seats_per_booth: int = 4) -> Layout:
    """A hall with n_booths booths in back-to-back blocks and about seats_per_booth * n_booths seats."""
    per_block = BLOCK_LONG * BLOCK_DEEP
    n_blocks = -(-n_booths // per_block)
    cols = max(1, round((n_blocks * 1.5) ** 0.5))
    block_w, block_d = BLOCK_LONG * BOOTH, BLOCK_DEEP * BOOTH
    booths: dict[str, Booth] = {}
    for k in range(n_booths):
        block, i = divmod(k, per_block)
        bx, by = divmod(block, cols)[1], divmod(block, cols)[0]
        x0 = MARGIN + bx * (block_w + AISLE)
        y0 = MARGIN + by * (block_d + AISLE)
        col, row = i % BLOCK_LONG, i // BLOCK_LONG
        bid = f"B{k:05d}"
        booths[bid] = Booth(bid, f"{block + 1}-{i + 1:02d}", (x0 + (col + 0.5) * BOOTH, y0 + (row + 0.5) * BOOTH),
                            (BOOTH, BOOTH))
    rows_of_blocks = -(-n_blocks // cols)
    expo_w = cols * block_w + (cols - 1) * AISLE
    expo_d = rows_of_blocks * block_d + (rows_of_blocks - 1) * AISLE

    seats_wanted = seats_per_booth * n_booths
    n_seat_blocks = -(-seats_wanted // (SEAT_ROWS * SEATS_PER_ROW))
    sw, sd = SEATS_PER_ROW * SEAT_W, SEAT_ROWS * ROW_PITCH
    seat_cols = max(1, round((n_seat_blocks * expo_d / (sd + SEAT_AISLE) / (sw + SEAT_AISLE)) ** 0.5))
    sx0 = MARGIN + expo_w + 2 * AISLE
    seating: dict[str, SeatingBlock] = {}
    for k in range(n_seat_blocks):
        r, c = divmod(k, seat_cols)
        sid = f"S{k:04d}"
        seating[sid] = SeatingBlock(sid, (sx0 + c * (sw + SEAT_AISLE) + sw / 2, MARGIN + r * (sd + SEAT_AISLE) + sd / 2),
                                    SEAT_ROWS, SEATS_PER_ROW, SEAT_W, ROW_PITCH, wheelchair_spaces=2)
    seat_d = -(-n_seat_blocks // seat_cols) * (sd + SEAT_AISLE) - SEAT_AISLE
    width = sx0 + seat_cols * (sw + SEAT_AISLE) - SEAT_AISLE + MARGIN
    depth = MARGIN + max(expo_d, seat_d) + MARGIN

    # Exits: 5 m double doors every 15 m round the walls (enough width for the occupant load).
    exits, fire, columns = [], [], []
    for side, length in (("top", width), ("bottom", width), ("left", depth), ("right", depth)):
        for j, t in enumerate(range(10, int(length) - 10, 15)):
            a, b = float(t), float(t + 5)
            start, end = {"top": ((a, 0.0), (b, 0.0)), "bottom": ((a, depth), (b, depth)),
                          "left": ((0.0, a), (0.0, b)), "right": ((width, a), (width, b))}[side]
            exits.append(Exit(f"X-{side}-{j}", start, end))
            # Hose cabinet on the wall between doors, a column beside it.
            mid = t + 10.0
            at = {"top": (mid, 0.3), "bottom": (mid, depth - 0.3), "left": (0.3, mid), "right": (width - 0.3, mid)}[side]
            fire.append(FireEquipment(f"F-{side}-{j}", "hose_cabinet", at))
            cx, cy = {"top": (mid + 2, 1.0), "bottom": (mid + 2, depth - 1.6), "left": (1.0, mid + 2),
                      "right": (width - 1.6, mid + 2)}[side]
            columns.append(Obstacle(f"C-{side}-{j}", "column",
                                    ((cx, cy), (cx + 0.6, cy), (cx + 0.6, cy + 0.6), (cx, cy + 0.6))))
    venue = Venue("Benchmark hall", ((0.0, 0.0), (width, 0.0), (width, depth), (0.0, depth)),
                  tuple(columns), tuple(exits), tuple(fire))
    return Layout(venue=venue, event=Event("Benchmark", expected_attendance=seats_wanted), rules=Rules(),
                  booths=booths, seating=seating)


def naive_check(layout: Layout) -> int:
    """OVERLAP and NARROW_AISLE by brute force: shapely.distance over every pair, in Python."""
    rules = layout.rules
    items = [(b.id, "booth", shapely.Polygon(b.corners())) for b in layout.booths.values()]
    items += [(s.id, "seating", shapely.Polygon(s.corners())) for s in layout.seating.values()]
    found = 0
    for i in range(len(items)):
        ia, ka, ga = items[i]
        for j in range(i + 1, len(items)):
            ib, kb, gb = items[j]
            need = rules.aisle_min if "booth" in (ka, kb) else rules.seating_aisle_min
            d = shapely.distance(ga, gb)
            if d <= 0:
                if shapely.area(shapely.intersection(ga, gb)) > 1e-4:
                    found += 1
            elif 0.01 < d < need:
                found += 1
    return found


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def measure(n_booths: int, rng: random.Random) -> dict:
    layout = hall(n_booths)
    # Cold: a new Checker each time, every footprint built afresh.
    cold = median_ms(lambda: Checker().check(layout), 7)
    # Warm: the same Checker, a new layout version with one booth changed (a drag committed).
    checker = Checker()
    base = checker.check(layout)
    ids = list(layout.booths)

    def warm():
        version = layout.copy()
        bid = rng.choice(ids)
        version.booths[bid] = dataclasses.replace(version.booths[bid], rotation=rng.uniform(0, 5))
        checker.check(version)

    warm_ms = median_ms(warm, 7)

    # Incremental: one booth dragged to a random nearby place (often into an aisle or a neighbour).
    moves = []
    for _ in range(300):
        b = layout.booths[rng.choice(ids)]
        moves.append({b.id: dataclasses.replace(b, center=(b.center[0] + rng.uniform(-4, 4),
                                                           b.center[1] + rng.uniform(-4, 4)),
                                                rotation=rng.choice([0.0, 0.0, 15.0, 90.0]))})
    checker.recheck_moved(base, moves[0])  # builds the lazy gap tree once, as the first drag step would
    times = []
    for moved in moves:
        t = time.perf_counter()
        checker.recheck_moved(base, moved)
        times.append(time.perf_counter() - t)
    return {
        "booths": len(layout.booths), "seats": layout.seats, "elements": len(base.index.elements),
        "findings": len(base.findings), "cold": cold, "warm": warm_ms,
        "inc": statistics.median(times) * 1000, "inc_p95": sorted(times)[int(0.95 * len(times))] * 1000,
        "layout": layout,
    }


def main() -> None:
    rng = random.Random(20250211)
    rows = [measure(n, rng) for n in (1000, 5000)]
    small = rows[0]["layout"]
    t = time.perf_counter()
    naive_found = naive_check(small)
    naive_ms = (time.perf_counter() - t) * 1000

    print(f"Rules engine scale benchmark (python {sys.version.split()[0]}, shapely {shapely.__version__})")
    print()
    print(f"{'booths':>7} {'seats':>7} {'elements':>9} {'findings':>9} {'full cold':>10} {'full warm':>10}"
          f" {'recheck 1':>10} {'p95':>7}")
    for r in rows:
        print(f"{r['booths']:>7,} {r['seats']:>7,} {r['elements']:>9,} {r['findings']:>9}"
              f" {r['cold']:>8.1f}ms {r['warm']:>8.1f}ms {r['inc']:>8.3f}ms {r['inc_p95']:>5.2f}ms")
    print()
    print(f"naive all-pairs at {rows[0]['booths']:,} booths: {naive_ms:,.0f} ms ({naive_found} pair findings); "
          f"full check is {naive_ms / rows[0]['cold']:,.0f}x faster (cold)")
    big = rows[1]
    ok_full = big["cold"] < 100
    ok_inc = all(r["inc"] < 2 for r in rows)
    print(f"targets: full check < 100 ms at {big['booths']:,} booths + {big['seats']:,} seats: "
          f"{'met' if ok_full else 'MISSED'}; recheck_moved < 2 ms: {'met' if ok_inc else 'MISSED'}")


if __name__ == "__main__":
    main()
