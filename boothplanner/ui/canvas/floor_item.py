"""One graphics item that paints the whole floor from the document.

Painting thousands of elements from one paint() call, with labels only where
they are legible, keeps a whole-hall repaint within a frame (DESIGN.md:
one item per booth with text costs 33-51 ms at 5,000 booths).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem

from boothplanner.ui.canvas import labels, style
from boothplanner.ui.canvas.handles import handle_rects
from boothplanner.ui.canvas.state import CanvasState

SEAT_DETAIL_PX = 5      # seats are drawn one by one when a seat is this wide on screen
LABEL_PX = 18           # booths narrower than this on screen get no text


class FloorItem(QGraphicsItem):
    def __init__(self, document, state: CanvasState):
        super().__init__()
        self.document = document
        self.state = state
        self._polygons: dict[str, tuple[object, QPolygonF]] = {}
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
        hit = self._polygons.get(element.id)
        if hit is not None and hit[0] is element:
            return hit[1]
        poly = QPolygonF([QPointF(x, y) for x, y in element.corners()])
        self._polygons[element.id] = (element, poly)
        return poly

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        layout = self.document.layout
        result = self.document.result
        scale = pixels_per_metre(painter)
        exposed = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale < 40)
        offending = {i for f in result.findings if f.ids for i in f.ids}
        self._paint_venue(painter, scale, result)
        self._paint_areas(painter, scale, exposed)
        self._paint_seating(painter, scale, exposed, offending)
        self._paint_booths(painter, scale, exposed, offending)
        self._paint_fixtures(painter, scale)
        self._paint_findings(painter, scale, result)
        self._paint_selection(painter, scale)
        self._paint_overlay(painter, scale)

    def _cosmetic(self, colour, width=1.0, style_=Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(colour, width, style_)
        pen.setCosmetic(True)
        return pen

    def _visible(self, polygon: QPolygonF, exposed: QRectF) -> bool:
        return polygon.boundingRect().intersects(exposed)

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
            poly = self.polygon(area)
            if not self._visible(poly, exposed):
                continue
            colour = QColor(style.AREA_COLOURS.get(area.kind, QColor("#dddddd")))
            colour.setAlpha(150 if area.is_solid else 90)
            painter.setBrush(colour)
            pen = self._cosmetic(colour.darker(150), 1.0, Qt.PenStyle.SolidLine if area.is_solid else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPolygon(poly)
            labels.draw_centered(painter, poly, 0.0, [area.name or area.kind], scale, bold=True)

    def _paint_seating(self, painter, scale, exposed, offending) -> None:
        for block in self.document.layout.seating.values():
            poly = self.polygon(block)
            if not self._visible(poly, exposed):
                continue
            painter.setPen(self._cosmetic(style.BLOCKED if block.id in offending else style.SEAT, 2.0 if block.id in offending else 1.0))
            painter.setBrush(style.SEAT_BLOCK)
            painter.drawPolygon(poly)
            if block.seat_width * scale >= SEAT_DETAIL_PX:
                self._paint_seats(painter, block)
            else:
                labels.draw_centered(painter, poly, block.rotation, [f"{block.seats}"], scale)

    def _paint_seats(self, painter, block) -> None:
        painter.save()
        painter.translate(block.center[0], block.center[1])
        painter.rotate(block.rotation)
        painter.translate(-block.width / 2, -block.depth / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SEAT)
        inset = block.seat_width * 0.12
        seat_depth = min(0.5, block.row_pitch * 0.6)
        rects = [QRectF(c * block.seat_width + inset, r * block.row_pitch + (block.row_pitch - seat_depth),
                        block.seat_width - 2 * inset, seat_depth)
                 for r in range(block.rows) for c in range(block.seats_per_row)]
        painter.drawRects(rects)
        painter.restore()

    def _booth_brush(self, booth, categories) -> QColor:
        if self.state.colour_by == "category":
            exhibitor = self.document.layout.exhibitors.get(booth.exhibitor) if booth.exhibitor else None
            return style.category_colour(exhibitor.category if exhibitor else "", categories)
        return style.STATUS_COLOURS.get(booth.status, QColor("#ffffff"))

    def _paint_booths(self, painter, scale, exposed, offending) -> None:
        layout = self.document.layout
        categories = categories_of(layout)
        normal = self._cosmetic(QColor("#44505c"), 1.0)
        bad = self._cosmetic(style.BLOCKED, 2.5)
        show_labels = 3.0 * scale >= LABEL_PX
        for booth in layout.booths.values():
            poly = self.polygon(booth)
            if not self._visible(poly, exposed):
                continue
            painter.setBrush(self._booth_brush(booth, categories))
            painter.setPen(bad if booth.id in offending else normal)
            painter.drawPolygon(poly)
            if show_labels and min(booth.size) * scale >= LABEL_PX:
                exhibitor = layout.exhibitors.get(booth.exhibitor) if booth.exhibitor else None
                lines = [booth.number]
                if exhibitor:
                    lines.append(exhibitor.name_ko or exhibitor.name)
                labels.draw_centered(painter, poly, booth.rotation, lines, scale, box=booth.size)

    def _paint_fixtures(self, painter, scale) -> None:
        venue = self.document.layout.venue
        painter.setPen(self._cosmetic(QColor("#333333"), 1.0))
        painter.setBrush(QBrush(style.OBSTACLE, Qt.BrushStyle.Dense4Pattern))
        for obstacle in venue.obstacles:
            painter.drawPolygon(self.polygon(obstacle))
        for door in venue.exits:
            draw_door(painter, door, self._cosmetic(style.EXIT, 4.0))
        radius = max(0.35, 6.0 / scale)
        for item in venue.fire_equipment:
            painter.setPen(self._cosmetic(QColor("#ffffff"), 1.0))
            painter.setBrush(style.FIRE)
            painter.drawRect(QRectF(item.at[0] - radius, item.at[1] - radius, 2 * radius, 2 * radius))
            if radius * scale >= 7:
                labels.draw_text_at(painter, QPointF(*item.at), fire_symbol(item.kind), QColor("#ffffff"), int(radius * scale * 1.2))

    def _paint_findings(self, painter, scale, result) -> None:
        for finding in result.findings:
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


def exit_zone(door, clearance: float, outline: QPolygonF) -> QPolygonF:
    """The clear zone in front of a door, on the room side."""
    nx, ny = _inward_normal(door, outline)
    (x0, y0), (x1, y1) = door.start, door.end
    return QPolygonF([QPointF(x0, y0), QPointF(x1, y1),
                      QPointF(x1 + nx * clearance, y1 + ny * clearance), QPointF(x0 + nx * clearance, y0 + ny * clearance)])


def draw_door(painter: QPainter, door, pen: QPen) -> None:
    painter.setPen(pen)
    painter.drawLine(QPointF(*door.start), QPointF(*door.end))
