"""Where the exits are: EXIT_SEPARATION (IBC 1007.1.1) and, in the "kr" profile, KR_SEATING_EXITS
(건축물의 피난·방화구조 등의 기준에 관한 규칙 제15조의2). Both look at the venue as a whole, or,
when closed partitions split it, at each room (rules/room_checks.py)."""

from __future__ import annotations

from functools import lru_cache
import numpy as np
import shapely

from boothplanner.rules.findings import ERROR, Finding
from boothplanner.rules.index import EPS

EGRESS_CODES = frozenset({"EXIT_SEPARATION", "KR_SEATING_EXITS"})
KR_FLOOR_MIN = 300.0          # m² of seating floor from which the Korean rule applies
KR_EXIT_WIDTH_MIN = 1.5       # m, every exit
KR_WIDTH_PER_M2 = 0.6 / 100   # m of total exit width per m² of seating floor


@lru_cache(maxsize=16)
def room_diagonal(outline: tuple) -> float:
    """Longest straight line between two corners of the outline, m (the 'maximum overall diagonal')."""
    pts = np.asarray(outline, dtype=float)
    gaps = pts[:, None, :] - pts[None, :, :]
    return float(np.sqrt((gaps ** 2).sum(axis=2)).max())


def farthest_pair(lines) -> tuple[float, int, int, tuple, tuple] | None:
    """(distance, i, j, nearest point on i, on j) of the two door lines farthest apart, or None
    for fewer than two; the first such pair in the given order on a tie."""
    if len(lines) < 2:
        return None
    i, j = np.triu_indices(len(lines), k=1)
    distance = shapely.distance(lines[i], lines[j])
    k = int(np.argmax(distance))
    a, b = shapely.shortest_line(lines[i[k]], lines[j[k]]).coords
    return (float(distance[k]), int(i[k]), int(j[k]), tuple(map(float, a)), tuple(map(float, b)))


def farthest_exits(index) -> tuple[float, int, int, tuple, tuple] | None:
    """farthest_pair of the venue's exits, worked out once per index."""
    if "farthest_exits" not in index.derived:
        index.derived["farthest_exits"] = farthest_pair(index.exit_lines)
    return index.derived["farthest_exits"]


def check_exit_separation(index, exits_required: int) -> list[Finding]:
    """Where two or more exits are required, some two must be at least half the diagonal apart
    (a third when sprinklered), measured between the nearest points of the two door openings."""
    layout = index.layout
    return separation_findings(layout.rules, layout.venue.exits, farthest_exits(index),
                               room_diagonal(tuple(layout.venue.outline)), exits_required)


def separation_findings(rules, exits, farthest, diagonal: float, exits_required: int,
                        room: tuple[str, str] | None = None) -> list[Finding]:
    """EXIT_SEPARATION for a set of exits (`farthest` indexes into them) in a room of `diagonal` m;
    `room` (id, name) when a partitioned room is meant."""
    if exits_required < 2 or farthest is None:
        return []   # TOO_FEW_EXITS speaks for a room short of exits
    share = 3 if rules.sprinklered else 2
    need = diagonal / share
    best, i, j, a, b = farthest
    if best >= need - EPS:
        return []
    name = lambda x: x.name or x.id  # noqa: E731
    where = f"{room[1]} ({room[0]}): " if room else ""
    ids = ((room[0],) if room else ()) + (exits[i].id, exits[j].id)
    return [Finding(
        "EXIT_SEPARATION", ERROR, ids,
        f"{where}The exits farthest apart ({name(exits[i])} and {name(exits[j])}) are {best:.2f} m apart; "
        f"{exits_required} exits are required and two of them must be at least {need:.2f} m apart "
        f"(1/{share} of the room's {need * share:.2f} m diagonal)",
        measured=best, required=need, location=((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), points=(a, b))]


def check_kr_seating_exits(layout, seats: int, floor_m2: float, exits=None,
                           room: tuple[str, str] | None = None) -> list[Finding]:
    """Korean seating floors of 300 m² or more: 2+ exits, each 1.5 m+, total 0.6 m per 100 m².
    The whole venue by default; a partitioned room passes its `exits` and `room` (id, name)."""
    if layout.rules.profile != "kr" or seats <= 0 or floor_m2 < KR_FLOOR_MIN - EPS:
        return []
    exits = layout.venue.exits if exits is None else exits
    where = f"{room[1]} ({room[0]}): " if room else ""
    room_ids = (room[0],) if room else ()
    findings = []
    total = sum(x.width for x in exits)
    need = floor_m2 * KR_WIDTH_PER_M2
    short = []
    if len(exits) < 2:
        short.append(f"{len(exits)} exit{'s' if len(exits) != 1 else ''} (2 required)")
    if total < need - EPS:
        short.append(f"{total:.2f} m of exit width in all ({need:.2f} m required, 0.6 m per 100 m²)")
    if short:
        findings.append(Finding(
            "KR_SEATING_EXITS", ERROR, room_ids,
            f"{where}Seating floor of {floor_m2:.0f} m² (Korean rule for 300 m² or more): " + "; ".join(short),
            measured=total, required=need))
    for x in exits:
        if x.width < KR_EXIT_WIDTH_MIN - EPS:
            findings.append(Finding(
                "KR_SEATING_EXITS", ERROR, room_ids + (x.id,),
                f"{where}Exit {x.name or x.id} is {x.width:.2f} m wide; on a seating floor of 300 m² or more "
                f"every exit must be at least {KR_EXIT_WIDTH_MIN:.2f} m (Korean rule)",
                measured=x.width, required=KR_EXIT_WIDTH_MIN, location=x.midpoint))
    return findings
