"""Small form widgets shared by the inspector and the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

MIXED = "—"


def length_spin(value, lo, hi, decimals=2, suffix=" m", step=0.1) -> QDoubleSpinBox:
    """A spin box for a length; `value` None shows the selection's values differ ("—")."""
    box = QDoubleSpinBox()
    # A file may hold a value outside the usual range (a 0.25 m seat); showing it clamped would
    # misstate the layout, so the range grows to include it.
    box.setRange(lo if value is None else min(lo, value), hi if value is None else max(hi, value))
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)
    if value is None:
        box.setSpecialValueText(MIXED)
        box.setValue(lo)
    else:
        box.setValue(value)
    return box
