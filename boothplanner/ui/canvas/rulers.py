"""Rulers along the top and left of the plan, in metres."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget


class Ruler(QWidget):
    def __init__(self, view, horizontal: bool):
        super().__init__(view)
        self.view = view
        self.horizontal = horizontal

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f3f4f6"))
        scale = self.view.pixels_per_metre
        step = 1.0
        while step * scale < 8:
            step *= 2 if str(step)[0] in "15" else 2.5
        label_every = 5
        font = QFont(self.font())
        font.setPixelSize(9)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#555555"), 1))
        origin = self.view.mapToScene(0, 0)
        length = self.width() if self.horizontal else self.height()
        start = (origin.x() if self.horizontal else origin.y())
        first = math.floor(start / step)
        i = first
        offset = self.view.viewport().geometry().left() if self.horizontal else self.view.viewport().geometry().top()
        while True:
            value = i * step
            pos = (value - start) * scale + offset
            if pos > length:
                break
            major = i % label_every == 0
            tick = 8 if major else 4
            if self.horizontal:
                painter.drawLine(QPointF(pos, self.height()), QPointF(pos, self.height() - tick))
                if major:
                    painter.drawText(QPointF(pos + 2, 9), f"{value:g}")
            else:
                painter.drawLine(QPointF(self.width(), pos), QPointF(self.width() - tick, pos))
                if major:
                    painter.save()
                    painter.translate(9, pos - 2)
                    painter.rotate(-90)
                    painter.drawText(QPointF(0, 0), f"{value:g}")
                    painter.restore()
            i += 1
        painter.end()


class Rulers:
    def __init__(self, view, size: int):
        self.view = view
        self.size = size
        self.top = Ruler(view, True)
        self.left = Ruler(view, False)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.place()

    def place(self) -> None:
        r = self.view.contentsRect()
        self.top.setGeometry(r.left(), r.top(), r.width(), self.size)
        self.left.setGeometry(r.left(), r.top(), self.size, r.height())

    def update(self) -> None:
        self.top.update()
        self.left.update()
