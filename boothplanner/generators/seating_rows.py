"""Theater rows in a local frame (stage towards -y): which rows become blocks, and how each
row's free stretches split into blocks of at most `max_per_row` seats between aisles.

Rows start `front` behind the zone's stage edge and follow each other at the row pitch. A run of
rows that share one split is a section; sections are a cross aisle apart. A dynamic programme
over start positions on a fine grid (a tenth of a metre or finer) picks the sections that seat
the most people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from boothplanner.generators.intervals import Intervals, intersect
from boothplanner.generators.keepouts import Surroundings

FINE = 0.1  # m: sections start on a grid at least this fine


@dataclass(frozen=True)
class BlockPlan:
    """One block in the local frame: left edge, front edge, seats per row, rows; and its section."""
    x: float
    y: float
    seats_per_row: int
    rows: int
    section: int
    index: int = 0   # position in the full plan, kept when trimmed


class RowSplitter:
    """Seats in a row of free stretches, each split into blocks an aisle apart."""

    def __init__(self, seat_width: float, aisle: float, max_per_row: int, min_per_row: int = 1):
        self.seat_width, self.aisle, self.max_per_row = seat_width, aisle, max_per_row
        self.min_per_row = max(1, min(min_per_row, max_per_row))
        self._cache: dict = {}
        self._placed: dict = {}

    def split(self, length: float) -> list[int]:
        """Seats per block for one stretch of `length` m: the most seats, then the fewest blocks."""
        key = round(length, 9)
        if key in self._cache:
            return self._cache[key]
        best: list[int] = []
        n = 1
        while n * self.min_per_row * self.seat_width + (n - 1) * self.aisle <= length + 1e-10:
            seats = min(n * self.max_per_row, math.floor((length - (n - 1) * self.aisle) / self.seat_width + 1e-10))
            if seats > sum(best):
                best = [seats // n + (1 if i < seats % n else 0) for i in range(n)]
            if seats < n * self.max_per_row:
                break  # more blocks only add aisles
            n += 1
        self._cache[key] = best
        return best

    def seats(self, free: Intervals) -> int:
        return sum(s for _, s in self.place(free))

    def place(self, free: Intervals) -> list[tuple[float, int]]:
        """(left edge, seats per row) of every block in a row of free stretches.

        Blocks in neighbouring stretches stay an aisle apart too (what separates the stretches may
        be a clearance zone, which is open floor). A stretch is centred in its slack, or packed to
        the left when the next stretch is nearer than an aisle, so that it costs the next nothing.
        """
        key = tuple(free)
        hit = self._placed.get(key)
        if hit is not None:
            return hit
        out: list[tuple[float, int]] = []
        end = -math.inf
        for i, (a, b) in enumerate(free):
            start = max(a, end + self.aisle)
            sizes = self.split(b - start)
            if not sizes:
                continue
            used = sum(sizes) * self.seat_width + (len(sizes) - 1) * self.aisle
            near_next = i + 1 < len(free) and free[i + 1][0] - b < self.aisle
            x = start + (0.0 if near_next else max(0.0, (b - start - used) / 2))
            for s in sizes:
                out.append((x, s))
                x += s * self.seat_width + self.aisle
            end = x - self.aisle
        self._placed[key] = out
        return out


def plan_blocks(surroundings: Surroundings, seat_width: float, row_pitch: float, front: float, aisle: float,
                max_per_row: int, max_rows: int | None = None, min_per_row: int = 1) -> list[BlockPlan]:
    """Blocks seating the most people, front section first."""
    if surroundings.is_empty:
        return []
    _, y_lo, _, y_hi = surroundings.bounds
    y0 = y_lo + front
    q = max(1, math.ceil(row_pitch / FINE - 1e-9))
    slot = row_pitch / q
    total = math.floor((y_hi - y0) / slot + 1e-9)
    if total < q:
        return []
    gap = math.ceil(aisle / slot - 1e-9)
    while gap * slot < aisle:
        gap += 1
    thin = surroundings.free_bands([y0 + t * slot for t in range(total + 1)])
    last = total - q  # last slot a row can start at
    rows: list[Intervals] = []
    for j in range(last + 1):
        free = thin[j]
        for t in range(j + 1, j + q):
            if not free:
                break
            if thin[t] != free:
                free = intersect(free, thin[t])
        rows.append(free)
    splitter = RowSplitter(seat_width, aisle, max_per_row, min_per_row)
    value = [0] * (total + gap + 2)
    choice: list[int] = [0] * (total + 1)
    for j in range(last, -1, -1):
        best, best_k = -1, 0
        free: Intervals = []
        k = 0
        while True:
            start = j + k * q
            if start > last or (max_rows and k >= max_rows):
                break
            free = rows[start] if k == 0 else (free if rows[start] == free else intersect(free, rows[start]))
            k += 1
            per_row = splitter.seats(free) if free else 0
            if per_row == 0:
                break
            v = k * per_row + value[min(j + k * q + gap, total + 1)]
            if v >= best:
                best, best_k = v, k
        if value[j + 1] > best:
            value[j], choice[j] = value[j + 1], 0
        else:
            value[j], choice[j] = best, best_k
    blocks: list[BlockPlan] = []
    j = section = 0
    while j <= last:
        k = choice[j]
        if k == 0:
            j += 1
            continue
        free = rows[j]
        for i in range(1, k):
            free = intersect(free, rows[j + i * q])
        for x, seats in splitter.place(free):
            blocks.append(BlockPlan(x, y0 + j * slot, seats, k, section, len(blocks)))
        section += 1
        j += k * q + gap
    return blocks


def trimmed(blocks: list[BlockPlan], limit: int | None) -> list[BlockPlan]:
    """At most `limit` seats, keeping the front: the rearmost section loses rows, then blocks."""
    if limit is None or sum(b.seats_per_row * b.rows for b in blocks) <= limit:
        return blocks
    out: list[BlockPlan] = []
    remaining = limit
    sections = sorted({b.section for b in blocks})
    for s in sections:
        members = [b for b in blocks if b.section == s]
        per_row = sum(b.seats_per_row for b in members)
        depth = members[0].rows
        if per_row * depth <= remaining:
            out += members
            remaining -= per_row * depth
            continue
        rows = remaining // per_row
        remaining -= rows * per_row
        for b in members:
            extra = 1 if rows < depth and remaining >= b.seats_per_row else 0
            remaining -= extra * b.seats_per_row
            if rows + extra:
                out.append(replace(b, rows=rows + extra))
        break
    return out
