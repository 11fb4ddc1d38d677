"""The legend in the plan's top-right corner: what the booth colours and symbols mean."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from boothplanner.model import BOOTH_STATUSES
from boothplanner.ui.canvas import style
from boothplanner.ui.canvas.floor_item import categories_of, distinguishes_entrances
from boothplanner.ui.i18n import tr
from boothplanner.ui.names import status_name

SWATCH = 12
ROW = 17


def legend_rows(layout, colour_by: str) -> list[tuple[str, str, QColor]]:
    """(kind of mark, text, colour) rows, booth colours first."""
    rows = []
    if colour_by == "category":
        for category in categories_of(layout):
            rows.append(("box", category, style.category_colour(category, categories_of(layout))))
        rows.append(("box", tr("Legend", "No exhibitor"), style.NO_CATEGORY))
    else:
        for status in BOOTH_STATUSES:
            rows.append(("box", status_name(status), style.STATUS_COLOURS[status]))
    rows += [
        ("door", tr("Legend", "Exit and its clear zone"), style.EXIT),
        *([("entrance", tr("Legend", "Entrance for visitors"), style.EXIT)] if distinguishes_entrances(layout.venue) else []),
        ("fire", tr("Legend", "Fire equipment"), style.FIRE),
        ("hatch", tr("Legend", "Column or obstacle"), style.OBSTACLE),
        ("problem", tr("Legend", "Breaks a rule"), style.BLOCKED),
    ]
    return rows


def draw_legend(painter: QPainter, viewport_width: int, layout, colour_by: str) -> None:
    rows = legend_rows(layout, colour_by)
    font = QFont(painter.font())
    font.setPixelSize(11)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    title = tr("Legend", "Booths by status") if colour_by != "category" else tr("Legend", "Booths by category")
    width = max([metrics.horizontalAdvance(t) for _, t, _ in rows] + [metrics.horizontalAdvance(title)]) + SWATCH + 24
    height = ROW * (len(rows) + 1) + 10
    x0, y0 = viewport_width - width - 12, 12
    painter.setPen(QPen(QColor("#b0b6bf"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(QRectF(x0, y0, width, height), 4, 4)
    painter.setPen(QColor("#1d232b"))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QPointF(x0 + 8, y0 + 16), title)
    painter.setFont(font)
    for n, (mark, text, colour) in enumerate(rows, start=1):
        y = y0 + 6 + n * ROW
        box = QRectF(x0 + 8, y, SWATCH, SWATCH)
        if mark == "box":
            painter.setPen(QPen(QColor("#44505c"), 1))
            painter.setBrush(colour)
            painter.drawRect(box)
        elif mark == "door":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.EXIT_ZONE)
            painter.drawRect(box)
            painter.setPen(QPen(colour, 3))
            painter.drawLine(box.topLeft(), box.topRight())
        elif mark == "entrance":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon([QPointF(box.center().x(), box.top() + 1), QPointF(box.left() + 1, box.bottom() - 1),
                                 QPointF(box.right() - 1, box.bottom() - 1)])
        elif mark == "fire":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(box.adjusted(2, 2, -2, -2))
        elif mark == "hatch":
            painter.setPen(QPen(QColor("#333333"), 1))
            painter.setBrush(QBrush(colour, Qt.BrushStyle.Dense4Pattern))
            painter.drawRect(box)
        else:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
        painter.setPen(QColor("#1d232b"))
        painter.drawText(QPointF(x0 + 14 + SWATCH, y + SWATCH - 1), text)
