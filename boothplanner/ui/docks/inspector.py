"""The inspector: properties of the selection, editable, several items at once where it makes sense."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLayout, QLineEdit, QSpinBox, QWidget,
)

from boothplanner.commands import edit_elements, edit_venue_item, moved
from boothplanner.model import (
    AREA_KINDS, BOOTH_STATUSES, FIRE_EQUIPMENT_KINDS, OBSTACLE_KINDS, SEATING_STYLES, Area, Booth, Exit, FireEquipment,
    Obstacle, Partition, SeatingBlock,
)
from boothplanner.commands import ReplaceElements
from boothplanner.ui.i18n import tr
from boothplanner.ui.widgets import MIXED, length_spin
from boothplanner.model.limits import MAX_COORDINATE, MAX_ROWS, MAX_SEATS_PER_ROW
from boothplanner.model import seating as seating_geometry
from boothplanner.ui.names import (
    area_kind_name, booth_type_name, fire_kind_name, obstacle_kind_name, seating_style_name, status_name,
)



def _common(values):
    values = list(values)
    return values[0] if values and all(v == values[0] for v in values) else None


class Inspector(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.form = QFormLayout(self)
        # Inside a scroll area: never squeeze the rows, scroll instead.
        self.form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.fields: dict[str, QWidget] = {}
        self._building = False

    @property
    def document(self):
        return self.window.document

    def rebuild(self) -> None:
        self._building = True
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        layout = self.document.layout
        selected = [layout.element(i) for i in sorted(self.window.state.selection)]
        selected = [e for e in selected if e is not None]
        if self.window.state.selection == {"venue"}:
            self._venue_outline()
        elif not selected:
            self.form.addRow(QLabel(tr("Inspector", "Nothing selected. Click an item on the plan.")))
        elif all(isinstance(e, Booth) for e in selected):
            self._booths(selected)
        elif all(isinstance(e, SeatingBlock) for e in selected):
            self._seating(selected)
        elif len(selected) == 1 and isinstance(selected[0], Area):
            self._area(selected[0])
        elif len(selected) == 1 and isinstance(selected[0], Partition):
            self._partition(selected[0])
        elif len(selected) == 1 and isinstance(selected[0], (Exit, FireEquipment, Obstacle)):
            self._venue_item(selected[0])
        else:
            self.form.addRow(QLabel(tr("Inspector", "%n items selected", "", len(selected))))
        self._building = False

    def _add(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        self.form.addRow(label, widget)
        return widget

    def _position(self, elements) -> None:
        if len(elements) != 1 or not hasattr(elements[0], "center"):
            return
        e = elements[0]
        x = self._add("x", tr("Inspector", "Centre x"), length_spin(e.center[0], -MAX_COORDINATE, MAX_COORDINATE))
        y = self._add("y", tr("Inspector", "Centre y"), length_spin(e.center[1], -MAX_COORDINATE, MAX_COORDINATE))
        x.valueChanged.connect(lambda v: self._move(e.id, v - e.center[0], 0))
        y.valueChanged.connect(lambda v: self._move(e.id, 0, v - e.center[1]))

    def _move(self, element_id, dx, dy) -> None:
        if self._building:
            return
        element = self.document.layout.element(element_id)
        self.document.execute(ReplaceElements("Move", {element_id: element}, {element_id: moved(element, dx, dy)}))

    def _edit(self, elements, label, **changes) -> None:
        if self._building:
            return
        self.document.execute(edit_elements(self.document.layout, [e.id for e in elements], label, **changes))

    def _booths(self, booths) -> None:
        layout = self.document.layout
        if len(booths) == 1:
            number = self._add("number", tr("Inspector", "Number"), QLineEdit(booths[0].number))
            number.editingFinished.connect(lambda: number.text().strip() != booths[0].number and
                                           self._edit(booths, "Renumber", number=number.text().strip()))
        else:
            self.form.addRow(QLabel(tr("Inspector", "%n booths selected", "", len(booths))))
        self._position(booths)
        w = self._add("width", tr("Inspector", "Width"), length_spin(_common(b.size[0] for b in booths), 0.5, 500))
        d = self._add("depth", tr("Inspector", "Depth"), length_spin(_common(b.size[1] for b in booths), 0.5, 500))
        w.valueChanged.connect(lambda v: self._edit_each(booths, "Resize", lambda b: {"size": (v, b.size[1])}))
        d.valueChanged.connect(lambda v: self._edit_each(booths, "Resize", lambda b: {"size": (b.size[0], v)}))
        self._rotation(booths)
        status = self._add("status", tr("Inspector", "Status"), QComboBox())
        for s in BOOTH_STATUSES:
            status.addItem(status_name(s), s)
        current = _common(b.status for b in booths)
        status.setCurrentIndex(BOOTH_STATUSES.index(current) if current else -1)
        status.currentIndexChanged.connect(lambda i: i >= 0 and self._edit(booths, "Set status of", status=status.itemData(i)))
        exhibitor = self._add("exhibitor", tr("Inspector", "Exhibitor"), QComboBox())
        exhibitor.addItem(tr("Inspector", "(none)"), None)
        for e in layout.exhibitors.values():
            exhibitor.addItem(f"{e.name_ko} · {e.name}" if e.name_ko else e.name, e.id)
        common = _common(b.exhibitor for b in booths)
        exhibitor.setCurrentIndex(exhibitor.findData(common) if (common is not None or len(booths) == 1 or all(b.exhibitor is None for b in booths)) else -1)
        exhibitor.currentIndexChanged.connect(
            lambda i: i >= 0 and self._edit(booths, "Assign exhibitor to", exhibitor=exhibitor.itemData(i)))
        categories = {layout.exhibitors[b.exhibitor].category for b in booths if b.exhibitor in layout.exhibitors}
        self.form.addRow(tr("Inspector", "Category"), QLabel(", ".join(sorted(c for c in categories if c)) or "—"))
        area = sum(b.area for b in booths)
        self.form.addRow(tr("Inspector", "Floor area"), QLabel(f"{area:.1f} m²"))
        if len(booths) == 1:
            from boothplanner.exhibitors.booth_type import booth_type_of
            kind = booth_type_of(self.document.layout, booths[0].id)
            self.fields["booth_type"] = QLabel(booth_type_name(kind))
            self.form.addRow(tr("Inspector", "Booth type"), self.fields["booth_type"])

    def _edit_each(self, elements, label, change) -> None:
        if self._building:
            return
        from dataclasses import replace
        before = {e.id: self.document.layout.element(e.id) for e in elements}
        after = {i: replace(e, **change(e)) for i, e in before.items()}
        self.document.execute(ReplaceElements(label, before, after))

    def _rotation(self, elements) -> None:
        r = self._add("rotation", tr("Inspector", "Rotation"), length_spin(_common(e.rotation for e in elements), 0, 359.9, 1, "°", 15))
        r.setWrapping(True)
        r.valueChanged.connect(lambda v: self._edit(elements, "Rotate", rotation=v % 360))

    def _int_field(self, key, label, blocks, lo, hi, special=None) -> QSpinBox:
        box = self._add(key, label, QSpinBox())
        box.setKeyboardTracking(False)
        common = _common(getattr(b, key) for b in blocks)
        if common is None:
            # The blocks differ: show "—" (a value below the range) until the user picks one.
            box.setRange(lo - 1, hi)
            box.setSpecialValueText(MIXED)
            box.setValue(lo - 1)
            box.valueChanged.connect(lambda v: v >= lo and self._edit(blocks, "Edit", **{key: v}))
            return box
        box.setRange(lo, hi)
        if special:
            box.setSpecialValueText(special)
        box.setValue(common)
        box.valueChanged.connect(lambda v: self._edit(blocks, "Edit", **{key: v}))
        return box

    def _seating(self, blocks) -> None:
        self._position(blocks)
        self._rotation(blocks)
        style_box = self._add("style", tr("Inspector", "Style"), QComboBox())
        for key in SEATING_STYLES:
            style_box.addItem(seating_style_name(key), key)
        common = _common(b.style for b in blocks)
        style_box.setCurrentIndex(SEATING_STYLES.index(common) if common else -1)
        style_box.currentIndexChanged.connect(
            lambda i: i >= 0 and self._edit(blocks, "Edit", style=style_box.itemData(i)))
        self._int_field("rows", tr("Inspector", "Rows"), blocks, 1, MAX_ROWS)
        self._int_field("seats_per_row", tr("Inspector", "Seats per row"), blocks, 1, MAX_SEATS_PER_ROW)
        sw = self._add("seat_width", tr("Inspector", "Seat width"), length_spin(_common(b.seat_width for b in blocks), 0.3, 2, 2, " m", 0.05))
        sw.valueChanged.connect(lambda v: self._edit(blocks, "Edit", seat_width=v))
        rp = self._add("row_pitch", tr("Inspector", "Row pitch"), length_spin(_common(b.row_pitch for b in blocks), 0.5, 3, 2, " m", 0.05))
        rp.valueChanged.connect(lambda v: self._edit(blocks, "Edit", row_pitch=v))
        self._int_field("aisle_every", tr("Inspector", "Aisle every"), blocks, 0, 100, tr("Inspector", "no inner aisles"))
        # The spin box stops where the block has no more room (ends of rows, one chair a table).
        room = max(seating_geometry.max_wheelchair_spaces(b) for b in blocks)
        spaces = self._int_field("wheelchair_spaces", tr("Inspector", "Wheelchair spaces"), blocks, 0, room)
        spaces.setToolTip(tr("Inspector", "Room for %n wheelchair spaces in this block", "", room))
        self.form.addRow(tr("Inspector", "Seats"), QLabel(str(sum(b.seats for b in blocks))))

    def _area(self, area) -> None:
        kind = self._add("kind", tr("Inspector", "Kind"), QComboBox())
        for k in AREA_KINDS:
            kind.addItem(area_kind_name(k), k)
        kind.setCurrentIndex(AREA_KINDS.index(area.kind))
        kind.currentIndexChanged.connect(lambda i: self._edit([area], "Edit", kind=kind.itemData(i)))
        name = self._add("name", tr("Inspector", "Name"), QLineEdit(area.name))
        name.editingFinished.connect(lambda: name.text() != area.name and self._edit([area], "Rename", name=name.text()))
        import shapely
        self.form.addRow(tr("Inspector", "Floor area"), QLabel(f"{shapely.Polygon(area.outline).area:.1f} m²"))

    def _partition(self, wall) -> None:
        from PySide6.QtWidgets import QCheckBox
        self.form.addRow(QLabel(wall.name or wall.id))
        closed = self._add("closed", tr("Inspector", "Closed"), QCheckBox(tr("Inspector", "The wall is pulled across")))
        closed.setChecked(not wall.open)
        closed.toggled.connect(lambda on: self._building or self.document.execute(
            edit_venue_item(self.document.layout, wall.id, "Close partition" if on else "Open partition", open=not on)))
        self.form.addRow(tr("Inspector", "Length"), QLabel(f"{math.dist(wall.start, wall.end):.1f} m"))

    def _venue_outline(self) -> None:
        import shapely
        venue = self.document.layout.venue
        self.form.addRow(QLabel(tr("Inspector", "Room outline: drag a corner handle to move it (Alt: off the grid).")))
        name = self._add("name", tr("Inspector", "Venue name"), QLineEdit(venue.name))

        def rename():
            if name.text() != venue.name and not self._building:
                from dataclasses import replace
                from boothplanner.commands import ReplaceLayoutPart
                self.document.execute(ReplaceLayoutPart("Rename", "venue", venue, replace(venue, name=name.text())))
        name.editingFinished.connect(rename)
        self.form.addRow(tr("Inspector", "Corners"), QLabel(str(len(venue.outline))))
        self.form.addRow(tr("Inspector", "Floor area"), QLabel(f"{shapely.Polygon(venue.outline).area:.1f} m²"))
        north = self._add("north", tr("Inspector", "North"), length_spin(venue.north % 360, 0, 359.9, 1, "°", 15))
        north.setWrapping(True)
        north.setToolTip(tr("Inspector", "Where north lies on the plan, clockwise from up the page; "
                                         "the plan's north arrow and the exhibitor maps follow it."))

        def set_north(value):
            if not self._building:
                from dataclasses import replace
                from boothplanner.commands import ReplaceLayoutPart
                self.document.execute(ReplaceLayoutPart("Set north", "venue", venue, replace(venue, north=value % 360)))
        north.valueChanged.connect(set_north)

    def _venue_item(self, item) -> None:
        def edit(label, **changes):
            if not self._building:
                self.document.execute(edit_venue_item(self.document.layout, item.id, label, **changes))
        if isinstance(item, Exit):
            name = self._add("name", tr("Inspector", "Name"), QLineEdit(item.name))
            name.editingFinished.connect(lambda: name.text() != item.name and edit("Rename exit", name=name.text()))
            width = self._add("width", tr("Inspector", "Clear width"), length_spin(item.width, 0.5, 20))
            def set_width(v):
                (x0, y0), (x1, y1) = item.start, item.end
                ux, uy = (x1 - x0) / item.width, (y1 - y0) / item.width
                mx, my = item.midpoint
                edit("Resize exit", start=(mx - ux * v / 2, my - uy * v / 2), end=(mx + ux * v / 2, my + uy * v / 2))
            width.valueChanged.connect(set_width)
            from PySide6.QtWidgets import QCheckBox
            entrance = self._add("entrance", tr("Inspector", "Entrance"),
                                 QCheckBox(tr("Inspector", "Visitors come in here")))
            entrance.setToolTip(tr("Inspector", "Clear for an emergency exit or a service door: it still counts "
                                                "as an exit, but exhibitor maps do not send visitors there."))
            entrance.setChecked(item.entrance)
            entrance.toggled.connect(lambda on: edit("Mark as entrance" if on else "Mark as exit only", entrance=on))
        elif isinstance(item, FireEquipment):
            kind = self._add("kind", tr("Inspector", "Kind"), QComboBox())
            for k in FIRE_EQUIPMENT_KINDS:
                kind.addItem(fire_kind_name(k), k)
            kind.setCurrentIndex(FIRE_EQUIPMENT_KINDS.index(item.kind))
            kind.currentIndexChanged.connect(lambda i: edit("Edit", kind=kind.itemData(i)))
        else:
            kind = self._add("kind", tr("Inspector", "Kind"), QComboBox())
            for k in OBSTACLE_KINDS:
                kind.addItem(obstacle_kind_name(k), k)
            kind.setCurrentIndex(OBSTACLE_KINDS.index(item.kind))
            kind.currentIndexChanged.connect(lambda i: edit("Edit", kind=kind.itemData(i)))
