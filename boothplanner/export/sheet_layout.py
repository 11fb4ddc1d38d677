"""Where things go on a plan sheet: the frame, the plan's drawing area and the boxes beside it
(legend, compliance, title block). Pure arithmetic in points, PDF y up.

Two arrangements are tried: the boxes in a strip along the bottom (wide plans) or in a column on
the right (tall plans); with orientation 'auto' both orientations too. The winner is the one
where the plan is drawn at the larger scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from boothplanner.export.page import (
    MM, OptionError, Scale, choose_scale, extent_points, fit_denominator, paper_size,
)

FRAME_MARGIN = 10 * MM
GAP = 4 * MM
RIGHT_COLUMN = 88 * MM


@dataclass(frozen=True)
class Box:
    x: float
    y: float     # bottom edge
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.w, self.h)


@dataclass(frozen=True)
class PanelSpec:
    """A box beside the plan: its preferred width and the height its content needs at a width.
    `grows` lets it take the width left over in its row of the bottom strip."""
    key: str
    width: float
    height_for: Callable[[float], float]
    grows: bool = False


@dataclass(frozen=True)
class SheetLayout:
    page_size: tuple[float, float]
    orientation: str
    placement: str            # 'bottom' or 'right'
    frame: Box
    plan_area: Box
    panels: dict
    scale: Scale
    paper: str = "custom"
    sessions_shown: int = 0   # sessions the sessions box lists (0: no box); the rest go on pages


def _frame(page: tuple[float, float]) -> Box:
    return Box(FRAME_MARGIN, FRAME_MARGIN, page[0] - 2 * FRAME_MARGIN, page[1] - 2 * FRAME_MARGIN)


def arrange(page: tuple[float, float], placement: str, panels: list[PanelSpec]) -> tuple[Box, dict] | None:
    """(plan area, {key: box}) for the panels in `placement`, or None when they do not fit.

    Bottom strip: rows filled from the right, the last panel in the bottom-right corner (the
    title block, where a folded sheet shows it). Right column: stacked, the last at the bottom.
    """
    frame = _frame(page)
    boxes: dict[str, Box] = {}
    if placement == "right":
        width = min(RIGHT_COLUMN, frame.w * 0.4)
        y = frame.y
        for spec in reversed(panels):
            h = spec.height_for(width)
            boxes[spec.key] = Box(frame.right - width, y, width, h)
            y += h + GAP
        if y - GAP > frame.top + 1e-6:
            return None
        return Box(frame.x, frame.y, frame.w - width - GAP, frame.h), boxes
    rows: list[list[tuple[PanelSpec, float]]] = [[]]
    used = 0.0
    for spec in reversed(panels):
        w = min(spec.width, frame.w)
        if rows[-1] and used + GAP + w > frame.w + 1e-6:
            rows.append([])
            used = 0.0
        rows[-1].append((spec, w))
        used += (GAP if len(rows[-1]) > 1 else 0.0) + w
    y = frame.y
    for row in rows:
        spare = frame.w - sum(w for _, w in row) - GAP * (len(row) - 1)
        growers = [spec for spec, _ in row if spec.grows]
        sized = [(spec, w + (spare / len(growers) if spec in growers else 0.0)) for spec, w in row]
        height = max(spec.height_for(w) for spec, w in sized)
        x = frame.right
        for spec, w in sized:
            x -= w
            boxes[spec.key] = Box(x, y, w, height)
            x -= GAP
        y += height + GAP
    plan = Box(frame.x, y, frame.w, frame.top - y)
    if plan.h < frame.h * 0.25:
        return None
    return plan, boxes


def layout_sheet(paper: str | tuple[float, float], orientation: str, extent_m: tuple[float, float],
                 margin_pt: float, requested_scale, panels: list[PanelSpec]) -> SheetLayout:
    """The arrangement that draws the plan at the largest scale. Raises OptionError when the
    requested scale (or, by default, every standard scale) is too large for the paper."""
    orientations = ("landscape", "portrait") if orientation == "auto" else (orientation,)
    best = None
    best_key = None
    fallback = None
    for turn in orientations:
        page = paper_size(paper, turn) if isinstance(paper, str) else (
            (max(paper), min(paper)) if turn == "landscape" else (min(paper), max(paper)))
        for placement in ("bottom", "right"):
            arranged = arrange(page, placement, panels)
            if arranged is None:
                continue
            plan_area, boxes = arranged
            area = (plan_area.w, plan_area.h)
            exact = fit_denominator(extent_m, area, margin_pt)
            if fallback is None or exact < fallback[0]:
                fallback = (exact, turn)
            scale = choose_scale(extent_m, area, requested_scale, margin_pt)
            if scale is None:
                continue
            # Larger scale first, then the arrangement the plan fills best.
            key = (scale.denominator, exact)
            if best_key is None or key < best_key:
                best_key = key
                best = SheetLayout(page, turn, placement, _frame(page), plan_area, boxes, scale,
                                   paper if isinstance(paper, str) else "custom")
    if best is None:
        name = paper if isinstance(paper, str) else "this sheet"
        if fallback is None:
            raise OptionError(f"{name} is too small for the plan and its title block")
        largest = fallback[0]
        asked = f"1:{requested_scale}" if isinstance(requested_scale, int) else "1:1000"
        raise OptionError(f"the plan does not fit {name} at {asked}; it fits at 1:{math.ceil(largest)} or smaller "
                          f"(try --scale fit, a bigger --paper, or --tile)")
    return best


def custom_sheet(extent_m: tuple[float, float], margin_pt: float, denominator: int,
                 panels: list[PanelSpec]) -> SheetLayout:
    """A sheet of no standard size, just big enough for the plan at 1:denominator with the
    panels in a strip below it (for tiled printing at a chosen scale)."""
    plan_w, plan_h = extent_points(extent_m, denominator, margin_pt)
    min_w = sum(min(p.width, 1e9) for p in panels) + GAP * (len(panels) - 1)
    page_w = max(plan_w, min_w) + 2 * FRAME_MARGIN
    arranged = arrange((page_w, 1e7), "bottom", panels)
    strip = arranged[0].y - FRAME_MARGIN
    page = (page_w, plan_h + strip + 2 * FRAME_MARGIN + 1.0)
    plan_area, boxes = arrange(page, "bottom", panels)
    orientation = "landscape" if page[0] >= page[1] else "portrait"
    return SheetLayout(page, orientation, "bottom", _frame(page), plan_area, boxes, Scale(denominator), "custom")
