"""Page-layout maths for the PDFs: paper sizes, scales and the metre-to-point transform.

Pure arithmetic, no drawing. Points are PDF points (1/72 in); PDF y grows up the page,
while plan y (the file's) grows down, so every transform flips y.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MM = 72 / 25.4          # points per millimetre
INCH = 72.0

# Portrait (width, height) in points.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "A2": (420 * MM, 594 * MM),
    "A1": (594 * MM, 841 * MM),
    "A0": (841 * MM, 1189 * MM),
    "letter": (8.5 * INCH, 11 * INCH),
    "tabloid": (11 * INCH, 17 * INCH),
    "arch-d": (24 * INCH, 36 * INCH),
}
ORIENTATIONS = ("auto", "portrait", "landscape")
STANDARD_SCALES = (50, 100, 200, 250, 500, 1000)


class OptionError(ValueError):
    """A user-supplied export option that cannot be honoured; str() is one line for the user."""


def paper_name(text: str) -> str:
    """The canonical paper name for user text ("a3", "Letter", "ARCH-D")."""
    for name in PAPER_SIZES:
        if name.lower() == text.strip().lower():
            return name
    raise OptionError(f"unknown paper size {text!r}; choose one of {', '.join(PAPER_SIZES)}")


def paper_size(name: str, orientation: str = "portrait") -> tuple[float, float]:
    """(width, height) in points of a named paper turned to `orientation` (portrait or landscape)."""
    w, h = PAPER_SIZES[paper_name(name)]
    return (max(w, h), min(w, h)) if orientation == "landscape" else (min(w, h), max(w, h))


def parse_scale(text: str) -> int | str:
    """'1:200' -> 200, 'fit' -> 'fit'. Raises OptionError for anything else."""
    value = text.strip().lower()
    if value == "fit":
        return "fit"
    head, sep, tail = value.partition(":")
    if sep and head.strip() == "1":
        value = tail.strip()
    if not value.isdigit() or int(value) < 1:
        raise OptionError(f"bad scale {text!r}; write it as 1:N (e.g. 1:200) or 'fit'")
    denominator = int(value)
    if denominator > 1_000_000:
        raise OptionError(f"scale {text!r} is too small to draw anything; use at most 1:1000000")
    return denominator


def points_per_metre(denominator: float) -> float:
    """Paper points for one metre of floor at 1:denominator (1:100 -> 28.35 pt/m)."""
    return 1000 * MM / denominator


def scale_label(denominator: float) -> str:
    return f"1:{denominator:g}"


@dataclass(frozen=True)
class Scale:
    denominator: int
    fitted: bool = False    # chosen by 'fit' to fill the page rather than a standard or requested scale

    @property
    def label(self) -> str:
        return scale_label(self.denominator)

    @property
    def points_per_metre(self) -> float:
        return points_per_metre(self.denominator)


def extent_points(extent_m: tuple[float, float], denominator: float, margin_pt: float = 0.0) -> tuple[float, float]:
    """Size in points of a drawing `extent_m` metres across at 1:denominator, with a margin each side."""
    k = points_per_metre(denominator)
    return extent_m[0] * k + 2 * margin_pt, extent_m[1] * k + 2 * margin_pt


def fit_denominator(extent_m: tuple[float, float], area_pt: tuple[float, float], margin_pt: float = 0.0) -> float:
    """The exact (fractional) 1:N at which `extent_m` fills `area_pt`; inf when there is no room."""
    room_w, room_h = area_pt[0] - 2 * margin_pt, area_pt[1] - 2 * margin_pt
    if room_w <= 0 or room_h <= 0:
        return math.inf
    need = max(extent_m[0] * 1000 * MM / room_w, extent_m[1] * 1000 * MM / room_h, 1e-9)
    return need


def fits(extent_m, area_pt, denominator: float, margin_pt: float = 0.0) -> bool:
    w, h = extent_points(extent_m, denominator, margin_pt)
    return w <= area_pt[0] + 1e-6 and h <= area_pt[1] + 1e-6


def choose_scale(extent_m: tuple[float, float], area_pt: tuple[float, float],
                 requested: int | str | None = None, margin_pt: float = 0.0) -> Scale | None:
    """The scale to draw at, or None when the requested (or any standard) scale does not fit.

    None/default: the largest standard scale that fits. 'fit': the whole-number 1:N that fills
    the area (rounded up, so the stated scale is exact and still fits). A number: that scale.
    """
    if requested == "fit":
        exact = fit_denominator(extent_m, area_pt, margin_pt)
        if not math.isfinite(exact):
            return None
        return Scale(max(1, math.ceil(exact - 1e-9)), fitted=True)
    if isinstance(requested, int):
        return Scale(requested) if fits(extent_m, area_pt, requested, margin_pt) else None
    for denominator in STANDARD_SCALES:
        if fits(extent_m, area_pt, denominator, margin_pt):
            return Scale(denominator)
    return None


@dataclass(frozen=True)
class Transform:
    """Plan metres -> page points: x right, plan y down -> PDF y up.

    `origin_m` is the plan point (min x, min y) of the drawn extent; it lands at
    (`left_pt`, `top_pt`), the top-left corner of the drawing on the page.
    """
    k: float                       # points per metre
    origin_m: tuple[float, float]
    left_pt: float
    top_pt: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.left_pt + (x - self.origin_m[0]) * self.k, self.top_pt - (y - self.origin_m[1]) * self.k

    def points(self, pts) -> list[tuple[float, float]]:
        ox, oy, k, left, top = self.origin_m[0], self.origin_m[1], self.k, self.left_pt, self.top_pt
        return [(left + (x - ox) * k, top - (y - oy) * k) for x, y in pts]

    def length(self, metres: float) -> float:
        return metres * self.k

    def inverse(self, px: float, py: float) -> tuple[float, float]:
        """Page point -> plan metres."""
        return self.origin_m[0] + (px - self.left_pt) / self.k, self.origin_m[1] + (self.top_pt - py) / self.k


def centred_transform(bounds_m: tuple[float, float, float, float], k: float,
                      box_pt: tuple[float, float, float, float]) -> Transform:
    """A transform putting the plan `bounds_m` (minx, miny, maxx, maxy) at k pt/m centred in
    `box_pt` (x, y, width, height; PDF coordinates, y of the bottom edge)."""
    minx, miny, maxx, maxy = bounds_m
    bx, by, bw, bh = box_pt
    w, h = (maxx - minx) * k, (maxy - miny) * k
    left = bx + (bw - w) / 2
    top = by + bh - (bh - h) / 2
    return Transform(k, (minx, miny), left, top)


def nice_bar_length(k: float, target_pt: float) -> float:
    """A round length in metres (1, 2, 5 x 10^n) whose drawing is at most about `target_pt` long."""
    metres = target_pt / k
    if metres <= 0:
        return 1.0
    exponent = math.floor(math.log10(metres))
    best = 10.0 ** exponent
    for step in (1, 2, 5, 10):
        candidate = step * 10.0 ** exponent
        if candidate <= metres:
            best = candidate
    return best
