"""Booth numbering schemes for generated rows: prefix, start, padding, direction, skips, odd/even sides."""

from __future__ import annotations

from dataclasses import dataclass

DIRECTIONS = ("left_to_right", "serpentine")
ROW_STARTS = ("continue", "next_hundred")


@dataclass(frozen=True)
class BoothNumbering:
    """How generated booths are numbered.

    Rows are numbered in order from the zone's first row (top, or left for vertical rows).
    * `direction`: "left_to_right" numbers every row from its start; "serpentine" reverses every
      other row (every other aisle with `odd_even`).
    * `row_start`: "continue" goes on from the last number of the previous row; "next_hundred"
      starts each row (or aisle) at the next hundred, keeping the start's last two digits
      (101, 201, 301 ...).
    * `aisle_skip`: numbers left out where a row is broken by a cross aisle (0: none).
    * `odd_even`: number by aisle instead of by row: the row above an aisle (left of it, for
      vertical rows) takes start, start+2, ...; the row across takes start+1, start+3, ..., so
      booths facing each other get neighbouring numbers (a row with no row across takes start,
      start+2, ...). Each aisle starts on a number of the start's parity.
    Numbers already used by booths in the layout are skipped (by two with `odd_even`).
    """
    prefix: str = ""
    start: int = 1
    padding: int = 2
    direction: str = "left_to_right"
    row_start: str = "continue"
    aisle_skip: int = 0
    odd_even: bool = False

    def __post_init__(self):
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        if self.row_start not in ROW_STARTS:
            raise ValueError(f"row_start must be one of {', '.join(ROW_STARTS)}, not {self.row_start!r}")
        if self.start < 0 or self.padding < 0 or self.aisle_skip < 0:
            raise ValueError("start, padding and aisle_skip must not be negative")

    def text(self, n: int) -> str:
        return f"{self.prefix}{n:0{self.padding}d}"


@dataclass(frozen=True)
class NumberSlot:
    """Where a booth stands, as numbering sees it."""
    line: int       # the row (or, with odd_even, the aisle) it is numbered along
    side: int       # 0 or 1: which side of that aisle (always 0 when numbering by row)
    position: float # along the row, increasing in reading direction
    run: int        # stretch of the row between cross aisles


def assign_numbers(slots: list[NumberSlot], scheme: BoothNumbering, taken: set[str] = frozenset(),
                   pitch: float = 0.0) -> list[str]:
    """Booth numbers for `slots` (in the same order); `pitch` is the booth width along the rows.

    With `odd_even`, booths are numbered by place along their aisle: booths across the aisle from
    each other share a place and get neighbouring numbers, and a place empty on both sides (a
    cross aisle) leaves its numbers out only with `aisle_skip`."""
    used = {t.strip().casefold() for t in taken}
    numbers: list[str | None] = [None] * len(slots)
    groups: dict[tuple[int, int], list[int]] = {}
    for k, s in enumerate(slots):
        groups.setdefault((s.line, s.side), []).append(k)
    lines = sorted({s.line for s in slots})
    step = 2 if scheme.odd_even else 1
    base = scheme.start
    last_used: int | None = None

    def give(k: int, n: int) -> int:
        while scheme.text(n).strip().casefold() in used:
            n += step
        used.add(scheme.text(n).strip().casefold())
        numbers[k] = scheme.text(n)
        return n

    for index, line in enumerate(lines):
        if last_used is not None:
            if scheme.row_start == "next_hundred":
                base = (last_used // 100 + 1) * 100 + scheme.start % 100
            else:
                base = last_used + 1
                if scheme.odd_even and (base - scheme.start) % 2:
                    base += 1
        reverse = scheme.direction == "serpentine" and index % 2 == 1
        sides = [sorted(groups.get((line, side), []), key=lambda k: slots[k].position, reverse=reverse)
                 for side in (0, 1)]
        if scheme.odd_even:
            places = _places([slots[k] for k in sides[0] + sides[1]], pitch, reverse, scheme.aisle_skip)
            two_sided = all(sides)
            for side, members in enumerate(sides):
                for k in members:
                    place = places[(slots[k].run, round(slots[k].position, 6))]
                    n = give(k, base + 2 * place + (side if two_sided else 0))
                    last_used = n if last_used is None else max(last_used, n)
        else:
            n = base
            previous_run = None
            for k in sides[0] + sides[1]:
                if previous_run is not None and slots[k].run != previous_run:
                    n += scheme.aisle_skip
                previous_run = slots[k].run
                n = give(k, n)
                last_used = n if last_used is None else max(last_used, n)
                n += 1
    return numbers  # type: ignore[return-value]


def _places(members: list[NumberSlot], pitch: float, reverse: bool, skip: int) -> dict:
    """Place numbers along an aisle, keyed by (run, rounded position): positions within half a
    booth of each other share a place, and a gap wider than a booth (a cross aisle) adds `skip`."""
    positions = sorted({s.position for s in members}, reverse=reverse)
    tolerance = pitch / 2 if pitch > 0 else 1e-6
    places: dict[float, int] = {}
    place, previous = -1, None
    for x in positions:
        if previous is None or abs(x - previous) > tolerance:
            if previous is not None and pitch > 0 and abs(x - previous) > pitch + tolerance:
                place += skip
            place += 1
            previous = x
        places[round(x, 6)] = place
    return {(s.run, round(s.position, 6)): places[round(s.position, 6)] for s in members}
