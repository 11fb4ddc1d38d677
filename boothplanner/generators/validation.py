"""What generated elements must pass: the layout's own check, with no error that was not there
before, and the exits' capacity for the people they add."""

from __future__ import annotations

import math
from typing import Callable, Iterable

from boothplanner.model import Booth, Layout, SeatingBlock
from boothplanner.rules import Checker, CheckResult
from boothplanner.rules.capacity import EGRESS_M_PER_PERSON, EXHIBIT_M2
from boothplanner.rules.findings import ERROR

CAPACITY_ERRORS = ("TOO_FEW_EXITS", "EGRESS_WIDTH")
# Most occupants for 0, 1, 2 and 3 exits (IBC 1006.2.1/1006.3); four or more have no limit by count.
LOAD_BY_EXITS = {0: -1, 1: 49, 2: 500, 3: 1000}


def without(layout: Layout, ids: Iterable[str]) -> Layout:
    """A copy of `layout` without the placed elements in `ids`."""
    base = layout.copy()
    for element_id in ids:
        for table in (base.booths, base.seating, base.areas):
            table.pop(element_id, None)
    return base


def with_elements(layout: Layout, elements: list) -> Layout:
    out = layout.copy()
    for e in elements:
        (out.booths if isinstance(e, Booth) else out.seating)[e.id] = e
    return out


def exits_short(result: CheckResult) -> bool:
    """True when the exits already fall short (none drawn yet, say): generating is then not held to them."""
    return any(f.code in CAPACITY_ERRORS for f in result.findings)


def load_headroom(result: CheckResult) -> int | None:
    """People the exits can still take before TOO_FEW_EXITS, EGRESS_WIDTH or EXIT_SEPARATION,
    or None when the layout already fails one of the first two."""
    if exits_short(result):
        return None
    c = result.capacity
    by_width = math.floor((c.egress_width + 1e-9) / EGRESS_M_PER_PERSON + 1e-9)
    by_count = LOAD_BY_EXITS.get(c.exits, math.inf)
    if c.occupant_load < 50 and _exits_too_close(result):
        by_count = min(by_count, 49)   # two exits are required from 50 people on, and these are too close
    return max(0, int(min(by_width, by_count)) - c.occupant_load)


def _exits_too_close(result: CheckResult) -> bool:
    """True when the exits would fail EXIT_SEPARATION once two are required. Best effort (the rule
    is young and its signature may move); the final check is what guarantees the result."""
    try:
        from boothplanner.rules.egress import check_exit_separation
        return bool(check_exit_separation(result.index, 2))
    except Exception:  # noqa: BLE001 - an estimate only
        return False


def booth_headroom(result: CheckResult, booth_m2: float) -> int | None:
    """How many more booths of `booth_m2` the exits can take (None: no limit applies)."""
    room = load_headroom(result)
    if room is None:
        return None
    booth_load = result.capacity.load_by_use.get("booths", 0)
    allowed_m2 = (booth_load + room) * EXHIBIT_M2
    return max(0, math.floor((allowed_m2 - result.totals.booth_m2) / booth_m2 + 1e-9))


def new_errors(before: CheckResult, after: CheckResult, generated: set[str], ignore=()) -> tuple[set[str], list]:
    """Generated ids that an error names, and new errors about the layout as a whole (exit capacity,
    exit separation ...: the load the generated elements add). Codes in `ignore` do not count."""
    old = {(f.code, f.ids) for f in before.findings if f.severity == ERROR}
    short = exits_short(before)
    offending: set[str] = set()
    layout_wide = []
    for f in after.findings:
        if f.severity != ERROR or (f.code, f.ids) in old or f.code in ignore:
            continue
        named = generated.intersection(f.ids)
        if named:
            offending |= named
        elif not (short and f.code in CAPACITY_ERRORS):
            layout_wide.append(f)
    return offending, layout_wide


def settle(base: Layout, before: CheckResult, make: Callable[[int, set], list], size: int,
           ignore=()) -> tuple[list, int]:
    """The generated elements `make(size, excluded)` once they pass: elements an error names are
    excluded, and while the layout as a whole has a new error, `size` shrinks (the largest size
    without one, by bisection). `make(n, excluded)` gives the first n units (booths, seats) in
    filling order, leaving out the element ids in `excluded`.

    Returns the elements and how many were excluded (0 unless a planner is wrong). Codes in
    `ignore` are let through (the exits' capacity, when the caller asked not to respect it).
    """
    checker = Checker()
    excluded: set[str] = set()

    def verdict(n: int):
        elements = make(n, excluded)
        if not elements:
            return elements, set(), []
        after = checker.check(with_elements(base, elements))
        return (elements, *new_errors(before, after, {e.id for e in elements}, ignore))

    while True:
        elements, offending, layout_wide = verdict(size)
        if offending:
            excluded |= offending
            continue
        if not layout_wide:
            return elements, len(excluded)
        lo, hi = 0, size - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            _, bad, wide = verdict(mid)
            if bad or wide:
                hi = mid - 1
            else:
                lo = mid
        size = lo


def seats_of(blocks: list[SeatingBlock]) -> int:
    return sum(b.seats for b in blocks)


def fresh_ids(layout: Layout, prefix: str, count: int) -> list[str]:
    """The ids `commands.unique_id` would hand out one after another: PREFIX1, PREFIX2, ... not yet used."""
    used = layout.all_ids()
    out: list[str] = []
    n = 1
    while len(out) < count:
        candidate = f"{prefix}{n}"
        if candidate not in used:
            out.append(candidate)
        n += 1
    return out
