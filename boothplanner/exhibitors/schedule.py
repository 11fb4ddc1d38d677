"""The booth schedule: one row per booth, sorted by number, with totals by status. Lengths in m, areas in m²."""

from __future__ import annotations

from dataclasses import dataclass, field

from boothplanner.exhibitors.booth_type import booth_types
from boothplanner.exhibitors.natural_sort import natural_key
from boothplanner.model import BOOTH_STATUSES, Layout

STATUS_LABELS = {"available": "Available", "reserved": "Reserved", "sold": "Sold", "blocked": "Blocked"}
BOOTH_TYPE_LABELS = {"in-line": "In-line", "corner": "Corner", "peninsula": "Peninsula", "island": "Island",
                     "enclosed": "Enclosed"}


def format_number(value: float, decimals: int = 2) -> str:
    """3 -> "3", 13.5 -> "13.5", 10.2375 -> "10.24": no trailing zeros, "." as decimal point."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class ScheduleRow:
    booth_id: str
    number: str
    exhibitor_id: str | None
    exhibitor_ko: str
    exhibitor_en: str
    width: float  # m, along x before rotation
    depth: float  # m
    area: float  # m²
    status: str  # a BOOTH_STATUSES word
    booth_type: str  # a booth_type.BOOTH_TYPES word

    @property
    def size_text(self) -> str:
        return f"{format_number(self.width)} × {format_number(self.depth)} m"


@dataclass(frozen=True)
class ScheduleTotals:
    booths_by_status: dict[str, int] = field(default_factory=dict)  # every status, zero included
    area_by_status: dict[str, float] = field(default_factory=dict)  # m²

    @property
    def booths(self) -> int:
        return sum(self.booths_by_status.values())

    @property
    def area(self) -> float:
        return sum(self.area_by_status.values())

    @property
    def area_sold(self) -> float:
        return self.area_by_status.get("sold", 0.0)


@dataclass(frozen=True)
class Schedule:
    event_name: str
    event_date: str
    venue_name: str
    rows: list[ScheduleRow]
    totals: ScheduleTotals


def booth_schedule(layout: Layout) -> Schedule:
    """Every booth of the layout in natural number order (A-2 before A-10), with totals."""
    types = booth_types(layout)
    rows = []
    for booth in layout.booths.values():
        exhibitor = layout.exhibitors.get(booth.exhibitor) if booth.exhibitor else None
        rows.append(ScheduleRow(
            booth_id=booth.id, number=booth.number, exhibitor_id=booth.exhibitor,
            exhibitor_ko=exhibitor.name_ko if exhibitor else "",
            exhibitor_en=exhibitor.name if exhibitor else (booth.exhibitor or ""),
            width=booth.width, depth=booth.depth, area=booth.area,
            status=booth.status, booth_type=types[booth.id],
        ))
    # The id breaks ties so that booths sharing a number still come out in a fixed order.
    rows.sort(key=lambda r: (natural_key(r.number), r.booth_id))
    counts = {status: 0 for status in BOOTH_STATUSES}
    areas = {status: 0.0 for status in BOOTH_STATUSES}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
        areas[row.status] = areas.get(row.status, 0.0) + row.area
    return Schedule(layout.event.name, layout.event.date, layout.venue.name, rows, ScheduleTotals(counts, areas))
