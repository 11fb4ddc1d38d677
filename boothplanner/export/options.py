"""What the caller (command line or window) chooses for a plan sheet, checked in one place."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from boothplanner.export.page import ORIENTATIONS, OptionError, paper_name, parse_scale
from boothplanner.export.tiling import TILE_PAPERS

COLOUR_BY = ("status", "category")


@dataclass(frozen=True)
class PlanOptions:
    paper: str = "A3"
    orientation: str = "auto"            # auto, portrait, landscape
    scale: int | str | None = None       # None: largest standard scale that fits; 'fit'; or N of 1:N
    tile: str | None = None              # None, 'A4' or 'A3': print the sheet across office pages
    colour_by: str = "status"
    revision: str = ""
    revision_date: str = ""              # YYYY-MM-DD
    prepared_by: str = ""

    def validated(self) -> "PlanOptions":
        """The same options in canonical form; raises OptionError naming the bad one."""
        paper = paper_name(self.paper)
        if self.orientation not in ORIENTATIONS:
            raise OptionError(f"orientation must be one of {', '.join(ORIENTATIONS)}, not {self.orientation!r}")
        scale = self.scale
        if isinstance(scale, str):
            scale = parse_scale(scale)
        elif scale is not None and (not isinstance(scale, int) or scale < 1):
            raise OptionError(f"bad scale {scale!r}")
        tile = None
        if self.tile:
            tile = paper_name(self.tile)
            if tile not in TILE_PAPERS:
                raise OptionError(f"--tile prints on {' or '.join(TILE_PAPERS)}, not {self.tile}")
        if self.colour_by not in COLOUR_BY:
            raise OptionError(f"colour by {' or '.join(COLOUR_BY)}, not {self.colour_by!r}")
        if self.revision_date:
            parse_date(self.revision_date, "revision date")
        return replace(self, paper=paper, scale=scale, tile=tile, revision=self.revision.strip(),
                       prepared_by=self.prepared_by.strip())


def parse_date(text: str, what: str = "date") -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip()) if len(text.strip()) == 10 else _bad(text, what)
    except ValueError:
        return _bad(text, what)


def _bad(text: str, what: str):
    raise OptionError(f"bad {what} {text!r}; write it as YYYY-MM-DD (e.g. 2025-01-27)")
