"""What the canvas shows besides the document: selection, highlights, and the tool's overlay."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Signal


class CanvasState(QObject):
    selection_changed = Signal()
    overlay_changed = Signal()

    def __init__(self):
        super().__init__()
        self.selection: set[str] = set()
        self.highlight: set[str] = set()
        self.colour_by = "status"          # or "category"
        self.show_grid = True
        self.snap = True
        self.rubber_band: QRectF | None = None
        self.guides: tuple = ()
        self.sketch: list = []             # points of a polygon being drawn, in metres

    def select(self, ids, add: bool = False) -> None:
        new = (self.selection | set(ids)) if add else set(ids)
        if new != self.selection:
            self.selection = new
            self.selection_changed.emit()

    def toggle(self, element_id: str) -> None:
        self.selection ^= {element_id}
        self.selection_changed.emit()

    def clear(self) -> None:
        if self.selection:
            self.selection = set()
            self.selection_changed.emit()

    def set_highlight(self, ids) -> None:
        self.highlight = set(ids)
        self.overlay_changed.emit()
