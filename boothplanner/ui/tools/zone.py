"""Drag a rectangle to choose the zone a generator fills."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from boothplanner.ui.tools.base import Tool


def _on_grid(point, event, step: float = 0.5):
    """Zones snap to the half-metre grid like other outlines (Alt: exactly where the mouse is)."""
    if event.modifiers() & Qt.KeyboardModifier.AltModifier:
        return point
    return (round(point[0] / step) * step, round(point[1] / step) * step)


class ZoneTool(Tool):
    name = "zone"

    def __init__(self, view, on_zone):
        super().__init__(view)
        self.on_zone = on_zone
        self._start = None

    def press(self, event, point) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = _on_grid(point, event)

    def move(self, event, point) -> None:
        if self._start is not None:
            point = _on_grid(point, event)
            self.state.rubber_band = QRectF(self._start[0], self._start[1], point[0] - self._start[0], point[1] - self._start[1])
            self.repaint()

    def release(self, event, point) -> None:
        if self._start is None:
            return
        (x0, y0), (x1, y1) = self._start, _on_grid(point, event)
        self._start = None
        self.state.rubber_band = None
        self.repaint()
        if abs(x1 - x0) >= 1.0 and abs(y1 - y0) >= 1.0:
            x0, x1 = sorted((x0, x1))
            y0, y1 = sorted((y0, y1))
            self.on_zone(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), ())

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            self.view.window().use_tool("select")
            return True
        return False

    def cancel(self) -> None:
        self._start = None
        self.state.rubber_band = None
        self.repaint()
