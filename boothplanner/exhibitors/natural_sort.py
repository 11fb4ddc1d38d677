"""Booth numbers in the order people expect: A-2 before A-10, 가-9 before 가-10."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """A sort key comparing runs of digits as numbers and the rest without case.

    Every part starts with its kind (0 number, 1 text) so numbers and words never meet in one
    comparison, and a number sorts before a word as in a file manager. The text itself breaks
    ties last ("A-02" next to "A-2", "a-3" next to "A-3") so the order is total.
    """
    parts = []
    for i, piece in enumerate(_DIGITS.split(text.strip())):
        if i % 2:
            parts.append((0, int(piece)))
        elif piece:
            parts.append((1, piece.casefold()))
    return (tuple(parts), text)
