"""One graphics item that paints the whole floor from the document.

Painting thousands of elements from one paint() call, with labels only where
they are legible, keeps a whole-hall repaint within a frame (DESIGN.md:
one item per booth with text costs 33-51 ms at 5,000 booths). Within the
call, booths are batched: one drawRects per fill colour for the axis-aligned
ones (drawPolygon one by one cost ~21 ms at 5,000 booths; batched, ~4 ms),
and labels are cached QStaticText drawn under one saved painter state.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem

from boothplanner.ui.canvas import labels, style
from boothplanner.ui.canvas.handles import handle_rects
from boothplanner.model import seating
from boothplanner.ui.canvas.state import CanvasState
from boothplanner.ui.names import area_kind_name

SEAT_DETAIL_PX = 5      # seats are drawn one by one when a seat is this wide on screen
LABEL_PX = 18           # booths narrower than this on screen get no text


class FloorItem(QGraphicsItem):
    def __init__(self, document, state: CanvasState):
        super().__init__()
        self.document = document
        self.state = state
        # Shapes derived from immutable elements, keyed by id and checked by identity
        # (never a second copy of the truth: a replaced element makes a new entry).
        self._polygons: dict[str, tuple] = {}
        self._seat_rects: dict[str, tuple] = {}
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.refresh_bounds()

    def refresh_bounds(self) -> None:
        xs = [p[0] for p in self.document.layout.venue.outline]
        ys = [p[1] for p in self.document.layout.venue.outline]
        margin = 30.0
        bounds = QRectF(min(xs) - margin, min(ys) - margin, max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def polygon(self, element) -> QPolygonF:
        return self.shape_of(element)[1]

    def shape_of(self, element) -> tuple:
        """(element, QPolygonF, QRectF if an axis-aligned rectangle else None, (x0, y0, x1, y1) bounds
        in metres), made once per element object."""
        hit = self._polygons.get(element.id)
        if hit is not None and hit[0] is element:
            return hit
        corners = element.corners()
        poly = QPolygonF([QPointF(x, y) for x, y in corners])
        bounds = poly.boundingRect()
        rect = QRectF(bounds) if is_axis_rect(corners) else None
        hit = (element, poly, rect, (bounds.left(), bounds.top(), bounds.right(), bounds.bottom()))
        self._polygons[element.id] = hit
        return hit

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        layout = self.document.layout
        result = self.document.result
        scale = pixels_per_metre(painter)
        exposed = option.exposedRect
        antialias = scale < 40
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        offending = {i for f in result.findings if f.ids for i in f.ids}
        self._forget_stale(layout)
        self._paint_venue(painter, scale, result)
        self._paint_areas(painter, scale, exposed)
        self._paint_seating(painter, scale, exposed, offending)
        self._paint_booths(painter, scale, exposed, offending, antialias)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        self._paint_fixtures(painter, scale)
        self._paint_findings(painter, scale, result)
        self._paint_selection(painter, scale)
        self._paint_overlay(painter, scale)

    def _forget_stale(self, layout) -> None:
        """Drop cached shapes of elements replaced or deleted long ago, so the cache stays bounded."""
        live = len(layout.booths) + len(layout.seating) + len(layout.areas) + len(layout.venue.obstacles)
        if len(self._polygons) > 2 * live + 256:
            self._polygons.clear()
            self._seat_rects.clear()

    def _cosmetic(self, colour, width=1.0, style_=Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(colour, width, style_)
        pen.setCosmetic(True)
        return pen

    @staticmethod
    def _visible(bounds: tuple, exposed: QRectF) -> bool:
        x0, y0, x1, y1 = bounds
        return not (x1 < exposed.left() or x0 > exposed.right() or y1 < exposed.top() or y0 > exposed.bottom())

    def _paint_venue(self, painter, scale, result) -> None:
        venue = self.document.layout.venue
        outline = QPolygonF([QPointF(x, y) for x, y in venue.outline])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.VENUE_FILL)
        painter.drawPolygon(outline)
        blocked = {f.ids[1] for f in result.findings if f.code == "EXIT_BLOCKED"}
        clearance = self.document.layout.rules.exit_clearance
        for door in venue.exits:
            zone = exit_zone(door, clearance, outline)
            painter.setBrush(style.BLOCKED_ZONE if door.id in blocked else style.EXIT_ZONE)
            painter.drawPolygon(zone)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._cosmetic(style.WALL, 3.0))
        painter.drawPolygon(outline)

    def _paint_areas(self, painter, scale, exposed) -> None:
        for area in self.document.layout.areas.values():
            _, poly, _, bounds = self.shape_of(area)
            if not self._visible(bounds, exposed):
                continue
            colour = QColor(style.AREA_COLOURS.get(area.kind, QColor("#dddddd")))
            colour.setAlpha(150 if area.is_solid else 90)
            painter.setBrush(colour)
            pen = self._cosmetic(colour.darker(150), 1.0, Qt.PenStyle.SolidLine if area.is_solid else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPolygon(poly)
            labels.draw_centered(painter, poly, 0.0, [area.name or area_kind_name(area.kind)], scale, bold=True)

    def _paint_seating(self, painter, scale, exposed, offending) -> None:
        counts = []
        for block in self.document.layout.seating.values():
            _, poly, _, bounds = self.shape_of(block)
            if not self._visible(bounds, exposed):
                continue
            painter.setPen(self._cosmetic(style.BLOCKED if block.id in offending else style.SEAT, 2.0 if block.id in offending else 1.0))
            painter.setBrush(style.SEAT_BLOCK)
            painter.drawPolygon(poly)
            if block.seat_width * scale >= SEAT_DETAIL_PX:
                self._paint_seats(painter, block)
            else:
                x0, y0, x1, y1 = bounds
                counts.append(((x0 + x1) / 2, (y0 + y1) / 2, block.rotation, (f"{block.seats}",), (x1 - x0, y1 - y0)))
        labels.draw_labels(painter, counts, scale)

    def _seat_shapes(self, block):
        """Chairs, tables and wheelchair spaces in the block's own frame (metres from its centre,
        unrotated), from the model's seat positions; cached while the block is unchanged."""
        hit = self._seat_rects.get(block.id)
        if hit is not None and hit[0] is block:
            return hit[1]
        a = math.radians(block.rotation)
        c, s = math.cos(a), math.sin(a)

        def local(x, y):
            dx, dy = x - block.center[0], y - block.center[1]
            return dx * c + dy * s, -dx * s + dy * c
        side = min(block.seat_width, block.chair_depth) * 0.76
        chairs = []
        for x, y, _facing in seating.seat_array(block).tolist():
            u, v = local(x, y)
            chairs.append(QRectF(u - side / 2, v - side / 2, side, side))
        tables = []
        for x, y, _rotation, length, depth in seating.table_positions(block):
            u, v = local(x, y)
            tables.append(QRectF(u - length / 2, v - depth / 2, length, depth))
        spaces = []
        w, d = seating.WHEELCHAIR_SPACE
        for x, y, _facing in seating.wheelchair_positions(block):
            u, v = local(x, y)
            spaces.append(QRectF(u - w / 2, v - d / 2, w, d))
        shapes = (chairs, tables, spaces, seating.is_round(block))
        self._seat_rects[block.id] = (block, shapes)
        return shapes

    def _paint_seats(self, painter, block) -> None:
        chairs, tables, spaces, rounds = self._seat_shapes(block)
        painter.save()
        painter.translate(block.center[0], block.center[1])
        painter.rotate(block.rotation)
        if tables:
            painter.setPen(self._cosmetic(style.SEAT, 1.0))
            painter.setBrush(style.TABLE)
            for rect in tables:
                if rounds:
                    painter.drawEllipse(rect)
                else:
                    painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SEAT)
        painter.drawRects(chairs)
        if spaces:
            painter.setPen(self._cosmetic(style.WHEELCHAIR, 1.5))
            painter.setBrush(style.WHEELCHAIR_FILL)
            painter.drawRects(spaces)
        painter.restore()

    def _paint_booths(self, painter, scale, exposed, offending, antialias) -> None:
        """All booths with a handful of calls: one drawRects per fill colour for the
        axis-aligned ones, drawPolygon for turned ones, offending ones last (on top),
        then the labels."""
        layout = self.document.layout
        exhibitors = layout.exhibitors
        by_category = self.state.colour_by == "category"
        if by_category:
            categories = categories_of(layout)
            colours = {c: style.category_colour(c, categories) for c in categories}
            colours[""] = style.NO_CATEGORY
        else:
            colours = style.STATUS_COLOURS
        cache = self._polygons
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        show_labels = 3.0 * scale >= LABEL_PX
        groups: dict[str, tuple[list, list]] = {}
        bad, texts = [], []
        for booth in layout.booths.values():
            hit = cache.get(booth.id)
            if hit is None or hit[0] is not booth:
                hit = self.shape_of(booth)
            x0, y0, x1, y1 = hit[3]
            if x1 < left or x0 > right or y1 < top or y0 > bottom:
                continue
            if by_category:
                exhibitor = exhibitors.get(booth.exhibitor) if booth.exhibitor else None
                key = exhibitor.category if exhibitor else ""
            else:
                key = booth.status
            if booth.id in offending:
                bad.append((key, hit[1]))
            else:
                group = groups.get(key)
                if group is None:
                    group = groups[key] = ([], [])
                if hit[2] is not None:
                    group[0].append(hit[2])
                else:
                    group[1].append(hit[1])
            if show_labels and booth.size[0] * scale >= LABEL_PX and booth.size[1] * scale >= LABEL_PX:
                if not by_category:
                    exhibitor = exhibitors.get(booth.exhibitor) if booth.exhibitor else None
                lines = (booth.number, exhibitor.name_ko or exhibitor.name) if exhibitor else (booth.number,)
                texts.append(((x0 + x1) / 2, (y0 + y1) / 2, booth.rotation, lines, booth.size))
        white = QColor("#ffffff")
        painter.setPen(self._cosmetic(style.BOOTH_OUTLINE, 1.0))
        for key, (rects, polys) in groups.items():
            painter.setBrush(colours.get(key, white))
            if rects:
                # Axis-aligned edges need no antialiasing, and it is most of the cost.
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.drawRects(rects)
            if polys:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
                for poly in polys:
                    painter.drawPolygon(poly)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        painter.setPen(self._cosmetic(style.BLOCKED, 2.5))
        for key, poly in bad:
            painter.setBrush(colours.get(key, white))
            painter.drawPolygon(poly)
        labels.draw_labels(painter, texts, scale)

    def _paint_partitions(self, painter, scale) -> None:
        """Movable walls: closed ones as walls, open ones as a dashed track the wall folds into."""
        for partition in getattr(self.document.layout.venue, "partitions", ()):
            a, b = QPointF(*partition.start), QPointF(*partition.end)
            if partition.open:
                painter.setPen(self._cosmetic(style.PARTITION_OPEN, 1.5, Qt.PenStyle.DashLine))
            else:
                painter.setPen(self._cosmetic(style.WALL, 4.0))
            painter.drawLine(a, b)

    def _paint_fixtures(self, painter, scale) -> None:
        venue = self.document.layout.venue
        self._paint_partitions(painter, scale)
        painter.setPen(self._cosmetic(QColor("#333333"), 1.0))
        painter.setBrush(QBrush(style.OBSTACLE, Qt.BrushStyle.Dense4Pattern))
        for obstacle in venue.obstacles:
            painter.drawPolygon(self.polygon(obstacle))
        for door in venue.exits:
            draw_door(painter, door, self._cosmetic(style.EXIT, 4.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.EXIT)
        for mark in entrance_marks(venue, QPolygonF([QPointF(x, y) for x, y in venue.outline])):
            painter.drawPolygon(mark)
        radius = max(0.35, 6.0 / scale)
        for item in venue.fire_equipment:
            painter.setPen(self._cosmetic(QColor("#ffffff"), 1.0))
            painter.setBrush(style.FIRE)
            painter.drawRect(QRectF(item.at[0] - radius, item.at[1] - radius, 2 * radius, 2 * radius))
            if radius * scale >= 7:
                labels.draw_text_at(painter, QPointF(*item.at), fire_symbol(item.kind), QColor("#ffffff"), int(radius * scale * 1.2))

    def _paint_route(self, painter, scale, finding) -> None:
        """The longest walk to an exit: a dashed route from the worst point, marked with its length."""
        painter.setPen(self._cosmetic(style.BLOCKED, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in finding.path]))
        start = QPointF(*finding.path[0])
        radius = max(0.3, 5.0 / scale)
        painter.setBrush(style.BLOCKED)
        painter.drawEllipse(start, radius, radius)
        labels.draw_dimension(painter, start, start, f"{finding.measured:.1f} m", style.BLOCKED, scale)

    def _paint_findings(self, painter, scale, result) -> None:
        for finding in result.findings:
            if finding.code == "TRAVEL_DISTANCE" and len(finding.path) > 1:
                self._paint_route(painter, scale, finding)
            if finding.code == "NARROW_AISLE" and finding.points:
                a, b = (QPointF(*finding.points[0]), QPointF(*finding.points[1]))
                labels.draw_dimension(painter, a, b, f"{finding.measured:.2f} m", style.BLOCKED, scale)

    def _paint_selection(self, painter, scale) -> None:
        layout = self.document.layout
        ids = self.state.selection | self.state.highlight
        if not ids:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for element_id in ids:
            element = layout.element(element_id)
            if element is None:
                continue
            colour = style.SELECTION if element_id in self.state.selection else style.HIGHLIGHT
            painter.setPen(self._cosmetic(colour, 3.0))
            if hasattr(element, "corners"):
                painter.drawPolygon(self.polygon(element))
            elif hasattr(element, "start"):
                painter.drawLine(QPointF(*element.start), QPointF(*element.end))
            elif hasattr(element, "at"):
                r = max(0.5, 9.0 / scale)
                painter.drawEllipse(QPointF(*element.at), r, r)
        painter.setPen(self._cosmetic(style.SELECTION, 1.0))
        painter.setBrush(QColor("#ffffff"))
        for _, rect in handle_rects(self.document.layout, self.state.selection, scale):
            painter.drawRect(rect)

    def _paint_overlay(self, painter, scale) -> None:
        state = self.state
        if state.guides:
            painter.setPen(self._cosmetic(style.GUIDE, 1.0, Qt.PenStyle.DashLine))
            r = self._bounds
            for axis, value in state.guides:
                if axis == "x":
                    painter.drawLine(QPointF(value, r.top()), QPointF(value, r.bottom()))
                else:
                    painter.drawLine(QPointF(r.left(), value), QPointF(r.right(), value))
        if state.rubber_band is not None:
            crossing = state.rubber_band.width() < 0
            painter.setPen(self._cosmetic(style.SELECTION, 1.0, Qt.PenStyle.DashLine if crossing else Qt.PenStyle.SolidLine))
            painter.setBrush(QColor(31, 111, 235, 30))
            painter.drawRect(state.rubber_band.normalized())
        if state.sketch:
            painter.setPen(self._cosmetic(style.SELECTION, 2.0))
            painter.setBrush(QColor(31, 111, 235, 25))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in state.sketch]))


def pixels_per_metre(painter: QPainter) -> float:
    """Screen pixels per metre under the painter's current transform."""
    t: QTransform = painter.worldTransform()
    return math.hypot(t.m11(), t.m12()) or 1.0


def is_axis_rect(corners) -> bool:
    """True when four corners make a rectangle with sides along the axes (rotation a multiple of 90 degrees)."""
    if len(corners) != 4:
        return False
    corners = list(corners)
    eps = 1e-7
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1]):
        if abs(ax - bx) > eps and abs(ay - by) > eps:
            return False
    xs = {round(x, 6) for x, _ in corners}
    ys = {round(y, 6) for _, y in corners}
    return len(xs) <= 2 and len(ys) <= 2


def categories_of(layout) -> list[str]:
    seen = []
    for exhibitor in layout.exhibitors.values():
        if exhibitor.category and exhibitor.category not in seen:
            seen.append(exhibitor.category)
    return seen


def fire_symbol(kind: str) -> str:
    return {"hose_cabinet": "H", "extinguisher": "E", "pull_station": "P", "hydrant": "Y", "alarm": "A"}.get(kind, "F")


def _inward_normal(door, outline: QPolygonF):
    (x0, y0), (x1, y1) = door.start, door.end
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    mid = QPointF((x0 + x1) / 2 + nx * 0.05, (y0 + y1) / 2 + ny * 0.05)
    if not outline.containsPoint(mid, Qt.FillRule.OddEvenFill):
        nx, ny = -nx, -ny
    return nx, ny


def distinguishes_entrances(venue) -> bool:
    """True when some doors are exits only, so the plan marks where visitors come in."""
    return any(not door.entrance for door in venue.exits) and any(door.entrance for door in venue.exits)


def entrance_marks(venue, outline: QPolygonF) -> list[QPolygonF]:
    """An arrow into the room at each entrance, when the venue says which doors are entrances."""
    if not distinguishes_entrances(venue):
        return []
    marks = []
    for door in venue.exits:
        if not door.entrance:
            continue
        nx, ny = _inward_normal(door, outline)
        (x0, y0), (x1, y1) = door.start, door.end
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        size = min(1.2, 0.45 * door.width)
        ux, uy = ny, -nx                       # along the door
        base, tip = 0.25, 0.25 + size
        marks.append(QPolygonF([QPointF(mx + nx * tip, my + ny * tip),
                                QPointF(mx + nx * base + ux * size / 2, my + ny * base + uy * size / 2),
                                QPointF(mx + nx * base - ux * size / 2, my + ny * base - uy * size / 2)]))
    return marks


def exit_zone(door, clearance: float, outline: QPolygonF) -> QPolygonF:
    """The clear zone in front of a door, on the room side."""
    nx, ny = _inward_normal(door, outline)
    (x0, y0), (x1, y1) = door.start, door.end
    return QPolygonF([QPointF(x0, y0), QPointF(x1, y1),
                      QPointF(x1 + nx * clearance, y1 + ny * clearance), QPointF(x0 + nx * clearance, y0 + ny * clearance)])


def draw_door(painter: QPainter, door, pen: QPen) -> None:
    painter.setPen(pen)
    painter.drawLine(QPointF(*door.start), QPointF(*door.end))
