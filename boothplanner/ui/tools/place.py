"""Tools that add things: booths and seating by a click, areas and obstacles and the venue by drawing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from boothplanner.commands import ReplaceLayoutPart, add_elements, change_venue, next_booth_number, unique_id
from boothplanner.model import Area, Booth, Exit, FireEquipment, Obstacle, SeatingBlock
from boothplanner.ui.i18n import tr
from boothplanner.ui.tools.base import Tool
from boothplanner.venue_edits import door_on_wall, with_outline


def snap_to_grid(point, step=0.5):
    return (round(point[0] / step) * step, round(point[1] / step) * step)


class PlaceBoothTool(Tool):
    """Each click adds a booth of the chosen size centred on the grid point nearest the click."""
    name = "booth"

    def __init__(self, view, size=(3.0, 3.0)):
        super().__init__(view)
        self.size = size

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        layout = self.document.layout
        w, d = self.size
        cx, cy = snap_to_grid(point)
        # Put the booth's corner on the grid, as booths are laid out by their edges.
        cx = round(cx - w / 2) + w / 2
        cy = round(cy - d / 2) + d / 2
        booth = Booth(unique_id(layout, "B"), next_booth_number(layout), (cx, cy), (w, d))
        self.document.execute(add_elements([booth]))
        self.state.select([booth.id])


class PlaceSeatingTool(Tool):
    name = "seating"

    def __init__(self, view, rows=10, seats_per_row=14):
        super().__init__(view)
        self.rows, self.seats_per_row = rows, seats_per_row

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = SeatingBlock(unique_id(self.document.layout, "S"), snap_to_grid(point), self.rows, self.seats_per_row)
        self.document.execute(add_elements([block]))
        self.state.select([block.id])


class DrawPolygonTool(Tool):
    """Click corners; double-click or Enter closes the outline, Backspace removes the last corner, Escape cancels.
    A press-drag-release draws a rectangle."""
    name = "draw"

    def __init__(self, view, target: str, kind: str):
        super().__init__(view)
        self.target, self.kind = target, kind   # target: "area", "obstacle", "venue"
        self._drag_from = None

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = snap_to_grid(point)
        if not self.state.sketch:
            self._drag_from = point
        self.state.sketch = self.state.sketch + [point]
        self.repaint()

    def move(self, event, point) -> None:
        point = snap_to_grid(point)
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            (x0, y0), (x1, y1) = self._drag_from, point
            self.state.sketch = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            self.repaint()

    def release(self, event, point) -> None:
        if self._drag_from is not None and len(self.state.sketch) == 4 and self.state.sketch[0] != self.state.sketch[2]:
            (x0, y0), (x1, y1) = self.state.sketch[0], self.state.sketch[2]
            if abs(x1 - x0) > 0.2 and abs(y1 - y0) > 0.2:
                self._drag_from = None
                self.finish()
                return
        self._drag_from = None

    def double_click(self, event, point) -> None:
        self.finish()

    def key(self, event) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.state.sketch:
            self.state.sketch = self.state.sketch[:-1]
            self.repaint()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self.state.sketch = []
        self._drag_from = None
        self.repaint()

    def finish(self) -> None:
        import shapely
        points = []
        for p in self.state.sketch:
            if not points or p != points[-1]:
                points.append(p)
        self.state.sketch = []
        self.repaint()
        if len(points) < 3 or not shapely.Polygon(points).is_valid or shapely.Polygon(points).area < 0.01:
            self.view.window().statusBar().showMessage(tr("Canvas", "An outline needs three or more corners and must not cross itself."), 5000)
            return
        layout = self.document.layout
        outline = tuple(points)
        if self.target == "venue":
            venue, dropped = with_outline(layout.venue, outline)
            self.document.execute(change_venue(layout, "Edit venue outline", venue))
            if dropped:
                self.view.window().statusBar().showMessage(
                    tr("Canvas", "Movable walls outside the new outline were removed: %1").replace("%1", ", ".join(dropped)), 8000)
        elif self.target == "obstacle":
            obstacle = Obstacle(unique_id(layout, "C"), self.kind, outline)
            venue = replace(layout.venue, obstacles=layout.venue.obstacles + (obstacle,))
            self.document.execute(ReplaceLayoutPart("Add obstacle", "venue", layout.venue, venue))
        else:
            area = Area(unique_id(layout, "AR"), self.kind, outline, name="")
            self.document.execute(add_elements([area]))
            self.state.select([area.id])


class PlaceExitTool(Tool):
    """A click near a wall puts a door of `width` metres on it, centred where clicked."""
    name = "exit"

    def __init__(self, view, width: float = 1.8):
        super().__init__(view)
        self.width = width

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        layout = self.document.layout
        door = Exit(unique_id(layout, "X"), (0.0, 0.0), (1.0, 0.0), name=tr("Canvas", "Door"))
        door = door_on_wall(layout.venue.outline, point, self.width, door)
        venue = replace(layout.venue, exits=layout.venue.exits + (door,))
        self.document.execute(ReplaceLayoutPart("Add exit", "venue", layout.venue, venue))
        self.state.select([door.id])


class PlaceFireTool(Tool):
    name = "fire"

    def __init__(self, view, kind: str = "extinguisher"):
        super().__init__(view)
        self.kind = kind

    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        layout = self.document.layout
        item = FireEquipment(unique_id(layout, "F"), self.kind, snap_to_grid(point, 0.1))
        venue = replace(layout.venue, fire_equipment=layout.venue.fire_equipment + (item,))
        self.document.execute(ReplaceLayoutPart("Add fire equipment", "venue", layout.venue, venue))
        self.state.select([item.id])
