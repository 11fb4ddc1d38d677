"""DUPLICATE_BOOTH_NUMBER."""

from __future__ import annotations

from collections import Counter, defaultdict

from boothplanner.model import Layout
from boothplanner.rules.findings import ERROR, Finding


def check_booth_numbers(layout: Layout) -> list[Finding]:
    """Booths sharing a number (compared without case or surrounding spaces); blank numbers are not compared."""
    booths = list(layout.booths.values())
    keys = [b.number.strip().casefold() for b in booths]
    counts = Counter(keys)
    if len(counts) == len(keys):
        return []
    groups: dict[str, list] = defaultdict(list)
    for key, booth in zip(keys, booths):
        if key and counts[key] > 1:
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
