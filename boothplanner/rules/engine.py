"""Runs every rule: a full check of a layout version, and a fast re-check of elements being moved."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

import numpy as np
import shapely

from boothplanner.model import Layout, SeatingBlock
from boothplanner.rules.capacity import Capacity, FloorTotals, capacity_findings, capacity_of
from boothplanner.rules.findings import ERROR, Finding, sorted_findings
from boothplanner.rules.footprints import OBSTACLE, SEATING, FootprintCache
from boothplanner.rules.index import WALL_ID, LayoutIndex, grown_boxes
from boothplanner.rules.egress import EGRESS_CODES, check_exit_separation, check_kr_seating_exits
from boothplanner.rules.numbering import check_booth_numbers
from boothplanner.rules.room_checks import (
    PARTITION_CODES, RoomState, check_partitions_crossed, room_findings, room_state, room_state_moved,
)
from boothplanner.rules.rooms import geometry_of
from boothplanner.rules.sessions import (
    SESSION_CODES, SessionCapacity, overlap_findings, session_findings, session_numbers,
)
from boothplanner.rules.rows import check_row_lengths, check_row_spacing
from boothplanner.rules.wheelchair import check_wheelchair_spaces
from boothplanner.rules.spatial import (
    Gap, _gap_finding, check_elements, check_pairs, full_spatial_check, wall_gap_order,
)
from boothplanner.rules.view import GeometryView

SPATIAL_CODES = frozenset({"OVERLAP", "OUTSIDE_VENUE", "ON_OBSTACLE", "NARROW_AISLE",
                           "EXIT_BLOCKED", "FIRE_EQUIPMENT_BLOCKED"})
# Codes worked out afresh from totals and the venue on every check, the incremental one included.
CAPACITY_CODES = (frozenset({"TOO_FEW_EXITS", "EGRESS_WIDTH", "SEATS_SHORT", "WHEELCHAIR_SPACES"})
                  | EGRESS_CODES | SESSION_CODES)
ROW_OR_PARTITION = frozenset({"ROW_SPACING"}) | PARTITION_CODES
# Checked room by room instead of venue-wide when closed partitions split the floor.
ROOM_CODES = frozenset({"TOO_FEW_EXITS", "EGRESS_WIDTH"}) | EGRESS_CODES


@dataclass
class CheckResult:
    findings: list[Finding]
    capacity: Capacity
    index: LayoutIndex
    gaps: list[Gap] = field(default_factory=list)
    totals: FloorTotals = field(default_factory=FloorTotals)
    venue_free_m2: float = 0.0
    rooms: RoomState | None = None          # per-room numbers; None when the floor is one room
    sessions: list[SessionCapacity] = field(default_factory=list)
    _gap_tree: object = None
    _gaps_by_ids: dict | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)

    def gap_tree(self):
        if self._gap_tree is None:
            self._gap_tree = shapely.STRtree([g.corridor if g.corridor is not None else g.line for g in self.gaps])
        return self._gap_tree

    def gap_key(self, ids: tuple) -> tuple:
        """Gaps reported together: a pair of elements, or an element and every wall, the room's
        and the closed movable walls alike (an element is reported at its narrowest one)."""
        return (ids[0], WALL_ID) if ids[1] in self.index.wall_ids else ids

    def gaps_of(self, key: tuple) -> list:
        """Every gap recorded under a `gap_key`."""
        if self._gaps_by_ids is None:
            self._gaps_by_ids = {}
            for gap in self.gaps:
                self._gaps_by_ids.setdefault(self.gap_key(gap.ids), []).append(gap)
        return self._gaps_by_ids.get(key, [])

    def to_json(self) -> dict:
        out = {"findings": [f.to_json() for f in self.findings], "capacity": self.capacity.to_json(),
               "sessions": [s.to_json() for s in self.sessions]}
        if self.rooms is not None:
            out["rooms"] = self.rooms.to_json()
        return out


class Checker:
    """Checks layouts, reusing footprints of elements that have not changed between versions."""

    def __init__(self):
        self.cache = FootprintCache()

    def check(self, layout: Layout) -> CheckResult:
        """Every rule over the whole layout."""
        index = LayoutIndex(layout, self.cache)
        view = GeometryView(index)
        findings, gaps = full_spatial_check(view)
        findings += check_booth_numbers(layout)
        findings += check_partitions_crossed(index, index.ids, index.geoms, index.kinds)
        blocks = list(layout.seating.values())
        findings += check_row_lengths(view, blocks)
        findings += check_row_spacing(blocks, layout.rules, index.label)
        totals = FloorTotals.of(layout, index)
        obstacles_m2 = float(shapely.area(index.geoms[index.kinds == OBSTACLE]).sum())
        venue_free = float(index.venue.area) - obstacles_m2
        capacity = capacity_of(layout, totals, venue_free)
        rooms = room_state(index)
        more, sessions = _layout_wide(index, capacity, totals, rooms, layout.seating.get)
        findings += more
        return CheckResult(sorted_findings(findings), capacity, index, gaps, totals, venue_free, rooms, sessions)

    def recheck_moved(self, base: CheckResult, moved: dict) -> CheckResult:
        """Findings after the elements in `moved` (id -> new element) changed place, shape or size.

        Cost grows with the moved elements and their neighbours, not with the layout.
        Numbers, statuses, sessions and the venue must be as in `base`.
        """
        index = base.index
        view = GeometryView(index, moved)
        ids, geoms, kinds = view.moved_id_array, view.moved_geoms, view.moved_kinds
        findings, _ = check_elements(view, ids, geoms, kinds)
        if len(ids):
            q, t = view.query_base(grown_boxes(geoms, index.reach))
            more, _ = check_pairs(view, ids[q], geoms[q], kinds[q], index.ids[t], index.geoms[t], index.kinds[t])
            findings += more
            if len(ids) > 1:
                q, t = shapely.STRtree(geoms).query(grown_boxes(geoms, index.reach))
                keep = q < t
                more, _ = check_pairs(view, ids[q[keep]], geoms[q[keep]], kinds[q[keep]],
                                      ids[t[keep]], geoms[t[keep]], kinds[t[keep]])
                findings += more
        reopened = self._third_party_gaps(base, view)
        for gaps in reopened.values():
            # A pair (an element and the walls) may have several gaps; it is reported at the narrowest open one.
            open_gaps = [g for g in gaps if not view.is_blocked(g)]
            if open_gaps:
                gap = min(open_gaps, key=wall_gap_order)
                findings.append(_gap_finding(view, gap.ids, gap.line, gap.measured, gap.required))
        moved_ids = view.moved_ids
        # Rows whose ends a moved element may have closed or opened, and the moved blocks themselves.
        row_ids = moved_ids | self._seating_near(view)
        row_blocks = [index.elements[index.position[i]] for i in sorted(row_ids - moved_ids, key=index.position.get)]
        moved_blocks = [e for e in moved.values() if isinstance(e, SeatingBlock)]
        findings += check_row_lengths(view, row_blocks + moved_blocks)
        findings += check_row_spacing(moved_blocks, index.layout.rules, index.label)
        findings += check_partitions_crossed(index, ids, geoms, kinds)
        for finding in base.findings:
            if finding.code in CAPACITY_CODES:
                continue
            if finding.code in SPATIAL_CODES and (moved_ids.intersection(finding.ids) or
                                                  (len(finding.ids) == 2 and base.gap_key(finding.ids) in reopened)):
                continue
            if finding.code == "ROW_TOO_LONG" and row_ids.intersection(finding.ids):
                continue
            if finding.code in ROW_OR_PARTITION and moved_ids.intersection(finding.ids):
                continue
            if finding.code == "DUPLICATE_BOOTH_NUMBER" and moved_ids.intersection(finding.ids):
                # The finding sits on the first of its booths in layout order, which may have moved.
                first = min(finding.ids, key=lambda i: index.position.get(i, len(index.position)))
                if first in moved:
                    finding = dataclasses.replace(finding, location=moved[first].center)
            findings.append(finding)
        totals = copy.deepcopy(base.totals)
        for element_id, element in moved.items():
            old = index.elements[index.position[element_id]] if element_id in index.position else None
            if old is not None:
                totals.add(old, index, -1)
            totals.add(element, index, +1)
        capacity = capacity_of(index.layout, totals, base.venue_free_m2)
        rooms = room_state_moved(base.rooms, index, moved, view.moved_geoms)
        seating = index.layout.seating

        def block_of(block_id):
            return moved.get(block_id) or seating.get(block_id)
        more, sessions = _layout_wide(index, capacity, totals, rooms, block_of)
        findings += more
        return CheckResult(sorted_findings(findings), capacity, index, base.gaps, totals, base.venue_free_m2,
                           rooms, sessions)

    @staticmethod
    def _seating_near(view: GeometryView) -> set:
        """Unmoved seating blocks within an aisle of where the moved elements were or are now."""
        index = view.index
        if not len(view.moved_geoms) or not len(index.elements):
            return set()
        probes = np.concatenate([index.geoms[view.moved_positions], view.moved_geoms])
        _, hits = index.tree.query(grown_boxes(probes, index.layout.rules.seating_aisle_min))
        hits = np.unique(hits)
        hits = hits[(index.kinds[hits] == SEATING) & ~view.stale[hits]]
        return set(index.ids[hits])

    @staticmethod
    def _third_party_gaps(base: CheckResult, view: GeometryView) -> dict:
        """Gaps between unmoved elements whose line a moved element crossed before or crosses now."""
        if not base.gaps or not len(view.moved_geoms):
            return {}
        old = view.index.geoms[view.moved_positions]
        probes = np.concatenate([old, view.moved_geoms])
        _, hits = base.gap_tree().query(probes)
        touched = {base.gap_key(base.gaps[h].ids) for h in np.unique(hits)}
        touched = {key for key in touched if not view.moved_ids.intersection(key)}
        return {key: base.gaps_of(key) for key in touched}


def _layout_wide(index: LayoutIndex, capacity: Capacity, totals: FloorTotals, rooms: RoomState | None,
                 block_of) -> tuple[list[Finding], list[SessionCapacity]]:
    """Findings about the layout as a whole (or room by room), and the sessions' numbers, worked
    out the same way by both kinds of check."""
    layout = index.layout
    findings = capacity_findings(capacity)
    findings += check_wheelchair_spaces(capacity.seats, capacity.wheelchair_spaces)
    if rooms is None:
        findings += check_exit_separation(index, capacity.exits_required)
        findings += check_kr_seating_exits(layout, totals.seats, float(index.venue.area))
    else:
        # Behind a closed wall the doors of the next room are out of reach: exits and their
        # width count per room, and replace the venue-wide findings.
        findings = [f for f in findings if f.code not in ROOM_CODES] + room_findings(index, rooms)
    sections = set(geometry_of(index).section_room)
    sessions = session_numbers(layout, capacity, sections, rooms, block_of)
    findings += session_findings(layout, sessions)
    findings += overlap_findings(layout, sections, rooms)
    return findings, sessions


def check_layout(layout: Layout) -> CheckResult:
    """Every rule over a layout, for one-off use (the CLI, the PDF), travel distance included.

    The window leaves travel distance out of the check it runs on every edit (it costs up to a
    few hundred ms on a large hall) and runs it in the background instead (ui/analysis.py)."""
    from dataclasses import replace
    from boothplanner.rules.travel import check_travel_distance
    result = Checker().check(layout)
    travel = check_travel_distance(layout, index=result.index)
    return replace(result, findings=sorted_findings(result.findings + travel)) if travel else result
