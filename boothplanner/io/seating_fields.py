"""Seating blocks and rule values in the file: read, written back only when not the default, and
checked for what the schema cannot say (which fields belong to which style, what fits)."""

from __future__ import annotations

from typing import Any

from boothplanner.io.errors import Problem, json_path
from boothplanner.model import Rules, SeatingBlock
from boothplanner.model import seating as geometry

# Optional seating fields in the documented key order, with the defaults that keep a block as it
# was before they existed. An absent field takes its default, and a default is not written back,
# so files without these fields are saved byte for byte as they were read.
SEATING_DEFAULTS: dict[str, Any] = {
    "chair_depth": 0.5, "aisle_every": 0, "aisle_width": 1.07, "seats_per_table": None,
    "table_depth": 0.45, "table_diameter": 1.52, "table_spacing": 1.37, "wheelchair_spaces": 0,
}
_COUNTS = ("aisle_every", "seats_per_table", "wheelchair_spaces")

# Which styles a field means something for; in a file, anywhere else it is refused, not silently ignored.
_FIELD_STYLES = geometry.FIELD_STYLES
_WHAT = {
    "aisle_every": "internal aisles", "aisle_width": "internal aisles",
    "seats_per_table": "tables", "table_depth": "rectangular tables",
    "table_diameter": "round tables", "table_spacing": "round tables",
}

RULE_DEFAULTS: dict[str, Any] = {"seating_mode": "standard", "sprinklered": False, "travel_max": 61.0, "profile": "ibc"}


def seating_from_dict(s: dict, extra: dict) -> SeatingBlock:
    optional = {}
    for key, default in SEATING_DEFAULTS.items():
        value = s.get(key, default)
        if value is not None:
            value = int(value) if key in _COUNTS else float(value)
        optional[key] = value
    return SeatingBlock(
        id=s["id"], center=(float(s["center"][0]), float(s["center"][1])), rows=int(s["rows"]),
        seats_per_row=int(s["seats_per_row"]), seat_width=float(s.get("seat_width", 0.5)),
        row_pitch=float(s.get("row_pitch", 0.9)), rotation=float(s.get("rotation", 0.0)),
        style=s.get("style", "theater"), extra=extra, **optional,
    )


def seating_optional_fields(block: SeatingBlock, number) -> dict:
    """The optional fields that differ from their defaults, in documented order; `number` formats floats."""
    out = {}
    for key, default in SEATING_DEFAULTS.items():
        value = getattr(block, key)
        if value != default:
            out[key] = value if key in _COUNTS else number(value)
    return out


def rules_from_dict(r: dict) -> dict:
    return {
        "seating_mode": r.get("seating_mode", "standard"), "sprinklered": bool(r.get("sprinklered", False)),
        "travel_max": float(r.get("travel_max", 61.0)), "profile": r.get("profile", "ibc"),
    }


def rules_optional_fields(rules: Rules, number) -> dict:
    out = {}
    for key, default in RULE_DEFAULTS.items():
        value = getattr(rules, key)
        if value != default:
            out[key] = number(value) if key == "travel_max" else value
    return out


def seating_problems(s: dict, parts: list) -> list[Problem]:
    """What a structurally valid seating block may still get wrong."""
    problems = []
    style = s.get("style", "theater")
    for key, styles in _FIELD_STYLES.items():
        if key in s and style not in styles:
            names = ", ".join(styles[:-1]) + " and " + styles[-1] if len(styles) > 1 else styles[0]
            problems.append(Problem(json_path(parts + [key]), f"{style} blocks have no {_WHAT[key]} (only {names} blocks do)"))
    if problems:
        return problems
    # A block as built is already made consistent (SeatingBlock fixes itself up), so what the
    # file asks for is read from the file.
    aisle_every, wanted = s.get("aisle_every", 0), s.get("wheelchair_spaces", 0)
    block = seating_from_dict({**s, "wheelchair_spaces": 0}, {})
    per = geometry.seats_per_table(block)
    if style == "classroom" and aisle_every and aisle_every % per:
        problems.append(Problem(json_path(parts + ["aisle_every"]),
                                f"must be a multiple of seats_per_table ({per}) so that aisles fall between tables, "
                                f"not {aisle_every}"))
        return problems
    room = geometry.max_wheelchair_spaces(block)
    if wanted > room:
        across, deep = geometry.chairs_per_wheelchair_space(block)
        how = (f"each takes {across} × {deep} chairs at a row end" if style == "theater"
               else "each takes a chair at a row end" if style == "classroom" else "one a table")
        problems.append(Problem(json_path(parts + ["wheelchair_spaces"]),
                                f"{wanted} wheelchair spaces do not fit in this block "
                                f"(room for {room}; {how})"))
    return problems
