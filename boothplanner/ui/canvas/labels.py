"""Text on the plan, drawn in screen pixels so it stays legible at every zoom."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF, QStaticText, QTransform

from boothplanner.ui.canvas import style
from boothplanner.ui.fonts import FAMILY

MIN_PX = 7
MAX_PX = 15


@lru_cache(maxsize=64)
def _font(pixel_size: int, bold: bool) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@lru_cache(maxsize=64)
def _metrics(pixel_size: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(_font(pixel_size, bold))


@lru_cache(maxsize=65536)
def _advance(text: str, pixel_size: int, bold: bool) -> float:
    """Width of one line in pixels; like the QStaticText below, independent of the zoom."""
    return _metrics(pixel_size, bold).horizontalAdvance(text)


@lru_cache(maxsize=32768)
def _static(text: str, pixel_size: int, bold: bool) -> QStaticText:
    """One line laid out once."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), _font(pixel_size, bold))
    return static


@lru_cache(maxsize=64)
def _line_height(pixel_size: int, bold: bool) -> float:
    return _metrics(pixel_size, bold).height()


_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


@lru_cache(maxsize=16384)
def _elided(text: str, width_px: int, bold: bool) -> str:
    return _metrics(MIN_PX, bold).elidedText(text, _ELIDE_RIGHT, width_px)


def _fit(lines: tuple[str, ...], width_px: int, height_px: int, bold: bool) -> tuple[int, tuple[str, ...]]:
    """The largest pixel size at which the lines fit the box, and the lines elided to fit."""
    n = len(lines)
    for size in range(min(MAX_PX, max(MIN_PX, height_px // (n + 1))), MIN_PX - 1, -1):
        if _line_height(size, bold) * n > height_px:
            continue
        for text in lines:
            if _advance(text, size, bold) > width_px:
                break
        else:
            return size, lines
    room = max(1, int(height_px // _line_height(MIN_PX, bold)))
    return MIN_PX, tuple(_elided(t, width_px, bold) for t in lines[:room])


@lru_cache(maxsize=16384)
def _layout(lines: tuple[str, ...], width_px: int, height_px: int, bold: bool) -> tuple[int, tuple]:
    """Font size and ((QStaticText, left, top), ...) relative to the centre, for lines fitted to a box.

    Keyed by the box in pixels, so a new zoom misses here; the text layout and
    widths behind it are cached per line and size, so a miss costs microseconds.
    """
    size, fitted = _fit(lines, width_px, height_px, bold)
    line_h = _line_height(size, bold)
    top = -line_h * len(fitted) / 2
    placed = []
    for k, text in enumerate(fitted):
        placed.append((_static(text, size, bold), -_advance(text, size, bold) / 2, top + k * line_h))
    return size, tuple(placed)


def draw_centered(painter: QPainter, polygon: QPolygonF, rotation: float, lines: list[str], scale: float,
                  box: tuple[float, float] | None = None, bold: bool = False, colour: QColor | None = None) -> None:
    """Lines of text centred in `polygon`, turned with it, shrunk or elided to fit `box` (metres)."""
    rect = polygon.boundingRect()
    if box is None:
        box = (rect.width(), rect.height())
    centre = rect.center()
    draw_labels(painter, [(centre.x(), centre.y(), rotation, tuple(lines), box)], scale, bold, colour)


def draw_labels(painter: QPainter, labels, scale: float, bold: bool = False, colour: QColor | None = None) -> None:
    """Many centred labels at once: `labels` holds (x, y centre in metres, rotation, lines tuple, box in metres).

    Each label's lines are shrunk or elided to fit 90 % of its box and turned
    with it (kept upright); labels too small to read are skipped. The text is
    laid out once per (lines, box size in pixels) and the painter's state is
    saved once, not per label: thousands of labels cost a few milliseconds.
    """
    if not labels:
        return
    world = painter.worldTransform()
    m11, m12, m21, m22, dx, dy = world.m11(), world.m12(), world.m21(), world.m22(), world.dx(), world.dy()
    painter.save()
    painter.resetTransform()
    painter.setPen(colour or style.TEXT)
    current = None
    turned = False
    draw, layout = painter.drawStaticText, _layout
    room = scale * 0.9
    for cx, cy, rotation, lines, box in labels:
        width_px, height_px = int(box[0] * room), int(box[1] * room)
        if width_px < 12 or height_px < MIN_PX:
            continue
        size, placed = layout(lines, width_px, height_px, bold)
        if size != current:
            painter.setFont(_font(size, bold))
            current = size
        x, y = m11 * cx + m21 * cy + dx, m12 * cx + m22 * cy + dy
        angle = 0.0
        if rotation:
            angle = rotation % 180
            if angle > 90:
                angle -= 180
        if angle:
            painter.setTransform(QTransform.fromTranslate(x, y).rotate(angle))
            turned = True
            for static, left, top in placed:
                draw(QPointF(left, top), static)
            continue
        if turned:
            painter.resetTransform()
            turned = False
        for static, left, top in placed:
            draw(round(x + left), round(y + top), static)
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
