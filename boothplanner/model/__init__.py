"""The layout model: plain data, no Qt, no I/O. Lengths in metres, angles in degrees."""

from boothplanner.model.elements import (
    AREA_KINDS,
    BOOTH_STATUSES,
    FIRE_EQUIPMENT_KINDS,
    OBSTACLE_KINDS,
    SEATING_STYLES,
    SOLID_AREA_KINDS,
    Area,
    Booth,
    Exhibitor,
    Exit,
    FireEquipment,
    Obstacle,
    Partition,
    SeatingBlock,
)
from boothplanner.model.sessions import TIME_FORMAT, Session, parse_time
from boothplanner.model.layout import RULE_PROFILES, SEATING_MODES, Event, Layout, Rules, Venue

__all__ = [
    "AREA_KINDS", "BOOTH_STATUSES", "FIRE_EQUIPMENT_KINDS", "OBSTACLE_KINDS",
    "RULE_PROFILES", "SEATING_MODES", "SEATING_STYLES", "SOLID_AREA_KINDS",
    "Area", "Booth", "Event", "Exhibitor", "Exit", "FireEquipment", "Layout",
    "Obstacle", "Partition", "Rules", "SeatingBlock", "Session", "TIME_FORMAT", "Venue", "parse_time",
]
