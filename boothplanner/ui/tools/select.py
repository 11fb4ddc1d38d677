"""Select, move, resize and rubber-band: the default tool."""

from __future__ import annotations

from dataclasses import replace

import shapely
from PySide6.QtCore import QRectF, Qt

from boothplanner.commands import _noun, moved, moved_venue
from boothplanner.venue_edits import doors_on_walls, partitions_on_walls
from boothplanner.snapping import snap_move
from boothplanner.ui.canvas.handles import VENUE, handle_rects, resized
from boothplanner.ui.canvas.hit import element_at, elements_in_rect
from boothplanner.ui.i18n import tr
from boothplanner.ui.tools.base import Tool

DRAG_START_PX = 4


SNAP_PX = 8
GRID = 1.0


class SelectTool(Tool):
    name = "select"

    def __init__(self, view):
        super().__init__(view)
        self._press = None          # (x, y) in metres
        self._press_px = None
        self._mode = None           # None, "maybe-drag", "drag", "resize", "band"
        self._handle = None
        self._originals: dict = {}
        self._venue_ids: list[str] = []
        self._venue_before = None

    # -- helpers ---------------------------------------------------------------
    def _wall_at(self, point, scale):
        """VENUE when the point is on the room's outline (to edit its corners)."""
        slack = max(0.15, 5.0 / scale)
        ring = shapely.LinearRing(self.document.layout.venue.outline)
        return VENUE if ring.distance(shapely.Point(point)) <= slack else None

    def _venue_items(self, ids) -> list[str]:
        venue = self.document.layout.venue
        items = {i.id for g in (venue.obstacles, venue.exits, venue.fire_equipment, venue.partitions) for i in g}
        return sorted(i for i in ids if i in items)

    def _movable(self, ids) -> dict:
        layout = self.document.layout
        out = {}
        for i in ids:
            if i in layout.booths or i in layout.seating or i in layout.areas:
                out[i] = layout.element(i)
        return out

    def _bbox(self, elements) -> tuple:
        cache = self.document.checker.cache
        xs0, ys0, xs1, ys1 = [], [], [], []
        for e in elements:
            b = cache.footprint(e).bounds
            xs0.append(b[0]); ys0.append(b[1]); xs1.append(b[2]); ys1.append(b[3])
        return (min(xs0), min(ys0), max(xs1), max(ys1))

    def _neighbour_boxes(self, box, exclude) -> list:
        index = self.document.result.index
        if not len(index.elements):
            return []
        reach = 6.0
        hits = index.tree.query(shapely.box(box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach))
        boxes = [index.geoms[i].bounds for i in hits if index.ids[i] not in exclude]
        xs = [p[0] for p in self.document.layout.venue.outline]
        ys = [p[1] for p in self.document.layout.venue.outline]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
        return boxes

    # -- events ---------------------------------------------------------------
    def press(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mods = event.modifiers()
        additive = bool(mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
        self._press, self._press_px = point, event.position()
        scale = self.view.pixels_per_metre
        for name, rect in handle_rects(self.document.layout, self.state.selection, scale):
            if rect.contains(*point):
                self._mode, self._handle = ("vertex" if name.startswith("v") and self.state.selection == {VENUE} else "resize"), name
                self._originals = self._movable(self.state.selection)
                self._venue_before = self.document.layout.venue
                return
        hit = element_at(self.document, point, scale) or self._wall_at(point, scale)
        if hit is None:
            if not additive:
                self.state.clear()
            self._mode = "band"
            return
        if additive:
            self.state.toggle(hit)
            self._mode = None
            return
        if hit not in self.state.selection:
            self.state.select([hit])
        self._originals = self._movable(self.state.selection)
        self._venue_ids = self._venue_items(self.state.selection)
        self._mode = "maybe-drag" if (self._originals or self._venue_ids) else None

    def move(self, event, point) -> None:
        if self._mode is None or self._press is None:
            return
        if self._mode == "band":
            self.state.rubber_band = QRectF(self._press[0], self._press[1], point[0] - self._press[0], point[1] - self._press[1])
            self.repaint()
            return
        if self._mode == "maybe-drag":
            if (event.position() - self._press_px).manhattanLength() < DRAG_START_PX:
                return
            self._mode = "drag"
            self._venue_before = self.document.layout.venue
            self.document.begin_gesture(list(self._originals))
        if self._mode == "drag":
            self._drag_to(event, point)
        elif self._mode == "vertex":
            if not self.document.in_gesture:
                self.document.begin_gesture([])
            index = int(self._handle[1:])
            target = point
            if self.state.snap and not (event.modifiers() & Qt.KeyboardModifier.AltModifier):
                target = (round(point[0] / 0.5) * 0.5, round(point[1] / 0.5) * 0.5)
            outline = list(self._venue_before.outline)
            outline[index] = target
            venue = replace(self._venue_before, outline=tuple(outline))
            # The movable walls follow the room's new shape; a corner that would leave one
            # standing outside the room is not taken.
            fitted = partitions_on_walls(self._venue_before, venue) if shapely.Polygon(outline).is_valid else venue
            if fitted is not None:
                self.document.update_gesture({}, fitted)
        elif self._mode == "resize":
            if not self.document.in_gesture:
                self.document.begin_gesture(list(self._originals))
            element = next(iter(self._originals.values()))
            target = point
            if self.state.snap and not (event.modifiers() & Qt.KeyboardModifier.AltModifier):
                target = (round(point[0] / 0.1) * 0.1, round(point[1] / 0.1) * 0.1)
            self.document.update_gesture({element.id: resized(element, self._handle, target)})

    def _drag_to(self, event, point) -> None:
        dx, dy = point[0] - self._press[0], point[1] - self._press[1]
        snapping = self.state.snap and not (event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if snapping and not self._originals:
            dx, dy = round(dx / 0.1) * 0.1, round(dy / 0.1) * 0.1
        elif snapping:
            box = self._bbox(self._originals.values())
            threshold = SNAP_PX / self.view.pixels_per_metre
            snap = snap_move(box, dx, dy, self._neighbour_boxes(box, set(self._originals)), GRID, threshold)
            dx, dy = snap.dx, snap.dy
            self.state.guides = snap.guides
        else:
            self.state.guides = ()
        venue = moved_venue(self._venue_before, self._venue_ids, dx, dy) if self._venue_ids else None
        if venue is not None:
            venue = doors_on_walls(venue, set(self._venue_ids))
            # A movable wall slides on its track: it runs to the walls again, and stops where it
            # would leave the room (the last position it could stand in is kept).
            venue = partitions_on_walls(self._venue_before, venue) or self.document.layout.venue
        self.document.update_gesture({i: moved(e, dx, dy) for i, e in self._originals.items()}, venue)

    def release(self, event, point) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mode, self._mode = self._mode, None
        if mode == "band":
            band = self.state.rubber_band
            self.state.rubber_band = None
            if band is not None and (abs(band.width()) > 1e-6 or abs(band.height()) > 1e-6):
                crossing = band.width() < 0
                rect = (band.left(), band.top(), band.right(), band.bottom())
                add = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
                self.state.select(elements_in_rect(self.document, rect, crossing), add=add)
            self.repaint()
        elif mode == "vertex" and self.document.in_gesture:
            outline = self.document.layout.venue.outline
            polygon = shapely.Polygon(outline)
            if not polygon.is_valid or polygon.area < 1.0:
                self.document.cancel_gesture()
                self.view.window().statusBar().showMessage(
                    tr("Canvas", "The outline would cross itself; the corner was put back."), 6000)
            else:
                self.document.end_gesture("Edit venue outline")
        elif mode in ("drag", "resize") and self.document.in_gesture:
            self.state.guides = ()
            verb = "Move" if mode == "drag" else "Resize"
            if not self._originals:
                label = "Move venue items"
            elif self._venue_ids:
                label = f"{verb} {len(self._originals) + len(self._venue_ids)} items"
            else:
                label = f"{verb} {_noun(list(self._originals.values()))}"
            self.document.end_gesture(label)
        self._originals = {}

    def key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            if self.document.in_gesture:
                self.cancel()
            else:
                self.state.clear()
                self.repaint()
            return True
        return False

    def cancel(self) -> None:
        if self.document.in_gesture:
            self.document.cancel_gesture()
        self._mode = None
        self._originals = {}
        self._venue_ids = []
        self.state.guides = ()
        self.state.rubber_band = None
        self.repaint()
