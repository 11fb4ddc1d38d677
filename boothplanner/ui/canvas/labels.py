"""Text on the plan, drawn in screen pixels so it stays legible at every zoom."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from boothplanner.ui.fonts import FAMILY

MIN_PX = 7
MAX_PX = 15


@lru_cache(maxsize=64)
def _font(pixel_size: int, bold: bool) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@lru_cache(maxsize=4096)
def _fit(lines: tuple[str, ...], width_px: int, height_px: int, bold: bool) -> tuple[int, tuple[str, ...]]:
    """The largest pixel size at which the lines fit the box, and the lines elided to fit."""
    for size in range(min(MAX_PX, max(MIN_PX, height_px // (len(lines) + 1))), MIN_PX - 1, -1):
        metrics = QFontMetricsF(_font(size, bold))
        if metrics.height() * len(lines) <= height_px and all(metrics.horizontalAdvance(t) <= width_px for t in lines):
            return size, lines
    metrics = QFontMetricsF(_font(MIN_PX, bold))
    room = max(1, int(height_px // metrics.height()))
    kept = lines[:room]
    return MIN_PX, tuple(metrics.elidedText(t, Qt.TextElideMode.ElideRight, width_px) for t in kept)


def draw_centered(painter: QPainter, polygon: QPolygonF, rotation: float, lines: list[str], scale: float,
                  box: tuple[float, float] | None = None, bold: bool = False, colour: QColor | None = None) -> None:
    """Lines of text centred in `polygon`, turned with it, shrunk or elided to fit `box` (metres)."""
    if box is None:
        rect = polygon.boundingRect()
        box = (rect.width(), rect.height())
    width_px, height_px = int(box[0] * scale * 0.9), int(box[1] * scale * 0.9)
    if width_px < 12 or height_px < MIN_PX:
        return
    size, fitted = _fit(tuple(lines), width_px, height_px, bold)
    centre = painter.worldTransform().map(polygon.boundingRect().center())
    painter.save()
    painter.resetTransform()
    painter.translate(centre)
    angle = rotation % 180
    painter.rotate(angle if angle <= 90 else angle - 180)
    painter.setFont(_font(size, bold))
    painter.setPen(colour or QColor("#1d232b"))
    painter.drawText(QRectF(-width_px / 2, -height_px / 2, width_px, height_px),
                     Qt.AlignmentFlag.AlignCenter, "\n".join(fitted))
    painter.restore()


def draw_text_at(painter: QPainter, point: QPointF, text: str, colour: QColor, pixel_size: int, bold: bool = True) -> None:
    centre = painter.worldTransform().map(point)
    painter.save()
    painter.resetTransform()
    painter.setFont(_font(max(MIN_PX, min(pixel_size, 20)), bold))
    painter.setPen(colour)
    painter.drawText(QRectF(centre.x() - 20, centre.y() - 12, 40, 24), Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_dimension(painter: QPainter, a: QPointF, b: QPointF, text: str, colour: QColor, scale: float) -> None:
    """A dimension line from a to b with end ticks and its value, in screen pixels."""
    t = painter.worldTransform()
    pa, pb = t.map(a), t.map(b)
    painter.save()
    painter.resetTransform()
    pen = QPen(colour, 2)
    painter.setPen(pen)
    painter.drawLine(pa, pb)
    d = pb - pa
    length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
    nx, ny = -d.y() / length * 6, d.x() / length * 6
    for p in (pa, pb):
        painter.drawLine(QPointF(p.x() - nx, p.y() - ny), QPointF(p.x() + nx, p.y() + ny))
    mid = (pa + pb) / 2
    font = _font(12, True)
    painter.setFont(font)
    width = QFontMetricsF(font).horizontalAdvance(text) + 8
    label = QRectF(mid.x() - width / 2, mid.y() - 9, width, 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(label, 3, 3)
    painter.setPen(colour)
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
