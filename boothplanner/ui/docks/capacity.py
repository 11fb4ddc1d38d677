"""The capacity panel: seats, load, exits, egress width, attendance and who will stand.

Each session's numbers are in the sessions panel beside the exhibitors."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from boothplanner.ui.i18n import tr


class CapacityPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.labels = {}
        rows = [
            ("seats", tr("Capacity", "Seats")),
            ("occupant_load", tr("Capacity", "Occupant load")),
            ("exits", tr("Capacity", "Exits (provided / required)")),
            ("egress", tr("Capacity", "Egress width (provided / required)")),
            ("expected", tr("Capacity", "Expected attendance")),
            ("standing", tr("Capacity", "Standing shortfall")),
        ]
        for key, title in rows:
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(title, label)
        self.wheelchair = QLabel()
        self.form.addRow(tr("Capacity", "Wheelchair spaces (placed / required)"), self.wheelchair)
        outer.addStretch(1)

    def refresh(self) -> None:
        c = self.window.document.result.capacity
        ok, bad = "color: #1b5e20", "color: #c62828; font-weight: bold"
        self.labels["seats"].setText(f"{c.seats:,}")
        self.labels["occupant_load"].setText(f"{c.occupant_load:,}")
        self.labels["exits"].setText(f"{c.exits} / {c.exits_required}")
        self.labels["exits"].setStyleSheet(ok if c.exits >= c.exits_required else bad)
        self.labels["egress"].setText(f"{c.egress_width:.2f} m / {c.egress_width_required:.2f} m")
        self.labels["egress"].setStyleSheet(ok if c.egress_width + 1e-9 >= c.egress_width_required else bad)
        self.labels["expected"].setText("—" if c.expected_attendance is None else f"{c.expected_attendance:,}")
        if c.standing:
            fits = tr("Capacity", "floor holds %n", "", c.standing_room)
            self.labels["standing"].setText(f"{c.standing:,} ({fits})")
            self.labels["standing"].setStyleSheet("color: #b26a00; font-weight: bold")
        else:
            self.labels["standing"].setText("0")
            self.labels["standing"].setStyleSheet(ok)

        self.wheelchair.setText(f"{c.wheelchair_spaces} / {c.wheelchair_spaces_required}")
        self.wheelchair.setStyleSheet(ok if c.wheelchair_spaces >= c.wheelchair_spaces_required else bad)
