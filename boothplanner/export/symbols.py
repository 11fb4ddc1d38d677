"""Drawing symbols on a reportlab canvas, in page points: doors, fire equipment, hatching,
dimension lines, the north arrow and the scale bar. Shared by the plan and its legend."""

from __future__ import annotations

import math

from boothplanner.export import style
from boothplanner.export.fonts import BOLD, REGULAR, text_width

FIRE_LETTERS = {"hose_cabinet": "H", "extinguisher": "E", "pull_station": "P", "hydrant": "Y", "alarm": "A"}


def polygon(c, pts, stroke: bool = True, fill: bool = True) -> None:
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    path.close()
    c.drawPath(path, stroke=int(stroke), fill=int(fill))


def partition(c, start, end, open_: bool, muted: bool = False) -> None:
    """A movable wall from `start` to `end`: closed, a solid wall; open, a thin dashed line
    where its track runs."""
    c.saveState()
    c.setLineCap(0)
    if open_:
        c.setStrokeColor(style.GREY_INK if not muted else style.MUTED_LINE)
        c.setLineWidth(style.PARTITION_TRACK_WIDTH)
        c.setDash(*style.PARTITION_TRACK_DASH)
    else:
        c.setStrokeColor(style.WALL if not muted else style.GREY_INK)
        c.setLineWidth(style.PARTITION_WIDTH if not muted else 0.8)
    c.line(*start, *end)
    c.restoreState()


def hatch(c, pts, spacing: float, colour, width: float = 0.35) -> None:
    """Diagonal lines clipped to the polygon `pts`."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    c.saveState()
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    path.close()
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeColor(colour)
    c.setLineWidth(width)
    span = (x1 - x0) + (y1 - y0)
    t = 0.0
    lines = []
    while t <= span:
        lines.append((x0 + t, y0, x0 + t - (y1 - y0), y1))
        t += spacing
    c.lines(lines)
    c.restoreState()


def _arc(cx, cy, r, a0, a1, steps=10):
    return [(cx + r * math.cos(a0 + (a1 - a0) * i / steps), cy + r * math.sin(a0 + (a1 - a0) * i / steps))
            for i in range(steps + 1)]


def door(c, start, end, outward, width_pt: float, colour=style.EXIT, wall_width: float = style.WALL_WIDTH) -> None:
    """An exit: the opening cut out of the wall, and leaves swinging outward (the direction of
    escape): two leaves for openings over 1.2 m (`width_pt` is that limit on paper)."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    if length <= 0:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = outward
    c.saveState()
    c.setStrokeColor(style.WHITE)
    c.setLineWidth(wall_width + 1.2)
    c.line(x0, y0, x1, y1)
    c.setStrokeColor(colour)
    c.setLineWidth(0.6)
    leaves = [(start, (ux, uy), length)] if length <= width_pt else [
        (start, (ux, uy), length / 2), (end, (-ux, -uy), length / 2)]
    for (hx, hy), (dx, dy), leaf in leaves:
        tip = (hx + nx * leaf, hy + ny * leaf)
        c.line(hx, hy, *tip)
        a_open = math.atan2(ny, nx)
        a_closed = math.atan2(dy, dx)
        delta = (a_closed - a_open + math.pi) % (2 * math.pi) - math.pi
        arc = _arc(hx, hy, leaf, a_open, a_open + delta)
        c.setDash(1.2, 1.2)
        c.lines([(*arc[i], *arc[i + 1]) for i in range(len(arc) - 1)])
        c.setDash()
    # Posts at the two jambs, so the opening reads even where the leaves are tiny.
    c.setLineWidth(wall_width)
    c.setStrokeColor(colour)
    for px, py in (start, end):
        c.line(px - nx * 0.1, py - ny * 0.1, px + nx * 2.2, py + ny * 2.2)
    c.restoreState()


def fire_symbol(c, kind: str, x: float, y: float, size: float = style.SYMBOL_SIZE) -> None:
    """A red mark with a letter: square H hose cabinet, triangle E extinguisher, circle P pull
    station, diamond Y hydrant, square A alarm."""
    r = size / 2
    c.saveState()
    c.setFillColor(style.FIRE)
    c.setStrokeColor(style.WHITE)
    c.setLineWidth(0.5)
    if kind == "extinguisher":
        polygon(c, [(x - r, y - r * 0.85), (x + r, y - r * 0.85), (x, y + r)])
        text_y = y - r * 0.55
    elif kind == "pull_station":
        c.circle(x, y, r, stroke=1, fill=1)
        text_y = y - size * 0.22
    elif kind == "hydrant":
        polygon(c, [(x, y - r * 1.15), (x + r * 1.15, y), (x, y + r * 1.15), (x - r * 1.15, y)])
        text_y = y - size * 0.22
    else:
        c.rect(x - r, y - r, size, size, stroke=1, fill=1)
        text_y = y - size * 0.22
    c.setFillColor(style.WHITE)
    c.setFont(BOLD, size * 0.62)
    c.drawCentredString(x, text_y, FIRE_LETTERS.get(kind, "?"))
    c.restoreState()


def dimension(c, a, b, text: str, colour, size: float = 5.0) -> None:
    """A dimension line from a to b with tick marks at both ends and its length written along it."""
    (x0, y0), (x1, y1) = a, b
    length = math.hypot(x1 - x0, y1 - y0)
    if length <= 0:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    c.saveState()
    c.setStrokeColor(colour)
    c.setLineWidth(0.5)
    c.line(x0, y0, x1, y1)
    t = 2.2
    for px, py in (a, b):
        # Architectural ticks: short strokes at 45 degrees across the line.
        c.line(px - (ux - uy) * t, py - (uy + ux) * t, px + (ux - uy) * t, py + (uy + ux) * t)
    angle = math.degrees(math.atan2(uy, ux))
    if angle > 90 or angle <= -90:
        angle -= 180 if angle > 0 else -180
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    c.translate(mx, my)
    c.rotate(angle)
    w = text_width(text, size, True)
    c.setFillColor(style.WHITE)
    c.rect(-w / 2 - 1, 0.8, w + 2, size + 0.4, stroke=0, fill=1)
    c.setFillColor(colour)
    c.setFont(BOLD, size)
    c.drawCentredString(0, 1.6, text)
    c.restoreState()


def north_arrow(c, x: float, y: float, size: float = 22.0, north: float = 0.0) -> None:
    """An arrow pointing to north with N at its tip; (x, y) is the arrow's foot when north is up
    the page, and the arrow turns about its middle by `north` degrees clockwise."""
    c.saveState()
    c.translate(x, y + size / 2)
    c.rotate(-north)                    # PDF angles turn anticlockwise
    c.setFillColor(style.INK)
    c.setStrokeColor(style.INK)
    c.setLineWidth(0.6)
    half, top, foot = size * 0.28, size / 2, -size / 2
    polygon(c, [(0, top), (-half, foot), (0, foot + size * 0.3)], fill=True)
    c.setFillColor(style.WHITE)
    polygon(c, [(0, top), (half, foot), (0, foot + size * 0.3)], fill=True)
    c.setFillColor(style.INK)
    c.setFont(BOLD, size * 0.42)
    c.drawCentredString(0, top + 2, "N")
    c.restoreState()


def scale_bar(c, x: float, y: float, k: float, bar_m: float, height: float = 4.0, size: float = 6.0) -> float:
    """A bar `bar_m` metres long at k pt/m, in four alternating parts, labelled in metres.
    Returns its width in points."""
    length = bar_m * k
    parts = 4
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeColor(style.INK)
    for i in range(parts):
        c.setFillColor(style.INK if i % 2 == 0 else style.WHITE)
        c.rect(x + i * length / parts, y, length / parts, height, stroke=1, fill=1)
    c.setFillColor(style.INK)
    c.setFont(REGULAR, size)
    for i in (0, parts // 2, parts):
        value = bar_m * i / parts
        label = f"{value:g}"
        if i == parts:
            label += " m"
        c.drawCentredString(x + i * length / parts + (text_width(" m", size) / 2 if i == parts else 0),
                            y + height + 1.5, label)
    c.restoreState()
    return length
