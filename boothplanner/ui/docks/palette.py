"""The palette: tools to add booths, seating, areas and venue features."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QInputDialog, QPushButton, QVBoxLayout, QWidget

from boothplanner.model import AREA_KINDS, FIRE_EQUIPMENT_KINDS
from boothplanner.ui.i18n import tr
from boothplanner.ui.names import area_kind_name, fire_kind_name

FT = 0.3048
BOOTH_SIZES = [
    ("3 × 3 m", (3.0, 3.0)),
    ("3 × 6 m", (3.0, 6.0)),
    ("6 × 6 m island", (6.0, 6.0)),
    ("10 × 10 ft", (10 * FT, 10 * FT)),
]


class Palette(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(self._button("select", tr("Palette", "Select / move"), lambda: window.use_tool("select")))
        booths = QGroupBox(tr("Palette", "Booths"))
        grid = QGridLayout(booths)
        for n, (label, size) in enumerate(BOOTH_SIZES):
            grid.addWidget(self._button(f"booth:{label}", tr("Palette", label), lambda s=size: window.use_tool("booth", size=s)), n // 2, n % 2)
        grid.addWidget(self._button("booth:custom", tr("Palette", "Custom…"), self._custom_booth), 2, 0, 1, 2)
        outer.addWidget(booths)
        seating = QGroupBox(tr("Palette", "Seating"))
        QVBoxLayout(seating).addWidget(self._button("seating", tr("Palette", "Theater block 10 × 14"), lambda: window.use_tool("seating")))
        outer.addWidget(seating)
        areas = QGroupBox(tr("Palette", "Areas (click corners or drag a rectangle)"))
        grid = QGridLayout(areas)
        for n, kind in enumerate(AREA_KINDS):
            grid.addWidget(self._button(f"area:{kind}", area_kind_name(kind), lambda k=kind: window.use_tool("area", kind=k)), n // 2, n % 2)
        outer.addWidget(areas)
        venue = QGroupBox(tr("Palette", "Venue"))
        grid = QGridLayout(venue)
        grid.addWidget(self._button("venue", tr("Palette", "Redraw outline"), lambda: window.use_tool("venue")), 0, 0)
        grid.addWidget(self._button("obstacle", tr("Palette", "Column / obstacle"), lambda: window.use_tool("obstacle")), 0, 1)
        grid.addWidget(self._button("exit", tr("Palette", "Exit door"), lambda: window.use_tool("exit")), 1, 0)
        for n, kind in enumerate(FIRE_EQUIPMENT_KINDS[:3]):
            grid.addWidget(self._button(f"fire:{kind}", fire_kind_name(kind), lambda k=kind: window.use_tool("fire", kind=k)), 1 + (n + 1) // 2, (n + 1) % 2)
        wall = self._button("partition", tr("Palette", "Movable wall"), lambda: window.use_tool("partition"))
        wall.setToolTip(tr("Palette", "Click to put a movable wall across the room, or drag to set its direction; "
                                      "it runs from wall to wall, or to the first movable wall it meets."))
        grid.addWidget(wall, 3, 0)
        outer.addWidget(venue)
        outer.addStretch(1)

    def _button(self, key: str, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        # clicked() passes `checked`, which must not land in the actions' default arguments.
        button.clicked.connect(lambda _checked=False: action())
        self.buttons[key] = button
        return button

    def show_active(self, key: str) -> None:
        for k, button in self.buttons.items():
            button.setChecked(k == key)

    def _custom_booth(self) -> None:
        text, ok = QInputDialog.getText(self, tr("Palette", "Custom booth"), tr("Palette", "Width × depth in metres (e.g. 4 x 5):"), text="4 x 5")
        if not ok:
            return
        try:
            w, d = (float(v) for v in text.lower().replace("×", "x").split("x"))
            if not (0.5 <= w <= 200 and 0.5 <= d <= 200):
                raise ValueError
        except ValueError:
            self.window.statusBar().showMessage(tr("Palette", "Give two sizes between 0.5 and 200 m, like 4 x 5."), 6000)
            return
        self.window.use_tool("booth", size=(w, d))
