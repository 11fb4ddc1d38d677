"""Sessions and partitions in the file: read, written (only when present, so files without them
are saved unchanged), and checked for what the schema cannot say (times, references, geometry)."""

from __future__ import annotations

import math
from typing import Any

import shapely

from boothplanner.io.errors import Problem, json_path
from boothplanner.model import Partition, Session, parse_time
from boothplanner.rules.rooms import END_SLACK, sections_of


def _point(p) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def partition_from_dict(p: dict, extra: dict) -> Partition:
    return Partition(p["id"], _point(p["start"]), _point(p["end"]), p.get("name", ""), bool(p["open"]), extra)


def partition_to_dict(p: Partition, point) -> dict:
    return {"id": p.id, "name": p.name, "start": point(p.start), "end": point(p.end), "open": p.open, **p.extra}


def session_from_dict(s: dict, extra: dict) -> Session:
    expected = s.get("expected_attendance")
    return Session(
        id=s["id"], name=s["name"], start=s["start"], end=s["end"], seating=tuple(s.get("seating", ())),
        room=s.get("room"), expected_attendance=None if expected is None else int(expected),
        name_ko=s.get("name_ko", ""), note=s.get("note", ""), extra=extra,
    )


def session_to_dict(s: Session) -> dict:
    """Keys in documented order; optional ones only when set."""
    item: dict[str, Any] = {"id": s.id, "name": s.name}
    if s.name_ko:
        item["name_ko"] = s.name_ko
    item["start"], item["end"] = s.start, s.end
    if s.seating:
        item["seating"] = list(s.seating)
    if s.room is not None:
        item["room"] = s.room
    if s.expected_attendance is not None:
        item["expected_attendance"] = s.expected_attendance
    if s.note:
        item["note"] = s.note
    return {**item, **s.extra}


def partition_problems(venue: dict) -> list[Problem]:
    """Each partition a wall across the room: a length, inside the venue, both ends on a wall or on
    another partition (so that, closed, it divides the floor)."""
    problems = []
    partitions = venue.get("partitions", [])
    outline = shapely.Polygon(venue["outline"])
    if not partitions or not outline.is_valid:
        return problems
    zone = outline.buffer(END_SLACK, join_style="mitre")
    lines = [shapely.LineString([p["start"], p["end"]]) for p in partitions]
    for i, p in enumerate(partitions):
        here = json_path(["venue", "partitions", i])
        if math.dist(p["start"], p["end"]) <= 1e-9:
            problems.append(Problem(here, "partition has no length (start and end are the same point)"))
            continue
        if not zone.covers(lines[i]):
            problems.append(Problem(here, "partition runs outside the venue outline"))
            continue
        others = [line for j, line in enumerate(lines) if j != i and math.dist(partitions[j]["start"], partitions[j]["end"]) > 1e-9]
        for key in ("start", "end"):
            end = shapely.Point(p[key])
            if outline.exterior.distance(end) <= END_SLACK:
                continue
            if any(line.distance(end) <= END_SLACK for line in others):
                continue
            problems.append(Problem(json_path(["venue", "partitions", i, key]),
                                    f"must lie on the venue's wall or on another partition (within {END_SLACK * 100:.0f} cm), "
                                    f"so that the partition divides the room; ({p[key][0]:g}, {p[key][1]:g}) does not"))
    return problems


def _room_ids(venue: dict) -> list[str]:
    partitions = [partition_from_dict(p, {}) for p in venue.get("partitions", [])]
    return list(sections_of(venue["outline"], partitions))


def session_problems(doc: dict) -> list[Problem]:
    """Times that exist and end after they start, and references to blocks and rooms the file has."""
    problems: list[Problem] = []
    sessions = doc.get("sessions", [])
    if not sessions:
        return problems
    block_ids = {b["id"] for b in doc.get("seating", [])}
    rooms = None
    for i, s in enumerate(sessions):
        times = {}
        for key in ("start", "end"):
            try:
                times[key] = parse_time(s[key])
            except ValueError as exc:
                problems.append(Problem(json_path(["sessions", i, key]), str(exc)))
        if len(times) == 2 and times["end"] <= times["start"]:
            problems.append(Problem(json_path(["sessions", i, "end"]),
                                    f"must be after start ({s['start']}), not {s['end']}"))
        if "seating" in s and "room" in s:
            problems.append(Problem(json_path(["sessions", i]),
                                    "give either seating (the blocks it uses) or room (every block in that room), not both"))
        seen = set()
        for j, block in enumerate(s.get("seating", [])):
            if block not in block_ids:
                problems.append(Problem(json_path(["sessions", i, "seating", j]),
                                        f"names seating block {block!r}, which is not in the seating list"))
            elif block in seen:
                problems.append(Problem(json_path(["sessions", i, "seating", j]), f"names seating block {block!r} twice"))
            seen.add(block)
        if "room" in s:
            rooms = _room_ids(doc["venue"]) if rooms is None else rooms
            if s["room"] not in rooms:
                known = f"{rooms[0]} to {rooms[-1]}" if len(rooms) > 1 else (rooms[0] if rooms else "none")
                problems.append(Problem(json_path(["sessions", i, "room"]),
                                        f"names room {s['room']!r}, which this venue does not have (its partitions "
                                        f"make rooms {known}, numbered from the left of the plan)"))
    return problems
