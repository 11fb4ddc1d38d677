"""The floor plan drawn with reportlab, once, as a form XObject that sheets, tiles and booth maps
place as often as they like. Page points; plan metres go through a page.Transform (y flipped)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import shapely
import shapely.ops

from boothplanner.export import style
from boothplanner.export.booth_labels import draw_booth_labels
from boothplanner.export.dimensions import aisle_dimensions
from boothplanner.export.fonts import BOLD, REGULAR, text_width
from boothplanner.export.page import Transform
from boothplanner.export.symbols import dimension, door, fire_symbol, hatch, partition, polygon
from boothplanner.export.textfit import fit
from boothplanner.model import seating
from boothplanner.rules import ERROR

SYMBOL_MARGIN = 8.0      # points around the plan for symbols drawn at a fixed paper size
DOUBLE_DOOR = 1.2        # metres: wider openings are drawn as two leaves
ROW_STYLES = ("theater", "classroom")   # seating drawn as rows of chairs; other styles as a block


@dataclass
class PlanForm:
    """A drawn plan: the form's name and size, where plan metres land in it, and the booths
    whose names did not fit inside (the sheet lists them)."""
    name: str
    size: tuple[float, float]
    transform: Transform
    listed: list = field(default_factory=list)


def door_leaf_m(exit_) -> float:
    width = exit_.width
    return width / 2 if width > DOUBLE_DOOR else width


def plan_bounds(layout) -> tuple[float, float, float, float]:
    """(minx, miny, maxx, maxy) in metres of the venue and everything on it, with room for the
    door leaves that swing out of the room."""
    pts = list(layout.venue.outline)
    for element in layout.placed():
        pts.extend(element.corners())
    for obstacle in layout.venue.obstacles:
        pts.extend(obstacle.outline)
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    swing = max((door_leaf_m(x) for x in layout.venue.exits), default=0.0)
    return min(xs) - swing, min(ys) - swing, max(xs) + swing, max(ys) + swing


def plan_extent(layout) -> tuple[float, float]:
    x0, y0, x1, y1 = plan_bounds(layout)
    return x1 - x0, y1 - y0


def form_transform(layout, k: float) -> tuple[Transform, tuple[float, float]]:
    """The transform into a form of the plan at k pt/m, and the form's size."""
    x0, y0, x1, y1 = plan_bounds(layout)
    w = (x1 - x0) * k + 2 * SYMBOL_MARGIN
    h = (y1 - y0) * k + 2 * SYMBOL_MARGIN
    return Transform(k, (x0, y0), SYMBOL_MARGIN, h - SYMBOL_MARGIN), (w, h)


def draw_plan_form(c, name: str, layout, result, k: float, plan_style: style.PlanStyle) -> PlanForm:
    """Draw the plan at k pt/m into a new form XObject called `name` on canvas c."""
    t, size = form_transform(layout, k)
    c.beginForm(name, 0, 0, size[0], size[1])
    form = PlanForm(name, size, t)
    venue_pts = t.points(layout.venue.outline)
    c.setFillColor(style.VENUE_FILL)
    c.setStrokeColor(style.WALL)
    polygon(c, venue_pts, stroke=False, fill=True)
    venue = shapely.Polygon(layout.venue.outline)
    if not plan_style.muted:
        _clearance_zones(c, layout, venue, t, plan_style)
    _partitions(c, layout, t, plan_style, open_=True)
    _areas(c, layout, t, plan_style)
    _obstacles(c, layout, t, plan_style)
    _seating(c, layout, t, plan_style)
    form.listed = draw_booth_labels(c, layout, t, plan_style)
    if not plan_style.muted:
        _room_names(c, layout, result, t)
    _partitions(c, layout, t, plan_style, open_=False)
    c.setLineJoin(0)
    c.setLineWidth(style.WALL_WIDTH if not plan_style.muted else 1.0)
    c.setStrokeColor(style.WALL if not plan_style.muted else style.GREY_INK)
    polygon(c, venue_pts, stroke=True, fill=False)
    _exits(c, layout, venue, t, plan_style)
    if plan_style.show_fire and not plan_style.muted:
        for item in layout.venue.fire_equipment:
            fire_symbol(c, item.kind, *t.point(*item.at))
    if plan_style.show_dimensions and not plan_style.muted:
        for dim in aisle_dimensions(result):
            colour = style.ERROR if dim.narrow else style.DIMENSION
            dimension(c, t.point(*dim.a), t.point(*dim.b), f"{dim.measured:.2f} m", colour)
    if plan_style.show_errors and not plan_style.muted:
        _errors(c, layout, result, t)
    _area_names(c, layout, t, plan_style)
    c.endForm()
    return form


def _clearance_zones(c, layout, venue, t, plan_style) -> None:
    rules = layout.rules
    zones = []
    if rules.exit_clearance > 0:
        for x in layout.venue.exits:
            zones.append((style.EXIT_ZONE, shapely.LineString([x.start, x.end]).buffer(rules.exit_clearance, cap_style="flat")))
    if plan_style.show_fire and rules.fire_equipment_clearance > 0:
        for f in layout.venue.fire_equipment:
            zones.append((style.FIRE_ZONE, shapely.Point(f.at).buffer(rules.fire_equipment_clearance, quad_segs=6)))
    for colour, zone in zones:
        clipped = zone.intersection(venue)
        c.setFillColor(colour)
        for part in getattr(clipped, "geoms", [clipped]):
            if part.geom_type == "Polygon" and not part.is_empty:
                polygon(c, t.points(list(part.exterior.coords)[:-1]), stroke=False, fill=True)


def _partitions(c, layout, t, plan_style, open_: bool) -> None:
    """Movable walls: the open ones' tracks under everything on the floor, the closed ones over
    it, drawn as walls."""
    for p in layout.venue.partitions:
        if p.open == open_:
            partition(c, t.point(*p.start), t.point(*p.end), open_, plan_style.muted)


ROOM_NAME_MAX = 16.0     # points
ROOM_NAME_MIN = 6.0


def _room_names(c, layout, result, t) -> None:
    """When closed partitions split the floor, each room's name, faint, at its centre, or where
    the free floor of the room has most space when its centre is taken."""
    if not layout.venue.closed_partitions:
        return
    from boothplanner.rules.rooms import rooms_of
    rooms = rooms_of(layout, getattr(result, "index", None))
    if len(rooms) < 2:
        return
    taken = [shapely.Polygon(e.corners()) for e in layout.placed()]
    taken += [shapely.Polygon(o.outline) for o in layout.venue.obstacles]
    clearance = max(layout.rules.exit_clearance, 1.0)
    taken += [shapely.LineString([x.start, x.end]).buffer(clearance, cap_style="flat") for x in layout.venue.exits]
    occupied = shapely.union_all([g for g in taken if g.is_valid and not g.is_empty])
    c.setFillColor(style.ROOM_NAME)
    for room in rooms:
        spot = _room_name_spot(room.name, shapely.Polygon(room.polygon), occupied, t.k)
        if spot is None:
            continue
        (x, y), size = spot
        px, py = t.point(x, y)
        c.setFont(BOLD, size)
        c.drawCentredString(px, py - size * 0.3, room.name)


def _room_name_spot(name: str, room, occupied, k: float):
    """((x, y) in metres, font size) for a room's name, or None when no free spot holds it."""
    free = room.difference(occupied) if not occupied.is_empty else room
    if free.is_empty:
        return None
    candidates = []
    centre = room.centroid
    if room.contains(centre):
        candidates.append(centre)
    parts = sorted((g for g in getattr(free, "geoms", [free]) if g.geom_type == "Polygon" and g.area > 0),
                   key=lambda g: -g.area)
    for part in parts[:4]:
        candidates.append(shapely.ops.polylabel(part, tolerance=0.1))
    unit = text_width(name, 1.0, True)
    best = None
    for rank, point in enumerate(candidates):
        size = ROOM_NAME_MAX
        while size >= ROOM_NAME_MIN:
            half_w, half_h = (unit * size / 2 + 2) / k, (size * 0.6 + 2) / k
            box = shapely.box(point.x - half_w, point.y - half_h, point.x + half_w, point.y + half_h)
            if free.contains(box):
                break
            size *= 0.88
        if size < ROOM_NAME_MIN:
            continue
        # The centre unless somewhere else holds the name much larger.
        if best is None or size > best[1] * (1.25 if best[2] == 0 else 1.0):
            best = ((point.x, point.y), size, rank)
    return None if best is None else best[:2]


def _areas(c, layout, t, plan_style) -> None:
    for area in layout.areas.values():
        pts = t.points(area.outline)
        c.setFillColor(plan_style.area_fill(area.kind))
        c.setStrokeColor(plan_style.outline)
        c.setLineWidth(style.OUTLINE_WIDTH)
        if area.kind in ("standing", "no_build"):
            c.setDash(3, 2)
        polygon(c, pts)
        c.setDash()
        if area.kind == "no_build" and not plan_style.muted:
            hatch(c, pts, 4.0, style.FIRE, 0.3)


def _obstacles(c, layout, t, plan_style) -> None:
    for obstacle in layout.venue.obstacles:
        pts = t.points(obstacle.outline)
        c.setFillColor(style.OBSTACLE_FILL if not plan_style.muted else plan_style.area_fill("storage"))
        c.setStrokeColor(style.WALL)
        c.setLineWidth(0.6)
        polygon(c, pts)
        hatch(c, pts, 2.5, style.OBSTACLE_HATCH)
        c.setStrokeColor(style.WALL)
        polygon(c, pts, fill=False)


def _seating(c, layout, t, plan_style) -> None:
    for block in layout.seating.values():
        pts = t.points(block.corners())
        c.setFillColor(style.SEAT_FILL if not plan_style.muted else plan_style.area_fill("seating"))
        c.setStrokeColor(plan_style.outline)
        c.setLineWidth(style.OUTLINE_WIDTH)
        polygon(c, pts)
        if getattr(block, "style", "theater") in ROW_STYLES:
            _rows(c, block, t, plan_style)
        else:
            _rounds(c, block, t, plan_style)
        _wheelchair_spaces(c, block, t, plan_style)
        _seat_count(c, block, t, plan_style)


def _local_to_page(block, t):
    a = math.radians(block.rotation)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = block.center
    return lambda lx, ly: t.point(cx + lx * ca - ly * sa, cy + lx * sa + ly * ca)


def _rows(c, block, t, plan_style) -> None:
    """One line per row where the chairs stand, broken at internal aisles and between tables."""
    to_page = _local_to_page(block, t)
    u = seating.row_u(block)
    half = block.seat_width / 2
    runs, start = [], 0
    for i in range(1, len(u) + 1):
        if i == len(u) or u[i] - u[i - 1] > block.seat_width * 1.5:
            runs.append((u[start] - half, u[i - 1] + half))
            start = i
    depth = block.depth
    front = block.table_depth if block.style == "classroom" else 0.0
    lines = []
    for r in range(block.rows):
        ly = -depth / 2 + r * block.row_pitch + front + (block.row_pitch - front) / 2
        for u0, u1 in runs:
            lines.append((*to_page(u0, ly), *to_page(u1, ly)))
    c.setStrokeColor(style.SEAT_LINE if not plan_style.muted else plan_style.outline)
    c.setLineWidth(0.5 if block.row_pitch * t.k > 3 else 0.25)
    c.lines(lines)


def _rounds(c, block, t, plan_style) -> None:
    """Round tables as circles."""
    c.setStrokeColor(style.SEAT_LINE if not plan_style.muted else plan_style.outline)
    c.setLineWidth(0.4)
    c.setFillColor(style.WHITE if not plan_style.muted else plan_style.area_fill("seating"))
    for x, y, _rotation, length, _depth in seating.table_positions(block):
        px, py = t.point(x, y)
        c.circle(px, py, length / 2 * t.k, stroke=1, fill=1)


def _wheelchair_spaces(c, block, t, plan_style) -> None:
    """Wheelchair spaces, marked so a venue can see they are there (ADA 221.2)."""
    w, d = seating.WHEELCHAIR_SPACE
    c.setStrokeColor(style.WHEELCHAIR if not plan_style.muted else plan_style.outline)
    c.setFillColor(style.WHEELCHAIR_FILL if not plan_style.muted else plan_style.area_fill("seating"))
    c.setLineWidth(0.5)
    for x, y, _facing in seating.wheelchair_positions(block):
        to_page = _local_to_page(block, t)
        dx, dy = x - block.center[0], y - block.center[1]
        a = math.radians(block.rotation)
        lx, ly = dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a)
        corners = [to_page(lx + sx * w / 2, ly + sy * d / 2) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        polygon(c, corners)


def _seat_count(c, block, t, plan_style) -> None:
    w, h = block.width * t.k * 0.9, block.depth * t.k * 0.9
    angle = _readable(block.rotation)
    if abs(angle) == 90:
        w, h = h, w
    text = f"{block.seats} seats"
    style_name = getattr(block, "style", "theater")
    detail = f"{block.rows} × {block.seats_per_row}" if style_name in ROW_STYLES else style_name
    fitted = fit([(text, True, 1.0), (detail, False, 0.85)], w, h, 9.0, style.MIN_TEXT, max_lines=1)
    if fitted is None:
        fitted = fit([(str(block.seats), True, 1.0)], w, h, 9.0, style.MIN_NUMBER, max_lines=1)
    if fitted is None:
        return
    x, y = t.point(*block.center)
    c.saveState()
    c.translate(x, y)
    if angle:
        c.rotate(-angle)
    # A white ground under the count, so the row lines do not cut through the text.
    pad = 1.0
    width = max(_line_width(line) for line in fitted.lines)
    c.setFillColor(style.WHITE if not plan_style.muted else plan_style.area_fill("seating"))
    c.rect(-width / 2 - pad, -fitted.height / 2 - pad, width + 2 * pad, fitted.height + 2 * pad, stroke=0, fill=1)
    c.setFillColor(plan_style.text)
    for line, baseline in zip(fitted.lines, fitted.baselines(0.0)):
        c.setFont(BOLD if line.bold else REGULAR, line.size)
        c.drawCentredString(0, baseline, line.text)
    c.restoreState()


def _line_width(line) -> float:
    return text_width(line.text, line.size, line.bold)


def _readable(rotation: float) -> float:
    """A text angle (clockwise degrees on the plan) within (-90, 90], so text never reads upside down."""
    angle = rotation % 180
    return angle - 180 if angle > 90 else angle


def outward_normal(exit_, venue) -> tuple[float, float]:
    """Unit normal of an exit in plan metres pointing out of the venue."""
    (x0, y0), (x1, y1) = exit_.start, exit_.end
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    mx, my = exit_.midpoint
    probe = shapely.Point(mx + nx * 0.05, my + ny * 0.05)
    return (nx, ny) if not venue.contains(probe) else (-nx, -ny)


def _exits(c, layout, venue, t, plan_style) -> None:
    for x in layout.venue.exits:
        nx, ny = outward_normal(x, venue)
        # A plan direction becomes a page direction with y flipped.
        door(c, t.point(*x.start), t.point(*x.end), (nx, -ny), DOUBLE_DOOR * t.k)
        _exit_label(c, x, (nx, ny), t, layout.rules.exit_clearance, plan_style)


def _exit_label(c, x, normal, t, clearance: float, plan_style) -> None:
    """Width (and name, when it fits) written along the wall just inside the door, in the zone
    that must stay clear anyway."""
    (x0, y0), (x1, y1) = x.start, x.end
    angle = _readable(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    width_pt = (x.width + 2 * max(clearance, 1.0)) * t.k * 0.9
    depth_pt = max(clearance, 1.0) * t.k * 0.8
    parts = [(f"EXIT {x.width:.2f} m", True, 1.0)]
    if x.name and not plan_style.muted:
        parts.append((x.name, False, 0.82))
    fitted = fit(parts, width_pt, depth_pt, style.LABEL_SIZE, style.MIN_TEXT, max_lines=2)
    if fitted is None:
        fitted = fit(parts[:1], width_pt, depth_pt, style.LABEL_SIZE, style.MIN_NUMBER, max_lines=1)
    if fitted is None:
        return
    mx, my = x.midpoint
    inset = (fitted.height / 2 + 2.5) / t.k
    px, py = t.point(mx - normal[0] * inset, my - normal[1] * inset)
    c.saveState()
    c.translate(px, py)
    c.rotate(-angle)
    c.setFillColor(style.EXIT)
    for line, baseline in zip(fitted.lines, fitted.baselines(0.0)):
        c.setFont(BOLD if line.bold else REGULAR, line.size)
        c.drawCentredString(0, baseline, line.text)
    c.restoreState()


def _errors(c, layout, result, t) -> None:
    """Offending elements outlined in red; exits and fire equipment involved ringed."""
    ids: dict[str, None] = {}
    for finding in result.findings:
        if finding.severity == ERROR:
            for element_id in finding.ids:
                ids.setdefault(element_id, None)
    if not ids:
        return
    c.saveState()
    c.setStrokeColor(style.ERROR)
    c.setLineWidth(style.ERROR_WIDTH)
    exits = {x.id: x for x in layout.venue.exits}
    fire = {f.id: f for f in layout.venue.fire_equipment}
    for element_id in ids:
        element = layout.element(element_id)
        if element is None:
            continue
        if element_id in exits:
            c.circle(*t.point(*exits[element_id].midpoint), max(exits[element_id].width * t.k * 0.7, 8), stroke=1, fill=0)
        elif element_id in fire:
            c.circle(*t.point(*fire[element_id].at), style.SYMBOL_SIZE, stroke=1, fill=0)
        elif hasattr(element, "corners"):
            polygon(c, t.points(element.corners()), stroke=True, fill=False)
    c.restoreState()


def _area_names(c, layout, t, plan_style) -> None:
    for area in layout.areas.values():
        geom = shapely.Polygon(area.outline)
        x0, y0, x1, y1 = geom.bounds
        text = area.name or style.AREA_NAMES.get(area.kind, area.kind)
        fitted = fit([(text, True, 1.0)], (x1 - x0) * t.k * 0.9, (y1 - y0) * t.k * 0.8, 8.0, style.MIN_TEXT)
        if fitted is None:
            continue
        spot = geom.representative_point() if not geom.centroid.within(geom) else geom.centroid
        x, y = t.point(spot.x, spot.y)
        c.setFillColor(plan_style.text)
        for line, baseline in zip(fitted.lines, fitted.baselines(y)):
            c.setFont(BOLD, line.size)
            c.drawCentredString(x, baseline, line.text)
