"""Sets of positions on a line as sorted, disjoint closed intervals [(a, b), ...], in metres."""

from __future__ import annotations

import bisect

Intervals = list[tuple[float, float]]

TOL = 1e-9  # positions this close to an interval still belong to it (float noise)


def subtract_open(base: Intervals, cuts) -> Intervals:
    """`base` less the open intervals (a, b) in `cuts`: a cut's own ends stay in the set."""
    cuts = sorted((a, b) for a, b in cuts if b > a)
    out: Intervals = []
    first = 0
    for lo, hi in base:
        while first < len(cuts) and cuts[first][1] <= lo:
            first += 1
        cur = lo
        for a, b in cuts[first:]:
            if a >= hi or cur > hi:
                break
            if b <= cur:
                continue
            if a >= cur:
                out.append((cur, a))
            cur = b
        if cur <= hi:
            out.append((cur, hi))
    return _merge(out)


def _merge(items: Intervals) -> Intervals:
    items = sorted(items)
    out: Intervals = []
    for a, b in items:
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def intersect(first: Intervals, second: Intervals) -> Intervals:
    """Positions in both sets."""
    out: Intervals = []
    i = j = 0
    while i < len(first) and j < len(second):
        lo = max(first[i][0], second[j][0])
        hi = min(first[i][1], second[j][1])
        if hi >= lo:
            out.append((lo, hi))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out


def contains(intervals: Intervals, x: float) -> bool:
    """True when x lies in the set (within TOL)."""
    k = bisect.bisect_right(intervals, (x + TOL, float("inf"))) - 1
    return k >= 0 and intervals[k][0] - TOL <= x <= intervals[k][1] + TOL


def next_in(intervals: Intervals, x: float) -> float | None:
    """The smallest position >= x in the set, or None."""
    k = bisect.bisect_right(intervals, (x + TOL, float("inf"))) - 1
    if k >= 0 and intervals[k][1] + TOL >= x:
        return max(x, intervals[k][0])
    k += 1
    return intervals[k][0] if k < len(intervals) else None


def mirrored(intervals: Intervals, width: float) -> Intervals:
    """Start positions of [x, x + width] seen in a mirror (x -> -x - width)."""
    return [(-b - width, -a - width) for a, b in reversed(intervals)]
