"""The plan view: zoom about the cursor, pan, grid, scale bar, rulers; mouse input goes to the active tool."""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QLine, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from boothplanner.ui.canvas import style
from boothplanner.ui.canvas.floor_item import FloorItem, is_axis_rect
from boothplanner.ui.canvas.legend import draw_legend
from boothplanner.ui.canvas.state import CanvasState

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.5, 400.0   # pixels per metre
RULER_PX = 18


def guarded(handler):
    """Report an error raised in an event handler instead of letting it reach Qt.

    PySide 6.11 can crash while printing an exception that escapes a virtual
    override; the hook still reports it (and pytest-qt fails the test).
    """
    def wrapper(self, event):
        try:
            return handler(self, event)
        except Exception:
            sys.excepthook(*sys.exc_info())
    wrapper.__name__ = handler.__name__
    return wrapper


class PlanView(QGraphicsView):
    cursor_moved = Signal(float, float)
    exhibitor_dropped = Signal(str, str)   # exhibitor id, booth id

    def __init__(self, document, state: CanvasState, parent=None):
        super().__init__(parent)
        self.state = state
        # QGraphicsView does not keep the scene alive from Python.
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.floor = FloorItem(document, state)
        self._scene.addItem(self.floor)
        self.document = document
        self.tool = None
        self._pan_from: QPointF | None = None
        self._space_down = False
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportMargins(RULER_PX, RULER_PX, 0, 0)
        self.set_document(document)

    def set_document(self, document) -> None:
        # Keep the whole venue in view as the window settles, until the user zooms or pans.
        self.auto_fit = True
        self.document = document
        self.floor.document = document
        self.floor._polygons.clear()
        self.refresh()

    def refresh(self) -> None:
        self.floor.refresh_bounds()
        self._scene.setSceneRect(self.floor.boundingRect())
        self.floor.update()
        self.viewport().update()

    # -- zoom and pan -----------------------------------------------------------
    @property
    def pixels_per_metre(self) -> float:
        t = self.transform()
        return math.hypot(t.m11(), t.m12())

    def zoom_by(self, factor: float, anchor_view: QPointF | None = None) -> None:
        new = min(MAX_SCALE, max(MIN_SCALE, self.pixels_per_metre * factor))
        factor = new / self.pixels_per_metre
        if abs(factor - 1) < 1e-9:
            return
        self.auto_fit = False
        anchor_view = anchor_view if anchor_view is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor_view.toPoint())
        self.scale(factor, factor)
        after = self.mapToScene(anchor_view.toPoint())
        self._shift_scene(before - after)

    def _shift_scene(self, delta: QPointF) -> None:
        t = self.transform()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(delta.x() * t.m11()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(delta.y() * t.m22()))

    def fit_rect(self, rect: QRectF, margin: float = 2.0) -> None:
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)

    def fit_venue(self) -> None:
        xs = [p[0] for p in self.document.layout.venue.outline]
        ys = [p[1] for p in self.document.layout.venue.outline]
        self.fit_rect(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        self.auto_fit = True

    def zoom_to_ids(self, ids) -> None:
        rect = QRectF()
        for element_id in ids:
            element = self.document.layout.element(element_id)
            if element is None:
                continue
            if hasattr(element, "corners"):
                r = self.floor.polygon(element).boundingRect()
            elif hasattr(element, "start"):
                r = QRectF(QPointF(*element.start), QPointF(*element.end)).normalized()
            else:
                r = QRectF(element.at[0] - 1, element.at[1] - 1, 2, 2)
            rect = r if rect.isNull() else rect.united(r)
        if not rect.isNull():
            self.fit_rect(rect, margin=max(4.0, 0.3 * max(rect.width(), rect.height())))
            self.auto_fit = False

    @guarded
    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP ** steps, event.position())
        event.accept()

    # -- input ---------------------------------------------------------------
    def _scene_point(self, event) -> tuple[float, float]:
        p = self.mapToScene(event.position().toPoint())
        return (p.x(), p.y())

    @guarded
    def mousePressEvent(self, event) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (event.button() == Qt.MouseButton.LeftButton and self._space_down):
            self.auto_fit = False
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.tool:
            self.tool.press(event, self._scene_point(event))

    @guarded
    def mouseMoveEvent(self, event) -> None:
        x, y = self._scene_point(event)
        self.cursor_moved.emit(x, y)
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            return
        if self.tool:
            self.tool.move(event, (x, y))

    @guarded
    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self.tool:
            self.tool.release(event, self._scene_point(event))

    @guarded
    def mouseDoubleClickEvent(self, event) -> None:
        if self.tool and hasattr(self.tool, "double_click"):
            self.tool.double_click(event, self._scene_point(event))

    @guarded
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if self.tool and self.tool.key(event):
            return
        super().keyPressEvent(event)

    @guarded
    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # -- exhibitor drops -----------------------------------------------------------
    MIME = "application/x-boothplanner-exhibitor"

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    @guarded
    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(self.MIME):
            event.ignore()
            return
        from boothplanner.ui.canvas.hit import element_at
        p = self.mapToScene(event.position().toPoint())
        hit = element_at(self.document, (p.x(), p.y()), self.pixels_per_metre, kinds=("booths",))
        if hit is None:
            event.ignore()
            return
        exhibitor_id = bytes(event.mimeData().data(self.MIME)).decode("utf-8")
        self.exhibitor_dropped.emit(exhibitor_id, hit)
        event.acceptProposedAction()

    # -- background and foreground ---------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        if not self.state.show_grid:
            return
        # Opaque, aliased, whole device pixels, one drawLines per colour: the grid
        # costs ~1 ms instead of ~26 ms per whole-hall repaint (translucent
        # antialiased lines drawn one by one).
        t = painter.worldTransform()
        if t.m12() or t.m21():
            return   # the plan is never rotated on screen
        scale = self.pixels_per_metre
        minor, major = 1.0 * scale >= 6, 3.0 * scale >= 6
        area = t.mapRect(rect)
        top, bottom = math.floor(area.top()), math.ceil(area.bottom())
        left, right = math.floor(area.left()), math.ceil(area.right())
        sx, dx, sy, dy = t.m11(), t.dx(), t.m22(), t.dy()
        # The venue's opaque floor hides the grid; a rectangular venue lets us skip that part.
        outline = self.document.layout.venue.outline
        hidden = None
        if is_axis_rect(outline):
            xs, ys = [p[0] * sx + dx for p in outline], [p[1] * sy + dy for p in outline]
            hidden = (max(left, math.ceil(min(xs)) + 2), max(top, math.ceil(min(ys)) + 2),
                      min(right, math.floor(max(xs)) - 2), min(bottom, math.floor(max(ys)) - 2))
            if hidden[0] > hidden[2] or hidden[1] > hidden[3]:
                hidden = None
        minor_lines, major_lines = [], []
        for step, wanted in ((1.0, minor), (3.0, major)):
            if not wanted:
                continue
            lines = major_lines if step == 3.0 else minor_lines
            for k in range(math.floor(rect.left() / step), math.floor(rect.right() / step) + 1):
                if step == 1.0 and major and k % 3 == 0:
                    continue   # under a major line
                x = round(k * step * sx + dx)
                if hidden and hidden[0] <= x <= hidden[2]:
                    if hidden[1] > top:
                        lines.append(QLine(x, top, x, hidden[1]))
                    if hidden[3] < bottom:
                        lines.append(QLine(x, hidden[3], x, bottom))
                else:
                    lines.append(QLine(x, top, x, bottom))
            for k in range(math.floor(rect.top() / step), math.floor(rect.bottom() / step) + 1):
                if step == 1.0 and major and k % 3 == 0:
                    continue
                y = round(k * step * sy + dy)
                if hidden and hidden[1] <= y <= hidden[3]:
                    if hidden[0] > left:
                        lines.append(QLine(left, y, hidden[0], y))
                    if hidden[2] < right:
                        lines.append(QLine(hidden[2], y, right, y))
                else:
                    lines.append(QLine(left, y, right, y))
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for lines, colour in ((minor_lines, style.GRID_MINOR_OPAQUE),
                              (major_lines, style.GRID_MAJOR_OVER_MINOR if minor else style.GRID_MAJOR_OPAQUE)):
            if lines:
                painter.setPen(QPen(colour, 0))
                painter.drawLines(lines)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.resetTransform()
        self._draw_scale_bar(painter)
        self._draw_north(painter)
        draw_legend(painter, self.viewport().width(), self.document.layout, self.state.colour_by)
        painter.restore()

    def _draw_scale_bar(self, painter: QPainter) -> None:
        scale = self.pixels_per_metre
        target_px = 120
        metres = target_px / scale
        nice = 10 ** math.floor(math.log10(metres))
        for m in (1, 2, 5, 10):
            if m * nice * scale >= target_px * 0.6:
                nice *= m
                break
        length = nice * scale
        h = self.viewport().height()
        x0, y0 = 16, h - 24
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRect(QRectF(x0 - 6, y0 - 18, length + 60, 30))
        painter.setBrush(QColor("#222222"))
        painter.drawRect(QRectF(x0, y0, length / 2, 5))
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.drawRect(QRectF(x0 + length / 2, y0, length / 2, 5))
        font = QFont(painter.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.drawText(QPointF(x0, y0 - 4), "0")
        painter.drawText(QPointF(x0 + length - 4, y0 - 4), f"{nice:g} m")

    def _draw_north(self, painter: QPainter) -> None:
        """A north arrow in the bottom-right corner, turned as the venue says."""
        size = 26.0
        centre = QPointF(self.viewport().width() - 34, self.viewport().height() - 40)
        painter.save()
        painter.translate(centre)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawEllipse(QPointF(0, 0), size * 0.75, size * 0.75)
        painter.rotate(self.document.layout.venue.north)
        half = size / 2
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.setBrush(QColor("#222222"))
        painter.drawPolygon([QPointF(0, -half), QPointF(-half * 0.55, half), QPointF(0, half * 0.4)])
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon([QPointF(0, -half), QPointF(half * 0.55, half), QPointF(0, half * 0.4)])
        font = QFont(painter.font())
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(-8, -half - 13, 16, 12), Qt.AlignmentFlag.AlignCenter, "N")
        painter.restore()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "auto_fit", False):
            self.fit_venue()
        if hasattr(self, "rulers"):
            self.rulers.place()
