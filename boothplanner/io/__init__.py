"""Reading and writing layouts. No Qt here."""

from boothplanner.io.errors import LoadError, Problem
from boothplanner.io.boothplan import FORMAT_VERSION, dumps, layout_from_dict, layout_to_dict, load, loads, save

__all__ = [
    "FORMAT_VERSION", "LoadError", "Problem", "dumps", "layout_from_dict",
    "layout_to_dict", "load", "loads", "save",
]
