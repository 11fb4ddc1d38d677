"""Display names of the model's keys (statuses, kinds), in the interface language."""

from __future__ import annotations

from boothplanner.ui.i18n import tr


def status_name(key: str) -> str:
    return {
        "available": tr("Status", "Available"), "reserved": tr("Status", "Reserved"),
        "sold": tr("Status", "Sold"), "blocked": tr("Status", "Blocked"),
    }.get(key, key)


def area_kind_name(key: str) -> str:
    return {
        "stage": tr("AreaKind", "Stage"), "registration": tr("AreaKind", "Registration"),
        "lounge": tr("AreaKind", "Lounge"), "catering": tr("AreaKind", "Catering"),
        "storage": tr("AreaKind", "Storage"), "standing": tr("AreaKind", "Standing room"),
        "no_build": tr("AreaKind", "No-build zone"),
    }.get(key, key)


def fire_kind_name(key: str) -> str:
    return {
        "hose_cabinet": tr("FireKind", "Hose cabinet"), "extinguisher": tr("FireKind", "Extinguisher"),
        "pull_station": tr("FireKind", "Pull station"), "hydrant": tr("FireKind", "Hydrant"),
        "alarm": tr("FireKind", "Alarm"),
    }.get(key, key)


def obstacle_kind_name(key: str) -> str:
    return {
        "column": tr("ObstacleKind", "Column"), "wall": tr("ObstacleKind", "Wall"),
        "structure": tr("ObstacleKind", "Structure"), "other": tr("ObstacleKind", "Other"),
    }.get(key, key)


def seating_style_name(key: str) -> str:
    return {
        "theater": tr("SeatingStyle", "Theater rows"), "classroom": tr("SeatingStyle", "Classroom tables"),
        "banquet": tr("SeatingStyle", "Banquet rounds"), "cabaret": tr("SeatingStyle", "Cabaret (facing the stage)"),
    }.get(key, key)


def booth_type_name(key: str) -> str:
    """How many sides face an aisle: in-line 1, corner 2, peninsula 3, island 4."""
    return {
        "in-line": tr("BoothType", "In-line (one side open)"), "corner": tr("BoothType", "Corner (two sides open)"),
        "peninsula": tr("BoothType", "Peninsula (three sides open)"), "island": tr("BoothType", "Island (four sides open)"),
        "enclosed": tr("BoothType", "Enclosed (no side on an aisle)"),
    }.get(key, key)
