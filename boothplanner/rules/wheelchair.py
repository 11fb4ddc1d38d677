"""WHEELCHAIR_SPACES: wheelchair spaces the layout's seats call for (2010 ADA Standards, Table 221.2.1.1)."""

from __future__ import annotations

import math

from boothplanner.rules.findings import ERROR, Finding


def wheelchair_spaces_required(seats: int) -> int:
    """Spaces for a seating capacity of `seats` (ADA Table 221.2.1.1; none below 4 seats)."""
    if seats < 4:
        return 0
    for most, spaces in ((25, 1), (50, 2), (150, 4), (300, 5), (500, 6)):
        if seats <= most:
            return spaces
    if seats <= 5000:
        return 6 + math.ceil((seats - 500) / 150)
    return 36 + math.ceil((seats - 5000) / 200)


def check_wheelchair_spaces(seats: int, spaces: int) -> list[Finding]:
    """Layout-wide: `seats` counts chairs and wheelchair spaces, `spaces` the spaces placed."""
    need = wheelchair_spaces_required(seats)
    if spaces >= need:
        return []
    return [Finding(
        "WHEELCHAIR_SPACES", ERROR, (),
        f"{seats} seats need {need} wheelchair space{'s' if need != 1 else ''} (ADA Table 221.2.1.1); "
        f"the seating blocks have {spaces}",
        measured=spaces, required=need)]
