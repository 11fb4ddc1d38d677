"""The .boothplan format: JSON, UTF-8, version 1 (docs/file-format.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from boothplanner.io.atomic import write_atomically
from boothplanner.io.errors import LoadError, Problem
from boothplanner.io.seating_fields import (
    rules_from_dict, rules_optional_fields, seating_from_dict, seating_optional_fields,
)
from boothplanner.io.session_fields import partition_from_dict, partition_to_dict, session_from_dict, session_to_dict
from boothplanner.io.validation import problems_in
from boothplanner.model import Area, Booth, Event, Exhibitor, Exit, FireEquipment, Layout, Obstacle, Rules, Venue

FORMAT_NAME = "boothplan"
FORMAT_VERSION = 1

# Migrations from older versions: MIGRATIONS[n] turns a version-n dict into version n+1.
MIGRATIONS: dict[int, Any] = {}

# Optional exhibitor text fields, written only when non-empty so files without contacts stay as they were.
EXHIBITOR_CONTACT_KEYS = ("contact_name", "email", "phone", "website")


def _extra(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if k.startswith("x-")}


def _point(p) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _whole(n):
    """Counts as int: JSON Schema calls 10.0 an integer, the model wants 10."""
    return None if n is None else int(n)


def _points(ps) -> tuple[tuple[float, float], ...]:
    return tuple(_point(p) for p in ps)


def _decode(data: bytes, source: str) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(source, [Problem("", f"not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8")]) from None
    return _parse(text, source)


def _parse(text: str, source: str) -> Any:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise LoadError(source, [Problem("", "the file is empty")])
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(source, [Problem("", f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]) from None
    except ValueError:  # Python's limit on the digits of a whole number
        raise LoadError(source, [Problem("", "not usable JSON: a number has too many digits")]) from None
    except RecursionError:
        raise LoadError(source, [Problem("", "not usable JSON: nested too deeply")]) from None


def _check_header(doc: Any, source: str) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise LoadError(source, [Problem("$.format", "not a Boothplanner layout (expected \"format\": \"boothplan\")")])
    if "version" not in doc:
        raise LoadError(source, [Problem("$.version", f"missing (this program reads versions 1 to {FORMAT_VERSION})")])
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(source, [Problem("$.version", f"must be a whole number from 1 to {FORMAT_VERSION}, not {version!r}")])
    if version > FORMAT_VERSION:
        raise LoadError(source, [Problem("$.version", f"made by a newer Boothplanner (file version {version}; this program reads up to version {FORMAT_VERSION}); update Boothplanner to open it")])


def layout_from_dict(doc: Any, source: str = "<layout>") -> Layout:
    """Validate a parsed document and build the Layout; raises LoadError naming every problem."""
    _check_header(doc, source)
    for version in range(doc["version"], FORMAT_VERSION):
        doc = MIGRATIONS[version](doc)
    problems = problems_in(doc)
    if problems:
        raise LoadError(source, problems)
    return _build(doc)


def _build(doc: dict) -> Layout:
    ev = doc.get("event", {})
    event = Event(
        name=ev.get("name", ""), date=ev.get("date", ""), venue_note=ev.get("venue_note", ""),
        expected_attendance=_whole(ev.get("expected_attendance")), extra=_extra(ev),
    )
    v = doc["venue"]
    venue = Venue(
        name=v.get("name", ""),
        outline=_points(v["outline"]),
        obstacles=tuple(Obstacle(o["id"], o.get("kind", "column"), _points(o["outline"]), _extra(o)) for o in v.get("obstacles", [])),
        exits=tuple(Exit(x["id"], _point(x["start"]), _point(x["end"]), x.get("name", ""), _extra(x),
                         entrance=x.get("entrance", True)) for x in v.get("exits", [])),
        fire_equipment=tuple(FireEquipment(f["id"], f["kind"], _point(f["at"]), _extra(f)) for f in v.get("fire_equipment", [])),
        extra=_extra(v),
        partitions=tuple(partition_from_dict(p, _extra(p)) for p in v.get("partitions", [])),
        north=float(v.get("north", 0.0)),
    )
    r = doc.get("rules", {})
    defaults = Rules()
    rules = Rules(
        aisle_min=float(r.get("aisle_min", defaults.aisle_min)),
        seating_aisle_min=float(r.get("seating_aisle_min", defaults.seating_aisle_min)),
        exit_clearance=float(r.get("exit_clearance", defaults.exit_clearance)),
        fire_equipment_clearance=float(r.get("fire_equipment_clearance", defaults.fire_equipment_clearance)),
        extra=_extra(r), **rules_from_dict(r),
    )
    layout = Layout(venue=venue, event=event, rules=rules, extra=_extra(doc))
    for e in doc.get("exhibitors", []):
        layout.exhibitors[e["id"]] = Exhibitor(
            e["id"], e["name"], e.get("name_ko", ""), e.get("category", ""), _extra(e),
            **{key: e.get(key, "") for key in EXHIBITOR_CONTACT_KEYS},
        )
    for b in doc.get("booths", []):
        layout.booths[b["id"]] = Booth(
            id=b["id"], number=b["number"], center=_point(b["center"]), size=_point(b["size"]),
            rotation=float(b.get("rotation", 0.0)), status=b.get("status", "available"),
            exhibitor=b.get("exhibitor"), extra=_extra(b),
        )
    for s in doc.get("seating", []):
        layout.seating[s["id"]] = seating_from_dict(s, _extra(s))
    for a in doc.get("areas", []):
        layout.areas[a["id"]] = Area(a["id"], a["kind"], _points(a["outline"]), a.get("name", ""), _extra(a))
    for s in doc.get("sessions", []):
        layout.sessions[s["id"]] = session_from_dict(s, _extra(s))
    return layout


def _num(x: float):
    """Whole numbers as integers, so files stay as people write them."""
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else x


def _pt(p) -> list:
    return [_num(p[0]), _num(p[1])]


def layout_to_dict(layout: Layout) -> dict:
    """The version-1 document for a layout; keys in the documented order."""
    ev = layout.event
    event: dict[str, Any] = {"name": ev.name}
    if ev.date:
        event["date"] = ev.date
    if ev.venue_note:
        event["venue_note"] = ev.venue_note
    if ev.expected_attendance is not None:
        event["expected_attendance"] = ev.expected_attendance
    event.update(ev.extra)
    v = layout.venue
    venue = {
        "name": v.name,
        "outline": [_pt(p) for p in v.outline],
        "obstacles": [{"id": o.id, "kind": o.kind, "outline": [_pt(p) for p in o.outline], **o.extra} for o in v.obstacles],
        "exits": [{"id": x.id, "name": x.name, "start": _pt(x.start), "end": _pt(x.end),
                   **({} if x.entrance else {"entrance": False}), **x.extra} for x in v.exits],
        "fire_equipment": [{"id": f.id, "kind": f.kind, "at": _pt(f.at), **f.extra} for f in v.fire_equipment],
    }
    if v.partitions:  # only when there are any, so files from before partitions are saved unchanged
        venue["partitions"] = [partition_to_dict(p, _pt) for p in v.partitions]
    if v.north:  # likewise: north up the page is not written
        venue["north"] = _num(v.north)
    venue.update(v.extra)
    r = layout.rules
    rules = {
        "aisle_min": _num(r.aisle_min), "seating_aisle_min": _num(r.seating_aisle_min),
        "exit_clearance": _num(r.exit_clearance), "fire_equipment_clearance": _num(r.fire_equipment_clearance),
        **rules_optional_fields(r, _num), **r.extra,
    }
    exhibitors = []
    for e in layout.exhibitors.values():
        item = {"id": e.id, "name": e.name}
        if e.name_ko:
            item["name_ko"] = e.name_ko
        if e.category:
            item["category"] = e.category
        for key in EXHIBITOR_CONTACT_KEYS:
            if getattr(e, key):
                item[key] = getattr(e, key)
        exhibitors.append({**item, **e.extra})
    booths = []
    for b in layout.booths.values():
        item = {"id": b.id, "number": b.number, "center": _pt(b.center), "size": _pt(b.size),
                "rotation": _num(b.rotation), "status": b.status}
        if b.exhibitor is not None:
            item["exhibitor"] = b.exhibitor
        booths.append({**item, **b.extra})
    seating = [{
        "id": s.id, "style": s.style, "center": _pt(s.center), "rotation": _num(s.rotation),
        "rows": s.rows, "seats_per_row": s.seats_per_row, "seat_width": _num(s.seat_width),
        "row_pitch": _num(s.row_pitch), **seating_optional_fields(s, _num), **s.extra,
    } for s in layout.seating.values()]
    areas = [{"id": a.id, "kind": a.kind, "name": a.name, "outline": [_pt(p) for p in a.outline], **a.extra}
             for a in layout.areas.values()]
    doc = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "event": event, "venue": venue,
        "rules": rules, "exhibitors": exhibitors, "booths": booths, "seating": seating, "areas": areas,
    }
    if layout.sessions:  # likewise only when there are any
        doc["sessions"] = [session_to_dict(s) for s in layout.sessions.values()]
    doc.update(layout.extra)
    return doc


def loads(data: bytes | str, source: str = "<layout>") -> Layout:
    """Parse and validate a layout from bytes or text."""
    doc = _parse(data, source) if isinstance(data, str) else _decode(data, source)
    return layout_from_dict(doc, source)


def load(path: str | os.PathLike) -> Layout:
    """Read a .boothplan file; raises LoadError (never anything else) when it cannot be used."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise LoadError(source, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        raise LoadError(source, [Problem("", "is a folder, not a file")]) from None
    except OSError as exc:
        raise LoadError(source, [Problem("", f"cannot be read: {exc.strerror or exc}")]) from None
    return loads(data, source)


def dumps(layout: Layout) -> str:
    return json.dumps(layout_to_dict(layout), ensure_ascii=False, indent=2) + "\n"


def save(layout: Layout, path: str | os.PathLike) -> None:
    """Write atomically, keeping the previous file as FILE.bak."""
    write_atomically(Path(path), dumps(layout).encode("utf-8"), keep_backup=True)
