"""DUPLICATE_BOOTH_NUMBER."""

from __future__ import annotations

from collections import defaultdict

from boothplanner.model import Layout
from boothplanner.rules.findings import ERROR, Finding


def check_booth_numbers(layout: Layout) -> list[Finding]:
    """Booths sharing a number (compared without case or surrounding spaces); blank numbers are not compared."""
    groups: dict[str, list] = defaultdict(list)
    for booth in layout.booths.values():
        key = booth.number.strip().casefold()
        if key:
            groups[key].append(booth)
    findings = []
    for booths in groups.values():
        if len(booths) > 1:
            first = booths[0]
            findings.append(Finding(
                "DUPLICATE_BOOTH_NUMBER", ERROR, tuple(sorted(b.id for b in booths)),
                f"{len(booths)} booths are numbered {first.number.strip()}",
                measured=len(booths), required=1, location=first.center))
    return findings
