"""Edit operations on the selection: nudge, rotate, delete, duplicate, clipboard, align, distribute."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from boothplanner import io
from boothplanner.commands import (
    CompoundCommand, ReplaceElements, _noun, delete_elements, delete_venue_items, duplicate_elements,
    move_elements, move_venue_items, moved, rotate_elements,
)
from boothplanner.ui.i18n import tr

# The clipboard carries plain text (JSON under this key): handing Qt a QMimeData from Python
# crashed PySide at exit, and text also pastes into another Boothplanner window or a text editor.
CLIPBOARD_KEY = "boothplanner-elements"


class EditOps:
    def __init__(self, window):
        self.window = window

    @property
    def document(self):
        return self.window.document

    def _split(self):
        layout = self.document.layout
        placed = [i for i in self.window.state.selection if i in layout.booths or i in layout.seating or i in layout.areas]
        venue = [i for i in self.window.state.selection if i not in placed and layout.element(i) is not None]
        return sorted(placed), sorted(venue)

    def nudge(self, dx: float, dy: float) -> None:
        placed, venue = self._split()
        parts = []
        if placed:
            parts.append(move_elements(self.document.layout, placed, dx, dy))
        if venue:
            parts.append(move_venue_items(self.document.layout, venue, dx, dy))
        if parts:
            self.document.execute(parts[0] if len(parts) == 1 else CompoundCommand("Move", parts))

    def rotate(self, degrees: float = 90) -> None:
        placed, _ = self._split()
        if placed:
            self.document.execute(rotate_elements(self.document.layout, placed, degrees))

    def delete(self) -> None:
        placed, venue = self._split()
        parts = []
        if placed:
            parts.append(delete_elements(self.document.layout, placed))
        if venue:
            parts.append(delete_venue_items(self.document.layout, venue))
        if parts:
            self.document.execute(parts[0] if len(parts) == 1 else CompoundCommand("Delete", parts))
            self.window.state.clear()

    def duplicate(self) -> None:
        placed, _ = self._split()
        if not placed:
            return
        elements = [self.document.layout.element(i) for i in placed]
        command = duplicate_elements(self.document.layout, elements, 1.0, 1.0)
        self.document.execute(command)
        self.window.state.select(list(command.after))

    def copy(self) -> bool:
        placed, _ = self._split()
        if not placed:
            return False
        layout = self.document.layout
        doc = io.layout_to_dict(layout)
        payload = {key: [item for item in doc[key] if item["id"] in placed] for key in ("booths", "seating", "areas")}
        QApplication.clipboard().setText(json.dumps({CLIPBOARD_KEY: 1, **payload}, ensure_ascii=False))
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete()

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        if f'"{CLIPBOARD_KEY}"' not in text[:80]:
            return
        try:
            payload = json.loads(text)
            if not isinstance(payload, dict):
                raise ValueError("not an object")
            scratch = io.layout_to_dict(self.document.layout)
            # Sessions name blocks the scratch layout no longer has; pasting adds elements only.
            scratch.pop("sessions", None)
            scratch.update({"booths": payload.get("booths", []), "seating": payload.get("seating", []),
                            "areas": payload.get("areas", []), "exhibitors": scratch["exhibitors"]})
            for booth in scratch["booths"]:
                if booth.get("exhibitor") not in self.document.layout.exhibitors:
                    booth.pop("exhibitor", None)
            pasted = io.layout_from_dict(scratch, "clipboard")
        except (ValueError, io.LoadError):
            self.window.statusBar().showMessage(tr("Edit", "The clipboard holds nothing that can be pasted."), 5000)
            return
        elements = list(pasted.placed())
        command = duplicate_elements(self.document.layout, elements, 1.0, 1.0, verb="Paste")
        self.document.execute(command)
        self.window.state.select(list(command.after))

    def align(self, edge: str) -> None:
        """Line up the selection's edges (left, right, top, bottom) or centres (hcenter, vcenter)."""
        placed, _ = self._split()
        if len(placed) < 2:
            return
        cache = self.document.checker.cache
        layout = self.document.layout
        elements = [layout.element(i) for i in placed]
        boxes = {e.id: cache.footprint(e).bounds for e in elements}
        target = {
            "left": min(b[0] for b in boxes.values()), "right": max(b[2] for b in boxes.values()),
            "top": min(b[1] for b in boxes.values()), "bottom": max(b[3] for b in boxes.values()),
        }
        after = {}
        for e in elements:
            x0, y0, x1, y1 = boxes[e.id]
            dx = dy = 0.0
            if edge == "left":
                dx = target["left"] - x0
            elif edge == "right":
                dx = target["right"] - x1
            elif edge == "top":
                dy = target["top"] - y0
            elif edge == "bottom":
                dy = target["bottom"] - y1
            elif edge == "hcenter":
                dx = (target["left"] + target["right"]) / 2 - (x0 + x1) / 2
            elif edge == "vcenter":
                dy = (target["top"] + target["bottom"]) / 2 - (y0 + y1) / 2
            after[e.id] = moved(e, dx, dy)
        self.document.execute(ReplaceElements(f"Align {_noun(elements)}", {e.id: e for e in elements}, after))

    def distribute(self, axis: str) -> None:
        """Equal gaps between the selected items along x or y, keeping the outermost in place."""
        placed, _ = self._split()
        if len(placed) < 3:
            return
        cache = self.document.checker.cache
        layout = self.document.layout
        elements = [layout.element(i) for i in placed]
        lo, hi = (0, 2) if axis == "x" else (1, 3)
        elements.sort(key=lambda e: cache.footprint(e).bounds[lo])
        boxes = [cache.footprint(e).bounds for e in elements]
        span = boxes[-1][hi] - boxes[0][lo]
        total = sum(b[hi] - b[lo] for b in boxes)
        gap = (span - total) / (len(elements) - 1)
        position = boxes[0][lo]
        after = {}
        for e, b in zip(elements, boxes):
            shift = position - b[lo]
            after[e.id] = moved(e, shift, 0) if axis == "x" else moved(e, 0, shift)
            position += (b[hi] - b[lo]) + gap
        self.document.execute(ReplaceElements(f"Distribute {_noun(elements)}", {e.id: e for e in elements}, after))
