"""The layout: event, venue, rules and the elements placed on the floor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

from boothplanner.model.elements import (
    Area, Booth, Exhibitor, Exit, FireEquipment, Obstacle, Partition, Point, SeatingBlock,
)
from boothplanner.model.sessions import Session


@dataclass(frozen=True)
class Event:
    name: str = ""
    date: str = ""
    venue_note: str = ""
    expected_attendance: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rules:
    """Planning limits in metres; defaults follow RULES.md's program defaults."""
    aisle_min: float = 3.0
    seating_aisle_min: float = 1.07
    exit_clearance: float = 3.0
    fire_equipment_clearance: float = 1.5
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Added with the seating and egress rules, after `extra` so positional calls keep their meaning.
    seating_mode: str = "standard"   # "standard" or "continental" (IBC 1030.13.1)
    sprinklered: bool = False        # exit separation drops to a third of the diagonal (IBC 1007.1.1)
    travel_max: float = 61.0         # longest walk to an exit, m (IBC Table 1017.2, assembly)
    profile: str = "ibc"             # "ibc", or "kr" to add the Korean seating-floor exit rule


@dataclass(frozen=True)
class Venue:
    name: str
    outline: tuple[Point, ...]
    obstacles: tuple[Obstacle, ...] = ()
    exits: tuple[Exit, ...] = ()
    fire_equipment: tuple[FireEquipment, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    # After `extra` so positional calls keep their meaning; no partitions is one room, as before.
    partitions: tuple[Partition, ...] = ()
    # Where north lies on the plan: degrees clockwise from up the page (90: north to the right).
    north: float = 0.0

    @property
    def closed_partitions(self) -> tuple[Partition, ...]:
        return tuple(p for p in self.partitions if not p.open)


SEATING_MODES = ("standard", "continental")
RULE_PROFILES = ("ibc", "kr")
PLACED_KINDS = ("booths", "seating", "areas")


@dataclass
class Layout:
    """Everything in one .boothplan file.

    Placed elements live in id-keyed dicts (insertion-ordered) so that an edit
    replaces one entry and the rest of the layout is shared.
    """
    venue: Venue
    event: Event = field(default_factory=Event)
    rules: Rules = field(default_factory=Rules)
    exhibitors: dict[str, Exhibitor] = field(default_factory=dict)
    booths: dict[str, Booth] = field(default_factory=dict)
    seating: dict[str, SeatingBlock] = field(default_factory=dict)
    areas: dict[str, Area] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)

    def placed(self) -> Iterator[Booth | SeatingBlock | Area]:
        """Booths, seating blocks and areas, in that order."""
        yield from self.booths.values()
        yield from self.seating.values()
        yield from self.areas.values()

    def element(self, element_id: str):
        """Any element, exhibitor or venue item by id, or None. Sessions are not drawn on the plan,
        so they are not here: look in `sessions`."""
        for table in (self.booths, self.seating, self.areas, self.exhibitors):
            if element_id in table:
                return table[element_id]
        for group in (self.venue.obstacles, self.venue.exits, self.venue.fire_equipment, self.venue.partitions):
            for item in group:
                if item.id == element_id:
                    return item
        return None

    def all_ids(self) -> set[str]:
        ids = set(self.booths) | set(self.seating) | set(self.areas) | set(self.exhibitors) | set(self.sessions)
        ids.update(o.id for o in self.venue.obstacles)
        ids.update(p.id for p in self.venue.partitions)
        ids.update(x.id for x in self.venue.exits)
        ids.update(f.id for f in self.venue.fire_equipment)
        return ids

    def copy(self) -> "Layout":
        """A shallow copy: new tables, shared (immutable) elements."""
        return Layout(
            venue=self.venue, event=self.event, rules=self.rules,
            exhibitors=dict(self.exhibitors), booths=dict(self.booths),
            seating=dict(self.seating), areas=dict(self.areas), extra=dict(self.extra),
            sessions=dict(self.sessions),
        )

    @property
    def seats(self) -> int:
        return sum(block.seats for block in self.seating.values())
