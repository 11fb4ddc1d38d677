"""Tools > Fill with booths / seating: pick a zone (the selected area, or a dragged rectangle), then the generator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from boothplanner.model import Area
from boothplanner.ui.canvas.hit import elements_in_rect
from boothplanner.ui.fill_dialogs import FillBoothsDialog, FillSeatingDialog
from boothplanner.ui.i18n import tr
from boothplanner.ui.tools.zone import ZoneTool


def inside_zone(document, zone) -> list[str]:
    """Booths, seating blocks and areas (the stage excepted: seating faces it) lying wholly inside
    the dragged rectangle `zone`, as a left-to-right selection rectangle would take them."""
    (x0, y0), (x1, y1) = zone[0], zone[2]
    layout = document.layout
    inside = elements_in_rect(document, (x0, y0, x1, y1), crossing=False)
    return sorted(i for i in inside if i in layout.booths or i in layout.seating
                  or (i in layout.areas and layout.areas[i].kind != "stage"))


class Fill:
    def __init__(self, window):
        self.window = window

    def start(self, kind: str) -> None:
        """With one area selected, fill it (replacing it); otherwise let the user drag a zone."""
        layout = self.window.document.layout
        selected = [layout.element(i) for i in self.window.state.selection]
        if len(selected) == 1 and isinstance(selected[0], Area):
            area = selected[0]
            self.open_dialog(kind, area.outline, (area.id,))
            return
        self.window.use_tool("select")
        self.window.view.tool = ZoneTool(self.window.view, lambda zone, remove: self._zone_drawn(kind, zone, remove))
        self.window.statusBar().showMessage(tr("Fill", "Drag a rectangle over the floor to fill (Esc cancels)."), 8000)

    def _zone_drawn(self, kind, zone, remove) -> None:
        self.window.use_tool("select")
        self.open_dialog(kind, zone, remove, replaceable=inside_zone(self.window.document, zone))

    def open_dialog(self, kind: str, zone, remove_ids=(), replaceable=()) -> bool:
        dialog_class = FillBoothsDialog if kind == "booths" else FillSeatingDialog
        dialog = dialog_class(self.window, self.window.document.layout, zone, remove_ids, replaceable)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.apply(dialog)

    def apply(self, dialog) -> bool:
        command = dialog.command()
        if command is None:
            self.window.statusBar().showMessage(tr("Fill", "Nothing fits in that zone."), 6000)
            return False
        self.window.document.execute(command)
        # The new booths or blocks; sessions moved into new seating change too, but are not on the plan.
        sessions = self.window.document.layout.sessions
        self.window.state.select([i for i, e in command.after.items() if e is not None and i not in sessions])
        return True
