"""The movable-wall tool: a click puts a wall across the room, square to the nearest wall; a drag
sets its direction. Either way it runs from wall to wall, or stops at the first movable wall it
meets (a T-junction), and the line it will take is shown while dragging."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt

from boothplanner.commands import change_venue, unique_id
from boothplanner.model import Partition
from boothplanner.ui.i18n import tr
from boothplanner.ui.tools.base import Tool
from boothplanner.ui.tools.place import snap_to_grid
from boothplanner.venue_edits import fitted_partition, nearest_on_outline

CLICK_M = 0.3   # a press and release closer than this is a click, not a drag


class PlacePartitionTool(Tool):
    name = "partition"

    def __init__(self, view):
        super().__init__(view)
        self._from = None

    def _wall(self, start, end) -> Partition | None:
        """The wall a press at `start` and release at `end` makes (its id is given when it is added)."""
        venue = self.document.layout.venue
        length = math.dist(start, end)
        if length < CLICK_M:
            _, _, (dx, dy), edge, _ = nearest_on_outline(venue.outline, start)
            ux, uy, middle = -dy / edge, dx / edge, start          # square to the nearest wall
        else:
            ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
            middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        draft = Partition("", (middle[0] - ux * 0.01, middle[1] - uy * 0.01),
                          (middle[0] + ux * 0.01, middle[1] + uy * 0.01), tr("Canvas", "Movable wall"), False)
        placed = fitted_partition(venue.outline, draft, venue.partitions, (False, False))
        if placed is None:
            return None
        return replace(placed, start=tuple(round(v, 3) for v in placed.start), end=tuple(round(v, 3) for v in placed.end))

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._from = snap_to_grid(point)
        self._preview(self._from)

    def move(self, event, point) -> None:
        if self._from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._preview(snap_to_grid(point))

    def _preview(self, point) -> None:
        wall = self._wall(self._from, point)
        self.state.sketch = [wall.start, wall.end] if wall is not None else []
        self.repaint()

    def release(self, event, point) -> None:
        if self._from is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, self._from = self._from, None
        self.state.sketch = []
        self.repaint()
        wall = self._wall(start, snap_to_grid(point))
        if wall is None:
            self.view.window().statusBar().showMessage(
                tr("Canvas", "A movable wall must stand inside the room."), 5000)
            return
        layout = self.document.layout
        venue = layout.venue
        wall = replace(wall, id=unique_id(layout, "PART-"))
        self.document.execute(change_venue(layout, "Add movable wall", replace(venue, partitions=venue.partitions + (wall,))))
        self.state.select([wall.id])

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape and self._from is not None:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self._from = None
        self.state.sketch = []
        self.repaint()
