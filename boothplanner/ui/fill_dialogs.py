"""Fill a zone with booths or seating: the generators' parameters, with the result counted live."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
)

from boothplanner.ui.i18n import tr
from boothplanner.ui.widgets import length_spin


class _LiveDialog(QDialog):
    """A form whose result line is recomputed shortly after any change."""

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_result)

    def _replace_box(self, replaceable) -> list:
        """A box to replace what stands inside a dragged zone (off: the fill goes round it)."""
        self.replaceable = tuple(replaceable)
        self.replace = QCheckBox(tr("Fill", "Replace the %n items inside the zone", "", len(self.replaceable)))
        self.replace.setToolTip(tr("Fill", "Booths, seating and areas (not the stage) lying wholly inside the zone "
                                           "are removed in the same step; sessions seated there move to the new seating."))
        if self.replaceable:
            self.form.addRow(self.replace)
            return [self.replace]
        return []

    def removal(self) -> tuple:
        """What the fill takes away: the area being filled, and what the zone holds when so chosen."""
        chosen = self.replaceable if self.replaceable and self.replace.isChecked() else ()
        return tuple(self.remove_ids) + tuple(i for i in chosen if i not in self.remove_ids)

    def _finish_form(self, widgets) -> None:
        self.form.addRow(self.result)
        self.form.addRow(self.buttons)
        for w in widgets:
            for signal in ("valueChanged", "currentIndexChanged", "toggled", "textChanged"):
                if hasattr(w, signal):
                    getattr(w, signal).connect(self._timer.start)
                    break
        self.update_result()

    def update_result(self) -> None:
        raise NotImplementedError


class FillBoothsDialog(_LiveDialog):
    def __init__(self, parent, layout, zone, remove_ids=(), replaceable=()):
        super().__init__(parent, tr("Fill", "Fill with booths"))
        self.layout_, self.zone, self.remove_ids = layout, zone, tuple(remove_ids)
        self.count = QSpinBox()
        self.count.setRange(1, 20000)
        self.count.setValue(24)
        self.width = length_spin(3.0, 1.0, 30.0)
        self.depth = length_spin(3.0, 1.0, 30.0)
        self.prefix = QLineEdit("A-")
        self.start = QSpinBox()
        self.start.setRange(0, 99999)
        self.start.setValue(1)
        self.serpentine = QCheckBox(tr("Fill", "Serpentine (every other row backwards)"))
        self.odd_even = QCheckBox(tr("Fill", "Odd numbers on one side of an aisle, even on the other"))
        self.next_hundred = QCheckBox(tr("Fill", "Each row starts at the next hundred"))
        self.form.addRow(tr("Fill", "Booths"), self.count)
        self.form.addRow(tr("Fill", "Width"), self.width)
        self.form.addRow(tr("Fill", "Depth"), self.depth)
        self.form.addRow(tr("Fill", "Number prefix"), self.prefix)
        self.form.addRow(tr("Fill", "First number"), self.start)
        self.form.addRow(self.serpentine)
        self.form.addRow(self.odd_even)
        self.form.addRow(self.next_hundred)
        replace = self._replace_box(replaceable)
        self._finish_form([self.count, self.width, self.depth, self.prefix, self.start, self.serpentine,
                           self.odd_even, self.next_hundred, *replace])

    def numbering(self):
        from boothplanner.generators.numbering import BoothNumbering
        return BoothNumbering(prefix=self.prefix.text(), start=self.start.value(),
                              direction="serpentine" if self.serpentine.isChecked() else "left_to_right",
                              row_start="next_hundred" if self.next_hundred.isChecked() else "continue",
                              odd_even=self.odd_even.isChecked())

    def plan(self):
        from boothplanner.generators.booths import plan_booths
        return plan_booths(self.layout_, self.zone, self.count.value(), self.width.value(), self.depth.value(),
                           self.numbering(), remove_ids=self.removal())

    def update_result(self) -> None:
        fill = self.plan()
        text = tr("Fill", "%1 of %2 booths fit.").replace("%1", str(fill.placed)).replace("%2", str(fill.requested))
        if fill.limited_by == "exits":
            text += " " + tr("Fill", "The exits' width limits the number.")
        self.result.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fill.placed > 0)

    def command(self):
        from boothplanner.generators.booths import fill_booths_command
        return fill_booths_command(self.layout_, self.zone, self.count.value(), self.width.value(),
                                   self.depth.value(), self.numbering(), remove_ids=self.removal())


class FillSeatingDialog(_LiveDialog):
    SIDES = ("up", "down", "left", "right")

    def __init__(self, parent, layout, zone, remove_ids=(), replaceable=()):
        super().__init__(parent, tr("Fill", "Fill with seating"))
        self.layout_, self.zone, self.remove_ids = layout, zone, tuple(remove_ids)
        self.stage = QComboBox()
        for side, text in zip(self.SIDES, (tr("Fill", "Top of the zone"), tr("Fill", "Bottom of the zone"),
                                           tr("Fill", "Left of the zone"), tr("Fill", "Right of the zone"))):
            self.stage.addItem(text, side)
        self.stage.setCurrentIndex(self.SIDES.index(self._stage_side_guess()))
        from boothplanner.model import SEATING_STYLES
        from boothplanner.ui.names import seating_style_name
        self.style = QComboBox()
        for key in SEATING_STYLES:
            self.style.addItem(seating_style_name(key), key)
        self.seat_width = length_spin(0.5, 0.4, 1.0, step=0.05)
        self.row_pitch = length_spin(0.9, 0.81, 2.0, step=0.05)
        self.front = length_spin(2.0, 0.0, 20.0, step=0.5)
        self.max_seats = QSpinBox()
        self.max_seats.setRange(0, 100000)
        self.max_seats.setSpecialValueText(tr("Fill", "as many as fit"))
        self.form.addRow(tr("Fill", "Style"), self.style)
        self.form.addRow(tr("Fill", "Stage is at the"), self.stage)
        self.form.addRow(tr("Fill", "Seat width"), self.seat_width)
        self.form.addRow(tr("Fill", "Row pitch"), self.row_pitch)
        self.form.addRow(tr("Fill", "Clear space before the stage"), self.front)
        self.form.addRow(tr("Fill", "At most"), self.max_seats)
        self.style.currentIndexChanged.connect(self._style_changed)
        replace = self._replace_box(replaceable)
        self._finish_form([self.style, self.stage, self.seat_width, self.row_pitch, self.front, self.max_seats, *replace])

    def _style_changed(self) -> None:
        # Row pitch means the chair row for theater, a table row for classroom; rounds set their own.
        style = self.style.currentData()
        self.row_pitch.setEnabled(style in ("theater", "classroom"))
        self.row_pitch.setValue(1.35 if style == "classroom" else 0.9)

    def _stage_side_guess(self) -> str:
        """The zone side nearest a stage area, so the audience faces it by default."""
        import shapely
        stages = [shapely.Polygon(a.outline) for a in self.layout_.areas.values() if a.kind == "stage"]
        if not stages:
            return "up"
        zone = shapely.Polygon(self.zone)
        x0, y0, x1, y1 = zone.bounds
        stage = min(stages, key=zone.distance).centroid
        gaps = {"up": y0 - stage.y, "down": stage.y - y1, "left": x0 - stage.x, "right": stage.x - x1}
        return max(gaps, key=gaps.get)

    def options(self) -> dict:
        style = self.style.currentData()
        options = dict(style=style, seat_width=self.seat_width.value(), front_clearance=self.front.value(),
                       remove_ids=self.removal())
        if style in ("theater", "classroom"):
            options["row_pitch"] = self.row_pitch.value()
        if self.max_seats.value():
            options["max_seats"] = self.max_seats.value()
        return options

    def update_result(self) -> None:
        from boothplanner.generators.seating import preview_fill_seating
        try:
            seats = preview_fill_seating(self.layout_, self.zone, self.stage.currentData(), **self.options())
        except ValueError as exc:
            self.result.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.result.setText(tr("Fill", "%1 seats fit, within the aisle, row and exit rules.").replace("%1", f"{seats:,}"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(seats > 0)

    def command(self):
        from boothplanner.generators.seating import fill_seating_command
        return fill_seating_command(self.layout_, self.zone, self.stage.currentData(), **self.options())
