"""Reading and writing layouts. No Qt here."""

from boothplanner.io.errors import LoadError, Problem
from boothplanner.io.boothplan import FORMAT_VERSION, dumps, layout_from_dict, layout_to_dict, load, loads, save

__all__ = [
    "FORMAT_VERSION", "LoadError", "Problem", "dumps", "layout_from_dict",
    "layout_to_dict", "load", "loads", "save",
]


def load_or_report(path):
    """For command-line tools: the layout, or None after printing the loader's one-line refusal on stderr."""
    import sys
    try:
        return load(path)
    except LoadError as exc:
        print(exc.summary(), file=sys.stderr)
        return None
