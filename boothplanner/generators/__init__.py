"""Generators: fill a zone with booths or with seating. Plain functions of the model (no Qt);
the window calls them and executes the command they return as one undoable step.

Everything they make passes the layout's check with no new error (docs/generators.md).
"""

from boothplanner.generators.booths import (
    BoothFill, fill_booths, fill_booths_command, plan_booths,
)
from boothplanner.generators.numbering import BoothNumbering
from boothplanner.generators.seating import (
    SeatingFill, fill_seating, fill_seating_command, plan_seating, preview_fill_seating,
)

__all__ = [
    "BoothFill", "BoothNumbering", "SeatingFill",
    "fill_booths", "fill_booths_command", "fill_seating", "fill_seating_command",
    "plan_booths", "plan_seating", "preview_fill_seating",
]
