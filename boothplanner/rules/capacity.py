"""Occupant load, exits and egress width (RULES.md, IBC 1004-1006), and the standing shortfall."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from boothplanner.model import Layout
from boothplanner.model.seating import footprint_size, seats, wheelchair_spaces_placed
from boothplanner.rules.findings import ERROR, WARNING, Finding
from boothplanner.rules.wheelchair import wheelchair_spaces_required

# m² per person by use (IBC Table 1004.5)
EXHIBIT_M2 = 2.8
STANDING_M2 = 0.46
TABLES_M2 = 1.4          # stage, lounge, catering
CHAIRS_ONLY_M2 = 0.65    # registration queues
EGRESS_M_PER_PERSON = 0.00508
# Load terms: (key in load_by_use, area kinds summed before one rounding up, m² per person).
# Stage, lounge and catering share the 1.4 m² factor and one rounding: ceil((stage + lounge + catering) / 1.4).
LOAD_TERMS = (
    ("stage_lounge_catering", ("stage", "lounge", "catering"), TABLES_M2),
    ("registration", ("registration",), CHAIRS_ONLY_M2),
    ("standing", ("standing",), STANDING_M2),
)


def exits_required(load: int) -> int:
    """IBC 1006.2.1/1006.3: exits an assembly space needs for its occupant load."""
    if load > 1000:
        return 4
    if load > 500:
        return 3
    if load >= 50:
        return 2
    return 1


AREA_UNITS_PER_M2 = 10**9  # totals count whole nano-m², so updating by difference is exact


@dataclass
class FloorTotals:
    """Areas summed by use, kept so a drag can update them by difference.

    Sums are Python ints of 1e-9 m²: adding and taking away is exact, so a total kept up to
    date through a drag equals the total summed afresh, and the findings match a full check.
    """
    booth_units: int = 0
    seats: int = 0
    wheelchair_spaces: int = 0
    area_units: dict[str, int] = field(default_factory=dict)
    # Floor covered by booths, seating and solid areas.
    occupied_units: int = 0

    @property
    def booth_m2(self) -> float:
        return self.booth_units / AREA_UNITS_PER_M2

    @property
    def area_m2(self) -> dict[str, float]:
        return {kind: units / AREA_UNITS_PER_M2 for kind, units in self.area_units.items()}

    @property
    def occupied_m2(self) -> float:
        return self.occupied_units / AREA_UNITS_PER_M2

    @classmethod
    def of(cls, layout: Layout, index=None) -> "FloorTotals":
        return cls.of_elements(layout.booths.values(), layout.seating.values(), layout.areas.values(), index)

    @classmethod
    def of_elements(cls, booths, blocks, areas, index=None) -> "FloorTotals":
        """Totals of the given elements (a whole layout, or one room of it)."""
        totals = cls()
        # Booths and seating in bulk, with the same float arithmetic as add(), so that a total
        # kept up to date by add() through a drag stays equal to this one.
        booths, blocks = list(booths), list(blocks)
        if booths:
            sizes = np.array([b.size for b in booths], dtype=float)
            totals.booth_units = _units(sizes[:, 0] * sizes[:, 1])
        if blocks:
            dims = np.array([footprint_size(s) for s in blocks], dtype=float)
            totals.seats = sum(seats(s) for s in blocks)
            totals.wheelchair_spaces = sum(wheelchair_spaces_placed(s) for s in blocks)
            seating_units = _units(dims[:, 0] * dims[:, 1])
        else:
            seating_units = 0
        totals.occupied_units = totals.booth_units + seating_units
        for element in areas:
            totals.add(element, index, +1)
        return totals

    def add(self, element, index, sign: int) -> None:
        kind = type(element).__name__
        units = sign * round(_area(element, index) * AREA_UNITS_PER_M2)
        if kind == "Booth":
            self.booth_units += units
            self.occupied_units += units
        elif kind == "SeatingBlock":
            self.seats += sign * element.seats
            self.wheelchair_spaces += sign * wheelchair_spaces_placed(element)
            self.occupied_units += units
        else:
            self.area_units[element.kind] = self.area_units.get(element.kind, 0) + units
            if element.is_solid:
                self.occupied_units += units


def _units(areas_m2: np.ndarray) -> int:
    """Sum of areas in whole AREA_UNITS, each rounded as round() in add() rounds it."""
    return int(np.rint(areas_m2 * AREA_UNITS_PER_M2).astype(np.int64).sum())


def _area(element, index) -> float:
    if hasattr(element, "outline"):
        if index is not None:
            return float(index.cache.footprint(element).area)
        import shapely
        return float(shapely.Polygon(element.outline).area)
    return element.area


@dataclass(frozen=True)
class Capacity:
    seats: int
    occupant_load: int
    exits: int
    exits_required: int
    egress_width: float
    egress_width_required: float
    expected_attendance: int | None
    free_floor_m2: float
    standing: int              # expected attendance beyond the seats
    standing_room: int         # people the free floor holds at 0.46 m² each
    load_by_use: dict
    wheelchair_spaces: int = 0           # placed in the seating blocks
    wheelchair_spaces_required: int = 0  # 2010 ADA Table 221.2.1.1 for `seats`

    def to_json(self) -> dict:
        return {
            "seats": self.seats, "occupant_load": self.occupant_load, "exits": self.exits,
            "exits_required": self.exits_required, "egress_width": round(self.egress_width, 3),
            "egress_width_required": round(self.egress_width_required, 3),
            "expected_attendance": self.expected_attendance,
            "standing": self.standing, "standing_room": self.standing_room,
            "free_floor_m2": round(self.free_floor_m2, 1),
            "wheelchair_spaces": self.wheelchair_spaces,
            "wheelchair_spaces_required": self.wheelchair_spaces_required,
        }


def _ceil(x: float) -> int:
    # Areas summed from floats can land a hair above a whole number of people.
    return math.ceil(round(x, 6))


def load_by_use(totals: FloorTotals) -> dict:
    """Occupant load by use (IBC Table 1004.5), each use rounded up on its own."""
    by_use = {"seats": totals.seats, "booths": _ceil(totals.booth_m2 / EXHIBIT_M2)}
    for key, kinds, factor in LOAD_TERMS:
        units = sum(totals.area_units.get(kind, 0) for kind in kinds)
        by_use[key] = _ceil(units / AREA_UNITS_PER_M2 / factor)
    return by_use


def capacity_of(layout: Layout, totals: FloorTotals, venue_free_m2: float,
                exits=None, expected_attendance: int | None | bool = False) -> Capacity:
    """The capacity summary; venue_free_m2 is the floor's area less its obstacles.

    By default the whole venue with all its exits and the event's expected attendance; a room
    passes its own `exits` and `expected_attendance` (None: no comparison)."""
    by_use = load_by_use(totals)
    load = sum(by_use.values())
    exits = layout.venue.exits if exits is None else exits
    width = sum(x.width for x in exits)
    free = max(0.0, venue_free_m2 - totals.occupied_m2)
    expected = layout.event.expected_attendance if expected_attendance is False else expected_attendance
    standing = max(0, (expected or 0) - totals.seats)
    return Capacity(
        seats=totals.seats, occupant_load=load, exits=len(exits), exits_required=exits_required(load),
        egress_width=width, egress_width_required=load * EGRESS_M_PER_PERSON,
        expected_attendance=expected, free_floor_m2=free,
        standing=standing, standing_room=standing_room(free), load_by_use=by_use,
        wheelchair_spaces=totals.wheelchair_spaces,
        wheelchair_spaces_required=wheelchair_spaces_required(totals.seats),
    )


def standing_room(free_floor_m2: float) -> int:
    """People who can stand on this much free floor at 0.46 m² each."""
    return int(free_floor_m2 // STANDING_M2)


def capacity_findings(capacity: Capacity, room: tuple[str, str] | None = None) -> list[Finding]:
    """TOO_FEW_EXITS, EGRESS_WIDTH and SEATS_SHORT; for a room, `room` is (id, name): the
    findings carry its id and say its name."""
    findings = []
    c = capacity
    ids = (room[0],) if room else ()
    where = f"{room[1]} ({room[0]}): " if room else ""
    if c.exits < c.exits_required:
        findings.append(Finding(
            "TOO_FEW_EXITS", ERROR, ids,
            f"{where}{c.exits} exit{'s' if c.exits != 1 else ''} for an occupant load of {c.occupant_load}; {c.exits_required} required",
            measured=c.exits, required=c.exits_required))
    if c.egress_width + 1e-9 < c.egress_width_required:
        findings.append(Finding(
            "EGRESS_WIDTH", ERROR, ids,
            f"{where}Exits give {c.egress_width:.2f} m of clear width; an occupant load of {c.occupant_load} needs "
            f"{c.egress_width_required:.2f} m (5.08 mm a person)",
            measured=c.egress_width, required=c.egress_width_required))
    if c.expected_attendance is not None and c.expected_attendance > c.seats:
        holds = "holds them" if c.standing <= c.standing_room else "does not hold them"
        findings.append(Finding(
            "SEATS_SHORT", WARNING, ids,
            f"{where}{c.expected_attendance} expected but {c.seats} seats: {c.standing} will stand; the free floor "
            f"({c.free_floor_m2:.0f} m², room for {c.standing_room} at 0.46 m² each) {holds}",
            measured=c.seats, required=c.expected_attendance))
    return findings
