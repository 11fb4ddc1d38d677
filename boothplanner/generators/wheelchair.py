"""Wheelchair spaces for generated seating, so the layout meets the WHEELCHAIR_SPACES rule."""

from __future__ import annotations

import dataclasses

from boothplanner.model import Layout, SeatingBlock

from boothplanner.model import seating as _geometry
from boothplanner.rules.wheelchair import wheelchair_spaces_required as _required


def with_wheelchair_spaces(base: Layout, blocks: list[SeatingBlock]) -> list[SeatingBlock]:
    """`blocks` with wheelchair spaces at row ends (back rows first, spread over the blocks from the
    back) so that the layout has as many as the ADA table asks for its seats, when it can."""
    if not blocks:
        return blocks
    existing_seats = sum(b.seats for b in base.seating.values())
    existing_spaces = sum(_geometry.wheelchair_spaces_placed(b) for b in base.seating.values())
    room = [_geometry.max_wheelchair_spaces(dataclasses.replace(b, wheelchair_spaces=0)) for b in blocks]
    spaces = [0] * len(blocks)
    out = blocks
    for _ in range(8):
        seats = existing_seats + sum(b.seats for b in out)
        need = max(0, _required(seats) - existing_spaces)
        if sum(spaces) >= need:
            break
        # One more space at a time, to the block with the most room left, rear blocks first on ties.
        while sum(spaces) < need:
            k = max(range(len(blocks)), key=lambda i: (room[i] - spaces[i], i))
            if room[k] - spaces[k] <= 0:
                break
            spaces[k] += 1
        out = [dataclasses.replace(b, wheelchair_spaces=s) if s != getattr(b, "wheelchair_spaces", 0) else b
               for b, s in zip(blocks, spaces)]
        if sum(spaces) < need and all(room[i] <= spaces[i] for i in range(len(blocks))):
            break
    return out


def shortfall(base: Layout, blocks: list[SeatingBlock]) -> int:
    """Wheelchair spaces the layout with `blocks` still lacks."""
    every = [*base.seating.values(), *blocks]
    seats = sum(b.seats for b in every)
    return max(0, _required(seats) - sum(_geometry.wheelchair_spaces_placed(b) for b in every))
